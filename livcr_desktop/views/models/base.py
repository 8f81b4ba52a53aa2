"""One base for the table and list models: columns declared as data, one row cache, edits in place.

A model holds a list of domain rows (frozen dataclasses fetched through the services), each with a
key that names its record (usually its database id). Three rules keep the keyboard user where they are:

* **An edit replaces one row.** A refresh that brings the same records in the same order replaces
  the rows that changed and emits ``dataChanged`` for those rows only; nothing is reset, so the
  view's current index, selection and scroll position stay.
* **A refresh that changes which records are shown** (a row added, removed, reordered, filtered)
  is a layout change: every persistent index (the view's current index and selection among them)
  moves to the row of the same record, or becomes invalid if the record is gone.
* **Sorting and filtering happen in Python** over precomputed keys (:class:`FilteredTableModel`):
  a ``QSortFilterProxyModel`` over a Python model calls ``data()`` for every row on every keystroke
  (0.8-1.8 s at 50,000 rows, see the tech notes); this stays in milliseconds.

Columns (:class:`Column`) say their title, display text, tooltip, sort key, alignment and how a cell
is edited or checked; a model adds colours and fonts in :meth:`RowTableModel.cell_style`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
DISPLAY = Role.DisplayRole
EDIT = Role.EditRole
NO_INDEX = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: what it is called and how a row shows, sorts and edits in it."""

    title: Callable[[], str]  # called at paint time, so a language switch shows at once
    display: Callable[[R], str]
    tooltip: Callable[[R], str | None] | None = None
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    edit_value: Callable[[R], Any] | None = None  # the EditRole value an editor starts from
    edit: Callable[[R, Any], None] | None = None  # stores a new value (the model is refreshed by the caller)
    editable: Callable[[R], bool] | None = None  # which rows may be edited (every row when None)
    checked: Callable[[R], bool | None] | None = None  # a check box; None: none on this row
    set_checked: Callable[[R, bool], None] | None = None

    def is_editable(self, row: R) -> bool:
        return self.edit is not None and (self.editable is None or self.editable(row))


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return Qt.CheckState(value) == Qt.CheckState.Checked


class RowCache(Generic[R]):
    """The rows of one model and the signals that keep its views in place when they change."""

    def __init__(self, model: QAbstractItemModel, key: Callable[[R], Hashable]) -> None:
        self.model, self.key = model, key
        self.rows: list[R] = []

    def __len__(self) -> int:
        return len(self.rows)

    def row_of(self, key: Hashable) -> int | None:
        return next((i for i, r in enumerate(self.rows) if self.key(r) == key), None)

    def _last_column(self) -> int:
        if isinstance(self.model, QAbstractListModel):
            return 0
        return max(0, self.model.columnCount(NO_INDEX) - 1)

    def replace(self, row: int, new: R) -> None:
        """One row changed: store it and repaint that row only."""
        self.rows[row] = new
        m = self.model
        m.dataChanged.emit(m.index(row, 0), m.index(row, self._last_column()))

    def set(self, rows: Sequence[R]) -> None:
        """Show ``rows``, keeping every persistent index (current cell, selection) on its record."""
        new = list(rows)
        old_keys = [self.key(r) for r in self.rows]
        new_keys = [self.key(r) for r in new]
        if old_keys == new_keys:
            for i, (before, after) in enumerate(zip(self.rows, new, strict=True)):
                if before != after:
                    self.replace(i, after)
            return
        m = self.model
        if not m.persistentIndexList():  # nobody points into the model: a reset is cheapest
            m.beginResetModel()
            self.rows = new
            m.endResetModel()
            return
        m.layoutAboutToBeChanged.emit()
        persistent = m.persistentIndexList()
        self.rows = new
        position = {k: i for i, k in enumerate(new_keys)}
        for idx in persistent:
            old_row = idx.row()
            new_row = position.get(old_keys[old_row]) if 0 <= old_row < len(old_keys) else None
            m.changePersistentIndex(idx, m.index(new_row, idx.column()) if new_row is not None else NO_INDEX)
        m.layoutChanged.emit()


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows of type ``R`` with columns declared as data."""

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], Hashable], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self.cache: RowCache[R] = RowCache(self, key)

    # -- rows ------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.cache.set(rows)

    def row_at(self, row: int) -> R:
        return self.cache.rows[row]

    entry = row_at

    def rows(self) -> list[R]:
        return list(self.cache.rows)

    def row_of(self, key: Hashable) -> int | None:
        return self.cache.row_of(key)

    def replace_row(self, row: int, new: R) -> None:
        self.cache.replace(row, new)

    def set_columns(self, columns: Sequence[Column[R]], rows: Sequence[R]) -> None:
        """Other columns (and rows): the one change that resets the model."""
        self.beginResetModel()
        self.columns = list(columns)
        self.cache.rows = list(rows)
        self.endResetModel()

    # -- model interface -------------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.cache)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == DISPLAY:
            return self.columns[section].title()
        return None

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self.cache) and 0 <= index.column() < len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col, row = self.columns[index.column()], self.cache.rows[index.row()]
        if col.is_editable(row):
            f |= Qt.ItemFlag.ItemIsEditable
        if col.set_checked is not None and col.checked is not None and col.checked(row) is not None:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        col, row = self.columns[index.column()], self.cache.rows[index.row()]
        if role in (DISPLAY, Role.AccessibleTextRole):
            return col.display(row)
        if role == EDIT and col.edit_value is not None:
            return col.edit_value(row)
        if role == Role.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Role.TextAlignmentRole and col.alignment is not None:
            return int(col.alignment | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.CheckStateRole and col.checked is not None:
            state = col.checked(row)
            if state is not None:
                return Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
        return self.cell_style(row, index.column(), role)

    def cell_style(self, row: R, column: int, role: int) -> Any:
        """Colours, fonts and other roles a model adds (UserRole, ForegroundRole, ...)."""
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        """Hand the value to the column's edit function. The caller refreshes the rows afterwards
        (``set_rows``), which replaces the edited row in place: never a reset from here."""
        if not self._valid(index):
            return False
        col, row = self.columns[index.column()], self.cache.rows[index.row()]
        if role == EDIT and col.is_editable(row):
            assert col.edit is not None
            col.edit(row, value)
            return True
        if (
            role == Role.CheckStateRole
            and col.set_checked is not None
            and col.checked is not None
            and col.checked(row) is not None
        ):
            col.set_checked(row, _as_bool(value))
            return True
        return False


class FilteredTableModel(RowTableModel[R]):
    """All rows kept; the visible ones chosen by words of a search text and :meth:`accepts`,
    in the order of a column's sort key (Python-side keys, no proxy model)."""

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], Hashable], parent: Any = None) -> None:
        super().__init__(columns, key, parent)
        self._all: list[R] = []
        self._search: list[str] = []
        self._text = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- what subclasses say ---------------------------------------------------------------------

    def search_text(self, row: R) -> str:
        """The text the search words are looked for in (casefolded once per refresh)."""
        raise TypeError(f"{type(self).__name__} must define search_text(): a filtered model says what is searched")

    def accepts(self, row: R) -> bool:
        """The model's other filters (status, owner, ...)."""
        return True

    def tie_key(self, row: R) -> Any:
        """The order of rows with equal sort keys."""
        return 0

    # -- data in ---------------------------------------------------------------------------------

    def set_all(self, rows: Sequence[R]) -> None:
        self._all = list(rows)
        self._index_all()
        self.set_rows(self._compute_visible())

    def _index_all(self) -> None:
        if self._sort_column >= 0:
            key = self.columns[self._sort_column].sort_key
            if key is not None:
                sort_key = key
                self._all.sort(
                    key=lambda r: (sort_key(r), self.tie_key(r)),
                    reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
                )
        self._search = [self.search_text(r).casefold() for r in self._all]

    def set_text(self, text: str) -> None:
        self._text = text.strip().casefold()
        self.refilter()

    def refilter(self) -> None:
        self.set_rows(self._compute_visible())

    def _compute_visible(self) -> list[R]:
        words = self._text.split()
        return [
            r
            for r, key in zip(self._all, self._search, strict=True)
            if (not words or all(w in key for w in words)) and self.accepts(r)
        ]

    def all_rows(self) -> list[R]:
        return list(self._all)

    def total_count(self) -> int:
        return len(self._all)

    def find(self, key: Hashable) -> R | None:
        """The row of this record, whether or not the filters show it."""
        return next((r for r in self._all if self.cache.key(r) == key), None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self._sort_column, self._sort_order = column, order
        self._index_all()
        self.refilter()
