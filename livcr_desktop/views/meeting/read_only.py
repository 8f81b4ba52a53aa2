"""A closed meeting is shown read-only: every field can still be read (and scrolled, and copied),
nothing can be changed until the chair reopens it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

_TRIGGERS = "livcrEditTriggers"  # what an item view had before it was made read-only
_DRAG = "livcrDragDropMode"


def _in_tab_bar(w: QWidget) -> bool:
    parent = w.parentWidget()
    return isinstance(parent, QTabBar)


def set_widgets_read_only(root: QWidget, read_only: bool) -> None:
    """Text fields become read-only, choices and buttons disabled, item views lose their editors and
    drag and drop; ``False`` gives back what ``True`` took (the caller then reloads what depends on
    the data, such as a button enabled only when there is something to delete)."""
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
            w.setReadOnly(read_only)
        elif isinstance(w, (QComboBox, QAbstractButton)) and not _in_tab_bar(w):
            w.setEnabled(not read_only)
        elif isinstance(w, QAbstractItemView):
            _item_view(w, read_only)


def _item_view(view: QAbstractItemView, read_only: bool) -> None:
    if read_only:
        if view.property(_TRIGGERS) is None:
            view.setProperty(_TRIGGERS, int(view.editTriggers().value))
            view.setProperty(_DRAG, int(view.dragDropMode().value))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    elif view.property(_TRIGGERS) is not None:
        view.setEditTriggers(QAbstractItemView.EditTrigger(int(view.property(_TRIGGERS))))
        view.setDragDropMode(QAbstractItemView.DragDropMode(int(view.property(_DRAG))))
        view.setProperty(_TRIGGERS, None)
        view.setProperty(_DRAG, None)
