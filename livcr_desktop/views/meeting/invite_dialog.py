"""Invite a partner for some cases of the meeting (need-to-know), or change the cases of one on the list.

Keys only: the member list (type to jump), Tab to the cases, Space ticks a case (none ticked: the whole
meeting), Enter records. A refused invitation (a case not on this meeting's agenda) is said next to the
cases and nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.meeting import AgendaEntry, AttendanceEntry
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import invitations, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.meeting_models import AttendanceModel
from livcr_desktop.views.widgets.messages import validation_message

INVITED_COLUMN = 3


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


def cases_text(codes: Sequence[str]) -> str:
    return ", ".join(codes) if codes else _t("hele vergadering")


class InvitedAttendanceModel(AttendanceModel):
    """The attendance list, its "invited for" column showing every case of a partner's invitation."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.invited: dict[int, str] = {}  # member id -> "LIVC-2026-001, LIVC-2026-003" / "hele vergadering"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == INVITED_COLUMN and role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return self.invited.get(row.member_id, super().data(index, role))
        return super().data(index, role)


class InviteDialog(QDialog):
    """A member (new on the list, or ``member_id`` fixed) and the cases they are invited for."""

    def __init__(
        self,
        ctx: ServiceContext,
        meeting_id: int,
        agenda: Sequence[AgendaEntry],
        on_list: Sequence[AttendanceEntry],
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.setObjectName("inviteDialog")
        self.setWindowTitle(_t("Genodigde toevoegen") if member_id is None else _t("Casussen van de genodigde"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.member = QComboBox()
        self.member.setObjectName("inviteMemberCombo")
        listed = {e.member_id for e in on_list}
        if member_id is None:
            for m in reference.member_records(ctx):
                if m.id not in listed:
                    self.member.addItem(f"{m.name} ({m.organisation_short_name})", m.id)
        else:
            entry = next(e for e in on_list if e.member_id == member_id)
            self.member.addItem(f"{entry.member_name} ({entry.organisation})", member_id)
            self.member.setEnabled(False)
        member_label = QLabel(_t("&Lid:"))
        member_label.setBuddy(self.member)
        form.addRow(member_label, self.member)
        self.cases = QListWidget()
        self.cases.setObjectName("inviteCasesList")
        self.cases.setAccessibleName(_t("Casussen waarvoor het lid uitgenodigd is"))
        chosen = self._current_cases(member_id)
        for e in agenda:
            if e.case_id is None:
                continue
            item = QListWidgetItem(e.case_code + (f" ({e.case_pseudonym})" if e.case_pseudonym else ""))
            item.setData(Qt.ItemDataRole.UserRole, e.case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if e.case_id in chosen else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.cases.setCurrentRow(0)
        cases_label = QLabel(_t("&Casussen (Spatie vinkt aan; geen enkele: de hele vergadering):"))
        cases_label.setBuddy(self.cases)
        cases_label.setWordWrap(True)
        form.addRow(cases_label)
        form.addRow(self.cases)
        self.error = QLabel()
        self.error.setObjectName("inviteCasesError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cases.itemChanged.connect(lambda _item: self.error.hide())  # a stale message goes when fixed
        (self.member if member_id is None else self.cases).setFocus()

    def _current_cases(self, member_id: int | None) -> frozenset[int]:
        if member_id is None:
            return frozenset()
        found = next((i for i in invitations.invitations(self.ctx, self.meeting_id) if i.member_id == member_id), None)
        return found.case_ids if found is not None else frozenset()

    def chosen_cases(self) -> list[int]:
        items = (self.cases.item(i) for i in range(self.cases.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def record(self) -> None:
        member_id = self.member.currentData()
        if member_id is None:
            self._say(_t("Lid: kies een lid om uit te nodigen."))
            return
        try:
            invitations.invite(self.ctx, self.meeting_id, int(member_id), self.chosen_cases())
        except ValidationError as e:
            issue = e.issues[0]
            if issue.field == invitations.CASES_FIELD:
                self._say(_t("Casussen: een uitnodiging kan alleen voor een casus op de agenda van deze vergadering."))
            else:
                self._say(_t("Lid: {message}").format(message=validation_message(issue)))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.cases.setFocus()
