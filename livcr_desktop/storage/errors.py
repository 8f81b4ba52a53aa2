"""Errors the storage layer raises; each maps to one clear message in the user's language."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class VaultError(Exception):
    """Base class: opening or changing the vault failed and nothing was changed."""


class WrongPassphraseError(VaultError):
    pass


class NotAVaultError(VaultError):
    """The path is not a LIVC-R vault (missing or unreadable key file)."""


class CorruptVaultError(VaultError):
    """The key unwrapped but the database cannot be read: truncated or damaged."""


class KdfOutOfBoundsError(NotAVaultError):
    """A passphrase slot's Argon2 parameters exceed ``keyslots.MAX_KDF``: refused before deriving anything."""


class NewerVaultError(VaultError):
    """The vault was written by a newer version of the application."""


class VaultExistsError(VaultError):
    pass


class VaultMissingError(VaultError):
    pass


class KeyringUnavailableError(VaultError):
    """No usable OS secret store on this machine (headless Linux without Secret Service)."""


class NoKeyringSlotError(VaultError):
    pass


class VaultClosedError(VaultError):
    """The vault was closed or locked: no connection is opened until it is unlocked again."""


# -- storage faults: the medium, not the vault -----------------------------------------------------
# A full disk, a read-only medium or a folder without permission is not a damaged vault: each says
# what to do, and nothing on disk was changed. They are OSErrors too, so code that already catches
# OSError around a write keeps working.


class StorageFault(VaultError, OSError):
    """Writing failed because of the medium (not the data); the old files are unchanged."""

    def __init__(self, message: str, path: Path | None = None, errno_: int | None = None) -> None:
        VaultError.__init__(self, message)
        self.path = path
        self.errno = errno_
        self.strerror = message

    def __str__(self) -> str:
        return str(self.strerror)


class DiskFullError(StorageFault):
    """ENOSPC / EDQUOT / SQLITE_FULL: ``free_bytes`` on the medium, ``needed_bytes`` when known."""

    def __init__(
        self, message: str, path: Path | None = None, free_bytes: int | None = None, needed_bytes: int | None = None
    ) -> None:
        super().__init__(message, path, errno.ENOSPC)
        self.free_bytes = free_bytes
        self.needed_bytes = needed_bytes

    def megabytes_to_free(self) -> int:
        """At least 1: how many MB to free before trying again (what was needed plus a margin)."""
        needed = self.needed_bytes or 0
        free = self.free_bytes or 0
        return max(1, -(-(needed - free + 10 * 1024 * 1024) // (1024 * 1024)))


class ReadOnlyMediaError(StorageFault):
    """EROFS / SQLITE_READONLY: the vault or target is on a medium that cannot be written."""


class NoWriteAccessError(StorageFault):
    """EACCES / EPERM: this user may not write in that folder or file."""


# A fault on one of these files is "the vault is on a read-only medium", not "that folder is".
_VAULT_FILE_SUFFIXES = (".vault", ".keys", ".pending", "-wal", "-shm", "-journal")


def concerns_vault(path: Path | None) -> bool:
    """Whether a fault at ``path`` is about a vault (its database, key file or SQLite side files).

    Unknown (None) counts as the vault: SQLite errors carry no path and come from the vault.
    """
    if path is None:
        return True
    name = Path(path).name
    return name.endswith(_VAULT_FILE_SUFFIXES) or ".vault." in name


def folder_of(path: Path | None) -> Path | None:
    """The folder a fault happened in (``path`` itself when it is a folder)."""
    if path is None:
        return None
    p = Path(path)
    return p if p.is_dir() else p.parent


_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})


def _free_bytes(path: Path | None) -> int | None:
    if path is None:
        return None
    folder = path if path.is_dir() else path.parent
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return st.f_bavail * st.f_frsize


def as_storage_fault(exc: BaseException, path: Path | None = None, needed: int | None = None) -> BaseException:
    """``exc`` as a :class:`StorageFault` when it is one (an OSError or an SQLite error), else ``exc`` itself.

    SQLite errors are recognised by their extended code (``sqlite_errorcode``) or their message,
    since SQLAlchemy wraps them and the driver module is not imported here.
    """
    if isinstance(exc, StorageFault):
        return exc
    where = Path(path) if path is not None else None
    code = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    if code is None:
        orig = getattr(exc, "orig", exc)  # sqlalchemy.exc.DBAPIError wraps the driver's error
        sqlite_code = getattr(orig, "sqlite_errorcode", None)
        message = str(orig).lower()
        if (isinstance(sqlite_code, int) and sqlite_code & 0xFF == 13) or "database or disk is full" in message:
            code = errno.ENOSPC
        elif (isinstance(sqlite_code, int) and sqlite_code & 0xFF == 8) or "readonly database" in message:
            code = errno.EROFS
        elif (
            isinstance(sqlite_code, int)
            and sqlite_code & 0xFF == 10
            and "disk i/o error" in message
            and where is not None
            and _free_bytes(where) == 0
        ):
            code = errno.ENOSPC
    if code in _DISK_FULL_ERRNOS:
        return DiskFullError("the disk is full", where, _free_bytes(where), needed)
    if code == errno.EROFS:
        return ReadOnlyMediaError("the medium is read-only", where, errno.EROFS)
    if code in (errno.EACCES, errno.EPERM):
        return NoWriteAccessError("no permission to write there", where, code)
    return exc
