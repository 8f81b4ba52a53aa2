"""Add or edit a case: the Designer form ``ui/case_form.ui`` (tab 1) with inline validation messages, and
the tabs of the intake (``intake_page.py``), the person and linked cases (``person_page.py``) and the
casemanager's notes (``notes_page.py``).

Keyboard-only: every field is reachable with Tab, labels carry Alt-shortcuts (unique per visible tab),
Alt+1..4 switch tabs, Enter saves. Identity fields of an existing case and the signal giver's details stay
hidden until "tonen" is pressed (audited). The status may only be set to registered or in screening here:
the others follow from a decision in a meeting.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.case_intake import FORM_STATUSES, CaseIntake
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, Ideology, Phenomenon
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import case_intake, cases, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.intake_page import IntakePage
from livcr_desktop.views.cases.notes_page import NotesPage
from livcr_desktop.views.cases.person_page import PersonPage
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import OptionalDate, from_qdate, to_qdate, typed_like_paper
from livcr_desktop.views.widgets.forms import child, combo_enum, load_form
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseForm", text)


class CaseFormDialog(QDialog):
    def __init__(self, ctx: ServiceContext, case_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.saved_case_id: int | None = None
        self.identity_loaded = case_id is None
        self.signal_giver_loaded = case_id is None
        self.form_widget = load_form("case_form.ui", self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseFormTabs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setWindowTitle(self.form_widget.windowTitle())

        w = self.form_widget
        self.code = child(w, QLineEdit, "codeEdit")
        self.pseudonym = child(w, QLineEdit, "pseudonymEdit")
        self.first_name = child(w, QLineEdit, "firstNameEdit")
        self.last_name = child(w, QLineEdit, "lastNameEdit")
        self.birth = OptionalDate(child(w, QCheckBox, "birthDateCheck"), child(w, QDateEdit, "birthDateEdit"))
        self.minor = child(w, QCheckBox, "minorCheck")
        self.phenomenon = child(w, QComboBox, "phenomenonCombo")
        self.ideology = child(w, QComboBox, "ideologyCombo")
        self.referrer = child(w, QComboBox, "referrerCombo")
        self.referrer_sector = child(w, QLineEdit, "referrerSectorEdit")
        self.registration = child(w, QDateEdit, "registrationDateEdit")
        typed_like_paper(self.registration)
        self.status = child(w, QComboBox, "statusCombo")
        self.manager = child(w, QComboBox, "caseManagerCombo")
        self.review = OptionalDate(child(w, QCheckBox, "reviewDateCheck"), child(w, QDateEdit, "reviewDateEdit"))
        for label, optional in (("birthDateLabel", self.birth), ("reviewLabel", self.review)):
            # the row's label is the check box's buddy; the date edit beside it is read with the same name
            optional.edit.setAccessibleName(child(w, QLabel, label).text().replace("&", "").rstrip(" :\u00a0"))
        self.notes = child(w, QPlainTextEdit, "notesEdit")
        self.reveal_button = child(w, QPushButton, "revealButton")
        self.buttons = child(w, QDialogButtonBox, "buttonBox")
        self.form = child(w, QFormLayout, "form")
        layout.addWidget(self.buttons)  # under the tabs, for every tab
        self._relabel()
        today = ctx.today()
        self.intake_page = IntakePage(case_intake.cell_municipalities(ctx), today)
        self.person_page = PersonPage(ctx, case_id, today)
        self.notes_page = NotesPage(ctx, case_id)
        for page, title in (
            (self.form_widget, _t("&1 Casus")),
            (self.intake_page, _t("&2 Aanmelding")),
            (self.person_page, _t("&3 Persoon en omgeving")),
            (self.notes_page, _t("&4 Nota's")),
        ):
            self.tabs.addTab(page, title)
        self.minor.toggled.connect(self.person_page.set_minor)
        self.intake_page.reveal_requested.connect(self.reveal_signal_giver)

        self._fill_choices()
        self.errors: dict[str, QLabel] = {}
        for field, widget in (
            ("code", self.code),
            ("pseudonym", self.pseudonym),
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("birth_date", self.birth.check),
            ("phenomenon", self.phenomenon),
            ("referrer_sector", self.referrer_sector),
            ("registration_date", self.registration),
            ("next_review_date", self.review.check),
            ("screening_notes", self.notes),
        ):
            self.errors[field] = self._add_error_label(field, widget)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_t("&Opslaan"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Annu&leren"))
        self.reveal_button.clicked.connect(self.reveal_identity)
        self._set_accessible_names()

        if case_id is None:
            self.setWindowTitle(_t("Nieuwe casus"))
            self._load(CaseDraft(code=cases.suggest_code(ctx), registration_date=today), today)
            self._load_intake(CaseIntake(), today, False)
            self.reveal_button.hide()
            self.intake_page.set_signal_giver_visible(True, False)
        else:
            draft = cases.get_case(ctx, case_id, with_identity=False)
            self.setWindowTitle(_t("Casus {code}").format(code=draft.code))
            self._load(draft, ctx.today())
            self._load_intake(case_intake.get_intake(ctx, case_id), today, draft.is_minor)
            hidden = case_intake.has_signal_giver(ctx, case_id)
            self.signal_giver_loaded = not hidden
            self.intake_page.set_signal_giver_visible(not hidden, ctx.may(Permission.READ_IDENTITY))
            has_identity = cases.has_identity(ctx, case_id)
            self._set_identity_visible(False)
            self.reveal_button.setVisible(has_identity)
            if not has_identity:
                self.identity_loaded = True
                self._set_identity_visible(True)
        self.code.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        def fill(combo: QComboBox, values: list[Enum], empty: str | None) -> None:
            combo.clear()
            if empty is not None:
                combo.addItem(empty, None)
            for v in values:
                combo.addItem(labels.label(v), v)

        fill(self.phenomenon, list(Phenomenon), _t("— kies —"))
        fill(self.ideology, list(Ideology), _t("— onbekend —"))
        fill(self.status, list(FORM_STATUSES), None)
        self.referrer.clear()
        self.referrer.addItem(_t("— anoniem / niet opgegeven —"), None)
        for org in reference.list_organisations(self.ctx):
            self.referrer.addItem(org.name, org.id)
        self.manager.clear()
        self.manager.addItem(_t("— nog niet toegewezen —"), None)
        for m in reference.list_members(self.ctx):
            self.manager.addItem(f"{m.name} ({m.role})", m.id)

    def _relabel(self) -> None:
        """Alt letters unique on the first tab (the Designer file's labels shared S, V and M)."""
        for name, text in (
            ("sectorLabel", _t("Secto&r signaalgever:")),
            ("statusLabel", _t("Stat&us:")),
            ("managerLabel", _t("Casema&nager:")),
        ):
            child(self.form_widget, QLabel, name).setText(text)
        # The old free-text notes are shown as the first note on the "Nota's" tab; kept, no longer typed here.
        self.notes.hide()
        child(self.form_widget, QLabel, "notesLabel").hide()

    def _add_error_label(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{field}Error")
        label.setStyleSheet(alert_style(bold=False))
        label.setWordWrap(True)
        label.hide()
        row = self._row_of(widget)
        self.form.insertRow(row + 1, "", label)
        return label

    def _row_of(self, widget: QWidget) -> int:
        """Form row holding ``widget``, also when it sits in a nested layout (the date rows)."""
        for r in range(self.form.rowCount()):
            item = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            if item.widget() is widget:
                return r
            inner = item.layout()
            if inner is not None and inner.indexOf(widget) >= 0:
                return r
        raise LookupError(widget.objectName())

    def _set_accessible_names(self) -> None:
        for widget, name in (
            (self.code, _t("Code")),
            (self.pseudonym, _t("Pseudoniem")),
            (self.first_name, _t("Voornaam")),
            (self.last_name, _t("Achternaam")),
            (self.phenomenon, _t("Fenomeen")),
            (self.ideology, _t("Ideologie")),
            (self.referrer, _t("Signaalgever")),
            (self.registration, _t("Aanmeldingsdatum")),
            (self.status, _t("Status")),
            (self.manager, _t("Casemanager")),
            (self.notes, _t("Screeningsnota's")),
        ):
            widget.setAccessibleName(name)

    def _set_identity_visible(self, visible: bool) -> None:
        for widget in (self.first_name, self.last_name, self.birth.check, self.birth.edit):
            widget.setVisible(visible)
        for name in ("firstNameLabel", "lastNameLabel", "birthDateLabel"):
            lbl = self.form_widget.findChild(QLabel, name)
            if lbl is not None:
                lbl.setVisible(visible)

    # -- data ------------------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        idx = combo.findData(value)
        combo.setCurrentIndex(max(idx, 0))

    def _load(self, d: CaseDraft, today: date) -> None:
        self.code.setText(d.code)
        self.pseudonym.setText(d.pseudonym)
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.birth.set(d.birth_date, date(today.year - 18, 1, 1))
        self.minor.setChecked(d.is_minor)
        self._select(self.phenomenon, d.phenomenon)
        self._select(self.ideology, d.ideology)
        self._select(self.referrer, d.referrer_organisation_id)
        self.referrer_sector.setText(d.referrer_sector)
        self.registration.setDate(to_qdate(d.registration_date or today))
        if self.status.findData(d.status) < 0:  # set by a decision: shown, not changed here
            self.status.addItem(labels.label(d.status), d.status)
        self._select(self.status, d.status)
        decided = d.status not in FORM_STATUSES
        self.status.setEnabled(not decided)
        self.status.setToolTip(_t("Deze status volgt uit een beslissing in de vergadering.") if decided else "")
        self._select(self.manager, d.case_manager_id)
        self.review.set(d.next_review_date, today)
        self.notes.setPlainText(d.screening_notes)

    def _load_intake(self, d: CaseIntake, today: date, minor: bool) -> None:
        self.intake_page.load(d, today)
        self.person_page.load(d, today, minor)

    def intake(self) -> CaseIntake:
        d = CaseIntake()
        self.intake_page.fill(d)
        self.person_page.fill(d)
        return d

    def reveal_signal_giver(self) -> None:
        assert self.case_id is not None
        self.intake_page.load_signal_giver(case_intake.get_intake(self.ctx, self.case_id, with_signal_giver=True))
        self.signal_giver_loaded = True
        self.intake_page.set_signal_giver_visible(True, False)
        self.intake_page.giver_name.setFocus()

    def draft(self) -> CaseDraft:
        return CaseDraft(
            code=self.code.text(),
            pseudonym=self.pseudonym.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=self.birth.get(),
            is_minor=self.minor.isChecked(),
            phenomenon=combo_enum(self.phenomenon, Phenomenon),
            ideology=combo_enum(self.ideology, Ideology),
            referrer_organisation_id=self.referrer.currentData(),
            referrer_sector=self.referrer_sector.text(),
            registration_date=from_qdate(self.registration.date()),
            status=combo_enum(self.status, CaseStatus) or CaseStatus.REGISTERED,
            case_manager_id=self.manager.currentData(),
            next_review_date=self.review.get(),
            screening_notes=self.notes.toPlainText(),
        )

    def reveal_identity(self) -> None:
        assert self.case_id is not None
        d = cases.get_case(self.ctx, self.case_id, with_identity=True)
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.birth.set(d.birth_date, date(self.ctx.today().year - 18, 1, 1))
        self.identity_loaded = True
        self._set_identity_visible(True)
        self.reveal_button.hide()
        self.first_name.setFocus()

    def save(self) -> None:
        for shown in self.errors.values():
            shown.hide()
        for page in (self.intake_page, self.person_page):
            page.errors.clear()
        draft = self.draft()
        intake = self.intake()
        try:
            if self.case_id is None:
                self.saved_case_id = cases.create_case(self.ctx, draft, intake, status_from_form=True)
            else:
                cases.update_case(
                    self.ctx,
                    self.case_id,
                    draft,
                    identity_included=self.identity_loaded,
                    intake=intake,
                    signal_giver_included=self.signal_giver_loaded,
                    status_from_form=True,
                )
                self.saved_case_id = self.case_id
        except ValidationError as exc:
            for issue in exc.issues:
                error_label = self.errors.get(issue.field)
                if error_label is not None:
                    error_label.setText(validation_message(issue))
                    error_label.show()
            self._focus_first_error(exc)
            return
        self.accept()

    def _focus_first_error(self, exc: ValidationError) -> None:
        targets: dict[str, QWidget] = {
            "code": self.code,
            "pseudonym": self.pseudonym,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_date": self.birth.edit,
            "phenomenon": self.phenomenon,
            "referrer_sector": self.referrer_sector,
            "registration_date": self.registration,
            "next_review_date": self.review.edit,
            "screening_notes": self.notes,
        }
        for issue in exc.issues:
            if issue.field in targets:
                self.tabs.setCurrentWidget(self.form_widget)
                targets[issue.field].setFocus()
                return
        for page in (self.intake_page, self.person_page):
            target = page.errors.show(exc.issues)
            if target is not None:
                self.tabs.setCurrentWidget(page)
                target.setFocus()
                return
