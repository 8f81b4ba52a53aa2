"""Attendance and the confidentiality acknowledgement (art. 458ter §2 Sw.)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import ensure_editable
from livcr_desktop.storage import audit, models


def _row(s: Session, meeting_id: int, member_id: int) -> models.Attendance | None:
    return s.scalar(
        select(models.Attendance).where(
            models.Attendance.meeting_id == meeting_id, models.Attendance.member_id == member_id
        )
    )


def set_attendance(
    ctx: ServiceContext,
    meeting_id: int,
    member_id: int,
    status: AttendanceStatus,
    invited_case_id: int | None = None,
) -> int:
    """Record (or change) one member's presence; an invited member may be there for one case only."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        row = _row(s, meeting_id, member_id)
        if row is None:
            row = models.Attendance(meeting_id=meeting_id, member_id=member_id, status=status)
            s.add(row)
        before = row.status
        row.status = status
        row.invited_case_id = invited_case_id
        if status is not AttendanceStatus.PRESENT:
            row.acknowledged_at = None
            row.feedback_consent = False
        s.flush()
        audit.append(
            s,
            ctx.user,
            "update",
            "attendance",
            row.id,
            {"member": member_id, "status": {"before": before, "after": status}},
        )
        return row.id


def acknowledge(ctx: ServiceContext, meeting_id: int, member_id: int, acknowledged: bool = True) -> None:
    """A present member acknowledges the confidentiality reminder; the time is recorded."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        row = _row(s, meeting_id, member_id)
        if row is None or row.status is not AttendanceStatus.PRESENT:
            raise ValueError("only a present member can acknowledge")
        row.acknowledged_at = ctx.now() if acknowledged else None
        audit.append(s, ctx.user, "update", "attendance", row.id, {"acknowledged": acknowledged})


def attendance_complete(ctx: ServiceContext, meeting_id: int) -> bool:
    """Attendance counts as recorded when someone is present and every present member acknowledged."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.Attendance).where(models.Attendance.meeting_id == meeting_id)).all()
        present = [r for r in rows if r.status is AttendanceStatus.PRESENT]
        return bool(present) and all(r.acknowledged_at is not None for r in present)
