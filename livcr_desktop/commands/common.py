"""What every subcommand shares: exit codes, one-line user errors, passphrase input, error wording.

Command modules import these from here (never from ``cli``), so ``cli`` can import them in turn.
The command line speaks English one-liners; the GUI has its own translated messages
(``views.messages``).
"""

from __future__ import annotations

import errno
import getpass
import sys
from pathlib import Path

from livcr_desktop.services.errors import (
    CorruptVaultError,
    DiskFullError,
    KdfOutOfBoundsError,
    NewerVaultError,
    NotAVaultError,
    NoWriteAccessError,
    ReadOnlyMediaError,
    StorageFault,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
    as_storage_fault,
    concerns_vault,
    folder_of,
)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A one-line message for the user; exit code 1."""


def _folder(path: Path | None) -> str:
    folder = folder_of(path)
    return "that folder" if folder is None else str(folder)


def _about_vault(path: Path | None, vault: Path | None) -> bool:
    """Whether a fault at ``path`` is the vault's: one of its files, or its folder (side files, locks)."""
    if concerns_vault(path):
        return True
    if vault is None or path is None:
        return False
    folder = Path(vault).parent
    return Path(path) == folder or Path(path).parent == folder


def storage_fault_message(exc: StorageFault, vault: Path | None = None) -> str:
    """Disk full, read-only medium or no permission, and what to do; never "damaged".

    ``vault``: the vault the command works on, so a fault in its folder speaks of the vault.
    """
    match exc:
        case DiskFullError():
            return (
                f"the disk is full: free {exc.megabytes_to_free()} MB on the disk of {_folder(exc.path)} "
                "and try again; nothing was changed"
            )
        case ReadOnlyMediaError() if _about_vault(exc.path, vault):
            return (
                "the vault is on a read-only medium: copy the .vault and .vault.keys files to a writable "
                "folder and open that copy; nothing was changed"
            )
        case ReadOnlyMediaError():
            return f"{_folder(exc.path)} is on a read-only medium: choose another folder; nothing was changed"
        case NoWriteAccessError():
            return (
                f"no permission to write in {_folder(exc.path)}: ask its owner for write access or use "
                "another folder; nothing was changed"
            )
        case _:
            return f"could not write in {_folder(exc.path)} ({exc}); nothing was changed"


def vault_error_message(exc: VaultError, vault: Path | None = None) -> str:
    """One line per failure, in plain words (the GUI has its own translated messages)."""
    match exc:
        case StorageFault():
            return storage_fault_message(exc, vault)
        case WrongPassphraseError():
            return "wrong passphrase: the vault was not opened"
        case NewerVaultError():
            return "this vault was written by a newer version of LIVC-R Desktop; update the application"
        case CorruptVaultError():
            return "the vault file is damaged or truncated and cannot be read; restore a backup"
        case VaultMissingError():
            return "the vault's database file is missing next to its key file"
        case VaultExistsError():
            return "a vault already exists at that path"
        case KdfOutOfBoundsError():
            return (
                "a key slot of this vault asks for more memory or time than any vault this application "
                "writes; the key file was changed by someone else: restore it from a backup"
            )
        case NotAVaultError():
            return "this is not a LIVC-R vault (no valid key file beside it)"
        case _:
            return f"the vault could not be opened: {exc}"


def os_error_message(exc: OSError, vault: Path | None = None) -> str:
    """An OSError in one line: a storage fault says what to do, any other ``strerror: file``."""
    fault = as_storage_fault(exc, _path_of(exc) or vault)
    if isinstance(fault, StorageFault):
        return storage_fault_message(fault, vault)
    reason = exc.strerror or (errno.errorcode.get(exc.errno, "") if exc.errno else "") or "input/output error"
    where = exc.filename if exc.filename is not None else vault
    return f"{reason}: {where}" if where is not None else str(reason)


def _path_of(exc: OSError) -> Path | None:
    name = exc.filename
    if isinstance(name, str | bytes) and name:
        return Path(name.decode() if isinstance(name, bytes) else name)
    return None


def read_passphrase(prompt: str = "Wachtwoordzin: ", confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("no passphrase on standard input")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Herhaal wachtwoordzin: ") != first:
        raise UserError("the two passphrases differ")
    return first


__all__ = [
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_USER_ERROR",
    "UserError",
    "os_error_message",
    "read_passphrase",
    "storage_fault_message",
    "vault_error_message",
]
