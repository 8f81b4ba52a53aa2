"""The TrueType font every PDF embeds (DejaVu Sans: Dutch and French accents; licence in resources/fonts)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from livcr_desktop.resources import resources_dir

FONT, FONT_BOLD = "LIVCRSans", "LIVCRSans-Bold"


def register_fonts() -> None:
    """Register the font family once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
