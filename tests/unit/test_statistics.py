"""Statistics: the small-count rule, numbers on hand-built data and on the demo data (checked
against an independent count from the ORM), and the CSV and PDF exports holding no identity."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import stat
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    ActionStatus,
    CaseStatus,
    DecisionType,
    Ideology,
    MemberKind,
    OrganisationSector,
    Phenomenon,
)
from livcr_desktop.domain.meeting import ActionDraft, DecisionDraft, MeetingDraft
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import cases, decisions, demo, meetings, reference
from livcr_desktop.services import settings as settings_service
from livcr_desktop.services import statistics as stats_service
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo import practice as demo_practice
from livcr_desktop.services.statistics import (
    BreakdownKey,
    Count,
    CountKind,
    ExportFormat,
    Period,
    Statistics,
    age_band,
    referrer_sector,
    suppress,
)
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.vault import Vault
from tests.conftest import TODAY

# -- the small-count rule -------------------------------------------------------------------------


def texts(values: list[int]) -> tuple[list[str], str]:
    counts, total = suppress(values)
    return [c.text for c in counts], total.text


def test_one_and_two_are_shown_as_less_than_three() -> None:
    assert Count.of(0).text == "0"
    assert Count.of(1).text == "<3" and Count.of(1).value is None
    assert Count.of(2).text == "<3" and Count.of(2).value is None
    assert Count.of(3).text == "3" and Count.of(3).value == 3
    assert Count.of(40).text == "40"
    with pytest.raises(ValueError, match="1 or 2"):
        Count(1)
    with pytest.raises(ValueError, match="1 or 2"):
        Count(2, CountKind.EXACT)
    with pytest.raises(ValueError, match="no value"):
        Count(2, CountKind.SMALL)  # a hidden count never carries its value


def test_no_small_cell_no_suppression() -> None:
    assert texts([3, 0, 12, 4]) == (["3", "0", "12", "4"], "19")


def test_a_single_small_cell_hides_a_second_one() -> None:
    # 15 - 5 - 9 would give the hidden 1 away: the smallest count that protects it is hidden too.
    assert texts([1, 5, 9]) == (["<3", "≥3", "9"], "15")
    assert texts([9, 2, 4, 0]) == (["9", "<3", "≥3", "0"], "15")


def test_two_small_cells_that_add_up_ambiguously_need_nothing_more() -> None:
    assert texts([1, 2, 9]) == (["<3", "<3", "9"], "12")  # 1+2 or 2+1


def test_small_cells_pinned_by_the_total_get_a_secondary() -> None:
    assert texts([1, 1, 7]) == (["<3", "<3", "≥3"], "9")  # 9 - 7 = 2 = 1 + 1: pinned without it
    assert texts([2, 2, 7, 8]) == (["<3", "<3", "≥3", "8"], "19")


def test_a_secondary_of_exactly_three_is_skipped_when_it_would_not_protect() -> None:
    # Hiding a 3 next to a 1 leaves 4 = 1 + 3 (the "≥3" is at least 3): pinned. The 10 protects.
    assert texts([1, 3, 10]) == (["<3", "3", "≥3"], "14")


def test_zero_cells_are_hidden_when_nothing_else_protects() -> None:
    assert texts([1, 1, 0]) == (["<3", "<3", "<3"], "<3")
    assert texts([2, 2, 2, 0]) == (["<3", "<3", "<3", "<3"], "6")
    assert texts([1, 0, 0]) == (["<3", "0", "0"], "<3")  # the total itself is "<3": 1 or 2


def test_a_small_total_is_hidden_too() -> None:
    assert texts([0, 2, 0])[1] == "<3"
    assert texts([0, 0])[1] == "0"


def _consistent(shown: list[Count], total: Count, zero_hidden: bool, limit: int) -> list[tuple[int, ...]]:
    """Every assignment of the hidden cells an outsider could not rule out (brute force)."""
    small = range(0 if zero_hidden else 1, 3)
    options = [
        small if c.kind is CountKind.SMALL else range(3, limit + 1) if c.value is None else [c.value] for c in shown
    ]
    totals = {1, 2} if total.value is None else {total.value}
    return [combo for combo in itertools.product(*options) if sum(combo) in totals]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=6))
def test_no_hidden_cell_can_be_worked_out(values: list[int]) -> None:
    shown, total = suppress(values)
    hidden = [i for i, c in enumerate(shown) if c.hidden]
    for v, c in zip(values, shown, strict=True):
        assert (c.value is None) == c.hidden
        if 0 < v < 3:
            assert c.kind is CountKind.SMALL  # the primary rule holds everywhere
        if not c.hidden:
            assert c.value == v
    assert total.text == ("<3" if 0 < sum(values) < 3 else str(sum(values)))
    if not hidden:
        return
    zero_hidden = any(values[i] == 0 for i in hidden)
    worlds = _consistent(list(shown), total, zero_hidden, sum(values) + 3)
    assert tuple(values) in worlds
    if len(hidden) < len(values):
        for i in hidden:  # each hidden cell could hold at least two different values
            assert len({w[i] for w in worlds}) >= 2, (values, [c.text for c in shown])


# -- categories -----------------------------------------------------------------------------------


def test_age_bands_at_registration() -> None:
    reg = date(2026, 6, 15)
    assert age_band(date(2014, 6, 16), reg, True) == "under_12"  # 11 the day before the birthday
    assert age_band(date(2014, 6, 15), reg, True) == "12_17"
    assert age_band(date(2008, 6, 16), reg, True) == "12_17"
    assert age_band(date(2008, 6, 15), reg, False) == "18_24"
    assert age_band(date(2001, 6, 16), reg, False) == "18_24"
    assert age_band(date(2001, 6, 15), reg, False) == "25_34"
    assert age_band(date(1991, 6, 15), reg, False) == "35_plus"
    assert age_band(None, reg, True) == "minor_unknown"
    assert age_band(None, reg, False) == "unknown"


def test_referrer_sector_normalisation() -> None:
    assert referrer_sector(OrganisationSector.POLICE, "school") == "police"  # the organisation wins
    assert referrer_sector(None, "") == "unknown"
    assert referrer_sector(None, "  ") == "unknown"
    assert referrer_sector(None, "School") == "education"
    assert referrer_sector(None, "leerkracht van de school") == "education"
    assert referrer_sector(None, "CPAS") == "social_welfare"
    assert referrer_sector(None, "Maison de Justice") == "justice"
    assert referrer_sector(None, "École communale") == "education"
    assert referrer_sector(None, "mental_health") == "mental_health"
    assert referrer_sector(None, "Buurtbewoner") == "other"
    assert referrer_sector(None, "Jan Janssens, bakker") == "other"  # free text never shows


def test_periods() -> None:
    assert Period.year(2026).quarter_keys() == ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
    assert Period(date(2025, 11, 5), date(2026, 2, 1)).quarter_keys() == ("2025-Q4", "2026-Q1")
    assert Period.year(2026).is_year and not Period(date(2026, 1, 1), date(2026, 6, 30)).is_year
    with pytest.raises(ValueError, match="ends before"):
        Period(date(2026, 2, 1), date(2026, 1, 1))


# -- hand-built data ------------------------------------------------------------------------------


def at(ctx: ServiceContext, day: date) -> ServiceContext:
    """The context with its clock on ``day`` (decisions and actions take their dates from it)."""
    return replace(ctx, today=lambda: day, now=lambda: datetime.combine(day, time(15, 0)))


@pytest.fixture
def small_cell(ctx: ServiceContext) -> ServiceContext:
    """Six cases registered in 2026 and one in 2025, with decisions and actions on chosen days."""
    pz = reference.add_organisation(ctx, "Politiezone Testdorp", "PZ", OrganisationSector.POLICE)
    prev = reference.add_organisation(ctx, "Preventiedienst Testdorp", "PREV", OrganisationSector.PREVENTION)
    reference.add_organisation(ctx, "OCMW Testdorp", "OCMW", OrganisationSector.SOCIAL_WELFARE)
    clb = reference.add_organisation(ctx, "CLB Testdorp", "CLB", OrganisationSector.EDUCATION)
    chair = reference.add_member(ctx, "Burgemeester Voorbeeld", prev, "voorzitter", MemberKind.CORE)

    def case(code: str, reg: date, ph: Phenomenon, ide: Ideology | None, **extra: object) -> int:
        draft = CaseDraft(code=code, registration_date=reg, phenomenon=ph, ideology=ide, **extra)  # type: ignore[arg-type]
        return cases.create_case(ctx, draft)

    a = case(
        "LIVC-2026-001",
        date(2026, 1, 10),
        Phenomenon.RADICALISM,
        Ideology.RELIGIOUS,
        pseudonym="Merel",
        first_name="Jan",
        last_name="Geheimnaam",
        birth_date=date(2010, 5, 1),
        referrer_organisation_id=pz,
    )
    b = case(
        "LIVC-2026-002",
        date(2026, 2, 15),
        Phenomenon.RADICALISM,
        Ideology.EXTREME_RIGHT,
        pseudonym="Vink",
        birth_date=date(2004, 2, 15),
        referrer_sector="School (leerkracht)",
    )
    c = case(
        "LIVC-2026-003",
        date(2026, 4, 20),
        Phenomenon.EXTREMISM,
        Ideology.EXTREME_RIGHT,
        is_minor=True,
        referrer_organisation_id=clb,
    )
    d = case(
        "LIVC-2026-004",
        date(2026, 5, 5),
        Phenomenon.RADICALISM,
        Ideology.RELIGIOUS,
        pseudonym="Specht",
        referrer_sector="buurtbewoner",
    )
    case(
        "LIVC-2026-005",
        date(2026, 7, 1),
        Phenomenon.RADICALISM,
        None,
        first_name="Piet",
        last_name="Anoniem",
        birth_date=date(1980, 1, 1),
        status=CaseStatus.SCREENING,
    )
    case(
        "LIVC-2026-006",
        date(2026, 8, 12),
        Phenomenon.RADICALISM,
        Ideology.RELIGIOUS,
        pseudonym="Gaai",
        birth_date=date(2016, 1, 1),
        referrer_organisation_id=pz,
    )
    g = case("LIVC-2025-009", date(2025, 12, 31), Phenomenon.EXTREMISM, Ideology.UNCLEAR, pseudonym="Uil")

    mid = meetings.create_meeting(
        ctx, MeetingDraft(meeting_date=date(2026, 2, 10), place="Stadhuis", chair_id=chair), propose=False
    )
    for case_id, kind, day in (
        (a, DecisionType.START_FOLLOW_UP, date(2026, 2, 10)),
        (b, DecisionType.GATHER_INFORMATION, date(2026, 3, 1)),
        (b, DecisionType.START_FOLLOW_UP, date(2026, 4, 1)),
        (c, DecisionType.ESCALATE, date(2026, 5, 20)),
        (d, DecisionType.START_FOLLOW_UP, date(2026, 6, 3)),
        (g, DecisionType.CLOSE, date(2026, 1, 20)),
    ):
        review = day + timedelta(days=90) if decision_rules.review_required(kind) else None
        draft = DecisionDraft(case_id, mid, kind, escalation_target="LTF", next_review_date=review)
        decisions.record_decision(at(ctx, day), draft)
    june = at(ctx, date(2026, 6, 1))
    for owner, deadline, status in (
        (pz, date(2026, 7, 1), ActionStatus.OPEN),  # overdue
        (pz, date(2026, 12, 31), ActionStatus.IN_PROGRESS),  # open, not overdue
        (pz, date(2026, 7, 1), ActionStatus.DONE),
        (prev, date(2026, 9, 1), ActionStatus.OPEN),
    ):  # overdue
        action = decisions.add_action(june, ActionDraft(a, mid, "Gesprek plannen", owner, None, deadline))
        if status is not ActionStatus.OPEN:
            decisions.set_action_status(june, action, status)
    decisions.add_action(at(ctx, date(2025, 12, 31)), ActionDraft(g, mid, "Oud", prev, None, date(2026, 1, 5)))
    return ctx


def shown(s: Statistics, key: BreakdownKey) -> list[str]:
    return [c.count.text for c in s.breakdown(key).cells]


def test_numbers_on_hand_built_data(small_cell: ServiceContext) -> None:
    s = stats_service.compute(small_cell)  # the current year: 2026
    assert s.period == Period.year(2026) and s.as_of == TODAY
    assert s.referrals.text == "6"
    b = s.breakdown
    # quarters 2, 2, 2, 0: all pinned by the total 6 unless the empty quarter is hidden too
    assert shown(s, BreakdownKey.QUARTER) == ["<3", "<3", "<3", "<3"]
    assert b(BreakdownKey.QUARTER).total.text == "6"
    # radicalism 5, extremism 1: the 1 would be 6 - 5, so the 5 is hidden as "≥3"
    assert shown(s, BreakdownKey.PHENOMENON) == ["≥3", "<3", "0", "0"]
    # religious 3, extreme right 2, unknown 1: 2 + 1 or 1 + 2, nothing more to hide
    assert [c.key for c in b(BreakdownKey.IDEOLOGY).cells][-1] == "unknown"
    assert shown(s, BreakdownKey.IDEOLOGY) == ["3", "<3", "0", "0", "0", "0", "<3"]
    # police 2 (organisation), education 2 (CLB and "School (leerkracht)"), other 1, not given 1
    sectors = dict(
        zip([c.key for c in b(BreakdownKey.REFERRER_SECTOR).cells], shown(s, BreakdownKey.REFERRER_SECTOR), strict=True)
    )
    assert sectors == {
        "police": "<3",
        "prevention": "0",
        "social_welfare": "0",
        "justice": "0",
        "welfare": "0",
        "education": "<3",
        "mental_health": "0",
        "youth": "0",
        "municipality": "0",
        "other": "<3",
        "unknown": "<3",
    }
    # one case in each of six age bands: every count 1, so 25-34 (0) is hidden too
    assert dict(zip([c.key for c in b(BreakdownKey.AGE_BAND).cells], shown(s, BreakdownKey.AGE_BAND), strict=True)) == {
        "under_12": "<3",
        "12_17": "<3",
        "18_24": "<3",
        "25_34": "<3",
        "35_plus": "<3",
        "minor_unknown": "<3",
        "unknown": "<3",
    }
    # follow-up 3, escalated 1, screening 1, registered 1: hiding the 3 is not enough (3+1+1+1 = 6), so
    # the first zero is hidden too and every "<3" may be 0, 1 or 2
    assert shown(s, BreakdownKey.STATUS) == ["<3", "<3", "≥3", "<3", "<3", "0"]
    # latest decisions: start 3 (B's latest), escalate 1, none 2
    outcome = dict(zip([c.key for c in b(BreakdownKey.OUTCOME).cells], shown(s, BreakdownKey.OUTCOME), strict=True))
    assert outcome == {
        "start_follow_up": "3",
        "continue_follow_up": "0",
        "refer_and_close": "0",
        "escalate": "<3",
        "close": "0",
        "gather_information": "0",
        "scale_down": "0",
        "none": "<3",
    }
    # first decisions after 31, 14, 30 and 29 days
    d = s.days_to_decision
    assert (d.cases.text, d.mean, d.median) == ("4", 26.0, 29.5)
    # actions agreed in 2026: PZ 3, PREV 1 (the 2025 one is out); open: PZ 2, PREV 1; overdue PZ 1, PREV 1
    orgs = [c.name for c in b(BreakdownKey.ACTIONS_AGREED).cells]
    assert orgs == ["CLB Testdorp", "OCMW Testdorp", "Politiezone Testdorp", "Preventiedienst Testdorp"]
    assert shown(s, BreakdownKey.ACTIONS_AGREED) == ["<3", "0", "≥3", "<3"]  # 3 + 1 = 4: a zero hidden too
    assert b(BreakdownKey.ACTIONS_AGREED).total.text == "4"
    assert shown(s, BreakdownKey.ACTIONS_OPEN) == ["0", "0", "<3", "<3"]
    assert b(BreakdownKey.ACTIONS_OPEN).total.text == "3"
    assert shown(s, BreakdownKey.ACTIONS_OVERDUE) == ["<3", "0", "<3", "<3"]  # two 1s in a total "<3"
    assert b(BreakdownKey.ACTIONS_OVERDUE).total.text == "<3"


def test_other_periods(small_cell: ServiceContext) -> None:
    y2025 = stats_service.compute(small_cell, Period.year(2025))
    assert y2025.referrals.text == "<3"
    assert shown(y2025, BreakdownKey.OUTCOME)[4] == "<3"  # closed (decided in 2026, as of today)
    assert y2025.days_to_decision.too_few and y2025.days_to_decision.mean is None
    half = stats_service.compute(small_cell, Period(date(2025, 12, 1), date(2026, 6, 30)))
    assert half.referrals.text == "5"
    assert [c.key for c in half.breakdown(BreakdownKey.QUARTER).cells] == ["2025-Q4", "2026-Q1", "2026-Q2"]
    assert stats_service.available_years(small_cell) == [2026, 2025]


def test_averages_over_fewer_than_three_cases_are_not_given(ctx: ServiceContext) -> None:
    s = stats_service.compute(ctx)
    assert s.referrals.text == "0" and s.days_to_decision.mean is None and s.days_to_decision.cases.text == "0"
    assert all(c.count.text == "0" for b in s.breakdowns for c in b.cells)


def test_every_role_may_see_statistics(small_cell: ServiceContext) -> None:
    reader = replace(small_cell, role=Role.READ_ONLY)
    assert stats_service.compute(reader).referrals.text == "6"


# -- the demo data, checked against an independent count ------------------------------------------

DEMO_TODAY = date(2026, 11, 21)


@pytest.fixture
def demo_vault(vault: Vault) -> ServiceContext:
    ctx = demo.demo_context(vault, today=DEMO_TODAY)
    demo.populate(ctx)
    return ctx


def _raw_counts(ctx: ServiceContext, period: Period) -> dict[BreakdownKey, Counter[str]]:
    """The same numbers computed another way: ORM objects, plain Python, no helper of the service."""
    raw: dict[BreakdownKey, Counter[str]] = {k: Counter() for k in BreakdownKey}
    today = ctx.today()
    with ctx.vault.session() as s:
        for case in s.scalars(select(models.Case)):
            if case.advice_only or not period.start <= case.registration_date <= period.end:
                continue  # an advice request is not a case
            reg = case.registration_date
            raw[BreakdownKey.QUARTER][f"{reg.year}-Q{(reg.month + 2) // 3}"] += 1
            raw[BreakdownKey.PHENOMENON][case.phenomenon.value if case.phenomenon else "unknown"] += 1
            raw[BreakdownKey.IDEOLOGY][case.ideology.value if case.ideology else "unknown"] += 1
            org = case.referrer_organisation
            raw[BreakdownKey.REFERRER_SECTOR][org.sector.value if org else case.referrer_sector or "unknown"] += 1
            if case.birth_date is None:
                band = "minor_unknown" if case.is_minor else "unknown"
            else:
                years = (reg - case.birth_date).days // 365.2425
                band = (
                    "under_12"
                    if years < 12
                    else "12_17"
                    if years < 18
                    else "18_24"
                    if years < 25
                    else "25_34"
                    if years < 35
                    else "35_plus"
                )
            raw[BreakdownKey.AGE_BAND][band] += 1
            raw[BreakdownKey.STATUS][stats_service.status_shown(case.status, case.escalated_to).value] += 1
            made = sorted(
                s.scalars(select(models.Decision).where(models.Decision.case_id == case.id)),
                key=lambda dd: (dd.decided_at, dd.id),
            )
            raw[BreakdownKey.OUTCOME][made[-1].decision_type.value if made else "none"] += 1
        for action in s.scalars(select(models.Action)):
            if not period.start <= action.created_at.date() <= period.end:
                continue
            name = s.get_one(models.Organisation, action.owner_organisation_id).name
            raw[BreakdownKey.ACTIONS_AGREED][name] += 1
            if action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS):
                raw[BreakdownKey.ACTIONS_OPEN][name] += 1
                if action.deadline < today:
                    raw[BreakdownKey.ACTIONS_OVERDUE][name] += 1
    return raw


def _check_against(s: Statistics, raw: dict[BreakdownKey, Counter[str]]) -> None:
    for b in s.breakdowns:
        counts = raw[b.key]
        seen = 0
        for cell in b.cells:
            n = counts[cell.name or cell.key]
            seen += n
            if 0 < n < 3:
                assert cell.count.text == "<3", (b.key, cell.key)
            elif cell.count.kind is CountKind.MASKED:
                assert n >= 3, (b.key, cell.key)
            elif cell.count.kind is CountKind.SMALL:
                assert n == 0, (b.key, cell.key)  # a zero hidden to protect the others
            else:
                assert cell.count.value == n, (b.key, cell.key)
        assert seen == sum(counts.values()), b.key  # no category left out
        assert b.total.text == Count.of(seen).text


def test_demo_numbers_match_an_independent_count(demo_vault: ServiceContext) -> None:
    for period in (Period.year(2026), Period.year(2025), Period.year(2024), Period(date(2025, 3, 1), DEMO_TODAY)):
        s = stats_service.compute(demo_vault, period)
        raw = _raw_counts(demo_vault, period)
        _check_against(s, raw)
        assert s.referrals == Count.of(sum(raw[BreakdownKey.STATUS].values()))


def test_demo_numbers_2026(demo_vault: ServiceContext) -> None:
    """The demo's 2026: its registrations counted from the demo's own case list (days before today),
    without its advice request (counted apart: a registered radicalism case of the fourth quarter)."""
    s = stats_service.compute(demo_vault)
    advice = {days for days, intake in demo_practice.INTAKES.items() if intake.advice_only}
    assert len(advice) == 1
    registered = [DEMO_TODAY.toordinal() - spec.days_ago for spec in demo.CASES if spec.days_ago not in advice]
    in_2026 = [date.fromordinal(d) for d in registered if date.fromordinal(d).year == 2026]
    assert s.referrals.text == str(len(in_2026)) == "18"
    per_quarter = Counter(f"2026-Q{(d.month + 2) // 3}" for d in in_2026)
    assert shown(s, BreakdownKey.QUARTER) == [Count.of(per_quarter[k]).text for k in Period.year(2026).quarter_keys()]
    assert shown(s, BreakdownKey.QUARTER) == ["3", "4", "6", "5"]
    assert shown(s, BreakdownKey.PHENOMENON) == ["11", "7", "0", "0"]
    assert shown(s, BreakdownKey.STATUS) == ["<3", "4", "6", "<3", "3", "<3"]
    # first decisions of the seven 2026 cases discussed at the three past meetings
    with demo_vault.vault.session() as sess:
        delays = []
        for case in sess.scalars(select(models.Case).where(models.Case.registration_date >= date(2026, 1, 1))):
            first = sess.scalars(
                select(models.Decision).where(models.Decision.case_id == case.id).order_by(models.Decision.decided_at)
            ).first()
            if first is not None:
                delays.append((first.decided_at.date() - case.registration_date).days)
    assert len(delays) == 7
    d = s.days_to_decision
    assert d.cases.text == "7"
    assert d.mean == round(sum(delays) / 7, 1) == 96.1
    assert d.median == sorted(delays)[3] == 21.0
    assert s.breakdown(BreakdownKey.ACTIONS_AGREED).total.text == "26"
    assert s.breakdown(BreakdownKey.ACTIONS_OPEN).total.text == "10"
    assert s.breakdown(BreakdownKey.ACTIONS_OVERDUE).total.text == "8"


# -- exports --------------------------------------------------------------------------------------


def _identities(ctx: ServiceContext) -> list[str]:
    """Every case code, pseudonym and name in the vault, and every member's name."""
    with ctx.vault.session() as s:
        found = []
        for case in s.scalars(select(models.Case)):
            found += [case.code, case.pseudonym, case.first_name, case.last_name]
        found += [m.name for m in s.scalars(select(models.Member))]
    return [f for f in found if f]


def _assert_anonymous(text: str, identities: list[str]) -> None:
    for value in identities:
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text), value
    assert not re.search(r"LIVC-\d{4}-\d{3}", text)


def _export_events(ctx: ServiceContext) -> list[dict[str, object]]:
    with ctx.vault.session() as s:
        rows = s.scalars(
            select(models.AuditEvent).where(
                models.AuditEvent.action == "export", models.AuditEvent.entity == "statistics"
            )
        )
        return [json.loads(r.detail) for r in rows]


def test_csv_export(demo_vault: ServiceContext, tmp_path: Path) -> None:
    s = stats_service.compute(demo_vault)
    path = tmp_path / "statistiek-2026.csv"
    data = stats_service.export(demo_vault, s, ExportFormat.CSV, path)
    assert path.read_bytes() == data and data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and not list(tmp_path.glob("*.tmp"))
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Statistiek LIVC-R — geen persoonsgegevens"]
    assert ["Periode", "01/01/2026", "31/12/2026"] in rows and ["Stand op", "21/11/2026"] in rows
    assert ["Cel", demo.DEMO_CELL_NAME] in rows
    assert ["Aanmeldingen per kwartaal", "K3 2026", "6"] in rows
    assert ["Huidige status", "opgeschaald", "<3"] in rows
    assert ["Ideologie", "Totaal", "18"] in rows  # without the advice request
    assert ["Tijd van aanmelding tot eerste beslissing", "Gemiddeld (dagen)", "96,1"] in rows  # decimal comma
    assert ["Acties per organisatie: over tijd", "Totaal", "8"] in rows
    for row in rows:
        for value in row:
            assert value not in ("1", "2"), row  # no small count anywhere
    _assert_anonymous(text, _identities(demo_vault))
    events = _export_events(demo_vault)
    assert len(events) == 1 and events[0]["format"] == "csv" and events[0]["start"] == "2026-01-01"
    with demo_vault.vault.session() as sess:
        assert audit.verify_chain(sess).ok


def test_pdf_export_in_the_cells_language(demo_vault: ServiceContext, tmp_path: Path) -> None:
    settings_service.set(demo_vault, "language", "fr")
    s = stats_service.compute(demo_vault)
    path = tmp_path / "statistiques.pdf"
    data = stats_service.export(demo_vault, s, ExportFormat.PDF, path)
    assert data.startswith(b"%PDF") and path.read_bytes() == data
    reader = PdfReader(io.BytesIO(data))
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) >= 2
    for i, page in enumerate(pages, start=1):
        assert "Statistiques CSIL-R — pas de données personnelles" in page
        assert f"page {i} sur {len(pages)}" in page
    text = "\n".join(pages)
    assert "Statistiques 2026" in text and "Signalements par trimestre" in text and "T3 2026" in text
    assert "extrême droite" in text and "<3" in text and "96,1" in text
    assert "Confidentiel" not in text  # anonymous numbers: not the minutes' confidentiality banner
    _assert_anonymous(text, _identities(demo_vault))
    assert stats_service.render(demo_vault, s, ExportFormat.PDF) == data  # reproducible
    assert [e["format"] for e in _export_events(demo_vault)] == ["pdf"]


def test_pdf_with_logo_and_secondary_suppression(small_cell: ServiceContext, tmp_path: Path) -> None:
    from tests.unit.test_settings import png

    settings_service.set(small_cell, "logo", png(40, 20))
    s = stats_service.compute(small_cell)
    data = stats_service.export(small_cell, s, ExportFormat.PDF, tmp_path / "s.pdf")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages[0].images) == 1  # the logo, on the first page
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "≥3" in text
    _assert_anonymous(text, _identities(small_cell))
    csv_text = stats_service.render(small_cell, s, ExportFormat.CSV).decode("utf-8-sig")
    assert "Fenomeen;radicalisme;≥3" in csv_text and "Fenomeen;extremisme;<3" in csv_text
    _assert_anonymous(csv_text, _identities(small_cell))


def test_nothing_personal_in_the_result(small_cell: ServiceContext) -> None:
    s = stats_service.compute(small_cell)
    _assert_anonymous(repr(s), _identities(small_cell))
    assert "1980" not in repr(s) and "2010-05-01" not in repr(s)  # no birth date either
