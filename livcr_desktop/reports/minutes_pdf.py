"""Minutes and their variants as PDF (reportlab platypus).

Every page carries the confidentiality banner and "page X of Y". Output is reproducible
(reportlab's ``invariant`` mode): the same data gives the same bytes. The signature block's
boxes are measured while the last page is laid out and returned, so signing can put its visible
fields exactly on them.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from livcr_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from livcr_desktop.reports.model import (
    ActionLine,
    CaseSection,
    MinutesData,
    RenderedPdf,
    SignatureBox,
    Variant,
)
from livcr_desktop.reports.texts import code, text

MARGIN = 18 * mm
SIGNATURE_SIZE = (80 * mm, 32 * mm)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor("#1f3b5a"),
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2
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
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _date(value: str, language: str) -> str:
    """Belgian day/month/year in every language of the cell."""
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


class _NumberedCanvas(Canvas):
    """Canvas that knows the page count at the end: draws banner and "page X of Y" on each page."""

    language = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = A4
        self.saveState()
        self.setFillColor(colors.HexColor("#8b0000"))
        self.setFont(FONT_BOLD, 8.5)
        self.drawCentredString(width / 2, height - 10 * mm, text(self.language, "banner"))
        self.setStrokeColor(colors.HexColor("#8b0000"))
        self.setLineWidth(0.6)
        self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
        self.setFillColor(colors.black)
        self.setFont(FONT, 8)
        self.drawCentredString(width / 2, 9 * mm, text(self.language, "banner"))
        self.drawRightString(width - MARGIN, 9 * mm, text(self.language, "page", page=self._pageNumber, pages=total))
        self.restoreState()


class _SignatureFlowable(Flowable):
    """Two empty boxes for the chair and the secretary; records where they land on the page."""

    def __init__(self, labels: list[tuple[str, str, str]], sink: list[SignatureBox]) -> None:
        super().__init__()
        self.labels = labels  # (field name, caption, person)
        self.sink = sink
        self.width = A4[0] - 2 * MARGIN
        self.height = SIGNATURE_SIZE[1] + 14 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = SIGNATURE_SIZE
        gap = self.width - 2 * w
        for i, (name, caption, person) in enumerate(self.labels):
            x = i * (w + gap)
            c.setFont(FONT_BOLD, 9)
            c.drawString(x, self.height - 4 * mm, caption)
            c.setFont(FONT, 9)
            c.drawString(x, self.height - 8.5 * mm, person)
            c.setStrokeColor(colors.HexColor("#666666"))
            c.rect(x, 0, w, h)
            ax, ay = c.absolutePosition(x, 0)
            page_index = c.getPageNumber() - 1
            self.sink.append(SignatureBox(name, page_index, (int(ax), int(ay), int(ax + w), int(ay + h))))


def _logo(data: bytes) -> Flowable:
    """The cell's logo, at most 18 mm high and 60 mm wide, left-aligned."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(60 * mm / width, 18 * mm / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")))
    t.setStyle(TableStyle(style))
    return t


class _Builder:
    def __init__(self, data: MinutesData) -> None:
        self.d = data
        self.lang = data.language
        self.s = _styles()
        self.width = A4[0] - 2 * MARGIN

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def domain(self, key: str) -> str:
        """A life domain's name: the cell's own label for its own domains, else the standard one."""
        return self.d.domain_labels.get(key) or code(self.lang, key)

    def header(self, title: str) -> list[Flowable]:
        d, s = self.d, self.s
        out: list[Flowable] = []
        if d.logo:
            out.append(_logo(d.logo))
        out += [
            _p(f"{d.municipality} — {d.cell_name}", s["small"]),
            _p(title, s["title"]),
        ]
        rows = [
            [
                _p(self.t("meeting"), s["cellb"]),
                _p(f"{code(self.lang, d.meeting_kind)} {d.meeting_number}", s["cell"]),
                _p(self.t("date"), s["cellb"]),
                _p(_date(d.meeting_date, self.lang), s["cell"]),
            ],
            [
                _p(self.t("time"), s["cellb"]),
                _p(f"{d.start_time}–{d.end_time}" if d.end_time else d.start_time, s["cell"]),
                _p(self.t("place"), s["cellb"]),
                _p(d.place, s["cell"]),
            ],
            [
                _p(self.t("chair"), s["cellb"]),
                _p(d.chair, s["cell"]),
                _p(self.t("secretary"), s["cellb"]),
                _p(d.secretary, s["cell"]),
            ],
        ]
        w = self.width
        out.append(_table(rows, [w * 0.15, w * 0.35, w * 0.15, w * 0.35], header=False))
        out.append(Spacer(1, 4 * mm))
        return out

    def attendance(self) -> list[Flowable]:
        s = self.s
        rows: list[list[Any]] = [
            [_p(self.t(k), s["cellb"]) for k in ("organisation", "name", "role", "status", "for_case", "acknowledged")]
        ]
        for a in self.d.attendees:
            rows.append(
                [
                    _p(a.organisation, s["cell"]),
                    _p(a.name, s["cell"]),
                    _p(a.role, s["cell"]),
                    _p(code(self.lang, a.status), s["cell"]),
                    _p(a.for_case or self.t("whole_meeting"), s["cell"]),
                    _p(a.acknowledged_at, s["cell"]),
                ]
            )
        w = self.width
        return [
            _p(self.t("attendance"), s["h2"]),
            _p(self.t("reminder"), s["notice"]),
            _table(rows, [w * 0.19, w * 0.19, w * 0.16, w * 0.16, w * 0.14, w * 0.16]),
        ]

    def actions_table(self, actions: tuple[ActionLine, ...], with_case: bool) -> Flowable:
        s = self.s
        keys = (["case"] if with_case else []) + ["action", "owner", "responsible", "deadline", "status"]
        rows: list[list[Any]] = [[_p(self.t(k), s["cellb"]) for k in keys]]
        for a in actions:
            cells = ([a.case_code] if with_case else []) + [
                a.description,
                a.owner,
                a.responsible,
                _date(a.deadline, self.lang),
                code(self.lang, a.status),
            ]
            rows.append([_p(c, s["cell"]) for c in cells])
        w = self.width
        widths = ([w * 0.13] if with_case else []) + [
            w * (0.33 if with_case else 0.44),
            w * 0.12,
            w * 0.16,
            w * 0.13,
            w * 0.13,
        ]
        if len(rows) == 1:
            return _p(self.t("no_actions"), s["body"])
        return _table(rows, widths)

    def case(self, c: CaseSection, full: bool) -> list[Flowable]:
        s = self.s
        title = f"{self.t('case')} {c.code}" + (f" — {c.pseudonym}" if c.pseudonym else "")
        if c.identity:
            title += f" — {c.identity}"
        out: list[Flowable] = [_p(title, s["h2"])]
        if c.qualification:
            out.append(_p(f"{self.t('qualification')}: {code(self.lang, c.qualification)}", s["h3"]))
        if c.summary:
            out += [_p(self.t("assessment"), s["h3"]), _p(c.summary, s["body"])]
        if full or c.contributions:
            out.append(_p(self.t("contributions"), s["h3"]))
            rows: list[list[Any]] = [[_p(self.t(k), s["cellb"]) for k in ("organisation", "domain", "contributions")]]
            for line in c.contributions:
                rows.append(
                    [
                        _p(line.organisation, s["cell"]),
                        _p(self.domain(line.domain), s["cell"]),
                        _p(line.text, s["cell"]),
                    ]
                )
            if len(rows) > 1:
                w = self.width
                out.append(_table(rows, [w * 0.14, w * 0.26, w * 0.6]))
            if c.withheld_contributions:
                out.append(_p(self.t("withheld", n=c.withheld_contributions), s["small"]))
            if c.declined:
                out.append(_p(self.t("declined", orgs=", ".join(c.declined)), s["small"]))
        if full and any(dl.concern_level is not None for dl in c.domains):
            rows = [[_p(self.t(k), s["cellb"]) for k in ("domain", "level", "risk", "protective")]]
            for dl in c.domains:
                if dl.concern_level is None:
                    continue
                prev = "" if dl.previous_level is None else f" ({self.t('previous')}: {dl.previous_level})"
                rows.append(
                    [
                        _p(self.domain(dl.domain), s["cell"]),
                        _p(f"{dl.concern_level}{prev}", s["cell"]),
                        _p(dl.risk_factors, s["cell"]),
                        _p(dl.protective_factors, s["cell"]),
                    ]
                )
            w = self.width
            out += [_p(self.t("domains"), s["h3"]), _table(rows, [w * 0.26, w * 0.14, w * 0.3, w * 0.3])]
        if c.decision_type:
            out.append(_p(f"{self.t('decision')}: {code(self.lang, c.decision_type)}", s["h3"]))
            for key, value in (
                ("reasons", c.decision_reasons),
                ("expectations", c.decision_expectations),
                ("referral", c.referral_target),
                ("escalation", c.escalation_target),
                ("next_review", _date(c.next_review, self.lang)),
            ):
                if value:
                    out.append(_p(f"{self.t(key)}: {value}", s["body"]))
        out += [_p(self.t("action_plan"), s["h3"]), self.actions_table(c.actions, with_case=False)]
        return out

    def closing(self, sink: list[SignatureBox]) -> list[Flowable]:
        s, d = self.s, self.d
        next_meeting = _date(d.next_meeting, self.lang) or self.t("not_set")
        return [
            PageBreak(),
            _p(self.t("closing"), s["h2"]),
            _p(f"{self.t('next_meeting')}: {next_meeting}", s["body"]),
            Spacer(1, 10 * mm),
            KeepTogether(
                [
                    _SignatureFlowable(
                        [
                            ("voorzitter", self.t("sign_chair"), d.chair),
                            ("secretaris", self.t("sign_secretary"), d.secretary),
                        ],
                        sink,
                    )
                ]
            ),
            Spacer(1, 4 * mm),
            _p(self.t("signature_note"), s["small"]),
        ]

    def story(self, sink: list[SignatureBox]) -> list[Flowable]:
        d = self.d
        v = d.variant
        if v is Variant.FULL:
            out = self.header(self.t("title_full")) + self.attendance()
            out.append(_p(self.t("review"), self.s["h2"]))
            out.append(
                self.actions_table(d.reviewed_actions, with_case=True)
                if d.reviewed_actions
                else _p(self.t("no_review"), self.s["body"])
            )
            for c in d.cases:
                out += self.case(c, full=True)
            return out + self.closing(sink)
        if v is Variant.ACTIONS:
            actions = tuple(a for c in d.cases for a in c.actions)
            head = self.header(self.t("title_actions", organisation=d.organisation))
            return [*head, self.actions_table(actions, with_case=True)]
        if v is Variant.FEEDBACK:
            out = self.header(self.t("title_feedback"))
            out.append(_p(self.t("feedback_note"), self.s["notice"]))
            if d.consensus_at:
                out.append(_p(self.t("consensus", at=d.consensus_at), self.s["body"]))
            for c in d.cases:
                out += self.case(c, full=False)
            return out
        if v is Variant.REFERRER_LETTER:
            out = self.header(self.t("title_referrer_letter"))
            for c in d.cases:
                out.append(_p(f"{self.t('case')} {c.code}", self.s["h3"]))
                out.append(
                    _p(
                        self.t(
                            "letter_intro",
                            registered=_date(d.extra.get("registered", ""), self.lang),
                            date=_date(d.meeting_date, self.lang),
                        ),
                        self.s["body"],
                    )
                )
                if c.decision_type:
                    out.append(_p(self.t("letter_followup", decision=code(self.lang, c.decision_type)), self.s["body"]))
                out.append(_p(self.t("letter_limits"), self.s["body"]))
                out.append(_p(self.t("letter_contact"), self.s["body"]))
            return out
        out = self.header(self.t("title_addendum"))
        out += [
            _p(self.t("addendum_intro", number=d.meeting_number), self.s["body"]),
            Spacer(1, 3 * mm),
            _p(d.addendum_text, self.s["body"]),
        ]
        return out + self.closing(sink)


def render(data: MinutesData) -> RenderedPdf:
    register_fonts()
    buffer = io.BytesIO()
    builder = _Builder(data)
    sink: list[SignatureBox] = []
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{data.cell_name} {data.meeting_number} — {data.variant.value}",
        author=data.cell_name,
        subject=text(data.language, "banner"),
        creator="LIVC-R Desktop",
        invariant=True,
    )

    class Canvas_(_NumberedCanvas):
        language = data.language

    doc.build(builder.story(sink), canvasmaker=Canvas_)
    pdf = buffer.getvalue()
    pages = sum(1 for _ in _page_marks(pdf))
    return RenderedPdf(pdf, pages, tuple(sink))


def _page_marks(pdf: bytes) -> list[int]:
    import re

    return [m.start() for m in re.finditer(rb"/Type /Page\b(?!s)", pdf)]
