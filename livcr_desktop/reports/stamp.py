"""The visible part of a signature: who signed and when, in the document's own (embedded) font.

pyHanko's text stamp writes in Courier, one of the PDF standard fonts a file names but never embeds,
so ``pdffonts`` would list a font that is not in the file. Instead reportlab draws the stamp as a
small page of the signature box's size in DejaVu Sans (embedded, with the fallback fonts for any
other script: ``glyphs.markup``), and pyHanko places that page in the signature field as is
(``StaticStampStyle``). pyHanko is imported inside the function, as in ``signing.py``.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from livcr_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from livcr_desktop.reports.glyphs import markup

PADDING = 4.0  # points between the box's edge and the text


def stamp_pdf(signer_name: str, when: datetime, width: float, height: float) -> bytes:
    """A one-page PDF of exactly ``width`` × ``height`` points: the signer's name, then the date and time."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=FONT, invariant=True)
    lines = [
        Paragraph(markup(signer_name, bold=True), ParagraphStyle("stamp1", fontName=FONT_BOLD, fontSize=9, leading=11)),
        Paragraph(
            markup(when.strftime("%d/%m/%Y %H:%M:%S %Z").strip()),
            ParagraphStyle("stamp2", fontName=FONT, fontSize=8, leading=10),
        ),
    ]
    top = height - PADDING
    for line in lines:
        _w, h = line.wrap(width - 2 * PADDING, height)
        top -= h
        line.drawOn(canvas, PADDING, max(top, 0.0))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def stamp_style(signer_name: str, when: datetime, width: float, height: float) -> Any:
    """A pyHanko stamp style that shows :func:`stamp_pdf` in the field, unscaled, without a border."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.generic import pdf_name
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    page = stamp_pdf(signer_name, when, width, height)

    class _Page(PdfContent):
        """pyHanko's ``ImportedPdfPage``, from bytes in memory instead of a file."""

        def render(self) -> bytes:
            xobject = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(page)), page_ix=0)
            self.resources.xobject[pdf_name("/LIVCRStamp")] = xobject
            self.box = layout.BoxConstraints(width=width, height=height)
            return b"/LIVCRStamp Do"

    return StaticStampStyle(
        background=_Page(),
        background_opacity=1.0,
        border_width=0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins(),  # none: the page is the size of the box
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        ),
    )
