"""How the statistics window names things: breakdowns, categories, numbers and the time to a decision.

The screen follows the user's language (the exported files use the cell's document language and
``reports.statistics_pdf``'s own texts).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from livcr_desktop.domain.enums import CaseStatus, DecisionType, Ideology, OrganisationSector, Phenomenon
from livcr_desktop.services import statistics
from livcr_desktop.services.statistics import BreakdownKey, Cell, Statistics
from livcr_desktop.views.widgets import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsView", text)


def breakdown_title(key: BreakdownKey) -> str:
    return {
        BreakdownKey.QUARTER: _t("Aanmeldingen per kwartaal"),
        BreakdownKey.PHENOMENON: _t("Fenomeen"),
        BreakdownKey.IDEOLOGY: _t("Ideologie"),
        BreakdownKey.REFERRER_SECTOR: _t("Sector van de signaalgever"),
        BreakdownKey.AGE_BAND: _t("Leeftijd bij aanmelding"),
        BreakdownKey.STATUS: _t("Huidige status"),
        BreakdownKey.OUTCOME: _t("Uitkomst (laatste beslissing)"),
        BreakdownKey.ACTIONS_AGREED: _t("Acties afgesproken"),
        BreakdownKey.ACTIONS_OPEN: _t("Acties open"),
        BreakdownKey.ACTIONS_OVERDUE: _t("Acties over tijd"),
    }[key]


def series_name(key: BreakdownKey) -> str:
    return {
        BreakdownKey.ACTIONS_AGREED: _t("afgesproken"),
        BreakdownKey.ACTIONS_OPEN: _t("open"),
        BreakdownKey.ACTIONS_OVERDUE: _t("over tijd"),
    }[key]


def _age_label(key: str) -> str:
    return {
        "under_12": _t("jonger dan 12"),
        "12_17": _t("12–17"),
        "18_24": _t("18–24"),
        "25_34": _t("25–34"),
        "35_plus": _t("35 en ouder"),
        "minor_unknown": _t("minderjarig, leeftijd onbekend"),
        "unknown": _t("onbekend"),
    }[key]


def cell_label(key: BreakdownKey, cell: Cell) -> str:
    """A category's name on screen: organisations by name, codes through the views' labels."""
    if cell.name:
        return cell.name
    if key is BreakdownKey.QUARTER:
        year, quarter = cell.key.split("-Q")
        return _t("K{q} {year}").format(q=quarter, year=year)
    if key is BreakdownKey.AGE_BAND:
        return _age_label(cell.key)
    if cell.key == statistics.UNKNOWN:
        return _t("niet opgegeven") if key is BreakdownKey.REFERRER_SECTOR else _t("onbekend")
    if cell.key == statistics.NO_DECISION:
        return _t("nog geen beslissing")
    match key:
        case BreakdownKey.PHENOMENON:
            return labels.phenomenon(Phenomenon(cell.key))
        case BreakdownKey.IDEOLOGY:
            return labels.ideology(Ideology(cell.key))
        case BreakdownKey.REFERRER_SECTOR:
            return labels.sector(OrganisationSector(cell.key))
        case BreakdownKey.STATUS:
            return labels.case_status(CaseStatus(cell.key))
        case BreakdownKey.OUTCOME:
            return labels.decision_type(DecisionType(cell.key))
    return cell.key


def belgian_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def decimal(value: float) -> str:
    """One decimal at most, with the decimal sign of the interface language (96,1 / 96.1)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def days_text(stats: Statistics) -> str:
    d = stats.days_to_decision
    if d.mean is None or d.median is None:
        return _t("tijd tot eerste beslissing: <3 dossiers")
    return _t("gemiddeld {mean} dagen tot de eerste beslissing (mediaan {median}; {n} dossiers)").format(
        mean=decimal(d.mean), median=decimal(d.median), n=d.cases.text
    )
