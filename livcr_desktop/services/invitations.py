"""Invitations per case (need-to-know): a partner may be invited for some cases of a meeting only.

An attendance row with no ``AttendanceCase`` rows is there for the whole meeting. Old vaults held one
case in ``Attendance.invited_case_id`` (migration 0005 copied it into ``attendance_case``); it is still
read when a row has no ``AttendanceCase`` rows, and cleared when the invitation is set again here.

Who is in the room for an item: the present members invited for the whole meeting or for its case (a
partner invited for some cases comes in for those items and leaves after them; before the first item,
at the opening, everyone registered present is in). While a partner is in
the room, every case they are not invited for is *withheld* from what the room reads: the projector,
the chair's preview of it and the chair's screen show no code, pseudonym or content of it
(:func:`withheld_cases`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import AgendaItemKind, AttendanceStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import ensure_open
from livcr_desktop.storage import audit, models

CASES_FIELD = "invited_cases"  # the field named by a refused invitation


@dataclass(frozen=True, slots=True)
class Invitation:
    member_id: int
    name: str
    organisation: str
    status: AttendanceStatus
    acknowledged: bool
    case_ids: frozenset[int]  # empty: the whole meeting

    def invited_for(self, case_id: int | None) -> bool:
        """Invited for the whole meeting or for this case (None: an item without a case)."""
        return not self.case_ids or case_id in self.case_ids

    def in_room_for(self, case_id: int | None) -> bool:
        """Present, and invited for the whole meeting or for this case (None: an item without a case)."""
        return self.status is AttendanceStatus.PRESENT and self.invited_for(case_id)


def case_sets(s: Session, rows: Iterable[models.Attendance]) -> dict[int, frozenset[int]]:
    """Attendance id -> the cases it is invited for (empty: the whole meeting)."""
    rows = list(rows)
    ac = models.AttendanceCase
    linked: dict[int, set[int]] = {}
    ids = [r.id for r in rows]
    for attendance_id, case_id in s.execute(select(ac.attendance_id, ac.case_id).where(ac.attendance_id.in_(ids))):
        linked.setdefault(attendance_id, set()).add(case_id)
    out: dict[int, frozenset[int]] = {}
    for r in rows:
        legacy = {r.invited_case_id} if r.invited_case_id is not None else set()
        out[r.id] = frozenset(linked.get(r.id) or legacy)
    return out


def write_cases(s: Session, row: models.Attendance, case_ids: Iterable[int]) -> None:
    """Replace the row's invitation (only ``AttendanceCase`` is written; the old column is cleared)."""
    ac = models.AttendanceCase
    for old in s.scalars(select(ac).where(ac.attendance_id == row.id)):
        s.delete(old)
    s.flush()
    for case_id in sorted(set(case_ids)):
        s.add(ac(attendance_id=row.id, case_id=case_id))
    row.invited_case_id = None


def _agenda_cases(s: Session, meeting_id: int) -> set[int]:
    a = models.AgendaItem
    return {
        c
        for c in s.scalars(select(a.case_id).where(a.meeting_id == meeting_id, a.kind != AgendaItemKind.ACTION_REVIEW))
        if c is not None
    }


def check_cases(s: Session, meeting_id: int, case_ids: Iterable[int]) -> None:
    """Refuse (nothing written) an invitation for a case that is not on this meeting's agenda."""
    if not set(case_ids) <= _agenda_cases(s, meeting_id):
        raise ValidationError([ValidationIssue(CASES_FIELD, ValidationCode.BAD_FORMAT)])


def invite(ctx: ServiceContext, meeting_id: int, member_id: int, case_ids: Iterable[int] = ()) -> int:
    """Invite a member for these cases of the meeting (none: the whole meeting), or change the cases of
    one already on the list. A new row starts as not yet registered; they acknowledge like everyone."""
    ctx.require(Permission.RUN_MEETING)
    wanted = frozenset(case_ids)
    with ctx.vault.session() as s:
        ensure_open(s, meeting_id)
        member = s.get(models.Member, member_id)
        if member is None or not member.active:
            raise ValidationError([ValidationIssue("member_id", ValidationCode.REQUIRED)])
        check_cases(s, meeting_id, wanted)
        at = models.Attendance
        row = s.scalar(select(at).where(at.meeting_id == meeting_id, at.member_id == member_id))
        created = row is None
        if row is None:
            row = at(meeting_id=meeting_id, member_id=member_id, status=AttendanceStatus.UNREGISTERED)
            s.add(row)
            s.flush()
        before = case_sets(s, [row])[row.id]
        write_cases(s, row, wanted)
        audit.append(
            s,
            ctx.user,
            "create" if created else "update",
            "attendance",
            row.id,
            {"member": member_id, "cases": {"before": sorted(before), "after": sorted(wanted)}},
        )
        return row.id


def invitations(ctx: ServiceContext, meeting_id: int) -> list[Invitation]:
    """Everyone on the meeting's list, with the cases they are invited for."""
    ctx.require(Permission.VIEW)
    at, mb, org = models.Attendance, models.Member, models.Organisation
    with ctx.vault.session() as s:
        rows = s.execute(
            select(at, mb.name, org.name)
            .join(mb, mb.id == at.member_id)
            .join(org, org.id == mb.organisation_id)
            .where(at.meeting_id == meeting_id)
            .order_by(org.name, mb.name)
        ).all()
        sets = case_sets(s, [r for r, _, _ in rows])
        return [
            Invitation(r.member_id, name, org_name, r.status, r.acknowledged_at is not None, sets[r.id])
            for r, name, org_name in rows
        ]


def in_room(ctx: ServiceContext, meeting_id: int, case_id: int | None) -> list[Invitation]:
    """Who is in the room for an item of this case (None: an item without a case)."""
    return [i for i in invitations(ctx, meeting_id) if i.in_room_for(case_id)]


def _partners_in_room(ctx: ServiceContext, meeting_id: int, item_id: int | None) -> list[Invitation]:
    """The partners invited for some cases who are in the room while ``item_id`` is the current item.

    A partner comes in for their cases' items and leaves after them (:meth:`Invitation.in_room_for`).
    Before the first item (``item_id`` None) everyone registered present is in the room: the opening, with
    the agenda on the wall. An item without a case (the review of open actions, another item): none.
    """
    present = [i for i in invitations(ctx, meeting_id) if i.case_ids and i.status is AttendanceStatus.PRESENT]
    if item_id is None or not present:
        return present
    with ctx.vault.session() as s:
        case_id = s.scalar(select(models.AgendaItem.case_id).where(models.AgendaItem.id == item_id))
    return [i for i in present if i.in_room_for(case_id)]


def withheld_cases(ctx: ServiceContext, meeting_id: int, item_id: int | None) -> frozenset[int]:
    """The meeting's cases the room may not read while ``item_id`` is the current item (None: no item yet):
    every case a partner in the room is not invited for (:func:`_partners_in_room`)."""
    partners = _partners_in_room(ctx, meeting_id, item_id)
    if not partners:
        return frozenset()
    with ctx.vault.session() as s:
        cases = _agenda_cases(s, meeting_id)
    return frozenset(c for c in cases if any(c not in i.case_ids for i in partners))


def partners_in_room(ctx: ServiceContext, meeting_id: int, item_id: int | None) -> bool:
    """Whether a partner invited for some cases only is in the room at this item: then the chair's screen
    lists no case of the cell beyond theirs (not even one to add to the agenda)."""
    return bool(_partners_in_room(ctx, meeting_id, item_id))
