"""The case form's "Aanmelding" tab: the signal as the signal giver brought it, and the signal giver.

The signal giver's name, function and contact details are identity-level data: for an existing case
they stay hidden until "Signaalgever tonen" is pressed, and that read is audited.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.enums import Agreement
from livcr_desktop.views.cases.case_form_parts import ErrorLabels, agreement_label, fill_enum, optional_date_row
from livcr_desktop.views.widgets.forms import combo_enum


def _t(text: str) -> str:
    return QCoreApplication.translate("IntakePage", text)


def _text_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


class IntakePage(QWidget):
    reveal_requested = Signal()

    def __init__(self, municipalities: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.municipalities = municipalities
        form = QFormLayout(self)
        self.form = form

        self.municipality = QComboBox()
        self.municipality.setObjectName("municipalityCombo")
        self.municipality.setAccessibleName(_t("Gemeente"))
        self.municipality.addItem(_t("— kies —"), "")
        for name in municipalities:
            self.municipality.addItem(name, name)
        self.municipality_label = QLabel(_t("&Gemeente:"))
        self.municipality_label.setBuddy(self.municipality)
        form.addRow(self.municipality_label, self.municipality)
        zonal = len(municipalities) > 1  # a one-city cell has nothing to choose
        self.municipality.setVisible(zonal)
        self.municipality_label.setVisible(zonal)

        self.signal = _text_box("signalEdit", _t("Signaal"))
        self._row(_t("&Signaal:"), self.signal)
        self.facts = optional_date_row(form, _t("&Datum van de feiten"), "factsDate", today)
        self.actions_taken = _text_box("actionsTakenEdit", _t("Acties al ondernomen"))
        self._row(_t("&Acties al ondernomen:"), self.actions_taken)
        self.urgent = QCheckBox(_t("D&ringend"))
        self.urgent.setObjectName("urgentCheck")
        form.addRow("", self.urgent)
        self.advice_only = QCheckBox(_t("&Enkel adviesvraag (geen casus; apart geteld)"))
        self.advice_only.setObjectName("adviceOnlyCheck")
        form.addRow("", self.advice_only)
        self.inbound_from_ltf = QCheckBox(_t("I&nkomende doorverwijzing van de LTF (Local Task Force)"))
        self.inbound_from_ltf.setObjectName("inboundFromLtfCheck")
        form.addRow("", self.inbound_from_ltf)

        self.giver_name = QLineEdit()
        self.giver_name.setObjectName("signalGiverNameEdit")
        self.giver_name.setAccessibleName(_t("Contactpersoon signaalgever"))
        self.giver_function = QLineEdit()
        self.giver_function.setObjectName("signalGiverFunctionEdit")
        self.giver_function.setAccessibleName(_t("Functie signaalgever"))
        self.giver_contact = _text_box("signalGiverContactEdit", _t("Contactgegevens signaalgever"))
        self.giver_rows = [
            self._row(_t("Contact&persoon (burger, ouder of professional):"), self.giver_name),
            self._row(_t("&Functie:"), self.giver_function),
            self._row(_t("&Contactgegevens:"), self.giver_contact),
        ]
        self.reveal_button = QPushButton(_t("Signaalgever &tonen (wordt gelogd)"))
        self.reveal_button.setObjectName("revealSignalGiverButton")
        self.reveal_button.clicked.connect(self.reveal_requested)
        form.addRow("", self.reveal_button)
        self.withheld = QCheckBox(_t("&Identiteit bewust niet meegedeeld door de signaalgever"))
        self.withheld.setObjectName("signalGiverWithheldCheck")
        form.addRow("", self.withheld)
        self.agreement = QComboBox()
        self.agreement.setObjectName("signalGiverAgreementCombo")
        self.agreement.setAccessibleName(_t("Akkoord signaalgever om de casus in te brengen"))
        fill_enum(self.agreement, list(Agreement), agreement_label)
        self._row(_t("A&kkoord signaalgever (kernteam / LIVC-R):"), self.agreement)

        self.errors = ErrorLabels(form)
        self.errors.add("municipality", self.municipality)
        self.errors.add("signal_text", self.signal)
        self.errors.add("facts_date", self.facts.edit, after=self.facts.check)
        self.errors.add("actions_taken", self.actions_taken)
        self.errors.add("signal_giver_name", self.giver_name)
        self.errors.add("signal_giver_function", self.giver_function)
        self.errors.add("signal_giver_contact", self.giver_contact)
        self.reveal_button.hide()

    def _row(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        return label

    def set_signal_giver_visible(self, visible: bool, can_reveal: bool) -> None:
        for widget in (self.giver_name, self.giver_function, self.giver_contact, *self.giver_rows):
            widget.setVisible(visible)
        self.reveal_button.setVisible(not visible and can_reveal)

    def load(self, d: CaseIntake, today: date) -> None:
        idx = self.municipality.findData(d.municipality)
        self.municipality.setCurrentIndex(max(idx, 0))
        self.signal.setPlainText(d.signal_text)
        self.facts.set(d.facts_date, today)
        self.actions_taken.setPlainText(d.actions_taken)
        self.urgent.setChecked(d.urgent)
        self.advice_only.setChecked(d.advice_only)
        self.inbound_from_ltf.setChecked(d.inbound_from_ltf)
        self.load_signal_giver(d)
        self.withheld.setChecked(d.signal_giver_withheld)
        self.agreement.setCurrentIndex(max(self.agreement.findData(d.signal_giver_agreement), 0))

    def load_signal_giver(self, d: CaseIntake) -> None:
        self.giver_name.setText(d.signal_giver_name)
        self.giver_function.setText(d.signal_giver_function)
        self.giver_contact.setPlainText(d.signal_giver_contact)

    def fill(self, d: CaseIntake) -> None:
        """Copy this tab's fields into ``d``."""
        d.municipality = str(self.municipality.currentData() or "")
        d.signal_text = self.signal.toPlainText()
        d.facts_date = self.facts.get()
        d.actions_taken = self.actions_taken.toPlainText()
        d.urgent = self.urgent.isChecked()
        d.advice_only = self.advice_only.isChecked()
        d.inbound_from_ltf = self.inbound_from_ltf.isChecked()
        d.signal_giver_name = self.giver_name.text()
        d.signal_giver_function = self.giver_function.text()
        d.signal_giver_contact = self.giver_contact.toPlainText()
        d.signal_giver_withheld = self.withheld.isChecked()
        d.signal_giver_agreement = combo_enum(self.agreement, Agreement) or Agreement.NOT_ASKED
