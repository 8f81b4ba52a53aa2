"""The intake (aanmelding) of a case and the person's surroundings: what a case form adds to ``CaseDraft``.

Kept apart from ``CaseDraft`` so that the register, the exchange and the imports that know only the
core fields keep working; a service saves both in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from livcr_desktop.domain.enums import Agreement, CaseLinkKind, CaseNoteKind, CaseStatus
from livcr_desktop.domain.followup import TimelineEvent
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    ValidationCode,
    ValidationIssue,
    text_issues,
)

# A status the case form may set; every other one follows from a decision (services/decisions.py).
FORM_STATUSES: tuple[CaseStatus, ...] = (CaseStatus.REGISTERED, CaseStatus.SCREENING)
# The signal giver as a person: identity-level data, shown only on request and the read audited.
SIGNAL_GIVER_FIELDS = ("signal_giver_name", "signal_giver_function", "signal_giver_contact")
SHORT_FIELDS = ("municipality", "signal_giver_name", "signal_giver_function", "informed_by", "not_informed_reason")
LONG_FIELDS = ("signal_text", "actions_taken", "signal_giver_contact")
# Until validation.py has a code of its own for "after the registration date" (asked of the lead).
AFTER_REGISTRATION = ValidationCode.BIRTH_AFTER_REGISTRATION


@dataclass(slots=True)
class CaseIntake:
    """What the intake and the person tabs of the case form edit."""

    municipality: str = ""  # one of the cell's municipalities ("" in a one-city cell)
    signal_text: str = ""
    facts_date: date | None = None
    actions_taken: str = ""
    urgent: bool = False
    advice_only: bool = False  # an advice request, not a case: counted apart
    inbound_from_ltf: bool = False  # referred to the cell by the Local Task Force (LTF)
    signal_giver_name: str = ""
    signal_giver_function: str = ""
    signal_giver_contact: str = ""
    signal_giver_withheld: bool = False  # the signal giver chose anonymity (not: "not known yet")
    signal_giver_agreement: Agreement = Agreement.NOT_ASKED
    informed_on: date | None = None
    informed_by: str = ""
    not_informed_reason: str = ""
    participation: Agreement = Agreement.NOT_ASKED
    parental_consent: Agreement | None = None  # only for a minor

    @property
    def has_signal_giver(self) -> bool:
        return any(getattr(self, name).strip() for name in SIGNAL_GIVER_FIELDS)


def municipalities_of(setting: str) -> list[str]:
    """The cell's municipalities from the "Gemeente(n)" setting ("Fictiefdonk, Verzonnegem" or one per line)."""
    return [m for m in (part.strip() for part in re.split(r"[,;/\n]", setting)) if m]


def validate_intake(
    intake: CaseIntake, registration_date: date | None, today: date, municipalities: list[str]
) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    if intake.facts_date is not None:
        if intake.facts_date > today:
            issues.append(ValidationIssue("facts_date", ValidationCode.DATE_IN_FUTURE))
        elif registration_date is not None and intake.facts_date > registration_date:
            issues.append(ValidationIssue("facts_date", AFTER_REGISTRATION))
    if intake.informed_on is not None and intake.informed_on > today:
        issues.append(ValidationIssue("informed_on", ValidationCode.DATE_IN_FUTURE))
    if len(municipalities) > 1 and intake.municipality.strip() not in municipalities:
        issues.append(ValidationIssue("municipality", ValidationCode.REQUIRED))
    for name in SHORT_FIELDS:
        if len(getattr(intake, name)) > MAX_SHORT_TEXT:
            issues.append(ValidationIssue(name, ValidationCode.TOO_LONG))
    for name in LONG_FIELDS:
        if len(getattr(intake, name)) > MAX_TEXT:
            issues.append(ValidationIssue(name, ValidationCode.TOO_LONG))
    flagged = {i.field for i in issues}
    texts = {name: getattr(intake, name) for name in (*SHORT_FIELDS, *LONG_FIELDS)}
    issues.extend(i for i in text_issues(texts) if i.field not in flagged)
    return issues


@dataclass(frozen=True, slots=True)
class CaseNoteRow:
    """A dated entry of the casemanager; ``id`` None: the old free-text screening notes."""

    id: int | None
    kind: CaseNoteKind
    on: date
    text: str
    user: str = ""


@dataclass(frozen=True, slots=True)
class CaseLinkRow:
    """A link seen from one case: the other case (code and pseudonym only, never an identity)."""

    id: int
    other_case_id: int
    other_code: str
    other_pseudonym: str
    kind: CaseLinkKind
    note: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NoteEvent(TimelineEvent):
    """A casemanager's note in the timeline (its ``kind`` is SCREENING)."""

    note_kind: CaseNoteKind = CaseNoteKind.SCREENING


@dataclass(frozen=True, slots=True)
class LinkEvent(TimelineEvent):
    """A link to another case in the timeline (``organisation`` holds the other case's code)."""

    link_kind: CaseLinkKind = CaseLinkKind.OTHER
