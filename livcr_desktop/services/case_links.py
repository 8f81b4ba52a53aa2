"""Links between cases that concern related people (family, peer group): stored once, shown on both.

Shown on the case and in its timeline (code and pseudonym of the other case only); never projected.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from livcr_desktop.domain.case_intake import CaseLinkRow
from livcr_desktop.domain.enums import CaseLinkKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    ValidationCode,
    ValidationError,
    ValidationIssue,
    text_issues,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models


def list_links(ctx: ServiceContext, case_id: int) -> list[CaseLinkRow]:
    """The case's links, whichever side they were made from, oldest first."""
    ctx.require(Permission.VIEW)
    k = models.CaseLink
    with ctx.vault.session() as s:
        rows = list(s.scalars(select(k).where(or_(k.case_id == case_id, k.other_case_id == case_id)).order_by(k.id)))
        others = {r.other_case_id if r.case_id == case_id else r.case_id for r in rows}
        names = {c.id: (c.code, c.pseudonym) for c in s.scalars(select(models.Case).where(models.Case.id.in_(others)))}
        out = []
        for r in rows:
            other = r.other_case_id if r.case_id == case_id else r.case_id
            code, pseudonym = names[other]
            out.append(CaseLinkRow(r.id, other, code, pseudonym, r.kind, r.note, r.created_at))
        return out


def link_cases(ctx: ServiceContext, case_id: int, other_case_id: int | None, kind: CaseLinkKind, note: str = "") -> int:
    """Link two cases. A case cannot be linked to itself, nor twice to the same case."""
    ctx.require(Permission.EDIT_CASES)
    note = note.strip()
    k = models.CaseLink
    with ctx.vault.session() as s:
        s.get_one(models.Case, case_id)
        issues: list[ValidationIssue] = []
        if other_case_id is None:
            issues.append(ValidationIssue("other_case", ValidationCode.REQUIRED))
        elif other_case_id == case_id:
            issues.append(ValidationIssue("other_case", ValidationCode.SELF))
        elif s.get(models.Case, other_case_id) is None:
            issues.append(ValidationIssue("other_case", ValidationCode.REQUIRED))
        else:
            pair = or_(
                (k.case_id == case_id) & (k.other_case_id == other_case_id),
                (k.case_id == other_case_id) & (k.other_case_id == case_id),
            )
            if s.scalar(select(k.id).where(pair)) is not None:
                issues.append(ValidationIssue("other_case", ValidationCode.DUPLICATE))
        if len(note) > MAX_SHORT_TEXT:
            issues.append(ValidationIssue("link_note", ValidationCode.TOO_LONG))
        else:
            issues += text_issues({"link_note": note})
        if issues:
            raise ValidationError(issues)
        assert other_case_id is not None
        link = k(case_id=case_id, other_case_id=other_case_id, kind=kind, note=note, created_at=ctx.now())
        s.add(link)
        s.flush()
        detail = {"case_id": case_id, "other_case_id": other_case_id, "kind": kind}
        audit.append(s, ctx.user, "create", "case_link", link.id, detail)
        return link.id


def unlink(ctx: ServiceContext, link_id: int) -> None:
    ctx.require(Permission.EDIT_CASES)
    with ctx.vault.session() as s:
        link = s.get_one(models.CaseLink, link_id)
        detail = {"case_id": link.case_id, "other_case_id": link.other_case_id}
        s.delete(link)
        audit.append(s, ctx.user, "delete", "case_link", link_id, detail)


def link_choices(ctx: ServiceContext, case_id: int) -> list[tuple[int, str]]:
    """Other cases to link to, as (id, "code (pseudonym)"), newest first; never an identity."""
    ctx.require(Permission.VIEW)
    c = models.Case
    with ctx.vault.session() as s:
        rows = s.execute(
            select(c.id, c.code, c.pseudonym).where(c.id != case_id).order_by(c.registration_date.desc(), c.code)
        )
        return [(r[0], r[1] + (f" ({r[2]})" if r[2] else "")) for r in rows]
