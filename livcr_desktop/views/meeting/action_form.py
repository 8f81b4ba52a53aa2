"""The last tab of the case page: the plan of approach (the case's actions from this meeting)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.entities import Member, Organisation
from livcr_desktop.domain.enums import ActionStatus, DraftKind
from livcr_desktop.domain.meeting import ActionDraft, ActionView
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import decisions, reference
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.drafts import DraftKeeper
from livcr_desktop.views.meeting.form_helpers import error_label, hide_all, narrow, organisation_combo, show_issues
from livcr_desktop.views.meeting.meeting_models import ActionTableModel
from livcr_desktop.views.meeting.undo_commands import AddAction, SetActionStatus, execute
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import from_qdate, to_qdate, typed_like_paper
from livcr_desktop.views.widgets.delegates import ComboDelegate
from livcr_desktop.views.widgets.long_text import with_counter


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ActionForm(QWidget):
    """The actions in a table (status editable), and one row to add an action: Enter in any of the row's
    fields adds it (undoable), as Enter adds a contribution. The row is kept as a draft until the action
    is added (``drafts``)."""

    def __init__(
        self,
        case: CaseAtHand,
        organisations: Sequence[Organisation],
        members: Sequence[Member],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        v = QVBoxLayout(self)
        self.model = ActionTableModel(case.ctx.today, self._status_from_table, self)
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setAccessibleName(_t("Plan van aanpak"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            5, ComboDelegate([(labels.action_status(s), s.value) for s in ActionStatus], self.table)
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(0, True)
        self.table.setTabKeyNavigation(False)
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.description = QLineEdit()
        self.description.setObjectName("actionDescription")
        self.description.setAccessibleName(_t("Nieuwe actie"))
        self.description.setPlaceholderText(_t("Nieuwe actie (Enter voegt toe)"))
        self.owner = organisation_combo(organisations, "actionOwner", _t("— eigenaar —"))
        self.owner.setAccessibleName(_t("Eigenaar (organisatie)"))
        self.responsible = narrow(QComboBox())
        self.responsible.setObjectName("actionResponsible")
        self.responsible.setAccessibleName(_t("Verantwoordelijke"))
        self.responsible.addItem(_t("— verantwoordelijke —"), None)
        for m in members:
            self.responsible.addItem(m.name, m.id)
        self.deadline = QDateEdit()
        self.deadline.setObjectName("actionDeadline")
        self.deadline.setAccessibleName(_t("Deadline"))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        typed_like_paper(self.deadline)
        self.deadline.setDate(to_qdate(case.meeting_date).addDays(28))
        self.secrecy = QCheckBox(_t("Beroeps&geheim"))
        self.secrecy.setObjectName("actionSecrecy")
        self.secrecy.setAccessibleName(_t("Beroepsgeheim"))
        self.add_button = QPushButton(_t("Actie toevoegen"))
        self.add_button.setObjectName("addActionButton")
        row.addWidget(with_counter(self.description), 3)
        for wdg in (self.owner, self.responsible, self.deadline, self.add_button):
            row.addWidget(wdg, 1)
        row.addWidget(self.secrecy)  # after the button: Tab goes from the deadline to "Actie toevoegen"
        v.addLayout(row)
        self.errors = {
            "description": error_label("actionDescriptionError"),
            "owner_organisation_id": error_label("actionOwnerError"),
            "deadline": error_label("actionDeadlineError"),
        }
        self.error = error_label("actionError")
        for lbl in (*self.errors.values(), self.error):
            v.addWidget(lbl)
        self.description.returnPressed.connect(self.add)
        for field in (self.owner, self.responsible, self.deadline, self.secrecy):
            field.installEventFilter(self)  # Enter there adds too (a list's open popup keeps its own Enter)
        self.add_button.clicked.connect(self.add)
        self._secrecy_orgs = {
            o.id for o in reference.organisation_records(case.ctx, include_retired=True) if o.professional_secrecy
        }
        self._was_bound = False
        self.owner.currentIndexChanged.connect(self._secrecy_follows_owner)
        self.secrecy.toggled.connect(self._bound_stays_ticked)
        self._secrecy_follows_owner()
        fields = {
            "description": self.description,
            "owner_organisation_id": self.owner,  # before the flag: choosing the owner sets the box
            "responsible_member_id": self.responsible,
            "deadline": self.deadline,
            "professional_secrecy": self.secrecy,
        }
        self.drafts = DraftKeeper(case, DraftKind.ACTION, fields, typed=(self.description,), parent=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and watched in (self.owner, self.responsible, self.deadline, self.secrecy)
            and not self.description.isReadOnly()  # a closed meeting
        ):
            self.deadline.interpretText()  # a date typed but not yet taken in counts
            self.add()
            return True
        return super().eventFilter(watched, event)

    def _owner_bound(self) -> bool:
        return self.owner.currentData() in self._secrecy_orgs

    def _secrecy_follows_owner(self, *_args: object) -> None:
        """Issue 17: an action owned by an organisation bound by professional secrecy starts flagged; the
        service flags it whatever the box says, so the box is ticked and cannot be unticked here (lifting
        the flag is done afterwards, in the follow-up's action editor). Another owner: the chair decides."""
        bound = self._owner_bound()
        if bound or self._was_bound:
            self.secrecy.setChecked(bound)  # unticked again when it was ticked only for the previous owner
        self._was_bound = bound
        self.secrecy.setEnabled(not bound)
        self.secrecy.setToolTip(
            _t("Een actie van een organisatie met beroepsgeheim is altijd beroepsgeheim: ze verlaat de cel nooit.")
            if bound
            else _t("De actie volgt uit een feit onder beroepsgeheim: ze verlaat de cel nooit.")
        )

    def _bound_stays_ticked(self, checked: bool) -> None:
        """A draft kept before the owner was bound may say "not secret": the box shows what will be stored."""
        if not checked and self._owner_bound():
            self.secrecy.setChecked(True)

    def reload(self) -> None:
        assert self.case.case_id is not None
        self.model.set_rows(decisions.actions_for(self.case.ctx, self.case.case_id, self.case.meeting_id))
        self.secrecy.setEnabled(not self._owner_bound())  # after a read-only spell enabled every box again

    def focus(self) -> None:
        self.description.setFocus()

    def add(self) -> None:
        if self.case.case_id is None:
            return
        draft = ActionDraft(
            case_id=self.case.case_id,
            meeting_id=self.case.meeting_id,
            description=self.description.text(),
            owner_organisation_id=self.owner.currentData(),
            responsible_member_id=self.responsible.currentData(),
            deadline=from_qdate(self.deadline.date()),
            professional_secrecy=self.secrecy.isChecked(),
        )
        try:
            execute(self.case.undo, AddAction(self.case.ctx, draft, self.case.after))
        except ValidationError as exc:
            show_issues(exc, self.errors, self.error)
            return
        self.clear_errors()
        self.description.clear()
        self.secrecy.setChecked(self._owner_bound())  # the next action starts as its owner says
        self.drafts.discard()
        self.description.setFocus()

    def _status_from_table(self, action: ActionView, status: ActionStatus) -> None:
        execute(self.case.undo, SetActionStatus(self.case.ctx, action.id, action.status, status, "", self.case.after))

    def clear_errors(self) -> None:
        hide_all(*self.errors.values(), self.error)
