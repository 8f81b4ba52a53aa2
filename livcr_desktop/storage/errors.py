"""Errors the storage layer raises; each maps to one clear message in the user's language."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: opening or changing the vault failed and nothing was changed."""


class WrongPassphraseError(VaultError):
    pass


class NotAVaultError(VaultError):
    """The path is not a LIVC-R vault (missing or unreadable key file)."""


class CorruptVaultError(VaultError):
    """The key unwrapped but the database cannot be read: truncated or damaged."""


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
