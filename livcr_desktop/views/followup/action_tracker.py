"""The action tracker: every action across cases, filtered in Python, with each action's history
and a status update with a dated note.

The table models are in ``action_models.py``, the side pane (history and update) in ``action_detail.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.domain.followup import TrackedAction
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import followup, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.followup.action_detail import ActionDetailPane
from livcr_desktop.views.followup.action_edit import ActionEditDialog
from livcr_desktop.views.followup.action_models import (
    COL_ACTION,
    COL_CASE,
    COL_DEADLINE,
    COL_OWNER,
    COL_RESPONSIBLE,
    COL_STATUS,
    COL_UPDATE,
    COLUMN_COUNT,
    DUE_SOON_BACKGROUND,
    FILTER_ALL,
    FILTER_DUE_SOON,
    FILTER_OPEN,
    FILTER_OVERDUE,
    OVERDUE_COLOR,
    ActionHistoryModel,
    ActionTrackerModel,
)
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.filter_bar import add_labelled, filter_combo, search_edit

__all__ = [  # the models' names, where the tracker's users have always found them
    "COLUMN_COUNT",
    "COL_ACTION",
    "COL_CASE",
    "COL_DEADLINE",
    "COL_OWNER",
    "COL_RESPONSIBLE",
    "COL_STATUS",
    "COL_UPDATE",
    "DUE_SOON_BACKGROUND",
    "FILTER_ALL",
    "FILTER_DUE_SOON",
    "FILTER_OPEN",
    "FILTER_OVERDUE",
    "OVERDUE_COLOR",
    "ActionHistoryModel",
    "ActionTrackerModel",
    "ActionTrackerWidget",
]


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionTracker", text)


class ActionTrackerWidget(QWidget):
    """Filters above, the table on the left, the selected action's history and update on the right."""

    changed = Signal()  # an action was updated: counts elsewhere may change
    timeline_requested = Signal(int)  # case id

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("actionTracker")
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
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        self.new_button = QPushButton(_t("Nieu&we actie…"))
        self.new_button.setObjectName("newActionButton")
        self.change_button = QPushButton(_t("Ter&mijn of eigenaar wijzigen…"))
        self.change_button.setObjectName("changeActionButton")
        may = ctx.may(Permission.FOLLOW_UP)
        self.new_button.setEnabled(may)
        self.change_button.setEnabled(False)
        below.addWidget(self.new_button)
        below.addWidget(self.change_button)
        lv.addLayout(below)
        self.new_button.clicked.connect(lambda: self._edit(None))
        self.change_button.clicked.connect(self._edit_current)
        self.edit_dialog: ActionEditDialog | None = None
        splitter.addWidget(left)
        self.detail = ActionDetailPane(ctx, self.model)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([940, 420])
        # The pane's widgets, under the names the tracker has always given them.
        d = self.detail
        self.detail_title, self.urgency_label, self.message = d.detail_title, d.urgency_label, d.message
        self.history, self.history_model = d.history, d.history_model
        self.new_status, self.note = d.new_status, d.note
        self.update_button, self.timeline_button = d.update_button, d.timeline_button
        d.stored.connect(self._after_update)
        d.timeline_requested.connect(self.timeline_requested)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda idx: self.timeline_requested.emit(self.model.action_at(idx.row()).case_id))
        self.refresh()
        self.table.sortByColumn(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
        self._fit_columns()

    def _filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = search_edit("actionSearch", _t("Casus, pseudoniem of actie…"), _t("Acties zoeken op casus"))
        self.owner_filter = filter_combo(
            "ownerFilter",
            _t("Filter op eigenaar"),
            [
                (_t("Alle organisaties"), None),
                *((f"{org.short_name} — {org.name}", org.id) for org in reference.list_organisations(self.ctx)),
            ],
        )
        self.status_filter = filter_combo(
            "actionStatusFilter",
            _t("Filter op status"),
            [
                (_t("Openstaand (open of lopend)"), FILTER_OPEN),
                (_t("Alle acties"), FILTER_ALL),
                (_t("Achterstallig"), FILTER_OVERDUE),
                (_t("Deadline deze week"), FILTER_DUE_SOON),
                *((labels.action_status(status), status.value) for status in ActionStatus),
            ],
        )
        add_labelled(bar, _t("Cas&us:"), self.search, 2)
        add_labelled(bar, _t("&Eigenaar:"), self.owner_filter, 1)
        add_labelled(bar, _t("Status&filter:"), self.status_filter, 1)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.owner_filter.currentIndexChanged.connect(self._filter_owner)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter(status=self.status_filter.currentData()))
        return bar

    # -- behaviour -------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_action_id()
        self.model.set_actions(followup.list_tracked_actions(self.ctx))
        self._update_count()
        self.select_action(keep)

    def _after_update(self) -> None:
        self.refresh()
        self.changed.emit()

    def _fit_columns(self) -> None:
        """Contents decide, within limits: the description and the last note are elided (tooltips)."""
        self.table.resizeColumnsToContents()
        limits = {COL_CASE: 170, COL_ACTION: 200, COL_RESPONSIBLE: 140, COL_UPDATE: 200}
        for col, width in limits.items():
            self.table.setColumnWidth(col, min(width, self.table.columnWidth(col)))

    def _filter(self, text: str | None = None, status: str | None = None) -> None:
        keep = self.current_action_id()
        self.model.set_filter(text=text, status=status)
        self._update_count()
        self.select_action(keep)

    def _filter_owner(self, _index: int) -> None:
        keep = self.current_action_id()
        owner = self.owner_filter.currentData()
        self.model.set_owner(owner if isinstance(owner, int) else None)
        self._update_count()
        self.select_action(keep)

    def _update_count(self) -> None:
        self.count_label.setText(
            _t("Acties: {shown} van {total} — achterstallig: {overdue}").format(
                shown=self.model.rowCount(), total=self.model.total_count(), overdue=self.model.overdue_count()
            )
        )

    def select_action(self, action_id: int | None) -> None:
        """Select the action's row. The side pane shows only a selected, visible row: an action the filters
        hide empties it, so a note can never land on an action that is out of sight."""
        row = self.model.row_of(action_id) if action_id is not None else None
        if row is None:
            self.table.clearSelection()
            self._show(None)
            return
        if self.table.currentIndex().row() != row:  # already there: the current column stays too
            self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show(self.model.action_at(row))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(self.model.action_at(rows[0].row()) if rows else None)

    def _show(self, action: TrackedAction | None) -> None:
        self.detail.show_action(action)
        self.change_button.setEnabled(action is not None and self.ctx.may(Permission.FOLLOW_UP))

    def _edit_current(self) -> None:
        row = self.model.row_of(self.current_action_id()) if self.current_action_id() is not None else None
        if row is not None:
            self._edit(self.model.action_at(row))

    def _edit(self, action: TrackedAction | None) -> None:
        """A new action (None) or the chosen one's deadline and owners; the stored action is selected after."""
        self.edit_dialog = ActionEditDialog(self.ctx, action, self.window())  # its FocusReturn watches it
        dialog = self.edit_dialog
        dialog.accepted.connect(lambda: self._edited(dialog.stored_id))
        back = self.change_button if action else self.new_button
        # After Qt has given the window its focus back (a queued call), the button that opened the dialog.
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, back.setFocus))
        dialog.open()

    def _edited(self, action_id: int | None) -> None:
        self.refresh()
        if action_id is not None and self.model.row_of(action_id) is None:
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(FILTER_ALL)))
            self.search.clear()
            self.owner_filter.setCurrentIndex(0)
        self.select_action(action_id)
        self.changed.emit()

    def current_action_id(self) -> int | None:
        return self.detail.current_action_id()

    def apply_update(self) -> None:
        """Store the chosen status and the note (dated now), then reload what was stored."""
        self.detail.apply_update()
