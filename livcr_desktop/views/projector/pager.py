"""The wall's main column in pages: when the item's text does not fit even at the smallest type, it is
shown one page at a time, each page ending between two lines (never through one), with "↓ 2/3" in the
corner; the chair turns the page (Ctrl+Shift+PgDown / PgUp, see ``actions``).

:class:`WallPager` holds the column (``body``) as a child it moves up and down itself; a navy cover
hides whatever of the next page's first line would show below the page's last line.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLayout, QWidget

from livcr_desktop.views.projector.room_table import RoomTable
from livcr_desktop.views.projector.wall_text import Span, WallLabel


def page_starts(spans: Iterable[Span], total: float, height: float) -> list[float]:
    """Where each page starts: as far down as the page allows, between two lines (a line taller than a
    page is the only one that gets cut)."""
    spans = sorted(spans)
    # A y is inside a line when top + 0.5 < y < bottom - 0.5 for one of them: merge those open intervals
    # once, then every edge is looked up (a sweep, not every edge against every line: 200 contributions
    # are a few thousand lines).
    inside: list[tuple[float, float]] = []
    for top, bottom in spans:
        low, high = top + 0.5, bottom - 0.5
        if low >= high:
            continue
        if inside and low < inside[-1][1]:
            inside[-1] = (inside[-1][0], max(inside[-1][1], high))
        else:
            inside.append((low, high))
    lows = [low for low, _ in inside]

    def clean(y: float) -> bool:
        i = bisect.bisect_left(lows, y) - 1  # the last interval starting below y
        return i < 0 or not inside[i][0] < y < inside[i][1]

    edges = [e for e in sorted({e for s in spans for e in s} | {0.0}) if clean(e)]
    starts = [0.0]
    while starts[-1] + height < total - 0.5:
        start, limit = starts[-1], starts[-1] + height
        lo, hi = bisect.bisect_right(edges, start + 0.5), bisect.bisect_right(edges, limit + 0.5)
        starts.append(edges[hi - 1] if hi > lo else limit)
    return starts


class WallPager(QWidget):
    """Clips ``body`` (its child, laid out by ``layout``) to one page at a time."""

    def __init__(self, layout: QLayout, cover_name: str = "audiencePageCover") -> None:
        super().__init__()
        self.setObjectName("audiencePager")
        self.body = QWidget(self)
        self.body.setObjectName("audiencePageBody")
        self.body.setLayout(layout)
        self.body_layout = layout
        self.cover = QWidget(self)
        self.cover.setObjectName(cover_name)
        self.cover.hide()
        self._starts: list[float] = [0.0]
        self._page = 0
        self.body_height = 0

    # -- layout --------------------------------------------------------------------------------------

    def lay_out(self) -> int:
        """Lay the body out at this width, at its natural height (tables at their full height)."""
        width, layout = max(1, self.width()), self.body_layout
        self.body.setGeometry(0, 0, width, max(1, self.height()))
        layout.activate()
        for table in self.body.findChildren(RoomTable):
            table.fit()
            table.setFixedHeight(max(1, table.content_height()))
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if height < 0:
            height = layout.totalSizeHint().height()
        self.body.setGeometry(0, 0, width, max(height, self.height(), 1))
        layout.activate()
        self.body_height = height
        return height

    def fits(self) -> bool:
        return self.body_height <= self.height()

    def too_wide(self) -> list[WallLabel | RoomTable]:
        """The labels and tables with a word wider than their column."""
        out: list[WallLabel | RoomTable] = []
        for w in self._visible():
            if (isinstance(w, WallLabel | RoomTable)) and w.overflows():
                out.append(w)
        return out

    def _visible(self) -> list[QWidget]:
        return [w for w in self.body.findChildren(QWidget) if w.isVisibleTo(self.body) and w.parent() is self.body]

    def spans(self) -> list[Span]:
        spans: list[Span] = []
        for w in self._visible():
            if isinstance(w, WallLabel | RoomTable):
                spans += [(top + w.y(), bottom + w.y()) for top, bottom in w.spans()]
        return spans

    def paginate(self, keep_page: bool) -> None:
        """Cut the body into pages of this height; stay on the page shown if ``keep_page``."""
        self._starts = page_starts(self.spans(), self.body_height, self.height())
        self._page = min(self._page, len(self._starts) - 1) if keep_page else 0
        self._place()

    # -- pages ---------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._page

    @property
    def pages(self) -> int:
        return len(self._starts)

    def page_bottom(self) -> int:
        """How far down (in this widget) the shown page's text goes."""
        if self._page + 1 < len(self._starts):
            return round(self._starts[self._page + 1] - self._starts[self._page])
        return self.height()

    def turn(self, step: int) -> None:
        """Next (+1) or previous (-1) page, round the end."""
        self._page = (self._page + step) % len(self._starts)
        self._place()

    def _place(self) -> None:
        self.body.move(0, -round(self._starts[self._page]))
        bottom = self.page_bottom()
        if bottom < self.height():
            self.cover.setGeometry(QRect(0, bottom, self.width(), self.height() - bottom))
            self.cover.show()
            self.cover.raise_()
        else:
            self.cover.hide()
