"""Item delegates: a combo box for editing a coded value in a table cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_Trigger = QAbstractItemView.EditTrigger
# Every edit trigger but "current cell changed": a list editor must not open (and then change its value
# under the arrow keys) while a keyboard user moves through a table. Views that want one-click editing
# connect ``clicked`` to ``edit``.
KEYBOARD_SAFE_EDIT_TRIGGERS = (
    _Trigger.DoubleClicked | _Trigger.SelectedClicked | _Trigger.EditKeyPressed | _Trigger.AnyKeyPressed
)


class ComboDelegate(QStyledItemDelegate):
    """Edits the EditRole value of a cell with a combo box of (label, value) choices."""

    def __init__(self, choices: Sequence[tuple[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self._choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
