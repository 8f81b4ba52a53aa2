"""Tables and messages of the cell's set-up dialog (organisations and members, retired ones on request)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue
from livcr_desktop.services import reference
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.messages import field_message


def _t(text: str) -> str:
    return QCoreApplication.translate("CellSetupDialog", text)


def _status(active: bool) -> str:
    return _t("actief") if active else _t("teruggetrokken")


class OrganisationTableModel(RowTableModel[reference.OrganisationRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Korte naam"), lambda o: o.short_name),
                Column(lambda: _t("Naam"), lambda o: o.name),
                Column(lambda: _t("Sector"), lambda o: labels.sector(o.sector)),
                Column(lambda: _t("Beroepsgeheim"), lambda o: _t("ja") if o.professional_secrecy else _t("nee")),
                Column(lambda: _t("Actieve leden"), lambda o: str(o.active_members)),
                Column(lambda: _t("Status"), lambda o: _status(o.active)),
            ],
            key=lambda o: o.id,
            parent=parent,
        )


class MemberTableModel(RowTableModel[reference.MemberRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Naam"), lambda m: m.name),
                Column(lambda: _t("Organisatie"), lambda m: m.organisation_short_name),
                Column(lambda: _t("Deelname"), lambda m: labels.member_kind(m.kind)),
                Column(lambda: _t("Functie"), lambda m: m.function),
                Column(lambda: _t("Rol in de cel"), lambda m: m.role),
                Column(lambda: _t("Actief vanaf"), lambda m: labels.date_text(m.active_from)),
                Column(lambda: _t("Tot"), lambda m: labels.date_text(m.active_to) if not m.active else ""),
            ],
            key=lambda m: m.id,
            parent=parent,
        )


def _messages() -> dict[tuple[str, ValidationCode], str]:
    code = ValidationCode
    return {
        ("name", code.REQUIRED): _t("Vul de naam in."),
        ("name", code.DUPLICATE): _t("Er is al een organisatie met deze naam."),
        ("name", code.TOO_LONG): _t("De naam is te lang."),
        ("short_name", code.REQUIRED): _t("Vul een korte naam in (bv. PZ of OCMW)."),
        ("short_name", code.DUPLICATE): _t("Er is al een organisatie met deze korte naam."),
        ("short_name", code.TOO_LONG): _t("De korte naam is te lang (hoogstens 40 tekens)."),
        ("function", code.TOO_LONG): _t("De functie is te lang."),
        ("role", code.TOO_LONG): _t("De rol in de cel is te lang."),
        ("organisation_id", code.REQUIRED): _t("Kies een organisatie uit de lijst."),
        ("organisation_id", code.BAD_FORMAT): _t("Deze organisatie is teruggetrokken; kies een actieve organisatie."),
        ("municipality", code.REQUIRED): _t("Vul de gemeente of de politiezone in."),
        ("municipality", code.TOO_LONG): _t("De gemeente is te lang."),
        ("cell_name", code.REQUIRED): _t("Vul de naam van de cel in."),
        ("cell_name", code.TOO_LONG): _t("De naam van de cel is te lang."),
        ("to_member_id", code.REQUIRED): _t("Kies aan wie u overdraagt."),
        ("to_member_id", code.SELF): _t("Kies een ander lid dan wie u terugtrekt."),
        ("to_member_id", code.BAD_FORMAT): _t("Dat lid is teruggetrokken; kies een actief lid."),
    }


def issue_text(issue: ValidationIssue) -> str:
    return _messages().get((issue.field, issue.code)) or field_message(issue)


def refusal_text(exc: ValidationError) -> str:
    """Every refused field in one Dutch text (nothing was saved)."""
    return " ".join(issue_text(i) for i in exc.issues)


def in_use_text(name: str, exc: reference.InUseError) -> str:
    parts = []
    if exc.meetings:
        parts.append(
            _t("voorzitter of secretaris van geplande vergadering {numbers}").format(numbers=", ".join(exc.meetings))
        )
    if exc.open_actions:
        parts.append(
            QCoreApplication.translate(
                "CellSetupDialog", "verantwoordelijk voor %n open acties", None, exc.open_actions
            )
        )
    return _t("{name} is niet teruggetrokken: nog {what}. Kies daar eerst iemand anders.").format(
        name=name, what=_t(" en ").join(parts)
    )
