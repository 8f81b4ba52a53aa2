"""Minutes as PDF (reportlab platypus): the full minutes, the action list for one organisation, an addendum.

Every page carries the confidentiality banner and "page X of Y" (and "ONTWERP" on a draft). Output
is reproducible (reportlab's ``invariant`` mode): the same data gives the same bytes. The signature
block's boxes are measured while the last page is laid out and returned, so signing can put its
visible fields exactly on them.

Any text the application accepts prints: rows split across pages, columns fit their codes and
dates, words break only at the hyphenation points of the document's language (or, longer than a
column, wherever they must), and a layout failure is a :class:`MinutesRenderError` with a message
for the user instead of reportlab's ``LayoutError``.
"""

from __future__ import annotations

import importlib
import io
import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from livcr_desktop.domain.feedback_form_rows import FormField, form_rows
from livcr_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from livcr_desktop.reports.glyphs import markup
from livcr_desktop.reports.layout import (
    PADDING,
    Column,
    Measure,
    column_widths,
    fold,
    keep_headings,
    measure,
    table,
)
from livcr_desktop.reports.minutes_canvas import MARGIN, NumberedCanvas, SignatureBlock
from livcr_desktop.reports.model import (
    ActionLine,
    AgendaLine,
    CaseSection,
    MinutesData,
    MinutesRenderError,
    RenderedPdf,
    SignatureBox,
    Variant,
)
from livcr_desktop.reports.texts import code, text

FRAME_WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's padding, 6 points each side
_PYPHEN_LANGUAGES = {"nl": "nl_NL", "fr": "fr_FR", "en": "en_GB"}
# To move to reports/texts.py as "present_for_case" (the lead's file).
Part = tuple[str, ParagraphStyle]  # one paragraph of a table cell
Cell = list[Part]


@cache
def _hyphenator(language: str) -> Callable[[str], Iterable[tuple[str, str]]] | str:
    """The language's hyphenation points (pyphen), or "" (no hyphenation) when pyphen is missing."""
    try:
        pyphen = importlib.import_module("pyphen")
    except ImportError:
        return ""
    iterate: Callable[[str], Iterable[tuple[str, str]]] = pyphen.Pyphen(
        lang=_PYPHEN_LANGUAGES.get(language, "nl_NL")
    ).iterate
    return iterate


def _styles(language: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9.5,
        leading=12.5,
        hyphenationLang=_hyphenator(language),
        embeddedHyphenation=2,  # a word that does not fit moves to the next line and is hyphenated there
        uriWasteReduce=0.3,
    )
    heading = {"parent": base, "fontName": FONT_BOLD, "hyphenationLang": ""}
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", **heading, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2", **heading, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, textColor=colors.HexColor("#1f3b5a")
        ),
        "h3": ParagraphStyle("h3", **heading, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        "item": ParagraphStyle("item", **heading, fontSize=10, leading=13, spaceBefore=8, spaceAfter=2),
        "agenda": ParagraphStyle("agenda", parent=base, leftIndent=7 * mm, bulletIndent=0, spaceAfter=1.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#333333")),
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


def _p(value: str, style: ParagraphStyle, width: float = FRAME_WIDTH, cut: bool = True, **kwargs: Any) -> Paragraph:
    """A paragraph of plain text in ``width`` points: words wider than that cut to fit (unless the caller
    measured that none is: ``cut=False``), every character in a font that has it."""
    if cut:
        inner = width - style.leftIndent - style.rightIndent - 2 * (style.borderPadding if style.borderWidth else 0)
        hyphenate = style.hyphenationLang if callable(style.hyphenationLang) else None
        value = fold(value, style.fontName, style.fontSize, inner - 1, hyphenate)
    return Paragraph(markup(value, bold=style.fontName == FONT_BOLD), style, **kwargs)


def _heading(value: str, style: ParagraphStyle) -> Paragraph:
    """A heading: kept on its page with the start of what follows (see ``layout.keep_headings``)."""
    paragraph = _p(value, style)
    paragraph.keep_with_next = True
    return paragraph


def _date(value: str) -> str:
    """Belgian day/month/year in every language of the cell."""
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def _name(value: str) -> str:
    """A person's name on one line: its parts joined by no-break spaces."""
    return re.sub(r" +", "\u00a0", value.strip())


def _logo(data: bytes) -> Flowable:
    """The cell's logo, at most 18 mm high and 60 mm wide, left-aligned."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(60 * mm / width, 18 * mm / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


class _Builder:
    def __init__(self, data: MinutesData) -> None:
        self.d = data
        self.lang = data.language
        self.s = _styles(data.language)
        self.width = FRAME_WIDTH

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def domain(self, key: str) -> str:
        """A life domain's name: the cell's own label for its own domains, else the standard one."""
        return self.d.domain_labels.get(key) or code(self.lang, key)

    def grid(self, rows: list[list[Cell]], columns: list[Column], header: bool = True) -> Flowable:
        """A table of paragraphs; its columns sized to their content (``layout.column_widths``)."""

        hyphenate = _hyphenator(self.lang)
        splits = hyphenate if callable(hyphenate) else None
        parts = [
            [
                [measure(v, style.fontName, style.fontSize, splits if header and n == 0 else None) for v, style in cell]
                for cell in row
            ]
            for n, row in enumerate(rows)
        ]

        def size(cell: list[Measure]) -> Measure:
            cell = cell or [Measure(0, 0)]
            return Measure(max(m.word for m in cell), max(m.line for m in cell), max(m.piece for m in cell))

        measured = [[size(cell) for cell in row] for row in parts]
        head = measured[0] if header else [Measure(0, 0)] * len(columns)
        widths = column_widths(columns, head, measured[1:] if header else measured, self.width)

        def paragraph(value: str, style: ParagraphStyle, width: float, size: Measure) -> Paragraph:
            """Hyphenated only where a word is wider than its column: other words move to the next line."""
            inner = width - 2 * PADDING
            if size.word <= inner:
                return _p(value, self.unhyphenated(style), inner, cut=False)
            if "\u00a0" in value:  # a name wider than its column: it wraps between its parts after all
                value = value.replace("\u00a0", " ")
            return _p(value, style, inner)

        cells = [
            [
                [paragraph(v, style, width, m) for (v, style), m in zip(cell, sizes, strict=True)]
                for cell, sizes, width in zip(row, row_parts, widths, strict=True)
            ]
            for row, row_parts in zip(rows, parts, strict=True)
        ]
        return table(cells, widths, header=header)

    def unhyphenated(self, style: ParagraphStyle) -> ParagraphStyle:
        name = f"{style.name}-whole"
        if name not in self.s:
            self.s[name] = ParagraphStyle(name, parent=style, hyphenationLang="")
        return self.s[name]

    def header_row(self, *keys: str) -> list[Cell]:
        return [[(self.t(k), self.s["cellb"])] for k in keys]

    def cell(self, value: str) -> Cell:
        return [(value, self.s["cell"])]

    def header(self, title: str) -> list[Flowable]:
        d, s = self.d, self.s
        out: list[Flowable] = [_logo(d.logo)] if d.logo else []
        out += [_p(" — ".join(x for x in (d.municipality, d.cell_name) if x), s["small"]), _p(title, s["title"])]
        label, value = s["cellb"], s["cell"]
        pairs = [
            ("meeting", f"{code(self.lang, d.meeting_kind)} {d.meeting_number}", "date", _date(d.meeting_date)),
            ("time", f"{d.start_time}–{d.end_time}" if d.end_time else d.start_time, "place", d.place),
            ("chair", d.chair, "secretary", d.secretary),
        ]
        rows = [[[(self.t(a), label)], [(x, value)], [(self.t(b), label)], [(y, value)]] for a, x, b, y in pairs]
        columns = [Column(fit=True), Column(), Column(fit=True), Column()]
        return [*out, self.grid(rows, columns, header=False), Spacer(1, 4 * mm)]

    def agenda(self) -> list[Flowable]:
        if not self.d.agenda:
            return []
        out: list[Flowable] = [_heading(self.t("agenda"), self.s["h2"])]
        for line in self.d.agenda:
            out.append(_p(self.agenda_text(line), self.s["agenda"], bulletText=f"{line.number}."))
        return out

    def agenda_text(self, line: AgendaLine) -> str:
        if line.kind == "action_review":
            return self.t("review")
        if not line.case_code:
            return line.title
        kind = code(self.lang, line.kind) if line.kind in ("case_review", "new_referral") else ""
        return self.case_title(line.case_code, line.pseudonym, "") + (f" ({kind})" if kind else "")

    def case_title(self, case_code: str, pseudonym: str, identity: str) -> str:
        return " — ".join(x for x in (f"{self.t('case')} {case_code}", pseudonym, identity) if x)

    def attendance(self) -> list[Flowable]:
        s = self.s
        rows = [self.header_row("organisation", "name", "role", "status", "for_case", "acknowledged")]
        for a in self.d.attendees:
            values = (
                a.organisation,
                _name(a.name),
                a.role,
                code(self.lang, a.status),
                a.for_case or (self.t("whole_meeting") if a.status == "present" else ""),  # not for the excused
                a.acknowledged_at,
            )
            rows.append([self.cell(v) for v in values])
        columns = [Column(), Column(cap=0.3, hard=True), Column(), Column(), Column(hard=True), Column(fit=True)]
        return [
            _heading(self.t("attendance"), s["h2"]),
            _p(self.t("reminder"), s["notice"]),
            self.grid(rows, columns),
        ]

    def actions_table(self, actions: tuple[ActionLine, ...], with_case: bool) -> Flowable:
        s = self.s
        if not actions:
            return _p(self.t("no_actions"), s["body"])
        keys = (["case"] if with_case else []) + ["action", "owner", "responsible", "deadline", "status"]
        rows = [self.header_row(*keys)]
        for a in actions:
            action: Cell = [(a.description, s["cell"])]
            if a.note:
                action.append((self.t("follow_up_note", note=a.note), s["note"]))
            cells = [action, self.cell(a.owner), self.cell(_name(a.responsible))]
            cells += [self.cell(_date(a.deadline)), self.cell(code(self.lang, a.status))]
            rows.append(([self.cell(a.case_code)] if with_case else []) + cells)
        columns = [Column(), Column(fit=True, cap=0.2), Column(cap=0.3, hard=True), Column(fit=True), Column()]
        return self.grid(rows, ([Column(fit=True, cap=0.32)] if with_case else []) + columns)

    def review(self, number: int) -> list[Flowable]:
        title = (f"{number}. " if number else "") + self.t("review")
        actions = self.d.reviewed_actions
        body = self.actions_table(actions, with_case=True) if actions else _p(self.t("no_review"), self.s["body"])
        return [_heading(title, self.s["h2"]), body]

    def case(self, c: CaseSection) -> list[Flowable]:
        s = self.s
        title = (f"{c.number}. " if c.number else "") + self.case_title(c.code, c.pseudonym, c.identity)
        if not c.discussed:
            return [_p(f"{title} — {self.t('not_discussed')}", s["item"])]
        out: list[Flowable] = [_heading(title, s["h2"])]
        if c.present:
            label = self.t("present_for_case")
            out.append(_p(f"{label}: {', '.join(_name(p) for p in c.present)}", s["body"]))
        if c.qualification:
            out.append(_heading(f"{self.t('qualification')}: {code(self.lang, c.qualification)}", s["h3"]))
        if c.summary:
            out += [_heading(self.t("assessment"), s["h3"]), _p(c.summary, s["body"])]
        out += self.contributions(c)
        if any(dl.concern_level is not None for dl in c.domains):
            rows = [self.header_row("domain", "level", "risk", "protective")]
            for dl in c.domains:
                if dl.concern_level is None:
                    continue
                prev = "" if dl.previous_level is None else f" ({self.t('previous')}: {dl.previous_level})"
                values = (self.domain(dl.domain), f"{dl.concern_level}{prev}", dl.risk_factors, dl.protective_factors)
                rows.append([self.cell(v) for v in values])
            columns = [Column(cap=0.3), Column(fit=True, cap=0.2), Column(), Column()]
            out += [_heading(self.t("domains"), s["h3"]), self.grid(rows, columns)]
        if c.decision_type:
            out.append(_heading(f"{self.t('decision')}: {code(self.lang, c.decision_type)}", s["h3"]))
            for key, value in (
                ("reasons", c.decision_reasons),
                ("expectations", c.decision_expectations),
                ("referral", c.referral_target),
                ("escalation", c.escalation_target),
                ("next_review", _date(c.next_review)),
            ):
                if value:
                    out.append(_p(f"{self.t(key)}: {value}", s["body"]))
        out += [_heading(self.t("action_plan"), s["h3"]), self.actions_table(c.actions, with_case=False)]
        out += self.feedback_form(c)
        return out

    def feedback_form(self, c: CaseSection) -> list[Flowable]:
        """That the form to the police was agreed (GwH 52/2021); its text only if the cell chose so."""
        f, s = c.feedback_form, self.s
        if f is None:
            return []
        out: list[Flowable] = [_heading(self.t("feedback_form"), s["h3"])]
        out.append(
            _p(
                self.t("feedback_form_agreed", at=f.agreed_at) if f.agreed_at else self.t("feedback_form_pending"),
                s["body"],
            )
        )
        if f.produced_at:
            out.append(_p(self.t("feedback_form_produced", at=f.produced_at), s["body"]))
        if f.with_text:
            for label, value in form_rows(
                f,
                lambda field: "" if field is FormField.FOLLOWS_UP else self.t(f"feedback_form_{field}"),
                lambda yes: self.t("feedback_form_follows" if yes else "feedback_form_not_follows"),
                _date,
            ):
                if value:  # the sentence on following up stands alone; an empty field is left out
                    out.append(_p(f"{label}: {value}" if label else value, s["body"]))
        return out

    def contributions(self, c: CaseSection) -> list[Flowable]:
        s = self.s
        if not (c.contributions or c.withheld_contributions or c.declined):
            return []
        out: list[Flowable] = [_heading(self.t("contributions"), s["h3"])]
        if c.contributions:
            rows = [self.header_row("organisation", "domain", "contribution")]
            for line in c.contributions:
                rows.append([self.cell(line.organisation), self.cell(self.domain(line.domain)), self.cell(line.text)])
            out.append(self.grid(rows, [Column(fit=True, cap=0.2), Column(cap=0.28), Column()]))
        if c.withheld_contributions:
            out.append(_p(self.t("withheld", n=c.withheld_contributions), s["small"]))
        if c.declined:
            out.append(_p(self.t("declined", orgs=", ".join(c.declined)), s["small"]))
        return out

    def closing(self, sink: list[SignatureBox]) -> list[Flowable]:
        """Closing, "drawn up at ... on ...", the signatories and their boxes: one block, never split."""
        s, d = self.s, self.d
        next_meeting = _date(d.next_meeting) or self.t("not_set")
        signatures = SignatureBlock(
            [("voorzitter", self.t("sign_chair"), d.chair), ("secretaris", self.t("sign_secretary"), d.secretary)],
            sink,
        )
        block: list[Flowable] = [
            _p(self.t("closing"), s["h2"]),
            _p(f"{self.t('next_meeting')}: {next_meeting}", s["body"]),
            Spacer(1, 3 * mm),
            _p(self.t("drawn_up", place=d.municipality or d.place, date=_date(d.meeting_date)), s["body"]),
            _p(self.t("signatories", cell=d.cell_name), s["body"]),
            Spacer(1, 4 * mm),
            signatures,
            Spacer(1, 3 * mm),
            _p(self.t("signature_note"), s["small"]),
        ]
        return [KeepTogether(block)]

    def full(self, sink: list[SignatureBox]) -> list[Flowable]:
        d = self.d
        out = self.header(self.t("title_full")) + self.agenda() + self.attendance()
        by_number = {c.number: c for c in d.cases if c.number}
        printed: set[int] = set()
        review_printed = False
        for line in d.agenda:
            if line.kind == "action_review" and not review_printed:
                out += self.review(line.number)
                review_printed = True
            elif line.number in by_number and line.number not in printed:
                out += self.case(by_number[line.number])
                printed.add(line.number)
        if not review_printed:
            out += self.review(0)
        for c in d.cases:
            if c.number not in printed:
                out += self.case(c)
        return out + self.closing(sink)

    def story(self, sink: list[SignatureBox]) -> list[Flowable]:
        d, s = self.d, self.s
        v = d.variant
        if v is Variant.FULL:
            return self.full(sink)
        if v is Variant.ACTIONS:
            actions = tuple(a for c in d.cases for a in c.actions)
            head = self.header(self.t("title_actions", organisation=d.organisation))
            return [*head, self.actions_table(actions, with_case=True)]
        out = self.header(self.t("title_addendum"))
        out += [
            _p(self.t("addendum_intro", number=d.meeting_number), s["body"]),
            Spacer(1, 3 * mm),
            _p(d.addendum_text, s["body"]),
        ]
        return out + self.closing(sink)


def render(data: MinutesData) -> RenderedPdf:
    """Lay the document out; a layout failure is a :class:`MinutesRenderError` in the document's language."""
    register_fonts()
    buffer = io.BytesIO()
    sink: list[SignatureBox] = []
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        # the document's own title, in its language (a reader's window and file list show it)
        title=f"{text(data.language, f'title_{data.variant.value}', organisation=data.organisation)} "
        f"{data.meeting_number} — {data.cell_name}",
        author=data.cell_name,
        subject=text(data.language, "banner"),
        creator="LIVC-R Desktop",
        invariant=True,
    )

    class Canvas_(NumberedCanvas):
        language = data.language
        draft = data.draft

    try:
        doc.build(keep_headings(_Builder(data).story(sink)), canvasmaker=Canvas_)
    except Exception as exc:  # reportlab's LayoutError, or anything else it raises on odd input
        raise MinutesRenderError(text(data.language, "render_failed"), f"{type(exc).__name__}: {exc}") from exc
    pdf = buffer.getvalue()
    pages = sum(1 for _ in _page_marks(pdf))
    return RenderedPdf(pdf, pages, tuple(sink))


def _page_marks(pdf: bytes) -> list[int]:
    return [m.start() for m in re.finditer(rb"/Type /Page\b(?!s)", pdf)]
