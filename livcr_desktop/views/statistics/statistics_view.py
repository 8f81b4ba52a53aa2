"""The statistics window: anonymous numbers for prevention policy and the annual report.

A period (a year, or any range), a grid of bar charts, the same numbers in a table, CSV and
PDF export, and the annual report for the mayor and the steering group (``annual_dialog``).
Everything shown comes from ``services.statistics``, which hands over aggregate numbers only,
small counts already hidden as "<3" (or "≥3"). The screen follows the user's language; the
exported files are in the cell's document language (setting ``language``). The names of things
are in ``statistics_labels``, the table model in ``statistics_table``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.services import statistics
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.statistics import (
    CASE_BREAKDOWNS,
    Breakdown,
    BreakdownKey,
    Count,
    CountKind,
    ExportFormat,
    Period,
    Statistics,
)
from livcr_desktop.views.statistics.charts import SERIES_COLORS, THRESHOLD, BarChart, BarValue, Series
from livcr_desktop.views.statistics.statistics_labels import breakdown_title, cell_label, days_text, series_name
from livcr_desktop.views.statistics.statistics_table import StatisticsTableModel
from livcr_desktop.views.widgets.dates import typed_like_paper
from livcr_desktop.views.widgets.forms import fit_to_screen
from livcr_desktop.views.widgets.messages import file_error_message
from livcr_desktop.views.widgets.save_location import in_documents

CUSTOM = -1  # the period combo's "other period" entry


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsView", text)


def bar_value(count: Count) -> BarValue:
    upper = THRESHOLD if count.kind is CountKind.MASKED else THRESHOLD - 1
    return BarValue(count.value, count.text, upper)


class StatisticsWindow(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.stats: Statistics | None = None
        self.charts: dict[str, BarChart] = {}
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(_t("Statistiek LIVC-R — geen persoonsgegevens"))
        fit_to_screen(self, 1280, 760)
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        period_label = QLabel(_t("&Periode:"))
        self.period = QComboBox()
        self.period.setObjectName("periodCombo")
        period_label.setBuddy(self.period)
        for year in statistics.available_years(ctx):
            self.period.addItem(str(year), year)
        self.period.addItem(_t("Andere periode…"), CUSTOM)
        today = ctx.today()
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name, tip in ((self.start, "periodStart", _t("Van")), (self.end, "periodEnd", _t("Tot en met"))):
            edit.setObjectName(name)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(tip)
            edit.setToolTip(tip)
            typed_like_paper(edit)
        self.range_label = QLabel(_t("tot en met"))
        self.csv_button = QPushButton(_t("CSV exporteren"))
        self.csv_button.setObjectName("exportCsvButton")
        self.pdf_button = QPushButton(_t("PDF exporteren"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.annual_button = QPushButton(_t("&Jaarverslag…"))
        self.annual_button.setObjectName("annualReportButton")
        self.annual_button.setToolTip(_t("Jaarverslag voor de burgemeester en de stuurgroep (PDF of CSV)"))
        for w in (period_label, self.period, self.start, self.range_label, self.end):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.annual_button)
        layout.addLayout(bar)

        self.summary = QLabel()
        self.summary.setObjectName("statisticsSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        rule = QLabel(
            _t(
                'Geen persoonsgegevens, enkel aantallen. Aantallen van 1 of 2 staan als "<3" (gearceerd); '
                "waar zo'n aantal uit het totaal af te leiden is, is ook een tweede aantal verborgen "
                '("≥3"). Status, uitkomst en openstaande acties: stand van vandaag.'
            )
        )
        rule.setObjectName("hintLabel")
        rule.setWordWrap(True)
        layout.addWidget(rule)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        grid_host = QWidget()
        grid_host.setObjectName("chartGrid")
        self.grid = QGridLayout(grid_host)
        keys = [*CASE_BREAKDOWNS, BreakdownKey.ACTIONS_OPEN]
        for i, key in enumerate(keys):
            title = (
                _t("Open acties en acties over tijd, per organisatie")
                if key is BreakdownKey.ACTIONS_OPEN
                else breakdown_title(key)
            )
            chart = BarChart(title)
            chart.setObjectName(f"chart_{key.value}")
            self.charts[key.value] = chart
            self.grid.addWidget(chart, i // 2, i % 2)
        self.grid.setRowStretch(len(keys) // 2 + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        splitter.addWidget(scroll)
        self.model = StatisticsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("statisticsTable")
        self.table.setAccessibleName(_t("Kerncijfers"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 380])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setObjectName("statisticsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.export(ExportFormat.CSV))
        self.pdf_button.clicked.connect(lambda: self.export(ExportFormat.PDF))
        self.annual_button.clicked.connect(self.open_annual_report)
        self._period_changed()

    # -- period -----------------------------------------------------------------------------------

    def selected_period(self) -> Period | None:
        """The chosen period; None when a custom range ends before it starts."""
        year = self.period.currentData()
        if year != CUSTOM:
            return Period.year(int(year))
        start, end = self.start.date(), self.end.date()
        first = date(start.year(), start.month(), start.day())
        last = date(end.year(), end.month(), end.day())
        return Period(first, last) if first <= last else None

    def set_year(self, year: int) -> None:
        self.period.setCurrentIndex(self.period.findData(year))

    def set_range(self, first: date, last: date) -> None:
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        self.start.setDate(QDate(first.year, first.month, first.day))
        self.end.setDate(QDate(last.year, last.month, last.day))
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        if self.period.currentData() == CUSTOM:
            self.refresh()
        else:
            self.period.setCurrentIndex(self.period.findData(CUSTOM))

    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        for w in (self.start, self.range_label, self.end):
            w.setVisible(custom)
        self.refresh()

    # -- content ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        period = self.selected_period()
        if period is None:
            self.message.setText(_t("De periode eindigt vóór ze begint."))
            return
        self.message.clear()
        self.show_statistics(statistics.compute(self.ctx, period))

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        self.summary.setText(_t("{n} aanmeldingen · {days}").format(n=stats.referrals.text, days=days_text(stats)))
        for key in CASE_BREAKDOWNS:
            self._fill(self.charts[key.value], stats.breakdown(key))
        parts = [stats.breakdown(k) for k in (BreakdownKey.ACTIONS_OPEN, BreakdownKey.ACTIONS_OVERDUE)]
        series = [
            Series(series_name(p.key), tuple(bar_value(c.count) for c in p.cells), color)
            for p, color in zip(parts, SERIES_COLORS[1:], strict=True)
        ]
        self.charts[BreakdownKey.ACTIONS_OPEN.value].set_data(
            [cell_label(parts[0].key, c) for c in parts[0].cells], series
        )
        self.model.set_statistics(stats)

    def _fill(self, chart: BarChart, b: Breakdown) -> None:
        chart.set_data(
            [cell_label(b.key, c) for c in b.cells], [Series(_t("aantal"), tuple(bar_value(c.count) for c in b.cells))]
        )

    # -- export -----------------------------------------------------------------------------------

    def open_annual_report(self) -> QWidget:
        """The annual report dialog (a year, PDF or CSV), window-modal over this window."""
        from livcr_desktop.views.statistics.annual_dialog import open_annual_report

        return open_annual_report(self, self.ctx)

    def default_file_name(self, fmt: ExportFormat) -> str:
        period = self.stats.period if self.stats else Period.year(self.ctx.today().year)
        span = str(period.start.year) if period.is_year else f"{period.start.isoformat()}_{period.end.isoformat()}"
        return _t("statistiek-{period}").format(period=span) + f".{fmt.value}"

    def export(self, fmt: ExportFormat, path: Path | None = None) -> Path | None:
        """Write the CSV or PDF (asks where when no path is given); audited by the service."""
        if self.stats is None:
            return None
        if path is None:
            caption = _t("CSV exporteren") if fmt is ExportFormat.CSV else _t("PDF exporteren")
            filters = _t("CSV (*.csv)") if fmt is ExportFormat.CSV else _t("PDF (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(self, caption, in_documents(self.default_file_name(fmt)), filters)
            if not chosen:
                return None
            path = Path(chosen)
        try:
            statistics.export(self.ctx, self.stats, fmt, path)
        except OSError as exc:  # a full disk or read-only medium says what to do (nothing was written)
            self.message.setText(_t("Niet bewaard: {error}").format(error=file_error_message(exc)))
            return None
        self.message.setText(_t("Bewaard: {path}").format(path=str(path)))
        return path


def open_statistics(parent: QWidget | None, ctx: ServiceContext) -> StatisticsWindow:
    """Open (and return) the statistics window; it deletes itself when closed."""
    window = StatisticsWindow(ctx, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
