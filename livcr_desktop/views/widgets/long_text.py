"""A counter under a text field that appears once the text gets long for the minutes.

It only warns: nothing typed is refused or cut here (the services refuse a text over
``MAX_TEXT`` and the field keeps it on screen; the counter says so beforehand).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from livcr_desktop.domain.validation import MAX_TEXT
from livcr_desktop.views.widgets.contrast import alert_style

LONG_TEXT = 2_000  # characters: beyond this a text is long for the minutes


def _t(text: str) -> str:
    return QCoreApplication.translate("LongText", text)


def text_length(edit: QPlainTextEdit | QLineEdit) -> int:
    if isinstance(edit, QLineEdit):
        return len(edit.text())
    return edit.document().characterCount() - 1  # without the document's closing paragraph mark


class LongTextCounter(QLabel):
    """Hidden while the text is short; beyond ``LONG_TEXT`` characters "2.340 tekens — lang voor het verslag"."""

    def __init__(self, edit: QPlainTextEdit | QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.setObjectName(f"{edit.objectName()}Counter" if edit.objectName() else "longTextCounter")
        self.setWordWrap(True)
        self.hide()
        edit.textChanged.connect(self.update_count)

    def update_count(self, *_args: object) -> None:
        n = text_length(self.edit)
        if n <= LONG_TEXT:
            self.hide()
            return
        count = QLocale().toString(n)
        if n > MAX_TEXT:
            self.setText(
                _t("{n} tekens — te lang om te bewaren (hoogstens {max}); kort de tekst in").format(
                    n=count, max=QLocale().toString(MAX_TEXT)
                )
            )
            self.setStyleSheet(alert_style())
        else:
            self.setText(_t("{n} tekens — lang voor het verslag").format(n=count))
            self.setStyleSheet("")
        self.setVisible(True)


def with_counter(edit: QPlainTextEdit | QLineEdit) -> QWidget:
    """The field with its counter below it, to put in a layout where the field would go."""
    if isinstance(edit, QLineEdit):
        edit.setMaxLength(2**31 - 1)  # Qt's default (32,767) would cut a pasted text without a word
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(edit, 1)  # a field that grows takes the height of a taller row (a tall form beside it)
    layout.addWidget(LongTextCounter(edit, box))
    layout.addStretch(0)  # one that does not stays at the top, by its label
    box.setFocusProxy(edit)  # a form label's buddy (Alt+letter) still reaches the field
    return box
