"""What the chair is asked before a case's identity goes on the wall (and told when there is none)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


def tell_no_identity(chair: QWidget) -> None:
    QMessageBox.information(
        chair,
        _t("Identiteit tonen"),
        _t("Van deze casus is geen identiteit gekend: er is niets te tonen."),
    )


def confirm_reveal(chair: QWidget) -> bool:
    """Yes only when the chair says so; "No" is the default, and the keyboard goes back to the chair."""
    answer = QMessageBox.question(
        chair,
        _t("Identiteit tonen op de projector"),
        _t(
            "De naam en geboortedatum van deze casus worden op de projector getoond, voor iedereen in de "
            "zaal. Dit wordt in het auditlog vastgelegd. Ze verdwijnen bij het volgende agendapunt.\n\n"
            "Identiteit tonen?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    chair.activateWindow()  # not every platform hands the keyboard back after a dialog
    return answer == QMessageBox.StandardButton.Yes
