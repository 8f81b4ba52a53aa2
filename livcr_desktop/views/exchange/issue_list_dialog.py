"""The list of every problem of an exchange file, when nothing could be imported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from livcr_desktop.services import exchange
from livcr_desktop.services.exchange_validate import ImportIssue
from livcr_desktop.views.exchange.common_widgets import issue_view
from livcr_desktop.views.exchange.exchange_models import IssueTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


class IssueListDialog(QDialog):
    """Every problem of a file, and that nothing was imported."""

    def __init__(self, issues: Sequence[ImportIssue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Importeren niet mogelijk — LIVC-R Desktop"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ImportDialogs",
                "Het bestand heeft %n problemen. Er werd niets geïmporteerd.",
                None,
                exchange.issue_total(list(issues)),
            )
        )
        intro.setObjectName("issuesIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = IssueTableModel(self)
        self.model.set_issues(issues)
        layout.addWidget(issue_view(self.model, "issuesView"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
