"""Where the keyboard goes: into a page built as its tab is shown, and back after a dialog.

After a dialog closes, the keyboard goes back to the widget of its window that had it. Qt hands
activation back to the parent window through the window manager; with some (openbox, on the virtual
desktop the app was walked on) no window had the keyboard after a dialog closed, so the next key
press went nowhere. :class:`FocusReturn` watches the dialogs of one window and, when the one that had the
keyboard closes and no other window of the application took it, activates the window and gives the
focus back to the widget that last had it there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusReturn(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and obj is self._window:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget) and child.isWindow() and child.windowType() != Qt.WindowType.Popup:
                child.installEventFilter(self)  # Qt installs one filter once, however often it is asked
        elif kind == QEvent.Type.Hide and obj is not self._window and isinstance(obj, QWidget) and obj.isWindow():
            QTimer.singleShot(0, self, self.restore)  # once the closing has settled
        return False

    def restore(self) -> None:
        """Give the keyboard back to the window, unless a dialog or another window of ours now has it."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        active = QApplication.activeWindow()  # the closed dialog itself, where no one took over
        if (active is not None and active is not self._window and active.isVisible()) or not self._window.isVisible():
            return
        self._window.activateWindow()
        target = self._window.focusWidget()
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def keep_last_in_tab_chain(window: QWidget, *widgets: QWidget) -> None:
    """Move ``widgets`` (in this order) to the end of ``window``'s Tab chain, e.g. after a page built later."""
    last = window.previousInFocusChain()  # the chain is a ring through the window: its end is before it
    while last is not None and last is not window and not last.focusPolicy() & Qt.FocusPolicy.TabFocus:
        last = last.previousInFocusChain()
    if last is None or last is window or last in widgets:
        return
    for before, after in zip((last, *widgets[:-1]), widgets, strict=True):
        QWidget.setTabOrder(before, after)


def focus_first_child(page: QWidget) -> None:
    """A page built as its tab is shown: Qt already moved the focus (away from the hidden page) before
    the page existed; give it to the page's first control, as Qt does for a page that exists."""
    page.show()
    focus = QApplication.focusWidget()
    if focus is not None and focus.isVisible() and focus.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return  # e.g. the tab bar, when the user switched tabs on it
    widget: QWidget | None = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
