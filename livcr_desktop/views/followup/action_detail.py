"""The action tracker's side pane: the chosen action, its history, and a status update with a dated note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.domain.followup import TrackedAction
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import followup
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.followup.action_models import ActionHistoryModel, ActionTrackerModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import format_date
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionTracker", text)


class ActionDetailPane(QWidget):
    """What the tracker shows of the action chosen in its table; stores an update through the service."""

    stored = Signal()  # an update was stored: the tracker reloads its list
    timeline_requested = Signal(int)  # case id

    def __init__(self, ctx: ServiceContext, model: ActionTrackerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, model
        self.setObjectName("actionSidePanel")
        self._current_id: int | None = None
        v = QVBoxLayout(self)
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
        v.addLayout(self._update_form())
        buttons = QHBoxLayout()
        self.timeline_button = QPushButton(_t("Tij&dlijn van de casus"))
        self.timeline_button.setObjectName("actionTimelineButton")
        self.update_button = QPushButton(_t("Bijwer&ken"))
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

    def _update_form(self) -> QFormLayout:
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
        form.addRow(_t("Nieuwe &status:"), self.new_status)
        form.addRow(_t("&Notitie:"), self.note)
        return form

    def _set_editable(self, on: bool) -> None:
        for w in (self.new_status, self.note, self.update_button):
            w.setEnabled(on and self._may_update)
        self.timeline_button.setEnabled(on)

    def show_action(self, a: TrackedAction | None) -> None:
        """Show ``a`` (None: nothing chosen); a typed note and the message stay while it is the same action."""
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
        """Store the chosen status and the note (dated now), then let the tracker reload what was stored."""
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
        self.stored.emit()
        self.message.setText(_t("Bijgewerkt."))

    def _request_timeline(self) -> None:
        row = self.model.row_of(self._current_id) if self._current_id is not None else None
        if row is not None:
            self.timeline_requested.emit(self.model.action_at(row).case_id)
