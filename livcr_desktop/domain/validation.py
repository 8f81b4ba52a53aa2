"""Validation of user input. Returns error codes per field; the views translate them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.entities import CaseDraft

CASE_CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,9}-[0-9]{4}-[0-9]{3,5}$")  # ASCII digits only
MAX_TEXT = 20_000
MAX_SHORT_TEXT = 200
# Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible,
# they reorder what is shown ("evil\u202efdp.exe" looks like "evilexe.pdf") and can hide text on
# screen and in the printed minutes. Names and texts refuse them. (U+200E/U+200F, the plain marks,
# cannot reorder other text and stay allowed.)
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


CASE_TEXT_FIELDS = ("code", "pseudonym", "first_name", "last_name", "referrer_sector", "screening_notes")


class ValidationCode(StrEnum):
    REQUIRED = "required"
    BAD_FORMAT = "bad_format"
    TOO_LONG = "too_long"
    DATE_BEFORE_REGISTRATION = "date_before_registration"
    DATE_IN_FUTURE = "date_in_future"
    DUPLICATE = "duplicate"
    BIRTH_AFTER_REGISTRATION = "birth_after_registration"
    DATE_BEFORE_MEETING = "date_before_meeting"
    TOO_SHORT = "too_short"
    SELF = "self"
    LAST_CHAIR = "last_chair"
    DATE_IN_PAST = "date_in_past"
    BAD_CHARACTERS = "bad_characters"


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    field: str
    code: ValidationCode


class ValidationError(ValueError):
    """Raised by services when input is refused; nothing has been written."""

    def __init__(self, issues: list[ValidationIssue]) -> None:
        super().__init__(", ".join(f"{i.field}: {i.code.value}" for i in issues))
        self.issues = issues


def bidi_control(text: str) -> str | None:
    """The first bidirectional control character in ``text`` (as ``U+202E``), or None."""
    m = BIDI_CONTROLS.search(text)
    return None if m is None else f"U+{ord(m.group()):04X}"


def text_issues(fields: Mapping[str, str | None]) -> list[ValidationIssue]:
    """BAD_CHARACTERS for each named text holding a bidirectional control character.

    Every service that stores a name or a free text calls this (or a validator that does).
    """
    return [
        ValidationIssue(name, ValidationCode.BAD_CHARACTERS)
        for name, value in fields.items()
        if value and BIDI_CONTROLS.search(value)
    ]


def check_texts(**fields: str | None) -> None:
    """Raise ValidationError when a named text holds a bidirectional control character."""
    issues = text_issues(fields)
    if issues:
        raise ValidationError(issues)


def validate_case(draft: CaseDraft, today: date) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    code = draft.code.strip()
    if not code:
        issues.append(ValidationIssue("code", ValidationCode.REQUIRED))
    elif not CASE_CODE_PATTERN.match(code):
        issues.append(ValidationIssue("code", ValidationCode.BAD_FORMAT))
    if draft.registration_date is None:
        issues.append(ValidationIssue("registration_date", ValidationCode.REQUIRED))
    elif draft.registration_date > today:
        issues.append(ValidationIssue("registration_date", ValidationCode.DATE_IN_FUTURE))
    if draft.phenomenon is None:
        issues.append(ValidationIssue("phenomenon", ValidationCode.REQUIRED))
    if (
        draft.next_review_date is not None
        and draft.registration_date is not None
        and draft.next_review_date < draft.registration_date
    ):
        issues.append(ValidationIssue("next_review_date", ValidationCode.DATE_BEFORE_REGISTRATION))
    if draft.birth_date is not None:
        if draft.birth_date > today:
            issues.append(ValidationIssue("birth_date", ValidationCode.DATE_IN_FUTURE))
        elif draft.registration_date is not None and draft.birth_date > draft.registration_date:
            issues.append(ValidationIssue("birth_date", ValidationCode.BIRTH_AFTER_REGISTRATION))
    for name in ("pseudonym", "first_name", "last_name", "referrer_sector"):
        if len(getattr(draft, name)) > MAX_SHORT_TEXT:
            issues.append(ValidationIssue(name, ValidationCode.TOO_LONG))
    if len(draft.screening_notes) > MAX_TEXT:
        issues.append(ValidationIssue("screening_notes", ValidationCode.TOO_LONG))
    flagged = {i.field for i in issues}
    issues.extend(
        i for i in text_issues({name: getattr(draft, name) for name in CASE_TEXT_FIELDS}) if i.field not in flagged
    )
    return issues


def suggest_case_code(prefix: str, year: int, existing_codes: list[str]) -> str:
    """Next free code such as ``LIVC-2026-014`` for the given year."""
    pattern = re.compile(rf"^{re.escape(prefix)}-{year}-(\d+)$")
    numbers = [int(m.group(1)) for c in existing_codes if (m := pattern.match(c))]
    return f"{prefix}-{year}-{(max(numbers, default=0) + 1):03d}"
