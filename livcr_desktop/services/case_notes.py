"""The casemanager's dated notes on a case (screening notes, advice), shown in the form and the timeline.

The old free-text ``screening_notes`` of a case stays readable: it is listed as the first note, dated
on the registration date.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from livcr_desktop.domain.case_intake import CaseNoteRow
from livcr_desktop.domain.enums import CaseNoteKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import MAX_TEXT, ValidationCode, ValidationError, ValidationIssue, text_issues
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models


def list_notes(ctx: ServiceContext, case_id: int) -> list[CaseNoteRow]:
    """Oldest first; the case's old screening notes (if any) first of all."""
    ctx.require(Permission.VIEW)
    n = models.CaseNote
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        out: list[CaseNoteRow] = []
        if case.screening_notes.strip():
            out.append(CaseNoteRow(None, CaseNoteKind.SCREENING, case.registration_date, case.screening_notes.strip()))
        rows = s.scalars(select(n).where(n.case_id == case_id).order_by(n.on, n.id))
        out += [CaseNoteRow(r.id, r.kind, r.on, r.text, r.user) for r in rows]
        return out


def add_note(ctx: ServiceContext, case_id: int, kind: CaseNoteKind, on: date, text: str) -> int:
    """Add a screening note or the casemanager's advice. Not in the future, not before the registration."""
    ctx.require_any(Permission.EDIT_CASES, Permission.FOLLOW_UP)
    text = text.strip()
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        issues: list[ValidationIssue] = []
        if on > ctx.today():
            issues.append(ValidationIssue("note_date", ValidationCode.DATE_IN_FUTURE))
        elif on < case.registration_date:
            issues.append(ValidationIssue("note_date", ValidationCode.DATE_BEFORE_REGISTRATION))
        if not text:
            issues.append(ValidationIssue("note_text", ValidationCode.REQUIRED))
        elif len(text) > MAX_TEXT:
            issues.append(ValidationIssue("note_text", ValidationCode.TOO_LONG))
        else:
            issues += text_issues({"note_text": text})
        if issues:
            raise ValidationError(issues)
        note = models.CaseNote(case_id=case_id, kind=kind, on=on, text=text, user=ctx.user, created_at=ctx.now())
        s.add(note)
        s.flush()
        audit.append(s, ctx.user, "create", "case_note", note.id, {"case_id": case_id, "kind": kind, "on": on})
        return note.id
