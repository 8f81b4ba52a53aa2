"""What a recorded decision does to its case, by the table in ``domain/decision_rules.py``.

Kept apart from ``decisions.py`` (recording and the plan of approach) so both stay small.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.enums import CaseStatus, DecisionType
from livcr_desktop.domain.meeting import DecisionDraft
from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue
from livcr_desktop.storage import models


def status_before(s: Session, decision_id: int, fallback: CaseStatus) -> CaseStatus:
    """The case's status when the decision was first recorded (its audit event says so).

    Changing a recorded decision's type is judged against that status, not against the status the
    decision itself set ("opvolging opstarten" changed into "afschalen" is still a case that was not in follow-up).
    """
    e = models.AuditEvent
    detail = s.scalar(
        select(e.detail)
        .where(e.entity == "decision", e.entity_id == decision_id, e.action == "create")
        .order_by(e.id.desc())
        .limit(1)
    )
    try:
        return CaseStatus(json.loads(detail or "{}")["status"]["before"])
    except (KeyError, TypeError, ValueError):
        return fallback


def check_rules(draft: DecisionDraft, before: CaseStatus, meeting_date: date) -> list[ValidationIssue]:
    """The rules of the table that depend on the case: allowed status, review date.

    Raises :class:`decision_rules.DecisionNotAllowed` when the type is not allowed from ``before``.
    """
    kind = draft.decision_type
    if kind is None:
        return []
    if not decision_rules.is_allowed(kind, before):
        raise decision_rules.DecisionNotAllowed(kind, before)
    issues = []
    if decision_rules.review_required(kind, before) and draft.next_review_date is None:
        issues.append(ValidationIssue("next_review_date", ValidationCode.REQUIRED))
    return issues


def apply(
    case: models.Case, draft: DecisionDraft, before: CaseStatus, meeting_date: date, now: datetime
) -> dict[str, object]:
    """Set the case's status, closing day, review date and escalation flag; returns the audit detail."""
    assert draft.decision_type is not None
    after = decision_rules.resulting_status(draft.decision_type, before)
    case.status = after
    case.closed_on = meeting_date if after.is_closed else None
    case.next_review_date = None if after.is_closed else draft.next_review_date
    detail: dict[str, object] = {"status": {"before": before, "after": after}}
    if decision_rules.rule(draft.decision_type).sets_escalation:
        target, on = draft.escalation_target.strip(), draft.escalation_date or meeting_date
        if (case.escalated_to, case.escalated_on) != (target, on):
            detail["escalation"] = {"before": [case.escalated_to, case.escalated_on], "after": [target, on]}
            case.escalated_to, case.escalated_on = target, on
    case.updated_at = now
    return detail


def restore_escalation(s: Session, case: models.Case, removed_decision_id: int) -> dict[str, object]:
    """After an escalation decision is removed or changed: the flag follows the latest remaining one (or none)."""
    d = models.Decision
    latest = s.execute(
        select(d.escalation_target, d.escalation_date, d.meeting_id)
        .where(d.case_id == case.id, d.decision_type == DecisionType.ESCALATE, d.id != removed_decision_id)
        .order_by(d.decided_at.desc(), d.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        target, on = "", None
    else:
        meeting_day = s.get_one(models.Meeting, latest.meeting_id).meeting_date
        target, on = latest.escalation_target, latest.escalation_date or meeting_day
    if (case.escalated_to, case.escalated_on) == (target, on):
        return {}
    detail: dict[str, object] = {
        "escalation": {"before": [case.escalated_to, case.escalated_on], "after": [target, on]}
    }
    case.escalated_to, case.escalated_on = target, on
    return detail


def raise_if(issues: list[ValidationIssue]) -> None:
    if issues:
        raise ValidationError(issues)
