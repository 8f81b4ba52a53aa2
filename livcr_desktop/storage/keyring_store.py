"""The "remember on this computer" secret in the OS keyring.

The keyring never holds the database key itself, only a random slot secret that unwraps it, so
forgetting the computer (deleting the slot) revokes it even if the keyring entry lingers. Where no
usable backend exists we raise :class:`KeyringUnavailableError`; we never fall back to a file.
"""

from __future__ import annotations

import base64

import keyring
import keyring.errors
from keyring.backends import fail

from livcr_desktop.storage.errors import KeyringUnavailableError, NoKeyringSlotError

SERVICE = "livcr-desktop"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    # chainer with no usable backends reports priority 0 or below; a backend that cannot reach its
    # store (Secret Service without D-Bus) raises from ``priority``: not usable either.
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def store_secret(account: str, secret: bytes) -> None:
    try:
        keyring.set_password(SERVICE, account, base64.b64encode(secret).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(str(exc)) from exc


def load_secret(account: str) -> bytes:
    try:
        value = keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(str(exc)) from exc
    if value is None:
        raise NoKeyringSlotError(f"no secret stored for {account}")
    return base64.b64decode(value)


def delete_secret(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(str(exc)) from exc
