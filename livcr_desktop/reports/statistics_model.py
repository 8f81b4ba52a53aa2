"""What the statistics report shows, as plain data: the services compute it, the renderers print it.

The counterpart of :mod:`livcr_desktop.reports.model` (the minutes' plain data) for the anonymous
statistics. :func:`livcr_desktop.services.statistics.compute` builds a :class:`Statistics` from the
vault; :mod:`livcr_desktop.reports.statistics_pdf` and the statistics window only read it. Nothing
here touches the vault or Qt.

A :class:`Count` carries its value only when it may be published: a count of 1 or 2 is "<3"
(kind SMALL) and a count hidden so that a small one cannot be worked out from the total is "≥3"
(kind MASKED); neither keeps its value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

THRESHOLD: Final[int] = 3
SMALL_TEXT: Final[str] = "<3"
MASKED_TEXT: Final[str] = "≥3"


class CountKind(StrEnum):
    EXACT = "exact"
    SMALL = "small"  # "<3": 1 or 2 (or a zero hidden to protect another cell)
    MASKED = "masked"  # "≥3": hidden so that a small cell cannot be worked out from the total


@dataclass(frozen=True, slots=True)
class Count:
    """A published count: the value only when it may be shown (None when hidden)."""

    value: int | None
    kind: CountKind = CountKind.EXACT

    def __post_init__(self) -> None:
        if self.kind is CountKind.EXACT:
            if self.value is None or 0 < self.value < THRESHOLD:
                raise ValueError("a count of 1 or 2 may not be shown")
        elif self.value is not None:
            raise ValueError("a hidden count carries no value")

    @classmethod
    def of(cls, n: int) -> Count:
        """The primary rule alone: 1 and 2 become "<3"."""
        return cls(None, CountKind.SMALL) if 0 < n < THRESHOLD else cls(n)

    @property
    def hidden(self) -> bool:
        return self.kind is not CountKind.EXACT

    @property
    def text(self) -> str:
        if self.kind is CountKind.SMALL:
            return SMALL_TEXT
        if self.kind is CountKind.MASKED:
            return MASKED_TEXT
        return str(self.value)

    def __str__(self) -> str:
        return self.text


class BreakdownKey(StrEnum):
    QUARTER = "quarter"
    PHENOMENON = "phenomenon"
    IDEOLOGY = "ideology"
    REFERRER_SECTOR = "referrer_sector"
    AGE_BAND = "age_band"
    STATUS = "status"
    OUTCOME = "outcome"
    ACTIONS_AGREED = "actions_agreed"
    ACTIONS_OPEN = "actions_open"
    ACTIONS_OVERDUE = "actions_overdue"


CASE_BREAKDOWNS: Final[tuple[BreakdownKey, ...]] = (
    BreakdownKey.QUARTER,
    BreakdownKey.PHENOMENON,
    BreakdownKey.IDEOLOGY,
    BreakdownKey.REFERRER_SECTOR,
    BreakdownKey.AGE_BAND,
    BreakdownKey.STATUS,
    BreakdownKey.OUTCOME,
)
ACTION_BREAKDOWNS: Final[tuple[BreakdownKey, ...]] = (
    BreakdownKey.ACTIONS_AGREED,
    BreakdownKey.ACTIONS_OPEN,
    BreakdownKey.ACTIONS_OVERDUE,
)


@dataclass(frozen=True, slots=True)
class Cell:
    key: str  # a stored code ("radicalism", "2026-Q1", "12_17", "unknown", ...) or "org:<id>"
    count: Count
    name: str = ""  # an organisation's name (action breakdowns); codes are labelled by the views


@dataclass(frozen=True, slots=True)
class Breakdown:
    key: BreakdownKey
    cells: tuple[Cell, ...]
    total: Count

    def count(self, cell_key: str) -> Count:
        return next(c.count for c in self.cells if c.key == cell_key)


@dataclass(frozen=True, slots=True)
class DaysToDecision:
    """Days from registration to the first decision, over the period's cases with a decision."""

    cases: Count
    mean: float | None  # None when fewer than 3 cases
    median: float | None

    @property
    def too_few(self) -> bool:
        return self.mean is None


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def is_year(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        ) and self.start.year == self.end.year

    def quarter_keys(self) -> tuple[str, ...]:
        keys: list[str] = []
        year, quarter = self.start.year, quarter_of(self.start)
        while (year, quarter) <= (self.end.year, quarter_of(self.end)):
            keys.append(f"{year}-Q{quarter}")
            year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
        return tuple(keys)


@dataclass(frozen=True, slots=True)
class Statistics:
    period: Period
    as_of: date  # status, outcome, open and overdue are as of this day
    referrals: Count
    breakdowns: tuple[Breakdown, ...]
    days_to_decision: DaysToDecision
    advice_requests: Count  # "advice only" requests: not cases, counted apart (issue 16, point 4)

    def breakdown(self, key: BreakdownKey) -> Breakdown:
        return next(b for b in self.breakdowns if b.key is key)
