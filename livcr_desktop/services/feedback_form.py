"""The feedback form (terugkoppelingsfiche) to the police/LTF: a document of its own, per case and meeting.

It is composed in its own editor with only the fields the law and practice allow, pre-filled with
neutral text (never contributions, action descriptions or decision reasons). Every member present
for the case agrees to the exact text: the consent stores the text's SHA-256 and the time, and an
edit of the text voids every consent. The form is produced only with complete consent (GwH 52/2021);
the refusal is here, so the window and the command line refuse alike. Refusals are audited, a role's
too (reason ``not_allowed``, committed before ``PermissionDenied`` is raised).

The older per-meeting consent (``Attendance.feedback_consent``, ``Meeting.feedback_consensus_at``) is
not read here: it opens no door to this form.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Literal, overload

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import DecisionType
from livcr_desktop.domain.outgoing import (
    ConsentLine,
    FeedbackFormFields,
    FeedbackFormView,
    OutgoingRefusedError,
    Refusal,
    text_hash,
)
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    ValidationCode,
    ValidationError,
    ValidationIssue,
    text_issues,
)
from livcr_desktop.reports.outgoing_texts import text as report_text
from livcr_desktop.services.case_presence import case_in_meeting, present_for_case, setting
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import ensure_editable
from livcr_desktop.storage import audit, models

# Decisions after which the cell no longer follows the case up (the neutral pre-fill of "follows up").
_NOT_FOLLOWED = {DecisionType.CLOSE, DecisionType.REFER_AND_CLOSE}


def _refuse(ctx: ServiceContext, s: Session, reason: Refusal, meeting_id: int, case_id: int, **detail: object) -> None:
    """Audit a refusal in the caller's session (committed without any other change)."""
    audit.append(
        s,
        ctx.user,
        "refused",
        "feedback_form",
        None,
        {"reason": reason.value, "meeting": meeting_id, "case": case_id} | detail,
    )


def _require(ctx: ServiceContext, permission: Permission, meeting_id: int, case_id: int, **detail: object) -> None:
    """``ctx.require``, with a refusal audited first (reason ``not_allowed``) in a session of its own: it
    commits before ``PermissionDenied`` is raised, so the attempt stays on record."""
    if ctx.may(permission):
        return
    with ctx.vault.session() as s:
        _refuse(ctx, s, Refusal.NOT_ALLOWED, meeting_id, case_id, permission=permission.value, **detail)
    ctx.require(permission)


def _form(s: Session, meeting_id: int, case_id: int) -> models.FeedbackForm | None:
    f = models.FeedbackForm
    return s.scalar(select(f).where(f.meeting_id == meeting_id, f.case_id == case_id))


def _fields(row: models.FeedbackForm) -> FeedbackFormFields:
    return FeedbackFormFields(row.police_reference, row.follows_up, row.direction, row.contact_point, row.form_date)


def _view(s: Session, row: models.FeedbackForm) -> FeedbackFormView:
    consents = {
        c.member_id: c
        for c in s.scalars(select(models.FeedbackConsent).where(models.FeedbackConsent.form_id == row.id))
    }
    lines = []
    for p in present_for_case(s, row.meeting_id, row.case_id):
        c = consents.get(p.member_id)
        agreed = c.at if c is not None and c.text_hash == row.text_hash else None
        lines.append(ConsentLine(p.member_id, p.name, p.organisation, agreed))
    return FeedbackFormView(
        id=row.id,
        case_id=row.case_id,
        meeting_id=row.meeting_id,
        case_code=s.get_one(models.Case, row.case_id).code,
        meeting_number=s.get_one(models.Meeting, row.meeting_id).number,
        fields=_fields(row),
        text_hash=row.text_hash,
        content_in_minutes=row.content_in_minutes,
        consents=tuple(lines),
        produced_at=row.produced_at,
        updated_at=row.updated_at,
    )


def _require_case(ctx: ServiceContext, s: Session, meeting_id: int, case_id: int) -> models.FeedbackForm | None:
    """The form of the case at that meeting; refused (and audited) when the case is not on that meeting."""
    if not case_in_meeting(s, meeting_id, case_id):
        _refuse(ctx, s, Refusal.CASE_NOT_IN_MEETING, meeting_id, case_id)
        return None
    return _form(s, meeting_id, case_id)


def _code(s: Session, case_id: int) -> str:
    case = s.get(models.Case, case_id)
    return case.code if case is not None else str(case_id)


@overload
def get_form(ctx: ServiceContext, meeting_id: int, case_id: int) -> FeedbackFormView | None: ...


@overload
def get_form(ctx: ServiceContext, meeting_id: int, case_id: int, *, required: Literal[True]) -> FeedbackFormView: ...


@overload
def get_form(
    ctx: ServiceContext, meeting_id: int, case_id: int, *, required: bool = False
) -> FeedbackFormView | None: ...


def get_form(ctx: ServiceContext, meeting_id: int, case_id: int, *, required: bool = False) -> FeedbackFormView | None:
    """The case's form at that meeting with each present member's consent, or None if none was composed.

    ``required=True`` (a user asked for this form, as on the command line): a case not on that meeting's
    agenda, or one without a form, is refused (audited) with :class:`OutgoingRefusedError` instead.
    """
    ctx.require(Permission.VIEW)
    refusal: Refusal | None = None
    with ctx.vault.session() as s:
        row = _form(s, meeting_id, case_id)
        if not required:
            return _view(s, row) if row is not None else None
        if not case_in_meeting(s, meeting_id, case_id):
            refusal = Refusal.CASE_NOT_IN_MEETING
        elif row is None:
            refusal = Refusal.NO_FORM
        if refusal is None:
            assert row is not None
            return _view(s, row)
        _refuse(ctx, s, refusal, meeting_id, case_id, purpose="read")
        code = _code(s, case_id)
    raise OutgoingRefusedError(refusal, code)


def meetings_for_case(ctx: ServiceContext, case_id: int) -> list[tuple[int, str, date]]:
    """(id, number, date) of each meeting with the case on its agenda, the latest first (the editor's choice)."""
    ctx.require(Permission.VIEW)
    m, a = models.Meeting, models.AgendaItem
    with ctx.vault.session() as s:
        rows = s.execute(
            select(m.id, m.number, m.meeting_date)
            .where(m.id.in_(select(a.meeting_id).where(a.case_id == case_id)))
            .order_by(m.meeting_date.desc(), m.id.desc())
        )
        return [(i, n, d) for i, n, d in rows]


def forms_for_meeting(ctx: ServiceContext, meeting_id: int) -> list[FeedbackFormView]:
    """Every form composed at the meeting (for the minutes: that a form was agreed, its text if allowed)."""
    ctx.require(Permission.VIEW)
    f = models.FeedbackForm
    with ctx.vault.session() as s:
        return [_view(s, r) for r in s.scalars(select(f).where(f.meeting_id == meeting_id).order_by(f.id))]


def neutral_fields(
    ctx: ServiceContext, meeting_id: int, case_id: int, language: str | None = None
) -> FeedbackFormFields:
    """The neutral pre-fill: the case code as reference, whether the cell follows up (from the decision
    type only), a stock sentence for the direction, the cell's contact point and today's date."""
    ctx.require(Permission.VIEW)
    d = models.Decision
    with ctx.vault.session() as s:
        lang = language or setting(s, "language", "nl")
        cell = setting(s, "cell_name", "LIVC-R")
        latest = s.scalar(
            select(d.decision_type)
            .where(d.case_id == case_id, d.meeting_id == meeting_id)
            .order_by(d.decided_at.desc(), d.id.desc())
            .limit(1)
        )
        follows = latest not in _NOT_FOLLOWED
        return FeedbackFormFields(
            police_reference=_code(s, case_id),
            follows_up=follows,
            direction=report_text(lang, "neutral_direction_yes" if follows else "neutral_direction_no"),
            contact_point=report_text(lang, "neutral_contact", cell=cell),
            form_date=ctx.today(),
        )


def compose_form(ctx: ServiceContext, meeting_id: int, case_id: int, language: str | None = None) -> FeedbackFormView:
    """The case's form at that meeting, created with the neutral pre-fill when there is none yet."""
    _require(ctx, Permission.RUN_MEETING, meeting_id, case_id, purpose="compose")
    with ctx.vault.session() as s:
        ok = case_in_meeting(s, meeting_id, case_id)
        if ok and (row := _form(s, meeting_id, case_id)) is not None:
            return _view(s, row)
        if not ok:
            _refuse(ctx, s, Refusal.CASE_NOT_IN_MEETING, meeting_id, case_id)
            code = _code(s, case_id)
    if not ok:
        raise OutgoingRefusedError(Refusal.CASE_NOT_IN_MEETING, code)
    fields = neutral_fields(ctx, meeting_id, case_id, language)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        row = models.FeedbackForm(
            case_id=case_id,
            meeting_id=meeting_id,
            police_reference=fields.police_reference,
            follows_up=fields.follows_up,
            direction=fields.direction,
            contact_point=fields.contact_point,
            form_date=fields.form_date,
            text_hash=text_hash(case_id, meeting_id, fields),
            updated_at=ctx.now(),
        )
        s.add(row)
        s.flush()
        audit.append(s, ctx.user, "create", "feedback_form", row.id, {"meeting": meeting_id, "case": case_id})
        return _view(s, row)


def validate_fields(fields: FeedbackFormFields) -> None:
    issues = []
    for name, value, limit in (
        ("police_reference", fields.police_reference, MAX_SHORT_TEXT),
        ("direction", fields.direction, MAX_TEXT),
        ("contact_point", fields.contact_point, MAX_TEXT),
    ):
        if not value.strip():
            issues.append(ValidationIssue(name, ValidationCode.REQUIRED))
        elif len(value) > limit:
            issues.append(ValidationIssue(name, ValidationCode.TOO_LONG))
    if fields.form_date is None:
        issues.append(ValidationIssue("form_date", ValidationCode.REQUIRED))
    flagged = {i.field for i in issues}
    issues += [
        i
        for i in text_issues(
            {
                "police_reference": fields.police_reference,
                "direction": fields.direction,
                "contact_point": fields.contact_point,
            }
        )
        if i.field not in flagged
    ]
    if issues:
        raise ValidationError(issues)


def update_form(ctx: ServiceContext, meeting_id: int, case_id: int, fields: FeedbackFormFields) -> FeedbackFormView:
    """Change the form's text. A changed text voids every consent given (audited with the count)."""
    _require(ctx, Permission.RUN_MEETING, meeting_id, case_id, change="text")
    fields = replace(
        fields,
        police_reference=fields.police_reference.strip(),
        direction=fields.direction.strip(),
        contact_point=fields.contact_point.strip(),
    )
    validate_fields(fields)
    refusal: Refusal | None = None
    with ctx.vault.session() as s:
        row = _require_case(ctx, s, meeting_id, case_id)
        if row is None:
            refusal = Refusal.CASE_NOT_IN_MEETING if not case_in_meeting(s, meeting_id, case_id) else Refusal.NO_FORM
        elif row.produced_at is not None:
            refusal = Refusal.ALREADY_PRODUCED
        if refusal is not None:
            if refusal is not Refusal.CASE_NOT_IN_MEETING:
                _refuse(ctx, s, refusal, meeting_id, case_id, change="text")
            code = _code(s, case_id)
        else:
            assert row is not None
            ensure_editable(s, meeting_id)
            new_hash = text_hash(case_id, meeting_id, fields)
            if new_hash != row.text_hash:
                voided = s.execute(delete(models.FeedbackConsent).where(models.FeedbackConsent.form_id == row.id))
                changed = [n for n in FeedbackFormFields.__slots__ if getattr(fields, n) != getattr(_fields(row), n)]
                row.police_reference, row.follows_up = fields.police_reference, fields.follows_up
                row.direction, row.contact_point, row.form_date = (
                    fields.direction,
                    fields.contact_point,
                    fields.form_date,
                )
                row.text_hash, row.updated_at = new_hash, ctx.now()
                audit.append(
                    s,
                    ctx.user,
                    "update",
                    "feedback_form",
                    row.id,
                    {"changed": changed, "consents_voided": getattr(voided, "rowcount", 0), "hash": new_hash},
                )
            return _view(s, row)
    raise OutgoingRefusedError(refusal, code)


def set_content_in_minutes(ctx: ServiceContext, meeting_id: int, case_id: int, shown: bool) -> None:
    """Whether the minutes show the form's text (else only that it was agreed). Not part of the text."""
    _require(ctx, Permission.RUN_MEETING, meeting_id, case_id, change="content_in_minutes")
    with ctx.vault.session() as s:
        row = _form(s, meeting_id, case_id)
        if row is None:
            _refuse(ctx, s, Refusal.NO_FORM, meeting_id, case_id)
            code = _code(s, case_id)
        else:
            ensure_editable(s, meeting_id)
            row.content_in_minutes = shown
            audit.append(s, ctx.user, "update", "feedback_form", row.id, {"content_in_minutes": shown})
            return
    raise OutgoingRefusedError(Refusal.NO_FORM, code)


def record_consent(
    ctx: ServiceContext, meeting_id: int, case_id: int, member_id: int, agreed: bool = True
) -> FeedbackFormView:
    """One member present for the case agrees to the current text (``agreed=False``: withdraws it)."""
    _require(ctx, Permission.RUN_MEETING, meeting_id, case_id, member=member_id, agreed=agreed)
    refusal: Refusal | None = None
    with ctx.vault.session() as s:
        row = _require_case(ctx, s, meeting_id, case_id)
        if row is None:
            refusal = Refusal.CASE_NOT_IN_MEETING if not case_in_meeting(s, meeting_id, case_id) else Refusal.NO_FORM
        elif row.produced_at is not None:
            refusal = Refusal.ALREADY_PRODUCED
        elif member_id not in {p.member_id for p in present_for_case(s, meeting_id, case_id)}:
            refusal = Refusal.NOT_PRESENT_FOR_CASE
        if refusal is not None:
            if refusal is not Refusal.CASE_NOT_IN_MEETING:
                _refuse(ctx, s, refusal, meeting_id, case_id, member=member_id, agreed=agreed)
            code = _code(s, case_id)
        else:
            assert row is not None
            ensure_editable(s, meeting_id)
            fc = models.FeedbackConsent
            s.execute(delete(fc).where(fc.form_id == row.id, fc.member_id == member_id))
            if agreed:
                s.add(fc(form_id=row.id, member_id=member_id, text_hash=row.text_hash, at=ctx.now()))
            s.flush()
            audit.append(
                s,
                ctx.user,
                "consent" if agreed else "consent_withdrawn",
                "feedback_form",
                row.id,
                {"member": member_id, "hash": row.text_hash},
            )
            return _view(s, row)
    raise OutgoingRefusedError(refusal, code)


def produce_form(ctx: ServiceContext, meeting_id: int, case_id: int, language: str | None = None) -> bytes:
    """The form as PDF, only with the consent of every member present for the case to its exact text.

    Records ``produced_at`` (the first time) and audits the export; after it the text no longer changes.
    """
    _require(ctx, Permission.MINUTES, meeting_id, case_id, purpose="produce")
    from livcr_desktop.reports.outgoing_pdf import FeedbackFormDocument, render_feedback_form

    refusal: Refusal | None = None
    with ctx.vault.session() as s:
        row = _require_case(ctx, s, meeting_id, case_id)
        view = _view(s, row) if row is not None else None
        if row is None:
            refusal = Refusal.CASE_NOT_IN_MEETING if not case_in_meeting(s, meeting_id, case_id) else Refusal.NO_FORM
        elif view is not None and not view.consents:
            refusal = Refusal.NOBODY_PRESENT
        elif view is not None and not view.complete:
            refusal = Refusal.CONSENT_INCOMPLETE
        if refusal is not None:
            if refusal is not Refusal.CASE_NOT_IN_MEETING:
                _refuse(ctx, s, refusal, meeting_id, case_id, purpose="produce")
            code = _code(s, case_id)
        else:
            assert row is not None
            form_id = row.id
            document = FeedbackFormDocument(
                language=language or setting(s, "language", "nl"),
                cell_name=setting(s, "cell_name", "LIVC-R"),
                municipality=setting(s, "municipality", ""),
                police_reference=row.police_reference,
                follows_up=row.follows_up,
                direction=row.direction,
                contact_point=row.contact_point,
                form_date=row.form_date,
            )
    if refusal is not None:
        raise OutgoingRefusedError(refusal, code)
    pdf = render_feedback_form(document)
    with ctx.vault.session() as s:
        row = s.get_one(models.FeedbackForm, form_id)
        if row.produced_at is None:
            row.produced_at = ctx.now()
        audit.append(
            s,
            ctx.user,
            "export",
            "feedback_form",
            row.id,
            {"meeting": meeting_id, "case": case_id, "hash": row.text_hash},
        )
    return pdf
