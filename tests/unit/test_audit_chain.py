"""The audit trail: what is recorded, and every kind of tampering with the table detected.

Tampering is done as an attacker with the database key would: SQL straight on the encrypted
database (``vault.engine``), bypassing the services. The checks name the first broken event.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Phenomenon
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import assessment, audit_log, backup, cases, decisions, meetings, minutes, projection
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import open_vault
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.keyslots import KeyFile
from livcr_desktop.storage.vault import AuditHead, Vault, _signed_head, key_path_for
from tests.conftest import PASSPHRASE, TODAY
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse: TEST_KDF vaults are not upgraded)
from tests.helpers.meeting_factory import make_cell, make_meeting

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY = "Audit-kanarie-5e7d01"


def ctx_of(v: Vault) -> ServiceContext:
    return ServiceContext(v, "voorzitter", today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 14, 0))


def add_cases(ctx: ServiceContext, n: int) -> list[int]:
    return [
        cases.create_case(
            ctx,
            CaseDraft(
                code=f"LIVC-2026-{i:03d}",
                pseudonym=f"Casus {i}",
                phenomenon=Phenomenon.RADICALISM,
                registration_date=date(2026, 1, 1),
            ),
        )
        for i in range(1, n + 1)
    ]


def sql(vault_: Vault, statement: str, **params: object) -> None:
    with vault_.engine.begin() as conn:
        conn.execute(text(statement), params)


def event_count(v: Vault) -> int:
    with v.session() as s:
        return int(s.scalar(select(func.count()).select_from(models.AuditEvent)) or 0)


@pytest.fixture
def trail(vault: Vault, ctx: ServiceContext) -> Vault:
    """A vault with 1 + 8 events whose head was recorded (closed and opened again)."""
    add_cases(ctx, 8)
    path = vault.path
    vault.close()
    return Vault.open_with_passphrase(path, PASSPHRASE)


# -- what is recorded ----------------------------------------------------------------------------


def test_every_kind_of_event_is_recorded(ctx: ServiceContext, vault: Vault) -> None:
    """create, update, delete, identity read and reveal, export, print, finalise, sign, login, failed login, lock."""
    cell = make_cell(ctx)
    due = cell.cases["due"]
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    cid = assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["PZ"], "online", "iets"))
    assessment.delete_contribution(ctx, cid)
    draft = cases.get_case(ctx, due, with_identity=True)
    draft.screening_notes = "bijgewerkt"
    cases.update_case(ctx, due, draft)
    item = next(e for e in meetings.get_meeting(ctx, mid).agenda if e.case_id == due)
    assert projection.reveal_identity(ctx, mid, item.id) is not None
    minutes.render_variant(ctx, mid, Variant.FULL)  # export
    minutes.render_variant(ctx, mid, Variant.FULL, purpose="print")
    info = minutes.finalise(ctx, mid)
    minutes.store_signed(ctx, info.id, b"%PDF-1.7 signed stand-in", "voorzitter")
    path = vault.path
    audit_log.record_lock(ctx)
    vault.close()
    memory = audit_log.FailedLoginMemory()
    memory.note()
    memory.note("secretaris")
    v = open_vault(path, PASSPHRASE)
    try:
        assert memory.flush(v) == 2 and len(memory) == 0
        with v.session() as s:
            events = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id)).all()
            assert audit.verify_chain(s).ok
        actions = {e.action for e in events}
        for wanted in (
            "create",
            "update",
            "delete",
            "read_identity",
            projection.REVEAL_ACTION,
            "export",
            "print",
            "finalise",
            "sign",
            "login",
            "failed_login",
            "lock",
        ):
            assert wanted in actions, wanted
        failed = next(e for e in events if e.action == "failed_login")
        detail = json.loads(failed.detail)
        assert failed.user == audit_log.UNKNOWN_USER  # who typed the wrong passphrase is not known
        assert detail["count"] == 2 and len(detail["times"]) == 2 and detail["users_tried"] == ["secretaris"]
        assert detail["reported_at_login_of"] == "voorzitter"
        lock = next(e for e in events if e.action == "lock")
        assert lock.user == "voorzitter"
        # Identities never enter the trail, even for the events about reading them.
        assert not any("Geheimnaam" in e.detail for e in events)
        assert audit_log.check_vault(v).ok
    finally:
        v.close()


def test_no_failed_logins_no_event(vault: Vault) -> None:
    before = event_count(vault)
    audit_log.record_failed_logins(vault, [])
    assert event_count(vault) == before
    audit_log.record_failed_logins(vault, [datetime(2026, 11, 21, 8, 0, tzinfo=UTC)])
    assert event_count(vault) == before + 1


def test_lock_records_the_head_in_the_key_file(ctx: ServiceContext, vault: Vault) -> None:
    add_cases(ctx, 2)
    audit_log.record_lock(ctx)
    head, authentic = vault.recorded_audit_head()
    assert authentic and head is not None
    assert head.events == event_count(vault) and head.last_id == head.events
    with vault.session() as s:
        assert json.loads(s.get_one(models.Setting, "audit_head").value)["last_id"] == head.last_id


def test_summaries_show_no_free_text(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    aid = decisions.add_action(
        ctx, ActionDraft(cell.cases["due"], mid, "eerste", cell.orgs["PZ"], None, date(2026, 12, 20))
    )
    decisions.update_action(
        ctx, aid, ActionDraft(cell.cases["due"], mid, CANARY, cell.orgs["PZ"], None, date(2026, 12, 21))
    )
    rows = audit_log.recent_events(ctx, 50)
    assert rows[0].action == "update" and rows[0].entity == "action"
    shown = " ".join(r.summary for r in rows)
    assert CANARY not in shown and "Burgemeester" not in shown  # free text and names stay out
    assert "description" in rows[0].summary


# -- tampering -----------------------------------------------------------------------------------


def test_intact_trail(trail: Vault) -> None:
    check = audit_log.check_vault(trail)
    assert check.ok and check.first_broken_id is None
    assert check.events == 9 and check.recorded is not None and check.recorded.events == 9
    assert check.summary() == "audit chain: ok, 9 events"
    trail.close()


@pytest.mark.parametrize("column", ["detail", "user", "action", "at", "entity_id"])
def test_edited_row_is_detected(trail: Vault, column: str) -> None:
    value = {
        "detail": '{"code": "LIVC-2026-999"}',
        "user": "iemand-anders",
        "action": "read",
        "at": "2020-01-01 00:00:00.000000",
        "entity_id": 99,
    }[column]
    sql(trail, f"UPDATE audit_event SET {column} = :v WHERE id = 5", v=value)
    check = audit_log.check_vault(trail)
    assert not check.ok
    assert (check.first_broken_id, check.first.code if check.first else "") == (5, "changed")
    assert "BROKEN at event 5" in check.summary()
    trail.close()


def test_recomputed_hash_of_an_edited_row_breaks_the_next_link(trail: Vault) -> None:
    """Fixing the edited row's own hash moves the break to the next event (its prev_hash)."""
    with trail.session() as s:
        ev = s.get_one(models.AuditEvent, 4)
        ev.detail = '{"code": "LIVC-2026-777"}'
        ev.hash = audit._digest(ev.prev_hash, ev.id, ev.at, ev.user, ev.action, ev.entity, ev.entity_id, ev.detail)
    check = audit_log.check_vault(trail)
    assert (check.first_broken_id, check.first.code if check.first else "") == (5, "link")
    trail.close()


def test_deleted_row_in_the_middle_is_detected(trail: Vault) -> None:
    sql(trail, "DELETE FROM audit_event WHERE id = 4")
    check = audit_log.check_vault(trail)
    assert (check.first_broken_id, check.first.code if check.first else "") == (5, "missing")
    trail.close()


def test_deleted_and_renumbered_rows_are_detected(trail: Vault) -> None:
    sql(trail, "DELETE FROM audit_event WHERE id = 4")
    sql(trail, "UPDATE audit_event SET id = id - 1 WHERE id > 4")
    check = audit_log.check_vault(trail)
    assert (check.first_broken_id, check.first.code if check.first else "") == (4, "link")
    trail.close()


def test_reordered_rows_are_detected(trail: Vault) -> None:
    sql(trail, "UPDATE audit_event SET id = -1 WHERE id = 3")
    sql(trail, "UPDATE audit_event SET id = 3 WHERE id = 4")
    sql(trail, "UPDATE audit_event SET id = 4 WHERE id = -1")
    check = audit_log.check_vault(trail)
    assert (check.first_broken_id, check.first.code if check.first else "") == (3, "link")
    trail.close()


def test_deleted_last_rows_are_detected(trail: Vault) -> None:
    """Truncation leaves an intact but shorter chain: the recorded head tells."""
    sql(trail, "DELETE FROM audit_event WHERE id >= 7")
    with trail.session() as s:
        assert audit.verify_chain(s).ok  # the chain alone cannot see it
    check = audit_log.check_vault(trail)
    assert not check.ok
    assert check.first is not None and check.first.code == "truncated" and check.first_broken_id == 7
    assert "missing at the end" in check.summary()
    trail.close()


def test_truncation_with_the_setting_rewound_is_still_detected(trail: Vault) -> None:
    """The attacker also rewinds the head in the setting table; the key file's authenticated copy remains."""
    sql(trail, "DELETE FROM audit_event WHERE id >= 7")
    with trail.session() as s:
        rewound = AuditHead(6, 6, s.get_one(models.AuditEvent, 6).hash, "")
    sql(trail, "UPDATE setting SET value = :v WHERE key = 'audit_head'", v=json.dumps(rewound.as_dict()))
    check = audit_log.check_vault(trail)
    assert [p.code for p in check.problems][:1] == ["truncated"] and check.first_broken_id == 7
    trail.close()


def test_edited_head_in_the_key_file_is_detected(trail: Vault) -> None:
    """Rewinding the key file's head without the key: its HMAC no longer holds."""
    kpath = key_path_for(trail.path)
    doc = json.loads(kpath.read_text(encoding="utf-8"))
    doc["audit_head"]["events"] = doc["audit_head"]["last_id"] = 6
    kpath.write_text(json.dumps(doc), encoding="utf-8")
    check = audit_log.check_vault(trail)
    assert "head_forged" in [p.code for p in check.problems]
    trail.close()


def test_consistent_rewrite_is_caught_by_a_backup(trail: Vault, data_dir: Path) -> None:
    """An attacker with the key rewrites table, setting and key file consistently; a backup disagrees."""
    ctx = ctx_of(trail)
    backup.create_backup(ctx)
    # Rewrite history from event 3 on: a new detail, then every later hash recomputed.
    with trail.session() as s:
        events = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id)).all()
        prev = events[1].hash
        for ev in events[2:]:
            if ev.id == 3:
                ev.detail = '{"code": "LIVC-2026-555"}'
            ev.prev_hash = prev
            ev.hash = audit._digest(prev, ev.id, ev.at, ev.user, ev.action, ev.entity, ev.entity_id, ev.detail)
            prev = ev.hash
    head = trail.current_audit_head()
    sql(trail, "UPDATE setting SET value = :v WHERE key = 'audit_head'", v=json.dumps(head.as_dict()))
    kpath = key_path_for(trail.path)
    key_file = KeyFile.load(kpath)
    key_file.audit_head = _signed_head(head, trail._db_key)  # the attacker holds the key
    key_file.save(kpath)
    assert audit_log.check_vault(trail, backups=[]).ok  # without the backup: undetectable
    check = audit_log.check_vault(trail)
    assert check.backups_checked == 1
    assert not check.ok and check.first is not None and check.first.code == "backup_differs"
    trail.close()


# -- the command line ----------------------------------------------------------------------------


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


def test_cli_audit_verify_ok_then_broken(trail: Vault, data_dir: Path) -> None:
    path = trail.path
    trail.close()
    ok = run_cli(data_dir, "audit", "verify", "--vault", str(path))
    assert ok.returncode == 0, ok.stderr
    assert re.fullmatch(r"audit chain: ok, \d+ events", ok.stdout.splitlines()[0]), ok.stdout
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    sql(v, "UPDATE audit_event SET detail = '{}' WHERE id = 6")
    v.close()
    broken = run_cli(data_dir, "audit", "verify", "--vault", str(path))
    assert broken.returncode == 1
    assert broken.stdout.splitlines()[0] == "audit chain: BROKEN at event 6: event was changed"
    assert "Traceback" not in broken.stderr
    tail = run_cli(data_dir, "audit", "tail", "--vault", str(path), "-n", "3")
    assert tail.returncode == 0 and len(tail.stdout.splitlines()) == 3


def test_cli_audit_verify_reports_truncation(trail: Vault, data_dir: Path) -> None:
    path = trail.path
    sql(trail, "DELETE FROM audit_event WHERE id >= 8")
    trail._closed = True  # a crash: nothing recorded at close, the WAL is left for the next open
    trail.engine.dispose()
    proc = run_cli(data_dir, "audit", "verify", "--vault", str(path))
    assert proc.returncode == 1, proc.stderr
    # The CLI's own login (and first-login user record) reuse ids 8 and up: event 9 of the recorded
    # head is then either missing at the end or another event in its place.
    first = proc.stdout.splitlines()[0]
    assert re.fullmatch(
        r"audit chain: BROKEN at event (8|9): (events (8|9) to 9 are missing at the end .*"
        r"|event 9 is not the one the (key file|vault settings) recorded)",
        first,
    ), first
