"""The case register: list, add and edit cases.

The list never carries identity fields. Reading a case's identity (opening the form) is audited.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from livcr_desktop.domain.case_intake import FORM_STATUSES, CaseIntake, validate_intake
from livcr_desktop.domain.entities import CaseDraft, CaseSummary
from livcr_desktop.domain.enums import CaseStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import (
    ValidationCode,
    ValidationError,
    ValidationIssue,
    suggest_case_code,
    validate_case,
)
from livcr_desktop.hygiene import register_sensitive
from livcr_desktop.services import case_intake
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

IDENTITY_FIELDS = ("first_name", "last_name", "birth_date")
CODE_PREFIX = "LIVC"


def list_cases(ctx: ServiceContext) -> list[CaseSummary]:
    """Every case as a list row (no identity). One query, no ORM objects: fast at 100,000 rows."""
    ctx.require(Permission.VIEW)
    manager = aliased(models.Member)
    referrer = aliased(models.Organisation)
    c = models.Case
    stmt = (
        select(
            c.id,
            c.code,
            c.pseudonym,
            c.status,
            c.phenomenon,
            c.ideology,
            c.is_minor,
            c.registration_date,
            c.next_review_date,
            manager.name,
            referrer.short_name,
            c.updated_at,
        )
        .outerjoin(manager, manager.id == c.case_manager_id)
        .outerjoin(referrer, referrer.id == c.referrer_organisation_id)
        .order_by(c.registration_date.desc(), c.code)
    )
    with ctx.vault.session() as s:
        return [
            CaseSummary(
                id=r[0],
                code=r[1],
                pseudonym=r[2],
                status=r[3],
                phenomenon=r[4],
                ideology=r[5],
                is_minor=r[6],
                registration_date=r[7],
                next_review_date=r[8],
                case_manager=r[9] or "",
                referrer=r[10] or "",
                updated_at=r[11],
            )
            for r in s.execute(stmt)
        ]


def _draft_of(case: models.Case) -> CaseDraft:
    return CaseDraft(
        code=case.code,
        pseudonym=case.pseudonym,
        first_name=case.first_name,
        last_name=case.last_name,
        birth_date=case.birth_date,
        is_minor=case.is_minor,
        phenomenon=case.phenomenon,
        ideology=case.ideology,
        referrer_organisation_id=case.referrer_organisation_id,
        referrer_sector=case.referrer_sector,
        registration_date=case.registration_date,
        status=case.status,
        case_manager_id=case.case_manager_id,
        next_review_date=case.next_review_date,
        screening_notes=case.screening_notes,
    )


def get_case(ctx: ServiceContext, case_id: int, with_identity: bool = False) -> CaseDraft:
    """A case for the form. Identity fields stay blank unless asked for; that read is audited."""
    ctx.require(Permission.READ_IDENTITY if with_identity else Permission.VIEW)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        draft = _draft_of(case)
        if with_identity:
            if draft.has_identity:
                audit.append(s, ctx.user, "read_identity", "case", case_id)
                register_sensitive(draft.first_name, draft.last_name)  # never in a log line
        else:
            draft.first_name = draft.last_name = ""
            draft.birth_date = None
        return draft


def has_identity(ctx: ServiceContext, case_id: int) -> bool:
    """Whether identity fields are filled in, without reading them into the caller."""
    ctx.require(Permission.VIEW)
    c = models.Case
    with ctx.vault.session() as s:
        row = s.execute(select(c.first_name, c.last_name, c.birth_date).where(c.id == case_id)).one()
        return bool(row[0] or row[1] or row[2])


def suggest_code(ctx: ServiceContext, year: int | None = None) -> str:
    ctx.require(Permission.VIEW)
    year = year or ctx.today().year
    with ctx.vault.session() as s:
        like = f"{CODE_PREFIX}-{year}-%"
        codes = list(s.scalars(select(models.Case.code).where(models.Case.code.like(like))))
    return suggest_case_code(CODE_PREFIX, year, codes)


def _check(
    s: Session,
    ctx: ServiceContext,
    draft: CaseDraft,
    case_id: int | None,
    intake: CaseIntake | None = None,
    stored_status: CaseStatus | None = None,
) -> None:
    issues = validate_case(draft, ctx.today())
    code = draft.code.strip()
    if code:
        other = s.scalar(select(models.Case.id).where(models.Case.code == code))
        if other is not None and other != case_id:
            issues.append(ValidationIssue("code", ValidationCode.DUPLICATE))
    if intake is not None:
        municipalities = case_intake.cell_municipalities(ctx)
        issues += validate_intake(intake, draft.registration_date, ctx.today(), municipalities)
    if stored_status is not None and draft.status != stored_status and draft.status not in FORM_STATUSES:
        issues.append(ValidationIssue("status", ValidationCode.BAD_FORMAT))  # only a decision sets it
    if issues:
        raise ValidationError(issues)


def _apply(case: models.Case, draft: CaseDraft, today: date, identity: bool = True) -> None:
    case.code = draft.code.strip()
    case.pseudonym = draft.pseudonym.strip()
    if identity:
        case.first_name = draft.first_name.strip()
        case.last_name = draft.last_name.strip()
        case.birth_date = draft.birth_date
    case.is_minor = draft.is_minor
    case.phenomenon = draft.phenomenon
    case.ideology = draft.ideology
    case.referrer_organisation_id = draft.referrer_organisation_id
    case.referrer_sector = draft.referrer_sector.strip()
    assert draft.registration_date is not None
    case.registration_date = draft.registration_date
    case.case_manager_id = draft.case_manager_id
    case.next_review_date = draft.next_review_date
    case.screening_notes = draft.screening_notes
    if draft.status != case.status:
        case.status = draft.status
        case.closed_on = today if draft.status.is_closed else None


def _audit_detail(before: CaseDraft | None, after: CaseDraft) -> dict[str, Any]:
    """Before/after of changed fields; identity values are never copied into the audit trail."""
    a = asdict(after)
    b = asdict(before) if before else {}
    changed: dict[str, Any] = {}
    for key, value in a.items():
        if before is not None and b.get(key) == value:
            continue
        if key in IDENTITY_FIELDS or key == "screening_notes":
            changed[key] = "changed" if before is not None else "set" if value else None
            if changed[key] is None:
                del changed[key]
        else:
            changed[key] = {"before": b.get(key), "after": value} if before is not None else value
    return changed


def create_case(
    ctx: ServiceContext, draft: CaseDraft, intake: CaseIntake | None = None, status_from_form: bool = False
) -> int:
    """Register a case (with its intake, when given). ``status_from_form``: only a status the form may set
    (registered, in screening); the others follow from a decision."""
    ctx.require(Permission.EDIT_CASES)
    with ctx.vault.session() as s:
        _check(s, ctx, draft, None, intake, CaseStatus.REGISTERED if status_from_form else None)
        now = ctx.now()
        case = models.Case(status=draft.status, created_at=now, updated_at=now)
        _apply(case, draft, ctx.today())
        case.closed_on = draft.registration_date if draft.status.is_closed else None
        if intake is not None:
            case_intake.apply_intake(case, intake, draft.is_minor)
        s.add(case)
        s.flush()
        detail = _audit_detail(None, draft)
        if intake is not None:
            detail.update(case_intake.audit_detail(None, intake))
        audit.append(s, ctx.user, "create", "case", case.id, detail)
        return case.id


def update_case(
    ctx: ServiceContext,
    case_id: int,
    draft: CaseDraft,
    identity_included: bool = True,
    intake: CaseIntake | None = None,
    signal_giver_included: bool = True,
    status_from_form: bool = False,
) -> None:
    """Save the form. With ``identity_included=False`` the stored identity is kept as it is, with
    ``signal_giver_included=False`` the stored signal-giver details; ``status_from_form`` as in create_case."""
    ctx.require(Permission.EDIT_CASES)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        before = _draft_of(case)
        if not identity_included:  # keep the stored identity; do not touch the caller's draft
            draft = replace(
                draft, first_name=before.first_name, last_name=before.last_name, birth_date=before.birth_date
            )
        if intake is not None and not signal_giver_included:
            intake = case_intake.keep_signal_giver(s, case_id, intake)
        _check(s, ctx, draft, case_id, intake, case.status if status_from_form else None)
        intake_before = case_intake.intake_of(case) if intake is not None else None
        _apply(case, draft, ctx.today(), identity_included)
        detail = _audit_detail(before, draft)
        if intake is not None:
            case_intake.apply_intake(case, intake, draft.is_minor)
            detail.update(case_intake.audit_detail(intake_before, intake))
        case.updated_at = ctx.now()
        audit.append(s, ctx.user, "update", "case", case_id, detail)


def restore_status(ctx: ServiceContext, case_id: int, status: CaseStatus, next_review: date | None) -> None:
    """Put a case's status and review date back (undo of a decision)."""
    ctx.require_any(Permission.RUN_MEETING, Permission.EDIT_CASES)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        before = case.status
        case.status = status
        case.next_review_date = next_review
        case.closed_on = ctx.today() if status.is_closed else None
        case.updated_at = ctx.now()
        audit.append(
            s, ctx.user, "update", "case", case_id, {"status": {"before": before, "after": status}, "reason": "undo"}
        )


def case_status(ctx: ServiceContext, case_id: int) -> tuple[CaseStatus, date | None]:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        return case.status, case.next_review_date
