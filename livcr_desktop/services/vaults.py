"""What the views and the CLI may know of the storage layer: the vault handle, key-derivation settings, errors.

Views, ``commands/`` and ``cli.py`` import services and domain only (the layer contracts in ``make lint``,
``[tool.importlinter]`` in pyproject.toml); this module re-exports the few storage names a window or a
command needs to open, create and describe a vault and to explain a storage fault (disk full,
read-only medium, no write access), so none of them imports ``livcr_desktop.storage`` directly.
"""

from __future__ import annotations

from livcr_desktop.services.errors import (
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
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from livcr_desktop.storage.vault import Vault, VaultBusyError, key_path_for

__all__ = [
    "DEFAULT_KDF",
    "CorruptVaultError",
    "DiskFullError",
    "KdfOutOfBoundsError",
    "KdfParams",
    "KeyringUnavailableError",
    "NewerVaultError",
    "NoKeyringSlotError",
    "NoWriteAccessError",
    "NotAVaultError",
    "ReadOnlyMediaError",
    "StorageFault",
    "Vault",
    "VaultBusyError",
    "VaultClosedError",
    "VaultError",
    "VaultExistsError",
    "VaultMissingError",
    "WrongPassphraseError",
    "as_storage_fault",
    "concerns_vault",
    "folder_of",
    "key_path_for",
    "settle_orm",
]


def settle_orm() -> None:
    """Configure the ORM mappers now (the first query would otherwise do it, right after the unlock).

    The window's start-up calls this in its background import, while the passphrase is typed.
    """
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
