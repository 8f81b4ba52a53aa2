"""The action tracker: every action across cases, filtered in Python, with each action's history
and a status update with a dated note.

Like the case register, filtering and sorting happen over precomputed keys and the model shows
only the visible rows (``views.models.FilteredTableModel``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.domain.followup import ActionHistoryEntry, TrackedAction
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import followup, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.models import Column, FilteredTableModel, RowTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_colour, alert_style, text_for_shade
from livcr_desktop.views.widgets.dates import format_date
from livcr_desktop.views.widgets.messages import validation_message

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


class ActionTrackerWidget(QWidget):
    """Filters above, the table on the left, the selected action's history and update on the right."""

    changed = Signal()  # an action was updated: counts elsewhere may change
    timeline_requested = Signal(int)  # case id

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("actionTracker")
        self._current_id: int | None = None
        outer = QVBoxLayout(self)
        outer.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.model = ActionTrackerModel(today=ctx.today, parent=self)
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setAccessibleName(_t("Acties"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        lv.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("actionCountLabel")
        lv.addWidget(self.count_label)
        splitter.addWidget(left)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([940, 420])

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda idx: self.timeline_requested.emit(self.model.action_at(idx.row()).case_id))
        self.refresh()
        self.table.sortByColumn(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
        self._fit_columns()

    def _filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("actionSearch")
        self.search.setPlaceholderText(_t("Casus, pseudoniem of actie…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_t("Acties zoeken op casus"))
        search_label = QLabel(_t("Ca&sus:"))
        search_label.setBuddy(self.search)
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.setAccessibleName(_t("Filter op eigenaar"))
        self.owner_filter.addItem(_t("Alle organisaties"), None)
        for org in reference.list_organisations(self.ctx):
            self.owner_filter.addItem(f"{org.short_name} — {org.name}", org.id)
        owner_label = QLabel(_t("&Eigenaar:"))
        owner_label.setBuddy(self.owner_filter)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("actionStatusFilter")
        self.status_filter.setAccessibleName(_t("Filter op status"))
        self.status_filter.addItem(_t("Openstaand (open of lopend)"), FILTER_OPEN)
        self.status_filter.addItem(_t("Alle acties"), FILTER_ALL)
        self.status_filter.addItem(_t("Achterstallig"), FILTER_OVERDUE)
        self.status_filter.addItem(_t("Deadline deze week"), FILTER_DUE_SOON)
        for status in ActionStatus:
            self.status_filter.addItem(labels.action_status(status), status.value)
        status_label = QLabel(_t("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(owner_label)
        bar.addWidget(self.owner_filter, 1)
        bar.addWidget(status_label)
        bar.addWidget(self.status_filter, 1)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.owner_filter.currentIndexChanged.connect(self._filter_owner)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter(status=self.status_filter.currentData()))
        return bar

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("actionSidePanel")
        v = QVBoxLayout(panel)
        v.setContentsMargins(6, 0, 0, 0)
        self.detail_title = QLabel(_t("Kies een actie om haar geschiedenis te zien."))
        self.detail_title.setObjectName("actionDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.detail_title)
        self.urgency_label = QLabel()
        self.urgency_label.setObjectName("actionUrgency")
        self.urgency_label.setStyleSheet(alert_style())
        v.addWidget(self.urgency_label)
        history_label = QLabel(_t("&Geschiedenis"))
        v.addWidget(history_label)
        self.history_model = ActionHistoryModel(self)
        self.history = QTableView()
        self.history.setObjectName("actionHistory")
        self.history.setAccessibleName(_t("Geschiedenis van de actie"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setTabKeyNavigation(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        history_label.setBuddy(self.history)
        v.addWidget(self.history, 1)
        form = QFormLayout()
        self.new_status = QComboBox()
        self.new_status.setObjectName("newActionStatus")
        self.new_status.setAccessibleName(_t("Nieuwe status"))
        for status in ActionStatus:
            self.new_status.addItem(labels.action_status(status), status.value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("actionNote")
        self.note.setAccessibleName(_t("Notitie bij de opvolging"))
        self.note.setPlaceholderText(_t("Wat is er gebeurd? (wordt gedateerd bewaard)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        form.addRow(_t("Nieuwe st&atus:"), self.new_status)
        form.addRow(_t("&Notitie:"), self.note)
        v.addLayout(form)
        buttons = QHBoxLayout()
        self.timeline_button = QPushButton(_t("&Tijdlijn van de casus"))
        self.timeline_button.setObjectName("actionTimelineButton")
        self.update_button = QPushButton(_t("&Bijwerken"))
        self.update_button.setObjectName("updateActionButton")
        buttons.addWidget(self.timeline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.update_button)
        v.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("actionMessage")
        self.message.setWordWrap(True)
        v.addWidget(self.message)
        self.update_button.clicked.connect(self.apply_update)
        self.timeline_button.clicked.connect(self._request_timeline)
        self._may_update = self.ctx.may(Permission.FOLLOW_UP)
        if not self._may_update:
            self.update_button.setToolTip(_t("Uw rol mag acties niet bijwerken."))
        self._set_editable(False)
        return panel

    # -- behaviour -------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self._current_id
        self.model.set_actions(followup.list_tracked_actions(self.ctx))
        self._update_count()
        self.select_action(keep)

    def _fit_columns(self) -> None:
        """Contents decide, within limits: the description and the last note are elided (tooltips)."""
        self.table.resizeColumnsToContents()
        limits = {COL_CASE: 170, COL_ACTION: 200, COL_RESPONSIBLE: 140, COL_UPDATE: 200}
        for col, width in limits.items():
            self.table.setColumnWidth(col, min(width, self.table.columnWidth(col)))

    def _filter(self, text: str | None = None, status: str | None = None) -> None:
        keep = self._current_id
        self.model.set_filter(text=text, status=status)
        self._update_count()
        self.select_action(keep)

    def _filter_owner(self, _index: int) -> None:
        keep = self._current_id
        owner = self.owner_filter.currentData()
        self.model.set_owner(owner if isinstance(owner, int) else None)
        self._update_count()
        self.select_action(keep)

    def _update_count(self) -> None:
        self.count_label.setText(
            _t("{shown} van {total} acties — {overdue} achterstallig").format(
                shown=self.model.rowCount(), total=self.model.total_count(), overdue=self.model.overdue_count()
            )
        )

    def select_action(self, action_id: int | None) -> None:
        """Select the action's row; an action the filters hide stays in the side panel (so an update
        that moves it out of "achterstallig" does not take its history out of sight)."""
        row = self.model.row_of(action_id) if action_id is not None else None
        if row is None:
            self.table.clearSelection()
            self._show(self.model.find(action_id) if action_id is not None else None)
            return
        if self.table.currentIndex().row() != row:  # already there: the current column stays too
            self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show(self.model.action_at(row))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(self.model.action_at(rows[0].row()) if rows else None)

    def _set_editable(self, on: bool) -> None:
        for w in (self.new_status, self.note, self.update_button):
            w.setEnabled(on and self._may_update)
        self.timeline_button.setEnabled(on)

    def _show(self, a: TrackedAction | None) -> None:
        if a is None:
            self._current_id = None
            self.detail_title.setText(_t("Kies een actie om haar geschiedenis te zien."))
            self.urgency_label.clear()
            self.history_model.set_rows([])
            self._set_editable(False)
            return
        changed = a.id != self._current_id
        self._current_id = a.id
        self.detail_title.setText(
            _t("{case} — {owner}, deadline {deadline}\n{description}").format(
                case=a.case_code,
                owner=a.owner_organisation,
                deadline=format_date(a.deadline),
                description=a.description,
            )
        )
        self.urgency_label.setText(self.model.urgency_text(a))
        self.history_model.set_rows(followup.action_history(self.ctx, a.id))
        for col in range(ActionHistoryModel.COLS - 1):
            self.history.resizeColumnToContents(col)
        if changed:
            self.new_status.setCurrentIndex(max(0, self.new_status.findData(a.status.value)))
            self.note.clear()
            self.message.clear()
        self._set_editable(True)

    def current_action_id(self) -> int | None:
        return self._current_id

    def apply_update(self) -> None:
        """Store the chosen status and the note (dated now), then reload what was stored."""
        if self._current_id is None:
            return
        note = self.note.toPlainText().strip()
        status = ActionStatus(self.new_status.currentData())
        row = self.model.row_of(self._current_id)
        if row is not None and self.model.action_at(row).status is status and not note:
            self.message.setText(_t("Kies een andere status of schrijf een notitie."))
            return
        try:
            followup.update_action(self.ctx, self._current_id, status, note)
        except ValidationError as exc:  # a character that reverses the writing direction: nothing stored
            self.message.setText("\n".join(validation_message(i) for i in exc.issues))
            return
        self.note.clear()
        self.refresh()
        self.message.setText(_t("Bijgewerkt."))
        self.changed.emit()

    def _request_timeline(self) -> None:
        row = self.model.row_of(self._current_id) if self._current_id is not None else None
        if row is not None:
            self.timeline_requested.emit(self.model.action_at(row).case_id)
