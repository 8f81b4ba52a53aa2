"""The window closes the vault cleanly on SIGTERM (a desktop logout) and SIGHUP (issue 12, point 11).

The real application runs as a child process (``python -m livcr_desktop --vault V
--passphrase-stdin``, offscreen); once its session has started, it gets the signal and must
exit with code 0 within seconds, with the WAL checkpointed (the ``-wal`` file empty or gone) and
the audit head recorded at close equal to the chain's head.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _wait_for(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(predicate) and predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_the_window_closes_the_vault_cleanly_on_a_signal(tmp_path: Path, signum: signal.Signals) -> None:
    data = tmp_path / "appdata"
    data.mkdir(mode=0o700)
    path = tmp_path / "vaults" / "cell.vault"
    path.parent.mkdir()
    create_vault(path, PASSPHRASE, kdf=TEST_KDF).close()
    log = data / "logs" / "livcr-desktop.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIVCR_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "livcr_desktop", "--vault", str(path), "--passphrase-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    err = ""
    try:
        assert proc.stdin is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        started = _wait_for(
            lambda: (log.exists() and "session started" in log.read_text(encoding="utf-8")) or proc.poll() is not None,
            60,
        )
        if not started or proc.poll() is not None:
            proc.kill()
            pytest.fail(f"the app did not start: exit {proc.wait()}")
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()  # the session is open, in WAL mode
        sent = time.monotonic()
        proc.send_signal(signum)
        code = proc.wait(timeout=15)
        elapsed = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            err = proc.stderr.read()
            proc.stderr.close()
    assert code == 0, err
    assert elapsed < 5, f"took {elapsed:.1f} s to quit"
    assert "Traceback" not in err and "internal error" not in err, err
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed
    assert f"signal {int(signum)}: closing the vault" in log.read_text(encoding="utf-8")
    vault = Vault.open_with_passphrase(path, PASSPHRASE)
    try:
        head, authentic = vault.recorded_audit_head()
        assert authentic and head is not None
        assert vault.current_audit_head().same_position(head)  # the session's events are all recorded
        assert vault.heads_not_reached() == []
    finally:
        vault.close()


def test_without_a_handler_a_signal_would_leave_the_wal_unmerged(tmp_path: Path) -> None:
    """The control: the same start killed with SIGKILL (no handler can run) leaves the WAL with data.

    This shows the check above can fail: only the clean close path empties the WAL.
    """
    data = tmp_path / "appdata"
    data.mkdir(mode=0o700)
    path = tmp_path / "vaults" / "cell.vault"
    path.parent.mkdir()
    create_vault(path, PASSPHRASE, kdf=TEST_KDF).close()
    log = data / "logs" / "livcr-desktop.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIVCR_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "livcr_desktop", "--vault", str(path), "--passphrase-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        assert proc.stdin is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        assert _wait_for(lambda: log.exists() and "session started" in log.read_text(encoding="utf-8"), 60)
    finally:
        proc.kill()
        proc.wait()
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
