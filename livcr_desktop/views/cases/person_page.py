"""The case form's "Persoon en omgeving" tab: informed or not, voluntary participation, a parent's
consent (a minor only), and links to the cases of family members or a peer group.

A link is stored at once (it concerns two cases, not this form's fields) and shows on both cases.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.enums import Agreement, CaseLinkKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import case_links
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_form_parts import (
    ErrorLabels,
    agreement_label,
    fill_enum,
    link_kind_label,
    optional_date_row,
)
from livcr_desktop.views.widgets.forms import combo_enum


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


class PersonPage(QWidget):
    def __init__(self, ctx: ServiceContext, case_id: int | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPage")
        self.ctx, self.case_id = ctx, case_id
        form = QFormLayout(self)
        self.form = form
        self.informed = optional_date_row(form, _t("&Geïnformeerd op"), "informedOn", today)
        self.informed_by = QLineEdit()
        self.informed_by.setObjectName("informedByEdit")
        self.informed_by.setAccessibleName(_t("Geïnformeerd door"))
        self._row(_t("Geïnformeerd &door:"), self.informed_by)
        self.not_informed = QLineEdit()
        self.not_informed.setObjectName("notInformedReasonEdit")
        self.not_informed.setAccessibleName(_t("Reden niet geïnformeerd"))
        self._row(_t("&Reden niet geïnformeerd (bv. lopend onderzoek):"), self.not_informed)
        self.participation = QComboBox()
        self.participation.setObjectName("participationCombo")
        self.participation.setAccessibleName(_t("Vrijwillige deelname"))
        fill_enum(self.participation, list(Agreement), agreement_label)
        self._row(_t("&Vrijwillige deelname:"), self.participation)
        self.consent = QComboBox()
        self.consent.setObjectName("parentalConsentCombo")
        self.consent.setAccessibleName(_t("Toestemming ouders (minderjarige)"))
        fill_enum(self.consent, list(Agreement), agreement_label)
        self.consent_label = self._row(_t("&Toestemming ouders (minderjarige):"), self.consent)

        self.links = QListWidget()
        self.links.setObjectName("caseLinksList")
        self.links.setAccessibleName(_t("Gekoppelde casussen"))
        self.links.setMaximumHeight(110)
        self._row(_t("Gekoppelde &casussen:"), self.links)
        self.other = QComboBox()
        self.other.setObjectName("linkOtherCaseCombo")
        self.other.setAccessibleName(_t("Koppel met casus"))
        self._row(_t("Koppel &met:"), self.other)
        self.kind = QComboBox()
        self.kind.setObjectName("linkKindCombo")
        self.kind.setAccessibleName(_t("Soort koppeling"))
        fill_enum(self.kind, list(CaseLinkKind), link_kind_label)
        self._row(_t("&Soort koppeling:"), self.kind)
        self.link_note = QLineEdit()
        self.link_note.setObjectName("linkNoteEdit")
        self.link_note.setAccessibleName(_t("Toelichting koppeling"))
        self._row(_t("Toelic&hting:"), self.link_note)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(_t("&Koppelen"))
        self.link_button.setObjectName("linkButton")
        self.unlink_button = QPushButton(_t("Koppeling &wissen"))
        self.unlink_button.setObjectName("unlinkButton")
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.link_hint = QLabel()
        self.link_hint.setWordWrap(True)
        form.addRow("", self.link_hint)
        self.link_button.clicked.connect(self.add_link)
        self.unlink_button.clicked.connect(self.remove_link)

        self.errors = ErrorLabels(form)
        self.errors.add("informed_on", self.informed.edit, after=self.informed.check)
        self.errors.add("informed_by", self.informed_by)
        self.errors.add("not_informed_reason", self.not_informed)
        self.errors.add("other_case", self.other)
        self.errors.add("link_note", self.link_note)
        self.refresh_links()

    def _row(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        return label

    def set_minor(self, minor: bool) -> None:
        self.consent.setVisible(minor)
        self.consent_label.setVisible(minor)

    def load(self, d: CaseIntake, today: date, minor: bool) -> None:
        self.informed.set(d.informed_on, today)
        self.informed_by.setText(d.informed_by)
        self.not_informed.setText(d.not_informed_reason)
        self.participation.setCurrentIndex(max(self.participation.findData(d.participation), 0))
        consent = d.parental_consent or Agreement.NOT_ASKED
        self.consent.setCurrentIndex(max(self.consent.findData(consent), 0))
        self.set_minor(minor)

    def fill(self, d: CaseIntake) -> None:
        d.informed_on = self.informed.get()
        d.informed_by = self.informed_by.text()
        d.not_informed_reason = self.not_informed.text()
        d.participation = combo_enum(self.participation, Agreement) or Agreement.NOT_ASKED
        d.parental_consent = combo_enum(self.consent, Agreement) if self.consent.isVisibleTo(self) else None

    # -- links -------------------------------------------------------------------------------------

    def refresh_links(self) -> None:
        self.links.clear()
        self.other.clear()
        editable = self.case_id is not None and self.ctx.may(Permission.EDIT_CASES)
        for widget in (self.other, self.kind, self.link_note, self.link_button, self.unlink_button):
            widget.setEnabled(editable)
        if self.case_id is None:
            self.link_hint.setText(_t("Bewaar de casus eerst; daarna kunt u ze koppelen."))
            return
        self.link_hint.clear()
        for row in case_links.list_links(self.ctx, self.case_id):
            name = row.other_code + (f" ({row.other_pseudonym})" if row.other_pseudonym else "")
            text = f"{name} — {link_kind_label(row.kind)}" + (f": {row.note}" if row.note else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.links.addItem(item)
        if self.links.count():
            self.links.setCurrentRow(0)
        self.unlink_button.setEnabled(editable and self.links.count() > 0)
        self.other.addItem(_t("— kies een casus —"), None)
        for other_id, name in case_links.link_choices(self.ctx, self.case_id):
            self.other.addItem(name, other_id)

    def add_link(self) -> None:
        assert self.case_id is not None
        self.errors.clear()
        kind = combo_enum(self.kind, CaseLinkKind) or CaseLinkKind.OTHER
        try:
            case_links.link_cases(self.ctx, self.case_id, self.other.currentData(), kind, self.link_note.text())
        except ValidationError as exc:
            target = self.errors.show(exc.issues)
            if target is not None:
                target.setFocus()
            return
        self.link_note.clear()
        self.refresh_links()
        self.links.setCurrentRow(self.links.count() - 1)
        self.links.setFocus()

    def remove_link(self) -> None:
        item = self.links.currentItem()
        if item is None:
            return
        case_links.unlink(self.ctx, int(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh_links()
        self.links.setFocus()
