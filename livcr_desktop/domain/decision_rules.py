"""What each decision type does to a case: the one table (documented in ``docs/decisions.md``).

Escalation (opschalen) is a flag on the case (``escalated_to``/``escalated_on``), not a status: the cell
records *that* it escalated to the LTF or the parket, and when, and keeps its own socio-preventive
follow-up alongside, so an escalated case is "in opvolging" and keeps coming back on the agenda.
``CaseStatus.ESCALATED`` is kept for cases of older vaults; no decision sets it any more.
"""

from __future__ import annotations

from dataclasses import dataclass

from livcr_desktop.domain.enums import CaseStatus, DecisionType
from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue

ANY_STATUS: frozenset[CaseStatus] = frozenset(CaseStatus)


@dataclass(frozen=True, slots=True)
class DecisionRule:
    """``status_after`` None: the case keeps a discussed status, else goes to screening (see ``resulting_status``)."""

    decision_type: DecisionType
    allowed_from: frozenset[CaseStatus]
    status_after: CaseStatus | None
    review_required: bool  # the case stays in follow-up: without a review date it drops off every agenda
    required_fields: tuple[str, ...] = ()
    sets_escalation: bool = False


# GATHER_INFORMATION on a discussed case (in follow-up, or escalated in an older vault) keeps its status;
# on a case not yet discussed it means "back to screening".
_KEEPS_STATUS = frozenset({CaseStatus.FOLLOW_UP, CaseStatus.ESCALATED})

DECISION_RULES: dict[DecisionType, DecisionRule] = {
    r.decision_type: r
    for r in (
        DecisionRule(DecisionType.START_FOLLOW_UP, ANY_STATUS, CaseStatus.FOLLOW_UP, True),
        DecisionRule(DecisionType.CONTINUE_FOLLOW_UP, ANY_STATUS, CaseStatus.FOLLOW_UP, True),
        DecisionRule(DecisionType.SCALE_DOWN, frozenset({CaseStatus.FOLLOW_UP}), CaseStatus.FOLLOW_UP, True),
        DecisionRule(
            DecisionType.ESCALATE,
            ANY_STATUS,
            CaseStatus.FOLLOW_UP,
            True,
            ("escalation_target", "escalation_date"),
            sets_escalation=True,
        ),
        DecisionRule(DecisionType.GATHER_INFORMATION, ANY_STATUS, None, False),
        DecisionRule(DecisionType.REFER_AND_CLOSE, ANY_STATUS, CaseStatus.REFERRED_CLOSED, False, ("referral_target",)),
        DecisionRule(DecisionType.CLOSE, ANY_STATUS, CaseStatus.CLOSED, False),
    )
}


def rule(decision_type: DecisionType) -> DecisionRule:
    return DECISION_RULES[decision_type]


def resulting_status(decision_type: DecisionType, before: CaseStatus | None = None) -> CaseStatus:
    """The case status after ``decision_type`` taken on a case that was ``before``.

    Without ``before`` (the enum's ``resulting_status``), GATHER_INFORMATION answers SCREENING.
    """
    after = DECISION_RULES[decision_type].status_after
    if after is not None:
        return after
    if before is not None and before in _KEEPS_STATUS:
        return before
    return CaseStatus.SCREENING


def is_allowed(decision_type: DecisionType, before: CaseStatus) -> bool:
    return before in DECISION_RULES[decision_type].allowed_from


def review_required(decision_type: DecisionType, before: CaseStatus | None = None) -> bool:
    """A decision that leaves the case in follow-up needs a review date (so it returns on an agenda)."""
    return DECISION_RULES[decision_type].review_required or (
        resulting_status(decision_type, before) is CaseStatus.FOLLOW_UP
    )


class DecisionNotAllowed(ValidationError):
    """The decision type cannot be taken on a case with this status (e.g. afschalen on a case not in follow-up).

    Nothing was written. ``issues`` names the field ``decision_type``; until ``ValidationCode`` has a code of
    its own the views read ``decision_type``/``status`` from here for the message.
    """

    def __init__(self, decision_type: DecisionType, status: CaseStatus) -> None:
        super().__init__([ValidationIssue("decision_type", ValidationCode.BAD_FORMAT)])
        self.decision_type, self.status = decision_type, status
