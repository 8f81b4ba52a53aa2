"""The meetings page of the main window: the list of meetings and the buttons that act on the chosen one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.meeting import MeetingOverview
from livcr_desktop.views.meeting.meeting_models import MeetingListModel
from livcr_desktop.views.widgets.columns import fit_columns


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MeetingsPage(QWidget):
    """Buttons emit what the user asked for; the main window opens the windows and dialogs."""

    new_requested = Signal()
    open_requested = Signal(int)  # meeting id
    minutes_requested = Signal(int)  # meeting id
    fill_agenda_requested = Signal()

    def __init__(self, may_fill_agenda: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_meeting_button = QPushButton(_t("&Nieuwe vergadering…"))
        self.new_meeting_button.setObjectName("newMeetingButton")
        self.open_meeting_button = QPushButton(_t("Vergadering &leiden"))
        self.open_meeting_button.setObjectName("openMeetingButton")
        self.minutes_button = QPushButton(_t("Ver&slag…"))
        self.minutes_button.setObjectName("minutesButton")
        self.fill_agenda_button = QPushButton(_t("Volgende agenda v&ullen"))
        self.fill_agenda_button.setObjectName("fillAgendaButton")
        self.fill_agenda_button.setToolTip(
            _t(
                "Zet de casussen die aan bespreking toe zijn en de nieuwe aanmeldingen "
                "op de agenda van de volgende geplande vergadering"
            )
        )
        self.fill_agenda_button.setEnabled(may_fill_agenda)
        for button in (self.new_meeting_button, self.open_meeting_button, self.minutes_button, self.fill_agenda_button):
            bar.addWidget(button)
        bar.addStretch(1)
        v.addLayout(bar)
        self.meeting_model = MeetingListModel(self)
        self.meeting_table = QTableView()
        self.meeting_table.setObjectName("meetingTable")
        self.meeting_table.setAccessibleName(_t("Vergaderingen"))
        self.meeting_table.setModel(self.meeting_model)
        self.meeting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.verticalHeader().hide()
        self.meeting_table.setTabKeyNavigation(False)
        self.meeting_table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.meeting_table)
        self.new_meeting_button.clicked.connect(self.new_requested)
        self.open_meeting_button.clicked.connect(self._open_selected)
        self.minutes_button.clicked.connect(self._minutes_of_selected)
        self.fill_agenda_button.clicked.connect(self.fill_agenda_requested)
        self.meeting_table.activated.connect(
            lambda idx: self.open_requested.emit(self.meeting_model.entry(idx.row()).id)
        )

    def set_meetings(self, rows: Sequence[MeetingOverview]) -> None:
        self.meeting_model.set_rows(rows)
        fit_columns(self.meeting_table)
        if rows and not self.meeting_table.currentIndex().isValid():
            # The meeting a chair would lead comes chosen (the buttons act on it): the one running, else the
            # next planned one, else the newest.
            row = next((i for i, m in enumerate(rows) if m.status is MeetingStatus.IN_PROGRESS), None)
            if row is None:
                row = next((i for i, m in enumerate(rows) if m.status is MeetingStatus.PLANNED), 0)
            self.meeting_table.setCurrentIndex(self.meeting_model.index(row, 0))
            self.meeting_table.selectRow(row)

    def selected_meeting_id(self) -> int | None:
        """The selected meeting, else the one of the current (framed) row."""
        rows = self.meeting_table.selectionModel().selectedRows()
        current = rows[0] if rows else self.meeting_table.currentIndex()
        return self.meeting_model.entry(current.row()).id if current.isValid() else None

    def _open_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.open_requested.emit(meeting_id)

    def _minutes_of_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.minutes_requested.emit(meeting_id)
