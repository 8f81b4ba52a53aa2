"""Who is in the room for one case of a meeting, and whether the case is on that meeting at all.

"Present for the case": present at the meeting and, for a partner invited for some cases only
(``AttendanceCase``, or the older ``Attendance.invited_case_id``), invited for this case. Used by
the feedback form (consent) and the letter; ``services.attendance`` may take this rule over.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.storage import models


@dataclass(frozen=True, slots=True)
class PresentMember:
    member_id: int
    name: str
    organisation: str


def case_in_meeting(s: Session, meeting_id: int, case_id: int) -> bool:
    """The case is on the meeting's agenda (the form or letter of a case belongs to one meeting)."""
    a = models.AgendaItem
    return s.scalar(select(a.id).where(a.meeting_id == meeting_id, a.case_id == case_id).limit(1)) is not None


def present_for_case(s: Session, meeting_id: int, case_id: int) -> list[PresentMember]:
    """The members present for ``case_id`` at ``meeting_id``, in the attendance order."""
    att, ac = models.Attendance, models.AttendanceCase
    rows = s.scalars(
        select(att).where(att.meeting_id == meeting_id, att.status == AttendanceStatus.PRESENT).order_by(att.id)
    ).all()
    invited: dict[int, set[int]] = {}
    if rows:
        for attendance_id, invited_case in s.execute(
            select(ac.attendance_id, ac.case_id).where(ac.attendance_id.in_([r.id for r in rows]))
        ):
            invited.setdefault(attendance_id, set()).add(invited_case)
    out = []
    for r in rows:
        cases = invited.get(r.id) or ({r.invited_case_id} if r.invited_case_id is not None else None)
        if cases is not None and case_id not in cases:
            continue
        member = s.get_one(models.Member, r.member_id)
        org = s.get_one(models.Organisation, member.organisation_id)
        out.append(PresentMember(member.id, member.name, org.short_name or org.name))
    return out


def setting(s: Session, key: str, default: str) -> str:
    row = s.get(models.Setting, key)
    if row is None:
        return default
    try:
        return str(json.loads(row.value))
    except ValueError:
        return row.value
