"""Page layout of the minutes: tables whose columns fit their content and whose rows split across
pages, and headings that stay with what follows them.

Columns are sized like a browser's automatic table layout: a column of codes, dates or short names
("fit") is as wide as its widest value, so a case code never breaks; a column of text is at least
as wide as its longest word (up to a cap, for a 300-character URL) and shares the rest of the width.
Rows split across pages (``splitInRow``), so a 20,000-character contribution flows on instead of
making a cell taller than a page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import ActionFlowable, Flowable, Table, TableStyle

from livcr_desktop.reports.fonts import FONT, FONT_BOLD, font_for
from livcr_desktop.reports.glyphs import clean

PADDING = 3.0  # left and right padding of a table cell, in points
MIN_TEXT_COLUMN = 14 * mm  # a column of text is never narrower
_BREAKS = re.compile("[^\\S\u00a0]+")  # where a line may break: any white space but the no-break space
_SPACE_RUNS = re.compile("([^\\S\u00a0]+)")
_URL_BREAKS = frozenset("/.?&=_-,;:#@~+")
_PUNCTUATION = "()[]{}'\"«»‘’“”„.,;:!?"


@dataclass(frozen=True, slots=True)
class Column:
    fit: bool = False  # its values never wrap (codes, dates, times, short names); its header may
    cap: float = 0.45  # its minimum width is at most this share of the table's width
    hard: bool = False  # its longest word (a name, a code) is never broken, even when others must be


@dataclass(frozen=True, slots=True)
class Measure:
    word: float  # the widest unbreakable piece (word, or the whole value when it must not wrap)
    line: float  # the widest line if nothing wrapped
    piece: float = 0.0  # the widest word part when words break at their hyphenation points (headers)


Hyphenate = Callable[[str], Iterable[tuple[str, str]]]


def measure(value: str, font: str, size: float, hyphenate: Hyphenate | None = None) -> Measure:
    """Width of ``value`` in points: its longest word and its longest line."""
    text = clean(value)
    lines = text.split("\n") or [""]
    words = [w for w in _BREAKS.split(text) if w] or [""]
    widths = [_word_width(w, font, size) for w in words]
    pieces = widths
    if hyphenate is not None:
        hyphen = stringWidth("-", font, size)
        pieces = [
            min(
                [width]
                + [max(stringWidth(h, font, size) + hyphen, stringWidth(t, font, size)) for h, t in hyphenate(word)]
            )
            for word, width in zip(words, widths, strict=True)
        ]
    spaces = [stringWidth(" ", font, size) * line.count(" ") for line in lines]
    line_widths = [sum(_word_width(w, font, size) for w in line.split(" ")) for line in lines]
    return Measure(max(widths), max(w + sp for w, sp in zip(line_widths, spaces, strict=True)), max(pieces))


@lru_cache(maxsize=65536)
def _word_width(word: str, font: str, size: float) -> float:
    return float(stringWidth(word, font, size))


def fold(value: str, font: str, size: float, width: float, hyphenate: Hyphenate | None = None) -> str:
    """``value`` with each word wider than ``width`` cut into lines that fit: at its hyphenation points
    (with a hyphen), after a URL's punctuation, or else between two characters.

    reportlab cuts such a word once and then lets the rest run past the column's edge.
    """
    if width <= 0 or all(stringWidth(line, font, size) <= width for line in value.split("\n")):
        return value
    parts = _SPACE_RUNS.split(value)  # words at even indexes, the white space between them at odd ones
    for i in range(0, len(parts), 2):
        if parts[i] and stringWidth(parts[i], font, size) > width:
            parts[i] = "\n".join(_cut(parts[i], font, size, width, hyphenate))
    return "".join(parts)


def _cut(word: str, font: str, size: float, width: float, hyphenate: Hyphenate | None) -> list[str]:
    bold = font == FONT_BOLD
    advance = [stringWidth(c, font_for(c, bold) or font, size) for c in word]
    ends: list[float] = list(accumulate(advance))
    hyphen = stringWidth("-", font, size)
    points: dict[int, bool] = {}  # cut position -> with a hyphen
    core = word.strip(_PUNCTUATION)  # "(burgemeester)," hyphenates as "burgemeester"
    if hyphenate is not None and core.isalpha():
        lead = word.index(core)
        points = {lead + len(head): True for head, _tail in hyphenate(core)}
    for i, char in enumerate(word[:-1], 1):
        if char in _URL_BREAKS:
            points.setdefault(i, False)
    lines: list[str] = []
    start, offset = 0, 0.0
    while ends[-1] - offset > width:
        fitting = [
            p for p, dash in points.items() if start < p and ends[p - 1] - offset + (hyphen if dash else 0) <= width
        ]
        if fitting:
            cut = max(fitting)
            lines.append(word[start:cut] + ("-" if points[cut] else ""))
        else:  # no hyphenation point fits: as many characters as fit, at least one
            cut = max(start + 1, bisect_right(ends, offset + width, lo=start))
            lines.append(word[start:cut])
        start, offset = cut, ends[cut - 1]
    return [*lines, word[start:]]


def column_widths(
    columns: Sequence[Column], header: Sequence[Measure], body: Sequence[Sequence[Measure]], total: float
) -> list[float]:
    """Widths (points) that add up to ``total``: fit columns sized to content, text columns share the rest.

    The header's words are kept whole when they can be; when not every word fits they may break at
    their hyphenation points first, before any word of the body does.
    """
    widths, fits = _widths(columns, [m.word for m in header], body, total)
    if not fits:
        widths, _fits = _widths(columns, [m.piece or m.word for m in header], body, total)
    return widths


def _level(lows: list[float], room: float) -> float:
    """The width L at which columns cut to ``min(low, L)`` fill ``room`` exactly."""
    rest = len(lows)
    for low in sorted(lows):
        if low * rest >= room:
            break
        room -= low
        rest -= 1
    return room / rest if rest else max(lows)


def _widths(
    columns: Sequence[Column], header: Sequence[float], body: Sequence[Sequence[Measure]], total: float
) -> tuple[list[float], bool]:
    pad = 2 * PADDING + 1
    n = len(columns)
    low = [max([header[i]] + [r[i].word for r in body]) + pad for i in range(n)]
    high = [max([header[i]] + [r[i].line for r in body]) + pad for i in range(n)]
    for i, col in enumerate(columns):
        if col.fit:  # the values whole, the header at least its longest word
            low[i] = high[i] = max([header[i] + pad] + [r[i].line + pad for r in body])
        low[i] = min(low[i], col.cap * total)
        high[i] = max(high[i], low[i])
    fixed = [i for i, col in enumerate(columns) if col.fit]
    flexible = [i for i, col in enumerate(columns) if not col.fit]
    widths = [0.0] * n
    for i in fixed:
        widths[i] = low[i]
    if not flexible:
        return [w * total / sum(widths) for w in widths], sum(widths) <= total
    room = total - sum(widths)
    floor = MIN_TEXT_COLUMN * len(flexible)
    fits = room >= floor
    if not fits:  # the fit columns alone are too wide: shrink them, their values may wrap then
        scale = (total - floor) / sum(widths)
        for i in fixed:
            widths[i] *= scale
        room = floor
    lows, highs = [low[i] for i in flexible], [high[i] for i in flexible]
    if sum(highs) <= room:
        shares = [h + (room - sum(highs)) * h / sum(highs) for h in highs]
    elif sum(lows) <= room:
        spread = sum(h - lo for h, lo in zip(highs, lows, strict=True)) or 1.0
        shares = [lo + (room - sum(lows)) * (h - lo) / spread for h, lo in zip(highs, lows, strict=True)]
    else:  # not every word fits: the widest minimums give way first, hard columns (names, codes) last
        fits = False
        soft = [lo for i, lo in zip(flexible, lows, strict=True) if not columns[i].hard]
        hard = sum(lows) - sum(soft)
        if soft and _level(soft, room - hard) >= MIN_TEXT_COLUMN:
            level = _level(soft, room - hard)
            shares = [lo if columns[i].hard else min(lo, level) for i, lo in zip(flexible, lows, strict=True)]
        else:
            level = _level(lows, room)
            shares = [min(lo, level) for lo in lows]
    for i, width in zip(flexible, shares, strict=True):
        widths[i] = width
    return widths, fits


def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    """A grid table whose rows split across pages; the header row repeats on each page."""
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # reportlab's default is Helvetica, which is never embedded
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")))
    t.setStyle(TableStyle(style))
    return t


class KeepWithNext(Flowable):  # type: ignore[misc]
    """Headings kept on the page with the start of what follows them, never alone at a page's foot.

    reportlab's own ``keepWithNext`` keeps a heading with the whole next flowable: a long table then
    moves to the next page and leaves the page above nearly empty. Here only the first part of the
    next flowable has to fit under the headings; the rest flows on.
    """

    def __init__(self, heads: list[Flowable], body: Flowable) -> None:
        super().__init__()
        self.heads = heads
        self.body = body

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF  # always split: the frame asks where the parts go

    def getSpaceBefore(self) -> float:  # reportlab's name
        return float(self.heads[0].getSpaceBefore())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        canv = self.canv
        used = 0.0
        for i, head in enumerate(self.heads):
            _w, h = head.wrapOn(canv, available_width, available_height)
            used += h + head.getSpaceAfter() + (head.getSpaceBefore() if i else 0.0)
        room = available_height - used - self.body.getSpaceBefore() - 2
        whole = [*self.heads, self.body]
        if room > 0:
            _w, h = self.body.wrapOn(canv, available_width, room)
            if h <= room:
                return whole
            parts = self.body.splitOn(canv, available_width, room)
            if parts and not isinstance(parts[0], ActionFlowable):
                return [*self.heads, *parts]
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        return whole if at_top else []  # [] : the frame moves the headings to the next page


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Join each run of headings (flowables with ``keep_with_next``) to the flowable after it."""
    out: list[Flowable] = []
    heads: list[Flowable] = []
    for flowable in story:
        if getattr(flowable, "keep_with_next", False):
            heads.append(flowable)
            continue
        if heads:
            out.append(KeepWithNext(heads, flowable))
            heads = []
        else:
            out.append(flowable)
    return out + heads
