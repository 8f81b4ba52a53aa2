"""Domain entities passed between services and views.

These are plain dataclasses: the views see these, never ORM objects, so the Qt layer cannot
reach into SQL by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from livcr_desktop.domain.enums import (
    CaseStatus,
    Ideology,
    MemberKind,
    OrganisationSector,
    Phenomenon,
)


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int
    name: str
    short_name: str
    sector: OrganisationSector


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str
    organisation_id: int
    role: str
    kind: MemberKind


@dataclass(slots=True)
class CaseDraft:
    """What a case form edits: everything a user may type about a case.

    Identity fields are optional: a pseudonymous case (code only) must work end to end.
    """

    code: str = ""
    pseudonym: str = ""
    first_name: str = ""
    last_name: str = ""
    birth_date: date | None = None
    is_minor: bool = False
    phenomenon: Phenomenon | None = None
    ideology: Ideology | None = None
    referrer_organisation_id: int | None = None
    referrer_sector: str = ""
    registration_date: date | None = None
    status: CaseStatus = CaseStatus.REGISTERED
    case_manager_id: int | None = None
    next_review_date: date | None = None
    screening_notes: str = ""

    @property
    def has_identity(self) -> bool:
        return bool(self.first_name.strip() or self.last_name.strip() or self.birth_date)


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case register: no identity fields, so the list is safe to show."""

    id: int
    code: str
    pseudonym: str
    status: CaseStatus
    phenomenon: Phenomenon | None
    ideology: Ideology | None
    is_minor: bool
    registration_date: date
    next_review_date: date | None
    case_manager: str
    referrer: str
    updated_at: datetime | None = None

    def display_name(self) -> str:
        return f"{self.code} ({self.pseudonym})" if self.pseudonym else self.code

    def is_review_overdue(self, today: date) -> bool:
        return self.next_review_date is not None and self.next_review_date < today and not self.status.is_closed


@dataclass(frozen=True, slots=True)
class VaultCounts:
    organisations: int
    members: int
    cases: int
    meetings: int
    contributions: int
    decisions: int
    actions: int
    audit_events: int
    extra: dict[str, int] = field(default_factory=dict)
