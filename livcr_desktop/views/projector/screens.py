"""Which screen the wall goes on, and how screens are named to the chair."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


def screen_key(screen: QScreen) -> str:
    """Identifies a screen across plugging: separate X screens may all be called "screen"."""
    g = screen.geometry()
    return f"{screen.name()}|{g.x()},{g.y()},{g.width()},{g.height()}"


def screen_label(screen: QScreen | None) -> str:
    if screen is None:
        return "?"
    screens = QGuiApplication.screens()
    number = screens.index(screen) + 1 if screen in screens else 0
    g = screen.geometry()
    return _t("scherm {n} '{name}', {w}×{h}").format(n=number or "?", name=screen.name(), w=g.width(), h=g.height())


def target_screen(screens: list[QScreen], chair: QScreen, choice: str | None) -> tuple[QScreen, bool]:
    """(screen, full screen?): the chosen screen (``choice``, a :func:`screen_key`), else one the
    chair's window is not on; full screen only on a screen of its own."""
    matching = [s for s in screens if screen_key(s) == choice]
    chosen = next((s for s in matching if s is not chair), matching[0] if matching else None)
    if chosen is None:
        chosen = next((s for s in screens if s is not chair), None)
    if chosen is None:
        chosen = chair if chair in screens else (screens[0] if screens else QGuiApplication.primaryScreen())
    return chosen, chosen is not chair and len(screens) > 1
