"""PDFs of the documents that leave the cell: the feedback form to the police and the letter to the
signal giver. Built from plain data that holds only what the document may show (the services decide
that); nothing here reads the vault. Every page carries the confidentiality banner and "page X of Y".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from livcr_desktop.domain.feedback_form_rows import form_rows
from livcr_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from livcr_desktop.reports.outgoing_texts import text


@dataclass(frozen=True, slots=True)
class FeedbackFormDocument:
    language: str
    cell_name: str
    municipality: str
    police_reference: str
    follows_up: bool
    direction: str
    contact_point: str
    form_date: date | None


@dataclass(frozen=True, slots=True)
class LetterDocument:
    language: str
    cell_name: str
    municipality: str
    recipient_name: str  # the signal giver's contact person
    recipient_contact: str  # the address or e-mail the signal giver gave
    registered: date  # the date of the signal
    statement: str  # a domain.outgoing.LetterStatement value
    letter_date: date


def _belgian(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _canvas_class(language: str) -> type[Canvas]:
    class _Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            for key, value in (("initialFontName", FONT), ("initialFontSize", 10), ("initialLeading", 13)):
                if kwargs.get(key) is None:
                    kwargs[key] = value
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                width, height = A4
                self.saveState()
                self.setFillColor(colors.HexColor("#a00000"))
                self.setFont(FONT_BOLD, 8.5)
                self.drawCentredString(width / 2, height - 10 * mm, text(language, "banner"))
                self.setFillColor(colors.black)
                self.setFont(FONT, 8.5)
                self.drawCentredString(width / 2, 10 * mm, text(language, "page", page=number, pages=total))
                self.restoreState()
                super().showPage()
            super().save()

    return _Numbered


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=10),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, spaceAfter=2),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#444444")),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _build(story: list[Any], language: str, title: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm
    )
    doc.title = title
    doc.build(story, canvasmaker=_canvas_class(language))
    return buffer.getvalue()


def _sender(cell_name: str, municipality: str) -> str:
    return cell_name + (f" — {municipality}" if municipality else "")


def render_feedback_form(d: FeedbackFormDocument) -> bytes:
    s, lang = _styles(), d.language
    story: list[Any] = [
        _p(_sender(d.cell_name, d.municipality), s["small"]),
        _p(text(lang, "form_title"), s["title"]),
    ]
    for label, value in form_rows(
        d,
        lambda field: text(lang, f"form_{field}"),
        lambda yes: text(lang, "form_yes" if yes else "form_no"),
        _belgian,
    ):
        story += [_p(label, s["label"]), _p(value or "—", s["body"])]
    story += [Spacer(1, 8 * mm), _p(text(lang, "form_agreed"), s["small"]), _p(text(lang, "form_secrecy"), s["small"])]
    return _build(story, lang, text(lang, "form_title"))


def render_letter(d: LetterDocument) -> bytes:
    s, lang = _styles(), d.language
    story: list[Any] = [
        _p(_sender(d.cell_name, d.municipality), s["small"]),
        Spacer(1, 6 * mm),
        _p(text(lang, "letter_to", name=d.recipient_name), s["body"]),
        _p(d.recipient_contact, s["body"]),
        Spacer(1, 6 * mm),
        _p(_belgian(d.letter_date), s["body"]),
        _p(text(lang, "letter_title"), s["title"]),
        _p(text(lang, "letter_salutation", name=d.recipient_name), s["body"]),
    ]
    story += [_p(line, s["body"]) for line in letter_lines(d)]
    story += [
        Spacer(1, 6 * mm),
        _p(text(lang, "letter_closing"), s["body"]),
        _p(text(lang, "letter_signature", cell=d.cell_name), s["body"]),
    ]
    return _build(story, lang, text(lang, "letter_title"))


def letter_lines(d: LetterDocument) -> list[str]:
    """The statements of the letter (also what the feedback log records)."""
    lang = d.language
    return [
        text(lang, "letter_received", date=_belgian(d.registered)),
        text(lang, f"letter_{d.statement}"),
        text(lang, "letter_limits"),
        text(lang, "letter_contact"),
    ]
