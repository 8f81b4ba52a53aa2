"""The integral assessment: contributions per organisation and life domain, domain ratings,
and the consolidated summary and qualification of a case at a meeting."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import Qualification
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.domain.meeting import AssessmentGrid, ContributionDraft, ContributionView, DomainRow
from livcr_desktop.domain.roles import Permission, is_restricted_contribution, reads_restricted
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    ValidationCode,
    ValidationError,
    ValidationIssue,
    check_texts,
    text_issues,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import ensure_editable
from livcr_desktop.services.secrecy import organisation_bound
from livcr_desktop.storage import audit, models

GRID_SETTING = "assessment_domains"
# Text is committed as it is typed; one audit event stands for a burst of typing this long.
TYPING_BURST = 60.0


def life_domains(ctx: ServiceContext) -> tuple[str, ...]:
    """The cell's grid (a setting) or the default neutral grid."""
    with ctx.vault.session() as s:
        row = s.get(models.Setting, GRID_SETTING)
        if row is not None:
            value = json.loads(row.value)
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return tuple(value)
    return DEFAULT_LIFE_DOMAINS


def _validate(draft: ContributionDraft, domains: tuple[str, ...]) -> None:
    issues = []
    if draft.declines_to_share:
        if draft.text.strip():
            issues.append(ValidationIssue("text", ValidationCode.BAD_FORMAT))
    else:
        if draft.life_domain not in domains:
            issues.append(ValidationIssue("life_domain", ValidationCode.REQUIRED))
        if not draft.text.strip():
            issues.append(ValidationIssue("text", ValidationCode.REQUIRED))
    if len(draft.text) > MAX_TEXT:
        issues.append(ValidationIssue("text", ValidationCode.TOO_LONG))
    flagged = {i.field for i in issues}
    issues.extend(i for i in text_issues({"text": draft.text}) if i.field not in flagged)
    if issues:
        raise ValidationError(issues)


def _lifted_by_required(secrecy_lifted_by: str) -> str:
    lifted = secrecy_lifted_by.strip()
    if len(lifted) > MAX_SHORT_TEXT:
        raise ValidationError([ValidationIssue("secrecy_lifted_by", ValidationCode.TOO_LONG)])
    check_texts(secrecy_lifted_by=lifted)
    return lifted


def add_contribution(ctx: ServiceContext, draft: ContributionDraft, secrecy_lifted_by: str = "") -> int:
    """Record a contribution. One of an organisation bound by professional secrecy starts as
    "beroepsgeheim" whatever the draft says, unless ``secrecy_lifted_by`` names who agreed to lift it."""
    ctx.require(Permission.RUN_MEETING)
    _validate(draft, life_domains(ctx))
    lifted = _lifted_by_required(secrecy_lifted_by)
    with ctx.vault.session() as s:
        if draft.meeting_id is not None:
            ensure_editable(s, draft.meeting_id)
        now = ctx.now()
        lifted_at = None
        if organisation_bound(s, draft.organisation_id) and not draft.declines_to_share:
            if not draft.professional_secrecy and not lifted:
                draft = replace(draft, professional_secrecy=True)  # secrecy by default
            elif not draft.professional_secrecy:
                lifted_at = now
        if draft.professional_secrecy:
            lifted = ""
        row = models.Contribution(
            case_id=draft.case_id,
            meeting_id=draft.meeting_id,
            organisation_id=draft.organisation_id,
            member_id=draft.member_id,
            life_domain=None if draft.declines_to_share else draft.life_domain,
            text="" if draft.declines_to_share else draft.text.strip(),
            professional_secrecy=draft.professional_secrecy,
            no_projection=draft.no_projection,
            confirmed=draft.confirmed,
            declines_to_share=draft.declines_to_share,
            in_minutes=draft.in_minutes,
            secrecy_lifted_by=lifted if lifted_at else "",
            secrecy_lifted_at=lifted_at,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        audit.append(
            s,
            ctx.user,
            "create",
            "contribution",
            row.id,
            {
                "case": draft.case_id,
                "meeting": draft.meeting_id,
                "organisation": draft.organisation_id,
                "domain": row.life_domain,
                "declines": draft.declines_to_share,
                "secrecy": draft.professional_secrecy,
                "secrecy_lifted_by": lifted if lifted_at else "",
                "no_projection": draft.no_projection,
            },
        )
        return row.id


def update_contribution(
    ctx: ServiceContext, contribution_id: int, draft: ContributionDraft, secrecy_lifted_by: str = ""
) -> None:
    """Change a contribution. Lifting the "beroepsgeheim" flag of a contribution of an organisation bound
    by professional secrecy needs ``secrecy_lifted_by`` (who agreed); it is recorded with the time."""
    ctx.require(Permission.RUN_MEETING)
    _validate(draft, life_domains(ctx))
    lifted = _lifted_by_required(secrecy_lifted_by)
    with ctx.vault.session() as s:
        row = s.get_one(models.Contribution, contribution_id)
        if row.meeting_id is not None:
            ensure_editable(s, row.meeting_id)
        changed: dict[str, object] = {}
        lifting = row.professional_secrecy and not draft.professional_secrecy and not draft.declines_to_share
        if lifting and organisation_bound(s, draft.organisation_id):
            if not lifted:
                raise ValidationError([ValidationIssue("secrecy_lifted_by", ValidationCode.REQUIRED)])
            row.secrecy_lifted_by, row.secrecy_lifted_at = lifted, ctx.now()
            changed["secrecy_lifted_by"] = lifted
        elif draft.professional_secrecy and row.secrecy_lifted_by:
            row.secrecy_lifted_by, row.secrecy_lifted_at = "", None  # flagged again
        for name in (
            "life_domain",
            "text",
            "professional_secrecy",
            "no_projection",
            "confirmed",
            "declines_to_share",
            "in_minutes",
            "organisation_id",
        ):
            new = getattr(draft, name)
            if name == "text":
                new = new.strip()
            if getattr(row, name) != new:
                changed[name] = "changed" if name == "text" else {"before": getattr(row, name), "after": new}
                setattr(row, name, new)
        row.updated_at = ctx.now()
        audit.append(s, ctx.user, "update", "contribution", contribution_id, changed)


def delete_contribution(ctx: ServiceContext, contribution_id: int) -> ContributionDraft:
    """Delete and return what was deleted (so the chair's undo can put it back)."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        row = s.get_one(models.Contribution, contribution_id)
        if row.meeting_id is not None:
            ensure_editable(s, row.meeting_id)
        draft = ContributionDraft(
            case_id=row.case_id,
            meeting_id=row.meeting_id,
            organisation_id=row.organisation_id,
            life_domain=row.life_domain,
            text=row.text,
            professional_secrecy=row.professional_secrecy,
            no_projection=row.no_projection,
            confirmed=row.confirmed,
            declines_to_share=row.declines_to_share,
            in_minutes=row.in_minutes,
            member_id=row.member_id,
        )
        s.delete(row)
        audit.append(s, ctx.user, "delete", "contribution", contribution_id, {"case": row.case_id})
        return draft


def set_domain_assessment(
    ctx: ServiceContext,
    case_id: int,
    meeting_id: int,
    life_domain: str,
    risk_factors: str | None = None,
    protective_factors: str | None = None,
    concern_level: int | None = None,
) -> None:
    ctx.require(Permission.RUN_MEETING)
    if concern_level is not None and not 0 <= concern_level <= 3:
        raise ValidationError([ValidationIssue("concern_level", ValidationCode.BAD_FORMAT)])
    for name, value in (("risk_factors", risk_factors), ("protective_factors", protective_factors)):
        if value is not None and len(value) > MAX_TEXT:
            raise ValidationError([ValidationIssue(name, ValidationCode.TOO_LONG)])
    check_texts(risk_factors=risk_factors, protective_factors=protective_factors)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        row = _domain_row(s, case_id, meeting_id, life_domain)
        if row is None:
            row = models.DomainAssessment(
                case_id=case_id,
                meeting_id=meeting_id,
                life_domain=life_domain,
                risk_factors="",
                protective_factors="",
                concern_level=0,
                updated_at=ctx.now(),
            )
            s.add(row)
        if risk_factors is not None:
            row.risk_factors = risk_factors
        if protective_factors is not None:
            row.protective_factors = protective_factors
        if concern_level is not None:
            row.concern_level = concern_level
        row.updated_at = ctx.now()
        s.flush()
        audit.append(
            s,
            ctx.user,
            "update",
            "domain_assessment",
            row.id,
            {"domain": life_domain, "concern_level": concern_level},
            coalesce_seconds=TYPING_BURST,
        )


def _domain_row(s: Session, case_id: int, meeting_id: int, domain: str) -> models.DomainAssessment | None:
    d = models.DomainAssessment
    return s.scalar(select(d).where(d.case_id == case_id, d.meeting_id == meeting_id, d.life_domain == domain))


def set_assessment(
    ctx: ServiceContext,
    case_id: int,
    meeting_id: int,
    summary: str | None = None,
    qualification: Qualification | None = None,
    clear_qualification: bool = False,
) -> None:
    ctx.require(Permission.RUN_MEETING)
    if summary is not None and len(summary) > MAX_TEXT:
        raise ValidationError([ValidationIssue("summary", ValidationCode.TOO_LONG)])
    check_texts(summary=summary)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        a = models.Assessment
        row = s.scalar(select(a).where(a.case_id == case_id, a.meeting_id == meeting_id))
        if row is None:
            row = models.Assessment(case_id=case_id, meeting_id=meeting_id, summary="", updated_at=ctx.now())
            s.add(row)
        if summary is not None:
            row.summary = summary
        if qualification is not None or clear_qualification:
            row.qualification = qualification
        row.updated_at = ctx.now()
        s.flush()
        audit.append(
            s,
            ctx.user,
            "update",
            "assessment",
            row.id,
            {"qualification": row.qualification, "summary": "changed" if summary is not None else None},
            coalesce_seconds=TYPING_BURST,
        )


def _previous_meeting_id(s: Session, case_id: int, meeting_id: int) -> int | None:
    m, d = models.Meeting, models.DomainAssessment
    this = s.get_one(m, meeting_id)
    return s.scalar(
        select(m.id)
        .join(d, d.meeting_id == m.id)
        .where(d.case_id == case_id, m.meeting_date < this.meeting_date)
        .order_by(m.meeting_date.desc())
        .limit(1)
    )


def contribution_view(row: models.Contribution, org_name: str) -> ContributionView:
    return ContributionView(
        id=row.id,
        case_id=row.case_id,
        meeting_id=row.meeting_id,
        organisation_id=row.organisation_id,
        organisation=org_name,
        life_domain=row.life_domain,
        text=row.text,
        professional_secrecy=row.professional_secrecy,
        no_projection=row.no_projection,
        confirmed=row.confirmed,
        declines_to_share=row.declines_to_share,
        in_minutes=row.in_minutes,
        created_at=row.created_at,
    )


def _readable(ctx: ServiceContext, view: ContributionView) -> ContributionView:
    """``view`` as the acting role may read it: a restricted contribution's text is blanked for a role
    that may not read it (search hides it from the same roles); its organisation, domain and flags
    stay, so the grid and the projector can count it."""
    restricted = is_restricted_contribution(
        professional_secrecy=view.professional_secrecy, no_projection=view.no_projection, in_minutes=view.in_minutes
    )
    if restricted and view.text and not reads_restricted(ctx.role):
        return replace(view, text="")
    return view


def assessment_grid(ctx: ServiceContext, case_id: int, meeting_id: int) -> AssessmentGrid:
    """The grid of a case at a meeting; restricted contributions' texts only for a role that may read them."""
    ctx.require(Permission.VIEW)
    domains = life_domains(ctx)
    with ctx.vault.session() as s:
        orgs = {o.id: o.short_name for o in s.scalars(select(models.Organisation))}
        contribs = s.scalars(
            select(models.Contribution)
            .where(models.Contribution.case_id == case_id, models.Contribution.meeting_id == meeting_id)
            .order_by(models.Contribution.created_at, models.Contribution.id)
        ).all()
        views = [_readable(ctx, contribution_view(c, orgs.get(c.organisation_id, "?"))) for c in contribs]
        d = models.DomainAssessment
        current = {
            r.life_domain: r for r in s.scalars(select(d).where(d.case_id == case_id, d.meeting_id == meeting_id))
        }
        prev_id = _previous_meeting_id(s, case_id, meeting_id)
        previous = {}
        if prev_id is not None:
            previous = {
                r.life_domain: r.concern_level
                for r in s.scalars(select(d).where(d.case_id == case_id, d.meeting_id == prev_id))
            }
        org_ids: list[int] = []
        for v in views:
            if v.organisation_id not in org_ids:
                org_ids.append(v.organisation_id)
        rows = []
        for dom in domains:
            by_org: dict[int, list[ContributionView]] = {}
            for v in views:
                if v.life_domain == dom and not v.declines_to_share:
                    by_org.setdefault(v.organisation_id, []).append(v)
            cur = current.get(dom)
            rows.append(
                DomainRow(
                    life_domain=dom,
                    risk_factors=cur.risk_factors if cur else "",
                    protective_factors=cur.protective_factors if cur else "",
                    concern_level=cur.concern_level if cur else None,
                    previous_level=previous.get(dom),
                    contributions={k: tuple(v) for k, v in by_org.items()},
                )
            )
        a = models.Assessment
        summary_row = s.scalar(select(a).where(a.case_id == case_id, a.meeting_id == meeting_id))
        return AssessmentGrid(
            case_id=case_id,
            meeting_id=meeting_id,
            organisations=tuple((i, orgs.get(i, "?")) for i in org_ids),
            rows=tuple(rows),
            declined=tuple(v for v in views if v.declines_to_share),
            summary=summary_row.summary if summary_row else "",
            qualification=summary_row.qualification if summary_row else None,
        )
