"""The kernteam as its own forum (issue 16, point 3): its members, its agenda proposal, and no case proposed
on two planned meetings at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sqlalchemy import select

from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import AgendaItemKind, CaseStatus, MeetingKind, MemberKind, Phenomenon
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.services import cases, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

DAY = date(2026, 11, 25)
ACTIONS = (AgendaItemKind.ACTION_REVIEW, None)


def to_kernteam(ctx: ServiceContext, member_id: int, on: bool = True) -> None:
    """The set-up screen's change: every field as it is, the kernteam flag set."""
    m = next(r for r in reference.member_records(ctx) if r.id == member_id)
    reference.update_member(
        ctx, m.id, m.name, m.organisation_id, m.role, m.kind, m.function, m.active_from, kernteam=on
    )


def kernteam_meeting(ctx: ServiceContext, cell: Cell, day: date = DAY, number: str = "") -> int:
    draft = MeetingDraft(
        kind=MeetingKind.CORE_TEAM,
        meeting_date=day,
        start_time=time(9, 0),
        planned_minutes=60,
        place="Stadhuis, bureau preventie",
        chair_id=cell.members["secretary"],
        number=number,
    )
    return meetings.create_meeting(ctx, draft)


def urgent_case(ctx: ServiceContext, code: str, status: CaseStatus = CaseStatus.REGISTERED) -> int:
    draft = CaseDraft(code=code, registration_date=date(2026, 11, 10), phenomenon=Phenomenon.EXTREMISM, status=status)
    if status.is_closed:
        draft = replace(draft, next_review_date=None)
    intake = CaseIntake(signal_text="Dreigende berichten op school.", urgent=True)
    return cases.create_case(ctx, draft, intake)


def agenda(ctx: ServiceContext, meeting_id: int) -> list[tuple[AgendaItemKind, int | None]]:
    return [(e.kind, e.case_id) for e in meetings.get_meeting(ctx, meeting_id).agenda]


def marked(ctx: ServiceContext, case_id: int) -> bool:
    with ctx.vault.session() as s:
        return s.get_one(models.Case, case_id).on_next_agenda


def test_kernteam_flag_is_kept_and_shown(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    prev = cell.orgs["PREV"]
    new = reference.add_member(ctx, "Preventie Kern", prev, "preventieambtenaar", MemberKind.INVITED, kernteam=True)
    to_kernteam(ctx, cell.members["police"])
    flags = {m.id: m.kernteam for m in reference.member_records(ctx)}
    assert {i for i, on in flags.items() if on} == {new, cell.members["police"]}
    to_kernteam(ctx, cell.members["police"], on=False)
    assert not next(m for m in reference.member_records(ctx) if m.id == cell.members["police"]).kernteam
    with ctx.vault.session() as s:
        details = [
            e.detail
            for e in s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "member"))
            if "kernteam" in e.detail
        ]
    assert len(details) == 3  # created in it, put in, taken out: the audit trail says so


def test_kernteam_meeting_invites_the_kernteam_whatever_their_kind(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    for key in ("secretary", "police", "jh"):  # two core members and an invited one
        to_kernteam(ctx, cell.members[key])
    reference.retire_member(ctx, cell.members["jh"])  # retired: no longer invited
    mid = kernteam_meeting(ctx, cell)
    kern = meetings.get_meeting(ctx, mid)
    assert kern.kind is MeetingKind.CORE_TEAM
    assert {a.member_id for a in kern.attendance} == {cell.members["secretary"], cell.members["police"]}
    regular = meetings.get_meeting(ctx, make_meeting(ctx, cell, day=date(2026, 12, 2)))
    core = {cell.members[k] for k in ("chair", "secretary", "police", "ocmw")}
    assert {a.member_id for a in regular.attendance} == core  # the regular meeting: the core, as before


def test_kernteam_proposal_new_referrals_and_urgent_cases_not_the_due_ones(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mark_new_referral(ctx, cell.cases["due"])  # due for review too: as a marked referral it is screened
    urgent = urgent_case(ctx, "LIVC-2026-010")
    followed = urgent_case(ctx, "LIVC-2026-011", CaseStatus.FOLLOW_UP)
    urgent_case(ctx, "LIVC-2026-012", CaseStatus.CLOSED)  # closed: not proposed
    mid = kernteam_meeting(ctx, cell)
    assert agenda(ctx, mid) == [
        ACTIONS,
        (AgendaItemKind.NEW_REFERRAL, cell.cases["due"]),
        (AgendaItemKind.NEW_REFERRAL, cell.cases["pseudo"]),
        (AgendaItemKind.NEW_REFERRAL, urgent),
        (AgendaItemKind.CASE_REVIEW, followed),  # urgent, already followed: a review
    ]
    assert not marked(ctx, cell.cases["pseudo"]) and not marked(ctx, cell.cases["due"])  # proposed: mark cleared
    assert meetings.get_meeting(ctx, mid).number == "2026/01"


def test_kernteam_proposal_without_marks_or_urgent_cases_holds_only_the_actions(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)  # "due" is due for review by the day: the regular meeting's business
    assert agenda(ctx, kernteam_meeting(ctx, cell, number="KT 2026/01")) == [ACTIONS]
    assert meetings.get_meeting(ctx, make_meeting(ctx, cell)).number == "2026/01"  # its own number series


def test_a_case_on_another_planned_meeting_is_not_proposed_twice(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    first = make_meeting(ctx, cell)  # due and pseudo
    assert agenda(ctx, first)[1:] == [
        (AgendaItemKind.CASE_REVIEW, cell.cases["due"]),
        (AgendaItemKind.NEW_REFERRAL, cell.cases["pseudo"]),
    ]
    # Marked again and put on the first meeting by hand: the mark stays, the proposals pass it by.
    mark_new_referral(ctx, cell.cases["later"])
    meetings.add_agenda_item(ctx, first, case_id=cell.cases["later"], kind=AgendaItemKind.NEW_REFERRAL)
    urgent = urgent_case(ctx, "LIVC-2026-010")
    kern = kernteam_meeting(ctx, cell, day=date(2026, 11, 23))
    assert agenda(ctx, kern) == [ACTIONS, (AgendaItemKind.NEW_REFERRAL, urgent)]
    assert marked(ctx, cell.cases["later"])  # not lost: still marked for the next agenda
    second = make_meeting(ctx, cell, day=date(2026, 12, 23))
    assert agenda(ctx, second) == [ACTIONS]  # due, pseudo, later on the first; urgent on the kernteam's
    assert marked(ctx, cell.cases["later"])
    # By hand, a case may still go on a second agenda (nothing new is refused), also a kernteam's.
    meetings.add_agenda_item(ctx, kern, case_id=cell.cases["due"])
    assert (AgendaItemKind.CASE_REVIEW, cell.cases["due"]) in agenda(ctx, kern)


def test_an_agenda_under_way_blocks_a_closed_one_does_not(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    first = make_meeting(ctx, cell, day=date(2026, 11, 20))
    assert (AgendaItemKind.CASE_REVIEW, cell.cases["due"]) in agenda(ctx, first)
    meetings.start_meeting(ctx, first)  # under way: its cases are still to be discussed there
    assert agenda(ctx, make_meeting(ctx, cell, day=date(2026, 11, 27))) == [ACTIONS]
    meetings.close_meeting(ctx, first, None)  # closed: held, so its agenda no longer counts
    third = make_meeting(ctx, cell, day=date(2026, 11, 28))
    assert agenda(ctx, third)[1:] == [(AgendaItemKind.CASE_REVIEW, cell.cases["due"])]
