"""What a minutes document shows: :func:`collect` reads the meeting into ``reports.model.MinutesData``.

Privacy rules of the documents live here, in one place:
- full minutes honour each contribution's print choice (``in_minutes``); identities only on request,
  and only for a role that may read them (``Permission.READ_IDENTITY``, checked by every function that
  takes ``include_identity``); restricted contributions only for a role that may read them
  (``roles.reads_restricted``, the rule of the search and the assessment grid), otherwise withheld;
- the action list for an organisation holds only that organisation's actions, no assessment, and no
  action taken because of a fact under professional secrecy.

The feedback form to the police and the letter to the signal giver are no minutes: they have their own
rules in ``services.feedback_form`` and ``services.referrer_letter``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import AgendaItemKind
from livcr_desktop.domain.roles import Permission, is_restricted_contribution, reads_restricted
from livcr_desktop.domain.timestamps import stamp
from livcr_desktop.reports.model import (
    ActionLine,
    AgendaLine,
    AttendeeLine,
    CaseSection,
    ContributionLine,
    DomainLine,
    FeedbackFormLine,
    MinutesData,
    Variant,
)
from livcr_desktop.services import assessment, decisions, feedback_form, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models


def _setting(s: Session, key: str, default: str) -> str:
    row = s.get(models.Setting, key)
    if row is None:
        return default
    try:
        value = json.loads(row.value)
    except ValueError:
        return row.value
    return str(value)


def _action_line(a: object, note: str = "") -> ActionLine:
    from livcr_desktop.domain.meeting import ActionView

    assert isinstance(a, ActionView)
    return ActionLine(
        a.case_code, a.description, a.owner_organisation, a.responsible, a.deadline.isoformat(), a.status.value, note
    )


def _follow_up_notes(ctx: ServiceContext, action_ids: list[int], until: datetime | None) -> dict[int, str]:
    """Each action's latest follow-up note recorded up to the end of the meeting (why it is not done, ...)."""
    u = models.ActionUpdate
    stmt = select(u.action_id, u.note).where(u.action_id.in_(action_ids), u.note != "").order_by(u.at, u.id)
    if until is not None:
        stmt = stmt.where(u.at <= until)
    with ctx.vault.session() as s:
        return {action_id: note for action_id, note in s.execute(stmt)}


def collect(
    ctx: ServiceContext,
    meeting_id: int,
    variant: Variant,
    *,
    organisation_id: int | None = None,
    include_identity: bool = False,
    language: str | None = None,
    addendum_text: str = "",
) -> MinutesData:
    """What a document shows (needs the minutes permission; identities need READ_IDENTITY as well)."""
    ctx.require(Permission.MINUTES)
    if include_identity:
        ctx.require(Permission.READ_IDENTITY)
    m = meetings.get_meeting(ctx, meeting_id)
    with ctx.vault.session() as s:
        lang = language or _setting(s, "language", "nl")
        municipality = _setting(s, "municipality", "")
        cell_name = _setting(s, "cell_name", "LIVC-R")
        org_names = {o.id: o.name for o in s.scalars(select(models.Organisation))}
    numbers = {e.id: n for n, e in enumerate(m.agenda, 1)}
    case_items = [e for e in m.agenda if e.case_id is not None and e.kind is not AgendaItemKind.ACTION_REVIEW]
    invited = invitations.invitations(ctx, meeting_id)
    with_attendance = variant is Variant.FULL
    sections = []
    for item in case_items:
        assert item.case_id is not None
        section = _case_section(ctx, meeting_id, item.case_id, variant, organisation_id, include_identity)
        present = tuple(f"{i.name} ({i.organisation})" for i in invited if i.in_room_for(item.case_id))
        sections.append(replace(section, number=numbers[item.id], present=present if with_attendance else ()))
    codes = {e.case_id: e.case_code for e in m.agenda if e.case_id is not None}
    order = {e.case_id: n for n, e in enumerate(m.agenda)}
    for_case = {
        i.member_id: ", ".join(codes.get(c, "") for c in sorted(i.case_ids, key=lambda c: order.get(c, 0)))
        for i in invited
    }
    agenda = (
        tuple(
            AgendaLine(numbers[e.id], e.kind.value, e.title if e.case_id is None else "", e.case_code, e.case_pseudonym)
            for e in m.agenda
        )
        if variant is Variant.FULL
        else ()
    )
    attendees = (
        tuple(
            AttendeeLine(
                a.organisation,
                a.member_name,
                a.role,
                a.status.value,
                for_case.get(a.member_id, ""),
                a.acknowledged_at.strftime("%H:%M") if a.acknowledged_at else "",
            )
            for a in m.attendance
        )
        if with_attendance
        else ()
    )
    reviewed: tuple[ActionLine, ...] = ()
    if variant is Variant.FULL:
        open_actions = decisions.open_actions_for_review(ctx, meeting_id)
        notes = _follow_up_notes(ctx, [a.id for a in open_actions], m.ended_at)
        reviewed = tuple(_action_line(a, notes.get(a.id, "")) for a in open_actions)
    from livcr_desktop.domain.settings import LOGO
    from livcr_desktop.services import settings

    return MinutesData(
        logo=settings.get(ctx, LOGO) or b"",
        domain_labels=settings.domain_labels(ctx),
        variant=variant,
        language=lang,
        municipality=municipality,
        cell_name=cell_name,
        meeting_number=m.number,
        meeting_kind=m.kind.value,
        meeting_date=m.meeting_date.isoformat(),
        start_time=m.start_time.strftime("%H:%M"),
        end_time=m.ended_at.strftime("%H:%M") if m.ended_at else "",
        place=m.place,
        chair=m.chair,
        secretary=m.secretary,
        attendees=attendees,
        reviewed_actions=reviewed,
        cases=tuple(sections),
        agenda=agenda,
        next_meeting=m.next_meeting_date.isoformat() if m.next_meeting_date else "",
        organisation=org_names.get(organisation_id or -1, ""),
        addendum_text=addendum_text,
        generated_by=ctx.user,
    )


def _case_section(
    ctx: ServiceContext,
    meeting_id: int,
    case_id: int,
    variant: Variant,
    organisation_id: int | None,
    include_identity: bool,
) -> CaseSection:
    grid = assessment.assessment_grid(ctx, case_id, meeting_id)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        code, pseudonym = case.code, case.pseudonym
        identity = ""
        if include_identity and variant is Variant.FULL:
            identity = " ".join(x for x in (case.first_name, case.last_name) if x)
            if case.birth_date:
                identity += f" (°{case.birth_date.strftime('%d/%m/%Y')})"
            if identity:
                audit.append(s, ctx.user, "read_identity", "case", case_id, {"purpose": "minutes"})
    contributions: list[ContributionLine] = []
    withheld = 0
    show_assessment = variant is Variant.FULL
    if show_assessment:
        for row in grid.rows:
            for views in row.contributions.values():
                for c in views:
                    allowed = c.in_minutes
                    if allowed and not reads_restricted(ctx.role):
                        allowed = not is_restricted_contribution(
                            professional_secrecy=c.professional_secrecy,
                            no_projection=c.no_projection,
                            in_minutes=c.in_minutes,
                        )
                    if allowed:
                        contributions.append(
                            ContributionLine(
                                c.organisation, row.life_domain, c.text, c.confirmed, c.professional_secrecy
                            )
                        )
                    else:
                        withheld += 1
    decision_list = decisions.decisions_for(ctx, case_id, meeting_id)
    d = decision_list[-1] if decision_list else None
    all_actions = decisions.actions_for(ctx, case_id, meeting_id)
    actions = [a for a in all_actions if organisation_id is None or a.owner_organisation_id == organisation_id]
    if variant is not Variant.FULL:  # an action taken because of a secret fact stays in the cell's own minutes
        secret = _secret_actions(ctx, [a.id for a in actions])
        actions = [a for a in actions if a.id not in secret]
    discussed = bool(
        decision_list
        or all_actions
        or grid.declined
        or grid.summary.strip()
        or grid.qualification
        or any(
            r.contributions or r.concern_level is not None or r.risk_factors or r.protective_factors for r in grid.rows
        )
    )
    return CaseSection(
        code=code,
        pseudonym=pseudonym,
        identity=identity,
        qualification=(grid.qualification.value if grid.qualification else "") if show_assessment else "",
        summary=grid.summary if variant is Variant.FULL else "",
        contributions=tuple(contributions),
        withheld_contributions=withheld,
        declined=tuple(c.organisation for c in grid.declined) if show_assessment else (),
        domains=tuple(
            DomainLine(r.life_domain, r.concern_level, r.previous_level, r.risk_factors, r.protective_factors)
            for r in grid.rows
        )
        if variant is Variant.FULL
        else (),
        decision_type=d.decision_type.value if d and variant is not Variant.ACTIONS else "",
        decision_reasons=d.reasons if d and variant is Variant.FULL else "",
        decision_expectations=d.expectations if d and variant is Variant.FULL else "",
        referral_target=d.referral_target if d and variant is Variant.FULL else "",
        escalation_target=d.escalation_target if d and variant is Variant.FULL else "",
        next_review=d.next_review_date.isoformat() if d and d.next_review_date and variant is Variant.FULL else "",
        actions=tuple(_action_line(a) for a in actions),
        discussed=discussed,
        feedback_form=_feedback_form_line(ctx, meeting_id, case_id) if variant is Variant.FULL else None,
    )


def _feedback_form_line(ctx: ServiceContext, meeting_id: int, case_id: int) -> FeedbackFormLine | None:
    """The cell's own minutes record that the case's form to the police was agreed, and when; the
    text itself only when the cell chose so (``content_in_minutes``)."""
    form = feedback_form.get_form(ctx, meeting_id, case_id)
    if form is None:
        return None
    f = form.fields
    shown = form.content_in_minutes
    return FeedbackFormLine(
        agreed_at=stamp(form.agreed_at),
        produced_at=stamp(form.produced_at),
        with_text=shown,
        police_reference=f.police_reference if shown else "",
        follows_up=f.follows_up,
        direction=f.direction if shown else "",
        contact_point=f.contact_point if shown else "",
        form_date=f.form_date.isoformat() if shown and f.form_date else "",
    )


def _secret_actions(ctx: ServiceContext, ids: list[int]) -> set[int]:
    """The actions of ``ids`` flagged as taken because of a fact under professional secrecy."""
    with ctx.vault.session() as s:
        return set(
            s.scalars(select(models.Action.id).where(models.Action.id.in_(ids), models.Action.professional_secrecy))
        )
