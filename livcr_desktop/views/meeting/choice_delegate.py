"""A table-cell editor that is a list: it opens with its choices shown and closes on the choice.

The plain combo-box editor stayed open after a choice, so the next ↓ silently changed the value it
had just been given (issue 15). Here the arrow keys move only within the open list; Enter or a click
chooses and closes the editor, Escape closes it without a change; either way the table keeps the
keyboard on the row that was edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ListEditor(QComboBox):
    """Shows its list as soon as it is shown; ``done`` says whether a choice was made when it closes."""

    done = Signal(bool)  # True: an item was chosen (Enter, click); False: dismissed (Escape, elsewhere)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = False
        self._finished = False
        self.activated.connect(self._on_activated)

    def _on_activated(self, _index: int) -> None:
        self._chosen = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.showPopup)

    def showPopup(self) -> None:
        super().showPopup()
        popup = self.view().window()
        if popup is not self.window():
            popup.removeEventFilter(self)
            popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list closes by a choice (hidePopup) or by itself (Escape, a click elsewhere): both hide it.
        # Qt emits ``activated`` just after hiding the list: decide once that has happened.
        if event.type() == QEvent.Type.Hide and watched is self.view().window():
            QTimer.singleShot(0, self, self._finish)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.showPopup()  # never change the value with the list closed
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: Any) -> None:
        event.ignore()  # nor with the mouse wheel passing over it

    def _finish(self) -> None:
        if not self._finished:
            self._finished = True
            self.done.emit(self._chosen)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits the EditRole value of a cell with a :class:`ListEditor` of (label, value) choices."""

    def __init__(self, choices: Sequence[tuple[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = ListEditor(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        for text, value in self._choices:
            editor.addItem(text, value)
        editor.done.connect(lambda chosen: self._close(editor, chosen))
        return editor

    def _close(self, editor: ListEditor, chosen: bool) -> None:
        if not editor.isVisible():  # the view closed it already (focus went elsewhere)
            return
        if chosen:
            self.commitData.emit(editor)
        hint = (
            QAbstractItemDelegate.EndEditHint.NoHint if chosen else QAbstractItemDelegate.EndEditHint.RevertModelCache
        )
        self.closeEditor.emit(editor, hint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ListEditor)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
