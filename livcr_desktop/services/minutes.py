"""Minutes: collect what the meeting recorded, render the variants, finalise, addenda, signatures.

Privacy rules of the documents live here, in one place:
- full minutes honour each contribution's print choice (``in_minutes``); identities only on request,
  and only for a role that may read them (``Permission.READ_IDENTITY``, checked by every function that
  takes ``include_identity``); restricted contributions only for a role that may read them
  (``roles.reads_restricted``, the rule of the search and the assessment grid), otherwise withheld;
- the feedback form to the police needs the consent of every member present and never holds a
  contribution covered by professional secrecy;
- the action list for an organisation holds only that organisation's actions, no assessment;
- the letter to the signal giver says only that the case was discussed and what was decided.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import AgendaItemKind, AttendanceStatus, MeetingStatus
from livcr_desktop.domain.roles import Permission, is_restricted_contribution, reads_restricted
from livcr_desktop.reports.model import (
    ActionLine,
    AgendaLine,
    AttendeeLine,
    CaseSection,
    ContributionLine,
    DomainLine,
    MinutesData,
    RenderedPdf,
    SignatureBox,
    Variant,
)
from livcr_desktop.reports.model import (
    MinutesRenderError as MinutesRenderError,  # re-exported: render_variant and finalise raise it
)
from livcr_desktop.services import assessment, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models


class ConsensusMissingError(Exception):
    """The feedback form needs the agreement of every member present (GwH 52/2021)."""


class NotFinalisedError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class MinutesDocumentInfo:
    id: int
    meeting_id: int
    variant: str
    created_at: datetime
    sha256: str
    is_addendum: bool
    signed_by: str
    signature_boxes: tuple[SignatureBox, ...]


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
    case_id: int | None = None,
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
        case_rows = {c.id: c for c in s.scalars(select(models.Case))}
        consensus_at = s.get_one(models.Meeting, meeting_id).feedback_consensus_at
    numbers = {e.id: n for n, e in enumerate(m.agenda, 1)}
    case_items = [e for e in m.agenda if e.case_id is not None and e.kind is not AgendaItemKind.ACTION_REVIEW]
    if case_id is not None:
        case_items = [e for e in case_items if e.case_id == case_id]
    sections = []
    for item in case_items:
        assert item.case_id is not None
        section = _case_section(ctx, meeting_id, item.case_id, variant, organisation_id, include_identity)
        sections.append(replace(section, number=numbers[item.id]))
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
                next((e.case_code for e in m.agenda if e.case_id == a.invited_case_id), "")
                if a.invited_case_id
                else "",
                a.acknowledged_at.strftime("%H:%M") if a.acknowledged_at else "",
            )
            for a in m.attendance
        )
        if variant in (Variant.FULL, Variant.FEEDBACK)
        else ()
    )
    reviewed: tuple[ActionLine, ...] = ()
    if variant is Variant.FULL:
        open_actions = decisions.open_actions_for_review(ctx, meeting_id)
        notes = _follow_up_notes(ctx, [a.id for a in open_actions], m.ended_at)
        reviewed = tuple(_action_line(a, notes.get(a.id, "")) for a in open_actions)
    extra: dict[str, str] = {}
    recipient = ""
    if variant is Variant.REFERRER_LETTER and case_id is not None:
        case = case_rows[case_id]
        extra["registered"] = case.registration_date.isoformat()
        recipient = org_names.get(case.referrer_organisation_id or -1, "")
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
        recipient=recipient,
        addendum_text=addendum_text,
        consensus_at=consensus_at.strftime("%d/%m/%Y %H:%M") if consensus_at else "",
        generated_by=ctx.user,
        extra=extra,
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
    show_assessment = variant in (Variant.FULL, Variant.FEEDBACK)
    if show_assessment:
        for row in grid.rows:
            for views in row.contributions.values():
                for c in views:
                    allowed = c.in_minutes and not (variant is Variant.FEEDBACK and c.professional_secrecy)
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
    if variant is Variant.REFERRER_LETTER:
        actions = []
    return CaseSection(
        code=code,
        pseudonym=pseudonym if variant is not Variant.REFERRER_LETTER else "",
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
        decision_expectations=d.expectations if d and variant in (Variant.FULL, Variant.FEEDBACK) else "",
        referral_target=d.referral_target if d and variant is Variant.FULL else "",
        escalation_target=d.escalation_target if d and variant in (Variant.FULL, Variant.FEEDBACK) else "",
        next_review=d.next_review_date.isoformat() if d and d.next_review_date and variant is Variant.FULL else "",
        actions=tuple(_action_line(a) for a in actions),
        discussed=discussed,
    )


# -- consensus for the feedback form ------------------------------------------------------------


def record_feedback_consent(ctx: ServiceContext, meeting_id: int, member_id: int, agreed: bool) -> bool:
    """Record one present member's agreement; returns whether every member present now agrees."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        meeting = meetings.ensure_editable(s, meeting_id)
        rows = s.scalars(select(models.Attendance).where(models.Attendance.meeting_id == meeting_id)).all()
        row = next((r for r in rows if r.member_id == member_id), None)
        if row is None or row.status is not AttendanceStatus.PRESENT:
            raise ValueError("only a member present can agree")
        row.feedback_consent = agreed
        present = [r for r in rows if r.status is AttendanceStatus.PRESENT]
        complete = bool(present) and all(r.feedback_consent for r in present)
        meeting.feedback_consensus_at = ctx.now() if complete else None
        audit.append(s, ctx.user, "update", "attendance", row.id, {"feedback_consent": agreed})
        return complete


def feedback_consensus(ctx: ServiceContext, meeting_id: int) -> bool:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.Attendance).where(models.Attendance.meeting_id == meeting_id)).all()
        present = [r for r in rows if r.status is AttendanceStatus.PRESENT]
        return bool(present) and all(r.feedback_consent for r in present)


# -- rendering, finalising, storing -------------------------------------------------------------


def render(data: MinutesData) -> RenderedPdf:
    """Lay the document out (reportlab is imported here, not at start-up).

    ``data`` comes from :func:`collect`, which checked the acting role; this function reads nothing.
    """
    from livcr_desktop.reports.minutes_pdf import render as render_pdf

    return render_pdf(data)


def render_variant(
    ctx: ServiceContext,
    meeting_id: int,
    variant: Variant,
    *,
    organisation_id: int | None = None,
    include_identity: bool = False,
    case_id: int | None = None,
    language: str | None = None,
    purpose: str = "export",
) -> RenderedPdf:
    """Render one document (audited as an export or print).

    Until the meeting's full minutes are finalised every page is marked "ONTWERP" (``MinutesData.draft``).
    A layout failure raises :class:`MinutesRenderError`, whose message is for the user.
    """
    ctx.require(Permission.MINUTES)
    if include_identity:
        ctx.require(Permission.READ_IDENTITY)
    if variant is Variant.FEEDBACK and not feedback_consensus(ctx, meeting_id):
        raise ConsensusMissingError(meeting_id)
    if variant is Variant.ACTIONS and organisation_id is None:
        raise ValueError("the action list is per organisation")
    if variant is Variant.REFERRER_LETTER and case_id is None:
        raise ValueError("the letter is per case")
    data = collect(
        ctx,
        meeting_id,
        variant,
        organisation_id=organisation_id,
        include_identity=include_identity,
        case_id=case_id,
        language=language,
    )
    rendered = render(replace(data, draft=not _has_final_minutes(ctx, meeting_id)))
    with ctx.vault.session() as s:
        audit.append(
            s,
            ctx.user,
            purpose,
            "meeting",
            meeting_id,
            {
                "variant": variant.value,
                "organisation": organisation_id,
                "case": case_id,
                "identity": include_identity,
                "sha256": hashlib.sha256(rendered.pdf).hexdigest(),
            },
        )
    return rendered


def _has_final_minutes(ctx: ServiceContext, meeting_id: int) -> bool:
    """Whether the meeting's full minutes were finalised (until then every document is marked a draft)."""
    doc = models.MinutesDocument
    with ctx.vault.session() as s:
        stmt = select(doc.id).where(
            doc.meeting_id == meeting_id, doc.variant == Variant.FULL.value, doc.is_addendum.is_(False)
        )
        return s.scalar(stmt.limit(1)) is not None


def _store(
    s: Session,
    meeting_id: int,
    variant: str,
    rendered_pdf: bytes,
    boxes: tuple[SignatureBox, ...],
    now: datetime,
    is_addendum: bool = False,
    signed_by: str = "",
) -> models.MinutesDocument:
    doc = models.MinutesDocument(
        meeting_id=meeting_id,
        variant=variant,
        created_at=now,
        sha256=hashlib.sha256(rendered_pdf).hexdigest(),
        pdf=rendered_pdf,
        is_addendum=is_addendum,
        signed_by=signed_by,
        signature_boxes=json.dumps([{"field_name": b.field_name, "page": b.page, "box": list(b.box)} for b in boxes]),
    )
    s.add(doc)
    s.flush()
    return doc


def finalise(ctx: ServiceContext, meeting_id: int, include_identity: bool = False) -> MinutesDocumentInfo:
    """Store the full minutes and their SHA-256 in the vault and lock the meeting."""
    ctx.require(Permission.FINALISE_AND_SIGN)
    if include_identity:
        ctx.require(Permission.READ_IDENTITY)
    m = meetings.get_meeting(ctx, meeting_id)
    if m.status is MeetingStatus.FINALISED:
        raise meetings.MeetingLockedError(m.number)
    rendered = render(collect(ctx, meeting_id, Variant.FULL, include_identity=include_identity))
    with ctx.vault.session() as s:
        meeting = s.get_one(models.Meeting, meeting_id)
        if meeting.ended_at is None:
            meeting.ended_at = ctx.now()
        meeting.status = MeetingStatus.FINALISED
        doc = _store(s, meeting_id, Variant.FULL.value, rendered.pdf, rendered.signature_boxes, ctx.now())
        audit.append(s, ctx.user, "finalise", "meeting", meeting_id, {"document": doc.id, "sha256": doc.sha256})
        info = _info(doc)
    from livcr_desktop.services import backup

    backup.backup_after_finalise(ctx, meeting_id)  # never raises: a failure is an audit event
    return info


def add_addendum(ctx: ServiceContext, meeting_id: int, text: str) -> MinutesDocumentInfo:
    """A correction after finalising: its own PDF, stored beside the minutes; the minutes stay as they were."""
    ctx.require(Permission.FINALISE_AND_SIGN)
    if not text.strip():
        raise ValueError("empty addendum")
    m = meetings.get_meeting(ctx, meeting_id)
    if m.status is not MeetingStatus.FINALISED:
        raise NotFinalisedError(m.number)
    rendered = render(collect(ctx, meeting_id, Variant.ADDENDUM, addendum_text=text.strip()))
    with ctx.vault.session() as s:
        doc = _store(
            s, meeting_id, Variant.ADDENDUM.value, rendered.pdf, rendered.signature_boxes, ctx.now(), is_addendum=True
        )
        audit.append(s, ctx.user, "create", "addendum", doc.id, {"meeting": meeting_id, "sha256": doc.sha256})
        return _info(doc)


def store_signed(ctx: ServiceContext, document_id: int, signed_pdf: bytes, signer: str) -> MinutesDocumentInfo:
    """Keep a signed revision beside the document it signs (same boxes, its own hash)."""
    ctx.require(Permission.FINALISE_AND_SIGN)
    with ctx.vault.session() as s:
        base = s.get_one(models.MinutesDocument, document_id)
        signed_by = ",".join(x for x in (base.signed_by, signer) if x)
        doc = models.MinutesDocument(
            meeting_id=base.meeting_id,
            variant=base.variant,
            created_at=ctx.now(),
            sha256=hashlib.sha256(signed_pdf).hexdigest(),
            pdf=signed_pdf,
            is_addendum=base.is_addendum,
            signature_boxes=base.signature_boxes,
            signed_by=signed_by,
        )
        s.add(doc)
        s.flush()
        audit.append(
            s, ctx.user, "sign", "minutes_document", doc.id, {"signer": signer, "of": document_id, "sha256": doc.sha256}
        )
        return _info(doc)


def _info(doc: models.MinutesDocument) -> MinutesDocumentInfo:
    boxes = tuple(
        SignatureBox(b["field_name"], int(b["page"]), (b["box"][0], b["box"][1], b["box"][2], b["box"][3]))
        for b in json.loads(doc.signature_boxes or "[]")
    )
    return MinutesDocumentInfo(
        doc.id, doc.meeting_id, doc.variant, doc.created_at, doc.sha256, doc.is_addendum, doc.signed_by, boxes
    )


def documents(ctx: ServiceContext, meeting_id: int) -> list[MinutesDocumentInfo]:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(
            select(models.MinutesDocument)
            .where(models.MinutesDocument.meeting_id == meeting_id)
            .order_by(models.MinutesDocument.id)
        ).all()
        return [_info(d) for d in rows]


def document_pdf(ctx: ServiceContext, document_id: int) -> bytes:
    ctx.require(Permission.MINUTES)
    with ctx.vault.session() as s:
        doc = s.get_one(models.MinutesDocument, document_id)
        audit.append(s, ctx.user, "export", "minutes_document", document_id, {"sha256": doc.sha256})
        return doc.pdf


def find_by_hash(ctx: ServiceContext, sha256: str) -> MinutesDocumentInfo | None:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        doc = s.scalar(select(models.MinutesDocument).where(models.MinutesDocument.sha256 == sha256))
        return _info(doc) if doc else None
