"""The integral grid of the case page, fitted to the chair's screen.

Every contributing organisation is shown at once (issue 15, point 4): the organisation columns share the
width that is left after the life domain and the concern level (compact columns, text wrapped, at most
a few lines a row). The full text of a cell is in its tooltip and in the list under the contribution
form, which follows the grid's current cell. Below the grid, the current tab gets the height it needs, so
the decision form does not scroll on a 1366 × 768 screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QSplitter, QTableView, QTabWidget, QWidget

DOMAIN_WIDTH = (120, 220)  # the life-domain column: at least, at most
LEVEL_WIDTH = 90  # at least: wider when the header's words need it (bold, in the interface language)
ORG_MIN_WIDTH = 64  # below this a column shows too little: the grid scrolls instead
MAX_ROW_LINES = 3  # a taller cell is cut off here: its full text is in the tooltip and under the form
GRID_MIN_HEIGHT = 110  # the header and about three rows


class AssessmentGridView(QTableView):
    """A table view whose columns are recomputed to fill its width whenever it or its model changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setMinimumSectionSize(ORG_MIN_WIDTH // 2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Domain and level at their width, the organisations sharing the rest; then the rows' heights."""
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        width = self.viewport().width()
        orgs = max(0, model.columnCount() - 2)
        domain = max(DOMAIN_WIDTH[0], min(DOMAIN_WIDTH[1], width // 5))
        self.setColumnWidth(0, domain)
        level = self._level_width()
        if model.columnCount() > 1:
            self.setColumnWidth(1, level)
        if orgs:
            each = max(ORG_MIN_WIDTH, (width - domain - level) // orgs)
            for col in range(2, model.columnCount()):
                self.setColumnWidth(col, each)
        self.fit_rows()

    def _level_width(self) -> int:
        """The concern level's column: wide enough for the longest line of its header (drawn bold)."""
        text = str(self.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        font = QFont(self.horizontalHeader().font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        return max(LEVEL_WIDTH, widest + 2 * metrics.averageCharWidth() + 8)

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        most = self.fontMetrics().lineSpacing() * MAX_ROW_LINES + 8
        for row in range(self.model().rowCount()):
            if self.rowHeight(row) > most:
                self.setRowHeight(row, most)


def fit_current_tab(splitter: QSplitter, tabs: QTabWidget) -> None:
    """Give the current tab the height its fields need (the rest to the grid, at least a few rows)."""
    page = tabs.currentWidget()
    inner = page.widget() if isinstance(page, QScrollArea) else page
    if inner is None:
        return
    total = sum(splitter.sizes())
    if total <= 0:
        return
    needed = inner.sizeHint().height() + tabs.tabBar().sizeHint().height() + 32  # the tab frame, wrapped labels
    tab_height = min(max(needed, total * 2 // 5), total - GRID_MIN_HEIGHT)
    splitter.setSizes([total - tab_height, tab_height])
