"""The annual report for the mayor and the steering group (issue 16, point 8): aggregate numbers only.

For one calendar year:

- **meetings held**, by kind: meetings dated in the year whose status is closed or finalised. A
  planned meeting, or one still in progress, was not held (yet) and does not count;
- **attendance per organisation** at those meetings: an organisation is *expected* at a meeting when
  at least one of its members is on that meeting's attendance list (whatever the status recorded:
  every core member is listed when the meeting is planned, an invited partner when invited), and
  *present* when at least one of its members was recorded present;
- the **cases registered in the year** (advice requests are not cases), counted by phenomenon, by
  municipality (a zonal cell's cases each belong to one; "unknown" when not filled in) and by
  outcome;
- the **days from registration to the first decision**: count, median and longest, over the year's
  cases with a decision by the report's date.

The report's date (``as_of``) is 31 December of the year, or today for the current year. The
**outcome** of a case is its state on that date: "closed" or "referred and closed" when the case is
closed (closed status, closed on or before that date, or without a closing date); otherwise the type
of its latest decision taken on or before that date; otherwise "no decision yet". Decisions taken
after the report's date do not count, so the report for a past year stays the same.

Small-count rule: exactly the statistics' rule (:func:`livcr_desktop.services.statistics.suppress`,
"<3" and the secondary "≥3"), applied to every count that describes cases: the three case tables,
their totals, the number of referrals and the number of cases in the delay; a median or longest
delay over fewer than 3 cases is not given. Meeting and attendance counts describe meetings and
organisations, not cases, and are shown as they are. No case code, pseudonym, name or birth date is
read by the queries.
"""

from __future__ import annotations

import hashlib
import statistics as pystats
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import func, select

from livcr_desktop.domain.enums import (
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    MeetingKind,
    MeetingStatus,
    Phenomenon,
)
from livcr_desktop.domain.roles import Permission
from livcr_desktop.reports.annual_report_model import (
    MUNICIPALITY_PREFIX,
    NO_DECISION,
    TABLE_KEYS,
    UNKNOWN,
    AnnualReport,
    CaseTable,
    DecisionDelay,
    MeetingsHeld,
    OrganisationAttendance,
    TableKey,
)
from livcr_desktop.reports.statistics_model import THRESHOLD, Cell, Count
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.statistics import ExportFormat, suppress
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.fileperms import write_private_file

__all__ = [  # the result types live in the reports layer (plain data); re-exported for the callers
    "FIRST_YEAR",
    "HELD",
    "OUTCOME_KEYS",
    "AnnualReport",
    "CaseTable",
    "DecisionDelay",
    "ExportFormat",
    "MeetingsHeld",
    "OrganisationAttendance",
    "TableKey",
    "annual_report",
    "check_year",
    "export",
    "render",
]

FIRST_YEAR: Final[int] = 2000  # no cell kept records before
HELD: Final[frozenset[MeetingStatus]] = frozenset({MeetingStatus.CLOSED, MeetingStatus.FINALISED})
CLOSED_KEYS: Final[tuple[str, ...]] = (CaseStatus.CLOSED.value, CaseStatus.REFERRED_CLOSED.value)
OUTCOME_KEYS: Final[tuple[str, ...]] = (*CLOSED_KEYS, *(t.value for t in DecisionType), NO_DECISION)


def check_year(year: int, today: date) -> None:
    """A ValueError (in English, for the command line) unless ``year`` is between 2000 and this year."""
    if not FIRST_YEAR <= year <= today.year:
        raise ValueError(f"the year must be between {FIRST_YEAR} and {today.year}, not {year}")


def _table(key: TableKey, keys: Sequence[str], counter: Counter[str], names: dict[str, str] | None = None) -> CaseTable:
    extra = set(counter) - set(keys)
    if extra:
        raise AssertionError(f"{key}: uncounted categories {sorted(extra)}")
    counts, total = suppress([counter.get(k, 0) for k in keys])
    names = names or {}
    return CaseTable(key, tuple(Cell(k, c, names.get(k, "")) for k, c in zip(keys, counts, strict=True)), total)


def _outcome(status: CaseStatus, closed_on: date | None, latest: DecisionType | None, as_of: date) -> str:
    if status.is_closed and (closed_on is None or closed_on <= as_of):
        return status.value
    return latest.value if latest is not None else NO_DECISION


def _delay(days: list[int]) -> DecisionDelay:
    if len(days) < THRESHOLD:
        return DecisionDelay(Count.of(len(days)), None, None)
    return DecisionDelay(Count(len(days)), float(pystats.median(days)), max(days))


def annual_report(ctx: ServiceContext, year: int) -> AnnualReport:
    """The year's report, small case counts hidden (see the module's docstring for every definition)."""
    ctx.require(Permission.VIEW)
    today = ctx.today()
    check_year(year, today)
    start, end = date(year, 1, 1), date(year, 12, 31)
    as_of = min(end, today)
    after = datetime.combine(as_of + timedelta(days=1), time())  # decisions before this moment count
    c, d, m, a, mem = models.Case, models.Decision, models.Meeting, models.Attendance, models.Member
    with ctx.vault.session() as s:
        held = list(
            s.execute(select(m.id, m.kind).where(m.meeting_date >= start, m.meeting_date <= end, m.status.in_(HELD)))
        )
        held_ids = [r.id for r in held]
        presence = list(
            s.execute(
                select(a.meeting_id, a.status, mem.organisation_id)
                .join(mem, mem.id == a.member_id)
                .where(a.meeting_id.in_(held_ids))
            )
        )
        org_names = {o.id: o.name for o in s.scalars(select(models.Organisation))}
        rows = list(
            s.execute(
                select(c.id, c.registration_date, c.phenomenon, c.municipality, c.status, c.closed_on)
                .where(c.registration_date >= start, c.registration_date <= as_of)
                .where(c.advice_only.is_(False))  # an advice request is not a case
            )
        )
        advice = s.scalar(
            select(func.count(c.id)).where(
                c.registration_date >= start, c.registration_date <= as_of, c.advice_only.is_(True)
            )
        )
        decided: dict[int, list[tuple[datetime, int, DecisionType]]] = {}
        for case_id, decided_at, decision_id, kind in s.execute(
            select(d.case_id, d.decided_at, d.id, d.decision_type).where(
                d.case_id.in_([r.id for r in rows]), d.decided_at < after
            )
        ):
            decided.setdefault(case_id, []).append((decided_at, decision_id, kind))

    kinds = Counter(r.kind for r in held)
    meetings = tuple(MeetingsHeld(k.value, kinds.get(k, 0)) for k in MeetingKind)
    expected: dict[int, set[int]] = {}
    present: dict[int, set[int]] = {}
    for meeting_id, status, org_id in presence:
        expected.setdefault(org_id, set()).add(meeting_id)
        if status is AttendanceStatus.PRESENT:
            present.setdefault(org_id, set()).add(meeting_id)
    attendance = tuple(
        sorted(
            (
                OrganisationAttendance(org_names[o], len(present.get(o, ())), len(meetings_expected))
                for o, meetings_expected in expected.items()
            ),
            key=lambda x: x.name.casefold(),
        )
    )

    counters: dict[TableKey, Counter[str]] = {k: Counter() for k in TABLE_KEYS}
    days: list[int] = []
    for r in rows:
        counters[TableKey.PHENOMENON][r.phenomenon.value if r.phenomenon else UNKNOWN] += 1
        place = r.municipality.strip()
        counters[TableKey.MUNICIPALITY][MUNICIPALITY_PREFIX + place if place else UNKNOWN] += 1
        made = sorted(decided.get(r.id, []))
        counters[TableKey.OUTCOME][_outcome(r.status, r.closed_on, made[-1][2] if made else None, as_of)] += 1
        if made:
            days.append(max(0, (made[0][0].date() - r.registration_date).days))
    places = sorted((k for k in counters[TableKey.MUNICIPALITY] if k != UNKNOWN), key=str.casefold)
    tables = (
        _table(TableKey.PHENOMENON, (*(p.value for p in Phenomenon), UNKNOWN), counters[TableKey.PHENOMENON]),
        _table(TableKey.OUTCOME, OUTCOME_KEYS, counters[TableKey.OUTCOME]),
        _table(
            TableKey.MUNICIPALITY,
            (*places, UNKNOWN),
            counters[TableKey.MUNICIPALITY],
            {k: k.removeprefix(MUNICIPALITY_PREFIX) for k in places},
        ),
    )
    return AnnualReport(
        year, as_of, today, meetings, attendance, Count.of(len(rows)), tables, _delay(days), Count.of(advice or 0)
    )


# -- export ---------------------------------------------------------------------------------------


def render(ctx: ServiceContext, report: AnnualReport, fmt: ExportFormat) -> bytes:
    """The CSV or PDF bytes in the cell's language, with the cell's name and logo (not audited)."""
    ctx.require(Permission.VIEW)
    # Imported here: reportlab (through the renderer) is only needed when exporting.
    from livcr_desktop.domain import settings as spec
    from livcr_desktop.reports import annual_report_pdf
    from livcr_desktop.reports.statistics_pdf import Header
    from livcr_desktop.services import settings

    header = Header(
        language=settings.get(ctx, spec.LANGUAGE),
        cell_name=settings.get(ctx, spec.CELL_NAME),
        municipality=settings.get(ctx, spec.MUNICIPALITY),
        logo=settings.get(ctx, spec.LOGO),
    )
    if fmt is ExportFormat.CSV:
        return annual_report_pdf.render_csv(report, header)
    return annual_report_pdf.render_pdf(report, header)


def export(ctx: ServiceContext, report: AnnualReport, fmt: ExportFormat, path: Path) -> bytes:
    """Render, write atomically (owner-only file) and audit ("export", entity "annual_report")."""
    ctx.require(Permission.VIEW)
    data = render(ctx, report, fmt)
    write_private_file(path, data)
    with ctx.vault.session() as s:
        audit.append(
            s,
            ctx.user,
            "export",
            "annual_report",
            None,
            {
                "format": fmt.value,
                "year": report.year,
                "file": path.name,
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        )
    return data
