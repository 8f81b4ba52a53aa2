"""The annual report as PDF (reportlab platypus) and as CSV, in the cell's language.

Made from an :class:`~livcr_desktop.reports.annual_report_model.AnnualReport`, which holds aggregate
numbers only, small case counts already replaced by "<3" (or "≥3"). The look is the statistics'
(:mod:`livcr_desktop.reports.statistics_pdf`: the same styles, tables, hatched bars for hidden counts,
embedded fonts, reproducible output); its wording is in :mod:`livcr_desktop.reports.texts` (keys
``annual_*``) and, for what both reports say, in ``statistics_pdf``. The footer carries the date the
report was made. The CSV is the statistics' kind (``;``, UTF-8 with a byte order mark, dd/mm/yyyy, a
decimal comma): one row per number, ``section;key;value``.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Spacer

from livcr_desktop.reports import statistics_pdf as sp
from livcr_desktop.reports import texts
from livcr_desktop.reports.annual_report_model import (
    MUNICIPALITY_PREFIX,
    NO_DECISION,
    TABLE_KEYS,
    UNKNOWN,
    AnnualReport,
    CaseTable,
    TableKey,
)
from livcr_desktop.reports.statistics_pdf import Header, belgian_date, number, paragraph, safe_cell, styles, table

__all__ = ["Header", "attendance_share", "cell_label", "render_csv", "render_pdf", "table_title", "text"]


def text(language: str, key: str, **values: object) -> str:
    """An ``annual_*`` wording from reports/texts.py, or a shared one from the statistics' table."""
    if key.startswith("annual_"):
        return texts.text(language if language in texts.LANGUAGES else "nl", key, **values)
    return sp.text(language, key, **values)


def table_title(language: str, report: AnnualReport, key: TableKey) -> str:
    return text(language, f"annual_{key.value}", date=belgian_date(report.as_of))


def cell_label(language: str, key: TableKey, cell_key: str, name: str = "") -> str:
    """The printed name of a category: municipalities by name, codes in the cell's language."""
    if name or cell_key.startswith(MUNICIPALITY_PREFIX):
        return name or cell_key.removeprefix(MUNICIPALITY_PREFIX)
    if cell_key == UNKNOWN:
        return sp.text(language, "unknown")
    if cell_key == NO_DECISION:
        return sp.text(language, "none")
    if key is TableKey.OUTCOME and cell_key not in sp.LABELS["nl"]:  # a decision type
        return texts.code(language, cell_key)
    return sp.LABELS.get(language, sp.LABELS["nl"]).get(cell_key, cell_key)


def attendance_share(language: str, present: int, expected: int) -> str:
    """ "75 %" ("75%" in English); "—" when the organisation was expected nowhere."""
    if not expected:
        return "—"
    percent = number(language, round(100 * present / expected, 1))
    return f"{percent}%" if language == "en" else f"{percent}\u00a0%"


def delay_rows(language: str, report: AnnualReport) -> list[tuple[str, str]]:
    d = report.delay
    rows = [(text(language, "annual_delay_cases"), d.cases.text)]
    if d.median is None or d.maximum is None:
        return [*rows, (text(language, "annual_delay_median"), text(language, "too_few"))]
    return [
        *rows,
        (text(language, "annual_delay_median"), number(language, d.median)),
        (text(language, "annual_delay_max"), str(d.maximum)),
    ]


# -- CSV ------------------------------------------------------------------------------------------


def render_csv(report: AnnualReport, header: Header) -> bytes:
    lang = header.language
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def row(section: str, key: str, value: str) -> None:
        writer.writerow([safe_cell(section), safe_cell(key), safe_cell(value)])

    row(text(lang, "section"), text(lang, "category"), text(lang, "annual_value"))
    title = text(lang, "annual_banner")
    row(title, text(lang, "cell"), header.cell_name)
    if header.municipality:
        row(title, text(lang, "municipality"), header.municipality)
    row(title, text(lang, "annual_year"), str(report.year))
    row(title, text(lang, "annual_as_of"), belgian_date(report.as_of))
    row(title, text(lang, "annual_generated", date="").strip(), belgian_date(report.generated_on))
    row(title, text(lang, "rule"), "")
    section = text(lang, "annual_meetings")
    for m in report.meetings:
        row(section, texts.code(lang, m.kind), str(m.held))
    row(section, text(lang, "total"), str(report.meetings_total))
    section = text(lang, "annual_attendance")
    for a in report.attendance:
        row(section, a.name, f"{a.present}/{a.expected}")
    row(text(lang, "annual_cases"), text(lang, "annual_referrals"), report.referrals.text)
    row(text(lang, "annual_cases"), text(lang, "annual_advice_requests"), report.advice_requests.text)
    for key in TABLE_KEYS:
        t = report.table(key)
        section = table_title(lang, report, key)
        for cell in t.cells:
            row(section, cell_label(lang, key, cell.key, cell.name), cell.count.text)
        row(section, text(lang, "total"), t.total.text)
    for label, value in delay_rows(lang, report):
        row(text(lang, "annual_delay"), label, value)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# -- PDF ------------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, report: AnnualReport, header: Header) -> None:
        self.r = report
        self.h = header
        self.lang = header.language
        self.s = styles()
        self.width = A4[0] - 2 * sp.MARGIN

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def logo(self) -> list[Any]:
        if not self.h.logo:
            return []
        try:
            width, height = ImageReader(io.BytesIO(self.h.logo)).getSize()
        except Exception:  # a damaged image must not stop the report: it is left out
            return []
        box_w = min(60 * mm, 18 * mm * width / max(1, height))
        image = Image(io.BytesIO(self.h.logo), width=box_w, height=box_w * height / max(1, width))
        image.hAlign = "LEFT"
        return [image, Spacer(1, 2 * mm)]

    def head(self) -> list[Any]:
        s, r = self.s, self.r
        place = " — ".join(x for x in (self.h.municipality, self.h.cell_name) if x)
        rows: list[list[Any]] = [
            [paragraph(self.t("key_figures"), s["cellb"]), paragraph("", s["cellb"])],
            [paragraph(self.t("annual_year"), s["cell"]), paragraph(str(r.year), s["cell"])],
            [paragraph(self.t("annual_as_of"), s["cell"]), paragraph(belgian_date(r.as_of), s["cell"])],
            [paragraph(self.t("annual_meetings"), s["cell"]), paragraph(str(r.meetings_total), s["cellb"])],
            [paragraph(self.t("annual_referrals"), s["cell"]), paragraph(r.referrals.text, s["cellb"])],
            [paragraph(self.t("annual_advice_requests"), s["cell"]), paragraph(r.advice_requests.text, s["cellb"])],
        ]
        return [
            *self.logo(),
            paragraph(f"{place} — {self.t('annual_title', year=r.year)}", s["small"]),
            paragraph(self.t("annual_title", year=r.year), s["title"]),
            paragraph(self.t("annual_audience"), s["body"]),
            paragraph(self.t("annual_population", year=r.year, date=belgian_date(r.as_of)), s["body"]),
            paragraph(self.t("rule"), s["notice"]),
            table(rows, [self.width * 0.7, self.width * 0.3], total_row=False),
        ]

    def meetings(self) -> list[Any]:
        s, w = self.s, self.width
        rows: list[list[Any]] = [
            [paragraph(self.t("annual_kind"), s["cellb"]), paragraph(self.t("annual_held"), s["cellb"])]
        ]
        rows += [
            [paragraph(texts.code(self.lang, m.kind), s["cell"]), paragraph(str(m.held), s["cell"])]
            for m in self.r.meetings
        ]
        rows.append([paragraph(self.t("total"), s["cellb"]), paragraph(str(self.r.meetings_total), s["cellb"])])
        return [KeepTogether([paragraph(self.t("annual_meetings"), s["h2"]), table(rows, [w * 0.7, w * 0.3], True)])]

    def attendance(self) -> list[Any]:
        s, w = self.s, self.width
        out: list[Any] = [
            paragraph(self.t("annual_attendance"), s["h2"]),
            paragraph(self.t("annual_attendance_note"), s["small"]),
        ]
        if not self.r.attendance:
            return [KeepTogether([*out, paragraph(self.t("annual_none_held"), s["body"])])]
        heads = ("organisation", "annual_present", "annual_expected", "annual_share")
        rows: list[list[Any]] = [[paragraph(self.t(k), s["cellb"]) for k in heads]]
        for a in self.r.attendance:
            values = (a.name, str(a.present), str(a.expected), attendance_share(self.lang, a.present, a.expected))
            rows.append([paragraph(v, s["cell"]) for v in values])
        return [KeepTogether([*out, table(rows, [w * 0.46, w * 0.18, w * 0.18, w * 0.18], False)])]

    def case_table(self, t: CaseTable) -> list[Any]:
        s, w = self.s, self.width
        scale = max((c.count.value or 0 for c in t.cells), default=0)
        rows: list[list[Any]] = [
            [paragraph(self.t("category"), s["cellb"]), paragraph(self.t("count"), s["cellb"]), ""]
        ]
        for cell in t.cells:
            label = cell_label(self.lang, t.key, cell.key, cell.name)
            rows.append([paragraph(label, s["cell"]), paragraph(cell.count.text, s["cell"]), sp.bar(cell.count, scale)])
        rows.append([paragraph(self.t("total"), s["cellb"]), paragraph(t.total.text, s["cellb"]), ""])
        title = table_title(self.lang, self.r, t.key)
        return [KeepTogether([paragraph(title, s["h2"]), table(rows, [w * 0.45, w * 0.12, w * 0.43], True)])]

    def delay(self) -> list[Any]:
        s, w = self.s, self.width
        rows: list[list[Any]] = [
            [paragraph(self.t("category"), s["cellb"]), paragraph(self.t("annual_value"), s["cellb"])]
        ]
        rows += [
            [paragraph(label, s["cell"]), paragraph(value, s["cell"])] for label, value in delay_rows(self.lang, self.r)
        ]
        return [KeepTogether([paragraph(self.t("annual_delay"), s["h2"]), table(rows, [w * 0.7, w * 0.3], False)])]

    def story(self) -> list[Any]:
        out = self.head() + self.meetings() + self.attendance()
        for key in TABLE_KEYS:
            out += self.case_table(self.r.table(key))
        return out + self.delay()


def render_pdf(report: AnnualReport, header: Header) -> bytes:
    """The PDF bytes, in the statistics' page frame (``statistics_pdf.render_aggregate``)."""
    lang = header.language
    generated = text(lang, "annual_generated", date=belgian_date(report.generated_on))
    return sp.render_aggregate(
        lambda: _Builder(report, header).story(),
        language=lang,
        banner=text(lang, "annual_banner"),
        footer=f"{text(lang, 'annual_title', year=report.year)} · {generated}",
        title=f"{header.cell_name} — {text(lang, 'annual_title', year=report.year)}",
        author=header.cell_name,
    )
