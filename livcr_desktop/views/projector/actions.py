"""The chair's projector actions: their names, buttons and shortcuts on the chair's window.

A plain "B" never fires while the chair types: text fields (line and text edits, spin and date
boxes, editable combos) claim printable keys through Qt's ShortcutOverride, so there it stays a letter.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from livcr_desktop.views.i18n import noop

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F5 / Ctrl+Shift+P", noop("LiveMeeting", "Projector aan / uit")),
    ("B", noop("LiveMeeting", "Projector zwart / terug (niet tijdens het typen)")),
    ("Ctrl+Shift+F", noop("LiveMeeting", "Projector bevriezen / vrijgeven")),
    ("Ctrl+Shift+V", noop("LiveMeeting", "Projector volgt de voorzitter / blijft op dit punt")),
    ("Ctrl+Shift+I", noop("LiveMeeting", "Identiteit van de casus tonen op de projector (met bevestiging, gelogd)")),
    ("Ctrl++ / Ctrl+- / Ctrl+0", noop("LiveMeeting", "Tekst op de projector groter / kleiner / normaal")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


@dataclass(frozen=True)
class ProjectorActions:
    """The eight actions, in menu order; the first five are checkable (the projector's state)."""

    enable: QAction
    blank: QAction
    freeze: QAction
    follow: QAction
    reveal: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction

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
            blank=action(_t("Projector zwart"), _t("Zwart (B)"), ["B"], "projectorBlankAction"),
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
        )

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]  # not astuple(): it deep-copies
