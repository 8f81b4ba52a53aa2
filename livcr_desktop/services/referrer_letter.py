"""The letter to the signal giver, within the law: only that the signal was received and discussed,
and that the cell takes it up, refers it elsewhere or does not take it up.

Never escalation, police or justice steps, case codes, meeting numbers or other partners' names.
Refused here (so in the window and on the command line alike) when the signal giver chose anonymity,
is not known or left no contact details (``domain.outgoing.signal_giver_refusal``, the rule the feedback
log shares), and for a role that may not (audited, then ``PermissionDenied``). Addressed to the signal
giver's contact person (a read of identity-level data, audited); recorded in the feedback log when
produced. Refusals are audited.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import DecisionType
from livcr_desktop.domain.outgoing import LetterStatement, OutgoingRefusedError, Refusal, signal_giver_refusal
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.case_presence import case_in_meeting, setting
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

_STATEMENT = {
    DecisionType.REFER_AND_CLOSE: LetterStatement.REFERRED,
    DecisionType.CLOSE: LetterStatement.NOT_TAKEN_UP,
}  # every other decision (escalation too: never named) reads "the cell takes it up"


def _latest_decision(s: Session, meeting_id: int, case_id: int) -> DecisionType | None:
    d = models.Decision
    return s.scalar(
        select(d.decision_type)
        .where(d.case_id == case_id, d.meeting_id == meeting_id)
        .order_by(d.decided_at.desc(), d.id.desc())
        .limit(1)
    )


def _recipient(s: Session, case: models.Case) -> str:
    if case.signal_giver_name.strip():
        return case.signal_giver_name.strip()
    org = s.get(models.Organisation, case.referrer_organisation_id) if case.referrer_organisation_id else None
    return org.name if org is not None else ""


def _refusal(s: Session, meeting_id: int | None, case_id: int, statement: LetterStatement | None) -> Refusal | None:
    """Why no letter (None: it can be made). ``meeting_id`` None: no meeting decided on the case yet."""
    case = s.get_one(models.Case, case_id)
    if meeting_id is not None and not case_in_meeting(s, meeting_id, case_id):
        return Refusal.CASE_NOT_IN_MEETING
    who = signal_giver_refusal(
        withheld=case.signal_giver_withheld,
        name=case.signal_giver_name,
        has_referrer=bool(_recipient(s, case)),
        contact=case.signal_giver_contact,
    )
    if who is not None:
        return who
    if meeting_id is None or (statement is None and _latest_decision(s, meeting_id, case_id) is None):
        return Refusal.NOT_DECIDED
    return None


def _refuse(
    ctx: ServiceContext, s: Session, reason: Refusal, meeting_id: int | None, case_id: int, **detail: object
) -> None:
    """Audit a refused letter in the caller's session (committed without any other change)."""
    audit.append(
        s,
        ctx.user,
        "refused",
        "referrer_letter",
        None,
        {"reason": reason.value, "meeting": meeting_id, "case": case_id} | detail,
    )


def letter_refusal(
    ctx: ServiceContext, meeting_id: int | None, case_id: int, *, record: bool = False
) -> Refusal | None:
    """Why no letter can be made for the case at that meeting (None: it can); ``meeting_id`` None (no
    meeting decided on the case) gives ``NOT_DECIDED`` unless the signal giver rules it out first.

    The window asks it up front (to disable the letter for an anonymous signal giver) and, with
    ``record=True``, when the user asks for the letter: then a refusal is audited like one of
    :func:`produce_letter`, before the window asks where to save.
    """
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        refusal = _refusal(s, meeting_id, case_id, LetterStatement.TAKEN_UP)
        if refusal is not None and record:
            _refuse(ctx, s, refusal, meeting_id, case_id, purpose="check")
        return refusal


def letter_meeting(ctx: ServiceContext, case_id: int) -> int | None:
    """The latest meeting that decided on the case (the letter tells its outcome), or None."""
    ctx.require(Permission.VIEW)
    d, m = models.Decision, models.Meeting
    with ctx.vault.session() as s:
        return s.scalar(
            select(d.meeting_id)
            .join(m, m.id == d.meeting_id)
            .where(d.case_id == case_id)
            .order_by(m.meeting_date.desc(), d.decided_at.desc())
            .limit(1)
        )


def default_statement(ctx: ServiceContext, meeting_id: int, case_id: int) -> LetterStatement | None:
    """The statement that follows the cell's decision at that meeting (None: no decision)."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        decision = _latest_decision(s, meeting_id, case_id)
    return None if decision is None else _STATEMENT.get(decision, LetterStatement.TAKEN_UP)


def produce_letter(
    ctx: ServiceContext,
    meeting_id: int,
    case_id: int,
    statement: LetterStatement | None = None,
    language: str | None = None,
) -> bytes:
    """The letter as PDF (``statement`` defaults to the one the decision implies); logged as feedback given."""
    if not ctx.may(Permission.FOLLOW_UP):  # the refusal is audited in a session of its own, then raised
        with ctx.vault.session() as s:
            _refuse(ctx, s, Refusal.NOT_ALLOWED, meeting_id, case_id, permission=Permission.FOLLOW_UP.value)
        ctx.require(Permission.FOLLOW_UP)
    from livcr_desktop.reports.outgoing_pdf import LetterDocument, letter_lines, render_letter

    statement = statement or default_statement(ctx, meeting_id, case_id)
    with ctx.vault.session() as s:
        refusal = _refusal(s, meeting_id, case_id, statement)
        case = s.get_one(models.Case, case_id)
        if refusal is not None:
            _refuse(ctx, s, refusal, meeting_id, case_id)
            code = case.code
        else:
            assert statement is not None
            document = LetterDocument(
                language=language or setting(s, "language", "nl"),
                cell_name=setting(s, "cell_name", "LIVC-R"),
                municipality=setting(s, "municipality", ""),
                recipient_name=_recipient(s, case),
                recipient_contact=case.signal_giver_contact.strip(),
                registered=case.registration_date,
                statement=statement.value,
                letter_date=ctx.today(),
            )
            audit.append(s, ctx.user, "read_identity", "case", case_id, {"purpose": "referrer_letter"})
    if refusal is not None:
        raise OutgoingRefusedError(refusal, code)
    pdf = render_letter(document)
    with ctx.vault.session() as s:
        row = models.ReferrerFeedback(
            case_id=case_id, at=ctx.now(), user=ctx.user, text="\n".join(letter_lines(document))
        )
        s.add(row)
        s.flush()
        audit.append(
            s,
            ctx.user,
            "create",
            "referrer_feedback",
            row.id,
            {"case": case_id, "template": f"letter_{document.statement}", "length": len(row.text)},
        )
        audit.append(s, ctx.user, "export", "referrer_letter", row.id, {"meeting": meeting_id, "case": case_id})
    return pdf
