""" "Volgende agenda vullen": due cases and marked referrals onto the next planned meeting, said in one box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from livcr_desktop.domain.followup import NextAgenda
from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import followup
from livcr_desktop.services.context import ServiceContext


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def agenda_text(plan: NextAgenda | None) -> str:
    """What was put on which meeting's agenda, or why nothing was."""
    if plan is None:
        return _t("Er is geen geplande vergadering. Plan eerst een vergadering.")
    day = plan.meeting_date.strftime("%d/%m/%Y")
    if not plan.to_add:
        return _t("De agenda van vergadering {number} ({date}) is al volledig.").format(
            number=plan.meeting_number, date=day
        )
    return _t("{n} casussen op de agenda van vergadering {number} ({date}) gezet: {codes}.").format(
        n=len(plan.to_add), number=plan.meeting_number, date=day, codes=", ".join(c.case_code for c in plan.to_add)
    )


def fill_next_agenda(ctx: ServiceContext, parent: QWidget) -> tuple[NextAgenda | None, QMessageBox]:
    """Fill the agenda and open (non-modally) the box that says what happened; returns both."""
    plan: NextAgenda | None = None
    try:
        plan = followup.fill_next_agenda(ctx)
    except PermissionDenied:
        text = _t("Uw rol mag de agenda van een vergadering niet aanpassen.")
    else:
        text = agenda_text(plan)
    box = QMessageBox(QMessageBox.Icon.Information, _t("Volgende agenda"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("agendaFilledBox")
    box.open()
    return plan, box
