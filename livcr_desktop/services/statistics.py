"""Anonymous statistics for prevention policy and the annual report.

Only aggregate numbers leave this module: no case code, pseudonym, name or birth date is ever
selected into a result (the queries do not even read codes, pseudonyms or names). The
population is the cases **registered in the period** (a calendar year by default, or any date
range), counted

- per quarter of their registration date;
- by phenomenon and by ideology ("unknown" when not filled in);
- by referrer sector: the sector of the referring organisation when the case names one, else the
  free-text ``referrer_sector`` normalised to the same sector codes (known words such as
  "school", "politie", "CPAS"; anything else is "other", empty is "unknown"). Free text itself
  never appears in the statistics: it could hold a name;
- by age band at registration, from the birth date (<12, 12–17, 18–24, 25–34, 35+); a case
  without birth date is "minor, age unknown" when marked as a minor, else "unknown";
- by status and by outcome (the type of the latest decision), both **as of today**; cases
  without a decision are "no decision yet";
- the days from registration to the first decision (mean and median).

Actions are counted by owner organisation: those agreed in the period (created in it), and of
those, the ones still open and the ones overdue (open past their deadline) **as of today**.

Small-count rule: a count of 1 or 2 is never shown; it becomes "<3" (:class:`Count`, kind SMALL),
in every output, totals included. Within a breakdown the total is shown, so a single hidden cell
could be worked out by subtraction; therefore, while any hidden cell can still be derived from
the total and the other cells (an interval check: "<3" is 1..2, "≥3" is 3 or more), the smallest
remaining count of 3 or more is hidden too and shown as "≥3" (kind MASKED, secondary
suppression). When no such count is left, zero cells are hidden as "<3" (true: 0 < 3). The
hidden values never leave this module: a hidden Count has no value. Averages over fewer than 3
cases are not given (shown as "<3 dossiers").
"""

from __future__ import annotations

import hashlib
import re
import statistics as pystats
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import func, select

from livcr_desktop.domain.enums import CaseStatus, DecisionType, Ideology, OrganisationSector, Phenomenon
from livcr_desktop.domain.roles import Permission
from livcr_desktop.reports.statistics_model import (
    ACTION_BREAKDOWNS,
    CASE_BREAKDOWNS,
    MASKED_TEXT,
    SMALL_TEXT,
    THRESHOLD,
    Breakdown,
    BreakdownKey,
    Cell,
    Count,
    CountKind,
    DaysToDecision,
    Period,
    Statistics,
    quarter_of,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.fileperms import write_private_file

__all__ = [  # the result types live in the reports layer (plain data); re-exported for the callers
    "ACTION_BREAKDOWNS",
    "AGE_BANDS",
    "AGE_KEYS",
    "CASE_BREAKDOWNS",
    "MASKED_TEXT",
    "MINOR_UNKNOWN",
    "NO_DECISION",
    "SECTOR_KEYS",
    "SECTOR_WORDS",
    "SMALL_TEXT",
    "THRESHOLD",
    "UNKNOWN",
    "Breakdown",
    "BreakdownKey",
    "Cell",
    "Count",
    "CountKind",
    "DaysToDecision",
    "ExportFormat",
    "Period",
    "Statistics",
    "age_at",
    "age_band",
    "available_years",
    "compute",
    "export",
    "referrer_sector",
    "render",
    "suppress",
]

UNKNOWN: Final[str] = "unknown"
NO_DECISION: Final[str] = "none"
MINOR_UNKNOWN: Final[str] = "minor_unknown"
AGE_BANDS: Final[tuple[tuple[str, int, int], ...]] = (  # key, lowest age, highest age
    ("under_12", 0, 11),
    ("12_17", 12, 17),
    ("18_24", 18, 24),
    ("25_34", 25, 34),
    ("35_plus", 35, 200),
)
AGE_KEYS: Final[tuple[str, ...]] = (*(k for k, _, _ in AGE_BANDS), MINOR_UNKNOWN, UNKNOWN)


# -- the small-count rule -------------------------------------------------------------------------


def _small(n: int) -> bool:
    return 0 < n < THRESHOLD


def _derivable(values: Sequence[int], kinds: Sequence[str]) -> bool:
    """Can any hidden cell be pinned to one value from the shown cells and the (shown) total?

    kinds: "exact", "small" (1..2), "zero" (a hidden 0: then every "<3" reads as 0..2), "masked" (≥3).
    """
    total = sum(values)
    t_lo, t_hi = (1, 2) if _small(total) else (total, total)
    known = sum(v for v, k in zip(values, kinds, strict=True) if k == "exact")
    r_lo, r_hi = t_lo - known, t_hi - known
    small_lo = 0 if "zero" in kinds else 1
    bounds = []
    for k in kinds:
        if k in ("small", "zero"):
            bounds.append((small_lo, THRESHOLD - 1))
        elif k == "masked":
            bounds.append((THRESHOLD, max(THRESHOLD, r_hi)))
    if not bounds:
        return False
    sum_lo = sum(lo for lo, _ in bounds)
    sum_hi = sum(hi for _, hi in bounds)
    for lo, hi in bounds:
        low = max(lo, r_lo - (sum_hi - hi))
        high = min(hi, r_hi - (sum_lo - lo))
        if low >= high:
            return True
    return False


def suppress(values: Sequence[int]) -> tuple[tuple[Count, ...], Count]:
    """Published counts of one breakdown and its total, with primary and secondary suppression."""
    kinds = ["small" if _small(v) else "exact" for v in values]
    while "small" in kinds and _derivable(values, kinds):
        candidates = sorted(
            (i for i, (v, k) in enumerate(zip(values, kinds, strict=True)) if k == "exact" and v >= THRESHOLD),
            key=lambda i: (values[i], i),
        )
        if candidates:
            # The smallest count that is enough on its own; else the smallest, and look again.
            enough = (
                i
                for i in candidates
                if not _derivable(values, [("masked" if j == i else k) for j, k in enumerate(kinds)])
            )
            kinds[next(enough, candidates[0])] = "masked"
            continue
        zeros = [i for i, (v, k) in enumerate(zip(values, kinds, strict=True)) if k == "exact" and v == 0]
        if not zeros:
            break  # every cell is hidden already
        kinds[zeros[0]] = "zero"
    counts = tuple(
        Count(None, CountKind.SMALL)
        if k in ("small", "zero")
        else Count(None, CountKind.MASKED)
        if k == "masked"
        else Count(v)
        for v, k in zip(values, kinds, strict=True)
    )
    return counts, Count.of(sum(values))


def _breakdown(
    key: BreakdownKey, keys: Sequence[str], counter: Counter[str], names: dict[str, str] | None = None
) -> Breakdown:
    values = [counter.get(k, 0) for k in keys]
    extra = set(counter) - set(keys)
    if extra:
        raise AssertionError(f"{key}: uncounted categories {sorted(extra)}")
    counts, total = suppress(values)
    names = names or {}
    return Breakdown(key, tuple(Cell(k, c, names.get(k, "")) for k, c in zip(keys, counts, strict=True)), total)


# -- categories -----------------------------------------------------------------------------------


def age_at(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: date | None, registered: date, is_minor: bool) -> str:
    if birth is None:
        return MINOR_UNKNOWN if is_minor else UNKNOWN
    age = max(0, age_at(birth, registered))
    return next(key for key, low, high in AGE_BANDS if low <= age <= high)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


SECTOR_WORDS: Final[dict[OrganisationSector, tuple[str, ...]]] = {
    OrganisationSector.POLICE: ("politie", "politiezone", "wijkagent", "police", "zone de police", "pz"),
    OrganisationSector.PREVENTION: ("preventie", "preventiedienst", "prevention", "service de prevention"),
    OrganisationSector.SOCIAL_WELFARE: ("ocmw", "cpas", "social welfare"),
    OrganisationSector.JUSTICE: ("justitie", "justitiehuis", "parket", "justice", "maison de justice", "parquet"),
    OrganisationSector.WELFARE: ("caw", "welzijn", "cap", "welfare"),
    OrganisationSector.EDUCATION: (
        "onderwijs",
        "school",
        "clb",
        "leerkracht",
        "ecole",
        "enseignement",
        "pms",
        "centre pms",
        "education",
    ),
    OrganisationSector.MENTAL_HEALTH: ("cgg", "geestelijke gezondheid", "ssm", "sante mentale", "mental health"),
    OrganisationSector.YOUTH: ("jeugd", "jeugdwerk", "jeugdwerking", "jeugdhulp", "jeunesse", "amo", "youth"),
    OrganisationSector.MUNICIPALITY: ("gemeente", "stad", "stadhuis", "commune", "ville", "municipality"),
    OrganisationSector.OTHER: ("andere", "autre", "other", "burger", "buurtbewoner", "citoyen", "citizen"),
}
SECTOR_KEYS: Final[tuple[str, ...]] = (*(s.value for s in OrganisationSector), UNKNOWN)


def referrer_sector(organisation_sector: OrganisationSector | None, text: str) -> str:
    """The sector code of a referral: the referring organisation's, else the normalised free text."""
    if organisation_sector is not None:
        return organisation_sector.value
    folded = _fold(text)
    if not folded:
        return UNKNOWN
    for sector in OrganisationSector:
        if folded in (sector.value.replace("_", " "), sector.value) or folded in SECTOR_WORDS[sector]:
            return sector.value
    for sector, words in SECTOR_WORDS.items():
        if any(re.search(rf"\b{re.escape(word)}\b", folded) for word in words):
            return sector.value
    return OrganisationSector.OTHER.value


# -- computing ------------------------------------------------------------------------------------


def available_years(ctx: ServiceContext) -> list[int]:
    """The years from the first registration to this year, newest first."""
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        first = s.scalar(select(func.min(models.Case.registration_date)))
    this_year = ctx.today().year
    start = min(first.year, this_year) if first is not None else this_year
    return list(range(this_year, start - 1, -1))


def status_shown(status: CaseStatus, escalated_to: str) -> CaseStatus:
    """An open case escalated to the LTF or the parket counts as "opgeschaald": since escalation became a flag
    beside the cell's own follow-up (docs/decisions.md) the case itself stays "in opvolging"."""
    return CaseStatus.ESCALATED if escalated_to and not status.is_closed else status


def compute(ctx: ServiceContext, period: Period | None = None) -> Statistics:
    """The period's statistics (default: this calendar year), small counts suppressed."""
    ctx.require(Permission.VIEW)
    today = ctx.today()
    period = period or Period.year(today.year)
    c, org = models.Case, models.Organisation
    case_stmt = (
        select(
            c.id,
            c.registration_date,
            c.birth_date,
            c.is_minor,
            c.phenomenon,
            c.ideology,
            c.referrer_sector,
            org.sector,
            c.status,
            c.escalated_to,
        )
        .outerjoin(org, org.id == c.referrer_organisation_id)
        .where(c.registration_date >= period.start, c.registration_date <= period.end)
        .where(c.advice_only.is_(False))  # an advice request is not a case
    )
    d = models.Decision
    a = models.Action
    action_stmt = select(a.owner_organisation_id, a.status, a.deadline).where(
        a.created_at >= datetime.combine(period.start, time()),
        a.created_at < datetime.combine(period.end + timedelta(days=1), time()),
    )
    with ctx.vault.session() as s:
        rows = list(s.execute(case_stmt))
        advice = s.scalar(
            select(func.count(c.id)).where(
                c.registration_date >= period.start, c.registration_date <= period.end, c.advice_only.is_(True)
            )
        )
        ids = [r.id for r in rows]
        decisions: dict[int, list[tuple[datetime, int, DecisionType]]] = {}
        for case_id, decided_at, decision_id, kind in s.execute(
            select(d.case_id, d.decided_at, d.id, d.decision_type).where(d.case_id.in_(ids))
        ):
            decisions.setdefault(case_id, []).append((decided_at, decision_id, kind))
        actions = list(s.execute(action_stmt))
        organisations = {
            o.id: o.name
            for o in s.scalars(select(models.Organisation))
            if o.active or any(owner == o.id for owner, _, _ in actions)
        }

    counters: dict[BreakdownKey, Counter[str]] = {k: Counter() for k in (*CASE_BREAKDOWNS, *ACTION_BREAKDOWNS)}
    delays: list[int] = []
    for r in rows:
        counters[BreakdownKey.QUARTER][f"{r.registration_date.year}-Q{quarter_of(r.registration_date)}"] += 1
        counters[BreakdownKey.PHENOMENON][r.phenomenon.value if r.phenomenon else UNKNOWN] += 1
        counters[BreakdownKey.IDEOLOGY][r.ideology.value if r.ideology else UNKNOWN] += 1
        counters[BreakdownKey.REFERRER_SECTOR][referrer_sector(r.sector, r.referrer_sector)] += 1
        counters[BreakdownKey.AGE_BAND][age_band(r.birth_date, r.registration_date, r.is_minor)] += 1
        counters[BreakdownKey.STATUS][status_shown(r.status, r.escalated_to).value] += 1
        made = sorted(decisions.get(r.id, []))
        counters[BreakdownKey.OUTCOME][made[-1][2].value if made else NO_DECISION] += 1
        if made:
            delays.append(max(0, (made[0][0].date() - r.registration_date).days))
    for owner, status, deadline in actions:
        key = f"org:{owner}"
        counters[BreakdownKey.ACTIONS_AGREED][key] += 1
        if status.is_open:
            counters[BreakdownKey.ACTIONS_OPEN][key] += 1
            if deadline < today:
                counters[BreakdownKey.ACTIONS_OVERDUE][key] += 1

    org_keys = sorted((f"org:{i}" for i in organisations), key=lambda k: organisations[int(k[4:])].casefold())
    org_names = {f"org:{i}": name for i, name in organisations.items()}
    categories: dict[BreakdownKey, tuple[str, ...]] = {
        BreakdownKey.QUARTER: period.quarter_keys(),
        BreakdownKey.PHENOMENON: (*(p.value for p in Phenomenon), UNKNOWN),
        BreakdownKey.IDEOLOGY: (*(i.value for i in Ideology), UNKNOWN),
        BreakdownKey.REFERRER_SECTOR: SECTOR_KEYS,
        BreakdownKey.AGE_BAND: AGE_KEYS,
        BreakdownKey.STATUS: tuple(s.value for s in CaseStatus),
        BreakdownKey.OUTCOME: (*(t.value for t in DecisionType), NO_DECISION),
    }
    breakdowns = [_breakdown(k, categories[k], counters[k]) for k in CASE_BREAKDOWNS]
    breakdowns += [_breakdown(k, org_keys, counters[k], org_names) for k in ACTION_BREAKDOWNS]
    return Statistics(period, today, Count.of(len(rows)), tuple(breakdowns), _days(delays), Count.of(advice or 0))


def _days(delays: list[int]) -> DaysToDecision:
    if len(delays) < THRESHOLD:
        return DaysToDecision(Count.of(len(delays)), None, None)
    return DaysToDecision(Count(len(delays)), round(pystats.fmean(delays), 1), float(pystats.median(delays)))


# -- export ---------------------------------------------------------------------------------------


class ExportFormat(StrEnum):
    CSV = "csv"
    PDF = "pdf"


def render(ctx: ServiceContext, stats: Statistics, fmt: ExportFormat) -> bytes:
    """The CSV or PDF bytes in the cell's language, with the cell's name and logo (not audited)."""
    ctx.require(Permission.VIEW)
    # Imported here: reportlab (through the renderer) is only needed when exporting.
    from livcr_desktop.domain import settings as spec
    from livcr_desktop.reports import statistics_pdf
    from livcr_desktop.services import settings

    header = statistics_pdf.Header(
        language=settings.get(ctx, spec.LANGUAGE),
        cell_name=settings.get(ctx, spec.CELL_NAME),
        municipality=settings.get(ctx, spec.MUNICIPALITY),
        logo=settings.get(ctx, spec.LOGO),
    )
    if fmt is ExportFormat.CSV:
        return statistics_pdf.render_csv(stats, header)
    return statistics_pdf.render_pdf(stats, header)


def export(ctx: ServiceContext, stats: Statistics, fmt: ExportFormat, path: Path) -> bytes:
    """Render, write atomically (owner-only file) and audit ("export", entity "statistics")."""
    ctx.require(Permission.VIEW)
    data = render(ctx, stats, fmt)
    write_private_file(path, data)
    with ctx.vault.session() as s:
        audit.append(
            s,
            ctx.user,
            "export",
            "statistics",
            None,
            {
                "format": fmt.value,
                "start": stats.period.start.isoformat(),
                "end": stats.period.end.isoformat(),
                "file": path.name,
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        )
    return data
