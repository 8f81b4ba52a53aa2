"""Storage guarantees of the encrypted vault, checked on real SQLCipher files in temp folders.

What is promised: nothing readable on disk, owner-only files, refusals that change no byte
(wrong passphrase, not a vault, damaged, newer), key slots that add and revoke ways of unlocking,
a keyring that never degrades to a file, and a schema that matches the ORM.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.compat.properties
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import MemberKind, OrganisationSector, Phenomenon
from livcr_desktop.services import cases, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import durable, keyring_store, models, schema
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    KeyringUnavailableError,
    NewerVaultError,
    NoKeyringSlotError,
    NotAVaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
)
from livcr_desktop.storage.keyslots import DEFAULT_KDF, TEST_KDF, KdfParams, KeyFile
from livcr_desktop.storage.vault import SQLITE_MAGIC, Vault, key_path_for
from tests.conftest import PASSPHRASE, TODAY, MemoryKeyring
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse: TEST_KDF vaults are not upgraded)

SECOND_PASSPHRASE = "tweede wachtwoordzin voor de secretaris"
CANARY_FIRST = "Zyxwvutsrq-canary-7f3a9c"
CANARY_LAST = "Qwertzuiop-kanarie-41be0d"
CANARY_NOTES = "screening-canary-d41d8cd98f00b204"


# -- helpers -------------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (relative path -> content)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def needle_forms(secret: str) -> list[bytes]:
    """The ways a string could leak: UTF-8, UTF-16-LE, and base64 at each of the three alignments."""
    raw = secret.encode("utf-8")
    forms = [raw, secret.encode("utf-16-le")]
    for shift in range(3):
        tail = raw[shift:]
        enc = base64.b64encode(tail)
        forms.append(enc[: (len(tail) // 3) * 4])  # whole groups only: independent of what follows
    return forms


def leaks(folder: Path, secrets_: list[str] | list[bytes]) -> list[str]:
    found = []
    for name, content in snapshot(folder).items():
        for secret in secrets_:
            forms = needle_forms(secret) if isinstance(secret, str) else bytes_forms(secret)
            for form in forms:
                if form in content:
                    found.append(f"{name}: {form[:40]!r}")
    return found


def bytes_forms(secret: bytes) -> list[bytes]:
    forms = [secret, secret.hex().encode(), secret.hex().upper().encode()]
    for shift in range(3):
        tail = secret[shift:]
        forms.append(base64.b64encode(tail)[: (len(tail) // 3) * 4])
    return forms


def make_closed_vault(path: Path, passphrase: str = PASSPHRASE) -> Path:
    v = Vault.create(path, passphrase, kdf=TEST_KDF)
    v.close()
    return path


def context(v: Vault) -> ServiceContext:
    return ServiceContext(v, "voorzitter", today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 14, 0))


def draft(n: int, **overrides: object) -> CaseDraft:
    d = CaseDraft(
        code=f"LIVC-2026-{n:03d}",
        pseudonym=f"Casus {n}",
        phenomenon=Phenomenon.RADICALISM,
        registration_date=date(2026, 1, 1),
    )
    for key, value in overrides.items():
        setattr(d, key, value)
    return d


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def closed_vault(vault_path: Path) -> Path:
    return make_closed_vault(vault_path)


@pytest.fixture
def big_closed_vault(vault_path: Path) -> Path:
    """About 200 cases with some text: the database spans many pages."""
    v = Vault.create(vault_path, PASSPHRASE, kdf=TEST_KDF)
    ctx = context(v)
    for n in range(1, 201):
        cases.create_case(ctx, draft(n, screening_notes=f"notitie {n} " * 40))
    v.close()
    assert vault_path.stat().st_size > 40 * 4096
    return vault_path


# -- nothing readable on disk --------------------------------------------------------------------


def test_leak_detector_finds_planted_canary(tmp_path: Path) -> None:
    """Self-test of the search used below: it must find each encoding of the canary."""
    folder = tmp_path / "plain"
    folder.mkdir()
    for i, form in enumerate(
        [
            CANARY_FIRST.encode(),
            CANARY_FIRST.encode("utf-16-le"),
            base64.b64encode(b"x" + CANARY_FIRST.encode()),
            base64.b64encode(b"xy" + CANARY_FIRST.encode()),
            base64.b64encode(CANARY_FIRST.encode()),
        ]
    ):
        (folder / f"f{i}").write_bytes(b"\x00junk" + form + b"junk")
        assert leaks(folder, [CANARY_FIRST]), f"form {i} not detected"
        (folder / f"f{i}").unlink()
    assert not leaks(folder, [CANARY_FIRST])


def test_vault_file_is_encrypted_and_leaks_no_identity(vault: Vault, ctx: ServiceContext, data_dir: Path) -> None:
    case_id = cases.create_case(
        ctx,
        draft(1, first_name=CANARY_FIRST, last_name=CANARY_LAST, screening_notes=CANARY_NOTES),
    )
    canaries = [CANARY_FIRST, CANARY_LAST, CANARY_NOTES]
    # Positive control: the data really is in the vault.
    stored = cases.get_case(ctx, case_id, with_identity=True)
    assert (stored.first_name, stored.last_name, stored.screening_notes) == (
        CANARY_FIRST,
        CANARY_LAST,
        CANARY_NOTES,
    )

    with vault.path.open("rb") as fh:
        assert fh.read(16) != SQLITE_MAGIC
    files_open = snapshot(data_dir)
    assert "test.vault" in files_open and "test.vault.keys" in files_open
    assert "test.vault-wal" in files_open, "expected an open WAL vault to have its -wal file"
    assert leaks(data_dir, canaries) == []

    vault.close()
    assert not vault.path.read_bytes().startswith(b"SQLite format 3")
    assert leaks(data_dir, canaries) == []


def test_database_key_is_never_written_in_the_clear(vault: Vault, data_dir: Path) -> None:
    db_key, _slot = KeyFile.load(key_path_for(vault.path)).unlock_with_passphrase(PASSPHRASE)
    assert len(db_key) == 32
    assert leaks(data_dir, [db_key]) == []
    vault.close()
    assert leaks(data_dir, [db_key]) == []


def test_key_file_holds_no_passphrase(vault: Vault, data_dir: Path) -> None:
    vault.add_passphrase_slot("secretaris", SECOND_PASSPHRASE, kdf=TEST_KDF)
    vault.close()
    assert leaks(data_dir, [PASSPHRASE, SECOND_PASSPHRASE]) == []


# -- owner-only files ----------------------------------------------------------------------------


def test_files_are_owner_only(vault: Vault, ctx: ServiceContext, vault_path: Path) -> None:
    cases.create_case(ctx, draft(1))
    files = [vault_path, key_path_for(vault_path)]
    files += [vault_path.with_name(vault_path.name + s) for s in ("-wal", "-shm")]
    for f in files:
        assert f.exists(), f
        assert mode(f) == 0o600, f"{f.name}: {oct(mode(f))}"


def test_files_are_owner_only_even_with_a_permissive_umask(tmp_path: Path) -> None:
    path = tmp_path / "open" / "wide.vault"
    old = os.umask(0)
    try:
        v = Vault.create(path, PASSPHRASE, kdf=TEST_KDF)
        try:
            cases.create_case(context(v), draft(1))
            v.add_passphrase_slot("secretaris", SECOND_PASSPHRASE, kdf=TEST_KDF)
            for f in (path, key_path_for(path), *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                assert mode(f) == 0o600, f"{f.name}: {oct(mode(f))}"
            assert mode(path.parent) == 0o700
        finally:
            v.close()
    finally:
        os.umask(old)


def test_reopening_tightens_a_loosened_database_file(closed_vault: Path) -> None:
    os.chmod(closed_vault, 0o644)
    v = Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    try:
        assert mode(closed_vault) == 0o600
    finally:
        v.close()


# -- wrong passphrase ----------------------------------------------------------------------------


def test_wrong_passphrase_changes_nothing(closed_vault: Path, data_dir: Path) -> None:
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(closed_vault, "wrong " + PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(closed_vault, "")
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE, user="someone-else")
    assert snapshot(data_dir) == before


def test_throttle_doubles_the_pause_up_to_the_cap() -> None:
    throttle = unlock.PassphraseThrottle(base_seconds=1.0, cap_seconds=30.0)
    assert throttle.remaining() == 0.0
    delays = [throttle.record_failure() for _ in range(7)]
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    assert throttle.failures == 7
    assert 29.0 < throttle.remaining() <= 30.0
    throttle.record_success()
    assert throttle.failures == 0
    assert throttle.remaining() == 0.0


def test_open_vault_records_failures_in_the_throttle(closed_vault: Path) -> None:
    throttle = unlock.PassphraseThrottle(base_seconds=0.001, cap_seconds=0.01)
    for expected in (1, 2, 3):
        with pytest.raises(WrongPassphraseError):
            unlock.open_vault(closed_vault, "not the passphrase", throttle)
        assert throttle.failures == expected
    v = unlock.open_vault(closed_vault, PASSPHRASE, throttle)
    try:
        assert throttle.failures == 0
        with v.session() as s:
            logins = s.scalar(
                select(func.count()).select_from(models.AuditEvent).where(models.AuditEvent.action == "login")
            )
        assert logins == 1  # failed attempts wrote nothing into the vault
    finally:
        v.close()


# -- not a vault ---------------------------------------------------------------------------------


def _random_bytes(path: Path, keys_from: Path | None) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _plain_sqlite(path: Path, keys_from: Path | None) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('plain')")
    conn.commit()
    conn.close()


def _empty(path: Path, keys_from: Path | None) -> None:
    path.write_bytes(b"")


def _short(path: Path, keys_from: Path | None) -> None:
    path.write_bytes(b"tiny")


MAKERS = {"random": _random_bytes, "plain-sqlite": _plain_sqlite, "empty": _empty, "short": _short}


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_not_a_vault_without_key_file(kind: str, data_dir: Path) -> None:
    path = data_dir / "other.vault"
    MAKERS[kind](path, None)
    before = snapshot(data_dir)
    with pytest.raises(NotAVaultError):
        Vault.open_with_passphrase(path, PASSPHRASE)
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("random", CorruptVaultError),
        ("plain-sqlite", NotAVaultError),
        ("empty", CorruptVaultError),
        ("short", CorruptVaultError),
    ],
)
def test_not_a_vault_beside_a_valid_key_file(
    kind: str, error: type[Exception], closed_vault: Path, data_dir: Path
) -> None:
    """A real key file (the passphrase unwraps the key) next to something that is not the database."""
    path = data_dir / "other.vault"
    key_path_for(path).write_bytes(key_path_for(closed_vault).read_bytes())
    MAKERS[kind](path, closed_vault)
    before = snapshot(data_dir)
    with pytest.raises(error):
        Vault.open_with_passphrase(path, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_missing_key_file(closed_vault: Path, data_dir: Path) -> None:
    key_path_for(closed_vault).unlink()
    before = snapshot(data_dir)
    with pytest.raises(NotAVaultError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"format": "something-else", "version": 1}',
        b'{"format": "livcr-desktop-keyslots", "version": 1}',
        b'{"format": "livcr-desktop-keyslots", "version": "1", "vault_id": "x", "slots": []}',
    ],
    ids=["empty", "text", "binary", "list", "other-format", "no-slots", "version-string"],
)
def test_damaged_key_file(content: bytes, closed_vault: Path, data_dir: Path) -> None:
    key_path_for(closed_vault).write_bytes(content)
    before = snapshot(data_dir)
    with pytest.raises(NotAVaultError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


SLOT_DAMAGE = {
    "salt-not-base64": {"salt": "!!!"},
    "salt-too-short": {"salt": "AAAA"},
    "nonce-not-base64": {"nonce": "***"},
    "nonce-not-text": {"nonce": 5},
    "wrapped-key-short": {"wrapped_key": "AAAA"},
    "kdf-unknown-field": {"kdf": {"x": 1}},
    "kdf-zero-time": {"kdf": {"time_cost": 0, "memory_kib": 8, "parallelism": 1}},
    "kdf-text-value": {"kdf": {"time_cost": "1", "memory_kib": 8, "parallelism": 1}},
    "kdf-null": {"kdf": None},
    "user-not-text": {"user": 1},
    "unknown-field": {"extra": 1},
}


@pytest.mark.parametrize("change", list(SLOT_DAMAGE.values()), ids=list(SLOT_DAMAGE))
def test_damaged_key_slot_is_reported_as_not_a_vault(
    change: dict[str, object], closed_vault: Path, data_dir: Path
) -> None:
    """An edited slot must give NotAVaultError, not a stray binascii/argon2/TypeError."""
    kpath = key_path_for(closed_vault)
    doc = json.loads(kpath.read_text(encoding="utf-8"))
    doc["slots"][0].update(change)
    kpath.write_text(json.dumps(doc), encoding="utf-8")
    before = snapshot(data_dir)
    with pytest.raises(NotAVaultError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_a_folder_is_not_a_vault(data_dir: Path) -> None:
    folder = data_dir / "folder.vault"
    folder.mkdir()
    before = snapshot(data_dir)
    with pytest.raises(NotAVaultError):
        Vault.open_with_passphrase(folder, PASSPHRASE)
    assert snapshot(data_dir) == before
    assert folder.is_dir()


def test_nothing_there(data_dir: Path) -> None:
    with pytest.raises(NotAVaultError):
        Vault.open_with_passphrase(data_dir / "nothing.vault", PASSPHRASE)
    assert snapshot(data_dir) == {}


def test_database_missing_beside_its_key_file(closed_vault: Path, data_dir: Path) -> None:
    closed_vault.unlink()
    before = snapshot(data_dir)
    with pytest.raises(VaultMissingError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_create_refuses_to_overwrite(closed_vault: Path, data_dir: Path) -> None:
    before = snapshot(data_dir)
    with pytest.raises(VaultExistsError):
        Vault.create(closed_vault, "another passphrase", kdf=TEST_KDF)
    assert snapshot(data_dir) == before


# -- damaged database ----------------------------------------------------------------------------


def test_truncated_vault_is_corrupt_and_left_untouched(big_closed_vault: Path, data_dir: Path) -> None:
    size = big_closed_vault.stat().st_size
    with big_closed_vault.open("r+b") as fh:
        fh.truncate(size // 2)
    before = snapshot(data_dir)
    with pytest.raises(CorruptVaultError):
        Vault.open_with_passphrase(big_closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_flipped_bytes_are_corrupt_and_left_untouched(big_closed_vault: Path, data_dir: Path) -> None:
    data = bytearray(big_closed_vault.read_bytes())
    middle = len(data) // 2
    for i in range(middle, middle + 32):
        data[i] ^= 0xFF
    big_closed_vault.write_bytes(bytes(data))
    before = snapshot(data_dir)
    with pytest.raises(CorruptVaultError):
        Vault.open_with_passphrase(big_closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_damaged_first_page_is_corrupt(big_closed_vault: Path, data_dir: Path) -> None:
    data = bytearray(big_closed_vault.read_bytes())
    data[100] ^= 0x01
    big_closed_vault.write_bytes(bytes(data))
    before = snapshot(data_dir)
    with pytest.raises(CorruptVaultError):
        Vault.open_with_passphrase(big_closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_intact_big_vault_opens(big_closed_vault: Path) -> None:
    v = Vault.open_with_passphrase(big_closed_vault, PASSPHRASE)
    try:
        assert v.integrity_check() == "ok"
        assert len(cases.list_cases(context(v))) == 200
    finally:
        v.close()


# -- written by a newer version ------------------------------------------------------------------


def test_newer_key_file_version(closed_vault: Path, data_dir: Path) -> None:
    kpath = key_path_for(closed_vault)
    doc = json.loads(kpath.read_text(encoding="utf-8"))
    doc["version"] = 99
    kpath.write_text(json.dumps(doc), encoding="utf-8")
    before = snapshot(data_dir)
    with pytest.raises(NewerVaultError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_newer_schema_revision(closed_vault: Path, data_dir: Path) -> None:
    v = Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    with v.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    v.close()
    assert not closed_vault.with_name(closed_vault.name + "-wal").exists()
    before = snapshot(data_dir)
    with pytest.raises(NewerVaultError):
        Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    assert snapshot(data_dir) == before


# -- key slots -----------------------------------------------------------------------------------


def test_second_passphrase_slot_unwraps_the_same_key(vault: Vault, vault_path: Path) -> None:
    slot = vault.add_passphrase_slot("secretaris", SECOND_PASSPHRASE, kdf=TEST_KDF)
    assert slot.kind == "passphrase" and slot.user == "secretaris"
    key_file = KeyFile.load(key_path_for(vault_path))
    key1, slot1 = key_file.unlock_with_passphrase(PASSPHRASE)
    key2, slot2 = key_file.unlock_with_passphrase(SECOND_PASSPHRASE)
    assert key1 == key2
    assert slot1.slot_id != slot2.slot_id == slot.slot_id
    vault.close()

    v = Vault.open_with_passphrase(vault_path, SECOND_PASSPHRASE)
    try:
        assert v.unlocked_by.user == "secretaris"
        assert v.unlocked_by.slot_id == slot.slot_id
        assert v.integrity_check() == "ok"
    finally:
        v.close()


def test_removed_slot_no_longer_opens(vault: Vault, vault_path: Path) -> None:
    slot = vault.add_passphrase_slot("secretaris", SECOND_PASSPHRASE, kdf=TEST_KDF)
    vault.remove_slot(slot.slot_id)
    assert [s.slot_id for s in KeyFile.load(key_path_for(vault_path)).slots] == [vault.unlocked_by.slot_id]
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(vault_path, SECOND_PASSPHRASE)
    Vault.open_with_passphrase(vault_path, PASSPHRASE).close()


def test_last_passphrase_slot_cannot_be_removed(vault: Vault, vault_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault.remember_on_this_computer()  # a keyring slot does not count as a way back in
    kpath = key_path_for(vault_path)
    before = kpath.read_bytes()
    with pytest.raises(ValueError, match="last passphrase slot"):
        vault.remove_slot(vault.unlocked_by.slot_id)
    assert kpath.read_bytes() == before
    assert len(vault.key_file.passphrase_slots()) == 1


def test_kdf_parameters_are_stored_per_slot(vault: Vault, vault_path: Path) -> None:
    other = KdfParams(time_cost=2, memory_kib=16, parallelism=1)
    vault.add_passphrase_slot("secretaris", SECOND_PASSPHRASE, kdf=other)
    doc = json.loads(key_path_for(vault_path).read_text(encoding="utf-8"))
    by_user = {s["user"]: s for s in doc["slots"]}
    assert by_user["voorzitter"]["kdf"] == {"time_cost": 1, "memory_kib": 8, "parallelism": 1}
    assert by_user["secretaris"]["kdf"] == {"time_cost": 2, "memory_kib": 16, "parallelism": 1}
    assert by_user["voorzitter"]["salt"] != by_user["secretaris"]["salt"]
    # Each slot is opened with its own parameters.
    key_file = KeyFile.load(key_path_for(vault_path))
    _, slot = key_file.unlock_with_passphrase(SECOND_PASSPHRASE)
    assert slot.kdf_params() == other


def test_default_kdf_is_strong() -> None:
    assert DEFAULT_KDF.memory_kib >= 65_536
    assert DEFAULT_KDF.time_cost >= 2
    assert DEFAULT_KDF.is_at_least(KdfParams(time_cost=2, memory_kib=65_536, parallelism=1))
    assert not TEST_KDF.is_at_least(DEFAULT_KDF)


# -- keyring slot --------------------------------------------------------------------------------


def test_remember_open_with_keyring_and_forget(
    vault: Vault, vault_path: Path, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    assert keyring_store.keyring_available()
    slot = vault.remember_on_this_computer()
    assert slot.kind == "keyring"
    assert list(memory_keyring.store) == [(keyring_store.SERVICE, slot.keyring_user)]
    db_key, _ = vault.key_file.unlock_with_passphrase(PASSPHRASE)
    stored_secret = base64.b64decode(memory_keyring.store[(keyring_store.SERVICE, slot.keyring_user)])
    assert stored_secret != db_key  # the keyring holds a slot secret, never the database key
    assert leaks(data_dir, [stored_secret]) == []
    vault.close()

    v = Vault.open_with_keyring(vault_path)
    try:
        assert v.unlocked_by.kind == "keyring"
        assert v.unlocked_by.slot_id == slot.slot_id
        assert v.unlocked_by.user == "voorzitter"
        v.forget_on_this_computer()
        assert memory_keyring.store == {}
        assert v.key_file.keyring_slots() == []
        assert KeyFile.load(key_path_for(vault_path)).keyring_slots() == []
    finally:
        v.close()
    with pytest.raises(NoKeyringSlotError):
        Vault.open_with_keyring(vault_path)


def test_keyring_entry_gone_but_slot_left(vault: Vault, vault_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault.remember_on_this_computer()
    vault.close()
    memory_keyring.store.clear()  # e.g. the user wiped the OS keyring
    with pytest.raises(NoKeyringSlotError):
        Vault.open_with_keyring(vault_path)


def test_keyring_secret_of_another_vault_does_not_open(
    vault: Vault, vault_path: Path, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    slot = vault.remember_on_this_computer()
    vault.close()
    memory_keyring.store[(keyring_store.SERVICE, slot.keyring_user)] = base64.b64encode(os.urandom(32)).decode()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_keyring(vault_path)
    assert snapshot(data_dir) == before


def test_no_keyring_backend_writes_nothing(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the conftest fixture restores the backend
    assert not keyring_store.keyring_available()
    assert not unlock.keyring_status()
    db_key, _ = vault.key_file.unlock_with_passphrase(PASSPHRASE)
    before = snapshot(tmp_path)
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_this_computer()
    with pytest.raises(KeyringUnavailableError):
        keyring_store.store_secret("account", b"\x01" * 32)
    with pytest.raises(KeyringUnavailableError):
        keyring_store.load_secret("account")
    assert snapshot(tmp_path) == before
    assert vault.key_file.keyring_slots() == []
    assert leaks(tmp_path, [db_key]) == []
    vault.close()
    with pytest.raises((KeyringUnavailableError, NoKeyringSlotError)):
        Vault.open_with_keyring(vault_path)


class _UnreachableBackend(keyring.backend.KeyringBackend):
    """Like SecretService without a D-Bus session: asking for its priority raises."""

    @keyring.compat.properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("must not be used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("must not be used")


def test_unreachable_backend_is_not_available(vault: Vault, tmp_path: Path) -> None:
    keyring.set_keyring(_UnreachableBackend())
    assert not keyring_store.keyring_available()
    before = snapshot(tmp_path)
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_this_computer()
    assert snapshot(tmp_path) == before


# -- schema and migrations -----------------------------------------------------------------------


def test_new_vault_is_at_head(vault: Vault) -> None:
    assert vault.schema_revision() == schema.head_revision()


def test_reopening_keeps_the_head_revision(closed_vault: Path) -> None:
    v = Vault.open_with_passphrase(closed_vault, PASSPHRASE)
    try:
        assert v.schema_revision() == schema.head_revision()
        with v.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        v.close()


def test_models_match_the_migrated_schema(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        from livcr_desktop.storage.search_index import include_name

        mc = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diffs = compare_metadata(mc, models.Base.metadata)
    assert diffs == []


# -- engine --------------------------------------------------------------------------------------


def _pragma(conn: object, name: str) -> object:
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # type: ignore[attr-defined]


def test_engine_pragmas_on_every_pooled_connection(vault: Vault) -> None:
    assert isinstance(vault.engine.pool, QueuePool)
    with vault.engine.connect() as c1, vault.engine.connect() as c2:
        for conn in (c1, c2):
            assert _pragma(conn, "journal_mode") == "wal"
            assert _pragma(conn, "foreign_keys") == 1
            assert _pragma(conn, "secure_delete") == 1
            assert _pragma(conn, "synchronous") == 2  # FULL
            assert str(_pragma(conn, "cipher_version")).startswith("4.")


def test_foreign_keys_are_enforced(vault: Vault) -> None:
    with pytest.raises(IntegrityError), vault.session() as s:
        s.add(models.Member(name="x", organisation_id=999, role="r", kind=MemberKind.CORE, active=True))
    with vault.session() as s:
        org = models.Organisation(name="Politie", short_name="PZ", sector=OrganisationSector.POLICE)
        s.add(org)
        s.flush()
        s.add(models.Member(name="x", organisation_id=org.id, role="r", kind=MemberKind.CORE, active=True))


def test_failed_create_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "x.vault"
    # A key file name that is a folder makes the final save fail after the database was written.
    key_path_for(path).mkdir()
    with pytest.raises(VaultExistsError):
        Vault.create(path, PASSPHRASE, kdf=TEST_KDF)
    key_path_for(path).rmdir()
    blocker = folder / ".x.vault.keys.0000.part"
    blocker.mkdir()  # the durable write's temp file cannot be created
    monkeypatch.setattr(durable, "temp_path_for", lambda _path: blocker)
    with pytest.raises(OSError):
        Vault.create(path, PASSPHRASE, kdf=TEST_KDF)
    assert sorted(p.name for p in folder.iterdir()) == [blocker.name]
