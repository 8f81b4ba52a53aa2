"""The chair's projector actions: their names, buttons and shortcuts on the chair's window.

A plain "B" acts only when the keyboard is not in a text, list or choice widget: there it stays a
letter (typing "b" in the decision-type list jumps to "bijkomende…", it does not blank the wall; see
:class:`LetterKeyGuard`). Ctrl+Shift+B blanks the wall from anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from livcr_desktop.views.i18n import noop

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F5 / Ctrl+Shift+P", noop("LiveMeeting", "Projector aan / uit")),
    ("B / Ctrl+Shift+B", noop("LiveMeeting", "Projector zwart / terug (B niet in een tekstveld of lijst)")),
    (
        "Ctrl+Shift+PgDown / Ctrl+Shift+PgUp",
        noop("LiveMeeting", "Projector: volgende / vorige pagina van een lang punt"),
    ),
    ("Ctrl+Shift+F", noop("LiveMeeting", "Projector bevriezen / vrijgeven")),
    ("Ctrl+Shift+V", noop("LiveMeeting", "Projector volgt de voorzitter / blijft op dit punt")),
    ("Ctrl+Shift+I", noop("LiveMeeting", "Identiteit van de casus tonen op de projector (met bevestiging, gelogd)")),
    ("Ctrl++ / Ctrl+- / Ctrl+0", noop("LiveMeeting", "Tekst op de projector groter / kleiner / normaal")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


@dataclass(frozen=True)
class ProjectorActions:
    """The ten actions, in menu order; the first five are checkable (the projector's state)."""

    enable: QAction
    blank: QAction
    freeze: QAction
    follow: QAction
    reveal: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    next_page: QAction
    previous_page: QAction

    @classmethod
    def create(cls, window: QWidget) -> ProjectorActions:
        """The actions, added to ``window`` with window-wide shortcuts (their signals unconnected)."""

        def action(text: str, button: str, keys: list[str], name: str, checkable: bool = True) -> QAction:
            a = QAction(text, window)
            a.setObjectName(name)
            a.setIconText(button)
            a.setCheckable(checkable)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(a)
            return a

        return cls(
            enable=action(_t("Projector aan"), _t("Aan (F5)"), ["F5", "Ctrl+Shift+P"], "projectorOnAction"),
            blank=action(_t("Projector zwart"), _t("Zwart (B)"), ["B", "Ctrl+Shift+B"], "projectorBlankAction"),
            freeze=action(_t("Projector bevriezen"), _t("Bevriezen"), ["Ctrl+Shift+F"], "projectorFreezeAction"),
            follow=action(_t("Projector volgt de voorzitter"), _t("Volgen"), ["Ctrl+Shift+V"], "projectorFollowAction"),
            reveal=action(
                _t("Identiteit tonen op de projector…"), _t("Identiteit…"), ["Ctrl+Shift+I"], "projectorRevealAction"
            ),
            zoom_in=action(
                _t("Projectortekst groter"), "A+", ["Ctrl++", "Ctrl+="], "projectorZoomInAction", checkable=False
            ),
            zoom_out=action(_t("Projectortekst kleiner"), "A−", ["Ctrl+-"], "projectorZoomOutAction", checkable=False),
            zoom_reset=action(
                _t("Projectortekst normaal"), "100%", ["Ctrl+0"], "projectorZoomResetAction", checkable=False
            ),
            next_page=action(
                _t("Projector: volgende pagina"), "↓", ["Ctrl+Shift+PgDown"], "projectorNextPageAction", checkable=False
            ),
            previous_page=action(
                _t("Projector: vorige pagina"), "↑", ["Ctrl+Shift+PgUp"], "projectorPreviousPageAction", checkable=False
            ),
        )

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]  # not astuple(): it deep-copies


TYPING_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


class LetterKeyGuard(QObject):
    """Keeps the projector's one-letter shortcuts out of text, list and choice widgets of ``window``.

    Qt asks the focus widget first (ShortcutOverride); accepting it there turns the shortcut back into
    a key press for that widget. Installed on the application while the chair's window lives.
    """

    def __init__(self, window: QWidget, actions: ProjectorActions) -> None:
        super().__init__(window)
        self.window = window
        portable = [s.toString(QKeySequence.SequenceFormat.PortableText) for a in actions.all() for s in a.shortcuts()]
        # one printable key without a modifier ("B"); F5 and the like stay shortcuts everywhere
        self.letters = {Qt.Key(ord(text)) for text in portable if len(text) == 1}
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self.remove)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, TYPING_WIDGETS)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            and Qt.Key(event.key()) in self.letters
            and watched.window() is self.window
        ):
            event.accept()  # the widget gets the letter; the shortcut does not fire
            return True
        return False
