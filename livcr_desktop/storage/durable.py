"""Durable, verified file writes: the one place where the application opens a file for writing.

Every file the app writes (key file, exports, minutes PDFs, backups, CSV and statistics, settings)
goes through :func:`write_file` or :func:`open_for_writing`:

1. write to a temporary file in the same folder (``.<name>.<random>.part``), 0600 from the first byte;
2. loop until every byte is written (``os.write`` may write fewer bytes than asked on a nearly full
   disk and still return without an error);
3. ``fsync`` the file, compare its size with what was meant to be written, and run an optional
   ``verify`` callback on the temporary file (the key file is re-read and parsed);
4. ``rename`` over the target and ``fsync`` the folder.

On any error the old file stays exactly as it was, the temporary file is removed, and the error is
raised as a :class:`~livcr_desktop.storage.errors.StorageFault` (disk full, read-only medium, no
permission) where it is one, so nobody mistakes a full disk for a damaged vault.

Folders are not created here; callers decide where files may go.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Final, Literal, overload

from livcr_desktop.storage.errors import StorageFault, as_storage_fault

PRIVATE_MODE: Final = 0o600
PART_SUFFIX: Final = ".part"
_CHUNK: Final = 1 << 20

Verify = Callable[[Path], None]


class ShortWriteError(OSError):
    """The file on disk is not as long as what was written (a silent short write or a lying disk)."""


def temp_path_for(path: Path) -> Path:
    """A fresh temporary name beside ``path`` (same folder, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{PART_SUFFIX}")


def is_temp_of(candidate: Path, path: Path) -> bool:
    """Whether ``candidate`` is one of our temporary files for ``path`` (an orphan after a kill)."""
    name = candidate.name
    return name.startswith(f".{path.name}.") and name.endswith(PART_SUFFIX) and candidate.parent == path.parent


def remove_orphans(path: Path) -> list[Path]:
    """Remove temporary files left beside ``path`` by a killed writer; returns what was removed."""
    removed: list[Path] = []
    folder = path.parent
    if not folder.is_dir():
        return removed
    for candidate in folder.iterdir():
        if is_temp_of(candidate, path):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def write_all(fd: int, data: bytes | bytearray | memoryview) -> int:
    """Write every byte of ``data`` to ``fd``; a short write is retried, a zero-byte write is ENOSPC."""
    view = memoryview(data)
    total = 0
    while total < len(view):
        n = os.write(fd, view[total : total + _CHUNK])
        if n <= 0:
            raise OSError(28, "No space left on device (nothing written)")
        total += n
    return total


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except (PermissionError, IsADirectoryError):  # pragma: no cover - Windows
        return
    try:
        with contextlib.suppress(OSError):  # some filesystems refuse fsync on a folder: the rename stands
            os.fsync(fd)
    finally:
        os.close(fd)


def replace(src: Path, dst: Path) -> None:
    """Rename ``src`` over ``dst`` and make the rename durable."""
    try:
        os.replace(src, dst)
    except OSError as e:
        raise as_storage_fault(e, dst) from e
    fsync_dir(dst.parent)


def _open_temp(tmp: Path, mode: int) -> int:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with contextlib.suppress(OSError):
        os.fchmod(fd, mode)  # the umask may have narrowed it further; never wider than asked
    return fd


def _finish(fd: int, tmp: Path, path: Path, expected: int, verify: Verify | None) -> None:
    os.fsync(fd)
    size = os.fstat(fd).st_size
    if size != expected:
        raise ShortWriteError(28, f"wrote {size} of {expected} bytes")
    os.close(fd)
    if verify is not None:
        verify(tmp)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_file(
    path: Path,
    data: bytes | bytearray | memoryview | Iterable[bytes],
    *,
    mode: int = PRIVATE_MODE,
    verify: Verify | None = None,
) -> int:
    """Write ``data`` (bytes or chunks) to ``path`` durably; returns the number of bytes written.

    Raises :class:`StorageFault` for a full disk, a read-only medium or missing permission; any
    other error as it is. In every failure ``path`` is untouched and no temporary file remains.
    """
    path = Path(path)
    tmp = temp_path_for(path)
    fd = -1
    try:
        fd = _open_temp(tmp, mode)
        written = 0
        chunks: Iterable[bytes | bytearray | memoryview] = (
            (data,) if isinstance(data, bytes | bytearray | memoryview) else data
        )
        for chunk in chunks:
            written += write_all(fd, chunk)
        done_fd, fd = fd, -1
        try:
            _finish(done_fd, tmp, path, written, verify)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(done_fd)
            raise
        return written
    except BaseException as e:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(e, OSError) and not isinstance(e, StorageFault):
            fault = as_storage_fault(e, path, needed=_needed(data))
            if fault is not e:
                raise fault from e
        raise


def write_text(
    path: Path, text: str, *, encoding: str = "utf-8", mode: int = PRIVATE_MODE, verify: Verify | None = None
) -> int:
    return write_file(path, text.encode(encoding), mode=mode, verify=verify)


def _needed(data: object) -> int | None:
    return len(data) if isinstance(data, bytes | bytearray | memoryview) else None


class _CountingRaw(io.RawIOBase):
    """A raw file over an fd that writes every byte it is given (no silent short writes)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        n = write_all(self.fd, b)
        self.count += n
        return n


@overload
def open_for_writing(
    path: Path, *, text: Literal[False] = False, mode: int = PRIVATE_MODE, verify: Verify | None = None
) -> contextlib.AbstractContextManager[IO[bytes]]: ...


@overload
def open_for_writing(
    path: Path,
    *,
    text: Literal[True],
    encoding: str = "utf-8",
    newline: str | None = None,
    mode: int = PRIVATE_MODE,
    verify: Verify | None = None,
) -> contextlib.AbstractContextManager[IO[str]]: ...


def open_for_writing(
    path: Path,
    *,
    text: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
    mode: int = PRIVATE_MODE,
    verify: Verify | None = None,
) -> contextlib.AbstractContextManager[IO[bytes]] | contextlib.AbstractContextManager[IO[str]]:
    """A file object for streaming writers (``csv.writer``, ``json.dump``); published on a clean exit.

    ``with open_for_writing(p, text=True, newline="") as fh: csv.writer(fh).writerows(rows)``.
    If the block raises, nothing appears at ``path`` and the old file stays.
    """
    return _streaming(Path(path), text, encoding, newline, mode, verify)  # type: ignore[return-value]


@contextlib.contextmanager
def _streaming(
    path: Path, text: bool, encoding: str, newline: str | None, mode: int, verify: Verify | None
) -> Iterator[IO[bytes] | IO[str]]:
    tmp = temp_path_for(path)
    fd = -1
    fh: IO[bytes] | IO[str] | None = None
    try:
        fd = _open_temp(tmp, mode)
        raw = _CountingRaw(fd)  # closing it never closes ``fd``: that stays ours
        buffered = io.BufferedWriter(raw, buffer_size=1 << 16)  # type: ignore[type-var]
        fh = io.TextIOWrapper(buffered, encoding=encoding, newline=newline) if text else buffered
        yield fh
        fh.close()  # flushes every buffered byte through write_all
        done_fd, fd = fd, -1
        try:
            _finish(done_fd, tmp, path, raw.count, verify)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(done_fd)
            raise
    except BaseException as e:
        if fh is not None and not fh.closed:
            with contextlib.suppress(OSError, ValueError):
                fh.close()
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(e, OSError) and not isinstance(e, StorageFault):
            fault = as_storage_fault(e, path)
            if fault is not e:
                raise fault from e
        raise


def create_private_empty(path: Path) -> None:
    """Create an empty file 0600 so SQLite opens (and copies the mode of) an owner-only file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except OSError as e:
        raise as_storage_fault(e, path) from e
    os.close(fd)


__all__ = [
    "PART_SUFFIX",
    "PRIVATE_MODE",
    "ShortWriteError",
    "StorageFault",
    "create_private_empty",
    "fsync_dir",
    "is_temp_of",
    "open_for_writing",
    "remove_orphans",
    "replace",
    "temp_path_for",
    "write_all",
    "write_file",
    "write_text",
]
