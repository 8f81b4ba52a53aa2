"""Owner-only files: everything the vault writes is created 0600."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600


def restrict(path: Path) -> None:
    if path.exists():
        os.chmod(path, PRIVATE_MODE)


def write_private_file(path: Path, data: bytes) -> None:
    """Write atomically (temp file, fsync, rename) with mode 0600 from the first byte."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    try:
        os.fchmod(fd, PRIVATE_MODE)  # a stale temp file keeps its old mode on O_CREAT: fix it here
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def create_private_empty(path: Path) -> None:
    """Create an empty file 0600 so SQLite opens (and copies the mode of) an owner-only file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    os.close(fd)
