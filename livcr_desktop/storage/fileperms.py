"""Owner-only files: everything the vault writes is created 0600 (through :mod:`storage.durable`)."""

from __future__ import annotations

import os
from pathlib import Path

from livcr_desktop.storage.durable import PRIVATE_MODE, Verify, create_private_empty, write_file

__all__ = ["PRIVATE_MODE", "create_private_empty", "restrict", "write_private_file"]


def restrict(path: Path) -> None:
    if path.exists():
        os.chmod(path, PRIVATE_MODE)


def write_private_file(path: Path, data: bytes, verify: Verify | None = None) -> None:
    """Write durably and verified (see :func:`storage.durable.write_file`), mode 0600 from the first byte."""
    write_file(path, data, mode=PRIVATE_MODE, verify=verify)
