"""Pieces shared by the case form's tabs: labels of the intake codes, date edits, field-named messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QWidget

from livcr_desktop.domain.case_intake import AFTER_REGISTRATION
from livcr_desktop.domain.enums import Agreement, CaseLinkKind, CaseNoteKind
from livcr_desktop.domain.validation import ValidationCode, ValidationIssue
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import OptionalDate, typed_like_paper
from livcr_desktop.views.widgets.labels import BELGIAN_DATE
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseFormParts", text)


def agreement_label(value: Agreement) -> str:
    return {
        Agreement.NOT_ASKED: _t("niet gevraagd"),
        Agreement.AGREED: _t("akkoord"),
        Agreement.REFUSED: _t("geweigerd"),
    }[value]


def link_kind_label(value: CaseLinkKind) -> str:
    return {
        CaseLinkKind.FAMILY: _t("familie"),
        CaseLinkKind.PEER_GROUP: _t("vriendengroep"),
        CaseLinkKind.OTHER: _t("andere"),
    }[value]


def note_kind_label(value: CaseNoteKind) -> str:
    return {CaseNoteKind.SCREENING: _t("screeningsnota"), CaseNoteKind.ADVICE: _t("advies")}[value]


def field_names() -> dict[str, str]:
    """The field each message names (fields of the intake, person, notes and links tabs)."""
    return {
        "municipality": _t("Gemeente"),
        "signal_text": _t("Signaal"),
        "facts_date": _t("Datum van de feiten"),
        "actions_taken": _t("Acties al ondernomen"),
        "signal_giver_name": _t("Contactpersoon"),
        "signal_giver_function": _t("Functie"),
        "signal_giver_contact": _t("Contactgegevens"),
        "informed_on": _t("Geïnformeerd op"),
        "informed_by": _t("Geïnformeerd door"),
        "not_informed_reason": _t("Reden niet geïnformeerd"),
        "status": _t("Status"),
        "note_date": _t("Datum van de nota"),
        "note_text": _t("Tekst van de nota"),
        "other_case": _t("Gekoppelde casus"),
        "link_note": _t("Toelichting koppeling"),
    }


def message(issue: ValidationIssue) -> str:
    """A Dutch message that names the field: "Datum van de feiten: deze datum ligt na de aanmeldingsdatum."."""
    special = {
        ("facts_date", AFTER_REGISTRATION): _t("deze datum ligt na de aanmeldingsdatum."),
        ("status", ValidationCode.BAD_FORMAT): _t(
            "deze status volgt alleen uit een beslissing in de vergadering; kies aangemeld of in screening."
        ),
        ("other_case", ValidationCode.SELF): _t("een casus kan niet aan zichzelf gekoppeld worden."),
        ("other_case", ValidationCode.DUPLICATE): _t("deze casussen zijn al gekoppeld."),
        ("other_case", ValidationCode.REQUIRED): _t("kies de casus om te koppelen."),
    }
    text = special.get((issue.field, issue.code))
    if text is None:
        generic = validation_message(issue)
        text = generic[:1].lower() + generic[1:]
    name = field_names().get(issue.field)
    return f"{name}: {text}" if name else text[:1].upper() + text[1:]


def date_edit(accessible_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(BELGIAN_DATE)
    edit.setAccessibleName(accessible_name)
    typed_like_paper(edit)
    return edit


def optional_date_row(form: QFormLayout, label: str, name: str, default: date) -> OptionalDate:
    """A "known" check box (the row's label, with its mnemonic) and a date edit beside it."""
    check = QCheckBox(label)
    check.setObjectName(f"{name}Check")
    edit = date_edit(label.replace("&", ""))
    edit.setObjectName(f"{name}Edit")
    row = QHBoxLayout()
    row.addWidget(check)
    row.addWidget(edit, 1)
    form.addRow(row)
    optional = OptionalDate(check, edit)
    optional.set(None, default)
    return optional


def fill_enum(
    combo: QComboBox, values: list[Agreement] | list[CaseLinkKind] | list[CaseNoteKind], label: Callable[..., str]
) -> None:
    combo.clear()
    for v in values:
        combo.addItem(label(v), v)


class ErrorLabels:
    """One hidden message label under each named field of a form layout."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.targets: dict[str, QWidget] = {}

    def add(self, field: str, widget: QWidget, after: QWidget | None = None) -> None:
        label = QLabel()
        label.setObjectName(f"{field}Error")
        label.setStyleSheet(alert_style(bold=False))
        label.setWordWrap(True)
        label.hide()
        row = self._row_of(after or widget)
        self.form.insertRow(row + 1, "", label)
        self.labels[field] = label
        self.targets[field] = widget

    def _row_of(self, widget: QWidget) -> int:
        for r in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(r, role)
                if item is None:
                    continue
                inner = item.layout()
                if item.widget() is widget or (inner is not None and inner.indexOf(widget) >= 0):
                    return r
        raise LookupError(widget.objectName())

    def clear(self) -> None:
        for label in self.labels.values():
            label.hide()

    def show(self, issues: list[ValidationIssue]) -> QWidget | None:
        """Show the messages of the fields this form holds; the first such field (to focus), if any."""
        first: QWidget | None = None
        for issue in issues:
            label = self.labels.get(issue.field)
            if label is None:
                continue
            label.setText(message(issue))
            label.show()
            first = first or self.targets[issue.field]
        return first
