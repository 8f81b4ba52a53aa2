"""The F1 overlay that lists a window's keyboard shortcuts.

:func:`window_shortcuts` reads them from the window's own actions, so the list cannot drift from what
the keys do; a window adds the keys that are not actions (Ctrl+Tab, mnemonics) itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("ShortcutHelp", text)


def plain_text(text: str) -> str:
    """An action's text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").removesuffix("…")


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) for every action of ``window`` (in its menus too) that has a shortcut, in creation order."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = " / ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        )
        if keys and keys not in seen and action.text():
            seen.add(keys)
            rows.append((keys, plain_text(action.text())))
    return rows


class ShortcutHelp(QDialog):
    """A table of keys and what they do, closed with Escape, Enter or its button."""

    def __init__(self, rows: Iterable[tuple[str, str]], parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(title or _t("Sneltoetsen"))
        self.rows: Sequence[tuple[str, str]] = list(rows)
        layout = QVBoxLayout(self)
        cell = "<tr><td style='padding:4px 16px 4px 0'><b>{keys}</b></td><td style='padding:4px 0'>{what}</td></tr>"
        table = "".join(cell.format(keys=escape(keys), what=escape(what)) for keys, what in self.rows)
        text = QLabel(f"<table>{table}</table>")
        text.setObjectName("shortcutTable")
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        self.close_button = QPushButton(_t("Sluiten"))
        self.close_button.setObjectName("shortcutHelpClose")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button)
        self.close_button.setFocus()
