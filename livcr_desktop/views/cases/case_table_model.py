"""The case register as a Qt table model.

Filtering and sorting happen in Python over precomputed keys and the model exposes only the
visible rows (``views.models.FilteredTableModel``, shared with the action tracker): a
``QSortFilterProxyModel`` over a Python model calls ``data()`` for every row on every keystroke
(0.8–1.8 s at 50,000 rows, see the tech notes); this stays in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from livcr_desktop.domain.entities import CaseSummary
from livcr_desktop.domain.enums import CaseStatus
from livcr_desktop.views.models import Column, FilteredTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_colour

(
    COL_CODE,
    COL_PSEUDONYM,
    COL_STATUS,
    COL_PHENOMENON,
    COL_IDEOLOGY,
    COL_MINOR,
    COL_REGISTERED,
    COL_REVIEW,
    COL_MANAGER,
    COL_REFERRER,
) = range(10)
COLUMN_COUNT = 10

# Status filter values beyond the CaseStatus codes.
FILTER_ALL = "all"
FILTER_OPEN = "open"
FILTER_OVERDUE = "overdue"

OVERDUE_COLOR = QColor("#b00020")


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def _headers() -> list[str]:
    return [
        _t("Code"),
        _t("Pseudoniem"),
        _t("Status"),
        _t("Fenomeen"),
        _t("Ideologie"),
        _t("Minderjarig"),
        _t("Aanmelding"),
        _t("Volgende bespreking"),
        _t("Casemanager"),
        _t("Signaalgever"),
    ]


def _sort_key(col: int) -> Callable[[CaseSummary], Any]:
    far = date.max
    keys: dict[int, Callable[[CaseSummary], Any]] = {
        COL_CODE: lambda r: r.code,
        COL_PSEUDONYM: lambda r: r.pseudonym.casefold(),
        COL_STATUS: lambda r: list(CaseStatus).index(r.status),
        COL_PHENOMENON: lambda r: labels.label(r.phenomenon).casefold(),
        COL_IDEOLOGY: lambda r: labels.label(r.ideology).casefold(),
        COL_MINOR: lambda r: r.is_minor,
        COL_REGISTERED: lambda r: r.registration_date,
        COL_REVIEW: lambda r: r.next_review_date or far,
        COL_MANAGER: lambda r: r.case_manager.casefold(),
        COL_REFERRER: lambda r: r.referrer.casefold(),
    }
    return keys[col]


class CaseTableModel(FilteredTableModel[CaseSummary]):
    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        self._today = today
        self._status = FILTER_ALL

        def title(col: int) -> Callable[[], str]:
            return lambda: _headers()[col]

        def overdue_tip(c: CaseSummary) -> str | None:
            return _t("Bespreking achterstallig") if c.is_review_overdue(today()) else None

        displays: list[Callable[[CaseSummary], str]] = [
            lambda c: c.code,
            lambda c: c.pseudonym,
            lambda c: labels.case_status(c.status),
            lambda c: labels.label(c.phenomenon),
            lambda c: labels.label(c.ideology),
            lambda c: _t("ja") if c.is_minor else "",
            lambda c: labels.date_text(c.registration_date),
            self._review_text,
            lambda c: c.case_manager,
            lambda c: c.referrer,
        ]
        super().__init__(
            [
                Column(title(c), displays[c], sort_key=_sort_key(c), tooltip=overdue_tip if c == COL_REVIEW else None)
                for c in range(COLUMN_COUNT)
            ],
            key=lambda c: c.id,
            parent=parent,
        )

    # -- data in ---------------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        self.set_all(cases)

    def search_text(self, row: CaseSummary) -> str:
        return "\x1f".join(
            (
                row.code,
                row.pseudonym,
                labels.case_status(row.status),
                labels.label(row.phenomenon),
                labels.label(row.ideology),
                row.case_manager,
                row.referrer,
            )
        )

    def tie_key(self, row: CaseSummary) -> Any:
        return row.code

    def set_filter(self, text: str | None = None, status: str | None = None) -> None:
        if status is not None:
            self._status = status
        if text is not None:
            self.set_text(text)
        else:
            self.refilter()

    def accepts(self, row: CaseSummary) -> bool:
        status = self._status
        if status == FILTER_ALL:
            return True
        if status == FILTER_OPEN:
            return not row.status.is_closed
        if status == FILTER_OVERDUE:
            return row.is_review_overdue(self._today())
        return row.status.value == status

    # -- queries ---------------------------------------------------------------------------------

    def case_at(self, row: int) -> CaseSummary:
        return self.row_at(row)

    def overdue_count(self) -> int:
        today = self._today()
        return sum(1 for c in self.all_rows() if c.is_review_overdue(today))

    def _review_text(self, case: CaseSummary) -> str:
        text = labels.date_text(case.next_review_date)
        if case.is_review_overdue(self._today()):
            text = _t("{date} (achterstallig)").format(date=text)
        return text

    def cell_style(self, row: CaseSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if column != COL_REVIEW or not row.is_review_overdue(self._today()):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(alert_colour())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
