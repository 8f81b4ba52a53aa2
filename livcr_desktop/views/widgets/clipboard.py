"""Copying a sensitive field: on the clipboard for a short while, then gone.

:func:`copy_sensitive` puts the text on the system clipboard marked as a secret for clipboard
managers (KDE's ``x-kde-passwordManagerHint``; Windows' "exclude from history and cloud"), and
clears it after ``seconds`` if it still holds that text (something the user copied since is left
alone). It is also cleared when the application quits.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_SECONDS: Final = 30
SECRET_HINTS: Final[dict[str, bytes]] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


class _ClipboardGuard(QObject):
    """Holds the timer and the text it must clear (one sensitive copy at a time)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_if_ours)
        self.text: str | None = None

    def clear_if_ours(self) -> bool:
        """Clear the clipboard when it still holds our text; returns whether it did."""
        self.timer.stop()
        text, self.text = self.text, None
        clipboard = QGuiApplication.clipboard()
        if text is not None and clipboard.text(QClipboard.Mode.Clipboard) == text:
            clipboard.clear(QClipboard.Mode.Clipboard)
            return True
        return False


_guard: _ClipboardGuard | None = None


def _the_guard() -> _ClipboardGuard:
    global _guard
    app = QCoreApplication.instance()
    if _guard is None or _guard.parent() is not app:
        _guard = _ClipboardGuard(app)
        if app is not None:
            app.aboutToQuit.connect(_guard.clear_if_ours)
    return _guard


def copy_sensitive(text: str, seconds: float = DEFAULT_SECONDS) -> None:
    """Copy ``text`` for ``seconds`` (default 30), marked as a secret for clipboard managers."""
    guard = _the_guard()
    data = QMimeData()
    data.setText(text)
    for mime, value in SECRET_HINTS.items():
        data.setData(mime, QByteArray(value))
    QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
    guard.text = text
    guard.timer.start(max(1, int(seconds * 1000)))


def clear_now() -> bool:
    """Clear a pending sensitive copy at once (on lock); returns whether the clipboard was cleared."""
    return _guard.clear_if_ours() if _guard is not None else False


def pending() -> bool:
    return _guard is not None and _guard.text is not None
