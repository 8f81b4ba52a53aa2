"""The wall's tables and labels: read-only, no focus, no selection, rows grown to their wrapped text.

The room reads them from a distance, so nothing may be cut off: long Dutch words wrap inside a
column rather than being clipped, and the audience window shrinks the type before a table overflows.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from livcr_desktop.views.projector.wall_style import table_style_sheet
from livcr_desktop.views.projector.wall_text import Span, WallLabel, line_spans, paint_document, too_wide, wall_document

Index = QModelIndex | QPersistentModelIndex


class WrapDelegate(QStyledItemDelegate):
    """Wraps at spaces and at the language's hyphenation points (see ``wall_text``), never mid-word
    unless the table is told to as a last resort (``RoomTable.break_anywhere``)."""

    def __init__(self, view: RoomTable, margin: float = 0.2) -> None:
        super().__init__(view)
        self.view = view
        self.margin = margin  # around the text, as a fraction of the font's pixel size

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        return wall_document(
            text,
            option.font,
            width,
            align=Qt.AlignmentFlag(int(option.displayAlignment) & 0x000F),
            margin=max(2, round(option.font.pixelSize() * self.margin)),
            break_anywhere=self.view.break_anywhere,
        )

    def cell_document(self, index: Index) -> QTextDocument:
        opt = QStyleOptionViewItem()
        opt.initFrom(self.view)
        opt.font = self.view.font()
        self.initStyleOption(opt, index)
        return self._document(opt, opt.text, self.view.columnWidth(index.column()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, text, opt.rect.width())
        painter.save()
        top = opt.rect.top()
        if opt.displayAlignment & Qt.AlignmentFlag.AlignVCenter:
            top += max(0, (opt.rect.height() - int(doc.size().height())) // 2)
        painter.translate(opt.rect.left(), top)
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        paint_document(painter, doc, opt.palette.color(QPalette.ColorRole.Text))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.columnWidth(index.column())
        doc = self._document(opt, opt.text, width)
        return QSize(width, ceil(doc.size().height()))


class RoomTable(QTableView):
    """A read-only table for the wall: no focus, no selection, no scroll bars, wrapped rows.

    Column widths are fractions of the width (the rest share what is left), and rows grow to
    their wrapped text whenever the width changes.
    """

    def __init__(self, name: str, fractions: tuple[float, ...] = (), header: bool = True, margin: float = 0.2) -> None:
        super().__init__()
        self.setObjectName(name)
        self.fractions = fractions
        self._px = 0
        self.break_anywhere = False  # the last resort of the audience window's fit (see wall_text)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setVisible(header)
        self.setShowGrid(header)
        self.delegate = WrapDelegate(self, margin)
        self.setItemDelegate(self.delegate)

    def set_px(self, px: int) -> None:
        """Text size of this table (its own style sheet, so the wall's can stay put while tables fit)."""
        if px != self._px:
            self._px = px
            self.setStyleSheet(table_style_sheet(px))

    def fit(self) -> None:
        cols = self.model().columnCount() if self.model() is not None else 0
        if not cols:
            return
        width = max(1, self.contentsRect().width())  # = the viewport (no scroll bars), also while hidden
        fixed = [int(width * f) for f in self.fractions[:cols]]
        rest = cols - len(fixed)
        share = (width - sum(fixed)) // rest if rest else 0
        for col in range(cols):
            self.setColumnWidth(col, fixed[col] if col < len(fixed) else share)
        self.resizeRowsToContents()

    def content_height(self) -> int:
        rows = self.model().rowCount() if self.model() is not None else 0
        header = self.horizontalHeader().sizeHint().height() if self.horizontalHeader().isVisibleTo(self) else 0
        return header + sum(self.rowHeight(r) for r in range(rows)) + 2 * self.frameWidth()

    def _cells(self) -> list[tuple[int, int]]:
        model = self.model()
        if model is None:
            return []
        return [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]

    def overflows(self) -> bool:
        """A word in a cell is wider than its column."""
        return any(too_wide(self.delegate.cell_document(self.model().index(r, c))) for r, c in self._cells())

    def spans(self) -> list[Span]:
        """Every line of every cell (and the header), in the table's coordinates: where a page may not cut."""
        header = self.horizontalHeader()
        top = self.frameWidth() + (header.height() if header.isVisibleTo(self) else 0)
        spans: list[Span] = [(0.0, float(top))] if top > self.frameWidth() else []
        for r, c in self._cells():
            doc = self.delegate.cell_document(self.model().index(r, c))
            spans += line_spans(doc, float(top + self.rowViewportPosition(r)))
        return spans

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def room_label(name: str, wrap: bool = True) -> WallLabel:
    """A label of the wall: plain text only, wrapped at spaces and hyphenation points."""
    return WallLabel(name, wrap)
