"""Wrong passphrases count across processes and restarts (issue 12, point 9).

They are recorded beside the vault in ``<vault>.attempts`` (times only, 0600, written durably), the
growing pause is computed from that record, and the next successful login appends them to the
audit trail and clears the record. Limit (docs/security.md): whoever can delete files in the
vault's folder can delete the record, which resets the pause and hides those attempts.
"""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.services import audit_log, unlock
from livcr_desktop.storage import models
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse)
from tests.unit.test_audit_chain import run_cli

WRONG = "not the passphrase at all"


@pytest.fixture
def closed(vault: Vault) -> Path:
    path = vault.path
    vault.close()
    return path


def fail(path: Path, n: int) -> None:
    for _ in range(n):
        with pytest.raises(WrongPassphraseError):
            unlock.open_vault(path, WRONG, unlock.PassphraseThrottle(base_seconds=0.001, cap_seconds=0.01))


def test_a_fresh_throttle_sees_the_failures_of_another(closed: Path) -> None:
    fail(closed, 3)
    record = audit_log.attempts_path_for(closed)
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    text = record.read_text(encoding="utf-8")
    assert WRONG not in text and len(json.loads(text)["times"]) == 3  # times only
    fresh = unlock.PassphraseThrottle()  # another process, or the window after a restart
    fresh.bind(closed)
    assert fresh.failures == 3
    assert 3.0 < fresh.remaining() <= 4.0  # 1, 2, 4 s: the third failure's pause, counted from its time
    other = unlock.PassphraseThrottle(cap_seconds=2.0)
    other.bind(closed)
    assert other.remaining() <= 2.0


def test_a_wrong_passphrase_on_the_command_line_reaches_the_trail(closed: Path, data_dir: Path) -> None:
    proc = run_cli(data_dir, "check", "--vault", str(closed), stdin=WRONG + "\n")
    assert proc.returncode == 1 and "wrong passphrase" in proc.stderr + proc.stdout
    assert len(audit_log.read_attempts(closed)) == 1
    throttle = unlock.PassphraseThrottle(base_seconds=0.001)
    v = unlock.open_vault(closed, PASSPHRASE, throttle)
    try:
        with v.session() as s:
            event = s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "failed_login")).one()
        assert json.loads(event.detail)["count"] == 1
    finally:
        v.close()
    assert not audit_log.attempts_path_for(closed).exists()  # cleared at the login that recorded them
    assert unlock.FAILED_LOGINS.flush is not None and len(unlock.FAILED_LOGINS) == 0


def test_the_pause_holds_across_calls_of_open_vault(closed: Path) -> None:
    fail(closed, 1)
    throttle = unlock.PassphraseThrottle(base_seconds=1.5)
    throttle.bind(closed)
    waiting = throttle.remaining()
    assert 0.5 < waiting <= 1.5
    started = time.monotonic()
    v = unlock.open_vault(closed, PASSPHRASE, throttle)  # a new call (a new process) waits out the pause first
    v.close()
    assert time.monotonic() - started >= waiting - 0.05


def test_deleting_the_record_only_resets_the_pause(closed: Path) -> None:
    fail(closed, 2)
    audit_log.attempts_path_for(closed).unlink()  # the documented limit
    fresh = unlock.PassphraseThrottle()
    fresh.bind(closed)
    assert fresh.failures == 0 and fresh.remaining() == 0.0
    v = unlock.open_vault(closed, PASSPHRASE, fresh)
    try:
        with v.session() as s:
            assert "failed_login" not in set(s.scalars(select(models.AuditEvent.action)))
    finally:
        v.close()
