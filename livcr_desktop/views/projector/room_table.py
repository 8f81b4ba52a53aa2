"""The wall's tables and labels: read-only, no focus, no selection, rows grown to their wrapped text.

The room reads them from a distance, so nothing may be cut off: long Dutch words wrap inside a
column rather than being clipped, and the audience window shrinks the type before a table overflows.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from livcr_desktop.views.projector.wall_style import table_style_sheet

Index = QModelIndex | QPersistentModelIndex


class WrapDelegate(QStyledItemDelegate):
    """Wraps at word boundaries, and inside a word only when it is wider than its column.

    Narrow columns at 1024×768 otherwise clip long Dutch words ("informatieomgeving").
    """

    def __init__(self, view: QTableView, margin: float = 0.2) -> None:
        super().__init__(view)
        self.view = view
        self.margin = margin  # around the text, as a fraction of the font's pixel size

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        text_option = QTextOption(Qt.AlignmentFlag(int(option.displayAlignment) & 0x000F))
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setDocumentMargin(max(2, round(option.font.pixelSize() * self.margin)))
        doc.setPlainText(text)
        doc.setTextWidth(max(1, width))
        return doc

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
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
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
        self.setItemDelegate(WrapDelegate(self, margin))

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def room_label(name: str, wrap: bool = True) -> QLabel:
    """A label of the wall: plain text only."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never interpreted as HTML
    label.setWordWrap(wrap)
    return label
