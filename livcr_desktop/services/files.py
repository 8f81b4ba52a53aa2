"""Documents the user saves outside the vault (a PDF they chose to keep), written as every file is.

Views cannot reach ``storage`` (the layer contract); this is their door to ``storage.durable``:
temporary file, every byte, fsync, size check, rename. On a full disk or a read-only medium it
raises a ``StorageFault`` (an ``OSError``) and the old file at ``path`` stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.storage import durable


def save_document(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` durably, owner-only (0600): it may hold case data."""
    durable.write_file(Path(path), data, mode=durable.PRIVATE_MODE)
