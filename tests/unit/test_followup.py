"""Follow-up services on a real vault: the action tracker's data, status updates with a dated
note and their history, the next agenda in one call, and the referrer feedback log."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.enums import ActionStatus, AgendaItemKind
from livcr_desktop.domain.followup import AnonymousReferralError, FeedbackWarning
from livcr_desktop.domain.meeting import ActionDraft
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, feedback_log, followup, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.conftest import TODAY
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    return make_cell(ctx)


def earlier(ctx: ServiceContext, days: int) -> ServiceContext:
    """The same vault and user, some days ago (actions cannot be created with a past deadline)."""
    day = TODAY - timedelta(days=days)
    return replace(ctx, today=lambda: day, now=lambda: datetime.combine(day, datetime.min.time()).replace(hour=9))


def add_action(ctx: ServiceContext, cell: Cell, case: str, owner: str, deadline: date, text: str) -> int:
    from livcr_desktop.services import decisions

    return decisions.add_action(
        ctx,
        ActionDraft(
            case_id=cell.cases[case],
            meeting_id=None,
            description=text,
            owner_organisation_id=cell.orgs[owner],
            deadline=deadline,
        ),
    )


def audit_rows(ctx: ServiceContext, entity: str) -> list[models.AuditEvent]:
    with ctx.vault.session() as s:
        return list(
            s.scalars(
                select(models.AuditEvent).where(models.AuditEvent.entity == entity).order_by(models.AuditEvent.id)
            )
        )


# -- action tracker -----------------------------------------------------------------------------


def test_tracker_lists_every_action_with_urgency_and_latest_note(ctx: ServiceContext, cell: Cell) -> None:
    past = earlier(ctx, 30)
    overdue = add_action(past, cell, "due", "OCMW", TODAY - timedelta(days=2), "Huisbezoek plannen")
    soon = add_action(ctx, cell, "later", "CLB", TODAY + timedelta(days=3), "Overleg met de school")
    later = add_action(ctx, cell, "pseudo", "PZ", TODAY + timedelta(days=30), "Informatie nagaan")
    done = add_action(past, cell, "due", "PZ", TODAY - timedelta(days=5), "Afgerond werk")
    followup.update_action(ctx, done, ActionStatus.DONE, "Klaar")

    rows = {a.id: a for a in followup.list_tracked_actions(ctx)}
    assert set(rows) == {overdue, soon, later, done}
    assert rows[overdue].is_overdue(TODAY) and not rows[overdue].is_due_soon(TODAY)
    assert rows[soon].is_due_soon(TODAY) and not rows[soon].is_overdue(TODAY)
    assert not rows[later].is_due_soon(TODAY) and not rows[later].is_overdue(TODAY)
    assert not rows[done].is_overdue(TODAY), "a finished action is never overdue"
    assert rows[done].last_note == "Klaar" and rows[done].status is ActionStatus.DONE
    assert rows[overdue].case_code == "LIVC-2026-001" and rows[overdue].owner_organisation == "OCMW"
    assert followup.overdue_action_count(ctx) == 1
    # No identity on a tracker row.
    assert "Geheimnaam" not in repr(rows[overdue]) and "Jan" not in repr(rows[overdue])


def test_update_with_a_dated_note_keeps_every_change(ctx: ServiceContext, cell: Cell) -> None:
    action = add_action(ctx, cell, "due", "OCMW", TODAY + timedelta(days=10), "Huisbezoek")
    followup.update_action(ctx, action, ActionStatus.IN_PROGRESS, "Eerste contact gelegd")
    followup.update_action(ctx, action, ActionStatus.IN_PROGRESS, "  Tweede gesprek gepland  ")
    followup.update_action(ctx, action, ActionStatus.DONE, "")
    history = followup.action_history(ctx, action)
    assert [(h.status, h.note) for h in history] == [
        (ActionStatus.OPEN, ""),  # written with the action itself
        (ActionStatus.IN_PROGRESS, "Eerste contact gelegd"),
        (ActionStatus.IN_PROGRESS, "Tweede gesprek gepland"),
        (ActionStatus.DONE, ""),
    ]
    assert all(h.user == "voorzitter" and h.at == datetime(2026, 11, 21, 14, 0) for h in history)
    updates = [e for e in audit_rows(ctx, "action") if e.action == "update"]
    assert len(updates) == 3
    assert json.loads(updates[0].detail)["status"] == {"before": "open", "after": "in_progress"}


def test_a_read_only_member_cannot_update_or_mark(ctx: ServiceContext, cell: Cell) -> None:
    action = add_action(ctx, cell, "due", "OCMW", TODAY + timedelta(days=10), "Huisbezoek")
    reader = replace(ctx, role=Role.READ_ONLY)
    assert len(followup.list_tracked_actions(reader)) == 1
    with pytest.raises(PermissionDenied):
        followup.update_action(reader, action, ActionStatus.DONE, "x")
    with pytest.raises(PermissionDenied):
        followup.set_on_next_agenda(reader, cell.cases["pseudo"])
    with pytest.raises(PermissionDenied):
        followup.fill_next_agenda(reader)
    assert followup.action_history(ctx, action)[-1].status is ActionStatus.OPEN


# -- next agenda --------------------------------------------------------------------------------


def agenda_cases(ctx: ServiceContext, meeting_id: int) -> list[tuple[int | None, AgendaItemKind]]:
    return [(e.case_id, e.kind) for e in meetings.get_meeting(ctx, meeting_id).agenda if e.case_id is not None]


def test_next_agenda_in_one_call_adds_due_and_marked_cases_once(ctx: ServiceContext, cell: Cell) -> None:
    followup.set_on_next_agenda(ctx, cell.cases["pseudo"])
    marks = [json.loads(e.detail) for e in audit_rows(ctx, "case") if "on_next_agenda" in e.detail]
    assert marks == [{"on_next_agenda": {"before": False, "after": True}}]
    past = make_meeting(ctx, cell, day=date(2026, 11, 1), propose=False)  # planned but in the past: not "next"
    mid = make_meeting(ctx, cell, day=date(2026, 11, 25), propose=False)
    make_meeting(ctx, cell, day=date(2026, 12, 23), propose=False)  # a later one: not the next

    plan = followup.next_agenda(ctx)
    assert plan is not None and plan.meeting_id == mid
    assert [(c.case_code, c.kind) for c in plan.to_add] == [
        ("LIVC-2026-001", AgendaItemKind.CASE_REVIEW),  # review due 20/11, before the meeting
        ("LIVC-2026-003", AgendaItemKind.NEW_REFERRAL),  # marked for the next agenda
    ]
    filled = followup.fill_next_agenda(ctx)
    assert filled is not None and len(filled.to_add) == 2
    assert agenda_cases(ctx, mid) == [
        (cell.cases["due"], AgendaItemKind.CASE_REVIEW),
        (cell.cases["pseudo"], AgendaItemKind.NEW_REFERRAL),
    ]
    assert agenda_cases(ctx, past) == []
    with ctx.vault.session() as s:
        assert s.get_one(models.Case, cell.cases["pseudo"]).on_next_agenda is False
    # A second click adds nothing: the due case is on the agenda, the referral is no longer marked.
    again = followup.fill_next_agenda(ctx)
    assert again is not None and again.to_add == ()
    assert [c.already_on_agenda for c in again.candidates] == [True]
    assert len(agenda_cases(ctx, mid)) == 2


def test_a_case_already_on_the_agenda_is_skipped(ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell, propose=False)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["due"])
    filled = followup.fill_next_agenda(ctx)
    assert filled is not None and filled.to_add == ()
    assert agenda_cases(ctx, mid) == [(cell.cases["due"], AgendaItemKind.CASE_REVIEW)]


def test_without_a_planned_meeting_nothing_happens(ctx: ServiceContext, cell: Cell) -> None:
    followup.set_on_next_agenda(ctx, cell.cases["pseudo"])
    assert followup.next_agenda(ctx) is None
    assert followup.fill_next_agenda(ctx) is None
    with ctx.vault.session() as s:
        assert s.get_one(models.Case, cell.cases["pseudo"]).on_next_agenda is True


def test_closed_cases_are_not_proposed(ctx: ServiceContext, cell: Cell) -> None:
    from livcr_desktop.domain.enums import DecisionType
    from livcr_desktop.domain.meeting import DecisionDraft
    from livcr_desktop.services import decisions

    held = make_meeting(ctx, cell, day=date(2026, 11, 10), propose=False)  # the case is closed there
    decisions.record_decision(ctx, DecisionDraft(cell.cases["due"], held, DecisionType.CLOSE, reasons="Afgerond"))
    meetings.close_meeting(ctx, held, date(2026, 11, 25))
    make_meeting(ctx, cell, propose=False)
    plan = followup.next_agenda(ctx)
    assert plan is not None and plan.candidates == ()


# -- referrer feedback --------------------------------------------------------------------------


def with_referrer(ctx: ServiceContext, cell: Cell, case: str, org: str = "CLB") -> int:
    case_id = cell.cases[case]
    draft = cases.get_case(ctx, case_id)
    draft.referrer_organisation_id = cell.orgs[org]
    cases.update_case(ctx, case_id, draft, identity_included=False)
    return case_id


def test_feedback_is_logged_with_text_user_time_and_template(ctx: ServiceContext, cell: Cell) -> None:
    case_id = with_referrer(ctx, cell, "later")
    assert feedback_log.can_give_feedback(ctx, case_id)
    assert feedback_log.referrer_name(ctx, case_id) == "CLB Testdorp"
    text = "Uw melding werd besproken; er wordt een begeleiding opgestart."
    assert feedback_log.check_text(ctx, case_id, text) == []
    fid = feedback_log.add_feedback(ctx, case_id, text + "  ", "discussed_support")
    entries = feedback_log.list_feedback(ctx, case_id)
    assert [(e.id, e.text, e.user, e.at, e.template) for e in entries] == [
        (fid, text, "voorzitter", datetime(2026, 11, 21, 14, 0), "discussed_support")
    ]
    created = [e for e in audit_rows(ctx, "referrer_feedback") if e.action == "create"]
    assert len(created) == 1 and created[0].entity_id == fid
    assert text not in created[0].detail, "the audit trail records that feedback was given, not what"
    with pytest.raises(ValidationError):
        feedback_log.add_feedback(ctx, case_id, "   ")


def test_an_anonymous_referral_gets_no_feedback(ctx: ServiceContext, cell: Cell) -> None:
    case_id = cell.cases["pseudo"]  # no referring organisation
    assert not feedback_log.can_give_feedback(ctx, case_id)
    assert feedback_log.referrer_name(ctx, case_id) == ""
    with pytest.raises(AnonymousReferralError):
        feedback_log.add_feedback(ctx, case_id, "Uw melding werd besproken.", "discussed_support")
    assert feedback_log.list_feedback(ctx, case_id) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gesprek met Jan gehad.",  # first name, as a word
        "Betreft mevrouw GEHEIMNAAM.",  # last name, any case
        "Over geheimnäam",  # diacritics do not hide it
    ],
)
def test_identity_in_the_text_is_flagged_without_revealing_it(ctx: ServiceContext, cell: Cell, text: str) -> None:
    case_id = with_referrer(ctx, cell, "due")  # Jan Geheimnaam
    assert feedback_log.check_text(ctx, case_id, text) == [FeedbackWarning.IDENTITY]
    checks = [e for e in audit_rows(ctx, "case") if e.action == "identity_check"]
    assert len(checks) == 1 and "Geheimnaam" not in checks[0].detail


def test_identity_check_has_no_false_alarm_on_parts_of_words(ctx: ServiceContext, cell: Cell) -> None:
    case_id = with_referrer(ctx, cell, "due")
    assert feedback_log.check_text(ctx, case_id, "Januari: de casus werd besproken.") == []
    assert feedback_log.check_text(ctx, case_id, "") == [FeedbackWarning.EMPTY]
    assert [e for e in audit_rows(ctx, "case") if e.action == "identity_check"] == []


# -- the casemanager between meetings (issue 16, point 7) ------------------------------------------


def test_add_an_action_outside_a_meeting(ctx: ServiceContext, cell: Cell) -> None:
    draft = ActionDraft(cell.cases["due"], 99, "Gesprek met de ouders", cell.orgs["OCMW"], None, TODAY)
    with pytest.raises(ValidationError) as err:
        followup.add_action(ctx, replace(draft, description="", deadline=TODAY - timedelta(days=1)))
    assert {i.field for i in err.value.issues} == {"description", "deadline"}
    aid = followup.add_action(ctx, draft)
    tracked = {a.id: a for a in followup.list_tracked_actions(ctx)}[aid]
    assert tracked.meeting_id is None and tracked.description == "Gesprek met de ouders"
    with pytest.raises(PermissionDenied):
        followup.add_action(replace(ctx, role=Role.READ_ONLY), draft)


def test_change_deadline_owner_and_responsible_in_history_and_audit(ctx: ServiceContext, cell: Cell) -> None:
    aid = add_action(ctx, cell, "due", "OCMW", date(2027, 1, 12), "Huisbezoek")
    assert not followup.change_action(ctx, aid, date(2027, 1, 12), cell.orgs["OCMW"], None)
    with pytest.raises(ValidationError) as err:
        followup.change_action(ctx, aid, TODAY - timedelta(days=1), None, None)
    assert {(i.field, i.code.value) for i in err.value.issues} == {
        ("deadline", "date_in_past"),
        ("owner_organisation_id", "required"),
    }
    assert len(followup.action_history(ctx, aid)) == 1
    assert followup.change_action(ctx, aid, date(2027, 1, 19), cell.orgs["CLB"], cell.members["ocmw"])
    note = followup.action_history(ctx, aid)[-1].note
    assert "termijn: 12/01/2027 → 19/01/2027" in note
    assert "eigenaar: OCMW → CLB" in note and "verantwoordelijke: — → " in note
    tracked = {a.id: a for a in followup.list_tracked_actions(ctx)}[aid]
    assert (tracked.deadline, tracked.owner_organisation) == (date(2027, 1, 19), "CLB")
    with ctx.vault.session() as s:
        event = s.scalars(
            select(models.AuditEvent).where(models.AuditEvent.entity == "action").order_by(models.AuditEvent.id.desc())
        ).first()
        assert event is not None and event.entity_id == aid
        assert set(json.loads(event.detail)) == {"deadline", "owner", "responsible"}
    with pytest.raises(PermissionDenied):
        followup.change_action(replace(ctx, role=Role.READ_ONLY), aid, date(2027, 1, 26), cell.orgs["CLB"], None)
