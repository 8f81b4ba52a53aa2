"""Meetings: create, propose and edit the agenda, move through it live.

Every call is its own transaction, committed before it returns: the live meeting has no Save
button, and a killed process loses nothing that was reported done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    CaseStatus,
    MeetingKind,
    MeetingStatus,
    MemberKind,
)
from livcr_desktop.domain.meeting import AgendaEntry, AttendanceEntry, MeetingDraft, MeetingOverview
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import (
    ValidationCode,
    ValidationError,
    ValidationIssue,
    check_texts,
    text_issues,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

ACTION_REVIEW_TITLE = "Opvolging openstaande acties van de vorige vergadering"


class MeetingLockedError(Exception):
    """The meeting's minutes are finalised: corrections go into an addendum."""


class MeetingClosedError(Exception):
    """The meeting is closed: it is reopened (audited) before what was recorded changes."""


def ensure_editable(s: Session, meeting_id: int) -> models.Meeting:
    meeting = s.get_one(models.Meeting, meeting_id)
    if meeting.status is MeetingStatus.FINALISED:
        raise MeetingLockedError(meeting.number)
    return meeting


def ensure_open(s: Session, meeting_id: int) -> models.Meeting:
    """Editable and not closed (planned or in progress)."""
    meeting = ensure_editable(s, meeting_id)
    if meeting.status is MeetingStatus.CLOSED:
        raise MeetingClosedError(meeting.number)
    return meeting


def _next_number(s: Session, day: date) -> str:
    prefix = f"{day.year}/"
    count = s.scalar(select(func.count()).select_from(models.Meeting).where(models.Meeting.number.like(prefix + "%")))
    n = int(count or 0) + 1
    while s.scalar(select(models.Meeting.id).where(models.Meeting.number == f"{prefix}{n:02d}")) is not None:
        n += 1
    return f"{prefix}{n:02d}"


def validate_meeting(draft: MeetingDraft) -> list[ValidationIssue]:
    issues = []
    if draft.meeting_date is None:
        issues.append(ValidationIssue("meeting_date", ValidationCode.REQUIRED))
    if not draft.place.strip():
        issues.append(ValidationIssue("place", ValidationCode.REQUIRED))
    if draft.chair_id is None:
        issues.append(ValidationIssue("chair_id", ValidationCode.REQUIRED))
    if not 15 <= draft.planned_minutes <= 600:
        issues.append(ValidationIssue("planned_minutes", ValidationCode.BAD_FORMAT))
    flagged = {i.field for i in issues}
    issues.extend(i for i in text_issues({"place": draft.place, "number": draft.number}) if i.field not in flagged)
    return issues


def create_meeting(ctx: ServiceContext, draft: MeetingDraft, propose: bool = True) -> int:
    """Create a meeting, its attendance list (not yet registered) and, by default, its agenda.

    The attendance list holds the active core members; for a kernteam meeting (``MeetingKind.CORE_TEAM``,
    its own forum) the active members of the kernteam, whatever their kind."""
    ctx.require(Permission.RUN_MEETING)
    issues = validate_meeting(draft)
    if issues:
        raise ValidationError(issues)
    assert draft.meeting_date is not None
    with ctx.vault.session() as s:
        meeting = models.Meeting(
            number=draft.number.strip() or _next_number(s, draft.meeting_date),
            kind=draft.kind,
            status=MeetingStatus.PLANNED,
            meeting_date=draft.meeting_date,
            start_time=draft.start_time,
            planned_minutes=draft.planned_minutes,
            place=draft.place.strip(),
            chair_id=draft.chair_id,
            secretary_id=draft.secretary_id,
        )
        s.add(meeting)
        s.flush()
        for m in s.scalars(_members_invited(meeting.kind)).all():
            # Nobody is present until the chair records it (issue: "everyone starts as aanwezig").
            s.add(models.Attendance(meeting_id=meeting.id, member_id=m.id, status=AttendanceStatus.UNREGISTERED))
        audit.append(s, ctx.user, "create", "meeting", meeting.id, {"number": meeting.number})
        if propose:
            _propose_agenda(s, meeting)
        return meeting.id


def _members_invited(kind: MeetingKind) -> Select[models.Member]:
    """The members on a new meeting's attendance list: the kernteam for a kernteam meeting, else the core."""
    mb = models.Member
    forum = mb.kernteam.is_(True) if kind is MeetingKind.CORE_TEAM else mb.kind == MemberKind.CORE
    return select(mb).where(forum, mb.active.is_(True)).order_by(mb.id)


def _on_other_open_agenda(s: Session, meeting_id: int) -> set[int]:
    """The cases already on the agenda of another meeting that has not been held yet (planned or under
    way): a proposal does not put them on a second one."""
    a, m = models.AgendaItem, models.Meeting
    return set(
        s.scalars(
            select(a.case_id)
            .join(m, m.id == a.meeting_id)
            .where(
                a.meeting_id != meeting_id,
                a.case_id.is_not(None),
                m.status.in_([MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS]),
            )
        )
    )


def _proposed_cases(s: Session, meeting: models.Meeting) -> list[tuple[models.Case, AgendaItemKind]]:
    """A regular (or extraordinary) meeting: the cases due for review by the meeting day, then the new
    referrals marked for the next agenda. A kernteam meeting screens: the marked new referrals, then the
    urgent open cases; not the cases merely due for review."""
    c = models.Case
    open_statuses = [st for st in CaseStatus if not st.is_closed]
    is_open = c.status.in_(open_statuses)
    if meeting.kind is MeetingKind.CORE_TEAM:
        new = s.scalars(
            select(c).where(c.on_next_agenda.is_(True), is_open).order_by(c.registration_date, c.code)
        ).all()
        urgent = s.scalars(
            select(c)
            .where(c.urgent.is_(True), c.on_next_agenda.is_(False), is_open)
            .order_by(c.registration_date, c.code)
        ).all()
        fresh = (CaseStatus.REGISTERED, CaseStatus.SCREENING)
        return [(x, AgendaItemKind.NEW_REFERRAL) for x in new] + [
            (x, AgendaItemKind.NEW_REFERRAL if x.status in fresh else AgendaItemKind.CASE_REVIEW) for x in urgent
        ]
    due = s.scalars(
        select(c).where(is_open, c.next_review_date <= meeting.meeting_date).order_by(c.next_review_date, c.code)
    ).all()
    new = s.scalars(
        select(c)
        .where(
            c.on_next_agenda.is_(True),
            is_open,
            or_(c.next_review_date.is_(None), c.next_review_date > meeting.meeting_date),
        )
        .order_by(c.registration_date, c.code)
    ).all()
    return [(x, AgendaItemKind.CASE_REVIEW) for x in due] + [(x, AgendaItemKind.NEW_REFERRAL) for x in new]


def _propose_agenda(s: Session, meeting: models.Meeting) -> None:
    """Open actions first, then the cases for this kind of meeting (:func:`_proposed_cases`).

    A case already on the agenda of another planned meeting is not proposed twice; its mark "op de
    volgende agenda" stays, so it is not lost. The mark is cleared for the cases proposed."""
    position = 0
    s.add(
        models.AgendaItem(
            meeting_id=meeting.id,
            position=position,
            kind=AgendaItemKind.ACTION_REVIEW,
            title=ACTION_REVIEW_TITLE,
            planned_minutes=10,
        )
    )
    elsewhere = _on_other_open_agenda(s, meeting.id)
    for case, kind in _proposed_cases(s, meeting):
        if case.id in elsewhere:
            continue
        position += 1
        s.add(
            models.AgendaItem(meeting_id=meeting.id, position=position, kind=kind, case_id=case.id, planned_minutes=15)
        )
        case.on_next_agenda = False


def list_meetings(ctx: ServiceContext) -> list[MeetingOverview]:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        ids = s.scalars(select(models.Meeting.id).order_by(models.Meeting.meeting_date.desc())).all()
        return [_overview(s, i, with_details=False) for i in ids]


def get_meeting(ctx: ServiceContext, meeting_id: int) -> MeetingOverview:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        return _overview(s, meeting_id, with_details=True)


def _overview(s: Session, meeting_id: int, with_details: bool) -> MeetingOverview:
    m = s.get_one(models.Meeting, meeting_id)
    names = {mm.id: mm.name for mm in s.scalars(select(models.Member))} if with_details else {}
    if not with_details:
        ids = [x for x in (m.chair_id, m.secretary_id) if x is not None]
        names = {mm.id: mm.name for mm in s.scalars(select(models.Member).where(models.Member.id.in_(ids)))}
    agenda: tuple[AgendaEntry, ...] = ()
    attendance: tuple[AttendanceEntry, ...] = ()
    if with_details:
        agenda = tuple(_agenda(s, meeting_id))
        attendance = tuple(_attendance(s, meeting_id))
    return MeetingOverview(
        id=m.id,
        number=m.number,
        kind=m.kind,
        status=m.status,
        meeting_date=m.meeting_date,
        start_time=m.start_time,
        planned_minutes=m.planned_minutes,
        place=m.place,
        chair=names.get(m.chair_id or -1, ""),
        secretary=names.get(m.secretary_id or -1, ""),
        chair_id=m.chair_id,
        secretary_id=m.secretary_id,
        current_item_id=m.current_item_id,
        started_at=m.started_at,
        ended_at=m.ended_at,
        next_meeting_date=m.next_meeting_date,
        agenda=agenda,
        attendance=attendance,
    )


def _agenda(s: Session, meeting_id: int) -> list[AgendaEntry]:
    a, c = models.AgendaItem, models.Case
    rows = s.execute(
        select(a, c.code, c.pseudonym)
        .outerjoin(c, c.id == a.case_id)
        .where(a.meeting_id == meeting_id)
        .order_by(a.position)
    ).all()
    return [
        AgendaEntry(
            item.id,
            item.position,
            item.kind,
            item.case_id,
            code or "",
            pseudo or "",
            item.title,
            item.planned_minutes,
            item.elapsed_seconds,
        )
        for item, code, pseudo in rows
    ]


def _attendance(s: Session, meeting_id: int) -> list[AttendanceEntry]:
    at, mb, org = models.Attendance, models.Member, models.Organisation
    rows = s.execute(
        select(at, mb.name, mb.role, org.id, org.name)
        .join(mb, mb.id == at.member_id)
        .join(org, org.id == mb.organisation_id)
        .where(at.meeting_id == meeting_id)
        .order_by(org.name, mb.name)
    ).all()
    # ``invited_case_id``: the first case of the invitation (services.invitations holds the whole set).
    ac = models.AttendanceCase
    first_case: dict[int, int] = {}
    ids = [r.id for r, *_ in rows]
    for attendance_id, case_id in s.execute(select(ac.attendance_id, ac.case_id).where(ac.attendance_id.in_(ids))):
        first_case[attendance_id] = min(case_id, first_case.get(attendance_id, case_id))
    return [
        AttendanceEntry(
            r.id,
            r.member_id,
            name,
            role,
            org_id,
            org_name,
            r.status,
            first_case.get(r.id, r.invited_case_id),
            r.acknowledged_at,
            r.feedback_consent,
        )
        for r, name, role, org_id, org_name in rows
    ]


# -- agenda editing -----------------------------------------------------------------------------


def _renumber(s: Session, meeting_id: int, ordered_ids: list[int]) -> None:
    items = {i.id: i for i in s.scalars(select(models.AgendaItem).where(models.AgendaItem.meeting_id == meeting_id))}
    for pos, item_id in enumerate(ordered_ids):
        items[item_id].position = pos


def _ordered_ids(s: Session, meeting_id: int) -> list[int]:
    return list(
        s.scalars(
            select(models.AgendaItem.id)
            .where(models.AgendaItem.meeting_id == meeting_id)
            .order_by(models.AgendaItem.position)
        )
    )


def add_agenda_item(
    ctx: ServiceContext,
    meeting_id: int,
    case_id: int | None = None,
    title: str = "",
    kind: AgendaItemKind | None = None,
    position: int | None = None,
) -> int:
    ctx.require_any(Permission.RUN_MEETING, Permission.FOLLOW_UP)  # the casemanager prepares the next agenda
    if case_id is None and not title.strip():
        raise ValidationError([ValidationIssue("title", ValidationCode.REQUIRED)])
    check_texts(title=title)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        ids = _ordered_ids(s, meeting_id)
        item = models.AgendaItem(
            meeting_id=meeting_id,
            position=len(ids),
            case_id=case_id,
            title=title.strip(),
            kind=kind or (AgendaItemKind.CASE_REVIEW if case_id is not None else AgendaItemKind.OTHER),
            planned_minutes=15 if case_id is not None else 5,
        )
        s.add(item)
        s.flush()
        if position is not None and 0 <= position < len(ids):
            ids.insert(position, item.id)
            _renumber(s, meeting_id, ids)
        audit.append(s, ctx.user, "create", "agenda_item", item.id, {"meeting": meeting_id, "case": case_id})
        return item.id


def remove_agenda_item(ctx: ServiceContext, item_id: int) -> None:
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        item = s.get_one(models.AgendaItem, item_id)
        meeting = ensure_editable(s, item.meeting_id)
        if meeting.current_item_id == item_id:
            meeting.current_item_id = None
        meeting_id = item.meeting_id
        s.delete(item)
        s.flush()
        _renumber(s, meeting_id, _ordered_ids(s, meeting_id))
        audit.append(s, ctx.user, "delete", "agenda_item", item_id, {"meeting": meeting_id})


def move_agenda_item(ctx: ServiceContext, item_id: int, new_position: int) -> None:
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        item = s.get_one(models.AgendaItem, item_id)
        ensure_editable(s, item.meeting_id)
        ids = _ordered_ids(s, item.meeting_id)
        old = ids.index(item_id)
        new_position = max(0, min(new_position, len(ids) - 1))
        if old == new_position:
            return
        ids.insert(new_position, ids.pop(old))
        _renumber(s, item.meeting_id, ids)
        audit.append(
            s, ctx.user, "update", "agenda_item", item_id, {"position": {"before": old, "after": new_position}}
        )


# -- live state ---------------------------------------------------------------------------------


def start_meeting(ctx: ServiceContext, meeting_id: int) -> None:
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        m = ensure_editable(s, meeting_id)
        if m.status is MeetingStatus.PLANNED:
            m.status = MeetingStatus.IN_PROGRESS
            m.started_at = ctx.now()
            audit.append(s, ctx.user, "update", "meeting", meeting_id, {"status": "in_progress"})


def set_current_item(ctx: ServiceContext, meeting_id: int, item_id: int | None) -> None:
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        m = ensure_editable(s, meeting_id)
        if item_id is not None:
            item = s.get_one(models.AgendaItem, item_id)
            if item.meeting_id != meeting_id:
                raise ValueError("agenda item of another meeting")
        m.current_item_id = item_id


def add_elapsed(ctx: ServiceContext, item_id: int, seconds: int) -> None:
    """Persist the timer of an agenda item (called every few seconds while it runs)."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        item = s.get_one(models.AgendaItem, item_id)
        item.elapsed_seconds += max(0, seconds)


def close_meeting(ctx: ServiceContext, meeting_id: int, next_meeting_date: date | None) -> None:
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        m = ensure_editable(s, meeting_id)
        m.status = MeetingStatus.CLOSED
        m.ended_at = ctx.now()
        m.next_meeting_date = next_meeting_date
        m.current_item_id = None
        audit.append(s, ctx.user, "update", "meeting", meeting_id, {"status": "closed"})


def reopen_meeting(ctx: ServiceContext, meeting_id: int) -> None:
    """A closed meeting becomes editable again (in progress); refused once its minutes are finalised."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        m = ensure_editable(s, meeting_id)
        if m.status is not MeetingStatus.CLOSED:
            raise ValueError("only a closed meeting can be reopened")
        m.status = MeetingStatus.IN_PROGRESS
        m.ended_at = None
        audit.append(
            s, ctx.user, "update", "meeting", meeting_id, {"status": {"before": "closed", "after": "in_progress"}}
        )


@dataclass(frozen=True, slots=True)
class ClosingCheck:
    """What the chair is told before closing: agenda items with nothing recorded, cases without a decision."""

    untreated: tuple[AgendaEntry, ...]
    without_decision: tuple[AgendaEntry, ...]


def closing_check(ctx: ServiceContext, meeting_id: int) -> ClosingCheck:
    """A case item is treated when anything was recorded for it at this meeting; another item when its
    timer ran (or, for the review of open actions, when an action was updated since the meeting began)."""
    ctx.require(Permission.VIEW)
    m, day = models, models.DomainAssessment
    with ctx.vault.session() as s:
        meeting = s.get_one(m.Meeting, meeting_id)
        decided = set(s.scalars(select(m.Decision.case_id).where(m.Decision.meeting_id == meeting_id)))
        recorded = decided.union(
            *(
                s.scalars(q)
                for q in (
                    select(m.Contribution.case_id).where(m.Contribution.meeting_id == meeting_id),
                    select(m.Action.case_id).where(m.Action.meeting_id == meeting_id),
                    select(day.case_id).where(
                        day.meeting_id == meeting_id,
                        or_(day.risk_factors != "", day.protective_factors != "", day.concern_level > 0),
                    ),
                    select(m.Assessment.case_id).where(
                        m.Assessment.meeting_id == meeting_id,
                        or_(m.Assessment.summary != "", m.Assessment.qualification.is_not(None)),
                    ),
                )
            )
        )
        started = meeting.started_at
        updates = select(func.count()).select_from(m.ActionUpdate)
        reviewed = started is not None and bool(s.scalar(updates.where(m.ActionUpdate.at >= started)))
        untreated: list[AgendaEntry] = []
        undecided: list[AgendaEntry] = []
        for e in _agenda(s, meeting_id):
            if e.case_id is not None:
                if e.case_id not in recorded:
                    untreated.append(e)
                elif e.case_id not in decided:
                    undecided.append(e)
            elif e.elapsed_seconds == 0 and not (e.kind is AgendaItemKind.ACTION_REVIEW and reviewed):
                untreated.append(e)
        return ClosingCheck(tuple(untreated), tuple(undecided))
