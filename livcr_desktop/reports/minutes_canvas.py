"""What every page of the minutes carries (banner, "page X of Y", the draft mark) and the signature block.

The canvas starts in the document font, so no page refers to a font that is not embedded (reportlab's
default initial font is Helvetica, which a page's preamble would name even if no text used it).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from livcr_desktop.reports.fonts import FONT, FONT_BOLD
from livcr_desktop.reports.glyphs import markup
from livcr_desktop.reports.layout import fold
from livcr_desktop.reports.model import SignatureBox
from livcr_desktop.reports.texts import text

MARGIN = 18 * mm
SIGNATURE_SIZE = (80 * mm, 32 * mm)
BANNER_RED = colors.HexColor("#8b0000")


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Canvas that knows the page count at the end: draws banner, "page X of Y" and the draft mark."""

    language = "nl"
    draft = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        for key, value in (("initialFontName", FONT), ("initialFontSize", 9.5), ("initialLeading", 12.5)):
            if kwargs.get(key) is None:  # the document template passes None: reportlab's Helvetica then
                kwargs[key] = value
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
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
        self.setFillColor(BANNER_RED)
        self.setFont(FONT_BOLD, 8.5)
        self.drawCentredString(width / 2, height - 10 * mm, text(self.language, "banner"))
        self.setStrokeColor(BANNER_RED)
        self.setLineWidth(0.6)
        self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
        self.setFillColor(colors.black)
        self.setFont(FONT, 8)
        self.drawCentredString(width / 2, 9 * mm, text(self.language, "banner"))
        self.drawRightString(width - MARGIN, 9 * mm, text(self.language, "page", page=self._pageNumber, pages=total))
        if self.draft:
            self._draft_mark(width, height)
        self.restoreState()

    def _draft_mark(self, width: float, height: float) -> None:
        """The mark (ONTWERP, PROJET, DRAFT) across the page, light enough to read what is under it."""
        mark = text(self.language, "draft")
        self.setFillColor(BANNER_RED)
        self.setFont(FONT_BOLD, 9)
        self.drawString(MARGIN, 9 * mm, mark)
        self.saveState()
        self.setFillColor(colors.Color(0.55, 0.0, 0.0, alpha=0.12))
        self.setFont(FONT_BOLD, 110)
        self.translate(width / 2, height / 2)
        self.rotate(55)
        self.drawCentredString(0, -38, mark)
        self.restoreState()


class SignatureBlock(Flowable):  # type: ignore[misc]
    """An empty box for the chair and one for the secretary, each under its caption and the person's name.

    Records where the boxes land (page index, PDF points) so signing puts its visible fields on them.
    """

    def __init__(self, labels: list[tuple[str, str, str]], sink: list[SignatureBox]) -> None:
        super().__init__()
        self.labels = labels  # (field name, caption, person)
        self.sink = sink
        self.caption = ParagraphStyle("sigcaption", fontName=FONT_BOLD, fontSize=9, leading=11.5)
        self.person = ParagraphStyle("sigperson", fontName=FONT, fontSize=9, leading=11.5)
        self.width = self.height = 0.0
        self._texts: list[tuple[Paragraph, Paragraph]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        w, h = SIGNATURE_SIZE
        self.width = available_width
        self._texts = [
            (
                Paragraph(markup(fold(caption, FONT_BOLD, 9, w - 1), bold=True), self.caption),
                Paragraph(markup(fold(person, FONT, 9, w - 1)), self.person),
            )
            for _name, caption, person in self.labels
        ]
        above = 0.0
        for caption, person in self._texts:
            above = max(above, caption.wrap(w, 1e6)[1] + person.wrap(w, 1e6)[1])
        self.height = h + above + 3 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = SIGNATURE_SIZE
        gap = self.width - 2 * w
        for i, ((name, _caption, _person), (caption, person)) in enumerate(zip(self.labels, self._texts, strict=True)):
            x = i * (w + gap)
            top = self.height
            top -= caption.height
            caption.drawOn(c, x, top)
            top -= person.height
            person.drawOn(c, x, top)
            c.setStrokeColor(colors.HexColor("#666666"))
            c.setLineWidth(0.8)
            c.rect(x, 0, w, h)
            ax, ay = c.absolutePosition(x, 0)
            page_index = c.getPageNumber() - 1
            self.sink.append(SignatureBox(name, page_index, (int(ax), int(ay), int(ax + w), int(ay + h))))
