"""The first page of the live meeting: who is there, and the art. 458ter §2 acknowledgement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.domain.meeting import AttendanceEntry
from livcr_desktop.services import attendance, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.meeting.meeting_models import AttendanceModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.delegates import KEYBOARD_SAFE_EDIT_TRIGGERS, ComboDelegate


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


CONFIDENTIALITY_REMINDER = noop(
    "MeetingPages",
    "Herinnering — gedeeld beroepsgeheim (art. 458ter §2 Strafwetboek). Wie aan dit casusoverleg "
    "deelneemt, is gehouden tot geheimhouding van wat hier gedeeld wordt. Niemand is verplicht te spreken; "
    "wie niets wil of mag delen, meldt dat en wordt genoteerd als 'geen informatie / wenst niet te delen'.",
)


class AttendancePage(QWidget):
    """Status per member (editable in the table) and who acknowledged the shared professional secrecy."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        meeting_id: int,
        case_label: Callable[[int | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        layout = QVBoxLayout(self)
        title = QLabel(_t("Aanwezigheid en geheimhouding"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        reminder = QLabel(_t(CONFIDENTIALITY_REMINDER))
        reminder.setObjectName("confidentialityReminder")
        reminder.setWordWrap(True)
        reminder.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(reminder)
        self.model = AttendanceModel(self._set_status, self._set_ack, case_label, self)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(_t("Aanwezigheidslijst"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            2, ComboDelegate([(labels.attendance_status(s), s.value) for s in AttendanceStatus], self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The status list opens on a click, F2 or typing, not when the arrow keys pass over it (its own
        # arrow keys would change a member's attendance); Space ticks the confirmation box.
        self.table.setEditTriggers(KEYBOARD_SAFE_EDIT_TRIGGERS)
        self.table.clicked.connect(lambda index: self.table.edit(index) if index.column() == 2 else None)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.ack_all = QPushButton(_t("Alle aanwezigen &bevestigen de geheimhouding"))
        self.ack_all.setObjectName("acknowledgeAllButton")
        self.ack_all.clicked.connect(self.acknowledge_all_present)
        row.addWidget(self.ack_all)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        layout.addWidget(self.summary)

    def reload(self) -> None:
        m = meetings.get_meeting(self.ctx, self.meeting_id)
        self.model.set_rows(m.attendance)
        present = [a for a in m.attendance if a.status is AttendanceStatus.PRESENT]
        acked = [a for a in present if a.acknowledged_at]
        self.summary.setText(
            _t("{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig").format(
                p=len(present),
                a=len(acked),
                e=sum(a.status is AttendanceStatus.EXCUSED for a in m.attendance),
                x=sum(a.status is AttendanceStatus.ABSENT for a in m.attendance),
            )
        )

    def _set_status(self, entry: AttendanceEntry, status: AttendanceStatus) -> None:
        attendance.set_attendance(self.ctx, self.meeting_id, entry.member_id, status, entry.invited_case_id)
        self.reload()
        self.changed.emit()

    def _set_ack(self, entry: AttendanceEntry, acknowledged: bool) -> None:
        attendance.acknowledge(self.ctx, self.meeting_id, entry.member_id, acknowledged)
        self.reload()
        self.changed.emit()

    def acknowledge_all_present(self) -> None:
        for row in range(self.model.rowCount()):
            e = self.model.entry(row)
            if e.status is AttendanceStatus.PRESENT and e.acknowledged_at is None:
                attendance.acknowledge(self.ctx, self.meeting_id, e.member_id)
        self.reload()
        self.changed.emit()
