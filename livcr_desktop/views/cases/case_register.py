"""The case register page: search, status filter, the case table and its counts (the main window's first tab)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.entities import CaseSummary
from livcr_desktop.domain.enums import CaseStatus
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_table_model import COL_CODE, FILTER_ALL, FILTER_OPEN, FILTER_OVERDUE, CaseTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.columns import fit_columns
from livcr_desktop.views.widgets.filter_bar import add_labelled, filter_combo, search_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CaseRegisterPage(QWidget):
    """The widgets of the register; the main window wires their actions (open, new, timeline)."""

    filtered = Signal()  # the search text or the status filter changed what is shown

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = search_edit(
            "searchEdit", _t("Zoeken op code, pseudoniem, status, casemanager… (Ctrl+F)"), _t("Casussen zoeken")
        )
        self.status_filter = filter_combo(
            "statusFilter",
            _t("Filter op status"),
            [
                (_t("Alle casussen"), FILTER_ALL),
                (_t("Alle lopende casussen"), FILTER_OPEN),
                (_t("Bespreking achterstallig"), FILTER_OVERDUE),
                *((labels.case_status(status), status.value) for status in CaseStatus),
            ],
        )
        self.new_button = QPushButton(_t("&Nieuwe casus"))
        self.new_button.setObjectName("newCaseButton")
        self.new_button.setToolTip(_t("Nieuwe casus (Ctrl+N)"))
        self.timeline_button = QPushButton(_t("Tij&dlijn"))
        self.timeline_button.setObjectName("timelineButton")
        self.timeline_button.setToolTip(_t("Tijdlijn van de gekozen casus (Ctrl+T)"))
        add_labelled(bar, _t("&Zoeken:"), self.search, 3)
        add_labelled(bar, _t("&Status:"), self.status_filter, 1)
        bar.addWidget(self.timeline_button)
        bar.addWidget(self.new_button)
        self.layout_.addLayout(bar)

        self.model = CaseTableModel(today=ctx.today, parent=self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(_t("Casussen"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTabKeyNavigation(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.layout_.addWidget(self.table)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.layout_.addWidget(self.count_label)
        self.search.textChanged.connect(self._on_search)
        self.status_filter.currentIndexChanged.connect(self._on_status)

    def add_banner(self, banner: QWidget, first_focus: QWidget, previous: QWidget) -> None:
        """A banner above the search bar whose button comes first in the Tab order (right after
        ``previous``, the tab bar), as it stands first; then the page's controls in the order they are seen."""
        self.layout_.insertWidget(0, banner)
        chain: list[QWidget] = [previous, first_focus, self.search, self.status_filter, self.timeline_button]
        chain += [self.new_button, self.table]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def set_cases(self, rows: Sequence[CaseSummary]) -> None:
        self.model.set_cases(rows)

    def sort_newest_first(self) -> None:
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table)

    def selected_case_id(self) -> int | None:
        """The selected case, else the one of the current (framed) cell: Tab into the list puts the
        current cell on the first row without selecting it, and Ctrl+T or Ctrl+Enter act on that."""
        rows = self.table.selectionModel().selectedRows()
        current = rows[0] if rows else self.table.currentIndex()
        return self.model.case_at(current.row()).id if current.isValid() else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def update_counts(self) -> int:
        """The count line; returns the number of cases whose discussion is overdue."""
        # A label and numbers, so that no language needs a plural form ("1 casussen").
        self.count_label.setText(
            _t("Casussen: {shown} van {total}").format(shown=self.model.rowCount(), total=self.model.total_count())
        )
        return self.model.overdue_count()

    def _on_search(self, text: str) -> None:
        self.model.set_filter(text=text)
        self.filtered.emit()

    def _on_status(self, _index: int) -> None:
        self.model.set_filter(status=self.status_filter.currentData())
        self.filtered.emit()
