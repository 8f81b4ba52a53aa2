"""Staged creation (``unlock.build_new_vault``) and storage faults on open, create and close."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from livcr_desktop.services import cases, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import durable, models
from livcr_desktop.storage import vault as vault_module
from livcr_desktop.storage.errors import DiskFullError, NoWriteAccessError, ReadOnlyMediaError, VaultExistsError
from livcr_desktop.storage.keyslots import TEST_KDF, KeyFile
from livcr_desktop.storage.vault import Vault, key_path_for, recover_staged
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse)
from tests.unit.test_rekey import add


class Crash(Exception):
    pass


def fill_cases(v: Vault) -> int:
    add(ServiceContext(v, "voorzitter"), 3)
    return 3


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_build_publishes_a_filled_vault(data_dir: Path) -> None:
    path = data_dir / "new.vault"
    v, n = unlock.build_new_vault(path, PASSPHRASE, fill_cases, kdf=TEST_KDF)
    try:
        assert n == 3 and v.path == path and not v.closed
        assert len(cases.list_cases(ServiceContext(v, "voorzitter"))) == 3
        with v.session() as s:
            actions = list(s.scalars(select(models.AuditEvent.action).order_by(models.AuditEvent.id)))
        assert actions[0] == "create"
        assert KeyFile.load(key_path_for(path)).for_database == ""
    finally:
        v.close()
    assert names(data_dir) == ["new.vault", "new.vault.keys"]
    again = Vault.open_with_passphrase(path, PASSPHRASE)
    assert again.integrity_check() == "ok"
    again.close()


def test_build_refuses_an_existing_path(vault: Vault) -> None:
    with pytest.raises(VaultExistsError):
        unlock.build_new_vault(vault.path, PASSPHRASE, fill_cases, kdf=TEST_KDF)


def test_a_failing_fill_leaves_nothing(data_dir: Path) -> None:
    def fail(v: Vault) -> None:
        fill_cases(v)
        raise Crash

    with pytest.raises(Crash):
        unlock.build_new_vault(data_dir / "new.vault", PASSPHRASE, fail, kdf=TEST_KDF)
    assert names(data_dir) == []


@pytest.mark.parametrize("step", ["created", "filled", "staged", "database_published", "key_file_published"])
def test_a_crash_at_each_step_leaves_no_vault_or_a_complete_one(data_dir: Path, step: str) -> None:
    """A crash stands for a kill: the staged files stay (no cleanup ran), then the next open or build decides."""
    path = data_dir / "new.vault"
    removed: list[Path] = []
    real_remove = vault_module._remove_stage

    def crash(name: str) -> None:
        if name == step:
            vault_module._remove_stage = lambda stem: removed.append(stem)  # a kill runs no cleanup
            raise Crash

    try:
        with pytest.raises(Crash):
            Vault.build(path, PASSPHRASE, fill_cases, kdf=TEST_KDF, on_step=crash)
    finally:
        vault_module._remove_stage = real_remove
    if step in ("database_published", "key_file_published"):
        assert path.exists()  # published: the next open finishes it
        v = Vault.open_with_passphrase(path, PASSPHRASE)
        with v.session() as s:
            assert s.scalar(select(func.count()).select_from(models.Case)) == 3
        v.close()
        assert names(data_dir) == ["new.vault", "new.vault.keys"]
    else:
        assert not path.exists() and not key_path_for(path).exists()
        recover_staged(path)  # what the next build or open does first
        assert names(data_dir) == []
        v, _ = unlock.build_new_vault(path, PASSPHRASE, fill_cases, kdf=TEST_KDF)
        v.close()
        assert names(data_dir) == ["new.vault", "new.vault.keys"]


def test_a_running_build_is_not_cleaned_away(data_dir: Path) -> None:
    path = data_dir / "new.vault"
    seen: list[list[str]] = []

    def fill(v: Vault) -> None:
        recover_staged(path)  # another process opening the path meanwhile
        seen.append(names(data_dir))

    v, _ = unlock.build_new_vault(path, PASSPHRASE, fill, kdf=TEST_KDF)
    v.close()
    assert any(n.endswith(".keys") and ".build-" in n for n in seen[0])


# -- storage faults --------------------------------------------------------------------------------


def test_read_only_medium_is_refused_with_its_own_error(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    path = vault.path
    vault.close()
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    monkeypatch.setattr(os, "statvfs", lambda _p: SimpleNamespace(f_flag=os.ST_RDONLY, f_bavail=0, f_frsize=4096))
    with pytest.raises(ReadOnlyMediaError, match="read-only medium"):
        Vault.open_with_passphrase(path, PASSPHRASE)
    monkeypatch.setattr(os, "statvfs", lambda _p: SimpleNamespace(f_flag=0, f_bavail=0, f_frsize=4096))
    with pytest.raises(NoWriteAccessError):
        Vault.open_with_passphrase(path, PASSPHRASE)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()} == before


def test_full_disk_on_create_is_not_corruption(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: object, **_k: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(durable, "write_all", full)
    with pytest.raises(DiskFullError):
        Vault.create(data_dir / "x.vault", PASSPHRASE, kdf=TEST_KDF)
    assert names(data_dir) == []


def test_full_disk_at_close_keeps_the_key_file(
    vault: Vault, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    add(ctx, 2)
    kpath = key_path_for(vault.path)
    before = kpath.read_bytes()

    def short(fd: int, data: bytes) -> int:  # a disk that takes half and then nothing
        return os.write(fd, bytes(data)[: len(data) // 2]) if len(data) > 1 else 0

    monkeypatch.setattr(os, "write", short)
    with caplog.at_level(logging.WARNING):
        vault.close()
    monkeypatch.undo()
    assert "audit head not recorded" in caplog.text
    assert kpath.read_bytes() == before
    assert [p.name for p in kpath.parent.iterdir() if p.name.endswith(".part")] == []
    v = Vault.open_with_passphrase(vault.path, PASSPHRASE)
    assert v.integrity_check() == "ok"
    v.close()


def test_key_file_save_reads_back_what_it_wrote(tmp_path: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """A medium that returns other bytes than were written: the old key file stays."""
    kpath = key_path_for(vault.path)
    before = kpath.read_bytes()
    real_write = durable.write_all

    def corrupting(fd: int, data: bytes | bytearray | memoryview) -> int:
        raw = bytes(data)
        return real_write(fd, raw.replace(b'"slots"', b'"slotz"'))

    monkeypatch.setattr(durable, "write_all", corrupting)
    with pytest.raises(Exception):  # noqa: B017 - NotAVaultError from the read-back, or the size check
        vault.key_file.save(kpath)
    monkeypatch.undo()
    assert kpath.read_bytes() == before
