"""The casemanager between meetings: a new action for a case, or a changed deadline, owner organisation
and responsible member of an existing one (each change lands in the action's history, audited), and its
"beroepsgeheim" flag (issue 17: an action taken because of a secret fact never leaves the cell)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from livcr_desktop.domain.followup import TrackedAction
from livcr_desktop.domain.meeting import ActionDraft, ActionView
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, decisions, followup, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import from_qdate, to_qdate, typed_like_paper
from livcr_desktop.views.widgets.lifting_field import LiftingField
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionEdit", text)


def _error(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(alert_style())
    label.setWordWrap(True)
    label.hide()
    return label


class ActionEditDialog(QDialog):
    """``action`` None: a new action (case and description asked); else that action's deadline and owners."""

    def __init__(self, ctx: ServiceContext, action: TrackedAction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.action = ctx, action
        self.stored_id: int | None = None
        self.setObjectName("actionEditDialog")
        self.setWindowTitle(_t("Nieuwe actie") if action is None else _t("Actie wijzigen"))
        form = QFormLayout(self)
        self.errors: dict[str, QLabel] = {}
        self.case = QComboBox()
        self.case.setObjectName("actionCase")
        self.case.setAccessibleName(_t("Casus"))
        self.description = QLineEdit()
        self.description.setObjectName("actionDescription")
        self.description.setAccessibleName(_t("Actie"))
        if action is None:
            for c in cases.list_cases(ctx):
                if not c.status.is_closed:
                    self.case.addItem(f"{c.code} — {c.pseudonym}" if c.pseudonym else c.code, c.id)
            self._row(form, _t("&Casus:"), self.case, "case_id")
            self._row(form, _t("&Actie:"), self.description, "description")
        else:
            title = QLabel(f"{action.case_code} — {action.description}")
            title.setObjectName("actionEditTitle")
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            form.addRow(title)
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(_t("Eigenaar (organisatie)"))
        self.owner.addItem(_t("— kies —"), None)
        for org in reference.list_organisations(ctx):
            self.owner.addItem(f"{org.short_name} — {org.name}", org.id)
        self.responsible = QComboBox()
        self.responsible.setObjectName("actionResponsible")
        self.responsible.setAccessibleName(_t("Verantwoordelijke"))
        self.responsible.addItem(_t("— niemand in het bijzonder —"), None)
        for m in reference.member_records(ctx):
            self.responsible.addItem(f"{m.name} ({m.organisation_short_name})", m.id)
        self.deadline = QDateEdit()
        self.deadline.setObjectName("actionDeadline")
        self.deadline.setAccessibleName(_t("Deadline"))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        typed_like_paper(self.deadline)
        self._row(form, _t("&Eigenaar:"), self.owner, "owner_organisation_id")
        self._row(form, _t("&Verantwoordelijke:"), self.responsible, "responsible_member_id")
        self._row(form, _t("&Deadline:"), self.deadline, "deadline")
        self.secrecy = QCheckBox(_t("Beroeps&geheim"))
        self.secrecy.setObjectName("actionSecrecy")
        self.secrecy.setAccessibleName(_t("Beroepsgeheim"))
        self.secrecy.setToolTip(_t("De actie volgt uit een feit onder beroepsgeheim: ze verlaat de cel nooit."))
        form.addRow("", self.secrecy)
        self._secrecy_orgs = {
            o.id for o in reference.organisation_records(ctx, include_retired=True) if o.professional_secrecy
        }
        # Lifting the flag for an owner bound by secrecy: who of that organisation agreed (audited).
        self.lifted_by = LiftingField(
            reference.member_records(ctx),
            _t("Opgeheven met akkoord &van:"),
            "actionLiftedBy",
            _t("Beroepsgeheim opgeheven met akkoord van"),
        )
        self.lifted_label = self.lifted_by.label
        form.addRow(self.lifted_label, self.lifted_by)
        self.errors["secrecy_lifted_by"] = _error("secrecy_lifted_byError")
        form.addRow("", self.errors["secrecy_lifted_by"])
        self._stored_secrecy = False
        self.error = _error("actionEditError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Annu&leren"))
        buttons.accepted.connect(self.store)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if action is None:
            self.deadline.setDate(to_qdate(ctx.today()))
        else:
            self.owner.setCurrentIndex(max(0, self.owner.findData(action.owner_organisation_id)))
            current = self._current(action)
            self.responsible.setCurrentIndex(
                max(0, self.responsible.findData(current and current.responsible_member_id))
            )
            self.deadline.setDate(to_qdate(action.deadline))
            self._stored_secrecy = bool(current and current.professional_secrecy)
            self.secrecy.setChecked(self._stored_secrecy)
        # A message goes as soon as its field is changed.
        self.case.currentIndexChanged.connect(lambda _i: self.errors["case_id"].hide())
        self.description.textChanged.connect(lambda _s: self.errors["description"].hide())
        self.owner.currentIndexChanged.connect(lambda _i: self.errors["owner_organisation_id"].hide())
        self.deadline.dateChanged.connect(lambda _d: self.errors["deadline"].hide())
        self.owner.currentIndexChanged.connect(self._secrecy_follows_owner)
        self.secrecy.toggled.connect(self._show_lifting)
        self.owner.currentIndexChanged.connect(self._show_lifting)
        self._show_lifting()

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        self.errors[name] = _error(f"{name}Error")
        form.addRow("", self.errors[name])

    def _current(self, action: TrackedAction) -> ActionView | None:
        """The tracker's row names the responsible member; the case's actions carry its id and the flag."""
        return next((a for a in decisions.actions_for(self.ctx, action.case_id) if a.id == action.id), None)

    def _secrecy_follows_owner(self, *_args: object) -> None:
        """An owner bound by professional secrecy ticks the box (issue 17); the box can still be unticked
        for an existing action, and another owner leaves it as it is."""
        if self.owner.currentData() in self._secrecy_orgs:
            self.secrecy.setChecked(True)

    def lifting(self) -> bool:
        """The box is unticked for an owner bound by professional secrecy (a new action starts flagged)."""
        return (
            self.owner.currentData() in self._secrecy_orgs
            and not self.secrecy.isChecked()
            and (self.action is None or self._stored_secrecy)
        )

    def _show_lifting(self, *_args: object) -> None:
        shown = self.lifting()
        self.lifted_by.show_for(self.owner.currentData(), shown)
        if not shown:
            self.errors["secrecy_lifted_by"].hide()

    def store(self) -> None:
        """Store through the service; a refused field gets its message beside it and the dialog stays open."""
        for label in (*self.errors.values(), self.error):
            label.hide()
        owner = self.owner.currentData()
        responsible = self.responsible.currentData()
        deadline: date = from_qdate(self.deadline.date())
        lifted_by = self.lifted_by.name() if self.lifting() else ""
        if self.lifting() and not lifted_by:
            self.errors["secrecy_lifted_by"].setText(
                _t("Wie van de eigenaar stemt in met het opheffen van het beroepsgeheim? Vul een naam in.")
            )
            self.errors["secrecy_lifted_by"].show()
            self.lifted_by.setFocus()
            return
        try:
            if self.action is None:
                case_id = self.case.currentData()
                if not isinstance(case_id, int):
                    self.errors["case_id"].setText(_t("Casus: kies een open casus."))
                    self.errors["case_id"].show()
                    return
                draft = ActionDraft(
                    case_id,
                    None,
                    self.description.text(),
                    owner,
                    responsible,
                    deadline,
                    professional_secrecy=self.secrecy.isChecked(),
                )
                self.stored_id = followup.add_action(self.ctx, draft)
                if not self.secrecy.isChecked():  # the chair unticked what the owner's secrecy ticked
                    decisions.set_action_secrecy(self.ctx, self.stored_id, False, lifted_by)
            else:
                followup.change_action(self.ctx, self.action.id, deadline, owner, responsible)
                self.stored_id = self.action.id
                if self.secrecy.isChecked() != self._stored_secrecy:
                    decisions.set_action_secrecy(self.ctx, self.action.id, self.secrecy.isChecked(), lifted_by)
        except ValidationError as exc:
            for issue in exc.issues:
                label = self.errors.get(issue.field, self.error)
                label.setText(validation_message(issue))
                label.show()
            return
        self.accept()
