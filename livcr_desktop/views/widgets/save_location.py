"""Where a save dialog starts: the user's Documents folder, not the folder the app was started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def in_documents(file_name: str) -> str:
    """``file_name`` in the user's Documents folder (their home folder when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / file_name)
