"""Retention: closed cases past the cell's retention period, erased or anonymised on the chair's word.

The period is per cell (setting ``retention_years``, default 5; no legal period is known for LIVC-R
files, so the cell sets it). A case is due when it is closed and was closed
at least that many years ago.

- **Erase** deletes the case and every row that points at it, found through the schema's foreign
  keys (contributions, domain assessments, assessments, decisions, actions and their history, agenda
  items, attendance invitations for that case, feedback to the signal giver, and whatever later
  tables refer to a case), so nothing about it is left in the live tables.
- **Anonymise** keeps the case's code, dates, status, phenomenon, ideology, qualification and
  concern levels for statistics, and blanks every free text about the case: identity fields, the
  pseudonym (set to "geanonimiseerd"), screening notes, agenda item titles, contribution texts,
  assessment texts, decision reasons, expectations, referral and escalation targets, action
  descriptions and notes, feedback texts. Every text column of every table tied to a case (by
  foreign keys to ``case_file``, directly or through another such table) is listed in
  :data:`BLANKED` or :data:`KEPT`; a test fails on a column in neither.

Both write one audit event per case holding its code and row counts, never the erased content, then
checkpoint the WAL (TRUNCATE). ``secure_delete`` is on for every connection, so the freed space in the
database file is overwritten; the full-text index is FTS5 with ``secure-delete`` too.

What stays (and the screen says so): the **finalised minutes** of meetings where the case was
discussed are the cell's legal record of those meetings and are signed; they are kept unchanged and
counted in the result. Audit events about the case keep their metadata (who did what when; for
changed actions their before/after values), because the hash chain forbids rewriting them. Backups
made before the erasure still hold the case until they rotate out.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import CaseStatus, MeetingStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models

RETENTION_SETTING: Final = "retention_years"
DEFAULT_YEARS: Final = 5
MIN_YEARS: Final = 1
MAX_YEARS: Final = 30
ANONYMISED_SETTING: Final = "retention_anonymised_cases"
ANONYMISED: Final = "geanonimiseerd"

# What anonymising blanks in the rows of a case, per table, and the value each column gets.
BLANKED: Final[dict[str, dict[str, Any]]] = {
    "case_file": {
        "first_name": "",
        "last_name": "",
        "birth_date": None,
        "pseudonym": ANONYMISED,
        "screening_notes": "",
        "signal_text": "",
        "actions_taken": "",
        "signal_giver_name": "",
        "signal_giver_function": "",
        "signal_giver_contact": "",
        "informed_by": "",
        "not_informed_reason": "",
        "informed_on": None,
        "facts_date": None,
    },
    "case_note": {"text": ""},
    "case_link": {"note": ""},
    "draft": {"fields": "{}"},
    "feedback_form": {"police_reference": "", "direction": "", "contact_point": ""},
    "agenda_item": {"title": ""},
    "contribution": {"text": ""},
    "domain_assessment": {"risk_factors": "", "protective_factors": ""},
    "assessment": {"summary": ""},
    "decision": {"reasons": "", "expectations": "", "referral_target": "", "escalation_target": ""},
    "action": {"description": ""},
    "action_update": {"note": ""},
    "referrer_feedback": {"text": ""},
}
# Text columns of those tables that anonymising keeps, and why: codes and keys, not free text.
KEPT: Final[dict[str, frozenset[str]]] = {
    # the case's code; the signal giver's sector, the municipality, the escalation target (statistics)
    "case_file": frozenset({"code", "referrer_sector", "municipality", "escalated_to"}),
    "case_note": frozenset({"user"}),
    "draft": frozenset({"user"}),
    "feedback_form": frozenset({"text_hash"}),  # a hash of the text, which is blanked
    "feedback_consent": frozenset({"text_hash"}),
    "contribution": frozenset({"life_domain", "secrecy_lifted_by"}),  # a key of the grid; who lifted secrecy
    "domain_assessment": frozenset({"life_domain"}),
    "action_update": frozenset({"user"}),  # the app user who acted (accountability)
    "referrer_feedback": frozenset({"user"}),
}


class NotDueError(ValueError):
    """A case asked for is not (or no longer) past the retention period: nothing was changed."""


@dataclass(frozen=True, slots=True)
class DueCase:
    id: int
    code: str
    pseudonym: str
    status: CaseStatus
    closed_on: date
    due_since: date
    minutes_meetings: int  # finalised meetings whose stored minutes may mention the case


@dataclass(frozen=True, slots=True)
class RetentionResult:
    action: str  # erase | anonymise
    codes: tuple[str, ...]
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows deleted or blanked
    minutes_kept: int = 0  # finalised meetings whose minutes still mention these cases
    checkpointed: bool = True  # the WAL was emptied into the database file


def _closed_statuses() -> list[CaseStatus]:
    return [s for s in CaseStatus if s.is_closed]


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# -- the setting ---------------------------------------------------------------------------------
# The key, default and range are those of ``domain.settings.RETENTION_YEARS`` (the settings screen
# edits the same row); read and written here directly so this module does not depend on that one.


def retention_years(ctx: ServiceContext) -> int:
    """The cell's retention period in years (setting ``retention_years``, default 5)."""
    with ctx.vault.session() as s:
        row = s.get(models.Setting, RETENTION_SETTING)
    try:
        value = int(json.loads(row.value)) if row is not None else DEFAULT_YEARS
    except (ValueError, TypeError):
        return DEFAULT_YEARS
    return value if MIN_YEARS <= value <= MAX_YEARS else DEFAULT_YEARS


def set_retention_years(ctx: ServiceContext, years: int) -> None:
    """Change the period (chair only; audited with the value before and after)."""
    ctx.require(Permission.ADMINISTER)
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValueError(f"retention between {MIN_YEARS} and {MAX_YEARS} years")
    before = retention_years(ctx)
    with ctx.vault.session() as s:
        s.merge(models.Setting(key=RETENTION_SETTING, value=json.dumps(years)))
        audit.append(
            s, ctx.user, "update", "setting", None, {"key": RETENTION_SETTING, "before": before, "after": years}
        )


def _anonymised_ids(s: Session) -> set[int]:
    row = s.get(models.Setting, ANONYMISED_SETTING)
    if row is None:
        return set()
    try:
        return {int(i) for i in json.loads(row.value)}
    except (ValueError, TypeError):
        return set()


# -- what is due ---------------------------------------------------------------------------------


def due_cases(ctx: ServiceContext) -> list[DueCase]:
    """Closed cases whose retention period is over (anonymised ones are done and not listed)."""
    ctx.require(Permission.ADMINISTER)
    years = retention_years(ctx)
    today = ctx.today()
    cutoff = years_before(today, years)
    c = models.Case
    with ctx.vault.session() as s:
        done = _anonymised_ids(s)
        rows = s.execute(
            select(c.id, c.code, c.pseudonym, c.status, c.closed_on, c.updated_at)
            .where(c.status.in_(_closed_statuses()))
            .order_by(c.closed_on, c.code)
        ).all()
        due = []
        for case_id, code, pseudonym, status, closed_on, updated_at in rows:
            closed = closed_on or updated_at.date()
            if closed > cutoff or case_id in done:
                continue
            due.append(
                DueCase(
                    case_id, code, pseudonym, status, closed, _add_years(closed, years), _minutes_meetings(s, [case_id])
                )
            )
    return due


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28) + timedelta(days=1)


def _minutes_meetings(s: Session, case_ids: list[int]) -> int:
    m, a, d = models.Meeting, models.AgendaItem, models.MinutesDocument
    return int(
        s.scalar(
            select(func.count(func.distinct(m.id)))
            .join(a, a.meeting_id == m.id)
            .join(d, d.meeting_id == m.id)
            .where(a.case_id.in_(case_ids), m.status == MeetingStatus.FINALISED)
        )
        or 0
    )


def _check_due(ctx: ServiceContext, case_ids: list[int]) -> dict[int, DueCase]:
    due = {d.id: d for d in due_cases(ctx)}
    missing = [i for i in case_ids if i not in due]
    if missing:
        raise NotDueError(f"not past the retention period: {missing}")
    return {i: due[i] for i in case_ids}


# -- erase ---------------------------------------------------------------------------------------


def _referrers(table: Table) -> list[tuple[Table, Any]]:
    """(table, column) pairs with a foreign key to ``table``'s primary key."""
    found = []
    for t in models.Base.metadata.sorted_tables:
        for fk in t.foreign_keys:
            if fk.column.table is table:
                found.append((t, fk.parent))
    return found


def _delete_tree(s: Session, table: Table, ids: list[int], counts: Counter[str], depth: int = 0) -> None:
    """Delete the rows ``ids`` of ``table`` and, first, every row that refers to them (recursively)."""
    if not ids or depth > 8:
        return
    for child, column in _referrers(table):
        if child is table:
            continue
        pk = next(iter(child.primary_key.columns))
        child_ids = list(s.scalars(select(pk).where(column.in_(ids))))
        if child is models.AgendaItem.__table__ and child_ids:
            s.execute(
                update(models.Meeting).where(models.Meeting.current_item_id.in_(child_ids)).values(current_item_id=None)
            )
        _delete_tree(s, child, child_ids, counts, depth + 1)
    pk = next(iter(table.primary_key.columns))
    result = s.execute(delete(table).where(pk.in_(ids)))
    counts[table.name] += int(getattr(result, "rowcount", 0) or 0)


def erase_cases(ctx: ServiceContext, case_ids: list[int]) -> RetentionResult:
    """Delete due cases and everything about them, in one transaction, audited per case."""
    ctx.require(Permission.ADMINISTER)
    due = _check_due(ctx, case_ids)
    counts: Counter[str] = Counter()
    years = retention_years(ctx)
    with ctx.vault.session() as s:
        minutes = _minutes_meetings(s, case_ids)
        case_table = models.Case.__table__
        assert isinstance(case_table, Table)
        for case_id in case_ids:
            before = Counter(counts)
            _delete_tree(s, case_table, [case_id], counts)
            rows = {k: v - before.get(k, 0) for k, v in counts.items() if v - before.get(k, 0)}
            audit.append(
                s,
                ctx.user,
                "erase",
                "case",
                case_id,
                {
                    "code": due[case_id].code,
                    "reason": "retention",
                    "retention_years": years,
                    "closed_on": due[case_id].closed_on,
                    "rows": rows,
                    "minutes_kept": due[case_id].minutes_meetings,
                },
            )
        _forget_anonymised(s, case_ids)
    return RetentionResult("erase", tuple(due[i].code for i in case_ids), dict(counts), minutes, _checkpoint(ctx))


def _forget_anonymised(s: Session, case_ids: list[int]) -> None:
    done = _anonymised_ids(s)
    if done & set(case_ids):
        s.merge(models.Setting(key=ANONYMISED_SETTING, value=json.dumps(sorted(done - set(case_ids)))))


# -- anonymise -----------------------------------------------------------------------------------


def case_tables() -> list[Table]:
    """``case_file`` and every table whose rows belong to a case: a foreign key to ``case_file`` or
    to another such table (actions' updates, ...), parents before children."""
    case_table = models.Base.metadata.tables["case_file"]
    linked = [case_table]
    for table in models.Base.metadata.sorted_tables:
        if table is not case_table and any(fk.column.table in linked for fk in table.foreign_keys):
            linked.append(table)
    return linked


def _case_row_ids(s: Session, case_id: int) -> dict[str, list[int]]:
    """Per table of :func:`case_tables`, the primary keys of the rows that belong to ``case_id``."""
    ids: dict[str, list[int]] = {}
    for table in case_tables():
        pk = next(iter(table.primary_key.columns))
        if table.name == "case_file":
            ids[table.name] = [case_id]
            continue
        conditions = [
            fk.parent.in_(ids[fk.column.table.name]) for fk in table.foreign_keys if fk.column.table.name in ids
        ]
        found: set[int] = set()
        for condition in conditions:
            found.update(s.scalars(select(pk).where(condition)))
        ids[table.name] = sorted(found)
    return ids


def anonymise_cases(ctx: ServiceContext, case_ids: list[int]) -> RetentionResult:
    """Blank what identifies or describes the person; keep codes, dates and qualifications."""
    ctx.require(Permission.ADMINISTER)
    due = _check_due(ctx, case_ids)
    counts: Counter[str] = Counter()
    years = retention_years(ctx)
    with ctx.vault.session() as s:
        minutes = _minutes_meetings(s, case_ids)
        tables = models.Base.metadata.tables
        for case_id in case_ids:
            rows: dict[str, int] = {}
            for name, ids in _case_row_ids(s, case_id).items():
                values = BLANKED.get(name)
                if not values or not ids:
                    continue
                table = tables[name]
                pk = next(iter(table.primary_key.columns))
                r = s.execute(update(table).where(pk.in_(ids)).values(**values))
                if n := int(getattr(r, "rowcount", 0) or 0):
                    rows[name] = n
            counts.update(rows)
            audit.append(
                s,
                ctx.user,
                "anonymise",
                "case",
                case_id,
                {
                    "code": due[case_id].code,
                    "reason": "retention",
                    "retention_years": years,
                    "closed_on": due[case_id].closed_on,
                    "rows": rows,
                    "minutes_kept": due[case_id].minutes_meetings,
                },
            )
        done = _anonymised_ids(s) | set(case_ids)
        s.merge(models.Setting(key=ANONYMISED_SETTING, value=json.dumps(sorted(done))))
    return RetentionResult("anonymise", tuple(due[i].code for i in case_ids), dict(counts), minutes, _checkpoint(ctx))


def _checkpoint(ctx: ServiceContext) -> bool:
    """Move the WAL into the database file and truncate it: old page versions leave the disk."""
    ctx.vault.engine.dispose()  # idle pooled connections cannot hold the checkpoint back
    with ctx.vault.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy[0]
