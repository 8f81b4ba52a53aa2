"""Where the chair's window opens: maximised on the chair's screen, or as the chair last left it there.

The last geometry is remembered per screen (its name and size) in the user's Qt settings, so a laptop
that is sometimes docked to a larger screen gets the right one back on each.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

SETTINGS_GROUP = "windowGeometry"


def _key(name: str, screen: QScreen) -> str:
    size = screen.size()
    return f"{SETTINGS_GROUP}/{name}/{screen.name() or 'screen'}-{size.width()}x{size.height()}"


def chair_screen(window: QWidget) -> QScreen | None:
    """The screen of the window the chair was working in (the main window), else the primary screen."""
    active = QApplication.activeWindow()
    if active is not None and active is not window and active.screen() is not None:
        return active.screen()
    return QGuiApplication.primaryScreen()


def place_window(window: QWidget, name: str) -> None:
    """Before the first show: the remembered geometry on the chair's screen, else maximised there."""
    screen = chair_screen(window)
    if screen is None:
        return
    saved = QSettings().value(_key(name, screen))
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    area = screen.availableGeometry()
    window.setGeometry(area)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_place(window: QWidget, name: str) -> None:
    """On close: the geometry (maximised or not) for the screen the window is on."""
    screen = window.screen()
    if screen is not None:
        QSettings().setValue(_key(name, screen), window.saveGeometry())
