"""A tiny line chart of concern levels (0..3) across meetings, painted with QPainter.

Missing points (a domain not assessed at a meeting) are skipped: the line joins the points on
either side, drawn dashed across the gap. The accessible name and tooltip list every value, so
the chart is not the only way to read them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_LEVEL = 3
LEVEL_COLORS = ("#5f8f5f", "#c9a227", "#e07b00", "#b00020")  # 0 geen .. 3 hoog


def _t(text: str) -> str:
    return QCoreApplication.translate("Sparkline", text)


class Sparkline(QWidget):
    def __init__(
        self, title: str, values: Sequence[int | None], labels: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self._values: list[int | None] = list(values)
        self._labels = list(labels)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(80, 24)
        self._describe()

    def values(self) -> list[int | None]:
        return list(self._values)

    def set_values(self, values: Sequence[int | None], labels: Sequence[str] = ()) -> None:
        self._values, self._labels = list(values), list(labels)
        self._describe()
        self.update()

    def describe(self) -> str:
        parts = []
        for i, v in enumerate(self._values):
            where = self._labels[i] if i < len(self._labels) else str(i + 1)
            parts.append(f"{where}: {'–' if v is None else v}")
        return _t("{title}: bezorgdheid {values}").format(title=self.title, values="; ".join(parts))

    def _describe(self) -> None:
        text = self.describe()
        self.setAccessibleName(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(140, 28)

    def _points(self) -> list[tuple[int, QPointF]]:
        n = len(self._values)
        margin = 4.0
        w = max(1.0, self.width() - 2 * margin)
        h = max(1.0, self.height() - 2 * margin)
        out = []
        for i, v in enumerate(self._values):
            if v is None:
                continue
            x = margin + (w * i / (n - 1) if n > 1 else w / 2)
            y = margin + h * (1 - max(0, min(MAX_LEVEL, v)) / MAX_LEVEL)
            out.append((i, QPointF(x, y)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DotLine)
        painter.setPen(base)
        margin = 4.0
        for level in range(MAX_LEVEL + 1):
            y = margin + (self.height() - 2 * margin) * (1 - level / MAX_LEVEL)
            painter.drawLine(QPointF(margin, y), QPointF(self.width() - margin, y))
        points = self._points()
        for (i0, p0), (i1, p1) in itertools.pairwise(points):
            style = Qt.PenStyle.SolidLine if i1 == i0 + 1 else Qt.PenStyle.DashLine
            painter.setPen(QPen(QColor("#2a5d8f"), 2, style))
            painter.drawLine(p0, p1)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, p in points:
            value = self._values[i]
            assert value is not None
            painter.setBrush(QColor(LEVEL_COLORS[max(0, min(MAX_LEVEL, value))]))
            painter.drawEllipse(p, 3.5, 3.5)
        painter.end()
