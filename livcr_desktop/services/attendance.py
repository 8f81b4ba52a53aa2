"""Attendance and the confidentiality acknowledgement (art. 458ter §2 Sw.).

Every member starts as "not yet registered". An acknowledgement is one member's own act; taking it
back is allowed while the meeting is open and is audited like any other change. Once the meeting is
closed nothing here changes until it is reopened (``meetings.reopen_meeting``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.invitations import check_cases, write_cases
from livcr_desktop.services.meetings import ensure_open
from livcr_desktop.storage import audit, models

_PRESENT, _UNREGISTERED = AttendanceStatus.PRESENT, AttendanceStatus.UNREGISTERED


def _row(s: Session, meeting_id: int, member_id: int) -> models.Attendance | None:
    return s.scalar(
        select(models.Attendance).where(
            models.Attendance.meeting_id == meeting_id, models.Attendance.member_id == member_id
        )
    )


def _rows(s: Session, meeting_id: int) -> list[models.Attendance]:
    return list(s.scalars(select(models.Attendance).where(models.Attendance.meeting_id == meeting_id)))


def set_attendance(
    ctx: ServiceContext,
    meeting_id: int,
    member_id: int,
    status: AttendanceStatus,
    invited_case_id: int | None = None,
) -> int:
    """Record (or change) one member's presence. ``invited_case_id`` (kept for old callers) invites the
    member for that one case; None leaves their invitation as it is (see ``invitations.invite`` for a set)."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        ensure_open(s, meeting_id)
        if invited_case_id is not None:
            check_cases(s, meeting_id, [invited_case_id])
        row = _row(s, meeting_id, member_id)
        if row is None:
            row = models.Attendance(meeting_id=meeting_id, member_id=member_id, status=status)
            s.add(row)
            s.flush()
        before = row.status
        row.status = status
        if invited_case_id is not None:
            write_cases(s, row, [invited_case_id])
        if status is not _PRESENT:
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


def _acknowledge_row(ctx: ServiceContext, s: Session, row: models.Attendance, acknowledged: bool) -> None:
    before = row.acknowledged_at
    changes: dict[str, object] = {"member": row.member_id, "acknowledged": acknowledged}
    if acknowledged and row.status is _UNREGISTERED:  # acknowledging at the table is being there
        changes["status"] = {"before": row.status, "after": _PRESENT}
        row.status = _PRESENT
    row.acknowledged_at = ctx.now() if acknowledged else None
    if not acknowledged:  # the undo keeps what it undid in the trail
        changes["undone"] = before.isoformat(timespec="seconds") if before else None
    audit.append(s, ctx.user, "update", "attendance", row.id, changes)


def acknowledge(ctx: ServiceContext, meeting_id: int, member_id: int, acknowledged: bool = True) -> None:
    """One member acknowledges the confidentiality reminder (the time is recorded), or the
    acknowledgement is taken back. A member not yet registered who acknowledges is present."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        ensure_open(s, meeting_id)
        row = _row(s, meeting_id, member_id)
        if (
            row is None
            or row.status not in (_PRESENT, _UNREGISTERED)
            or (not acknowledged and row.status is not _PRESENT)
        ):
            raise ValueError("only a present member can acknowledge")
        if (row.acknowledged_at is not None) != acknowledged:
            _acknowledge_row(ctx, s, row, acknowledged)


def pending_acknowledgements(ctx: ServiceContext, meeting_id: int) -> int:
    """How many members "all present" would register and acknowledge: those not yet registered and
    those present without an acknowledgement."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        return sum(r.status in (_PRESENT, _UNREGISTERED) and r.acknowledged_at is None for r in _rows(s, meeting_id))


def acknowledge_all_present(ctx: ServiceContext, meeting_id: int) -> int:
    """Everyone not yet registered is present, and every present member acknowledges (one audit event
    per member); excused and absent members are left as they are. Returns how many changed."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        ensure_open(s, meeting_id)
        pending = [
            r for r in _rows(s, meeting_id) if r.status in (_PRESENT, _UNREGISTERED) and r.acknowledged_at is None
        ]
        for row in pending:
            _acknowledge_row(ctx, s, row, True)
        return len(pending)


def attendance_complete(ctx: ServiceContext, meeting_id: int) -> bool:
    """Attendance counts as recorded when every member is registered, someone is present and every
    present member acknowledged."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = _rows(s, meeting_id)
        present = [r for r in rows if r.status is _PRESENT]
        registered = all(r.status is not _UNREGISTERED for r in rows)
        return registered and bool(present) and all(r.acknowledged_at is not None for r in present)
