"""Killed at any moment, a command leaves a vault that opens, checks out and needs no cleaning by hand.

``import`` (into a new path), ``demo``, ``backup``, ``rotate-key`` and ``change-passphrase`` run in
child processes (``tests/helpers/fault_child.py``, forked from one zygote so each run costs no start-up)
that are SIGKILLed at a random moment, at least ``KILLS`` times per command. After each kill the
next ordinary run (opening the vault, or the next build at that path) must find:

- either no vault at the path (a build killed before it was published) or a complete one: it opens
  with the old or the new passphrase, ``integrity_check`` is ok and ``audit verify`` (``check_vault``,
  backups included) is ok;
- never a database without its key file, and no leftover file beside the vault (staged builds,
  key-file temporaries, pending key files) or in the backup folder (``.part`` copies).

A table of kills and outcomes per command is printed (``pytest -s`` shows it).
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from livcr_desktop.services import audit_log, backup, cases, exchange, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.users import context_for
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for, recover_staged
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse)
from tests.unit.test_rekey import add

REPO_ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
OTHER = "another passphrase, long enough"
SECRETS = {"A": PASSPHRASE, "B": OTHER}
TIMEOUT = 30.0

pytestmark = pytest.mark.slow


class Zygote:
    """The child process that forks one run per request."""

    def __init__(self, data_dir: Path) -> None:
        env = {**os.environ, "LIVCR_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO_ROOT)}
        env.pop("PYTHONWARNINGS", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.fault_child", "--zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO_ROOT,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        os.set_blocking(self.proc.stdout.fileno(), False)
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.proc.stdout, selectors.EVENT_READ)
        self.buffer = b""

    def line(self, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not self.sel.select(left):
                raise AssertionError(f"no word from the child in {timeout} s: {self.stderr()}")
            assert self.proc.stdout is not None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError(f"the zygote died: {self.stderr()}")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8")

    def stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None or self.proc.stderr.closed:
            return ""
        assert self.proc.stderr is not None
        return self.proc.stderr.read().decode("utf-8", "replace")[-2000:]

    def run(self, command: str, path: Path, doc: Path | None, kill_after: float) -> str:
        """Start a run, SIGKILL it ``kill_after`` seconds after READY; returns killed | finished | failed."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{command}\t{path}\t{doc or ''}\t{SECRETS['A']}\t{SECRETS['B']}\n".encode())
        self.proc.stdin.flush()
        pid = int(self.line().split()[1])
        ready_at: float | None = None
        outcome = ""
        while True:
            timeout = TIMEOUT if ready_at is None else max(0.0, ready_at + kill_after - time.monotonic())
            try:
                line = self.line(timeout) if timeout > 0 else None
            except AssertionError:
                if ready_at is None:
                    raise
                line = None
            if line is None:
                os.kill(pid, signal.SIGKILL)
                outcome = "killed"
                break
            word = line.split()[0]
            if word == "READY":
                ready_at = time.monotonic()
            elif word == "EXIT":
                return "finished" if line.split()[2] == "0" else "failed"
        while not self.line().startswith(f"EXIT {pid} "):
            pass
        return outcome

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None and self.proc.stderr is not None
        self.sel.close()
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()
        self.proc.stderr.close()


def open_either(path: Path) -> tuple[Vault, str]:
    for name in ("A", "B"):
        try:
            return Vault.open_with_passphrase(path, SECRETS[name]), name
        except WrongPassphraseError:
            continue
    raise AssertionError("the vault opens with neither the old nor the new passphrase")


def check_vault_sound(path: Path) -> str:
    vault, name = open_either(path)
    try:
        assert vault.integrity_check() == "ok"
        check = audit_log.check_vault(vault)
        assert check.ok, check.summary()
    finally:
        vault.close()
    return name


def leftovers(path: Path) -> list[str]:
    allowed = {path.name, key_path_for(path).name}
    return sorted(p.name for p in path.parent.iterdir() if p.is_file() and p.name not in allowed)


def test_killed_commands_leave_sound_vaults(tmp_path: Path, data_dir: Path) -> None:
    rng = random.Random(12_2026)
    table: dict[str, Counter[str]] = {}
    # The document imported into new paths: a small exported vault.
    source = unlock.create_vault(tmp_path / "source.vault", PASSPHRASE, kdf=TEST_KDF)
    add(ServiceContext(source, "voorzitter"), 12)
    doc_path = tmp_path / "doc.json"
    exchange.write_document(doc_path, exchange.export_vault(context_for(source)))
    source.close()
    zygote = Zygote(data_dir)
    started = time.monotonic()
    try:
        for command in ("demo", "import"):
            stats = table.setdefault(command, Counter())
            folder = data_dir / command
            folder.mkdir()
            path = folder / "new.vault"
            while stats["killed"] < KILLS:
                result = zygote.run(command, path, doc_path if command == "import" else None, rng.uniform(0, 0.5))
                assert result != "failed", zygote.stderr()
                stats[result] += 1
                if path.exists():
                    check_vault_sound(path)  # the open is the next ordinary run: it finishes a half-published vault
                    stats["vault complete"] += 1
                    assert key_path_for(path).exists()
                    assert leftovers(path) == []
                    for p in (path, key_path_for(path)):
                        p.unlink()
                else:
                    recover_staged(path)  # what the next build at that path does first
                    stats["no vault"] += 1
                    assert not key_path_for(path).exists(), "a key file without its database"
                    assert leftovers(path) == []
        vault_path = data_dir / "kill.vault"
        v = unlock.create_vault(vault_path, PASSPHRASE, kdf=TEST_KDF)
        add(context_for(v), 5)
        v.close()
        for command in ("backup", "rotate-key", "change-passphrase"):
            stats = table.setdefault(command, Counter())
            while stats["killed"] < KILLS:
                result = zygote.run(command, vault_path, None, rng.uniform(0, 0.4))
                assert result == "killed", f"{command}: {result} {zygote.stderr()}"
                stats[result] += 1
                stats[f"opens with {check_vault_sound(vault_path)}"] += 1
                assert leftovers(vault_path) == [], command
        # The next ordinary backup cleans what a killed one left in the backup folder.
        v, _ = open_either(vault_path)
        try:
            backup.create_backup(context_for(v))
            assert audit_log.check_vault(v).ok
            assert cases.list_cases(context_for(v))
        finally:
            v.close()
        folder = backup.backup_dir(vault_path)
        parts = sorted(p.name for p in folder.iterdir() if ".part" in p.name)
        assert parts == [], parts
        incomplete = sorted(p.name for p in folder.glob("*.vault") if not key_path_for(p).exists())
        table["backup"]["incomplete backups left"] = len(incomplete)
    finally:
        zygote.close()
    elapsed = time.monotonic() - started
    print(f"\nkill test: {elapsed:.1f} s")
    print(f"{'command':<18} {'kills':>5}  outcomes")
    for command, stats in table.items():
        rest = ", ".join(f"{k}: {n}" for k, n in sorted(stats.items()) if k != "killed")
        print(f"{command:<18} {stats['killed']:>5}  {rest}")
