"""The referrer feedback log: what the signal giver was told, when and by whom.

Feedback is limited by law and deontology: the view offers templates that hold no case content,
and :func:`check_text` warns when a typed text holds the subject's name or birth date, without
handing those to the caller. Feedback goes to a known signal giver only: none when the signal giver
chose anonymity or when neither their name nor a referring organisation is recorded
(``domain.outgoing.signal_giver_refusal``, the rule the letter of ``services.referrer_letter`` shares;
the letter also needs contact details, the log does not: feedback given by phone or through the
referring organisation is logged too).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date

from sqlalchemy import select

from livcr_desktop.domain.followup import AnonymousReferralError, FeedbackEntry, FeedbackWarning
from livcr_desktop.domain.outgoing import signal_giver_refusal
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import MAX_TEXT, ValidationCode, ValidationError, ValidationIssue, check_texts
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

TEMPLATE_KEYS = ("discussed_support", "discussed_referred", "discussed_closed", "received_screening")


def _fold(text: str) -> str:
    """Lower case without diacritics, so "Émile" matches "emile"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _date_forms(d: date) -> list[str]:
    forms = []
    for day in (f"{d.day:02d}", str(d.day)):
        for month in (f"{d.month:02d}", str(d.month)):
            for sep in ("/", "-", "."):
                forms.append(f"{day}{sep}{month}{sep}{d.year}")
    forms.append(d.isoformat())
    return forms


def _mentions_identity(text: str, first: str, last: str, birth: date | None) -> bool:
    folded = _fold(text)
    words = set(re.findall(r"\w+", folded))
    for name in (first, last):
        parts = [p for p in re.findall(r"\w+", _fold(name)) if len(p) >= 2]
        if parts and all(p in words for p in parts):
            return True
    return birth is not None and any(form in text for form in _date_forms(birth))


def can_give_feedback(ctx: ServiceContext, case_id: int) -> bool:
    """False when the signal giver chose anonymity or is not known: there is nobody to inform."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        return not _anonymous(s.get_one(models.Case, case_id))


def _anonymous(case: models.Case) -> bool:
    return (
        signal_giver_refusal(
            withheld=case.signal_giver_withheld,
            name=case.signal_giver_name,
            has_referrer=case.referrer_organisation_id is not None,
        )
        is not None
    )


def referrer_name(ctx: ServiceContext, case_id: int) -> str:
    """The referring organisation's name ("" for an anonymous referral)."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        org = s.get(models.Organisation, case.referrer_organisation_id) if case.referrer_organisation_id else None
        return org.name if org else ""


def check_text(ctx: ServiceContext, case_id: int, text: str) -> list[FeedbackWarning]:
    """Warnings about a feedback text. Only a yes/no leaves the service, never the identity itself;
    a positive identity check is audited (it reveals that the typed name is the subject's)."""
    ctx.require(Permission.FOLLOW_UP)
    if not text.strip():
        return [FeedbackWarning.EMPTY]
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        if _mentions_identity(text, case.first_name, case.last_name, case.birth_date):
            audit.append(
                s, ctx.user, "identity_check", "case", case_id, {"purpose": "referrer_feedback", "match": True}
            )
            return [FeedbackWarning.IDENTITY]
    return []


def list_feedback(ctx: ServiceContext, case_id: int) -> list[FeedbackEntry]:
    ctx.require(Permission.VIEW)
    f, ae = models.ReferrerFeedback, models.AuditEvent
    with ctx.vault.session() as s:
        rows = s.scalars(select(f).where(f.case_id == case_id).order_by(f.at, f.id)).all()
        templates: dict[int, str] = {}
        if rows:
            for ev in s.scalars(
                select(ae).where(
                    ae.entity == "referrer_feedback", ae.action == "create", ae.entity_id.in_([r.id for r in rows])
                )
            ):
                try:
                    templates[ev.entity_id or 0] = str(json.loads(ev.detail).get("template", ""))
                except (ValueError, AttributeError):
                    continue
        return [FeedbackEntry(r.id, r.case_id, r.at, r.user, r.text, templates.get(r.id, "")) for r in rows]


def add_feedback(ctx: ServiceContext, case_id: int, text: str, template: str = "") -> int:
    """Log feedback given to the signal giver (the final text, the user and the time).

    Raises AnonymousReferralError for an anonymous referral and ValidationError for an empty or
    too long text, or one holding a bidirectional control character. The template key is kept in
    the audit event.
    """
    ctx.require(Permission.FOLLOW_UP)
    text = text.strip()
    if not text:
        raise ValidationError([ValidationIssue("text", ValidationCode.REQUIRED)])
    if len(text) > MAX_TEXT:
        raise ValidationError([ValidationIssue("text", ValidationCode.TOO_LONG)])
    check_texts(text=text)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        if _anonymous(case):
            raise AnonymousReferralError(case.code)
        row = models.ReferrerFeedback(case_id=case_id, at=ctx.now(), user=ctx.user, text=text)
        s.add(row)
        s.flush()
        audit.append(
            s,
            ctx.user,
            "create",
            "referrer_feedback",
            row.id,
            {
                "case": case_id,
                "template": template if template in TEMPLATE_KEYS else "",
                "length": len(text),
            },
        )
        return row.id
