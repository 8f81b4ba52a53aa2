"""The wall's tables and labels: read-only, no focus, no selection, rows grown to their wrapped text.

The room reads them from a distance, so nothing may be cut off: long Dutch words wrap inside a
column rather than being clipped, and the audience window shrinks the type before a table overflows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from math import ceil

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
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
DOCUMENTS_KEPT = 512  # laid-out cell texts kept per table: the grid at every fitting size, with room to spare


class WrapDelegate(QStyledItemDelegate):
    """Wraps at spaces and at the language's hyphenation points (see ``wall_text``), never mid-word
    unless the table is told to as a last resort (``RoomTable.break_anywhere``)."""

    def __init__(self, view: RoomTable, margin: float = 0.2) -> None:
        super().__init__(view)
        self.view = view
        self.margin = margin  # around the text, as a fraction of the font's pixel size
        # Laying a cell's text out (hyphenation, QTextDocument) is what a fit, a page cut and a paint
        # cost: each is kept by what decides it, so an unchanged cell is laid out once per size.
        self._documents: OrderedDict[Hashable, QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        align = Qt.AlignmentFlag(int(option.displayAlignment) & 0x000F)
        margin = max(2, round(option.font.pixelSize() * self.margin))
        key = (text, option.font.key(), width, int(align), margin, self.view.break_anywhere)
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = wall_document(
            text, option.font, width, align=align, margin=margin, break_anywhere=self.view.break_anywhere
        )
        self._documents[key] = doc
        if len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)
        return doc

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
    their wrapped text whenever the width changes. What a fit found (the rows' heights, the lines'
    places, a word too wide) is kept until the model, the widths, the type or ``break_anywhere``
    change: the wall is fitted again on every edit of the chair, mostly with the same tables.
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
        self._heights: dict[Hashable, list[int]] = {}  # rows' heights by fit key (see _fit_key)
        self._spans: dict[Hashable, list[Span]] = {}
        self._overflows: dict[Hashable, bool] = {}

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._forget()
        if model is not None:
            for signal in (
                model.dataChanged,
                model.headerDataChanged,
                model.layoutChanged,
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.columnsInserted,
                model.columnsRemoved,
                model.columnsMoved,
            ):
                signal.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        """The model changed: every fit is to be found again."""
        self._heights.clear()
        self._spans.clear()
        self._overflows.clear()

    def _fit_key(self) -> Hashable:
        cols = self.model().columnCount() if self.model() is not None else 0
        widths = tuple(self.columnWidth(c) for c in range(cols))
        return (widths, self.font().key(), self._px, self.break_anywhere)

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
        key = self._fit_key()
        heights = self._heights.get(key)
        if heights is None or len(heights) != self.model().rowCount():
            self.resizeRowsToContents()
            self._heights[key] = [self.rowHeight(r) for r in range(self.model().rowCount())]
            return
        for row, height in enumerate(heights):
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)

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
        key = self._fit_key()
        found = self._overflows.get(key)
        if found is None:
            found = any(too_wide(self.delegate.cell_document(self.model().index(r, c))) for r, c in self._cells())
            self._overflows[key] = found
        return found

    def spans(self) -> list[Span]:
        """Every line of every cell (and the header), in the table's coordinates: where a page may not cut."""
        header = self.horizontalHeader()
        top = self.frameWidth() + (header.height() if header.isVisibleTo(self) else 0)
        spans: list[Span] = [(0.0, float(top))] if top > self.frameWidth() else []
        key = (self._fit_key(), tuple(self.rowHeight(r) for r in range(self.model().rowCount())))
        cells = self._spans.get(key)
        if cells is None:
            cells = []
            for r, c in self._cells():
                doc = self.delegate.cell_document(self.model().index(r, c))
                cells += line_spans(doc, float(self.rowViewportPosition(r)))
            self._spans[key] = cells
        return spans + [(t + top, b + top) for t, b in cells]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def room_label(name: str, wrap: bool = True) -> WallLabel:
    """A label of the wall: plain text only, wrapped at spaces and hyphenation points."""
    return WallLabel(name, wrap)
