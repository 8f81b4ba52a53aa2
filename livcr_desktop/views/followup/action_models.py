"""The action tracker's table models: every action across cases (filtered in Python over precomputed
keys, only the visible rows shown: ``views.models.FilteredTableModel``) and one action's history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.domain.followup import ActionHistoryEntry, TrackedAction
from livcr_desktop.views.models import Column, FilteredTableModel, RowTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_colour, text_for_shade
from livcr_desktop.views.widgets.dates import format_date

COL_CASE, COL_ACTION, COL_OWNER, COL_RESPONSIBLE, COL_DEADLINE, COL_STATUS, COL_UPDATE = range(7)
COLUMN_COUNT = 7

FILTER_ALL = "all"
FILTER_OPEN = "open"  # open or running
FILTER_OVERDUE = "overdue"
FILTER_DUE_SOON = "due_soon"

OVERDUE_COLOR = QColor("#b00020")
DUE_SOON_BACKGROUND = QColor("#ffe7a3")


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionTracker", text)


def _headers() -> list[str]:
    return [
        _t("Casus"),
        _t("Actie"),
        _t("Eigenaar"),
        _t("Verantwoordelijke"),
        _t("Deadline"),
        _t("Status"),
        _t("Laatste opvolging"),
    ]


class ActionTrackerModel(FilteredTableModel[TrackedAction]):
    """Every action of every case; filters by owner organisation, status (or overdue / this week)
    and a text on case code, pseudonym and description."""

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        self._today = today
        self._status = FILTER_OPEN  # what needs chasing; the widget's first filter choice
        self._owner: int | None = None

        def tooltip(col: int) -> Callable[[TrackedAction], str | None]:
            def tip(a: TrackedAction) -> str | None:
                if col == COL_ACTION:
                    return a.description
                if col == COL_UPDATE and a.last_note:
                    return a.last_note
                return self.urgency_text(a) or None

            return tip

        def title(col: int) -> Callable[[], str]:
            return lambda: _headers()[col]

        displays: list[Callable[[TrackedAction], str]] = [
            lambda a: a.case_code + (f" ({a.case_pseudonym})" if a.case_pseudonym else ""),
            lambda a: a.description,
            lambda a: a.owner_organisation,
            lambda a: a.responsible,
            self._deadline_text,
            lambda a: labels.action_status(a.status),
            _last_update_text,
        ]
        sort_keys: list[Callable[[TrackedAction], Any]] = [
            lambda r: r.case_code,
            lambda r: r.description.casefold(),
            lambda r: r.owner_organisation.casefold(),
            lambda r: r.responsible.casefold(),
            lambda r: r.deadline,
            lambda r: list(ActionStatus).index(r.status),
            lambda r: r.last_update_at.isoformat() if r.last_update_at else "",
        ]
        super().__init__(
            [Column(title(c), displays[c], tooltip=tooltip(c), sort_key=sort_keys[c]) for c in range(COLUMN_COUNT)],
            key=lambda a: a.id,
            parent=parent,
        )

    # -- data in ---------------------------------------------------------------------------------

    def set_actions(self, actions: Sequence[TrackedAction]) -> None:
        self.set_all(actions)

    def search_text(self, row: TrackedAction) -> str:
        return "\x1f".join((row.case_code, row.case_pseudonym, row.description, row.responsible))

    def tie_key(self, row: TrackedAction) -> Any:
        return (row.case_code, row.id)

    def set_filter(self, text: str | None = None, status: str | None = None) -> None:
        if status is not None:
            self._status = status
        if text is not None:
            self.set_text(text)
        else:
            self.refilter()

    def set_owner(self, organisation_id: int | None) -> None:
        """Only the actions of this owner organisation (None: every organisation)."""
        self._owner = organisation_id
        self.refilter()

    def accepts(self, row: TrackedAction) -> bool:
        if self._owner is not None and row.owner_organisation_id != self._owner:
            return False
        today = self._today()
        match self._status:
            case "all":
                return True
            case "open":
                return row.status.is_open
            case "overdue":
                return row.is_overdue(today)
            case "due_soon":
                return row.is_due_soon(today)
            case value:
                return row.status.value == value

    # -- queries ---------------------------------------------------------------------------------

    def action_at(self, row: int) -> TrackedAction:
        return self.row_at(row)

    def overdue_count(self) -> int:
        today = self._today()
        return sum(1 for a in self.all_rows() if a.is_overdue(today))

    def urgency_text(self, a: TrackedAction) -> str:
        today = self._today()
        if a.is_overdue(today):
            days = (today - a.deadline).days
            return _t("Achterstallig: de deadline is {days} dag(en) verstreken").format(days=days)
        if a.is_due_soon(today):
            return _t("Deadline deze week")
        return ""

    def _deadline_text(self, a: TrackedAction) -> str:
        today = self._today()
        text = format_date(a.deadline)
        if a.is_overdue(today):
            return _t("{date} (achterstallig)").format(date=text)
        if a.is_due_soon(today):
            return _t("{date} (deze week)").format(date=text)
        return text

    def cell_style(self, row: TrackedAction, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        today = self._today()
        overdue, soon = row.is_overdue(today), row.is_due_soon(today)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(alert_colour())
        if role == Qt.ItemDataRole.BackgroundRole and soon:
            return QBrush(DUE_SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and soon and (fixed := text_for_shade(DUE_SOON_BACKGROUND)):
            return QBrush(fixed)
        if role == Qt.ItemDataRole.FontRole and overdue and column == COL_DEADLINE:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _last_update_text(a: TrackedAction) -> str:
    if a.last_update_at is None:
        return ""
    when = format_date(a.last_update_at.date())
    return f"{when} — {a.last_note}" if a.last_note else when


class ActionHistoryModel(RowTableModel[ActionHistoryEntry]):
    """Every ActionUpdate of one action: date, user, status, note."""

    COLS = 4

    def __init__(self, parent: Any = None) -> None:
        def when(r: ActionHistoryEntry) -> str:
            return r.at.strftime("%d/%m/%Y %H:%M")

        super().__init__(
            [
                Column(lambda: _t("Datum"), lambda r: format_date(r.at.date()), tooltip=when),
                Column(lambda: _t("Door"), lambda r: r.user, tooltip=when),
                Column(lambda: _t("Status"), lambda r: labels.action_status(r.status), tooltip=when),
                Column(lambda: _t("Notitie"), lambda r: r.note, tooltip=lambda r: r.note or None),
            ],
            key=lambda r: r.id,
            parent=parent,
        )
