"""Column widths from the texts shown, measured once with the view's font metrics.

``QTableView.resizeColumnsToContents`` asks the delegate for every cell's size hint, which calls the
model's ``data()`` for about ten roles per cell: 20 ms for the demo's case list, in the path from the
passphrase to the painted list. The display text is what sets the width; one call per cell is enough.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

PADDING = 18  # the cell's margins and the focus frame (2 px each side)
MAX_WIDTH = 420
SAMPLE_ROWS = 200


def fit_columns(table: QTableView, sample_rows: int = SAMPLE_ROWS) -> None:
    """Set each column's width to its widest header or display text (first ``sample_rows`` rows)."""
    model = table.model()
    if model is None:
        return
    cells = table.fontMetrics()
    header_font = table.horizontalHeader().font()
    header_font.setBold(True)  # app.qss draws the header sections bold
    header = QFontMetrics(header_font)
    rows = min(model.rowCount(), sample_rows)
    display = Qt.ItemDataRole.DisplayRole
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
        width = header.horizontalAdvance(title) + 2 * PADDING
        for row in range(rows):
            text = model.data(model.index(row, column), display)
            if text:
                width = max(width, cells.horizontalAdvance(str(text)) + PADDING)
        table.setColumnWidth(column, min(width, MAX_WIDTH))
