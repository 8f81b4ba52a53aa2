"""Horizontal bar charts painted with QPainter (PySide6-Essentials has no QtCharts).

One chart: a title, one row per category (label on the left, elided when too long), one bar per
series with its value written after it, and a legend when there is more than one series. A
hidden count (the small-count rule) has no exact length: it is drawn hatched up to the largest
value it could be below the threshold ("<3": 2; "≥3": 3) with its text, never a number. Sizes
come from the font metrics, so the chart stays readable at 150 % scaling or with a larger font.
The accessible name and the tooltip hold every value as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

THRESHOLD = 3
SERIES_COLORS = ("#2a5d8f", "#e07b00", "#b00020")
HIDDEN_COLOR = "#6b6b6b"


def _t(text: str) -> str:
    return QCoreApplication.translate("BarChart", text)


@dataclass(frozen=True, slots=True)
class BarValue:
    value: int | None  # None: hidden (the small-count rule)
    text: str  # what is written: "12", "<3", "≥3"
    upper: int = THRESHOLD - 1  # hidden: drawn up to this (no exact length)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[BarValue, ...]
    color: str = SERIES_COLORS[0]


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._categories: list[str] = []
        self._series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable for screen readers
        self._describe()

    # -- data -------------------------------------------------------------------------------------

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError("one value per category and series")
        self._categories = list(categories)
        self._series = list(series)
        self._describe()
        self.updateGeometry()
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[Series]:
        return list(self._series)

    def describe(self) -> str:
        """Every value as text: "Title: a 3; b <3" (series named when there are several)."""
        parts = []
        for i, category in enumerate(self._categories):
            if len(self._series) == 1:
                parts.append(f"{category} {self._series[0].values[i].text}")
            else:
                values = ", ".join(f"{s.name} {s.values[i].text}" for s in self._series)
                parts.append(f"{category}: {values}")
        if not parts:
            return _t("{title}: geen gegevens").format(title=self.title)
        return f"{self.title}: " + "; ".join(parts)

    def _describe(self) -> None:
        text = self.describe()
        self.setAccessibleName(text)
        self.setToolTip(text.replace(": ", ":\n", 1).replace("; ", "\n"))

    # -- geometry ---------------------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1 if font.pointSizeF() > 0 else 10)
        return font

    def _metrics(self) -> tuple[int, int, int, int]:
        """(padding, title height, bar height, row height) from the current fonts."""
        fm = QFontMetrics(self.font())
        pad = max(4, fm.height() // 3)
        title_h = QFontMetrics(self._title_font()).height() + pad
        # With several series each bar's value text must fit beside it.
        bar_h = max(6, int(fm.height() * 0.8)) if len(self._series) <= 1 else fm.height() + 2
        row_h = max(fm.height(), bar_h * max(1, len(self._series))) + pad
        return pad, title_h, bar_h, row_h

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 4 if len(self._series) > 1 else 0

    def sizeHint(self) -> QSize:
        pad, title_h, _bar_h, row_h = self._metrics()
        fm = QFontMetrics(self.font())
        height = pad + title_h + row_h * max(1, len(self._categories)) + self._legend_height() + pad
        return QSize(fm.horizontalAdvance("x") * 55, height)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(QFontMetrics(self.font()).horizontalAdvance("x") * 30, hint.height())

    # -- painting ---------------------------------------------------------------------------------

    def _scale_max(self) -> int:
        top = max((v.value or 0 for s in self._series for v in s.values), default=0)
        return max(top, THRESHOLD)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(QPalette.ColorRole.WindowText)
        pad, title_h, bar_h, row_h = self._metrics()
        fm = QFontMetrics(self.font())
        painter.setFont(self._title_font())
        painter.setPen(text_color)
        painter.drawText(
            QRectF(pad, pad, self.width() - 2 * pad, title_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self.title,
        )
        painter.setFont(self.font())
        if not self._categories:
            painter.drawText(
                QRectF(pad, pad + title_h, self.width() - 2 * pad, row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                _t("geen gegevens"),
            )
            painter.end()
            return
        label_w = min(max(fm.horizontalAdvance(c) for c in self._categories) + pad, int(self.width() * 0.42))
        value_w = fm.horizontalAdvance("≥999") + pad
        x0 = pad + label_w + pad
        span = max(10.0, self.width() - x0 - value_w - pad)
        unit = span / self._scale_max()
        y = pad + title_h
        axis_pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        for i, category in enumerate(self._categories):
            painter.setPen(text_color)
            label = fm.elidedText(category, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(pad, y, label_w, row_h - pad),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            block = bar_h * len(self._series)
            by = y + (row_h - pad - block) / 2
            for s in self._series:
                self._bar(painter, s, s.values[i], QRectF(x0, by, 0, bar_h), unit, text_color)
                by += bar_h
            y += row_h
        painter.setPen(axis_pen)
        painter.drawLine(int(x0), pad + title_h, int(x0), int(y - pad))
        if len(self._series) > 1:
            self._legend(painter, pad, int(y), text_color)
        painter.end()

    def _bar(
        self, painter: QPainter, series: Series, v: BarValue, rect: QRectF, unit: float, text_color: QColor
    ) -> None:
        inner = QRectF(rect.x(), rect.y() + 1, 0, rect.height() - 2)
        if v.value is None:
            inner.setWidth(unit * v.upper)
            painter.setPen(QPen(QColor(HIDDEN_COLOR), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(QColor(series.color), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(inner)
        elif v.value:
            inner.setWidth(unit * v.value)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.color))
            painter.drawRect(inner)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor(HIDDEN_COLOR) if v.value is None else text_color)
        fm = QFontMetrics(self.font())
        text_rect = QRectF(
            inner.right() + 4,
            rect.y() + (rect.height() - fm.height()) / 2,
            fm.horizontalAdvance(v.text) + 8,
            fm.height(),
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), v.text)

    def _legend(self, painter: QPainter, x: int, y: int, text_color: QColor) -> None:
        fm = QFontMetrics(self.font())
        box = fm.height() // 2 + 2
        for s in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(s.color))
            painter.drawRect(QRectF(x, y + (fm.height() - box) / 2 + 2, box, box))
            painter.setPen(text_color)
            painter.drawText(x + box + 4, y + 2 + fm.ascent(), s.name)
            x += box + 4 + fm.horizontalAdvance(s.name) + 3 * box
