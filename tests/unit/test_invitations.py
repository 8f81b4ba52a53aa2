"""Invitations per case (issue 16, point 2): a partner invited for some cases of a meeting, their
acknowledgement, who is in the room for an item, and what the wall may show while they are present."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import AttendanceStatus, Phenomenon
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import assessment, attendance, cases, decisions, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.projection import build_projection
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.unit.test_projection import strings_in


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    cell.cases["third"] = cases.create_case(
        ctx,
        CaseDraft(
            code="LIVC-2026-009",
            pseudonym="Spreeuw",
            registration_date=date(2026, 6, 1),
            phenomenon=Phenomenon.RADICALISM,
            next_review_date=date(2026, 11, 1),
        ),
    )
    return cell


@pytest.fixture
def meeting(ctx: ServiceContext, cell: Cell) -> int:
    mid = make_meeting(ctx, cell)  # action review, "due", "third" (both due for review)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["pseudo"])
    for key in ("due", "third", "pseudo"):
        assessment.add_contribution(
            ctx, ContributionDraft(cell.cases[key], mid, cell.orgs["OCMW"], "family", f"Inbreng-{key}")
        )
    return mid


def case_rows(ctx: ServiceContext) -> list[tuple[int, int]]:
    with ctx.vault.session() as s:
        return [(r.attendance_id, r.case_id) for r in s.scalars(select(models.AttendanceCase))]


def test_a_partner_invited_for_two_cases_is_in_the_room_for_those_only(
    ctx: ServiceContext, cell: Cell, meeting: int
) -> None:
    jh, due, third, pseudo = cell.members["jh"], cell.cases["due"], cell.cases["third"], cell.cases["pseudo"]
    invitations.invite(ctx, meeting, jh, [due, pseudo])
    found = {i.member_id: i for i in invitations.invitations(ctx, meeting)}
    assert found[jh].case_ids == {due, pseudo} and found[jh].status is AttendanceStatus.UNREGISTERED
    assert found[cell.members["chair"]].case_ids == frozenset()  # core members: the whole meeting
    with ctx.vault.session() as s:
        row = s.scalar(select(models.Attendance).where(models.Attendance.member_id == jh))
        assert row is not None and row.invited_case_id is None  # only AttendanceCase is written
    assert len(case_rows(ctx)) == 2

    attendance.acknowledge(ctx, meeting, jh)  # like everyone else: present and acknowledged
    attendance.acknowledge(ctx, meeting, cell.members["chair"])
    assert {i.member_id for i in invitations.in_room(ctx, meeting, due)} == {jh, cell.members["chair"]}
    assert {i.member_id for i in invitations.in_room(ctx, meeting, third)} == {cell.members["chair"]}
    # In the room for their cases only: while one of them is treated, the third case is withheld; while
    # the third case or an item without a case is treated, the partner is out and nothing is withheld.
    item = {e.case_id: e.id for e in meetings.get_meeting(ctx, meeting).agenda}  # None: the review
    assert invitations.withheld_cases(ctx, meeting, item[due]) == {third}
    assert invitations.withheld_cases(ctx, meeting, item[pseudo]) == {third}
    assert invitations.withheld_cases(ctx, meeting, item[third]) == frozenset()
    assert invitations.withheld_cases(ctx, meeting, item[None]) == frozenset()
    assert invitations.withheld_cases(ctx, meeting, None) == {third}  # the opening: everyone present is in
    assert invitations.partners_in_room(ctx, meeting, item[due])
    assert not invitations.partners_in_room(ctx, meeting, item[third])

    attendance.set_attendance(ctx, meeting, jh, AttendanceStatus.ABSENT)  # invitation kept
    assert invitations.withheld_cases(ctx, meeting, item[due]) == frozenset()
    assert invitations.withheld_cases(ctx, meeting, None) == frozenset()
    assert not invitations.partners_in_room(ctx, meeting, item[due])
    assert {i.member_id: i for i in invitations.invitations(ctx, meeting)}[jh].case_ids == {due, pseudo}

    invitations.invite(ctx, meeting, jh, [])  # the whole meeting
    assert {i.member_id: i for i in invitations.invitations(ctx, meeting)}[jh].case_ids == frozenset()
    assert case_rows(ctx) == []


def test_an_invitation_for_a_case_not_on_the_agenda_is_refused_and_changes_nothing(
    ctx: ServiceContext, cell: Cell, meeting: int
) -> None:
    jh = cell.members["jh"]
    invitations.invite(ctx, meeting, jh, [cell.cases["due"]])
    with pytest.raises(ValidationError) as refused:
        invitations.invite(ctx, meeting, jh, [cell.cases["due"], cell.cases["later"]])  # "later" is not on it
    assert [i.field for i in refused.value.issues] == [invitations.CASES_FIELD]
    with pytest.raises(ValidationError):
        attendance.set_attendance(ctx, meeting, jh, AttendanceStatus.PRESENT, cell.cases["later"])
    assert {i.member_id: i for i in invitations.invitations(ctx, meeting)}[jh].case_ids == {cell.cases["due"]}
    assert {i.member_id: i for i in invitations.invitations(ctx, meeting)}[jh].status is AttendanceStatus.UNREGISTERED


def test_an_old_single_case_invitation_is_still_read(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    jh = cell.members["jh"]
    invitations.invite(ctx, meeting, jh, [])
    with ctx.vault.session() as s:  # as a vault of the previous release held it
        row = s.scalar(select(models.Attendance).where(models.Attendance.member_id == jh))
        assert row is not None
        row.invited_case_id = cell.cases["third"]
    assert {i.member_id: i for i in invitations.invitations(ctx, meeting)}[jh].case_ids == {cell.cases["third"]}
    invitations.invite(ctx, meeting, jh, [cell.cases["due"]])
    assert {i.member_id: i for i in invitations.invitations(ctx, meeting)}[jh].case_ids == {cell.cases["due"]}


def test_while_a_partner_is_in_the_room_the_wall_shows_nothing_of_another_case(
    ctx: ServiceContext, cell: Cell, meeting: int
) -> None:
    jh, due, third = cell.members["jh"], cell.cases["due"], cell.cases["third"]
    decisions.add_action(
        ctx, ActionDraft(third, meeting, "Actie-derde", cell.orgs["OCMW"], cell.members["ocmw"], date(2026, 12, 1))
    )
    agenda = meetings.get_meeting(ctx, meeting).agenda
    item_of = {e.case_id: e.id for e in agenda}
    invitations.invite(ctx, meeting, jh, [due, cell.cases["pseudo"]])
    attendance.acknowledge(ctx, meeting, jh)

    # Their case: they are in; the third case is a line "zonder genodigden" on the agenda, nothing more.
    shown = build_projection(ctx, meeting, item_of[due])
    assert shown.case_code == "LIVC-2026-001" and "Inbreng-due" in strings_in(shown) and not shown.withheld
    assert [a.withheld for a in shown.agenda] == [e.case_id == third for e in agenda]
    texts = strings_in(shown)
    assert not any("LIVC-2026-009" in t or "Spreeuw" in t or "Inbreng-third" in t or "Actie-derde" in t for t in texts)

    # The third case and the review of open actions: the partner has left, the room reads them whole.
    third_view = build_projection(ctx, meeting, item_of[third])
    assert third_view.case_code == "LIVC-2026-009" and "Inbreng-third" in strings_in(third_view)
    assert not third_view.withheld and not any(a.withheld for a in third_view.agenda)
    review = build_projection(ctx, meeting, agenda[0].id)
    assert review.withheld_actions == 0 and not any(a.withheld for a in review.agenda)

    # Before the first item, at the opening, the partner registered present is in the room.
    assert [a.withheld for a in build_projection(ctx, meeting, None).agenda] == [e.case_id == third for e in agenda]

    # Absent after all: never in the room, nothing withheld.
    attendance.set_attendance(ctx, meeting, jh, AttendanceStatus.ABSENT)
    assert not any(a.withheld for a in build_projection(ctx, meeting, item_of[due]).agenda)
