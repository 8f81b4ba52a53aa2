"""Decisions and the plan of approach (actions), recorded as they are said."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from livcr_desktop.domain.enums import ActionStatus, DecisionType
from livcr_desktop.domain.meeting import ActionDraft, ActionView, DecisionDraft, DecisionView
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    ValidationCode,
    ValidationError,
    ValidationIssue,
    check_texts,
    text_issues,
)
from livcr_desktop.services import decision_effects as effects
from livcr_desktop.services import secrecy
from livcr_desktop.services.assessment import TYPING_BURST
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import ensure_editable
from livcr_desktop.storage import audit, models

DECISION_TEXT_FIELDS = ("reasons", "expectations", "referral_target", "escalation_target")


def validate_decision(draft: DecisionDraft, meeting_date: date) -> list[ValidationIssue]:
    issues = []
    if draft.decision_type is None:
        issues.append(ValidationIssue("decision_type", ValidationCode.REQUIRED))
    if draft.next_review_date is not None and draft.next_review_date < meeting_date:
        issues.append(ValidationIssue("next_review_date", ValidationCode.DATE_BEFORE_MEETING))
    if draft.decision_type is DecisionType.ESCALATE and not draft.escalation_target.strip():
        issues.append(ValidationIssue("escalation_target", ValidationCode.REQUIRED))
    if draft.decision_type is DecisionType.REFER_AND_CLOSE and not draft.referral_target.strip():
        issues.append(ValidationIssue("referral_target", ValidationCode.REQUIRED))
    for name in ("reasons", "expectations"):
        if len(getattr(draft, name)) > MAX_TEXT:
            issues.append(ValidationIssue(name, ValidationCode.TOO_LONG))
    flagged = {i.field for i in issues}
    issues.extend(
        i for i in text_issues({name: getattr(draft, name) for name in DECISION_TEXT_FIELDS}) if i.field not in flagged
    )
    return issues


def record_decision(ctx: ServiceContext, draft: DecisionDraft) -> int:
    """Record a decision; the case's status, review date and escalation flag follow it (the table in
    ``domain/decision_rules.py``), in the same commit."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        meeting = ensure_editable(s, draft.meeting_id)
        case = s.get_one(models.Case, draft.case_id)
        before = case.status
        issues = validate_decision(draft, meeting.meeting_date)
        flagged = {i.field for i in issues}
        effects.raise_if(
            issues + [i for i in effects.check_rules(draft, before, meeting.meeting_date) if i.field not in flagged]
        )
        assert draft.decision_type is not None
        row = models.Decision(
            case_id=draft.case_id,
            meeting_id=draft.meeting_id,
            decision_type=draft.decision_type,
            reasons=draft.reasons.strip(),
            expectations=draft.expectations.strip(),
            referral_target=draft.referral_target.strip(),
            escalation_target=draft.escalation_target.strip(),
            next_review_date=draft.next_review_date,
            decided_at=ctx.now(),
            professional_secrecy=draft.professional_secrecy,
        )
        if draft.decision_type is DecisionType.ESCALATE:
            row.escalation_date = draft.escalation_date or meeting.meeting_date
        s.add(row)
        detail = effects.apply(case, draft, before, meeting.meeting_date, ctx.now())
        s.flush()
        audit.append(
            s,
            ctx.user,
            "create",
            "decision",
            row.id,
            {
                "case": draft.case_id,
                "meeting": draft.meeting_id,
                "type": draft.decision_type,
                "secrecy": draft.professional_secrecy,
                **detail,
            },
        )
        return row.id


def update_decision(ctx: ServiceContext, decision_id: int, draft: DecisionDraft) -> None:
    """Commit the decision as it is now typed, its professional-secrecy flag included (the form always
    sends the whole decision)."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        row = s.get_one(models.Decision, decision_id)
        meeting = ensure_editable(s, row.meeting_id)
        case = s.get_one(models.Case, row.case_id)
        before = effects.status_before(s, decision_id, case.status)
        issues = validate_decision(draft, meeting.meeting_date)
        flagged = {i.field for i in issues}
        effects.raise_if(
            issues + [i for i in effects.check_rules(draft, before, meeting.meeting_date) if i.field not in flagged]
        )
        assert draft.decision_type is not None
        was_escalation = row.decision_type is DecisionType.ESCALATE
        row.decision_type = draft.decision_type
        row.reasons, row.expectations = draft.reasons.strip(), draft.expectations.strip()
        row.referral_target, row.escalation_target = draft.referral_target.strip(), draft.escalation_target.strip()
        row.next_review_date = draft.next_review_date
        if draft.decision_type is DecisionType.ESCALATE:
            if draft.escalation_date is not None or row.escalation_date is None:  # no date given: kept as stored
                row.escalation_date = draft.escalation_date or meeting.meeting_date
        else:
            row.escalation_date = None
        detail: dict[str, object] = {"type": draft.decision_type}
        if row.professional_secrecy != draft.professional_secrecy:
            detail["professional_secrecy"] = {"before": row.professional_secrecy, "after": draft.professional_secrecy}
            row.professional_secrecy = draft.professional_secrecy
        if was_escalation and draft.decision_type is not DecisionType.ESCALATE:
            detail.update(effects.restore_escalation(s, case, decision_id))
        detail.update(effects.apply(case, draft, before, meeting.meeting_date, ctx.now()))
        audit.append(s, ctx.user, "update", "decision", decision_id, detail, coalesce_seconds=TYPING_BURST)


def delete_decision(ctx: ServiceContext, decision_id: int) -> None:
    """Remove a decision (undo); an escalation flag it set goes back to the previous escalation, if any.

    The case's status and review date are put back by the caller (``cases.restore_status``).
    """
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        row = s.get_one(models.Decision, decision_id)
        ensure_editable(s, row.meeting_id)
        detail: dict[str, object] = {"case": row.case_id}
        if row.decision_type is DecisionType.ESCALATE:
            detail.update(effects.restore_escalation(s, s.get_one(models.Case, row.case_id), decision_id))
        s.delete(row)
        audit.append(s, ctx.user, "delete", "decision", decision_id, detail)


def decisions_for(ctx: ServiceContext, case_id: int, meeting_id: int | None = None) -> list[DecisionView]:
    ctx.require(Permission.VIEW)
    d = models.Decision
    stmt = select(d).where(d.case_id == case_id)
    if meeting_id is not None:
        stmt = stmt.where(d.meeting_id == meeting_id)
    with ctx.vault.session() as s:
        return [
            DecisionView(
                r.id,
                r.case_id,
                r.meeting_id,
                r.decision_type,
                r.reasons,
                r.expectations,
                r.referral_target,
                r.escalation_target,
                r.next_review_date,
                r.decided_at,
                professional_secrecy=r.professional_secrecy,
                escalation_date=r.escalation_date,
            )
            for r in s.scalars(stmt.order_by(d.decided_at, d.id))
        ]


def case_escalation(ctx: ServiceContext, case_id: int) -> tuple[str, date | None]:
    """Where the case was escalated to and since when (``("", None)``: not escalated)."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        return case.escalated_to, case.escalated_on


# -- actions ------------------------------------------------------------------------------------


def validate_action(draft: ActionDraft, today: date, new: bool) -> list[ValidationIssue]:
    issues = []
    if not draft.description.strip():
        issues.append(ValidationIssue("description", ValidationCode.REQUIRED))
    elif len(draft.description) > MAX_TEXT:
        issues.append(ValidationIssue("description", ValidationCode.TOO_LONG))
    else:
        issues.extend(text_issues({"description": draft.description}))
    if draft.owner_organisation_id is None:
        issues.append(ValidationIssue("owner_organisation_id", ValidationCode.REQUIRED))
    if draft.deadline is None:
        issues.append(ValidationIssue("deadline", ValidationCode.REQUIRED))
    elif new and draft.deadline < today:
        issues.append(ValidationIssue("deadline", ValidationCode.DATE_IN_PAST))
    return issues


def add_action(ctx: ServiceContext, draft: ActionDraft) -> int:
    """Add an action; it is flagged "beroepsgeheim" when the draft says so or when its owner organisation
    is bound by professional secrecy (``secrecy.action_starts_secret``): such an action never reaches
    an outgoing document. Unflag it afterwards with :func:`set_action_secrecy`."""
    ctx.require_any(Permission.RUN_MEETING, Permission.FOLLOW_UP)
    issues = validate_action(draft, ctx.today(), new=True)
    if issues:
        raise ValidationError(issues)
    assert draft.owner_organisation_id is not None and draft.deadline is not None
    with ctx.vault.session() as s:
        if draft.meeting_id is not None:
            ensure_editable(s, draft.meeting_id)
        now = ctx.now()
        secret = secrecy.action_starts_secret(s, draft.owner_organisation_id, draft.professional_secrecy)
        row = models.Action(
            case_id=draft.case_id,
            meeting_id=draft.meeting_id,
            description=draft.description.strip(),
            owner_organisation_id=draft.owner_organisation_id,
            responsible_member_id=draft.responsible_member_id,
            deadline=draft.deadline,
            status=draft.status,
            created_at=now,
            updated_at=now,
            professional_secrecy=secret,
        )
        s.add(row)
        s.flush()
        s.add(models.ActionUpdate(action_id=row.id, at=now, status=draft.status, note="", user=ctx.user))
        audit.append(
            s,
            ctx.user,
            "create",
            "action",
            row.id,
            {
                "case": draft.case_id,
                "meeting": draft.meeting_id,
                "owner": draft.owner_organisation_id,
                "deadline": draft.deadline,
                "secrecy": secret,
            },
        )
        return row.id


def update_action(ctx: ServiceContext, action_id: int, draft: ActionDraft) -> None:
    """Change an action's fields. The professional-secrecy flag can be set here but never cleared (a
    draft that says nothing about it must not lift it): that takes :func:`set_action_secrecy`."""
    ctx.require_any(Permission.RUN_MEETING, Permission.FOLLOW_UP)
    issues = validate_action(draft, ctx.today(), new=False)
    if issues:
        raise ValidationError(issues)
    with ctx.vault.session() as s:
        row = s.get_one(models.Action, action_id)
        changed = {}
        for name in ("description", "owner_organisation_id", "responsible_member_id", "deadline", "status"):
            new = getattr(draft, name)
            if getattr(row, name) != new:
                # free text never goes into the append-only trail (retention must be able to erase it)
                changed[name] = "changed" if name == "description" else {"before": getattr(row, name), "after": new}
                setattr(row, name, new)
        if draft.professional_secrecy and not row.professional_secrecy:
            changed["professional_secrecy"] = {"before": False, "after": True}
            row.professional_secrecy = True
        row.updated_at = ctx.now()
        if "status" in changed:
            s.add(models.ActionUpdate(action_id=row.id, at=ctx.now(), status=row.status, note="", user=ctx.user))
        audit.append(s, ctx.user, "update", "action", action_id, changed)


def set_action_secrecy(ctx: ServiceContext, action_id: int, secret: bool, lifted_by: str = "") -> None:
    """Flag an action "beroepsgeheim" (taken because of a secret fact: it never leaves the cell) or lift
    the flag. Lifting it on an action owned by an organisation bound by professional secrecy needs
    ``lifted_by`` (who of it agreed), kept in the audit trail as for a contribution. Audited when it changes."""
    ctx.require_any(Permission.RUN_MEETING, Permission.FOLLOW_UP)
    lifted = lifted_by.strip()
    check_texts(secrecy_lifted_by=lifted)
    if len(lifted) > MAX_SHORT_TEXT:
        raise ValidationError([ValidationIssue("secrecy_lifted_by", ValidationCode.TOO_LONG)])
    with ctx.vault.session() as s:
        row = s.get_one(models.Action, action_id)
        before = row.professional_secrecy
        if before == secret:
            return
        detail: dict[str, object] = {"professional_secrecy": {"before": before, "after": secret}}
        if not secret and secrecy.organisation_bound(s, row.owner_organisation_id):
            if not lifted:
                raise ValidationError([ValidationIssue("secrecy_lifted_by", ValidationCode.REQUIRED)])
            detail["secrecy_lifted_by"] = lifted
        row.professional_secrecy = secret
        row.updated_at = ctx.now()
        audit.append(s, ctx.user, "update", "action", action_id, detail)


def set_action_status(ctx: ServiceContext, action_id: int, status: ActionStatus, note: str = "") -> None:
    """Mark an action done / not done / in progress, with a dated note kept in its history."""
    ctx.require_any(Permission.RUN_MEETING, Permission.FOLLOW_UP)
    check_texts(note=note)
    with ctx.vault.session() as s:
        row = s.get_one(models.Action, action_id)
        before = row.status
        row.status = status
        row.updated_at = ctx.now()
        s.add(models.ActionUpdate(action_id=action_id, at=ctx.now(), status=status, note=note.strip(), user=ctx.user))
        audit.append(
            s,
            ctx.user,
            "update",
            "action",
            action_id,
            {"status": {"before": before, "after": status}, "note": bool(note.strip())},
        )


def delete_action(ctx: ServiceContext, action_id: int) -> None:
    ctx.require_any(Permission.RUN_MEETING, Permission.FOLLOW_UP)
    with ctx.vault.session() as s:
        row = s.get_one(models.Action, action_id)
        if row.meeting_id is not None:
            ensure_editable(s, row.meeting_id)
        s.delete(row)
        audit.append(s, ctx.user, "delete", "action", action_id, {"case": row.case_id})


def _action_views(s: Session, stmt_filter: list[object]) -> list[ActionView]:
    a, c, o = models.Action, models.Case, models.Organisation
    m = aliased(models.Member)
    stmt = (
        select(a, c.code, o.short_name, m.name)
        .join(c, c.id == a.case_id)
        .join(o, o.id == a.owner_organisation_id)
        .outerjoin(m, m.id == a.responsible_member_id)
        .where(*stmt_filter)  # type: ignore[arg-type]
        .order_by(a.deadline, a.id)
    )
    return [
        ActionView(
            r.id,
            r.case_id,
            code,
            r.meeting_id,
            r.description,
            r.owner_organisation_id,
            org,
            r.responsible_member_id,
            person or "",
            r.deadline,
            r.status,
            r.updated_at,
            r.professional_secrecy,
        )
        for r, code, org, person in s.execute(stmt)
    ]


def actions_for(ctx: ServiceContext, case_id: int, meeting_id: int | None = None) -> list[ActionView]:
    ctx.require(Permission.VIEW)
    flt: list[object] = [models.Action.case_id == case_id]
    if meeting_id is not None:
        flt.append(models.Action.meeting_id == meeting_id)
    with ctx.vault.session() as s:
        return _action_views(s, flt)


def open_actions_for_review(ctx: ServiceContext, meeting_id: int) -> list[ActionView]:
    """Actions agreed at earlier meetings that were still open when this meeting started."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        meeting = s.get_one(models.Meeting, meeting_id)
        earlier = select(models.Meeting.id).where(models.Meeting.meeting_date < meeting.meeting_date)
        a = models.Action
        reviewed = (
            select(models.ActionUpdate.action_id).where(models.ActionUpdate.at >= meeting.started_at)
            if meeting.started_at
            else None
        )
        flt: list[object] = [a.meeting_id.in_(earlier)]
        if reviewed is not None:
            flt.append((a.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS])) | a.id.in_(reviewed))
        else:
            flt.append(a.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]))
        return _action_views(s, flt)
