"""The casemanager between meetings: a new action for a case, or a changed deadline, owner organisation
and responsible member of an existing one (each change lands in the action's history, audited)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
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
from livcr_desktop.domain.meeting import ActionDraft
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, decisions, followup, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import from_qdate, to_qdate
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
        self._row(form, _t("&Eigenaar:"), self.owner, "owner_organisation_id")
        self._row(form, _t("&Verantwoordelijke:"), self.responsible, "responsible_member_id")
        self._row(form, _t("&Deadline:"), self.deadline, "deadline")
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
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(self._responsible_id(action))))
            self.deadline.setDate(to_qdate(action.deadline))
        # A message goes as soon as its field is changed.
        self.case.currentIndexChanged.connect(lambda _i: self.errors["case_id"].hide())
        self.description.textChanged.connect(lambda _s: self.errors["description"].hide())
        self.owner.currentIndexChanged.connect(lambda _i: self.errors["owner_organisation_id"].hide())
        self.deadline.dateChanged.connect(lambda _d: self.errors["deadline"].hide())

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        self.errors[name] = _error(f"{name}Error")
        form.addRow("", self.errors[name])

    def _responsible_id(self, action: TrackedAction) -> int | None:
        """The tracker's row names the responsible member; the case's actions carry the id."""
        return next(
            (a.responsible_member_id for a in decisions.actions_for(self.ctx, action.case_id) if a.id == action.id),
            None,
        )

    def store(self) -> None:
        """Store through the service; a refused field gets its message beside it and the dialog stays open."""
        for label in (*self.errors.values(), self.error):
            label.hide()
        owner = self.owner.currentData()
        responsible = self.responsible.currentData()
        deadline: date = from_qdate(self.deadline.date())
        try:
            if self.action is None:
                case_id = self.case.currentData()
                if not isinstance(case_id, int):
                    self.errors["case_id"].setText(_t("Casus: kies een open casus."))
                    self.errors["case_id"].show()
                    return
                draft = ActionDraft(case_id, None, self.description.text(), owner, responsible, deadline)
                self.stored_id = followup.add_action(self.ctx, draft)
            else:
                followup.change_action(self.ctx, self.action.id, deadline, owner, responsible)
                self.stored_id = self.action.id
        except ValidationError as exc:
            for issue in exc.issues:
                label = self.errors.get(issue.field, self.error)
                label.setText(validation_message(issue))
                label.show()
            return
        self.accept()
