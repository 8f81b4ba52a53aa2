"""The storage errors a window or a command explains to the user, without importing the storage stack.

Views, ``commands/`` and ``cli.py`` may not import ``livcr_desktop.storage`` (the layer contracts in
``make lint``). This module re-exports the error types and the fault classification; it stays light
(no SQLAlchemy, no SQLCipher), so the command line and the unlock dialog can use it at start-up.
"""

from __future__ import annotations

from livcr_desktop.storage.errors import (
    CorruptVaultError,
    DiskFullError,
    KdfOutOfBoundsError,
    KeyringUnavailableError,
    NewerVaultError,
    NoKeyringSlotError,
    NotAVaultError,
    NoWriteAccessError,
    ReadOnlyMediaError,
    StorageFault,
    VaultClosedError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
    as_storage_fault,
    concerns_vault,
    folder_of,
)

__all__ = [
    "CorruptVaultError",
    "DiskFullError",
    "KdfOutOfBoundsError",
    "KeyringUnavailableError",
    "NewerVaultError",
    "NoKeyringSlotError",
    "NoWriteAccessError",
    "NotAVaultError",
    "ReadOnlyMediaError",
    "StorageFault",
    "VaultClosedError",
    "VaultError",
    "VaultExistsError",
    "VaultMissingError",
    "WrongPassphraseError",
    "as_storage_fault",
    "concerns_vault",
    "folder_of",
]
