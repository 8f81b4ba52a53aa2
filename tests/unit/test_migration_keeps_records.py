"""A vault of an earlier release opens, migrates and keeps every record (issue 16, "Done when").

The vault is made by this release, taken back to revision 0003 (the last one before the cell set-up)
and filled there through plain SQL, as that release wrote it: an organisation, two members, two
escalated cases, a closed meeting with their agenda items and a partner invited for the first, an
escalation decision for each (to the LTF for the first, without a target for the second), an
action and its update. Reopened, it is at the head revision with every row still there; migration
0005 copies the partner's one case into ``attendance_case``; migration 0006 turns the first case
into "in opvolging" with the escalation flag (LTF, since the meeting day: the decision has no
escalation date) and one audit event, and leaves the second "escalated" (no target on record, none
invented). A vault at revision 0005 whose escalated case already has the flag keeps the flag.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, select, text

from livcr_desktop.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    MeetingStatus,
    MemberKind,
)
from livcr_desktop.services import decisions, followup, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage import audit, models, schema
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import AUDIT_HEAD_SETTING, Vault
from tests.conftest import PASSPHRASE, TODAY

# One statement per row, in the columns revision 0003 has (the ones without a default are all given).
ROWS_AT_0003 = (
    "INSERT INTO organisation (id, name, short_name, sector, active)"
    " VALUES (1, 'Politiezone Noord', 'PZN', 'police', 1)",
    "INSERT INTO member (id, name, organisation_id, role, kind, active)"
    " VALUES (1, 'An Peeters', 1, 'voorzitter', 'core', 1)",
    "INSERT INTO member (id, name, organisation_id, role, kind, active)"
    " VALUES (2, 'Bert Claes', 1, 'jeugdconsulent', 'invited', 1)",
    "INSERT INTO case_file (id, code, pseudonym, first_name, last_name, is_minor, phenomenon, referrer_sector,"
    " registration_date, status, case_manager_id, next_review_date, on_next_agenda, screening_notes,"
    " created_at, updated_at) VALUES (1, 'LIVC-2025-007', 'Vlinder', '', '', 0, 'extremism', 'police',"
    " '2025-03-04', 'escalated', 1, '2026-12-10', 0, 'Gescreend', '2025-03-04 10:00:00', '2025-06-12 16:00:00')",
    "INSERT INTO case_file (id, code, pseudonym, first_name, last_name, is_minor, phenomenon, referrer_sector,"
    " registration_date, status, case_manager_id, next_review_date, on_next_agenda, screening_notes,"
    " created_at, updated_at) VALUES (2, 'LIVC-2025-008', 'Reiger', '', '', 0, 'radicalism', 'school',"
    " '2025-04-01', 'escalated', 1, NULL, 0, '', '2025-04-01 10:00:00', '2025-06-12 16:00:00')",
    "INSERT INTO meeting (id, number, kind, status, meeting_date, start_time, planned_minutes, place, chair_id,"
    " secretary_id, started_at, ended_at) VALUES (1, 'LIVC-2025-03', 'regular', 'closed', '2025-06-12',"
    " '14:00:00.000000', 120, 'Stadhuis', 1, 1, '2025-06-12 14:00:00', '2025-06-12 16:00:00')",
    "INSERT INTO agenda_item (id, meeting_id, position, kind, case_id, title, planned_minutes, elapsed_seconds)"
    " VALUES (1, 1, 1, 'case_review', 1, '', 15, 900)",
    "INSERT INTO agenda_item (id, meeting_id, position, kind, case_id, title, planned_minutes, elapsed_seconds)"
    " VALUES (2, 1, 2, 'case_review', 2, '', 15, 600)",
    "INSERT INTO attendance (id, meeting_id, member_id, status, feedback_consent) VALUES (1, 1, 1, 'present', 0)",
    "INSERT INTO attendance (id, meeting_id, member_id, status, invited_case_id, acknowledged_at, feedback_consent)"
    " VALUES (2, 1, 2, 'present', 1, '2025-06-12 14:05:00', 0)",
    "INSERT INTO decision (id, case_id, meeting_id, decision_type, reasons, expectations, referral_target,"
    " escalation_target, next_review_date, decided_at) VALUES (1, 1, 1, 'escalate', 'Dreiging neemt toe', '',"
    " '', 'LTF', '2026-12-10', '2025-06-12 15:00:00')",
    # release 0.1.0 let an escalation be recorded without a target
    "INSERT INTO decision (id, case_id, meeting_id, decision_type, reasons, expectations, referral_target,"
    " escalation_target, next_review_date, decided_at) VALUES (2, 2, 1, 'escalate', 'Signaal van de school', '',"
    " '', '  ', NULL, '2025-06-12 15:30:00')",
    "INSERT INTO action (id, case_id, meeting_id, description, owner_organisation_id, responsible_member_id,"
    " deadline, status, created_at, updated_at) VALUES (1, 1, 1, 'Huisbezoek', 1, 2, '2025-07-01', 'in_progress',"
    " '2025-06-12 15:10:00', '2025-06-20 09:00:00')",
    "INSERT INTO action_update (id, action_id, at, status, note, user)"
    " VALUES (1, 1, '2025-06-20 09:00:00', 'in_progress', 'Afspraak gemaakt', 'voorzitter')",
)
FILLED = {
    "organisation": 1,
    "member": 2,
    "case_file": 2,
    "meeting": 1,
    "agenda_item": 2,
    "attendance": 2,
    "decision": 2,
    "action": 1,
    "action_update": 1,
}


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows per table (SQLite's own tables and the full-text index's shadow tables left out)."""
    names = conn.scalars(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    ).all()
    tables = [n for n in names if not n.startswith("search_index_")]
    return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def test_a_vault_at_revision_0003_keeps_every_record_at_head(vault_path: Path) -> None:
    vault = create_vault(vault_path, PASSPHRASE, kdf=TEST_KDF)
    with vault.engine.begin() as conn:
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        assert schema.current_revision(conn) == "0003"
        for statement in ROWS_AT_0003:
            conn.execute(text(statement))
        before = row_counts(conn)
    vault.close()
    assert {t: before[t] for t in FILLED} == FILLED

    vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    try:
        assert vault.schema_revision() == schema.head_revision()
        with vault.engine.connect() as conn:
            after = row_counts(conn)
            settings = conn.scalars(text("SELECT key FROM setting")).all()
        # every table of 0003 keeps its rows; opening records the audit chain's head in the settings
        assert settings == [AUDIT_HEAD_SETTING]
        # ... and migration 0006 appends one audit event for the one case it changed
        changed = {"setting": before["setting"] + 1, "audit_event": before["audit_event"] + 1}
        assert {t: after[t] for t in before} == before | changed
        assert after["attendance_case"] == 1  # new at 0005: the invited partner's case, copied
        assert {t for t, n in after.items() if n and t not in before} == {"attendance_case"}
        check_rows(vault)
    finally:
        vault.close()


def check_rows(vault: Vault) -> None:
    with vault.session() as s:
        [link] = s.scalars(select(models.AttendanceCase)).all()
        assert (link.attendance_id, link.case_id) == (2, 1)
        assert s.get_one(models.Attendance, 2).invited_case_id == 1  # the old column still holds it
        # 0006: escalated to the LTF by decision 1 (no escalation date: the meeting's day), follow-up goes on
        case = s.get_one(models.Case, 1)
        assert (case.status, case.escalated_to, case.escalated_on) == (CaseStatus.FOLLOW_UP, "LTF", date(2025, 6, 12))
        assert (case.code, case.pseudonym, case.next_review_date) == ("LIVC-2025-007", "Vlinder", date(2026, 12, 10))
        assert (case.municipality, case.urgent, case.advice_only) == ("", False, False)  # 0005's defaults
        assert case.updated_at == datetime(2025, 6, 12, 16, 0)
        # no target on record: stays "opgeschaald", no flag invented
        other = s.get_one(models.Case, 2)
        assert (other.status, other.escalated_to, other.escalated_on) == (CaseStatus.ESCALATED, "", None)
        [event] = s.scalars(select(models.AuditEvent).where(models.AuditEvent.user == "(migratie 0006)")).all()
        assert (event.action, event.entity, event.entity_id) == ("update", "case", 1)
        assert json.loads(event.detail) == {
            "status": {"before": "escalated", "after": "follow_up"},
            "escalation": {"before": ["", None], "after": ["LTF", "2025-06-12"]},
            "decision": 1,
            "migration": "0006",
        }
        assert audit.verify_chain(s).ok
        meeting = s.get_one(models.Meeting, 1)
        assert (meeting.status, meeting.chair_id, meeting.secretary_id) == (MeetingStatus.CLOSED, 1, 1)
        assert [a.case_id for a in meeting.agenda] == [1, 2]
        statuses = s.scalars(select(models.Attendance.status).order_by(models.Attendance.id)).all()
        assert statuses == [AttendanceStatus.PRESENT, AttendanceStatus.PRESENT]
        decision = s.get_one(models.Decision, 1)
        assert (decision.decision_type, decision.escalation_target, decision.escalation_date) == (
            DecisionType.ESCALATE,
            "LTF",
            None,
        )
        action = s.get_one(models.Action, 1)
        assert (action.status, action.responsible_member_id, action.professional_secrecy) == (
            ActionStatus.IN_PROGRESS,
            2,
            False,
        )
    # ... and the services read them as the app does
    ctx = ServiceContext(vault, "voorzitter", today=lambda: TODAY)
    members = {m.id: m for m in reference.member_records(ctx)}
    assert {i: (m.name, m.kind, m.function, m.kernteam) for i, m in members.items()} == {
        1: ("An Peeters", MemberKind.CORE, "", False),
        2: ("Bert Claes", MemberKind.INVITED, "", False),
    }
    [org] = reference.organisation_records(ctx)
    assert (org.short_name, org.professional_secrecy, org.active_members) == ("PZN", False, 2)
    assert [d.id for d in decisions.decisions_for(ctx, 1)] == [1]
    assert [d.id for d in decisions.decisions_for(ctx, 2)] == [2]
    assert decisions.case_escalation(ctx, 1) == ("LTF", date(2025, 6, 12))
    assert [h.note for h in followup.action_history(ctx, 1)] == ["Afspraak gemaakt"]


def test_a_flagged_escalated_case_at_revision_0005_keeps_its_flag_in_follow_up(vault_path: Path) -> None:
    """A vault at 0005 may hold a case "opgeschaald" that already has the flag (an import): 0006 keeps the flag."""
    vault = create_vault(vault_path, PASSPHRASE, kdf=TEST_KDF)
    with vault.engine.begin() as conn:
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        conn.execute(
            text(
                "INSERT INTO case_file (id, code, pseudonym, first_name, last_name, is_minor, phenomenon,"
                " referrer_sector, registration_date, status, on_next_agenda, screening_notes, created_at,"
                " updated_at, escalated_to, escalated_on) VALUES (1, 'LIVC-2026-001', 'Merel', '', '', 0,"
                " 'extremism', 'police', '2026-09-01', 'escalated', 0, '', '2026-09-01 10:00:00',"
                " '2026-10-01 10:00:00', 'parket', '2026-10-01')"
            )
        )
        events = conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
    vault.close()

    vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.session() as s:
            case = s.get_one(models.Case, 1)
            assert (case.status, case.escalated_to, case.escalated_on) == (
                CaseStatus.FOLLOW_UP,
                "parket",
                date(2026, 10, 1),
            )
            [event] = s.scalars(select(models.AuditEvent).where(models.AuditEvent.id > events)).all()
            assert (event.user, event.entity, event.entity_id) == ("(migratie 0006)", "case", 1)
            assert json.loads(event.detail) == {
                "status": {"before": "escalated", "after": "follow_up"},
                "migration": "0006",
            }
            assert audit.verify_chain(s).ok
    finally:
        vault.close()
