"""Follow-up between meetings: every action across cases, its history, and the next agenda.

Status changes go through :func:`services.decisions.set_action_status` (one ActionUpdate row and
one audit event per change); agenda items through :func:`services.meetings.add_agenda_item`.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from livcr_desktop.domain.enums import ActionStatus, AgendaItemKind, CaseStatus, MeetingStatus
from livcr_desktop.domain.followup import ActionHistoryEntry, AgendaCandidate, NextAgenda, TrackedAction
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


# -- action tracker -----------------------------------------------------------------------------


def list_tracked_actions(ctx: ServiceContext) -> list[TrackedAction]:
    """Every action of every case with its latest update, in two queries (no ORM objects)."""
    ctx.require(Permission.VIEW)
    a, c, o, u = models.Action, models.Case, models.Organisation, models.ActionUpdate
    m = aliased(models.Member)
    latest = select(u.action_id, func.max(u.id).label("last_id")).group_by(u.action_id).subquery()
    last = aliased(u)
    stmt = (
        select(
            a.id,
            a.case_id,
            c.code,
            c.pseudonym,
            a.meeting_id,
            a.description,
            a.owner_organisation_id,
            o.short_name,
            m.name,
            a.deadline,
            a.status,
            last.at,
            last.note,
        )
        .join(c, c.id == a.case_id)
        .join(o, o.id == a.owner_organisation_id)
        .outerjoin(m, m.id == a.responsible_member_id)
        .outerjoin(latest, latest.c.action_id == a.id)
        .outerjoin(last, last.id == latest.c.last_id)
        .order_by(a.deadline, c.code, a.id)
    )
    with ctx.vault.session() as s:
        return [
            TrackedAction(
                id=r[0],
                case_id=r[1],
                case_code=r[2],
                case_pseudonym=r[3],
                meeting_id=r[4],
                description=r[5],
                owner_organisation_id=r[6],
                owner_organisation=r[7],
                responsible=r[8] or "",
                deadline=r[9],
                status=r[10],
                last_update_at=r[11],
                last_note=r[12] or "",
            )
            for r in s.execute(stmt)
        ]


def overdue_action_count(ctx: ServiceContext) -> int:
    """Open or running actions whose deadline has passed (the main window shows this count)."""
    ctx.require(Permission.VIEW)
    a = models.Action
    with ctx.vault.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(a).where(a.status.in_(OPEN_STATUSES), a.deadline < ctx.today()))
            or 0
        )


def action_history(ctx: ServiceContext, action_id: int) -> list[ActionHistoryEntry]:
    """Every recorded change of one action, oldest first."""
    ctx.require(Permission.VIEW)
    u = models.ActionUpdate
    with ctx.vault.session() as s:
        rows = s.scalars(select(u).where(u.action_id == action_id).order_by(u.at, u.id)).all()
        return [ActionHistoryEntry(r.id, r.at, r.user, r.status, r.note) for r in rows]


def update_action(ctx: ServiceContext, action_id: int, status: ActionStatus, note: str = "") -> None:
    """Record a status (possibly unchanged) with a dated note: the tracker's "Bijwerken"."""
    ctx.require(Permission.FOLLOW_UP)
    decisions.set_action_status(ctx, action_id, status, note)


# -- next agenda --------------------------------------------------------------------------------


def set_on_next_agenda(ctx: ServiceContext, case_id: int, on: bool = True) -> None:
    """Mark (or unmark) a case "op de volgende agenda"; the next agenda proposal picks it up."""
    ctx.require(Permission.FOLLOW_UP)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        if case.on_next_agenda == on:
            return
        case.on_next_agenda = on
        case.updated_at = ctx.now()
        audit.append(s, ctx.user, "update", "case", case_id, {"on_next_agenda": {"before": not on, "after": on}})


def _next_planned(s: Session, ctx: ServiceContext) -> models.Meeting | None:
    m = models.Meeting
    return s.scalar(
        select(m)
        .where(m.status == MeetingStatus.PLANNED, m.meeting_date >= ctx.today())
        .order_by(m.meeting_date, m.id)
        .limit(1)
    )


def next_agenda(ctx: ServiceContext) -> NextAgenda | None:
    """The next planned meeting (today or later) and the cases that belong on its agenda.

    Due: an open case whose next review falls on or before the meeting day. New: an open case
    marked for the next agenda. Cases already on the agenda are listed but marked as such.
    None when no meeting is planned.
    """
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        meeting = _next_planned(s, ctx)
        if meeting is None:
            return None
        c = models.Case
        open_statuses = [st for st in CaseStatus if not st.is_closed]
        on_agenda = set(
            s.scalars(
                select(models.AgendaItem.case_id).where(
                    models.AgendaItem.meeting_id == meeting.id, models.AgendaItem.case_id.is_not(None)
                )
            )
        )
        due = s.execute(
            select(c.id, c.code, c.pseudonym, c.next_review_date)
            .where(c.status.in_(open_statuses), c.next_review_date <= meeting.meeting_date)
            .order_by(c.next_review_date, c.code)
        ).all()
        new = s.execute(
            select(c.id, c.code, c.pseudonym, c.next_review_date)
            .where(
                c.status.in_(open_statuses),
                c.on_next_agenda.is_(True),
                or_(c.next_review_date.is_(None), c.next_review_date > meeting.meeting_date),
            )
            .order_by(c.registration_date, c.code)
        ).all()
        candidates = [
            AgendaCandidate(r[0], r[1], r[2], kind, r[3], r[0] in on_agenda)
            for rows, kind in ((due, AgendaItemKind.CASE_REVIEW), (new, AgendaItemKind.NEW_REFERRAL))
            for r in rows
        ]
        return NextAgenda(meeting.id, meeting.number, meeting.meeting_date, tuple(candidates))


def fill_next_agenda(ctx: ServiceContext) -> NextAgenda | None:
    """One click: put every due case and every marked referral on the next planned meeting.

    Returns what was considered (``to_add`` is what was added), None when no meeting is planned.
    The mark "op de volgende agenda" is cleared for the cases put on the agenda.
    """
    ctx.require(Permission.FOLLOW_UP)
    plan = next_agenda(ctx)
    if plan is None:
        return None
    for cand in plan.to_add:
        meetings.add_agenda_item(ctx, plan.meeting_id, case_id=cand.case_id, kind=cand.kind)
    marked = [c.case_id for c in plan.to_add if c.kind is AgendaItemKind.NEW_REFERRAL]
    if marked:
        with ctx.vault.session() as s:
            for case_id in marked:
                s.get_one(models.Case, case_id).on_next_agenda = False
            audit.append(
                s,
                ctx.user,
                "update",
                "meeting",
                plan.meeting_id,
                {"agenda_filled": [c.case_id for c in plan.to_add], "unmarked": marked},
            )
    return plan
