"""Locking the session: after idle time, on the OS screen lock, or on Ctrl+L.

Locking commits what is pending, hides every window (the projector included, so the wall shows
nothing), closes dialogs that may hold case data, clears the case list, records the lock in the
audit trail and disposes the database engine: the key is gone from the open connections. Unlocking
with a passphrase opens the vault again and shows the same windows, on the same items.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from livcr_desktop.services import audit_log, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.vault.vault_dialogs import UnlockDialog
from livcr_desktop.views.widgets import clipboard

DEFAULT_IDLE_MINUTES = 5
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionLock", text)


class SessionLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        main_window: QMainWindow,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or main_window)
        self.ctx = ctx
        self.main_window = main_window
        self.is_locked = False
        self.dialog: UnlockDialog | None = None
        self._hidden: list[QWidget] = []
        self._blanked: list[Any] = []
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.set_idle_minutes(idle_minutes)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.action = QAction(_t("Vergrendelen"), main_window)
        self.action.setObjectName("lockAction")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        main_window.addAction(self.action)
        self.idle.start()
        self._listen_to_os_lock()

    def attach(self, main_window: QMainWindow) -> None:
        """Follow a rebuilt main window (after a language switch): Ctrl+L lives on it now."""
        self.main_window.removeAction(self.action)
        self.main_window = main_window
        self.action.setParent(main_window)
        main_window.addAction(self.action)

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle.setInterval(max(1, int(minutes * 60_000)))

    # -- activity and the OS ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in ACTIVITY_EVENTS:
            self.idle.start()
        return False

    def _listen_to_os_lock(self) -> None:
        """Lock with the desktop's screen lock (freedesktop ScreenSaver / logind), where D-Bus tells it."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        slot = SLOT("on_screensaver(bool)")  # a str at run time, whatever the stub says
        for path, interface in (
            ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
            ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ):
            # Any sender: whoever says the screen is locked makes us lock (harmless if it lies).
            bus.connect("", path, interface, "ActiveChanged", self, slot)  # type: ignore[call-overload]

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock()

    # -- lock and unlock -------------------------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            flush = getattr(widget, "flush", None)
            if callable(flush) and widget.isVisible():
                flush()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # dialogs may hold case data: they close, unsaved input is dropped
        self._blanked = []
        for widget in QApplication.topLevelWidgets():
            projector = getattr(widget, "projector", None)
            if projector is not None and widget.isVisible() and not projector.audience.blank:
                projector.set_blank(True)  # the wall goes black, not to whatever is behind the window
                self._blanked.append(projector)
        audiences = {id(p.audience) for p in self._blanked} | {
            id(getattr(getattr(w, "projector", None), "audience", None)) for w in QApplication.topLevelWidgets()
        }
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, QDialog) and id(w) not in audiences
        ]
        for widget in self._hidden:
            widget.hide()
        _clear(self.main_window)
        clipboard.clear_now()  # a copied identity does not outlive the lock
        if not self.ctx.vault.closed:
            audit_log.record_lock(self.ctx)
            self.ctx.vault.close()
        self.locked.emit()
        self.show_unlock()

    def show_unlock(self) -> None:
        self.dialog = UnlockDialog(
            self.ctx.vault.path,
            hint=_t("De sessie is vergrendeld. Geef uw wachtwoordzin om verder te werken waar u was."),
        )
        self.dialog.setObjectName("lockDialog")
        self.dialog.setWindowTitle(_t("Vergrendeld — LIVC-R Desktop"))
        self.dialog.remember.hide()
        self.dialog.accepted.connect(self._on_unlocked)
        self.dialog.rejected.connect(self._quit)
        self.dialog.show()

    def _on_unlocked(self) -> None:
        assert self.dialog is not None and self.dialog.vault is not None
        fresh = users.context_for(self.dialog.vault, today=self.ctx.today, now=self.ctx.now)
        self.ctx.vault, self.ctx.user, self.ctx.role = fresh.vault, fresh.user, fresh.role
        self.dialog = None
        self.is_locked = False
        for widget in self._hidden:
            _reload(widget)
            widget.show()
        self._hidden = []
        for projector in self._blanked:
            projector.set_blank(False)
        self._blanked = []
        self.idle.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        """Cancel on the lock screen quits: nothing is open, nothing is lost."""
        app: Any = QApplication.instance()
        for widget in self._hidden:
            widget.close()
        if app is not None:
            app.quit()


def _clear(window: QWidget) -> None:
    """Empty the case list while locked (nothing to read behind the lock dialog)."""
    model = getattr(window, "model", None)
    if model is not None and hasattr(model, "set_cases"):
        model.set_cases([])


def _reload(window: QWidget) -> None:
    """Show stored data again in a window after unlocking (a new engine, the same items)."""
    for name in ("refresh", "reload_agenda"):
        method = getattr(window, name, None)
        if callable(method):
            method()
    for page_name in ("attendance_page", "review_page", "case_page"):
        page = getattr(window, page_name, None)
        if page is not None and page.isVisibleTo(window) and callable(getattr(page, "reload", None)):
            page.reload()
