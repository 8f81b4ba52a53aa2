"""Changing a passphrase and rotating the database key: without data loss, also when killed midway."""

from __future__ import annotations

import contextlib
import inspect
import logging
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Phenomenon
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import audit_log, cases
from livcr_desktop.services import passphrase as pp
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import keyring_store, models
from livcr_desktop.storage.engine import probe
from livcr_desktop.storage.errors import CorruptVaultError, WrongPassphraseError
from livcr_desktop.storage.keyslots import DEFAULT_KDF, TEST_KDF, KdfParams, KeyFile
from livcr_desktop.storage.vault import Vault, VaultBusyError, key_path_for, pending_key_path_for
from tests.conftest import PASSPHRASE, TODAY, MemoryKeyring
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse: TEST_KDF vaults are not upgraded)
from tests.unit.test_vault import leaks

REPO_ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "een nieuwe wachtwoordzin voor de voorzitter"
SECRETARY = "wachtwoordzin van de secretaris"


def ctx_of(v: Vault) -> ServiceContext:
    return ServiceContext(v, "voorzitter", today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 14, 0))


def add(ctx: ServiceContext, n: int, start: int = 1) -> None:
    for i in range(start, start + n):
        cases.create_case(
            ctx,
            CaseDraft(
                code=f"LIVC-2026-{i:03d}",
                pseudonym=f"Casus {i}",
                screening_notes="x" * 200,
                phenomenon=Phenomenon.RADICALISM,
                registration_date=date(2026, 1, 1),
            ),
        )


def codes(v: Vault) -> list[str]:
    with v.session() as s:
        return sorted(s.scalars(select(models.Case.code)))


def db_key(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    return KeyFile.load(key_path_for(path)).unlock_with_passphrase(passphrase)[0]


# -- change passphrase ---------------------------------------------------------------------------


def test_change_passphrase(vault: Vault, ctx: ServiceContext, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    add(ctx, 3)
    vault.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    vault.remember_on_this_computer()
    key_before = db_key(vault.path)
    pp.change_passphrase(ctx, PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    path = vault.path
    assert db_key(path, NEW_PASSPHRASE) == key_before  # the same key, rewrapped: no re-encryption
    slots = KeyFile.load(key_path_for(path)).slots
    assert sorted((s.user, s.kind) for s in slots) == [
        ("secretaris", "passphrase"),
        ("voorzitter", "keyring"),
        ("voorzitter", "passphrase"),
    ]
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(path, PASSPHRASE)
    for secret in (NEW_PASSPHRASE, SECRETARY):
        v = Vault.open_with_passphrase(path, secret)
        assert codes(v) == ["LIVC-2026-001", "LIVC-2026-002", "LIVC-2026-003"]
        v.close()
    Vault.open_with_keyring(path).close()
    assert leaks(data_dir, [PASSPHRASE, NEW_PASSPHRASE]) == []


def test_change_passphrase_never_weakens_the_kdf(vault: Vault, ctx: ServiceContext) -> None:
    assert inspect.signature(pp.change_passphrase).parameters["kdf"].default == DEFAULT_KDF
    assert inspect.signature(pp.rotate_key).parameters["kdf"].default == DEFAULT_KDF
    stronger = KdfParams(time_cost=2, memory_kib=64, parallelism=2)
    pp.change_passphrase(ctx, PASSPHRASE, NEW_PASSPHRASE, kdf=stronger)
    pp.change_passphrase(ctx, NEW_PASSPHRASE, PASSPHRASE, kdf=TEST_KDF)  # asks for weaker: keeps the stronger
    (slot,) = KeyFile.load(key_path_for(vault.path)).passphrase_slots()
    assert slot.kdf_params() == stronger


def test_change_passphrase_refusals_change_nothing(vault: Vault, ctx: ServiceContext) -> None:
    kpath = key_path_for(vault.path)
    before = kpath.read_bytes()
    with pytest.raises(WrongPassphraseError):
        pp.change_passphrase(ctx, "not my passphrase", NEW_PASSPHRASE, kdf=TEST_KDF)
    with pytest.raises(ValidationError):
        pp.change_passphrase(ctx, PASSPHRASE, "kort", kdf=TEST_KDF)
    with pytest.raises(ValidationError):
        pp.change_passphrase(ctx, PASSPHRASE, PASSPHRASE, kdf=TEST_KDF)
    assert kpath.read_bytes() == before


def test_change_passphrase_of_another_users_slot_is_not_possible(vault: Vault, ctx: ServiceContext) -> None:
    """The old passphrase must be the acting user's: another user's passphrase does not match."""
    vault.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    with pytest.raises(WrongPassphraseError):
        pp.change_passphrase(ctx, SECRETARY, NEW_PASSPHRASE, kdf=TEST_KDF)


# -- rotate the key ------------------------------------------------------------------------------


def test_rotate_key(vault: Vault, ctx: ServiceContext, memory_keyring: MemoryKeyring) -> None:
    add(ctx, 20)
    vault.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    mine = vault.remember_on_this_computer()
    elsewhere = vault.remember_on_this_computer()
    memory_keyring.store.pop((keyring_store.SERVICE, elsewhere.keyring_user))  # as if remembered on another PC
    path = vault.path
    old_key = db_key(path)
    assert pp.rotation_preview(ctx) == (
        pp.DroppedSlot("secretaris", "passphrase"),
        pp.DroppedSlot("voorzitter", "keyring"),
    )
    result = pp.rotate_key(ctx, PASSPHRASE, kdf=TEST_KDF)
    assert sorted((d.user, d.kind) for d in result.dropped) == [("secretaris", "passphrase"), ("voorzitter", "keyring")]
    assert result.dropped_users == ("secretaris",) and result.kept == 2
    assert len(codes(vault)) == 20  # the open vault works on with the new key
    add(ctx, 1, start=21)
    new_key = db_key(path)
    assert new_key != old_key
    with pytest.raises(sqlcipher3.DatabaseError):
        probe(path, old_key)  # the old key opens nothing any more
    assert not pending_key_path_for(path).exists()
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(path, SECRETARY)
    v = Vault.open_with_keyring(path)
    assert v.unlocked_by.slot_id == mine.slot_id  # this computer's keyring slot was rewrapped, same account
    v.close()
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    try:
        assert len(codes(v)) == 21 and v.integrity_check() == "ok"
        check = audit_log.check_vault(v, backups=[])
        assert check.ok, check.problems
        with v.session() as s:
            events = [e.action for e in s.scalars(select(models.AuditEvent))]
        assert "rotate_key" in events
    finally:
        v.close()


def test_rotate_key_with_a_wrong_passphrase_changes_nothing(vault: Vault, ctx: ServiceContext) -> None:
    kpath = key_path_for(vault.path)
    before = kpath.read_bytes()
    with pytest.raises(WrongPassphraseError):
        pp.rotate_key(ctx, "not my passphrase", kdf=TEST_KDF)
    assert kpath.read_bytes() == before and not pending_key_path_for(vault.path).exists()
    add(ctx, 1)  # still usable


def test_rotate_key_refuses_while_another_connection_reads(vault: Vault, ctx: ServiceContext) -> None:
    add(ctx, 3)
    kpath = key_path_for(vault.path)
    before = KeyFile.load(kpath).slots
    other = Vault.open_with_passphrase(vault.path, PASSPHRASE)  # another window, in a read transaction
    try:
        with other.engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            conn.exec_driver_sql("SELECT count(*) FROM case_file").all()
            add(ctx, 1, start=4)  # a write after that read: the checkpoint cannot complete
            with pytest.raises(VaultBusyError):
                pp.rotate_key(ctx, PASSPHRASE, kdf=TEST_KDF)
            conn.exec_driver_sql("ROLLBACK")
    finally:
        other.close()  # (records the audit head in the key file: the slots are what must not change)
    assert KeyFile.load(kpath).slots == before and not pending_key_path_for(vault.path).exists()
    assert len(codes(vault)) == 4


def test_rotate_key_needs_the_chair(vault: Vault) -> None:
    with pytest.raises(PermissionDenied):
        pp.rotate_key(ServiceContext(vault, "voorzitter", role=Role.SECRETARY), PASSPHRASE, kdf=TEST_KDF)


class SimulatedCrash(Exception):
    pass


STEPS = ["checkpointed", "pending_written", "rekeyed", "checkpointed_new", "key_file_written"]


@pytest.mark.parametrize("step", STEPS)
def test_crash_after_each_step_reopens_with_all_data(vault: Vault, ctx: ServiceContext, step: str) -> None:
    """The process dies right after ``step`` (no close, no cleanup): the next open sorts it out."""
    add(ctx, 30)
    path = vault.path
    old_key = db_key(path)

    def crash(name: str) -> None:
        if name == step:
            raise SimulatedCrash(name)

    with pytest.raises(SimulatedCrash):
        pp.rotate_key(ctx, PASSPHRASE, kdf=TEST_KDF, on_step=crash)
    vault._closed = True  # abandoned as by a kill: the head is not recorded, nothing is tidied
    vault.engine.dispose()
    pending_before = pending_key_path_for(path).exists()
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    try:
        assert len(codes(v)) == 30 and v.integrity_check() == "ok"
        assert not pending_key_path_for(path).exists()
        rekeyed = db_key(path) != old_key
        assert rekeyed == (STEPS.index(step) >= STEPS.index("rekeyed"))
        assert pending_before == (step in ("pending_written", "rekeyed", "checkpointed_new"))
    finally:
        v.close()


def test_a_damaged_pending_file_is_ignored(vault: Vault, ctx: ServiceContext, caplog: pytest.LogCaptureFixture) -> None:
    add(ctx, 2)
    path = vault.path
    vault.close()
    pending_key_path_for(path).write_text("{ not a key file")
    with caplog.at_level(logging.WARNING):
        v = Vault.open_with_passphrase(path, PASSPHRASE)
    assert "unreadable pending key file" in caplog.text
    assert len(codes(v)) == 2
    v.close()


def test_pending_file_of_a_rotation_that_never_rekeyed_and_a_dropped_user(vault: Vault, ctx: ServiceContext) -> None:
    """A user dropped by the interrupted rotation still gets in: the database was never rekeyed."""
    vault.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    path = vault.path

    def crash(name: str) -> None:
        if name == "pending_written":
            raise SimulatedCrash(name)

    with pytest.raises(SimulatedCrash):
        pp.rotate_key(ctx, PASSPHRASE, kdf=TEST_KDF, on_step=crash)
    vault._closed = True
    vault.engine.dispose()
    v = Vault.open_with_passphrase(path, SECRETARY)
    assert v.unlocked_by.user == "secretaris"
    v.close()
    assert not pending_key_path_for(path).exists()


def test_a_user_dropped_by_a_completed_rekey_is_refused(vault: Vault, ctx: ServiceContext) -> None:
    """Rekeyed, key file not yet written: the dropped user's old slot unwraps the old key, which opens nothing."""
    vault.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    path = vault.path

    def crash(name: str) -> None:
        if name == "rekeyed":
            raise SimulatedCrash(name)

    with pytest.raises(SimulatedCrash):
        pp.rotate_key(ctx, PASSPHRASE, kdf=TEST_KDF, on_step=crash)
    vault._closed = True
    vault.engine.dispose()
    with pytest.raises(CorruptVaultError):
        Vault.open_with_passphrase(path, SECRETARY)
    assert pending_key_path_for(path).exists()  # kept for the chair
    Vault.open_with_passphrase(path, PASSPHRASE).close()
    assert not pending_key_path_for(path).exists()


# -- killed in the middle ------------------------------------------------------------------------

PASSPHRASE_B = "tweede wachtwoordzin van de voorzitter"
KILLS = 24
TARGETS = [
    "STEP checkpointed",
    "STEP pending_written",
    "STEP rekeyed",
    "STEP checkpointed_new",
    "STEP key_file_written",
    "COMMITTED case",
    "PLAN passphrase",
    "DONE rotate",
]
PROGRESS_TIMEOUT = 60.0


@dataclass
class Run:
    lines: list[str]
    returncode: int
    stderr: str


def run_child(
    path: Path, seed: int, target: str | None, count: int, delay: float, jitter: float, err_path: Path
) -> Run:
    """Kill the child ``jitter`` s after the ``count``-th line starting with ``target`` (or after ``delay`` s)."""
    env = {**os.environ, "LIVCR_DATA_DIR": str(path.parent), "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "tests.helpers.rekey_child", str(path), str(seed)]
    data = b""
    with (
        err_path.open("wb") as err,
        subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, bufsize=0
        ) as proc,
    ):
        assert proc.stdin is not None and proc.stdout is not None
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.write(f"{PASSPHRASE}\n{PASSPHRASE_B}\n".encode())
        proc.stdin.close()
        fd = proc.stdout.fileno()
        deadline = time.monotonic() + (delay if target is None else PROGRESS_TIMEOUT)
        seen = 0
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while (target is None or seen < count) and (left := deadline - time.monotonic()) > 0:
                if not sel.select(left):
                    continue
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                data += chunk
                if target is not None:
                    seen = sum(1 for line in data.decode().splitlines() if line.startswith(target))
        if target is not None and seen < count:
            proc.kill()
            pytest.fail(f"the child printed {seen} of {count} '{target}' lines:\n{data.decode()[-500:]}")
        if target is not None:
            time.sleep(jitter)
        proc.kill()
        while chunk := os.read(fd, 1 << 16):
            data += chunk
        returncode = proc.wait()
    text = data.decode()
    assert text == "" or text.endswith("\n")
    return Run(text.splitlines(), returncode, err_path.read_text(errors="replace"))


@dataclass
class Expect:
    committed: set[str]
    in_flight: str | None
    passphrases: list[str]  # the one in force, then the one a change in flight may have set


def expect(lines: list[str], committed: set[str], current: str) -> Expect:
    names = {"A": PASSPHRASE, "B": PASSPHRASE_B}
    in_flight = None
    candidates = [current]
    for line in lines:
        verb, _, rest = line.partition(" ")
        kind, _, value = rest.partition(" ")
        if verb == "OPENED":
            current = names[kind]
            candidates = [current]
        elif verb == "PLAN" and kind == "case":
            in_flight = value
        elif verb == "COMMITTED" and kind == "case":
            committed.add(value)
            in_flight = None
        elif verb == "PLAN" and kind == "passphrase":
            candidates = [current, names[value]]
        elif verb == "DONE" and kind == "passphrase":
            current = names[value]
            candidates = [current]
    return Expect(committed, in_flight, candidates)


@pytest.mark.slow
def test_killed_during_rotation_always_reopens_with_all_data(data_dir: Path, tmp_path: Path) -> None:
    path = data_dir / "rekey.vault"
    v = Vault.create(path, PASSPHRASE, kdf=TEST_KDF)
    ctx = ctx_of(v)
    add(ctx, 300)  # about a megabyte: PRAGMA rekey takes long enough to be hit
    v.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    with v.session() as s:
        committed = set(s.scalars(select(models.Case.code)))
    v.close()
    rng = random.Random(30072018)
    stats: Counter[str] = Counter()
    current = PASSPHRASE
    t0 = time.monotonic()
    for run_no in range(KILLS):
        if run_no % 6 == 5:
            target, count = None, 1
            delay = rng.uniform(0.3, 2.5)  # by time: anywhere, start-up and opening included
        else:
            target, count = TARGETS[run_no % len(TARGETS)], rng.randint(1, 3)
            delay = 0.0
        run = run_child(path, 100 + run_no, target, count, delay, rng.uniform(0, 0.004), tmp_path / f"{run_no}.err")
        assert run.returncode == -signal.SIGKILL, f"run {run_no} ended by itself:\n{run.stderr}\n{run.lines[-5:]}"
        assert run.stderr == "", run.stderr
        exp = expect(run.lines, committed, current)
        stats["kills"] += 1
        stats[f"killed after {target or 'a delay'}"] += 1
        last = run.lines[-1] if run.lines else ""
        stats["kills inside a rotation"] += any(
            line.startswith("PLAN rotate") for line in run.lines[-6:]
        ) and not last.startswith("DONE rotate")
        pending = pending_key_path_for(path).exists()
        keys_before = key_path_for(path).read_bytes()
        opened = None
        for secret in exp.passphrases:
            try:
                opened = Vault.open_with_passphrase(path, secret)
            except WrongPassphraseError:
                continue
            current = secret
            break
        assert opened is not None, f"run {run_no}: no passphrase opens the vault; last lines {run.lines[-4:]}"
        try:
            if pending:
                promoted = key_path_for(path).read_bytes() != keys_before
                stats[
                    "pending key file promoted (database was rekeyed)"
                    if promoted
                    else "pending key file discarded (rekey had not happened)"
                ] += 1
            assert not pending_key_path_for(path).exists()
            assert opened.integrity_check() == "ok", f"run {run_no}"
            stored = set(codes(opened))
            missing = exp.committed - stored
            extra = stored - exp.committed - ({exp.in_flight} if exp.in_flight else set())
            assert not missing and not extra, f"run {run_no}: missing {missing}, unexpected {extra}"
            committed = stored
            check = audit_log.check_vault(opened, backups=[])
            assert check.ok, f"run {run_no}: {check.problems}"
            assert [s.user for s in opened.key_file.passphrase_slots()] in (
                ["voorzitter"],
                ["voorzitter", "secretaris"],
                ["secretaris", "voorzitter"],
            )
        finally:
            opened._closed = True  # leave the file as a crash would (no head, no checkpoint)...
            opened.engine.dispose()  # ...but release the connections
    elapsed = time.monotonic() - t0
    print(f"\nkey rotation: {stats['kills']} kills in {elapsed:.1f} s, {len(committed)} cases kept")
    for name, n in sorted(stats.items()):
        print(f"  {name}: {n}")
    assert stats["kills"] >= 20
    assert stats["pending key file promoted (database was rekeyed)"] >= 1, stats
    assert stats["pending key file discarded (rekey had not happened)"] >= 1, stats
    # The secretary's slot was dropped by the first completed rotation.
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(path, SECRETARY)
    final = Vault.open_with_passphrase(path, current)
    assert set(codes(final)) == committed
    final.close()
