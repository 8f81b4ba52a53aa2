"""Meeting entities: what the live meeting screens show and edit (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    DecisionType,
    MeetingKind,
    MeetingStatus,
    Qualification,
)


@dataclass(slots=True)
class MeetingDraft:
    kind: MeetingKind = MeetingKind.REGULAR
    meeting_date: date | None = None
    start_time: time = time(14, 0)
    planned_minutes: int = 120
    place: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    number: str = ""


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    id: int
    position: int
    kind: AgendaItemKind
    case_id: int | None
    case_code: str
    case_pseudonym: str
    title: str
    planned_minutes: int
    elapsed_seconds: int


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    id: int
    member_id: int
    member_name: str
    role: str
    organisation_id: int
    organisation: str
    status: AttendanceStatus
    invited_case_id: int | None
    acknowledged_at: datetime | None
    feedback_consent: bool


@dataclass(frozen=True, slots=True)
class MeetingOverview:
    id: int
    number: str
    kind: MeetingKind
    status: MeetingStatus
    meeting_date: date
    start_time: time
    planned_minutes: int
    place: str
    chair: str
    secretary: str
    chair_id: int | None
    secretary_id: int | None
    current_item_id: int | None
    started_at: datetime | None
    ended_at: datetime | None
    next_meeting_date: date | None
    agenda: tuple[AgendaEntry, ...] = ()
    attendance: tuple[AttendanceEntry, ...] = ()

    @property
    def is_locked(self) -> bool:
        return self.status is MeetingStatus.FINALISED


@dataclass(slots=True)
class ContributionDraft:
    case_id: int
    meeting_id: int | None
    organisation_id: int
    life_domain: str | None
    text: str = ""
    professional_secrecy: bool = False
    no_projection: bool = False
    confirmed: bool = False
    declines_to_share: bool = False
    in_minutes: bool = True
    member_id: int | None = None


@dataclass(frozen=True, slots=True)
class ContributionView:
    id: int
    case_id: int
    meeting_id: int | None
    organisation_id: int
    organisation: str
    life_domain: str | None
    text: str
    professional_secrecy: bool
    no_projection: bool
    confirmed: bool
    declines_to_share: bool
    in_minutes: bool
    created_at: datetime

    @property
    def restricted(self) -> bool:
        """May not be projected: flagged "niet projecteren" or covered by professional secrecy."""
        return self.no_projection or self.professional_secrecy


@dataclass(frozen=True, slots=True)
class DomainRow:
    life_domain: str
    risk_factors: str
    protective_factors: str
    concern_level: int | None  # None: not assessed at this meeting yet
    previous_level: int | None  # level at the case's previous meeting, if any
    contributions: dict[int, tuple[ContributionView, ...]] = field(default_factory=dict)  # by organisation


@dataclass(frozen=True, slots=True)
class AssessmentGrid:
    """The integral assessment of one case at one meeting: domains down, organisations across."""

    case_id: int
    meeting_id: int
    organisations: tuple[tuple[int, str], ...]  # (id, short name) of contributing organisations
    rows: tuple[DomainRow, ...]
    declined: tuple[ContributionView, ...]  # "geen informatie / wenst niet te delen"
    summary: str
    qualification: Qualification | None


@dataclass(slots=True)
class DecisionDraft:
    case_id: int
    meeting_id: int
    decision_type: DecisionType | None = None
    reasons: str = ""
    expectations: str = ""
    referral_target: str = ""
    escalation_target: str = ""
    next_review_date: date | None = None
    professional_secrecy: bool = False  # repeats a fact under professional secrecy: never leaves the cell
    escalation_date: date | None = None  # an escalation: since when (None: the meeting day, or as stored)


@dataclass(frozen=True, slots=True)
class DecisionView:
    id: int
    case_id: int
    meeting_id: int
    decision_type: DecisionType
    reasons: str
    expectations: str
    referral_target: str
    escalation_target: str
    next_review_date: date | None
    decided_at: datetime
    professional_secrecy: bool = False
    escalation_date: date | None = None


@dataclass(slots=True)
class ActionDraft:
    case_id: int
    meeting_id: int | None
    description: str = ""
    owner_organisation_id: int | None = None
    responsible_member_id: int | None = None
    deadline: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    professional_secrecy: bool = False  # taken because of a secret fact; an owner bound by secrecy sets it anyway


@dataclass(frozen=True, slots=True)
class ActionView:
    id: int
    case_id: int
    case_code: str
    meeting_id: int | None
    description: str
    owner_organisation_id: int
    owner_organisation: str
    responsible_member_id: int | None
    responsible: str
    deadline: date
    status: ActionStatus
    updated_at: datetime
    professional_secrecy: bool = False

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.deadline < today
