"""Encrypted backups: made, rotated, listed, restored; damaged, foreign or newer ones refused untouched."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select, text

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Phenomenon
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import audit_log, backup, cases, meetings, minutes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    NewerVaultError,
    NotAVaultError,
    WrongPassphraseError,
)
from livcr_desktop.storage.keyslots import TEST_KDF, KeyFile
from livcr_desktop.storage.vault import (
    SQLITE_MAGIC,
    Vault,
    database_salt,
    key_path_for,
    pending_key_path_for,
)
from tests.conftest import PASSPHRASE, TODAY
from tests.helpers.meeting_factory import make_cell, make_meeting
from tests.unit.test_vault import leaks, snapshot

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY = "Backup-kanarie-93c1f7"


def ctx_of(v: Vault) -> ServiceContext:
    return ServiceContext(v, "voorzitter", today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 14, 0))


def new_case(ctx: ServiceContext, n: int, notes: str = "") -> int:
    return cases.create_case(
        ctx,
        CaseDraft(
            code=f"LIVC-2026-{n:03d}",
            pseudonym=f"Casus {n}",
            screening_notes=notes,
            phenomenon=Phenomenon.RADICALISM,
            registration_date=date(2026, 1, 1),
        ),
    )


def case_codes(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    v = Vault.open_with_passphrase(path, passphrase)
    try:
        with v.session() as s:
            return sorted(s.scalars(select(models.Case.code)))
    finally:
        v.close()


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


# -- making backups ------------------------------------------------------------------------------


def test_backup_is_private_encrypted_and_opens_with_the_same_passphrase(
    vault: Vault, ctx: ServiceContext, data_dir: Path, tmp_path: Path
) -> None:
    new_case(ctx, 1, notes=CANARY)
    result = backup.create_backup(ctx)
    info = result.info
    assert info.path.parent == data_dir / "backups" / "test"
    assert info.path.name.endswith("Z.vault") and info.reason == "manual"
    for p in (info.path, info.key_path, info.manifest_path):
        assert mode(p) == 0o600, p
    assert mode(info.path.parent) == 0o700
    assert info.path.read_bytes()[:16] != SQLITE_MAGIC
    assert leaks(info.path.parent, [CANARY, PASSPHRASE]) == []
    manifest = json.loads(info.manifest_path.read_text(encoding="utf-8"))
    assert manifest["reason"] == "manual" and manifest["events"] == info.events
    assert backup.file_intact(info) is True
    # The backup's key file is the vault's: the same passphrase opens it (on a copy: opening writes).
    copy = tmp_path / "copy.vault"
    shutil.copy(info.path, copy)
    shutil.copy(info.key_path, key_path_for(copy))
    assert case_codes(copy) == ["LIVC-2026-001"]
    with vault.session() as s:
        last = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
    assert last is not None and last.action == "backup" and json.loads(last.detail)["file"] == info.name
    assert [b.path for b in backup.list_backups(vault.path)] == [info.path]


def test_rotation_keeps_the_newest(vault: Vault, ctx: ServiceContext) -> None:
    made = [backup.create_backup(ctx, keep=3) for _ in range(5)]
    kept = backup.list_backups(vault.path)
    assert [b.path for b in kept] == [m.info.path for m in made[2:]]
    assert made[3].removed == (made[0].info.path,) and made[4].removed == (made[1].info.path,)
    for gone in (made[0].info, made[1].info):
        assert not gone.path.exists() and not gone.key_path.exists() and not gone.manifest_path.exists()
    backup.set_backup_keep(ctx, 2)
    assert backup.backup_keep(ctx) == 2
    backup.create_backup(ctx)
    assert len(backup.list_backups(vault.path)) == 2


def test_backup_after_finalise(vault: Vault, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    minutes.finalise(ctx, mid)
    info = backup.backup_after_finalise(ctx, mid)
    assert info is not None and info.reason == "finalise"
    assert json.loads(info.manifest_path.read_text(encoding="utf-8"))["meeting"] == mid


def test_backup_after_finalise_never_raises(
    vault: Vault, ctx: ServiceContext, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "test").write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        assert backup.backup_after_finalise(ctx, None) is None
    assert any("automatic backup after finalising failed" in r.getMessage() for r in caplog.records)
    with vault.session() as s:
        last = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
    assert last is not None and last.action == "backup_failed"


def test_backup_needs_the_chair(vault: Vault) -> None:
    reader = ServiceContext(vault, "lid", role=Role.READ_ONLY)
    with pytest.raises(PermissionDenied):
        backup.create_backup(reader)
    assert backup.list_backups(vault.path) == []


# -- restoring -----------------------------------------------------------------------------------


def test_restore_replaces_and_keeps_the_old_vault_aside(vault: Vault, ctx: ServiceContext) -> None:
    new_case(ctx, 1)
    info = backup.create_backup(ctx).info
    new_case(ctx, 2)
    path = vault.path
    vault.close()
    result = backup.restore_backup(path, info.path, PASSPHRASE)
    assert result.info.cases == 1 and result.replaced is not None
    assert case_codes(path) == ["LIVC-2026-001"]
    assert case_codes(result.replaced) == ["LIVC-2026-001", "LIVC-2026-002"]  # nothing lost
    assert mode(result.replaced) == mode(key_path_for(result.replaced)) == 0o600
    assert not pending_key_path_for(path).exists()
    assert not list(path.parent.glob(".*restore*"))  # the staging folder is gone
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    try:
        with v.session() as s:
            last = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
        assert last is not None and last.action == "restore"
        detail = json.loads(last.detail)
        assert detail["backup"] == info.name and detail["replaced_kept_as"] == result.replaced.name
        check = audit_log.check_vault(v)
        assert check.ok, check.problems
    finally:
        v.close()


def test_restore_when_the_vault_is_gone(vault: Vault, ctx: ServiceContext) -> None:
    """A dead disk: only the backup is left. Restoring needs no current vault."""
    new_case(ctx, 1)
    info = backup.create_backup(ctx).info
    path = vault.path
    vault.close()
    path.unlink()
    key_path_for(path).unlink()
    result = backup.restore_backup(path, info.path, PASSPHRASE)
    assert result.replaced is None
    assert case_codes(path) == ["LIVC-2026-001"]


def test_restore_beside_an_orphan_key_file_keeps_it(vault: Vault, ctx: ServiceContext) -> None:
    new_case(ctx, 1)
    info = backup.create_backup(ctx).info
    path = vault.path
    vault.close()
    path.unlink()  # the database is gone, its key file is still there
    orphan = key_path_for(path).read_bytes()
    backup.restore_backup(path, info.path, PASSPHRASE)
    kept = list(path.parent.glob("test.vault.replaced-*.keys"))
    assert len(kept) == 1 and kept[0].read_bytes() == orphan
    assert case_codes(path) == ["LIVC-2026-001"]


def test_restore_after_a_key_rotation(vault: Vault, ctx: ServiceContext) -> None:
    """The backup has the old key and key file; the restored vault opens with the backup's passphrase."""
    from livcr_desktop.services import passphrase as pp

    new_case(ctx, 1)
    info = backup.create_backup(ctx).info
    pp.rotate_key(ctx, PASSPHRASE, kdf=TEST_KDF)
    new_case(ctx, 2)
    path = vault.path
    vault.close()
    backup.restore_backup(path, info.path, PASSPHRASE)
    assert case_codes(path) == ["LIVC-2026-001"]


def test_restore_cli(vault: Vault, ctx: ServiceContext, data_dir: Path) -> None:
    new_case(ctx, 1)
    path = vault.path
    vault.close()
    made = run_cli(data_dir, "backup", "--vault", str(path), "--keep", "5")
    assert made.returncode == 0, made.stderr
    listed = run_cli(data_dir, "backups", "--vault", str(path), "--check", stdin="")
    assert listed.returncode == 0 and listed.stdout.count("\tintact") == 1, listed.stdout
    backup_file = Path(listed.stdout.split("\t")[0])
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    new_case(ctx_of(v), 2)
    v.close()
    restored = run_cli(data_dir, "restore", "--vault", str(path), str(backup_file))
    assert restored.returncode == 0, restored.stderr
    assert "the previous vault is kept as" in restored.stdout
    assert case_codes(path) == ["LIVC-2026-001"]
    # A damaged backup file is reported by --check (no passphrase needed).
    data = bytearray(backup_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup_file.write_bytes(bytes(data))
    damaged = run_cli(data_dir, "backups", "--vault", str(path), "--check", stdin="")
    assert damaged.returncode == 1 and "DAMAGED" in damaged.stdout


# -- refusals: nothing replaced ------------------------------------------------------------------


def _flip_middle(b: Path, _v: Path) -> None:
    data = bytearray(b.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 32):
        data[i] ^= 0xFF
    b.write_bytes(bytes(data))


def _truncate(b: Path, _v: Path) -> None:
    with b.open("r+b") as fh:
        fh.truncate(b.stat().st_size // 2)


def _random(b: Path, _v: Path) -> None:
    b.write_bytes(os.urandom(64 * 1024))


def _plain_sqlite(b: Path, _v: Path) -> None:
    b.unlink()
    conn = sqlite3.connect(b)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    conn.close()


def _no_key_file(b: Path, _v: Path) -> None:
    key_path_for(b).unlink()


def _newer_schema(b: Path, _v: Path) -> None:
    v = Vault.open_with_passphrase(b, PASSPHRASE)
    with v.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    v.close()


def _foreign_schema(b: Path, _v: Path) -> None:
    """Encrypted with the right key, but not our tables (some other SQLCipher application)."""
    key, _slot = KeyFile.load(key_path_for(b)).unlock_with_passphrase(PASSPHRASE)
    b.unlink()
    conn = sqlcipher3.connect(str(b))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.execute("CREATE TABLE something_else (x TEXT)")
    conn.commit()
    conn.close()


def _other_vault(b: Path, v: Path) -> None:
    other = v.with_name("other.vault")
    o = Vault.create(other, PASSPHRASE, kdf=TEST_KDF)
    o.export_copy(b.with_name("tmp.vault"))
    o.close()
    os.replace(b.with_name("tmp.vault"), b)
    shutil.copy(key_path_for(other), key_path_for(b))
    for p in (other, key_path_for(other)):
        p.unlink()


REFUSALS = {
    "flipped-bytes": (_flip_middle, CorruptVaultError),
    "truncated": (_truncate, CorruptVaultError),
    "random": (_random, CorruptVaultError),
    "plain-sqlite": (_plain_sqlite, NotAVaultError),
    "no-key-file": (_no_key_file, NotAVaultError),
    "newer-schema": (_newer_schema, NewerVaultError),
    "foreign-schema": (_foreign_schema, NotAVaultError),
    "other-vault": (_other_vault, backup.OtherVaultError),
}


@pytest.fixture
def backed_up(vault: Vault, ctx: ServiceContext) -> tuple[Path, Path]:
    """A closed vault with one case, and a backup of it (paths)."""
    new_case(ctx, 1)
    made = backup.create_backup(ctx).info.path
    new_case(ctx, 2)
    path = vault.path
    vault.close()
    return path, made


@pytest.mark.parametrize("kind", sorted(REFUSALS))
def test_refused_backup_changes_nothing(kind: str, backed_up: tuple[Path, Path], data_dir: Path) -> None:
    path, made = backed_up
    damage, error = REFUSALS[kind]
    damage(made, path)
    before = snapshot(data_dir)
    with pytest.raises(error):
        backup.check_backup(made, PASSPHRASE, path)
    with pytest.raises(error):
        backup.restore_backup(path, made, PASSPHRASE)
    assert snapshot(data_dir) == before  # byte for byte: vault, key file, backups
    assert case_codes(path) == ["LIVC-2026-001", "LIVC-2026-002"]


def test_wrong_passphrase_for_the_backup(backed_up: tuple[Path, Path], data_dir: Path) -> None:
    path, made = backed_up
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphraseError):
        backup.restore_backup(path, made, "not the passphrase of this backup")
    assert snapshot(data_dir) == before


def test_other_vault_on_request(backed_up: tuple[Path, Path]) -> None:
    path, made = backed_up
    _other_vault(made, path)
    result = backup.restore_backup(path, made, PASSPHRASE, allow_other_vault=True)
    assert result.info.cases == 0 and case_codes(path) == []


def test_backup_of_a_user_without_admin_rights_is_refused(vault: Vault, ctx: ServiceContext, data_dir: Path) -> None:
    """Restoring needs the chair: a passphrase of a read-only user of the backup does not do."""
    from livcr_desktop.services import users

    users.context_for(vault)  # the chair becomes the first user
    users.add_user(ctx, "lid", "Lid", Role.READ_ONLY, "wachtwoordzin van het lid", kdf=TEST_KDF)
    made = backup.create_backup(ctx).info.path
    path = vault.path
    vault.close()
    before = snapshot(data_dir)
    with pytest.raises(PermissionDenied):
        backup.restore_backup(path, made, "wachtwoordzin van het lid")
    assert snapshot(data_dir) == before


def test_refused_cli_restore_is_one_line(backed_up: tuple[Path, Path], data_dir: Path) -> None:
    path, made = backed_up
    _flip_middle(made, path)
    before = snapshot(data_dir)
    proc = run_cli(data_dir, "restore", "--vault", str(path), str(made))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "livcr-desktop: backup refused, nothing was replaced: the vault file is damaged or truncated and cannot "
        "be read; restore a backup"
    ]
    assert snapshot(data_dir) == before


# -- a crash in the middle of a restore ----------------------------------------------------------


def test_crash_after_the_database_swap_is_finished_on_open(backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    """The state between ``os.replace(db)`` and the key file's rename: the pending key file wins."""
    path, made = backed_up
    staged = tmp_path / "staged.vault"
    shutil.copy(made, staged)
    keys = KeyFile.load(key_path_for(made))
    keys.for_database = database_salt(staged)
    keys.save(pending_key_path_for(path))
    os.replace(staged, path)
    assert case_codes(path) == ["LIVC-2026-001"]
    assert not pending_key_path_for(path).exists()
    assert KeyFile.load(key_path_for(path)).for_database == ""


def test_crash_before_the_database_swap_discards_the_pending_file(backed_up: tuple[Path, Path]) -> None:
    path, made = backed_up
    keys = KeyFile.load(key_path_for(made))
    keys.for_database = database_salt(made)  # names the backup's database, which never arrived
    keys.save(pending_key_path_for(path))
    assert case_codes(path) == ["LIVC-2026-001", "LIVC-2026-002"]
    assert not pending_key_path_for(path).exists()


def test_count_of_cases_in_backup(vault: Vault, ctx: ServiceContext) -> None:
    for n in range(1, 4):
        new_case(ctx, n)
    info = backup.create_backup(ctx).info
    vault_path = vault.path
    checked = backup.check_backup(info.path, PASSPHRASE, vault_path)
    with vault.session() as s:
        assert checked.cases == s.scalar(select(func.count()).select_from(models.Case)) == 3
    assert checked.role is None and checked.user == "voorzitter"


# -- helpers -------------------------------------------------------------------------------------


def run_cli(data_dir: Path, *args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIVCR_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        [sys.executable, "-m", "livcr_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=data_dir,
        timeout=120,
        check=False,
    )
