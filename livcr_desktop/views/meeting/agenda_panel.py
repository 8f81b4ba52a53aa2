"""The agenda down the left of the chair's screen: its items, and adding, removing and moving them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.meeting import MeetingOverview
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.meeting_models import AgendaModel, agenda_title
from livcr_desktop.views.widgets.messages import field_message


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


class AgendaPanel(QWidget):
    """Every change is committed at once and announced with ``edited``; the window then shows the
    stored agenda again (:meth:`show_agenda`). Clicking or activating an item emits ``chosen``."""

    chosen = Signal(int)  # agenda item id
    edited = Signal()

    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(_t("<b>Agenda</b>")))
        self.model = AgendaModel(self.move_item, self)
        self.view = QListView()
        self.view.setObjectName("agendaList")
        self.view.setAccessibleName(_t("Agenda"))
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSpacing(2)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        v.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_case_combo = QComboBox()
        self.add_case_combo.setObjectName("addCaseCombo")
        self.add_case_combo.setAccessibleName(_t("Casus om toe te voegen"))
        add_case = QPushButton(_t("+ casus"))
        add_case.setObjectName("addCaseItemButton")
        add_case.clicked.connect(self.add_case_item)
        add_other = QPushButton(_t("+ punt"))
        add_other.setObjectName("addOtherItemButton")
        add_other.clicked.connect(self.add_other_item)
        remove = QPushButton(_t("Verwijderen"))
        remove.setObjectName("removeItemButton")
        remove.clicked.connect(self.remove_selected_item)
        buttons.addWidget(self.add_case_combo, 1)
        buttons.addWidget(add_case)
        v.addLayout(buttons)
        row2 = QHBoxLayout()
        row2.addWidget(add_other)
        row2.addWidget(remove)
        v.addLayout(row2)
        self.meeting_left = QLabel()
        self.meeting_left.setObjectName("meetingLeft")
        v.addWidget(self.meeting_left)

    def show_agenda(self, meeting: MeetingOverview) -> None:
        """The stored agenda, its current item selected; the cases not on it offered to add."""
        self.model.set_agenda(meeting.agenda, meeting.current_item_id)
        self.follow_room()
        self.select(meeting.current_item_id)

    def follow_room(self) -> None:
        """Who is in the room may have changed (the agenda, the current item, a partner registered or gone):
        the agenda and the cases offered to add show no other case while a partner invited for some cases is
        in. Not on the timer's stores of the agenda: those change no one's place."""
        item_id = self.model.current_item_id()
        self.model.set_withheld(invitations.withheld_cases(self.ctx, self.meeting_id, item_id))
        self._offer_cases()

    def _offer_cases(self) -> None:
        """The cell's open cases not on the agenda, to add; none while a partner invited for some cases is in
        the room (they may not read the cell's other cases), with a tooltip saying why."""
        self.add_case_combo.clear()
        partner_in = invitations.partners_in_room(self.ctx, self.meeting_id, self.model.current_item_id())
        self.add_case_combo.setEnabled(not partner_in)
        self.add_case_combo.setToolTip(
            _t("Niet getoond: een genodigde voor enkele casussen is in de zaal.") if partner_in else ""
        )
        if partner_in:
            return
        on_agenda = {e.case_id for e in self.model.entries()}
        for c in cases.list_cases(self.ctx):
            if c.id not in on_agenda and not c.status.is_closed:
                self.add_case_combo.addItem(c.display_name(), c.id)

    def select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.entry(index.row()).id)

    def move_item(self, item_id: int, position: int) -> None:
        meetings.move_agenda_item(self.ctx, item_id, position)
        self.edited.emit()

    def shift_selected(self, delta: int) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            item_id = self.model.entry(idx.row()).id
            self.move_item(item_id, idx.row() + delta)
            self.select(item_id)

    def add_case_item(self) -> None:
        case_id = self.add_case_combo.currentData()
        if case_id is not None:
            meetings.add_agenda_item(self.ctx, self.meeting_id, case_id=case_id)
            self.edited.emit()

    def add_other_item(self) -> None:
        title, ok = QInputDialog.getText(self.window(), _t("Agendapunt toevoegen"), _t("Titel van het agendapunt:"))
        if ok and title.strip():
            try:
                meetings.add_agenda_item(self.ctx, self.meeting_id, title=title)
            except ValidationError as exc:  # e.g. a character that reverses the writing direction
                QMessageBox.warning(
                    self.window(), _t("Agendapunt toevoegen"), "\n".join(field_message(i) for i in exc.issues)
                )
                return
            self.edited.emit()

    def remove_selected_item(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        entry = self.model.entry(idx.row())
        answer = QMessageBox.question(
            self.window(),
            _t("Agendapunt verwijderen"),
            _t("'{title}' van de agenda halen?").format(title=agenda_title(entry)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            meetings.remove_agenda_item(self.ctx, entry.id)
            self.edited.emit()
