"""Import an exchange file: into the open vault (which must be empty), or into a vault made for it.

The whole file is checked first, in the background; every problem is listed with its place in the
file and nothing is imported until there is none. The import itself is all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.services import exchange
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.exchange_validate import ImportIssue
from livcr_desktop.services.vaults import DEFAULT_KDF, KdfParams, Vault
from livcr_desktop.views.exchange.background import start_in_background
from livcr_desktop.views.exchange.common_widgets import issue_view
from livcr_desktop.views.exchange.exchange_models import IssueTableModel
from livcr_desktop.views.exchange.issue_list_dialog import IssueListDialog
from livcr_desktop.views.exchange.texts import counts_text
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.messages import file_error_message


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


class ImportDialog(QDialog):
    """Import a whole-vault exchange file into the open vault, which must be empty."""

    imported = Signal()

    def __init__(self, ctx: ServiceContext, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: dict[str, Any] | None = None
        self.summary: exchange.ImportSummary | None = None
        self.outcome: bool | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(_t("Importeren uit een uitwisselingsbestand — LIVC-R Desktop"))
        self.resize(780, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Een volledige export (JSON) wordt in deze kluis geïmporteerd als de kluis nog leeg is. "
                "Het hele bestand wordt eerst gecontroleerd: alles wordt geïmporteerd, of niets."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(_t("Uitwisselingsbestand"))
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(_t("&Bestand kiezen…"))
        self.browse_button.setObjectName("browseButton")
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.issues = IssueTableModel(self)
        self.issues_view = issue_view(self.issues, "issuesView")
        self.issues_view.hide()
        layout.addWidget(self.issues_view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(_t("&Importeren"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("&Sluiten"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.choose_file)
        if path is not None:
            self.load(path)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Uitwisselingsbestand kiezen"), "", _t("Uitwisselingsbestand (*.json)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> BackgroundTask[tuple[Any, list[ImportIssue]]]:
        """Read and check the file against this vault in the background; ``outcome`` is True when it can
        be imported."""
        self.path_edit.setText(str(path))
        self.doc = None
        self.import_button.setEnabled(False)
        ctx = self.ctx

        def work() -> tuple[Any, list[ImportIssue]]:
            try:
                doc = exchange.read_document(path)
                return doc, list(exchange.import_issues(ctx, doc))
            except exchange.ExchangeError as exc:
                return None, list(exc.issues)

        def failed(exc: BaseException) -> bool | None:
            if isinstance(exc, OSError):
                self._show(
                    _t("Het bestand kan niet gelezen worden: {reason}").format(reason=file_error_message(exc)), []
                )
                return False
            return None

        return start_in_background(
            self,
            self.summary_label,
            _t("Het bestand wordt gecontroleerd…"),
            work,
            lambda found: self._checked(*found),
            failed,
        )

    def _checked(self, doc: Any, issues: list[ImportIssue]) -> bool:
        if not issues and not self.ctx.may(Permission.EXPORT_DATA):
            self._show(_t("Uw rol laat geen import toe."), [])
            return False
        if issues:
            self._show(
                QCoreApplication.translate(
                    "ImportDialogs",
                    "Het bestand heeft %n problemen; er wordt niets geïmporteerd.",
                    None,
                    exchange.issue_total(list(issues)),
                ),
                issues,
            )
            return False
        assert isinstance(doc, dict)
        self.doc = doc
        self._show(
            _t("Export van {when}: {counts}. Alles is in orde.").format(
                when=str(doc["exported_at"]).replace("T", " "), counts=counts_text(exchange.document_counts(doc))
            ),
            [],
        )
        self.import_button.setEnabled(True)
        return True

    def _show(self, text: str, issues: Sequence[ImportIssue]) -> None:
        self.summary_label.setText(text)
        self.issues.set_issues(issues)
        self.issues_view.setVisible(bool(issues))
        self.import_button.setEnabled(False)

    def do_import(self) -> bool:
        if self.doc is None:
            return False
        n = len(self.doc.get("cases") or [])
        answer = QMessageBox.question(
            self,
            _t("Importeren"),
            QCoreApplication.translate(
                "ImportDialogs", "%n casussen en alle bijhorende gegevens in deze kluis importeren?", None, n
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ctx, doc = self.ctx, self.doc

        def imported(summary: exchange.ImportSummary) -> bool:
            self.summary = summary
            self.imported.emit()
            self.accept()
            return True

        def failed(exc: BaseException) -> bool | None:
            if isinstance(exc, exchange.ExchangeError):
                self.doc = None
                self._show(_t("Er werd niets geïmporteerd."), exc.issues)
                return False
            if isinstance(exc, PermissionDenied):
                self._show(_t("Uw rol laat geen import toe."), [])
                return False
            return None

        start_in_background(
            self,
            self.summary_label,
            _t("Bezig met importeren…"),
            lambda: exchange.import_document(ctx, doc),
            imported,
            failed,
        )
        return True


def import_into_new_vault(
    exchange_path: Path, vault_path: Path, parent: QWidget | None = None, kdf: KdfParams = DEFAULT_KDF
) -> Vault | None:
    """Make a vault at ``vault_path`` and import ``exchange_path`` into it; the open vault, or None.

    The file is checked before the passphrase dialog: a file with problems shows them and creates
    no vault. If the import fails after all, the new vault is removed again.
    """
    from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog

    try:
        doc = exchange.read_document(exchange_path)
        issues = exchange.document_issues(doc)
    except exchange.ExchangeError as exc:
        issues = exc.issues
    if issues:
        IssueListDialog(issues, parent).exec()
        return None
    create = CreateVaultDialog(vault_path, kdf=kdf, parent=parent)
    if not create.exec() or create.vault is None:
        return None
    try:
        exchange.import_into_created_vault(create.vault, doc)
    except exchange.ExchangeError as exc:
        IssueListDialog(exc.issues, parent).exec()
        return None
    return create.vault
