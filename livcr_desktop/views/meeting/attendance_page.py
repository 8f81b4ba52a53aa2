"""The first page of the live meeting: who is there, and the art. 458ter §2 acknowledgement.

Every member starts as "nog niet geregistreerd". On a member's row (whichever column) Enter or a
letter opens the list of statuses, which closes on the choice; Space records that member's
acknowledgement or takes it back (audited). "Iedereen aanwezig" registers and acknowledges everyone
left at once, after one question that says how many. The keyboard stays on the row that was edited.

A partner can be invited for some cases only ("Genodigde toevoegen…", "Casussen van de genodigde…"); the
page says who is in the room for the current item (present, and invited for the whole meeting or for
its case).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.domain.meeting import AgendaEntry, AttendanceEntry
from livcr_desktop.services import attendance, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.meeting.choice_delegate import ChoiceDelegate
from livcr_desktop.views.meeting.invite_dialog import InvitedAttendanceModel, InviteDialog, cases_text
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.delegates import KEYBOARD_SAFE_EDIT_TRIGGERS

STATUS_COLUMN, ACK_COLUMN = 2, 4
STATUS_CHOICES = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
    AttendanceStatus.UNREGISTERED,
)


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
        self.read_only = False
        layout = QVBoxLayout(self)
        title = QLabel(_t("Aanwezigheid en geheimhouding"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        reminder = QLabel(_t(CONFIDENTIALITY_REMINDER))
        reminder.setObjectName("confidentialityReminder")
        reminder.setWordWrap(True)
        reminder.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(reminder)
        self.model = InvitedAttendanceModel(self._set_status, self._set_ack, case_label, self)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(_t("Aanwezigheidslijst"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            STATUS_COLUMN, ChoiceDelegate([(labels.attendance_status(s), s.value) for s in STATUS_CHOICES], self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The status list opens on a click, Enter or typing, not when the arrow keys pass over it (F2 is the
        # window's "Aanwezigheid").
        self.table.setEditTriggers(KEYBOARD_SAFE_EDIT_TRIGGERS)
        self.table.clicked.connect(lambda index: self._edit_status(index.row()) if index.column() == 2 else None)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        self.keys_hint = QLabel(
            _t(
                "Op de rij van een lid: Enter kiest de aanwezigheid, Spatie bevestigt de geheimhouding "
                "(nogmaals Spatie trekt ze in)."
            )
        )
        self.keys_hint.setObjectName("attendanceKeysHint")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)
        row = QHBoxLayout()
        self.ack_all = QPushButton(_t("Iedereen &aanwezig en bevestigd…"))
        self.ack_all.setObjectName("acknowledgeAllButton")
        self.ack_all.setAutoDefault(False)
        self.ack_all.setToolTip(
            _t("Registreert wie nog niet geregistreerd is als aanwezig; elk aanwezig lid bevestigt de geheimhouding")
        )
        self.ack_all.clicked.connect(self.confirm_all_present)
        row.addWidget(self.ack_all)
        self.invite_button = QPushButton(_t("Genodigde &toevoegen…"))
        self.invite_button.setObjectName("inviteButton")
        self.invite_button.setAutoDefault(False)
        self.invite_button.clicked.connect(lambda: self.open_invite(None))
        row.addWidget(self.invite_button)
        self.cases_button = QPushButton(_t("&Casussen van de genodigde…"))
        self.cases_button.setObjectName("invitedCasesButton")
        self.cases_button.setAutoDefault(False)
        self.cases_button.setToolTip(_t("Voor welke casussen het lid op de geselecteerde rij uitgenodigd is"))
        self.cases_button.clicked.connect(self._open_cases_of_current_row)
        row.addWidget(self.cases_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        layout.addWidget(self.summary)
        self.room = QLabel()
        self.room.setObjectName("inRoomLabel")
        self.room.setWordWrap(True)
        self.room.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.room)

    def reload(self) -> None:
        m = meetings.get_meeting(self.ctx, self.meeting_id)
        invited = invitations.invitations(self.ctx, self.meeting_id)
        order = {e.case_id: n for n, e in enumerate(m.agenda) if e.case_id is not None}
        withheld = invitations.withheld_cases(self.ctx, self.meeting_id, m.current_item_id)  # partner in room
        codes = {
            e.case_id: labels.withheld_case() if e.case_id in withheld else e.case_code
            for e in m.agenda
            if e.case_id is not None
        }
        self.model.invited = {
            i.member_id: cases_text([codes.get(c, "?") for c in sorted(i.case_ids, key=lambda c: order.get(c, 0))])
            for i in invited
        }
        self.model.set_rows(m.attendance)
        self.room.setText(self._room_text(m.agenda, m.current_item_id, invited))

        def count(status: AttendanceStatus) -> int:
            return sum(a.status is status for a in m.attendance)

        acked = sum(a.status is AttendanceStatus.PRESENT and a.acknowledged_at is not None for a in m.attendance)
        self.summary.setText(
            _t("{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig, {u} nog niet geregistreerd").format(
                p=count(AttendanceStatus.PRESENT),
                a=acked,
                e=count(AttendanceStatus.EXCUSED),
                x=count(AttendanceStatus.ABSENT),
                u=count(AttendanceStatus.UNREGISTERED),
            )
        )
        self.ack_all.setEnabled(not self.read_only and self._pending() > 0)
        self.invite_button.setEnabled(not self.read_only)
        self.cases_button.setEnabled(not self.read_only)

    def _room_text(
        self, agenda: tuple[AgendaEntry, ...], current: int | None, invited: list[invitations.Invitation]
    ) -> str:
        """Who is in the room for the chair's current item (the chair's screen only, never the wall)."""
        entry = next((e for e in agenda if e.id == current), None)
        if entry is None:
            return _t("Nog geen agendapunt gekozen.")
        number = agenda.index(entry) + 1
        item = f"{number}. {entry.case_code}" if entry.case_id is not None else f"{number}. {entry.title}"
        names = [f"{i.name} ({i.organisation})" for i in invited if i.in_room_for(entry.case_id)]
        return _t("In de zaal voor punt {item}: {names}").format(item=item, names=", ".join(names) or "—")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # the current item may have changed while another page was shown

    # -- invitations -----------------------------------------------------------------------------

    def open_invite(self, member_id: int | None) -> None:
        """Invite a member for some cases (or the whole meeting), or change a partner's cases."""
        if self.read_only:
            return
        m = meetings.get_meeting(self.ctx, self.meeting_id)
        dialog = InviteDialog(self.ctx, self.meeting_id, m.agenda, m.attendance, member_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.member.currentData()
            self.reload()
            row = self.model.row_of(chosen)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
            self.changed.emit()
        self.activateWindow()  # the keyboard goes back to the list
        self.table.setFocus()

    def _open_cases_of_current_row(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.open_invite(self.model.entry(row).member_id)

    def _pending(self) -> int:
        may = (AttendanceStatus.PRESENT, AttendanceStatus.UNREGISTERED)
        return sum(e.status in may and e.acknowledged_at is None for e in self.model.rows())

    def set_read_only(self, read_only: bool) -> None:
        """A closed meeting: the list is shown, nothing in it can change."""
        self.read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else KEYBOARD_SAFE_EDIT_TRIGGERS
        )
        self.reload()

    # -- one member's row ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = self.table.currentIndex().row()
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if row >= 0 and plain and event.key() == Qt.Key.Key_Space:
                self.toggle_acknowledgement(row)
                return True
            if row >= 0 and plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit_status(row)
                return True
        return super().eventFilter(watched, event)

    def _edit_status(self, row: int) -> None:
        if not self.read_only:
            index = self.model.index(row, STATUS_COLUMN)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def toggle_acknowledgement(self, row: int) -> None:
        """Space on a member's row: that member acknowledges, or the acknowledgement is taken back."""
        if self.read_only or not 0 <= row < self.model.rowCount():
            return
        entry = self.model.entry(row)
        if entry.status in (AttendanceStatus.PRESENT, AttendanceStatus.UNREGISTERED):
            self._set_ack(entry, entry.acknowledged_at is None)

    def _set_status(self, entry: AttendanceEntry, status: AttendanceStatus) -> None:
        attendance.set_attendance(self.ctx, self.meeting_id, entry.member_id, status)  # invitation kept
        self._after_edit(entry)

    def _set_ack(self, entry: AttendanceEntry, acknowledged: bool) -> None:
        attendance.acknowledge(self.ctx, self.meeting_id, entry.member_id, acknowledged)
        self._after_edit(entry)

    def _after_edit(self, entry: AttendanceEntry) -> None:
        """Show what was stored, with the keyboard still on the member's row."""
        column = max(0, self.table.currentIndex().column())
        self.reload()
        row = self.model.row_of(entry.member_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, column))
        self.changed.emit()

    # -- everyone at once ------------------------------------------------------------------------

    def confirm_all_present(self) -> None:
        """The button: asks once, naming how many members it registers and acknowledges."""
        n = self._pending()
        if self.read_only or n == 0:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _t("Iedereen aanwezig"),
            _t(
                "{n} leden als aanwezig registreren; elk van hen bevestigt de geheimhouding (art. 458ter). "
                "Verontschuldigde en afwezige leden blijven zoals ze zijn."
            ).format(n=n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmAllPresentBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Yes:
            self.acknowledge_all_present()
        self.activateWindow()  # the keyboard goes back to the meeting window, on the list
        self.table.setFocus()

    def acknowledge_all_present(self) -> None:
        """Registers everyone not yet registered as present and records every present member's
        acknowledgement, without asking (the button asks first: :meth:`confirm_all_present`)."""
        attendance.acknowledge_all_present(self.ctx, self.meeting_id)
        self.reload()
        self.changed.emit()
