"""The TrueType fonts every PDF embeds, and which characters they can print.

DejaVu Sans (licence in resources/fonts) is the document font: Latin with the Dutch and French
accents, Greek, Cyrillic and Arabic. Two Noto fonts (SIL OFL) are fallbacks for what it lacks:
further Latin and Cyrillic letters and combining marks, and the Arabic letters of Urdu and
Persian. Nothing else is ever referenced: a PDF of the application lists only embedded fonts.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from livcr_desktop.resources import resources_dir

FONT, FONT_BOLD = "LIVCRSans", "LIVCRSans-Bold"
# Fallback fonts in the order they are tried after the document font (regular weight only).
FALLBACKS: tuple[tuple[str, str], ...] = (
    ("LIVCRFallbackSans", "NotoSans-Regular.ttf"),
    ("LIVCRFallbackArabic", "NotoSansArabic-Regular.ttf"),
)
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", **dict(FALLBACKS)}


def register_fonts() -> None:
    """Register the font family and its fallbacks once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def coverage(font: str) -> frozenset[int]:
    """The code points ``font`` (one of the registered names) has a glyph for and reportlab can map back.

    Only the Basic Multilingual Plane: reportlab writes a character beyond it (DejaVu's emoji) into the
    font's ToUnicode map as five hex digits, which readers reject, so its text could not be copied
    or searched. Such characters print as U+FFFD and are reported before finalising instead.
    """
    register_fonts()
    face = pdfmetrics.getFont(font).face  # the TTFont's parsed file
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph and code <= 0xFFFF)


@cache
def font_for(char: str, bold: bool = False) -> str | None:
    """The first font that can print ``char`` (bold text falls back to the regular weight), or None."""
    chain = ((FONT_BOLD,) if bold else ()) + (FONT,) + tuple(name for name, _file in FALLBACKS)
    point = ord(char)
    return next((font for font in chain if point in coverage(font)), None)
