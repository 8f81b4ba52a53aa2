"""The cell's set-up: its identity, organisations and members (reference data for forms and meetings).

Nothing is ever deleted: retiring an organisation or a member clears ``active`` (and sets a member's
``active_to``); the row stays, so old meetings, attendance lists and minutes still name them.
Every change needs Permission.ADMINISTER and is audited; reading needs Permission.VIEW.

Refused input raises :class:`ValidationError` before anything is written. Codes per field:
``name``, ``short_name``, ``function``, ``role``, ``municipality``, ``cell_name``: REQUIRED (empty),
TOO_LONG, DUPLICATE (an organisation's name or short name), BAD_CHARACTERS; ``organisation_id``:
REQUIRED (no such organisation) and BAD_FORMAT (the organisation is retired: no new members);
``to_member_id`` (:func:`reassign_member`): SELF (the same member), REQUIRED (no such member) and
BAD_FORMAT (a retired member).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain import settings as setting_specs
from livcr_desktop.domain.entities import Member, Organisation
from livcr_desktop.domain.enums import ActionStatus, MeetingStatus, MemberKind, OrganisationSector
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    ValidationCode,
    ValidationError,
    ValidationIssue,
    check_texts,
    text_issues,
)
from livcr_desktop.services import settings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

MAX_SHORT_NAME = 40  # the column's length; grids and the minutes show it


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """An organisation as the set-up screen and the command line list it."""

    id: int
    name: str
    short_name: str
    sector: OrganisationSector
    professional_secrecy: bool
    active: bool
    active_members: int


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """A member as the set-up screen and the command line list it."""

    id: int
    name: str
    organisation_id: int
    organisation_short_name: str
    kind: MemberKind
    function: str
    role: str  # role in the cell
    active: bool
    active_from: date | None
    active_to: date | None
    kernteam: bool = False  # also sits in the kernteam (meetings of kind CORE_TEAM)


@dataclass(frozen=True, slots=True)
class Reassignment:
    """What :func:`reassign_member` moved: numbers of planned meetings whose chair or secretary it
    changed, and the IDs of the open actions whose responsible member it changed."""

    chaired: list[str]
    minuted: list[str]  # the member took the minutes (secretary)
    actions: list[int]

    @property
    def count(self) -> int:
        return len(self.chaired) + len(self.minuted) + len(self.actions)


@dataclass(frozen=True, slots=True)
class CellIdentity:
    municipality: str  # municipality, municipalities of a zonal cell, or the police zone
    cell_name: str


class InUseError(ValueError):
    """Retiring would leave something without its person or organisation; nothing was changed.

    ``meetings``: numbers of planned meetings the member chairs or takes the minutes of; ``open_actions``:
    open actions the member (or the organisation's members) are responsible for.
    """

    def __init__(self, meetings: list[str], open_actions: int = 0) -> None:
        self.meetings, self.open_actions = meetings, open_actions
        parts = [f"chair or secretary of planned meeting(s) {', '.join(meetings)}"] if meetings else []
        parts += [f"responsible for {open_actions} open action(s)"] if open_actions else []
        super().__init__("; ".join(parts))


# -- reading ---------------------------------------------------------------------------------------


def list_organisations(ctx: ServiceContext) -> list[Organisation]:
    """Every organisation, retired ones too (old meetings and cases refer to them)."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.Organisation).order_by(models.Organisation.name)).all()
        return [Organisation(o.id, o.name, o.short_name, o.sector) for o in rows]


def list_members(ctx: ServiceContext) -> list[Member]:
    """Every member, retired ones too (old meetings and minutes name them)."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.Member).order_by(models.Member.name)).all()
        return [Member(m.id, m.name, m.organisation_id, m.role, m.kind) for m in rows]


def organisation_records(ctx: ServiceContext, include_retired: bool = False) -> list[OrganisationRecord]:
    """The organisations by name; the retired ones only when asked."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        query = select(models.Organisation).order_by(models.Organisation.name)
        if not include_retired:
            query = query.where(models.Organisation.active.is_(True))
        orgs = s.scalars(query).all()
        counts = Counter(s.scalars(select(models.Member.organisation_id).where(models.Member.active.is_(True))).all())
        return [
            OrganisationRecord(
                o.id, o.name, o.short_name, o.sector, o.professional_secrecy, o.active, counts.get(o.id, 0)
            )
            for o in orgs
        ]


def member_records(ctx: ServiceContext, include_retired: bool = False) -> list[MemberRecord]:
    """The members by name; the retired ones only when asked."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        query = select(models.Member, models.Organisation.short_name).join(models.Organisation)
        if not include_retired:
            query = query.where(models.Member.active.is_(True))
        rows = s.execute(query.order_by(models.Member.name, models.Member.id)).all()
        return [
            MemberRecord(
                m.id,
                m.name,
                m.organisation_id,
                short,
                m.kind,
                m.function,
                m.role,
                m.active,
                m.active_from,
                m.active_to,
                m.kernteam,
            )
            for m, short in rows
        ]


def cell_identity(ctx: ServiceContext) -> CellIdentity:
    """The municipality (or police zone) and the cell's name, from the cell's settings."""
    ctx.require(Permission.VIEW)
    return CellIdentity(settings.get(ctx, setting_specs.MUNICIPALITY), settings.get(ctx, setting_specs.CELL_NAME))


# -- validation ------------------------------------------------------------------------------------


def _text_issues(required: dict[str, str], optional: dict[str, str], limits: dict[str, int]) -> list[ValidationIssue]:
    issues = [ValidationIssue(f, ValidationCode.REQUIRED) for f, v in required.items() if not v.strip()]
    for f, v in (required | optional).items():
        if len(v.strip()) > limits.get(f, MAX_SHORT_TEXT):
            issues.append(ValidationIssue(f, ValidationCode.TOO_LONG))
    return issues + text_issues(required | optional)


def _organisation_issues(
    s: Session, name: str, short_name: str, exclude_id: int | None = None
) -> list[ValidationIssue]:
    issues = _text_issues({"name": name, "short_name": short_name}, {}, {"short_name": MAX_SHORT_NAME})
    others = s.execute(
        select(models.Organisation.name, models.Organisation.short_name).where(
            models.Organisation.id != (exclude_id or 0)
        )
    ).all()
    taken_names = {n.strip().casefold() for n, _ in others}
    taken_shorts = {sh.strip().casefold() for _, sh in others}
    if name.strip() and name.strip().casefold() in taken_names:
        issues.append(ValidationIssue("name", ValidationCode.DUPLICATE))
    if short_name.strip() and short_name.strip().casefold() in taken_shorts:
        issues.append(ValidationIssue("short_name", ValidationCode.DUPLICATE))
    return issues


def _member_issues(
    s: Session, name: str, organisation_id: int, function: str, role: str, current_org: int | None = None
) -> list[ValidationIssue]:
    issues = _text_issues({"name": name}, {"function": function, "role": role}, {})
    org = s.get(models.Organisation, organisation_id)
    if org is None:
        issues.append(ValidationIssue("organisation_id", ValidationCode.REQUIRED))
    elif not org.active and org.id != current_org:  # a member may keep the retired organisation they had
        issues.append(ValidationIssue("organisation_id", ValidationCode.BAD_FORMAT))
    return issues


def _raise(issues: list[ValidationIssue]) -> None:
    if issues:
        raise ValidationError(issues)


# -- the cell's identity ---------------------------------------------------------------------------


def set_cell_identity(ctx: ServiceContext, municipality: str, cell_name: str) -> CellIdentity:
    """Store the municipality (or police zone) and the cell's name; both are required here."""
    ctx.require(Permission.ADMINISTER)
    municipality, cell_name = municipality.strip(), cell_name.strip()
    limits = {
        "municipality": setting_specs.MUNICIPALITY.maximum or 200,
        "cell_name": setting_specs.CELL_NAME.maximum or 120,
    }
    _raise(_text_issues({"municipality": municipality, "cell_name": cell_name}, {}, limits))
    settings.set_many(ctx, {setting_specs.MUNICIPALITY.key: municipality, setting_specs.CELL_NAME.key: cell_name})
    return CellIdentity(municipality, cell_name)


# -- organisations ---------------------------------------------------------------------------------


def add_organisation(
    ctx: ServiceContext,
    name: str,
    short_name: str,
    sector: OrganisationSector,
    professional_secrecy: bool = False,
) -> int:
    ctx.require(Permission.ADMINISTER)
    check_texts(name=name, short_name=short_name)
    name, short_name = name.strip(), short_name.strip()
    with ctx.vault.session() as s:
        _raise(_organisation_issues(s, name, short_name))
        org = models.Organisation(
            name=name, short_name=short_name, sector=sector, active=True, professional_secrecy=professional_secrecy
        )
        s.add(org)
        s.flush()
        audit.append(s, ctx.user, "create", "organisation", org.id, {"name": name})
        return org.id


def update_organisation(
    ctx: ServiceContext,
    organisation_id: int,
    name: str,
    short_name: str,
    sector: OrganisationSector,
    professional_secrecy: bool,
) -> None:
    """Change an organisation's name, short name, sector or secrecy (LookupError: no such organisation)."""
    ctx.require(Permission.ADMINISTER)
    name, short_name = name.strip(), short_name.strip()
    with ctx.vault.session() as s:
        org = s.get(models.Organisation, organisation_id)
        if org is None:
            raise LookupError(f"no organisation with ID {organisation_id}")
        _raise(_organisation_issues(s, name, short_name, exclude_id=organisation_id))
        before = {"name": org.name, "short_name": org.short_name, "sector": org.sector.value}
        org.name, org.short_name, org.sector, org.professional_secrecy = name, short_name, sector, professional_secrecy
        detail = {"before": before, "after": {"name": name, "short_name": short_name, "sector": sector.value}}
        audit.append(s, ctx.user, "update", "organisation", org.id, detail)


def retire_organisation(ctx: ServiceContext, organisation_id: int) -> list[int]:
    """Retire an organisation and its active members as of today (rows kept); returns those members' IDs.

    Refused (InUseError, nothing changed) while one of them chairs or takes the minutes of a planned
    meeting or is responsible for an open action.
    """
    ctx.require(Permission.ADMINISTER)
    with ctx.vault.session() as s:
        org = s.get(models.Organisation, organisation_id)
        if org is None:
            raise LookupError(f"no organisation with ID {organisation_id}")
        if not org.active:
            return []
        members = s.scalars(
            select(models.Member).where(
                models.Member.organisation_id == organisation_id, models.Member.active.is_(True)
            )
        ).all()
        meetings: list[str] = []
        actions = 0
        for m in members:
            in_use = _in_use(s, m.id)
            meetings += [n for n in in_use.meetings if n not in meetings]
            actions += in_use.open_actions
        if meetings or actions:
            raise InUseError(meetings, actions)
        for m in members:
            _retire(ctx, s, m)
        org.active = False
        audit.append(s, ctx.user, "retire", "organisation", org.id, {"name": org.name, "members": len(members)})
        return [m.id for m in members]


# -- members ---------------------------------------------------------------------------------------


def add_member(
    ctx: ServiceContext,
    name: str,
    organisation_id: int,
    role: str,
    kind: MemberKind,
    function: str = "",
    active_from: date | None = None,
    *,
    kernteam: bool = False,
) -> int:
    """A new member of an active organisation; ``role`` is the role in the cell, ``function`` the job;
    ``kernteam``: also a member of the kernteam (invited to its meetings, whatever the member's kind)."""
    ctx.require(Permission.ADMINISTER)
    check_texts(name=name, role=role, function=function)
    name, role, function = name.strip(), role.strip(), function.strip()
    with ctx.vault.session() as s:
        _raise(_member_issues(s, name, organisation_id, function, role))
        m = models.Member(
            name=name,
            organisation_id=organisation_id,
            role=role,
            kind=kind,
            function=function,
            active=True,
            active_from=active_from or ctx.today(),
            kernteam=kernteam,
        )
        s.add(m)
        s.flush()
        detail: dict[str, object] = {"name": name, "role": role}
        if kernteam:
            detail["kernteam"] = True
        audit.append(s, ctx.user, "create", "member", m.id, detail)
        return m.id


def update_member(
    ctx: ServiceContext,
    member_id: int,
    name: str,
    organisation_id: int,
    role: str,
    kind: MemberKind,
    function: str,
    active_from: date | None,
    *,
    kernteam: bool = False,
) -> None:
    """Change a member (LookupError: no such member). A retired member's history keeps the new name.
    ``kernteam`` is the whole new value (a caller that keeps it passes the member's current flag)."""
    ctx.require(Permission.ADMINISTER)
    name, role, function = name.strip(), role.strip(), function.strip()
    with ctx.vault.session() as s:
        m = s.get(models.Member, member_id)
        if m is None:
            raise LookupError(f"no member with ID {member_id}")
        _raise(_member_issues(s, name, organisation_id, function, role, current_org=m.organisation_id))
        before: dict[str, object] = {
            "name": m.name,
            "organisation_id": m.organisation_id,
            "role": m.role,
            "kind": m.kind.value,
        }
        after: dict[str, object] = {"name": name, "organisation_id": organisation_id, "role": role, "kind": kind.value}
        if m.kernteam != kernteam:
            before["kernteam"], after["kernteam"] = m.kernteam, kernteam
        m.name, m.organisation_id, m.role, m.kind, m.function = name, organisation_id, role, kind, function
        m.active_from = active_from
        m.kernteam = kernteam
        audit.append(s, ctx.user, "update", "member", m.id, {"before": before, "after": after})


def retire_member(ctx: ServiceContext, member_id: int) -> None:
    """Retire a member as of today; their rows stay. Refused (InUseError) while they chair or take the
    minutes of a planned meeting or are responsible for an open action."""
    ctx.require(Permission.ADMINISTER)
    with ctx.vault.session() as s:
        m = s.get(models.Member, member_id)
        if m is None:
            raise LookupError(f"no member with ID {member_id}")
        if not m.active:
            return
        in_use = _in_use(s, member_id)
        if in_use.meetings or in_use.open_actions:
            raise in_use
        _retire(ctx, s, m)


def reassign_member(ctx: ServiceContext, from_member_id: int, to_member_id: int) -> Reassignment:
    """Hand what keeps a member from retiring to another active member: the chair and the secretary of
    planned meetings and the open actions they are responsible for (closed meetings and done or not
    executed actions keep their history). Each action gets a line in its history; one audit event
    names everything moved. LookupError: no such ``from_member_id``; ValidationError (nothing changed):
    ``to_member_id`` is the same member (SELF), unknown (REQUIRED) or retired (BAD_FORMAT).
    """
    ctx.require(Permission.ADMINISTER)
    with ctx.vault.session() as s:
        source = s.get(models.Member, from_member_id)
        if source is None:
            raise LookupError(f"no member with ID {from_member_id}")
        target = s.get(models.Member, to_member_id)
        if to_member_id == from_member_id:
            _raise([ValidationIssue("to_member_id", ValidationCode.SELF)])
        if target is None:
            _raise([ValidationIssue("to_member_id", ValidationCode.REQUIRED)])
        assert target is not None
        if not target.active:
            _raise([ValidationIssue("to_member_id", ValidationCode.BAD_FORMAT)])
        planned = s.scalars(
            select(models.Meeting)
            .where(
                models.Meeting.status == MeetingStatus.PLANNED,
                or_(models.Meeting.chair_id == from_member_id, models.Meeting.secretary_id == from_member_id),
            )
            .order_by(models.Meeting.meeting_date, models.Meeting.id)
        ).all()
        chaired, minuted = [], []
        for meeting in planned:
            if meeting.chair_id == from_member_id:
                meeting.chair_id = to_member_id
                chaired.append(meeting.number)
            if meeting.secretary_id == from_member_id:
                meeting.secretary_id = to_member_id
                minuted.append(meeting.number)
        actions = s.scalars(
            select(models.Action)
            .where(
                models.Action.responsible_member_id == from_member_id,
                models.Action.status.in_([st for st in ActionStatus if st.is_open]),
            )
            .order_by(models.Action.id)
        ).all()
        now = ctx.now()
        note = f"verantwoordelijke: {source.name} → {target.name}"
        for action in actions:
            action.responsible_member_id = to_member_id
            action.updated_at = now
            s.add(models.ActionUpdate(action_id=action.id, at=now, status=action.status, note=note, user=ctx.user))
        done = Reassignment(chaired, minuted, [a.id for a in actions])
        if done.count:
            detail = {"to": to_member_id, "chair": chaired, "secretary": minuted, "actions": done.actions}
            audit.append(s, ctx.user, "reassign", "member", from_member_id, detail)
        return done


def _in_use(s: Session, member_id: int) -> InUseError:
    """What a member is still needed for (an InUseError naming nothing when they are free to go)."""
    planned = s.scalars(
        select(models.Meeting.number).where(
            models.Meeting.status == MeetingStatus.PLANNED,
            or_(models.Meeting.chair_id == member_id, models.Meeting.secretary_id == member_id),
        )
    ).all()
    open_statuses = [st for st in ActionStatus if st.is_open]
    actions = s.scalars(
        select(models.Action.id).where(
            models.Action.responsible_member_id == member_id, models.Action.status.in_(open_statuses)
        )
    ).all()
    return InUseError(list(planned), len(actions))


def _retire(ctx: ServiceContext, s: Session, m: models.Member) -> None:
    m.active = False
    m.active_to = ctx.today()
    audit.append(s, ctx.user, "retire", "member", m.id, {"name": m.name})
