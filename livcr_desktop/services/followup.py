"""Follow-up between meetings: every action across cases, its history, and the next agenda.

Status changes go through :func:`services.decisions.set_action_status` (one ActionUpdate row and
one audit event per change); agenda items through :func:`services.meetings.add_agenda_item`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from livcr_desktop.domain.enums import ActionStatus, AgendaItemKind, CaseStatus, MeetingStatus
from livcr_desktop.domain.followup import ActionHistoryEntry, AgendaCandidate, NextAgenda, TrackedAction
from livcr_desktop.domain.meeting import ActionDraft
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue
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


def add_action(ctx: ServiceContext, draft: ActionDraft) -> int:
    """A new action for a case outside any meeting (the casemanager between meetings): ``draft.meeting_id``
    is ignored. Same rules as in a meeting: description, owner and a deadline not in the past."""
    ctx.require(Permission.FOLLOW_UP)
    return decisions.add_action(ctx, replace(draft, meeting_id=None))


def change_action(
    ctx: ServiceContext,
    action_id: int,
    deadline: date | None,
    owner_organisation_id: int | None,
    responsible_member_id: int | None,
) -> bool:
    """Change an action's deadline, owner organisation and responsible member between meetings.

    Each change is one line of the action's history (an ActionUpdate with a note such as
    "termijn: 12/01 → 19/01; eigenaar: PZ → OCMW") and one audit event. Returns False when nothing changed.
    A new deadline may not lie in the past; the owner is required.
    """
    ctx.require(Permission.FOLLOW_UP)
    issues = []
    if owner_organisation_id is None:
        issues.append(ValidationIssue("owner_organisation_id", ValidationCode.REQUIRED))
    if deadline is None:
        issues.append(ValidationIssue("deadline", ValidationCode.REQUIRED))
    with ctx.vault.session() as s:
        row = s.get_one(models.Action, action_id)
        if deadline is not None and deadline != row.deadline and deadline < ctx.today():
            issues.append(ValidationIssue("deadline", ValidationCode.DATE_IN_PAST))
        if issues:
            raise ValidationError(issues)
        assert deadline is not None and owner_organisation_id is not None
        s.get_one(models.Organisation, owner_organisation_id)
        if responsible_member_id is not None:
            s.get_one(models.Member, responsible_member_id)
        parts: list[str] = []
        changed: dict[str, object] = {}
        if deadline != row.deadline:
            parts.append(f"termijn: {_day(row.deadline)} → {_day(deadline)}")
            changed["deadline"] = {"before": row.deadline, "after": deadline}
            row.deadline = deadline
        if owner_organisation_id != row.owner_organisation_id:
            before, after = (_org(s, i) for i in (row.owner_organisation_id, owner_organisation_id))
            parts.append(f"eigenaar: {before} → {after}")
            changed["owner"] = {"before": row.owner_organisation_id, "after": owner_organisation_id}
            row.owner_organisation_id = owner_organisation_id
        if responsible_member_id != row.responsible_member_id:
            before, after = (_member(s, i) for i in (row.responsible_member_id, responsible_member_id))
            parts.append(f"verantwoordelijke: {before} → {after}")
            changed["responsible"] = {"before": row.responsible_member_id, "after": responsible_member_id}
            row.responsible_member_id = responsible_member_id
        if not parts:
            return False
        now = ctx.now()
        row.updated_at = now
        s.add(models.ActionUpdate(action_id=action_id, at=now, status=row.status, note="; ".join(parts), user=ctx.user))
        audit.append(s, ctx.user, "update", "action", action_id, changed)
        return True


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _org(s: Session, organisation_id: int) -> str:
    return s.get_one(models.Organisation, organisation_id).short_name


def _member(s: Session, member_id: int | None) -> str:
    return "—" if member_id is None else s.get_one(models.Member, member_id).name


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
