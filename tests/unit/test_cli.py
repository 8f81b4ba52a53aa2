"""The command line as a user runs it: ``python -m livcr_desktop`` in a child process.

Passphrases come on standard input; exit codes are 0 (success), 1 (user error, one line on
stderr, no traceback) and 2 (usage).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from livcr_desktop import __version__
from livcr_desktop.storage import schema
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from tests.conftest import PASSPHRASE

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str = "", data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["LIVCR_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        [sys.executable, "-m", "livcr_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=data_dir,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], contains: str) -> None:
    assert proc.returncode == 1, proc
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("livcr-desktop: "), proc.stderr
    assert contains in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.fixture
def closed_vault(vault: Vault) -> Path:
    """The fixture's vault (TEST_KDF, so unlocking is cheap), closed so another process owns it."""
    vault.close()
    return vault.path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_reports_schema_and_integrity(closed_vault: Path, data_dir: Path) -> None:
    proc = run_cli("check", "--vault", str(closed_vault), stdin=PASSPHRASE + "\n", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert f"vault: {closed_vault}" in out
    assert f"schema: {schema.head_revision()}" in out
    assert "integrity_check: ok" in out
    assert "cases: 0" in out
    assert any(line.startswith("sqlcipher: 4.") for line in out), proc.stdout
    assert PASSPHRASE not in proc.stdout + proc.stderr


def test_check_accepts_windows_line_ending(closed_vault: Path, data_dir: Path) -> None:
    proc = run_cli("check", "--vault", str(closed_vault), stdin=PASSPHRASE + "\r\n", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr


def test_wrong_passphrase(closed_vault: Path, data_dir: Path) -> None:
    before = snapshot(data_dir)
    proc = run_cli("check", "--vault", str(closed_vault), stdin="not the passphrase\n", data_dir=data_dir)
    assert_one_line_error(proc, "wrong passphrase")
    assert proc.stdout == ""
    after = snapshot(data_dir)
    # The one new file is the record of the failed attempt (times only), for the next login's audit trail.
    attempts = after.pop(closed_vault.name + ".attempts")
    assert b"not the passphrase" not in attempts
    assert after == before


def test_no_passphrase_on_stdin(closed_vault: Path, data_dir: Path) -> None:
    proc = run_cli("check", "--vault", str(closed_vault), stdin="", data_dir=data_dir)
    assert_one_line_error(proc, "no passphrase")


def test_vault_that_does_not_exist(data_dir: Path) -> None:
    proc = run_cli("check", "--vault", str(data_dir / "nothing.vault"), stdin=PASSPHRASE + "\n", data_dir=data_dir)
    assert_one_line_error(proc, "not a LIVC-R vault")
    assert not (data_dir / "nothing.vault").exists()


def test_damaged_vault(closed_vault: Path, data_dir: Path) -> None:
    data = bytearray(closed_vault.read_bytes())
    data[len(data) // 2] ^= 0xFF
    data[100] ^= 0xFF
    closed_vault.write_bytes(bytes(data))
    proc = run_cli("check", "--vault", str(closed_vault), stdin=PASSPHRASE + "\n", data_dir=data_dir)
    assert_one_line_error(proc, "damaged")


def test_damaged_key_file(closed_vault: Path, data_dir: Path) -> None:
    key_path_for(closed_vault).write_text('{"format": "livcr-desktop-keyslots", "version": 1, "slots": [{}]}')
    proc = run_cli("check", "--vault", str(closed_vault), stdin=PASSPHRASE + "\n", data_dir=data_dir)
    assert_one_line_error(proc, "not a LIVC-R vault")


def test_newer_vault(closed_vault: Path, data_dir: Path) -> None:
    kpath = key_path_for(closed_vault)
    kpath.write_text(kpath.read_text(encoding="utf-8").replace('"version": 1', '"version": 99'))
    proc = run_cli("check", "--vault", str(closed_vault), stdin=PASSPHRASE + "\n", data_dir=data_dir)
    assert_one_line_error(proc, "newer version")


@pytest.mark.parametrize(
    "args",
    [("check",), ("frobnicate",), ("--lang", "de"), ("check", "--vault")],
    ids=["check-without-vault", "unknown-command", "bad-language", "vault-without-path"],
)
def test_bad_usage_exits_2(args: tuple[str, ...], data_dir: Path) -> None:
    proc = run_cli(*args, data_dir=data_dir)
    assert proc.returncode == 2, proc
    assert "usage:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_version(data_dir: Path) -> None:
    proc = run_cli("--version", data_dir=data_dir)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"livcr-desktop {__version__}"


def test_help(data_dir: Path) -> None:
    proc = run_cli("--help", data_dir=data_dir)
    assert proc.returncode == 0
    assert "check" in proc.stdout and "demo" in proc.stdout


def test_files_written_by_the_cli_are_owner_only(data_dir: Path) -> None:
    """After the CLI opened the vault and wrote its login event, every file is still owner-only."""
    path = data_dir / "cli.vault"
    Vault.create(path, PASSPHRASE, kdf=TEST_KDF).close()
    proc = run_cli("check", "--vault", str(path), stdin=PASSPHRASE + "\n", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    for f in data_dir.iterdir():
        assert f.stat().st_mode & 0o077 == 0, f.name


DEMO_AVAILABLE = importlib.util.find_spec("livcr_desktop.services.demo") is not None


@pytest.mark.skipif(not DEMO_AVAILABLE, reason="livcr_desktop.services.demo is not written yet")
def test_demo_then_check(data_dir: Path) -> None:
    path = data_dir / "demo" / "demo.vault"
    demo_passphrase = "demo wachtwoordzin 2026"
    proc = run_cli("demo", "--vault", str(path), stdin=demo_passphrase + "\n", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert str(path) in proc.stdout

    proc = run_cli("check", "--vault", str(path), stdin=demo_passphrase + "\n", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    counts = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    assert int(counts["cases"]) >= 30
    assert int(counts["organisations"]) > 0
    assert counts["integrity_check"] == "ok"
    assert counts["schema"] == schema.head_revision()

    again = run_cli("demo", "--vault", str(path), stdin=demo_passphrase + "\n", data_dir=data_dir)
    assert_one_line_error(again, "already exists")


@pytest.mark.skipif(not DEMO_AVAILABLE, reason="livcr_desktop.services.demo is not written yet")
def test_demo_refuses_a_short_passphrase(data_dir: Path) -> None:
    path = data_dir / "short.vault"
    proc = run_cli("demo", "--vault", str(path), stdin="kort\n", data_dir=data_dir)
    assert_one_line_error(proc, "too short")
    assert not path.exists()
