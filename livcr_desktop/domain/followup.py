"""Follow-up between meetings: the action tracker, the case timeline, the referrer feedback log,
the next agenda and search results (plain dataclasses the views show).

None of these carries an identity field: they are safe to list on any screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    CaseStatus,
    DecisionType,
    Qualification,
)

DUE_SOON_DAYS = 7  # "due this week": the deadline falls within the next seven days


# -- action tracker -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackedAction:
    """One action of any case, with its latest follow-up note (the tracker's row)."""

    id: int
    case_id: int
    case_code: str
    case_pseudonym: str
    meeting_id: int | None
    description: str
    owner_organisation_id: int
    owner_organisation: str
    responsible: str
    deadline: date
    status: ActionStatus
    last_update_at: datetime | None
    last_note: str

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.deadline < today

    def is_due_soon(self, today: date) -> bool:
        """Open, not overdue, and due within the next week (today included)."""
        return self.status.is_open and today <= self.deadline < today + timedelta(days=DUE_SOON_DAYS)


@dataclass(frozen=True, slots=True)
class ActionHistoryEntry:
    """One ActionUpdate row: a dated status change or note."""

    id: int
    at: datetime
    user: str
    status: ActionStatus
    note: str


# -- next agenda --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaCandidate:
    case_id: int
    case_code: str
    case_pseudonym: str
    kind: AgendaItemKind  # CASE_REVIEW (review due) or NEW_REFERRAL (marked for the next agenda)
    next_review_date: date | None
    already_on_agenda: bool


@dataclass(frozen=True, slots=True)
class NextAgenda:
    """The next planned meeting and what one click would put (or has put) on its agenda."""

    meeting_id: int
    meeting_number: str
    meeting_date: date
    candidates: tuple[AgendaCandidate, ...]

    @property
    def to_add(self) -> tuple[AgendaCandidate, ...]:
        return tuple(c for c in self.candidates if not c.already_on_agenda)


# -- case timeline ------------------------------------------------------------------------------


class TimelineKind(StrEnum):
    REGISTRATION = "registration"
    SCREENING = "screening"
    AGENDA_MARK = "agenda_mark"  # put on the next agenda by the casemanager
    MEETING = "meeting"  # the case was on a meeting's agenda (with its assessment, if any)
    DECISION = "decision"
    ACTION = "action"  # agreed
    ACTION_UPDATE = "action_update"  # status change or note
    STATUS = "status"  # case status changed outside a decision
    FEEDBACK = "feedback"  # communicated to the signal giver


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated line of a case's history. The view builds the wording from these codes."""

    at: datetime
    kind: TimelineKind
    text: str = ""  # free text already safe to show (summary, reasons, note, feedback text)
    meeting_number: str = ""
    qualification: Qualification | None = None
    decision_type: DecisionType | None = None
    action_status: ActionStatus | None = None
    status_before: CaseStatus | None = None
    status_after: CaseStatus | None = None
    organisation: str = ""  # owner organisation of an action, or the referrer
    user: str = ""
    deadline: date | None = None


@dataclass(frozen=True, slots=True)
class DomainSeries:
    """Concern levels (0..3) of one life domain at each of the case's meetings; None: not assessed."""

    life_domain: str
    levels: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class CaseTimeline:
    case_id: int
    code: str
    pseudonym: str
    status: CaseStatus
    anonymous_referral: bool
    on_next_agenda: bool
    events: tuple[TimelineEvent, ...]
    meetings: tuple[tuple[str, date], ...]  # (number, date) of the meetings the series run over
    series: tuple[DomainSeries, ...]


# -- referrer feedback --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedbackEntry:
    id: int
    case_id: int
    at: datetime
    user: str
    text: str
    template: str  # key of the template it started from ("" if typed freely or unknown)


class FeedbackWarning(StrEnum):
    IDENTITY = "identity"  # the text holds the subject's name or birth date
    EMPTY = "empty"


class AnonymousReferralError(Exception):
    """An anonymous referral (no referring organisation) has nobody to give feedback to."""


# -- search -------------------------------------------------------------------------------------


class SearchKind(StrEnum):
    CASE = "case"
    CONTRIBUTION = "contribution"
    DECISION = "decision"
    ACTION = "action"


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: SearchKind
    ref_id: int
    case_id: int
    case_code: str
    case_pseudonym: str
    snippet: str  # with the matched terms between MARK_START and MARK_END
    restricted: bool  # a contribution under professional secrecy, not to project or not printed


MARK_START = "\x02"
MARK_END = "\x03"
