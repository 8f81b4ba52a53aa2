"""The case register as a Qt table model.

Filtering and sorting happen in Python over precomputed keys and the model exposes only the
visible rows: a ``QSortFilterProxyModel`` over a Python model calls ``data()`` for every row on
every keystroke (0.8–1.8 s at 50,000 rows, see the tech notes); this stays in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from livcr_desktop.domain.entities import CaseSummary
from livcr_desktop.domain.enums import CaseStatus
from livcr_desktop.views import labels
from livcr_desktop.views.contrast import alert_colour

Index = QModelIndex | QPersistentModelIndex

COL_CODE, COL_PSEUDONYM, COL_STATUS, COL_PHENOMENON, COL_IDEOLOGY, COL_MINOR, COL_REGISTERED, \
    COL_REVIEW, COL_MANAGER, COL_REFERRER = range(10)
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
        _t("Code"), _t("Pseudoniem"), _t("Status"), _t("Fenomeen"), _t("Ideologie"),
        _t("Minderjarig"), _t("Aanmelding"), _t("Volgende bespreking"), _t("Casemanager"),
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


class CaseTableModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._all: list[CaseSummary] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._text = ""
        self._status = FILTER_ALL
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- data in ---------------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._all = list(cases)
        if self._sort_column >= 0:
            self._sort_all()
        self._keys = [self._search_key(c) for c in self._all]
        self._visible = self._compute_visible()
        self.endResetModel()

    def _search_key(self, c: CaseSummary) -> str:
        parts = (
            c.code, c.pseudonym, labels.case_status(c.status), labels.label(c.phenomenon),
            labels.label(c.ideology), c.case_manager, c.referrer,
        )
        return "\x1f".join(parts).casefold()

    def set_filter(self, text: str | None = None, status: str | None = None) -> None:
        if text is not None:
            self._text = text.strip().casefold()
        if status is not None:
            self._status = status
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        words = self._text.split()
        status = self._status
        today = self._today()
        out: list[int] = []
        for i, key in enumerate(self._keys):
            if words and not all(w in key for w in words):
                continue
            if status != FILTER_ALL:
                case = self._all[i]
                if status == FILTER_OPEN:
                    if case.status.is_closed:
                        continue
                elif status == FILTER_OVERDUE:
                    if not case.is_review_overdue(today):
                        continue
                elif case.status.value != status:
                    continue
            out.append(i)
        return out

    # -- sorting ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        old = [self._all[i] for i in self._visible]
        persistent = self.persistentIndexList()
        self._sort_all()
        self._keys = [self._search_key(c) for c in self._all]
        self._visible = self._compute_visible()
        position = {id(c): row for row, c in enumerate(self._all[i] for i in self._visible)}
        for idx in persistent:
            old_row = idx.row()
            new_row = position.get(id(old[old_row])) if 0 <= old_row < len(old) else None
            new_index = self.index(new_row, idx.column()) if new_row is not None else QModelIndex()
            self.changePersistentIndex(idx, new_index)
        self.layoutChanged.emit()

    def _sort_all(self) -> None:
        key = _sort_key(self._sort_column)
        self._all.sort(key=lambda c: (key(c), c.code), reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    # -- model interface -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def case_at(self, row: int) -> CaseSummary:
        return self._all[self._visible[row]]

    def total_count(self) -> int:
        return len(self._all)

    def overdue_count(self) -> int:
        today = self._today()
        return sum(1 for c in self._all if c.is_review_overdue(today))

    def row_of(self, case_id: int) -> int | None:
        for row, i in enumerate(self._visible):
            if self._all[i].id == case_id:
                return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return _headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _date_text(self, d: date | None) -> str:
        return labels.date_text(d)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        case = self._all[self._visible[index.row()]]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(case, col)
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        overdue = col == COL_REVIEW and case.is_review_overdue(self._today())
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(alert_colour())
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return _t("Bespreking achterstallig")
        return None

    def _display(self, case: CaseSummary, col: int) -> str:
        match col:
            case 0:
                return case.code
            case 1:
                return case.pseudonym
            case 2:
                return labels.case_status(case.status)
            case 3:
                return labels.label(case.phenomenon)
            case 4:
                return labels.label(case.ideology)
            case 5:
                return _t("ja") if case.is_minor else ""
            case 6:
                return self._date_text(case.registration_date)
            case 7:
                text = self._date_text(case.next_review_date)
                if case.is_review_overdue(self._today()):
                    text = _t("{date} (achterstallig)").format(date=text)
                return text
            case 8:
                return case.case_manager
            case _:
                return case.referrer
