"""The anonymous statistics as PDF (reportlab platypus) and as CSV, in the cell's language.

Both are made from a :class:`~livcr_desktop.reports.statistics_model.Statistics` result, which holds
aggregate numbers only, hidden small counts already replaced by "<3" or "≥3". The PDF carries a
neutral header ("no personal data") rather than the confidentiality banner of the minutes, page
X of Y, the cell's logo when one is set, and is reproducible (reportlab's ``invariant`` mode).
The CSV is for Excel in Belgium: ``;``-separated, UTF-8 with a byte order mark, dates as
dd/mm/yyyy and a decimal comma (French and Dutch).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from livcr_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from livcr_desktop.reports.statistics_model import (
    ACTION_BREAKDOWNS,
    CASE_BREAKDOWNS,
    THRESHOLD,
    Breakdown,
    BreakdownKey,
    Cell,
    Count,
    CountKind,
    Period,
    Statistics,
)
from livcr_desktop.reports.texts import code

MARGIN: Final[float] = 18 * mm
BAR_WIDTH: Final[float] = 70 * mm
BAR_HEIGHT: Final[float] = 3.4 * mm
BAR_COLOR: Final[Any] = colors.HexColor("#2a5d8f")
HIDDEN_COLOR: Final[Any] = colors.HexColor("#8a8a8a")


@dataclass(frozen=True, slots=True)
class Header:
    language: str = "nl"
    cell_name: str = "LIVC-R"
    municipality: str = ""
    logo: bytes = b""


TEXTS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "banner": "Statistiek LIVC-R — geen persoonsgegevens",
        "page": "pagina {page} van {pages}",
        "title": "Statistiek {period}",
        "period": "Periode",
        "as_of": "Stand op",
        "cell": "Cel",
        "municipality": "Gemeente",
        "population": (
            "Dossiers aangemeld in de periode. Status, uitkomst (de laatste beslissing) en openstaande "
            "acties: stand op {date}. Acties: afgesproken in de periode, per organisatie die ze opneemt."
        ),
        "rule": (
            'Enkel aantallen, geen persoonsgegevens. Aantallen van 1 of 2 staan als "<3" zodat niemand '
            "herkenbaar is; waar zo'n aantal anders uit het totaal af te leiden is, is ook een tweede aantal "
            'verborgen ("≥3"). Gemiddelden over minder dan 3 dossiers worden niet gegeven.'
        ),
        "referrals": "Aanmeldingen",
        "advice_requests": "Adviesvragen (geen casus)",
        "section": "Onderdeel",
        "category": "Categorie",
        "count": "Aantal",
        "total": "Totaal",
        "organisation": "Organisatie",
        "actions": "Acties per organisatie",
        "days": "Tijd van aanmelding tot eerste beslissing",
        "days_cases": "Dossiers met een beslissing",
        "days_mean": "Gemiddeld (dagen)",
        "days_median": "Mediaan (dagen)",
        "too_few": "<3 dossiers",
        "key_figures": "Kerncijfers",
        "quarter": "K{q} {year}",
        "unknown": "onbekend",
        "not_given": "niet opgegeven",
        "none": "nog geen beslissing",
        "quarter_title": "Aanmeldingen per kwartaal",
        "phenomenon": "Fenomeen",
        "ideology": "Ideologie",
        "referrer_sector": "Sector van de signaalgever",
        "age_band": "Leeftijd bij aanmelding",
        "status": "Huidige status",
        "outcome": "Uitkomst (laatste beslissing)",
        "actions_agreed": "Afgesproken",
        "actions_open": "Open",
        "actions_overdue": "Over tijd",
    },
    "fr": {
        "banner": "Statistiques CSIL-R — pas de données personnelles",
        "page": "page {page} sur {pages}",
        "title": "Statistiques {period}",
        "period": "Période",
        "as_of": "Situation au",
        "cell": "Cellule",
        "municipality": "Commune",
        "population": (
            "Dossiers signalés pendant la période. Statut, issue (la dernière décision) et actions "
            "ouvertes : situation au {date}. Actions : convenues pendant la période, par organisation "
            "qui les prend en charge."
        ),
        "rule": (
            "Uniquement des nombres, aucune donnée personnelle. Les nombres 1 ou 2 figurent comme « <3 » "
            "afin que personne ne soit identifiable ; lorsqu'un tel nombre pourrait se déduire du total, un "
            "deuxième nombre est masqué (« ≥3 »). Pas de moyenne sur moins de 3 dossiers."
        ),
        "referrals": "Signalements",
        "advice_requests": "Demandes d'avis (pas un cas)",
        "section": "Rubrique",
        "category": "Catégorie",
        "count": "Nombre",
        "total": "Total",
        "organisation": "Organisation",
        "actions": "Actions par organisation",
        "days": "Délai entre le signalement et la première décision",
        "days_cases": "Dossiers avec une décision",
        "days_mean": "Moyenne (jours)",
        "days_median": "Médiane (jours)",
        "too_few": "<3 dossiers",
        "key_figures": "Chiffres clés",
        "quarter": "T{q} {year}",
        "unknown": "inconnu",
        "not_given": "non précisé",
        "none": "pas encore de décision",
        "quarter_title": "Signalements par trimestre",
        "phenomenon": "Phénomène",
        "ideology": "Idéologie",
        "referrer_sector": "Secteur du signalant",
        "age_band": "Âge au signalement",
        "status": "Statut actuel",
        "outcome": "Issue (dernière décision)",
        "actions_agreed": "Convenues",
        "actions_open": "Ouvertes",
        "actions_overdue": "En retard",
    },
    "en": {
        "banner": "LIVC-R statistics — no personal data",
        "page": "page {page} of {pages}",
        "title": "Statistics {period}",
        "period": "Period",
        "as_of": "As of",
        "cell": "Cell",
        "municipality": "Municipality",
        "population": (
            "Cases registered in the period. Status, outcome (the latest decision) and open actions: as "
            "of {date}. Actions: agreed in the period, by the organisation that owns them."
        ),
        "rule": (
            'Numbers only, no personal data. Counts of 1 or 2 are shown as "<3" so that nobody can be '
            "identified; where such a count could be worked out from the total, a second count is hidden "
            'as well ("≥3"). No averages over fewer than 3 cases.'
        ),
        "referrals": "Referrals",
        "advice_requests": "Advice requests (not cases)",
        "section": "Section",
        "category": "Category",
        "count": "Count",
        "total": "Total",
        "organisation": "Organisation",
        "actions": "Actions by organisation",
        "days": "Time from referral to first decision",
        "days_cases": "Cases with a decision",
        "days_mean": "Mean (days)",
        "days_median": "Median (days)",
        "too_few": "<3 cases",
        "key_figures": "Key figures",
        "quarter": "Q{q} {year}",
        "unknown": "unknown",
        "not_given": "not given",
        "none": "no decision yet",
        "quarter_title": "Referrals per quarter",
        "phenomenon": "Phenomenon",
        "ideology": "Ideology",
        "referrer_sector": "Referrer sector",
        "age_band": "Age at referral",
        "status": "Current status",
        "outcome": "Outcome (latest decision)",
        "actions_agreed": "Agreed",
        "actions_open": "Open",
        "actions_overdue": "Overdue",
    },
}

LABELS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "radicalism": "radicalisme",
        "extremism": "extremisme",
        "terrorism": "terrorisme",
        "religious": "religieus geïnspireerd",
        "extreme_right": "extreemrechts",
        "extreme_left": "extreemlinks",
        "anti_government": "anti-overheid",
        "single_issue": "single-issue",
        "unclear": "onduidelijk",
        "registered": "aangemeld",
        "screening": "in screening",
        "follow_up": "in opvolging",
        "escalated": "opgeschaald",
        "referred_closed": "doorverwezen en afgesloten",
        "closed": "afgesloten",
        "police": "politie",
        "prevention": "preventie",
        "social_welfare": "OCMW",
        "justice": "justitiehuis",
        "welfare": "welzijn (CAW)",
        "education": "onderwijs (school, CLB)",
        "mental_health": "geestelijke gezondheid (CGG)",
        "youth": "jeugdwerk",
        "municipality": "gemeente",
        "other": "andere",
        "under_12": "jonger dan 12",
        "12_17": "12–17",
        "18_24": "18–24",
        "25_34": "25–34",
        "35_plus": "35 en ouder",
        "minor_unknown": "minderjarig, leeftijd onbekend",
    },
    "fr": {
        "radicalism": "radicalisme",
        "extremism": "extrémisme",
        "terrorism": "terrorisme",
        "religious": "d'inspiration religieuse",
        "extreme_right": "extrême droite",
        "extreme_left": "extrême gauche",
        "anti_government": "anti-gouvernemental",
        "single_issue": "single-issue",
        "unclear": "indéterminée",
        "registered": "signalé",
        "screening": "en screening",
        "follow_up": "en suivi",
        "escalated": "escaladé",
        "referred_closed": "orienté et clôturé",
        "closed": "clôturé",
        "police": "police",
        "prevention": "prévention",
        "social_welfare": "CPAS",
        "justice": "maison de justice",
        "welfare": "aide sociale (CAP)",
        "education": "enseignement (école, centre PMS)",
        "mental_health": "santé mentale (SSM)",
        "youth": "travail de jeunesse",
        "municipality": "commune",
        "other": "autre",
        "under_12": "moins de 12 ans",
        "12_17": "12–17",
        "18_24": "18–24",
        "25_34": "25–34",
        "35_plus": "35 ans et plus",
        "minor_unknown": "mineur, âge inconnu",
    },
    "en": {
        "radicalism": "radicalism",
        "extremism": "extremism",
        "terrorism": "terrorism",
        "religious": "religiously inspired",
        "extreme_right": "extreme right",
        "extreme_left": "extreme left",
        "anti_government": "anti-government",
        "single_issue": "single issue",
        "unclear": "unclear",
        "registered": "registered",
        "screening": "in screening",
        "follow_up": "in follow-up",
        "escalated": "escalated",
        "referred_closed": "referred and closed",
        "closed": "closed",
        "police": "police",
        "prevention": "prevention",
        "social_welfare": "social welfare (OCMW)",
        "justice": "justice house",
        "welfare": "welfare (CAW)",
        "education": "education (school, CLB)",
        "mental_health": "mental health (CGG)",
        "youth": "youth work",
        "municipality": "municipality",
        "other": "other",
        "under_12": "under 12",
        "12_17": "12–17",
        "18_24": "18–24",
        "25_34": "25–34",
        "35_plus": "35 and over",
        "minor_unknown": "minor, age unknown",
    },
}


def text(language: str, key: str, **values: object) -> str:
    words = TEXTS.get(language, TEXTS["nl"])
    return words[key].format(**values) if values else words[key]


def breakdown_title(language: str, key: BreakdownKey) -> str:
    return text(language, "quarter_title" if key is BreakdownKey.QUARTER else key.value)


def cell_label(language: str, key: BreakdownKey, cell: Cell) -> str:
    """The printed name of a category (organisations by name, codes in the cell's language)."""
    if cell.name:
        return cell.name
    if key is BreakdownKey.QUARTER:
        year, quarter = cell.key.split("-Q")
        return text(language, "quarter", q=quarter, year=year)
    if cell.key == "unknown":
        return text(language, "not_given" if key is BreakdownKey.REFERRER_SECTOR else "unknown")
    if cell.key == "none":
        return text(language, "none")
    if key is BreakdownKey.OUTCOME:
        return code(language, cell.key)
    return LABELS.get(language, LABELS["nl"]).get(cell.key, cell.key)


def belgian_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def period_text(period: Period) -> str:
    if period.is_year:
        return str(period.start.year)
    return f"{belgian_date(period.start)} – {belgian_date(period.end)}"


def number(language: str, value: float) -> str:
    shown = f"{value:.1f}".rstrip("0").rstrip(".")
    return shown if language == "en" else shown.replace(".", ",")


def days_rows(language: str, stats: Statistics) -> list[tuple[str, str]]:
    d = stats.days_to_decision
    if d.mean is None or d.median is None:
        return [(text(language, "days_cases"), d.cases.text), (text(language, "days_mean"), text(language, "too_few"))]
    return [
        (text(language, "days_cases"), d.cases.text),
        (text(language, "days_mean"), number(language, d.mean)),
        (text(language, "days_median"), number(language, d.median)),
    ]


# -- CSV ------------------------------------------------------------------------------------------


# A cell starting with one of these may be read as a formula (or stripped to one) by a spreadsheet:
# the ASCII operators, their full-width forms (Excel and LibreOffice normalise them), and control
# characters. Any leading whitespace (a space, a no-break space, an ideographic space) is escaped too,
# since spreadsheets trim it before they look at the first character.
FORMULA_STARTS: Final = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20\u2212\ufe62\ufe63")


def safe_cell(value: str) -> str:
    """No formula injection when the file is opened in a spreadsheet: a risky first character gets a ``'``."""
    if value and (value[0] in FORMULA_STARTS or value[0].isspace()):
        return "'" + value
    return value


_safe = safe_cell


def render_csv(stats: Statistics, header: Header) -> bytes:
    lang = header.language
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def row(*cells: str) -> None:
        writer.writerow([safe_cell(c) for c in cells])

    row(text(lang, "banner"))
    row(text(lang, "cell"), header.cell_name)
    if header.municipality:
        row(text(lang, "municipality"), header.municipality)
    row(text(lang, "period"), belgian_date(stats.period.start), belgian_date(stats.period.end))
    row(text(lang, "as_of"), belgian_date(stats.as_of))
    row(text(lang, "rule"))
    row()
    row(text(lang, "section"), text(lang, "category"), text(lang, "count"))
    row(text(lang, "key_figures"), text(lang, "referrals"), stats.referrals.text)
    row(text(lang, "key_figures"), text(lang, "advice_requests"), stats.advice_requests.text)
    for b in stats.breakdowns:
        title = (
            breakdown_title(lang, b.key)
            if b.key in CASE_BREAKDOWNS
            else f"{text(lang, 'actions')}: {text(lang, b.key.value).lower()}"
        )
        for cell in b.cells:
            row(title, cell_label(lang, b.key, cell), cell.count.text)
        row(title, text(lang, "total"), b.total.text)
    for label, value in days_rows(lang, stats):
        row(text(lang, "days"), label, value)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# -- PDF ------------------------------------------------------------------------------------------


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the anonymous reports, by name (body, small, title, h2, cell, cellb, notice)."""
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            textColor=colors.HexColor("#1f3b5a"),
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "notice": ParagraphStyle(
            "notice",
            parent=base,
            fontSize=8.5,
            leading=11,
            borderColor=colors.HexColor("#999"),
            borderWidth=0.5,
            borderPadding=4,
            backColor=colors.HexColor("#f3f3f3"),
            spaceBefore=4,
            spaceAfter=8,
        ),
    }


def paragraph(value: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: markup characters escaped, line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _hatch(drawing: Drawing, x0: float, x1: float, height: float) -> None:
    """Diagonal lines filling the box [x0, x1] × [0, height]."""
    step = 1.6 * mm
    k = x0 - height
    while k < x1:
        sx, sy = (x0, x0 - k) if k < x0 else (k, 0.0)
        ex, ey = (x1, x1 - k) if k + height > x1 else (k + height, height)
        drawing.add(Line(sx, sy, ex, ey, strokeColor=HIDDEN_COLOR, strokeWidth=0.5))
        k += step


def bar(count: Count, scale_max: int) -> Drawing:
    """One bar; a hidden count is hatched (no exact length: "<3" up to 2, "≥3" up to 3) with its label."""
    drawing = Drawing(BAR_WIDTH, BAR_HEIGHT, initialFontName=FONT, initialFontSize=7)  # not Helvetica: never embedded
    unit = (BAR_WIDTH - 9 * mm) / max(scale_max, THRESHOLD)
    if count.value is not None:
        if count.value:
            drawing.add(Rect(0, 0, count.value * unit, BAR_HEIGHT, fillColor=BAR_COLOR, strokeColor=None))
        return drawing
    width = (THRESHOLD if count.kind is CountKind.MASKED else THRESHOLD - 1) * unit
    drawing.add(
        Rect(
            0,
            0,
            width,
            BAR_HEIGHT,
            fillColor=colors.white,
            strokeColor=HIDDEN_COLOR,
            strokeWidth=0.5,
            strokeDashArray=[1.5, 1],
        )
    )
    _hatch(drawing, 0, width, BAR_HEIGHT)
    drawing.add(String(width + 1.2 * mm, 0.7 * mm, count.text, fontName=FONT, fontSize=7, fillColor=HIDDEN_COLOR))
    return drawing


def table(rows: list[list[Any]], widths: list[float], total_row: bool) -> Table:
    """A grid with a shaded heading row (repeated on each page) and, if ``total_row``, a shaded last row."""
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # reportlab's default is Helvetica, which is never embedded
    ]
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
    t.setStyle(TableStyle(style))
    return t


class _Builder:
    def __init__(self, stats: Statistics, header: Header) -> None:
        self.stats = stats
        self.h = header
        self.lang = header.language
        self.s = styles()
        self.width = A4[0] - 2 * MARGIN

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def logo(self) -> list[Any]:
        if not self.h.logo:
            return []
        try:
            width, height = ImageReader(io.BytesIO(self.h.logo)).getSize()
        except Exception:  # a damaged image must not stop the report: it is left out
            return []
        box_h = 18 * mm
        box_w = min(60 * mm, box_h * width / max(1, height))
        image = Image(io.BytesIO(self.h.logo), width=box_w, height=box_w * height / max(1, width))
        image.hAlign = "LEFT"
        return [image, Spacer(1, 2 * mm)]

    def head(self) -> list[Any]:
        s, st = self.s, self.stats
        place = " — ".join(x for x in (self.h.municipality, self.h.cell_name) if x)
        out = [
            *self.logo(),
            paragraph(place, s["small"]),
            paragraph(self.t("title", period=period_text(st.period)), s["title"]),
            paragraph(self.t("population", date=belgian_date(st.as_of)), s["body"]),
            paragraph(self.t("rule"), s["notice"]),
        ]
        rows: list[list[Any]] = [
            [paragraph(self.t("key_figures"), s["cellb"]), paragraph("", s["cellb"])],
            [paragraph(self.t("period"), s["cell"]), paragraph(period_text(st.period), s["cell"])],
            [paragraph(self.t("referrals"), s["cell"]), paragraph(st.referrals.text, s["cellb"])],
            [paragraph(self.t("advice_requests"), s["cell"]), paragraph(st.advice_requests.text, s["cellb"])],
        ]
        rows += [
            [paragraph(f"{self.t('days')}: {label.lower()}", s["cell"]), paragraph(value, s["cellb"])]
            for label, value in days_rows(self.lang, st)
        ]
        out.append(table(rows, [self.width * 0.7, self.width * 0.3], total_row=False))
        return out

    def breakdown(self, b: Breakdown) -> list[Any]:
        s = self.s
        scale = max((c.count.value or 0 for c in b.cells), default=0)
        rows: list[list[Any]] = [
            [paragraph(self.t("category"), s["cellb"]), paragraph(self.t("count"), s["cellb"]), ""]
        ]
        for cell in b.cells:
            rows.append(
                [
                    paragraph(cell_label(self.lang, b.key, cell), s["cell"]),
                    paragraph(cell.count.text, s["cell"]),
                    bar(cell.count, scale),
                ]
            )
        rows.append([paragraph(self.t("total"), s["cellb"]), paragraph(b.total.text, s["cellb"]), ""])
        w = self.width
        return [
            KeepTogether(
                [
                    paragraph(breakdown_title(self.lang, b.key), s["h2"]),
                    table(rows, [w * 0.45, w * 0.12, w * 0.43], total_row=True),
                ]
            )
        ]

    def actions(self) -> list[Any]:
        s = self.s
        parts = [self.stats.breakdown(k) for k in ACTION_BREAKDOWNS]
        rows: list[list[Any]] = [
            [
                paragraph(self.t("organisation"), s["cellb"]),
                *(paragraph(self.t(k.value), s["cellb"]) for k in ACTION_BREAKDOWNS),
            ]
        ]
        for i, cell in enumerate(parts[0].cells):
            rows.append(
                [
                    paragraph(cell_label(self.lang, parts[0].key, cell), s["cell"]),
                    *(paragraph(p.cells[i].count.text, s["cell"]) for p in parts),
                ]
            )
        rows.append([paragraph(self.t("total"), s["cellb"]), *(paragraph(p.total.text, s["cellb"]) for p in parts)])
        w = self.width
        return [
            KeepTogether(
                [
                    paragraph(self.t("actions"), s["h2"]),
                    table(rows, [w * 0.46, w * 0.18, w * 0.18, w * 0.18], total_row=True),
                ]
            )
        ]

    def story(self) -> list[Any]:
        out = self.head()
        for key in CASE_BREAKDOWNS:
            out += self.breakdown(self.stats.breakdown(key))
        return out + self.actions()


def render_aggregate(
    story: Callable[[], list[Any]], *, language: str, banner: str, footer: str, title: str, author: str
) -> bytes:
    """An aggregate document (the statistics, the annual report): the banner on top of every page,
    ``footer`` and "page X of Y" at the bottom, fonts embedded. Laid out twice: the first pass
    counts the pages. ``story`` makes fresh flowables for each pass."""
    register_fonts()
    pages = 0
    pdf = b""
    for _pass in range(2):
        buffer = io.BytesIO()
        seen = [0]
        total = pages

        def decorate(canvas: Any, _doc: Any, seen: list[int] = seen, total: int = total) -> None:
            seen[0] = canvas.getPageNumber()
            width, height = A4
            canvas.saveState()
            canvas.setFillColor(colors.HexColor("#1f3b5a"))
            canvas.setFont(FONT_BOLD, 8.5)
            canvas.drawCentredString(width / 2, height - 10 * mm, banner)
            canvas.setStrokeColor(colors.HexColor("#1f3b5a"))
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, 8)
            canvas.drawString(MARGIN, 9 * mm, footer)
            canvas.drawRightString(width - MARGIN, 9 * mm, text(language, "page", page=seen[0], pages=total or "?"))
            canvas.restoreState()

        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=16 * mm,
            bottomMargin=16 * mm,
            title=title,
            author=author,
            subject=banner,
            creator="LIVC-R Desktop",
            invariant=True,
            initialFontName=FONT,  # reportlab's default, Helvetica, would be named on every page and never embedded
            initialFontSize=9.5,
        )
        doc.build(story(), onFirstPage=decorate, onLaterPages=decorate)
        pdf, pages = buffer.getvalue(), seen[0]
    return pdf


def render_pdf(stats: Statistics, header: Header) -> bytes:
    """The PDF bytes (laid out twice: the first pass counts the pages for "page X of Y")."""
    lang = header.language
    return render_aggregate(
        lambda: _Builder(stats, header).story(),
        language=lang,
        banner=text(lang, "banner"),
        footer=text(lang, "banner"),
        title=f"{header.cell_name} — {text(lang, 'title', period=period_text(stats.period))}",
        author=header.cell_name,
    )
