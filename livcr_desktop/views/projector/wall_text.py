"""Text on the wall: wrapped at spaces and at the language's hyphenation points, never mid-word.

:func:`wall_document` lays a text out the one way the wall does (labels and table cells alike);
:class:`WallLabel` is the wall's label: its ``text()`` is the typed text, what it paints is that text
hyphenated. Only when a word has no hyphenation point and is wider than its column even at the
smallest type (``break_anywhere``) may it break between two letters: the audience window asks for that
as a last resort (see ``AudienceWindow._fit``).
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from livcr_desktop.views.projector.hyphenate import soft_hyphenate

Span = tuple[float, float]  # a line's top and bottom, in the widget's coordinates
DOCUMENTS_KEPT = 16  # layouts of a label's text kept (widths and type sizes of one fit)


def wall_document(
    text: str,
    font: QFont,
    width: int,
    *,
    align: Qt.AlignmentFlag | None = None,
    margin: int = 0,
    break_anywhere: bool = False,
) -> QTextDocument:
    """``text`` laid out at ``width`` pixels: at spaces and soft hyphens (drawn as "-" where a line breaks)."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    option = QTextOption(align if align is not None else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if break_anywhere else QTextOption.WrapMode.WordWrap
    )
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(margin)
    doc.setPlainText(soft_hyphenate(text))
    doc.setTextWidth(max(1, width))
    return doc


def too_wide(doc: QTextDocument) -> bool:
    """A word wider than the text width (it would run out of its column)."""
    return doc.idealWidth() > doc.textWidth() + 0.5


def line_spans(doc: QTextDocument, dy: float = 0.0) -> list[Span]:
    """Top and bottom of every laid-out line, shifted down by ``dy``."""
    spans: list[Span] = []
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top() + dy
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return spans


def paint_document(painter: QPainter, doc: QTextDocument, colour: QColor) -> None:
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, colour)
    doc.documentLayout().draw(painter, context)


class WallLabel(QLabel):
    """A plain-text label of the wall that wraps only at spaces and hyphenation points."""

    def __init__(self, name: str, wrap: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never interpreted as HTML
        self.setWordWrap(wrap)
        self.break_anywhere = False
        # The layouts ask for the height at a width many times per fit: each text is laid out once per
        # width and type size (a handful while the wall fits itself), not once per question.
        self._documents: dict[tuple[str, str, int, int, bool], QTextDocument] = {}

    def _inner_width(self, width: int) -> int:
        m = self.contentsMargins()
        return max(1, width - m.left() - m.right())

    def document(self, width: int | None = None) -> QTextDocument:
        w = self._inner_width(self.width() if width is None else width)
        if not self.wordWrap():
            w = 1_000_000
        align = Qt.AlignmentFlag(int(self.alignment()) & 0x000F)
        text, font = self.text(), self.font()
        key = (text, font.key(), w, int(align), self.break_anywhere)
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= DOCUMENTS_KEPT or any(k[0] != text for k in self._documents):
                self._documents.clear()  # another text: its old layouts are of no more use
            doc = wall_document(text, font, w, align=align, break_anywhere=self.break_anywhere)
            self._documents[key] = doc
        return doc

    def hasHeightForWidth(self) -> bool:
        return self.wordWrap()

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        return ceil(self.document(width).size().height()) + m.top() + m.bottom()

    def sizeHint(self) -> QSize:
        if not self.wordWrap():
            return super().sizeHint()
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        if not self.wordWrap():
            return super().minimumSizeHint()
        return QSize(0, self.heightForWidth(max(1, self.width())))

    def overflows(self) -> bool:
        """A word wider than the label (only a wrapped label can hold its text in its width)."""
        return self.wordWrap() and bool(self.text()) and too_wide(self.document())

    def spans(self) -> list[Span]:
        m = self.contentsMargins()
        return line_spans(self.document(), m.top())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.wordWrap():
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # background, border (style sheet)
        painter = QPainter(self)
        rect = self.contentsRect()
        painter.translate(rect.topLeft())
        painter.setClipRect(0, 0, rect.width(), rect.height())
        paint_document(painter, self.document(), self.palette().color(QPalette.ColorRole.WindowText))
        painter.end()
