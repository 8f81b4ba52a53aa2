"""Colours that stay readable on the palette the system hands the application (light, dark, high contrast).

The views mark errors and overdue dates in red and shade a few table cells. A fixed red that reads
well on the light default palette (#b00020: 7.3:1 on white) is unreadable on a high-contrast black
background (2.9:1), and a pale cell shade under the white text of a dark palette is unreadable too.
These helpers keep a colour where it works and otherwise move it towards white or black until it
reaches the WCAG AA ratio for text (4.5:1); a fixed shade gets a fixed text colour to go with it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5  # WCAG 2.x, 1.4.3: contrast of normal-size text
ALERT = "#b00020"  # errors, overdue dates and reviews: the red of the light palette
_WHITE, _BLACK = QColor("#ffffff"), QColor("#000000")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x) of an opaque colour."""
    return 0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF()) + 0.0722 * _channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: QColor | str) -> QColor:
    """Black or white, whichever reads better on a fixed ``background``."""
    bg = QColor(background)
    return _BLACK if contrast_ratio(_BLACK, bg) >= contrast_ratio(_WHITE, bg) else _WHITE


def readable(colour: QColor | str, *backgrounds: QColor) -> QColor:
    """``colour`` if it reaches 4.5:1 on every background, else the least change towards white or black that does."""
    start = QColor(colour)
    if all(contrast_ratio(start, bg) >= AA_TEXT for bg in backgrounds):
        return start
    target = max((_WHITE, _BLACK), key=lambda t: min(contrast_ratio(t, bg) for bg in backgrounds))
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(
            start.redF() + (target.redF() - start.redF()) * t,
            start.greenF() + (target.greenF() - start.greenF()) * t,
            start.blueF() + (target.blueF() - start.blueF()) * t,
        )
        if all(contrast_ratio(mixed, bg) >= AA_TEXT for bg in backgrounds):
            return mixed
    return target


def _backgrounds(palette: QPalette | None) -> tuple[QColor, ...]:
    pal = palette if palette is not None else QGuiApplication.palette()
    return tuple(
        pal.color(role)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    )


def alert_colour(palette: QPalette | None = None) -> QColor:
    """The red of errors and overdue marks, readable on the window, base and alternate rows of ``palette``."""
    return readable(ALERT, *_backgrounds(palette))


def on_palette(colour: QColor | str, palette: QPalette | None = None) -> QColor:
    """Any text colour of a view (item foreground), made readable on the palette's backgrounds."""
    return readable(colour, *_backgrounds(palette))


def alert_style(bold: bool = True) -> str:
    """Style sheet of a label that shows an error or warning (computed for the current palette)."""
    return f"color: {alert_colour().name()};" + (" font-weight: bold;" if bold else "")


def adapt_style_sheet(qss: str, palette: QPalette) -> str:
    """The application style sheet with its alert red replaced where the palette needs another one."""
    return qss.replace(ALERT, alert_colour(palette).name())


def text_for_shade(shade: QColor | str, palette: QPalette | None = None) -> QColor | None:
    """The text colour a view must set on a cell with a fixed background ``shade``.

    None while the palette's own text colour reads well on it (the light palettes); black or white
    when it does not (white text of a dark or high-contrast palette on a pale shade).
    """
    pal = palette if palette is not None else QGuiApplication.palette()
    if contrast_ratio(pal.color(QPalette.ColorRole.Text), QColor(shade)) >= AA_TEXT:
        return None
    return text_on(shade)
