"""Text fields of the live meeting commit themselves: no Save button anywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

# Text is committed this long after a keystroke: at typing speed, every keystroke is committed
# (a few ms each); the audit trail keeps one event per burst of typing (services' TYPING_BURST).
# 25 ms plus the commit (about 5 ms) stays within the 50 ms a keystroke may take to be stored
# (bench row 4); a key held down (auto-repeat) commits as often as fast typing does.
AUTOSAVE_MS = 25


class Autosave:
    """Commit a text edit shortly after typing stops, and at once when focus leaves the field."""

    def __init__(self, edit: QPlainTextEdit | QLineEdit, save: Callable[[str], None]) -> None:
        self.edit, self.save = edit, save
        self.timer = QTimer(edit)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.loading = False
        self.dirty = False
        edit.textChanged.connect(self._changed)
        if isinstance(edit, QLineEdit):
            edit.editingFinished.connect(self.flush)

    def _changed(self, *_args: object) -> None:
        if not self.loading:
            self.dirty = True
            self.timer.start()

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def set_text(self, text: str) -> None:
        """Show stored text without saving it back."""
        self.timer.stop()
        self.dirty = False
        self.loading = True
        try:
            if self.text() != text:
                if isinstance(self.edit, QPlainTextEdit):
                    self.edit.setPlainText(text)
                else:
                    self.edit.setText(text)
        finally:
            self.loading = False

    def flush(self) -> None:
        self.timer.stop()
        if self.dirty:
            self.dirty = False
            self.save(self.text())

    @property
    def pending(self) -> bool:
        return self.dirty
