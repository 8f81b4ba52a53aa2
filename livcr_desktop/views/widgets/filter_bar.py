"""The filter bar above a list: a search field and filter combos, each after its labelled mnemonic.

The case register and the action tracker build the same bar; the widgets come from here so both
behave alike (clear button, accessible names, the label's letter moving the focus to its field).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QLineEdit, QWidget


def search_edit(object_name: str, placeholder: str, accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setAccessibleName(accessible_name)
    return edit


def filter_combo(object_name: str, accessible_name: str, items: Iterable[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible_name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def add_labelled(bar: QBoxLayout, label: str, field: QWidget, stretch: int = 0) -> QLabel:
    """``label`` (with its &-mnemonic) then ``field`` into ``bar``; the label's letter focuses the field."""
    buddy = QLabel(label)
    buddy.setBuddy(field)
    bar.addWidget(buddy)
    bar.addWidget(field, stretch)
    return buddy
