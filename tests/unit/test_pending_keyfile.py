"""A planted ``.keys.pending`` is applied only after a slot of it opens the database (issue 12, point 5).

The attack: the database's salt (its first 16 bytes) is readable by anyone who can read the file.
An attacker writes a pending key file naming that salt, holding a slot for their own passphrase
(wrapping a random key), and waits for the next open. Before the fix the pending file replaced the
real key file on that open, even with a wrong passphrase: the users' slots were gone.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from livcr_desktop.services.unlock import open_vault
from livcr_desktop.storage.errors import CorruptVaultError, WrongPassphraseError
from livcr_desktop.storage.keyslots import DB_KEY_BYTES, TEST_KDF, KeyFile, new_passphrase_slot
from livcr_desktop.storage.vault import Vault, database_salt, key_path_for, pending_key_path_for
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse)

ATTACKER = "the attacker's own passphrase"


def plant(path: Path, passphrase: str = ATTACKER, copy_slots: bool = False) -> bytes:
    real = KeyFile.load(key_path_for(path))
    slots = list(real.slots) if copy_slots else []
    slots.append(
        new_passphrase_slot(
            secrets.token_bytes(DB_KEY_BYTES),
            real.vault_id,
            "voorzitter",
            passphrase,
            TEST_KDF,
            "2026-01-01T00:00:00+00:00",
        )
    )
    planted = KeyFile(vault_id=real.vault_id, slots=slots, for_database=database_salt(path))
    pending_key_path_for(path).write_text(planted.to_json(), encoding="utf-8")
    return pending_key_path_for(path).read_bytes()


def files(path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(path.parent.iterdir())
        if p.is_file() and not p.name.endswith((".attempts", "-wal", "-shm"))
    }


@pytest.fixture
def closed(vault: Vault) -> Path:
    path = vault.path
    vault.close()
    return path


def test_wrong_passphrase_changes_no_file(closed: Path) -> None:
    plant(closed)
    before = files(closed)
    for guess in ("wrong passphrase!!", ATTACKER):
        with pytest.raises(WrongPassphraseError):
            Vault.open_with_passphrase(closed, guess)
        assert files(closed) == before


def test_planted_pending_is_not_applied_and_is_removed_after_a_real_login(closed: Path) -> None:
    plant(closed)
    real_keys = key_path_for(closed).read_bytes()
    v = open_vault(closed, PASSPHRASE)
    try:
        assert v.integrity_check() == "ok"
    finally:
        v.close()
    assert not pending_key_path_for(closed).exists()
    KeyFile.load(key_path_for(closed)).unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        KeyFile.load(key_path_for(closed)).unlock_with_passphrase(ATTACKER)
    assert KeyFile.load(key_path_for(closed)).vault_id == KeyFile.from_json(real_keys.decode()).vault_id


def test_planted_pending_with_the_users_slots_copied_in_gives_no_access(closed: Path) -> None:
    """Copying the real slots in makes the pending file authenticate (it is applied), but the
    attacker's own slot wraps a key the database refuses: no access (a documented limit: the junk
    slot stays until a key rotation drops it)."""
    plant(closed, copy_slots=True)
    v = Vault.open_with_passphrase(closed, PASSPHRASE)
    v.close()
    with pytest.raises((WrongPassphraseError, CorruptVaultError)):
        Vault.open_with_passphrase(closed, ATTACKER)  # its key never opened the database
    Vault.open_with_passphrase(closed, PASSPHRASE).close()
