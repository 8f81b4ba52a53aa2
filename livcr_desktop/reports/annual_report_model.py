"""What the annual report shows, as plain data: the service computes it, the renderers print it.

The counterpart of :mod:`livcr_desktop.reports.statistics_model` for the annual report to the mayor
and the steering group (issue 16, point 8). :func:`livcr_desktop.services.annual_report.annual_report`
builds an :class:`AnnualReport` from the vault; :mod:`livcr_desktop.reports.annual_report_pdf` only
reads it. Counts that describe cases are :class:`~livcr_desktop.reports.statistics_model.Count`\\ s,
hidden as "<3" (or "≥3") by the statistics' own small-count rule; meeting and attendance counts are
plain numbers. Nothing here touches the vault or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from livcr_desktop.reports.statistics_model import Cell, Count

UNKNOWN: Final[str] = "unknown"  # no phenomenon or no municipality filled in
NO_DECISION: Final[str] = "none"  # no decision by the report's date
MUNICIPALITY_PREFIX: Final[str] = "municipality:"  # a municipality cell's key; its name is in Cell.name


class TableKey(StrEnum):
    PHENOMENON = "phenomenon"
    OUTCOME = "outcome"
    MUNICIPALITY = "municipality"


TABLE_KEYS: Final[tuple[TableKey, ...]] = (TableKey.PHENOMENON, TableKey.OUTCOME, TableKey.MUNICIPALITY)


@dataclass(frozen=True, slots=True)
class MeetingsHeld:
    """Meetings of one kind held in the year (closed or finalised; planned ones do not count)."""

    kind: str  # a MeetingKind value
    held: int


@dataclass(frozen=True, slots=True)
class OrganisationAttendance:
    """One organisation at the meetings held in the year."""

    name: str
    present: int  # meetings at which at least one of its members was present
    expected: int  # meetings at which at least one of its members was on the attendance list

    @property
    def rate(self) -> float | None:
        """Present as a share of expected (0..1); None when it was expected nowhere."""
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True, slots=True)
class CaseTable:
    """Cases of the year by one category, small counts hidden."""

    key: TableKey
    cells: tuple[Cell, ...]
    total: Count

    def count(self, cell_key: str) -> Count:
        return next(c.count for c in self.cells if c.key == cell_key)


@dataclass(frozen=True, slots=True)
class DecisionDelay:
    """Days from registration to the first decision, over the year's cases decided by the report's date."""

    cases: Count
    median: float | None  # None when fewer than 3 cases
    maximum: int | None

    @property
    def too_few(self) -> bool:
        return self.median is None


@dataclass(frozen=True, slots=True)
class AnnualReport:
    year: int
    as_of: date  # outcomes and decisions count up to this day: 31 December, or today for the current year
    generated_on: date
    meetings: tuple[MeetingsHeld, ...]  # one per meeting kind, in MeetingKind order
    attendance: tuple[OrganisationAttendance, ...]  # by organisation name
    referrals: Count  # cases registered in the year
    tables: tuple[CaseTable, ...]  # in TABLE_KEYS order
    delay: DecisionDelay
    advice_requests: Count  # "advice only" requests of the year: not cases, counted apart

    @property
    def meetings_total(self) -> int:
        return sum(m.held for m in self.meetings)

    def table(self, key: TableKey) -> CaseTable:
        return next(t for t in self.tables if t.key is key)
