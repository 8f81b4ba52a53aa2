"""How the wall looks: its colours, its type sizes and the style sheets that apply them.

White and amber on navy, read from the back of a meeting room; every pair stays above a 4.5:1
contrast. Type is sized from the window's height, so 1024×768 and 1920×1080 look alike.
"""

from __future__ import annotations

NAVY = "#0b1f3a"
HEADER_BG = "#16335e"
WHITE = "#ffffff"
MUTED = "#c9d6ea"  # 10:1 on navy
ACCENT = "#ffd166"  # current agenda item and revealed identity: navy text on amber
GRID_LINE = "#4a6590"
LEVEL_BG = {1: "#2f6690", 2: "#a85d00", 3: "#b3261e"}  # white text stays above 4.5:1 on each

BODY_PX_AT_1080 = 28  # body text at 1920×1080; scaled by the window's height and the chair's zoom
MIN_BODY_PX = 14  # the smallest type the wall uses (read from the back of the room at 1024×768)
AGENDA_SCALE = 0.85  # the agenda is context, the item is the subject
FIT_STEPS = (1.0, 0.9, 0.8, 0.7)  # the item's text shrinks this far (not below MIN_BODY_PX), then it pages


def body_px(height: int, zoom: float) -> int:
    """The body text: BODY_PX_AT_1080 at 1080 pixels high, times the zoom."""
    return max(MIN_BODY_PX, round(BODY_PX_AT_1080 * height / 1080 * zoom))


def wall_style_sheet(px: int) -> str:
    """The audience window's style sheet for body text of ``px`` pixels."""
    big, small, pad = round(px * 1.45), round(px * 0.8), max(4, px // 4)
    return f"""
        #audienceContent {{ background: {NAVY}; }}
        #audienceBlank {{ background: #000000; }}
        #audiencePageCover {{ background: {NAVY}; }}
        #audienceContent QLabel#audiencePageIndicator {{ color: {ACCENT}; font-size: {px}px; font-weight: bold; }}
        #audienceContent QLabel {{ color: {WHITE}; font-size: {px}px; }}
        #audienceContent QLabel#audienceMeetingTitle, #audienceContent QLabel#audienceMeetingDate {{
            color: {MUTED}; font-size: {small}px; }}
        #audienceContent QLabel#audienceAgendaTitle {{ color: {MUTED}; font-size: {small}px; font-weight: bold; }}
        #audienceContent QLabel#audienceHeading {{ font-size: {big}px; font-weight: bold; }}
        #audienceContent QLabel#audienceIdentity {{ background: {ACCENT}; color: {NAVY}; font-weight: bold;
                                                   padding: {pad}px; }}
        #audienceContent QLabel#audienceNotes, #audienceContent QLabel#audienceEmpty {{ color: {MUTED}; }}
        QTableView {{ background: {NAVY}; color: {WHITE}; border: none; gridline-color: {GRID_LINE}; }}
        QHeaderView::section {{ background: {HEADER_BG}; color: {WHITE}; border: none; padding: {pad}px; }}
    """


def table_style_sheet(px: int) -> str:
    """One table's own text size (so the wall's style sheet can stay put while tables fit)."""
    return (
        f"QTableView {{ font-size: {px}px; }} "
        f"QHeaderView::section {{ font-size: {round(px * 0.8)}px; font-weight: bold; }}"
    )


def column_style_sheet(px: int) -> str:
    """The item's column at ``px`` (it shrinks before it pages, the header and agenda stay put)."""
    big, pad = round(px * 1.45), max(4, px // 4)
    return f"""
        QLabel {{ color: {WHITE}; font-size: {px}px; }}
        QLabel#audienceHeading {{ font-size: {big}px; font-weight: bold; }}
        QLabel#audienceIdentity {{ background: {ACCENT}; color: {NAVY}; font-weight: bold; padding: {pad}px; }}
        QLabel#audienceNotes, QLabel#audienceEmpty {{ color: {MUTED}; }}
    """
