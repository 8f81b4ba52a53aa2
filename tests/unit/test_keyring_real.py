""""Remember on this computer" against a real Secret Service (gnome-keyring over D-Bus).

Run with ``make test`` (it starts ``dbus-run-session`` and an unlocked ``gnome-keyring-daemon`` in
temporary XDG folders and sets LIVCR_REQUIRE_REAL_KEYRING=1), or by hand:

    dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets \\
        >/dev/null; python -m pytest -m keyring_real'

Without a Secret Service the test is skipped, unless LIVCR_REQUIRE_REAL_KEYRING is set: then it
fails, so a CI run cannot pass by quietly skipping it.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import SecretService, chainer, fail

from livcr_desktop.storage import keyring_store
from livcr_desktop.storage.errors import NoKeyringSlotError
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.keyring_real

REQUIRE_ENV = "LIVCR_REQUIRE_REAL_KEYRING"


def _secret_service_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend | None:
    candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    for b in candidates:
        if isinstance(b, SecretService.Keyring):
            return b
    return None


def _not_a_test_backend(backend: keyring.backend.KeyringBackend) -> bool:
    return not type(backend).__module__.startswith("tests.")


@pytest.fixture
def default_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    """The backend the application would get on this machine.

    keyring registers every ``KeyringBackend`` subclass it has seen, including the test-only
    ``MemoryKeyring`` of conftest (priority 1): left alone, auto-detection would pick that one on a
    machine without Secret Service, or chain it behind Secret Service. Detect again without the
    classes defined in ``tests``, exactly as in the application process.
    """
    previous, previous_limit = keyring.get_keyring(), keyring.backend._limit
    keyring.core.init_backend(limit=_not_a_test_backend)
    yield keyring.get_keyring()
    keyring.set_keyring(previous)
    keyring.backend._limit = previous_limit


@pytest.fixture
def secret_service(default_keyring: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    backend = default_keyring
    found = _secret_service_backend(backend)
    if found is None:
        reason = (
            f"no Secret Service keyring (keyring backend is {type(backend).__module__}."
            f"{type(backend).__name__}); run under dbus-run-session with gnome-keyring-daemon"
        )
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"{reason} ({REQUIRE_ENV} is set: a real Secret Service is required)")
        if not isinstance(backend, fail.Keyring):
            pytest.fail(f"{reason}: expected the Secret Service backend on Linux")
        pytest.skip(reason)
    return found


def test_real_keyring_round_trip(secret_service: keyring.backend.KeyringBackend, tmp_path: Path) -> None:
    assert keyring_store.keyring_available()
    path = tmp_path / "real.vault"
    vault = Vault.create(path, PASSPHRASE, kdf=TEST_KDF)
    try:
        slot = vault.remember_on_this_computer()
    finally:
        vault.close()
    try:
        # The secret is in the Secret Service, not next to the vault.
        stored = secret_service.get_password(keyring_store.SERVICE, slot.keyring_user)
        assert stored is not None
        secret = base64.b64decode(stored)
        assert len(secret) == 32
        for f in (p for p in tmp_path.rglob("*") if p.is_file()):
            assert secret not in f.read_bytes() and stored.encode() not in f.read_bytes(), f.name

        reopened = Vault.open_with_keyring(path)
        try:
            assert reopened.unlocked_by.kind == "keyring"
            assert reopened.unlocked_by.slot_id == slot.slot_id
            assert reopened.integrity_check() == "ok"
            reopened.forget_on_this_computer()
        finally:
            reopened.close()
        assert secret_service.get_password(keyring_store.SERVICE, slot.keyring_user) is None
        assert '"keyring"' not in key_path_for(path).read_text(encoding="utf-8")
        with pytest.raises(NoKeyringSlotError):
            Vault.open_with_keyring(path)
    finally:
        # Leave the (temporary) keyring clean even when an assertion failed half-way.
        keyring_store.delete_secret(slot.keyring_user)
