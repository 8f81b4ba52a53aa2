"""The review of the actions earlier meetings left open: done, not done or still running."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.domain.meeting import ActionView
from livcr_desktop.services import decisions
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.meeting_models import ActionTableModel
from livcr_desktop.views.meeting.undo_commands import SetActionStatus, execute
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.columns import fit_columns
from livcr_desktop.views.widgets.delegates import ComboDelegate


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


class ReviewPage(QWidget):
    """The open actions of earlier meetings; a status set here is undoable and carries an optional note."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, meeting_id: int, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id, self.undo = ctx, meeting_id, undo
        layout = QVBoxLayout(self)
        title = QLabel(_t("Opvolging van de openstaande acties van de vorige vergaderingen"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.model = ActionTableModel(ctx.today, self._status_from_table, self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(_t("Openstaande acties"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            5, ComboDelegate([(labels.action_status(s), s.value) for s in ActionStatus], self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        bar = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(_t("Nota bij de opvolging (optioneel)"))
        self.note.setAccessibleName(_t("Nota bij de opvolging"))
        bar.addWidget(self.note, 1)
        self.buttons: dict[ActionStatus, QPushButton] = {}
        for status, text in (
            (ActionStatus.DONE, _t("&Afgerond")),
            (ActionStatus.NOT_DONE, _t("&Niet uitgevoerd")),
            (ActionStatus.IN_PROGRESS, _t("&Lopend")),
        ):
            b = QPushButton(text)
            b.setObjectName(f"review_{status.value}")
            b.clicked.connect(lambda _=False, st=status: self.mark_selected(st))
            bar.addWidget(b)
            self.buttons[status] = b
        layout.addLayout(bar)
        self.empty = QLabel(_t("Er staan geen acties van vorige vergaderingen open."))
        layout.addWidget(self.empty)

    def reload(self) -> None:
        rows = decisions.open_actions_for_review(self.ctx, self.meeting_id)
        self.model.set_rows(rows)
        fit_columns(self.table)  # every header and name whole ("Verantwoordelijke" was cut); the action stretches
        self.empty.setVisible(not rows)

    def _status_from_table(self, action: ActionView, status: ActionStatus) -> None:
        execute(self.undo, SetActionStatus(self.ctx, action.id, action.status, status, self.note.text(), self._after))

    def mark_selected(self, status: ActionStatus) -> None:
        rows = self.table.selectionModel().selectedRows()
        current = rows[0] if rows else self.table.currentIndex()  # the framed row counts as chosen too
        if not current.isValid():
            return
        action = self.model.entry(current.row())
        execute(self.undo, SetActionStatus(self.ctx, action.id, action.status, status, self.note.text(), self._after))
        self.note.clear()

    def _after(self) -> None:
        self.reload()
        self.changed.emit()
