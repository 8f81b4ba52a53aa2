"""Meetings through the services: agenda proposal and editing, attendance, assessment, decisions, actions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    MeetingStatus,
    Qualification,
)
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft, MeetingDraft
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import assessment, attendance, cases, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models
from tests.helpers.meeting_factory import make_cell, make_meeting, mark_new_referral


def row_counts(ctx: ServiceContext) -> dict[str, int]:
    from sqlalchemy import func, select

    with ctx.vault.session() as s:
        return {
            m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (models.Decision, models.Action, models.Contribution, models.Meeting, models.AgendaItem)
        }


def test_proposed_agenda_review_first_then_due_then_new(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mid = make_meeting(ctx, cell)
    m = meetings.get_meeting(ctx, mid)
    kinds = [(e.kind, e.case_id) for e in m.agenda]
    assert kinds == [
        (AgendaItemKind.ACTION_REVIEW, None),
        (AgendaItemKind.CASE_REVIEW, cell.cases["due"]),
        (AgendaItemKind.NEW_REFERRAL, cell.cases["pseudo"]),
    ]
    assert m.number == "2026/01" and m.status is MeetingStatus.PLANNED
    # every core member is on the attendance list; invited members are added per case
    assert {a.member_name for a in m.attendance} == {
        "Burgemeester Voorbeeld",
        "Secretaris Fictief",
        "Inspecteur Verzonnen",
        "Maatschappelijk Werker Test",
    }


def test_meeting_validation(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as err:
        meetings.create_meeting(ctx, MeetingDraft())
    assert {i.field for i in err.value.issues} == {"meeting_date", "place", "chair_id"}
    assert meetings.list_meetings(ctx) == []


def test_agenda_reorder_add_remove(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    extra = meetings.add_agenda_item(ctx, mid, case_id=cell.cases["later"])
    other = meetings.add_agenda_item(ctx, mid, title="Varia: nieuwe omzendbrief", position=1)
    ids = [e.id for e in meetings.get_meeting(ctx, mid).agenda]
    assert ids[1] == other and ids[-1] == extra
    meetings.move_agenda_item(ctx, extra, 0)
    agenda = meetings.get_meeting(ctx, mid).agenda
    assert agenda[0].id == extra and [e.position for e in agenda] == list(range(len(agenda)))
    meetings.remove_agenda_item(ctx, other)
    assert other not in [e.id for e in meetings.get_meeting(ctx, mid).agenda]
    with pytest.raises(ValidationError):
        meetings.add_agenda_item(ctx, mid, title="  ")


def test_attendance_and_acknowledgement(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    assert not attendance.attendance_complete(ctx, mid)
    attendance.set_attendance(ctx, mid, cell.members["jh"], AttendanceStatus.PRESENT, invited_case_id=cell.cases["due"])
    attendance.set_attendance(ctx, mid, cell.members["ocmw"], AttendanceStatus.EXCUSED)
    with pytest.raises(ValueError):
        attendance.acknowledge(ctx, mid, cell.members["ocmw"])
    for key in ("chair", "secretary", "police", "jh"):
        attendance.acknowledge(ctx, mid, cell.members[key])
    assert attendance.attendance_complete(ctx, mid)
    rows = {a.member_id: a for a in meetings.get_meeting(ctx, mid).attendance}
    assert rows[cell.members["jh"]].invited_case_id == cell.cases["due"]
    assert rows[cell.members["police"]].acknowledged_at is not None
    assert rows[cell.members["ocmw"]].status is AttendanceStatus.EXCUSED


def test_assessment_grid_with_previous_levels(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    first = make_meeting(ctx, cell, date(2026, 10, 1))
    second = make_meeting(ctx, cell, date(2026, 11, 25))
    case = cell.cases["due"]
    assessment.set_domain_assessment(ctx, case, first, "online", concern_level=1)
    assessment.set_domain_assessment(ctx, case, second, "online", risk_factors="extreme forums", concern_level=3)
    assessment.add_contribution(
        ctx, ContributionDraft(case, second, cell.orgs["PZ"], "online", "Gezien op forum", no_projection=True)
    )
    assessment.add_contribution(
        ctx,
        ContributionDraft(
            case, second, cell.orgs["OCMW"], "family", "Thuis onrustig", professional_secrecy=True, confirmed=True
        ),
    )
    assessment.add_contribution(ctx, ContributionDraft(case, second, cell.orgs["CLB"], None, declines_to_share=True))
    assessment.set_assessment(ctx, case, second, summary="Zorgwekkend", qualification=Qualification.Q2)
    grid = assessment.assessment_grid(ctx, case, second)
    online = next(r for r in grid.rows if r.life_domain == "online")
    assert online.concern_level == 3 and online.previous_level == 1 and online.risk_factors == "extreme forums"
    assert [c.text for c in online.contributions[cell.orgs["PZ"]]] == ["Gezien op forum"]
    assert grid.organisations[0] == (cell.orgs["PZ"], "PZ")
    assert [d.organisation for d in grid.declined] == ["CLB"]
    assert grid.qualification is Qualification.Q2 and grid.summary == "Zorgwekkend"
    assert len(grid.rows) == 12


def test_contribution_validation_and_delete_returns_draft(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    with pytest.raises(ValidationError):
        assessment.add_contribution(ctx, ContributionDraft(cell.cases["due"], mid, cell.orgs["PZ"], "nonsense", "x"))
    with pytest.raises(ValidationError):
        assessment.add_contribution(ctx, ContributionDraft(cell.cases["due"], mid, cell.orgs["PZ"], "online", "  "))
    cid = assessment.add_contribution(ctx, ContributionDraft(cell.cases["due"], mid, cell.orgs["PZ"], "online", "T"))
    draft = assessment.delete_contribution(ctx, cid)
    assert draft.text == "T" and row_counts(ctx)["contribution"] == 0


def test_decision_drives_case_status_and_validation(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    case = cell.cases["due"]
    before = row_counts(ctx)
    for bad in (
        DecisionDraft(case, mid),
        DecisionDraft(case, mid, DecisionType.CONTINUE_FOLLOW_UP, next_review_date=date(2026, 11, 1)),
        DecisionDraft(case, mid, DecisionType.ESCALATE),
    ):
        with pytest.raises(ValidationError):
            decisions.record_decision(ctx, bad)
    assert row_counts(ctx) == before
    assert cases.list_cases(ctx)[0].status is CaseStatus.REGISTERED
    decisions.record_decision(
        ctx,
        DecisionDraft(
            case,
            mid,
            DecisionType.ESCALATE,
            reasons="Dreiging",
            escalation_target="LTF",
            next_review_date=date(2027, 1, 10),
        ),
    )
    summary = {c.id: c for c in cases.list_cases(ctx)}[case]
    # Escalation is a flag alongside the cell's own follow-up (docs/decisions.md).
    assert summary.status is CaseStatus.FOLLOW_UP and summary.next_review_date == date(2027, 1, 10)
    with ctx.vault.session() as s:
        row = s.get_one(models.Case, case)
        assert (row.escalated_to, row.escalated_on) == ("LTF", meetings.get_meeting(ctx, mid).meeting_date)
    decisions.record_decision(ctx, DecisionDraft(cell.cases["later"], mid, DecisionType.CLOSE, reasons="Geen zorgen"))
    closed = {c.id: c for c in cases.list_cases(ctx)}[cell.cases["later"]]
    assert closed.status is CaseStatus.CLOSED and closed.next_review_date is None


def test_actions_validation_status_and_review(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    earlier = make_meeting(ctx, cell, date(2026, 11, 21))
    case = cell.cases["due"]
    before = row_counts(ctx)
    for bad in (
        ActionDraft(case, earlier, "", cell.orgs["OCMW"], None, date(2026, 12, 1)),
        ActionDraft(case, earlier, "Huisbezoek", None, None, date(2026, 12, 1)),
        ActionDraft(case, earlier, "Huisbezoek", cell.orgs["OCMW"], None, None),
        ActionDraft(case, earlier, "Huisbezoek", cell.orgs["OCMW"], None, date(2026, 11, 1)),  # in the past
    ):
        with pytest.raises(ValidationError):
            decisions.add_action(ctx, bad)
    assert row_counts(ctx) == before
    a1 = decisions.add_action(
        ctx, ActionDraft(case, earlier, "Huisbezoek", cell.orgs["OCMW"], cell.members["ocmw"], date(2026, 12, 1))
    )
    a2 = decisions.add_action(
        ctx, ActionDraft(case, earlier, "Gesprek school", cell.orgs["CLB"], None, date(2026, 12, 5))
    )
    later = make_meeting(ctx, cell, date(2026, 12, 15))
    review = decisions.open_actions_for_review(ctx, later)
    assert [a.id for a in review] == [a1, a2]
    meetings.start_meeting(ctx, later)
    decisions.set_action_status(ctx, a1, ActionStatus.DONE, "Bezoek gebeurd op 30/11")
    review_by_id = {a.id: a for a in decisions.open_actions_for_review(ctx, later)}
    # Marked during this meeting: stays visible in the review item, with its new status.
    assert review_by_id[a1].status is ActionStatus.DONE and review_by_id[a2].status is ActionStatus.OPEN
    with ctx.vault.session() as s:
        from sqlalchemy import select

        notes = s.scalars(select(models.ActionUpdate.note).where(models.ActionUpdate.action_id == a1)).all()
    assert "Bezoek gebeurd op 30/11" in notes


def test_finalised_meeting_is_locked(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    with ctx.vault.session() as s:
        s.get_one(models.Meeting, mid).status = MeetingStatus.FINALISED
    with pytest.raises(meetings.MeetingLockedError):
        assessment.add_contribution(ctx, ContributionDraft(cell.cases["due"], mid, cell.orgs["PZ"], "online", "x"))
    with pytest.raises(meetings.MeetingLockedError):
        decisions.record_decision(ctx, DecisionDraft(cell.cases["due"], mid, DecisionType.CLOSE))


def test_every_change_is_in_the_audit_chain(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    decisions.record_decision(
        ctx, DecisionDraft(cell.cases["due"], mid, DecisionType.START_FOLLOW_UP, next_review_date=date(2027, 1, 10))
    )
    with ctx.vault.session() as s:
        report = audit.verify_chain(s)
        from sqlalchemy import select

        entities = set(s.scalars(select(models.AuditEvent.entity)))
    assert report.ok
    assert {"meeting", "decision", "case", "organisation", "member"} <= entities


def test_typing_bursts_commit_every_time_but_audit_once(ctx: ServiceContext) -> None:
    from sqlalchemy import func, select

    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    case = cell.cases["due"]

    def events() -> int:
        with ctx.vault.session() as s:
            return int(
                s.scalar(
                    select(func.count()).select_from(models.AuditEvent).where(models.AuditEvent.entity == "assessment")
                )
                or 0
            )

    text = ""
    for ch in "Zorgwekkend":
        text += ch
        assessment.set_assessment(ctx, case, mid, summary=text)
        assert assessment.assessment_grid(ctx, case, mid).summary == text  # committed each time
    assert events() == 1
    assessment.set_assessment(ctx, case, mid, qualification=Qualification.Q1)  # a different change
    assert events() == 2
    with ctx.vault.session() as s:
        assert audit.verify_chain(s).ok


def test_members_start_unregistered_and_acknowledging_registers_them(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    rows = meetings.get_meeting(ctx, mid).attendance
    assert rows and all(a.status is AttendanceStatus.UNREGISTERED and a.acknowledged_at is None for a in rows)
    attendance.acknowledge(ctx, mid, cell.members["police"])  # being at the table and acknowledging
    by_member = {a.member_id: a for a in meetings.get_meeting(ctx, mid).attendance}
    assert by_member[cell.members["police"]].status is AttendanceStatus.PRESENT
    assert by_member[cell.members["chair"]].status is AttendanceStatus.UNREGISTERED
    assert not attendance.attendance_complete(ctx, mid)  # others are not registered yet
    with pytest.raises(ValueError):
        attendance.acknowledge(ctx, mid, cell.members["chair"], acknowledged=False)  # nothing to take back


def test_an_acknowledgement_taken_back_is_audited(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    attendance.acknowledge(ctx, mid, cell.members["police"])
    attendance.acknowledge(ctx, mid, cell.members["police"], acknowledged=False)
    row = next(a for a in meetings.get_meeting(ctx, mid).attendance if a.member_id == cell.members["police"])
    assert row.status is AttendanceStatus.PRESENT and row.acknowledged_at is None
    with ctx.vault.session() as s:
        details = [
            json.loads(e.detail)
            for e in s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "attendance"))
        ]
    assert details[-1]["acknowledged"] is False and details[-1]["undone"] and details[-1]["member"] == row.member_id


def test_all_present_registers_and_acknowledges_everyone_left(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    attendance.set_attendance(ctx, mid, cell.members["ocmw"], AttendanceStatus.EXCUSED)
    assert attendance.pending_acknowledgements(ctx, mid) == 3
    assert attendance.acknowledge_all_present(ctx, mid) == 3
    assert attendance.pending_acknowledgements(ctx, mid) == 0
    assert attendance.attendance_complete(ctx, mid)
    rows = {a.member_id: a for a in meetings.get_meeting(ctx, mid).attendance}
    assert rows[cell.members["ocmw"]].status is AttendanceStatus.EXCUSED
    assert rows[cell.members["ocmw"]].acknowledged_at is None
    assert attendance.acknowledge_all_present(ctx, mid) == 0


def test_a_closed_meeting_is_reopened_before_attendance_changes(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    attendance.acknowledge_all_present(ctx, mid)
    meetings.close_meeting(ctx, mid, None)
    with pytest.raises(meetings.MeetingClosedError):
        attendance.acknowledge(ctx, mid, cell.members["police"], acknowledged=False)
    with pytest.raises(meetings.MeetingClosedError):
        attendance.set_attendance(ctx, mid, cell.members["police"], AttendanceStatus.ABSENT)
    with pytest.raises(ValueError):
        meetings.reopen_meeting(ctx, make_meeting(ctx, cell, date(2026, 12, 2)))  # not closed
    meetings.reopen_meeting(ctx, mid)
    m = meetings.get_meeting(ctx, mid)
    assert m.status is MeetingStatus.IN_PROGRESS and m.ended_at is None
    attendance.acknowledge(ctx, mid, cell.members["police"], acknowledged=False)
    with ctx.vault.session() as s:
        last = s.scalars(
            select(models.AuditEvent).where(models.AuditEvent.entity == "meeting").order_by(models.AuditEvent.id.desc())
        ).first()
        assert last is not None and json.loads(last.detail)["status"] == {"before": "closed", "after": "in_progress"}


def test_closing_check_lists_untreated_items_and_cases_without_decision(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mid = make_meeting(ctx, cell)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["later"])
    meetings.start_meeting(ctx, mid)
    agenda = meetings.get_meeting(ctx, mid).agenda
    case_items = [e for e in agenda if e.case_id is not None]
    assert len(case_items) >= 2
    first, second = case_items[0], case_items[1]
    assert first.case_id is not None and second.case_id is not None
    check = meetings.closing_check(ctx, mid)
    assert {e.id for e in check.untreated} == {e.id for e in agenda} and check.without_decision == ()
    assessment.add_contribution(ctx, ContributionDraft(first.case_id, mid, cell.orgs["PZ"], "online", "Iets"))
    assessment.set_assessment(ctx, second.case_id, mid, summary="Samengevat")
    decisions.record_decision(
        ctx,
        DecisionDraft(second.case_id, mid, DecisionType.CLOSE, reasons="Geen zorgen"),
    )
    meetings.add_elapsed(ctx, agenda[0].id, 60)  # the review of open actions was held
    check = meetings.closing_check(ctx, mid)
    assert [e.id for e in check.without_decision] == [first.id]
    assert {e.id for e in check.untreated} == {e.id for e in case_items[2:]}


# -- decisions as the cell takes them (issue 16, point 5) -----------------------------------------


def _case_row(ctx: ServiceContext, case_id: int) -> tuple[CaseStatus, date | None, str, date | None]:
    with ctx.vault.session() as s:
        c = s.get_one(models.Case, case_id)
        return c.status, c.next_review_date, c.escalated_to, c.escalated_on


def test_scale_down_only_on_a_case_in_follow_up(ctx: ServiceContext) -> None:
    from livcr_desktop.domain.decision_rules import DecisionNotAllowed

    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    case = cell.cases["due"]
    before = row_counts(ctx)
    draft = DecisionDraft(case, mid, DecisionType.SCALE_DOWN, "Stabiel", next_review_date=date(2027, 3, 1))
    with pytest.raises(DecisionNotAllowed) as err:
        decisions.record_decision(ctx, draft)
    assert (err.value.decision_type, err.value.status) == (DecisionType.SCALE_DOWN, CaseStatus.REGISTERED)
    assert [i.field for i in err.value.issues] == ["decision_type"]
    assert row_counts(ctx) == before and _case_row(ctx, case)[0] is CaseStatus.REGISTERED
    # Started at this meeting, then changed into "afschalen": judged against the status before the decision.
    did = decisions.record_decision(
        ctx, DecisionDraft(case, mid, DecisionType.START_FOLLOW_UP, next_review_date=date(2027, 1, 10))
    )
    with pytest.raises(DecisionNotAllowed):
        decisions.update_decision(ctx, did, draft)
    assert decisions.decisions_for(ctx, case)[0].decision_type is DecisionType.START_FOLLOW_UP
    # At the next meeting the case is in follow-up: afschalen is allowed and keeps it there.
    later = make_meeting(ctx, cell, date(2027, 1, 10))
    decisions.record_decision(ctx, replace(draft, meeting_id=later))
    assert _case_row(ctx, case)[:2] == (CaseStatus.FOLLOW_UP, date(2027, 3, 1))


def test_follow_up_decisions_need_a_review_date(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    case = cell.cases["due"]
    before = row_counts(ctx)
    for kind in (DecisionType.START_FOLLOW_UP, DecisionType.CONTINUE_FOLLOW_UP):
        with pytest.raises(ValidationError) as err:
            decisions.record_decision(ctx, DecisionDraft(case, mid, kind, "Traject"))
        assert [(i.field, i.code.value) for i in err.value.issues] == [("next_review_date", "required")]
    with pytest.raises(ValidationError) as err:
        decisions.record_decision(ctx, DecisionDraft(case, mid, DecisionType.ESCALATE, escalation_target="LTF"))
    assert [i.field for i in err.value.issues] == ["next_review_date"]
    assert row_counts(ctx) == before
    # Closing needs none; gathering information on a case not yet discussed needs none either.
    decisions.record_decision(ctx, DecisionDraft(cell.cases["later"], mid, DecisionType.GATHER_INFORMATION))
    assert _case_row(ctx, cell.cases["later"])[0] is CaseStatus.SCREENING


def test_gather_information_keeps_a_case_in_follow_up(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    case = cell.cases["due"]
    decisions.record_decision(
        ctx, DecisionDraft(case, mid, DecisionType.START_FOLLOW_UP, next_review_date=date(2027, 1, 10))
    )
    later = make_meeting(ctx, cell, date(2027, 1, 10))
    gather = DecisionDraft(case, later, DecisionType.GATHER_INFORMATION, "Info school")
    with pytest.raises(ValidationError) as err:  # it stays in follow-up: it must come back on an agenda
        decisions.record_decision(ctx, gather)
    assert [i.field for i in err.value.issues] == ["next_review_date"]
    decisions.record_decision(ctx, replace(gather, next_review_date=date(2027, 2, 7)))
    assert _case_row(ctx, case)[:2] == (CaseStatus.FOLLOW_UP, date(2027, 2, 7))


def test_escalation_is_a_flag_with_target_and_date_alongside_follow_up(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    case = cell.cases["due"]
    before = row_counts(ctx)
    base = DecisionDraft(case, mid, DecisionType.ESCALATE, "Dreiging", next_review_date=date(2027, 1, 10))
    with pytest.raises(ValidationError) as err:
        decisions.record_decision(ctx, base)
    assert {i.field for i in err.value.issues} == {"escalation_target"}  # the date: the meeting day if none
    assert row_counts(ctx) == before
    did = decisions.record_decision(ctx, replace(base, escalation_target="parket", escalation_date=date(2026, 11, 20)))
    assert _case_row(ctx, case) == (CaseStatus.FOLLOW_UP, date(2027, 1, 10), "parket", date(2026, 11, 20))
    view = decisions.decisions_for(ctx, case)[0]
    assert view.escalation_date == date(2026, 11, 20)
    # Changed into "opvolging verderzetten": the flag goes (no other escalation); removed: likewise.
    decisions.update_decision(
        ctx, did, DecisionDraft(case, mid, DecisionType.CONTINUE_FOLLOW_UP, next_review_date=date(2027, 1, 10))
    )
    assert _case_row(ctx, case)[2:] == ("", None)
    decisions.update_decision(ctx, did, replace(base, escalation_target="LTF", escalation_date=date(2026, 11, 21)))
    assert _case_row(ctx, case)[2:] == ("LTF", date(2026, 11, 21))
    decisions.delete_decision(ctx, did)
    assert _case_row(ctx, case)[2:] == ("", None)
    with ctx.vault.session() as s:
        details = [
            json.loads(e.detail)
            for e in s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "decision"))
        ]
    assert any("escalation" in d for d in details)


def test_every_decision_type_is_in_the_one_table() -> None:
    from livcr_desktop.domain.decision_rules import DECISION_RULES, resulting_status

    assert set(DECISION_RULES) == set(DecisionType)
    assert resulting_status(DecisionType.GATHER_INFORMATION, CaseStatus.FOLLOW_UP) is CaseStatus.FOLLOW_UP
    assert resulting_status(DecisionType.GATHER_INFORMATION, CaseStatus.REGISTERED) is CaseStatus.SCREENING
    assert resulting_status(DecisionType.ESCALATE) is CaseStatus.FOLLOW_UP
    assert all(not resulting_status(t).is_closed for t in DECISION_RULES if DECISION_RULES[t].review_required)
