"""Issue 16, point 4: "advice only" requests are kept apart and counted apart — not among the
referrals, phenomena or outcomes of the statistics and the annual report, but as a number of their
own (small numbers shown as "<3" like every count about people)."""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Phenomenon
from livcr_desktop.reports.statistics_model import Period
from livcr_desktop.services import annual_report, cases, statistics
from livcr_desktop.services.context import ServiceContext
from tests.helpers.recorded_meeting import raw_text


def _case(ctx: ServiceContext, n: int, advice: bool) -> int:
    draft = CaseDraft(code=f"LIVC-2026-{n:03d}", registration_date=date(2026, 3, n), phenomenon=Phenomenon.RADICALISM)
    return cases.create_case(ctx, draft, CaseIntake(advice_only=advice))


def test_advice_requests_are_counted_apart(ctx: ServiceContext) -> None:
    for n in range(1, 5):
        _case(ctx, n, advice=False)
    for n in range(5, 9):
        _case(ctx, n, advice=True)
    stats = statistics.compute(ctx, Period.year(2026))
    assert stats.referrals.value == 4 and stats.advice_requests.value == 4
    report = annual_report.annual_report(ctx, 2026)
    assert report.referrals.value == 4 and report.advice_requests.value == 4

    pdf = " ".join(raw_text(statistics.render(ctx, stats, statistics.ExportFormat.PDF)).split())
    assert "Adviesvragen (geen casus) 4" in pdf
    csv = statistics.render(ctx, stats, statistics.ExportFormat.CSV).decode("utf-8-sig")
    assert "Adviesvragen (geen casus);4" in csv
    annual = " ".join(raw_text(annual_report.render(ctx, report, annual_report.ExportFormat.PDF)).split())
    assert "Adviesvragen (geen casus) 4" in annual
    annual_csv = annual_report.render(ctx, report, annual_report.ExportFormat.CSV).decode("utf-8-sig")
    assert "Adviesvragen (geen casus);4" in annual_csv


def test_one_or_two_advice_requests_show_as_fewer_than_three(ctx: ServiceContext) -> None:
    for n in range(1, 4):
        _case(ctx, n, advice=False)
    _case(ctx, 4, advice=True)
    assert statistics.compute(ctx, Period.year(2026)).advice_requests.text == "<3"
    assert annual_report.annual_report(ctx, 2026).advice_requests.text == "<3"
