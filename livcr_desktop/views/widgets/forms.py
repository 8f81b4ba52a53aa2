"""Loading Qt Designer forms from the ``ui/`` folder (the checkout's, or the copy inside the wheel or bundle)."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject, QSize, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

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


# The title bar and borders a window manager puts around a window's client area (resize() sets the
# client area): a window as tall as the screen would lose its bottom edge and buttons below it.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at ``width`` × ``height``, or smaller where the screen is smaller (a full-HD laptop at
    150 % is 1280 × 720): a window larger than its screen hides its edges and buttons. A window made
    smaller is placed in the middle of the screen, its frame included."""
    wanted = QSize(width, height)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(wanted)
        return
    area = screen.availableGeometry()
    size = wanted.boundedTo(area.size() - FRAME_ALLOWANCE)
    window.resize(size)
    if size != wanted:
        window.move(area.x() + (area.width() - size.width()) // 2, area.y() + (area.height() - size.height()) // 2)


E = TypeVar("E", bound=Enum)


def combo_enum(combo: QComboBox, cls: type[E]) -> E | None:
    """The current item's enum value (PySide hands a StrEnum stored as item data back as a str)."""
    value = combo.currentData()
    return None if value is None else cls(value)


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a user's change of ``widget``'s value emits (None for a widget that holds no value)."""
    match widget:
        case QLineEdit():
            return widget.textChanged
        case QPlainTextEdit() | QTextEdit():
            return widget.textChanged
        case QComboBox():
            return widget.currentIndexChanged
        case QAbstractSpinBox() if hasattr(widget, "valueChanged"):
            signal: SignalInstance = widget.valueChanged
            return signal
        case QDateTimeEdit():
            return widget.dateTimeChanged
        case QAbstractButton():
            return widget.toggled
    return None


def clear_on_edit(message: QLabel, *widgets: QWidget, hide: bool = False) -> None:
    """Take ``message`` (an error about these fields) away as soon as one of them is changed: a
    message that stays after the value was corrected reads as if the new value were wrong too."""

    def clear() -> None:
        message.clear()
        if hide:
            message.hide()

    for widget in widgets:
        signal = edited_signal(widget)
        if signal is not None:
            signal.connect(clear)
