"""Loading Qt Designer forms from the ``ui/`` folder (the checkout's, or the copy inside the wheel or bundle)."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QComboBox, QWidget

from livcr_desktop.resources import ui_dir

T = TypeVar("T", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"could not load form {name}: {loader.errorString()}")
    return widget


def child(root: QObject, cls: type[T], name: str) -> T:
    """A named child of a loaded form, with its type checked (a renamed widget fails loudly)."""
    found = root.findChild(cls, name)
    if found is None:
        raise LookupError(f"form has no {cls.__name__} named {name!r}")
    return found


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at ``width`` × ``height``, or smaller where the screen is smaller (a full-HD laptop at
    150 % is 1280 × 720): a window larger than its screen hides its edges and buttons."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size() if screen is not None else QSize(width, height)
    window.resize(QSize(width, height).boundedTo(available))


E = TypeVar("E", bound=Enum)


def combo_enum(combo: QComboBox, cls: type[E]) -> E | None:
    """The current item's enum value (PySide hands a StrEnum stored as item data back as a str)."""
    value = combo.currentData()
    return None if value is None else cls(value)
