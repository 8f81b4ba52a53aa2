"""The numbers of the statistics window as a table: category and count, each breakdown under a title row.

The model is a :class:`~livcr_desktop.views.models.RowTableModel`; every row has a key made of its
breakdown and category, so another period with the same categories replaces the counts in place
(``dataChanged``) and the table keeps its current row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from livcr_desktop.services.statistics import Statistics
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.models.base import DISPLAY, Index
from livcr_desktop.views.statistics.statistics_labels import breakdown_title, cell_label, decimal


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsView", text)


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    value: str = ""
    heading: bool = False  # a section's title row (no value)
    total: bool = False
    hidden: bool = False  # the value is "<3", "≥3" or "<3 dossiers"
    key: str = ""  # which number this is, the same for every period ("phenomenon/radicalism")


def table_rows(stats: Statistics) -> list[Row]:
    rows = [
        Row(_t("Kerncijfers"), heading=True, key="core"),
        Row(_t("Aanmeldingen"), stats.referrals.text, hidden=stats.referrals.hidden, key="core/referrals"),
        Row(
            _t("Adviesvragen (geen casus)"),
            stats.advice_requests.text,
            hidden=stats.advice_requests.hidden,
            key="core/advice",
        ),
    ]
    d = stats.days_to_decision
    rows.append(Row(_t("Dossiers met een beslissing"), d.cases.text, hidden=d.cases.hidden, key="core/decided"))
    if d.mean is None or d.median is None:
        rows.append(
            Row(_t("Gemiddeld aantal dagen tot eerste beslissing"), _t("<3 dossiers"), hidden=True, key="core/mean")
        )
    else:
        rows.append(Row(_t("Gemiddeld aantal dagen tot eerste beslissing"), decimal(d.mean), key="core/mean"))
        rows.append(Row(_t("Mediaan aantal dagen tot eerste beslissing"), decimal(d.median), key="core/median"))
    for b in stats.breakdowns:
        section = b.key.value
        rows.append(Row(breakdown_title(b.key), heading=True, key=section))
        rows += [
            Row(cell_label(b.key, c), c.count.text, hidden=c.count.hidden, key=f"{section}/{c.key}") for c in b.cells
        ]
        rows.append(Row(_t("Totaal"), b.total.text, total=True, hidden=b.total.hidden, key=f"{section}//total"))
    return rows


def _hidden_tip(r: Row) -> str | None:
    if not r.hidden:
        return None
    return _t(
        'Verborgen zodat niemand herkenbaar is: "<3" is 1 of 2, "≥3" is verborgen zodat een '
        "klein aantal niet uit het totaal af te leiden is."
    )


class StatisticsTableModel(RowTableModel[Row]):
    """The numbers as two columns: category and count, each breakdown under a title row."""

    COLS = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Categorie"), lambda r: r.label if r.heading else "    " + r.label),
                Column(
                    lambda: _t("Aantal"),
                    lambda r: r.value,
                    tooltip=_hidden_tip,
                    alignment=Qt.AlignmentFlag.AlignRight,
                ),
            ],
            key=lambda r: r.key,
            parent=parent,
        )

    def set_statistics(self, stats: Statistics) -> None:
        self.set_rows(table_rows(stats))

    def row(self, index: int) -> Row:
        return self.row_at(index)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and self._valid(index):
            r = self.row_at(index.row())  # a screen reader hears the label without the indent
            return (r.label, r.value)[index.column()]
        return super().data(index, role)

    def cell_style(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and (row.total or row.heading):
            font = QFont()
            font.setBold(True)
            return font
        return None
