"""What leaves the cell: the feedback form to the police per case, the letter to the signal giver.

Plain types shared by the services, the reports, the window and the command line. A refusal is an
:class:`OutgoingRefusedError` with a :class:`Refusal` code; the window and the command line word it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Refusal(StrEnum):
    """Why a form or letter is not made (nothing was written; the refusal is audited)."""

    CASE_NOT_IN_MEETING = "case_not_in_meeting"  # the case is not on that meeting's agenda
    NO_FORM = "no_form"  # no feedback form composed yet for that case at that meeting
    NOT_PRESENT_FOR_CASE = "not_present_for_case"  # consent of a member not present for that case
    CONSENT_INCOMPLETE = "consent_incomplete"  # not every member present for the case agreed to this text
    NOBODY_PRESENT = "nobody_present"  # nobody is present for the case: nobody can agree
    ALREADY_PRODUCED = "already_produced"  # the form has left the cell; its text no longer changes
    SIGNAL_GIVER_ANONYMOUS = "signal_giver_anonymous"  # the signal giver chose anonymity
    SIGNAL_GIVER_UNKNOWN = "signal_giver_unknown"  # neither the signal giver's name nor a referring organisation
    SIGNAL_GIVER_UNREACHABLE = "signal_giver_unreachable"  # no contact details
    NOT_DECIDED = "not_decided"  # no decision for the case at that meeting: nothing to tell yet
    NOT_ALLOWED = "not_allowed"  # the acting user's role may not do this (PermissionDenied follows)


def signal_giver_refusal(
    *, withheld: bool, name: str, has_referrer: bool, contact: str | None = None
) -> Refusal | None:
    """The one rule for what the signal giver may be told (the feedback log, the letter, the window).

    Limited feedback goes to a known signal giver only: none when they chose anonymity
    (``SIGNAL_GIVER_ANONYMOUS``) or when neither their name nor a referring organisation is recorded
    (``SIGNAL_GIVER_UNKNOWN``). With ``contact`` (a letter is sent to an address): none without
    contact details (``SIGNAL_GIVER_UNREACHABLE``). The feedback log passes no contact: feedback given
    by phone or through the referring organisation is logged without an address.
    """
    if withheld:
        return Refusal.SIGNAL_GIVER_ANONYMOUS
    if not name.strip() and not has_referrer:
        return Refusal.SIGNAL_GIVER_UNKNOWN
    if contact is not None and not contact.strip():
        return Refusal.SIGNAL_GIVER_UNREACHABLE
    return None


class OutgoingRefusedError(Exception):
    def __init__(self, reason: Refusal, case_code: str = "") -> None:
        super().__init__(f"{reason.value}: {case_code}" if case_code else reason.value)
        self.reason = reason
        self.case_code = case_code


@dataclass(frozen=True, slots=True)
class FeedbackFormFields:
    """The text of a feedback form: only the fields the law and practice allow (GwH 52/2021)."""

    police_reference: str  # the case's reference for the police
    follows_up: bool  # the cell follows the case up (or not)
    direction: str  # the general direction of the approach, in the cell's own words
    contact_point: str  # the cell's contact point
    form_date: date | None


def text_hash(case_id: int, meeting_id: int, fields: FeedbackFormFields) -> str:
    """SHA-256 of the canonical text: consent is given to exactly this (any edit changes it)."""
    canonical = json.dumps(
        {
            "case": case_id,
            "meeting": meeting_id,
            "police_reference": fields.police_reference,
            "follows_up": fields.follows_up,
            "direction": fields.direction,
            "contact_point": fields.contact_point,
            "form_date": fields.form_date.isoformat() if fields.form_date else "",
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ConsentLine:
    """A member present for the case, and whether they agreed to the current text."""

    member_id: int
    member_name: str
    organisation: str
    agreed_at: datetime | None  # None: not (or no longer) agreed to this text


@dataclass(frozen=True, slots=True)
class FeedbackFormView:
    id: int
    case_id: int
    meeting_id: int
    case_code: str
    meeting_number: str
    fields: FeedbackFormFields
    text_hash: str
    content_in_minutes: bool  # the minutes may show the form's text (else only that it was agreed)
    consents: tuple[ConsentLine, ...]
    produced_at: datetime | None
    updated_at: datetime

    @property
    def complete(self) -> bool:
        """Every member present for the case agreed to this exact text."""
        return bool(self.consents) and all(c.agreed_at is not None for c in self.consents)

    @property
    def agreed_at(self) -> datetime | None:
        """When the last consent to this text was given, once complete (for the minutes)."""
        if not self.complete:
            return None
        return max(c.agreed_at for c in self.consents if c.agreed_at is not None)


class LetterStatement(StrEnum):
    """The only things the letter to the signal giver may say after "received and discussed"."""

    TAKEN_UP = "taken_up"  # the cell takes it up
    REFERRED = "referred"  # referred elsewhere (to the appropriate help)
    NOT_TAKEN_UP = "not_taken_up"  # the cell does not take it up
