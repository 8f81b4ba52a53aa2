"""Export the whole vault, or one case for a data-subject request, to a JSON exchange file.

The file is written owner-only and atomically, in the background, under a warning that it is not
encrypted; the export is audited by the service.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.services import cases, exchange
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.exchange.background import start_in_background
from livcr_desktop.views.exchange.common_widgets import error_label
from livcr_desktop.views.exchange.texts import counts_text, unencrypted_warning
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.messages import file_error_message
from livcr_desktop.views.widgets.save_location import in_documents


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


class ExportDialog(QDialog):
    """Export the whole vault, or one case for a data-subject request, to an (unencrypted) JSON file."""

    def __init__(self, ctx: ServiceContext, case_code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Path | None = None
        self.outcome: bool | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(_t("Exporteren — LIVC-R Desktop"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        self.whole = QRadioButton(_t("De &hele kluis (om over te zetten of te archiveren)"))
        self.whole.setObjectName("wholeVaultRadio")
        self.one_case = QRadioButton(_t("Eén &casus (inzageverzoek van de betrokkene, AVG art. 15)"))
        self.one_case.setObjectName("oneCaseRadio")
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.one_case)
        layout.addWidget(self.whole)
        layout.addWidget(self.one_case)
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("caseCombo")
        self.case_combo.setAccessibleName(_t("Casus"))
        for c in sorted(cases.list_cases(ctx), key=lambda c: c.code):
            self.case_combo.addItem(c.display_name(), c.code)
        layout.addWidget(self.case_combo)

        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(_t("Exportbestand"))
        self.path_edit.setPlaceholderText(_t("Bestand (.json)"))
        self.browse_button = QPushButton(_t("&Bladeren…"))
        self.browse_button.setObjectName("browseButton")
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        self.warning = error_label("unencryptedWarning")
        self.warning.setText(unencrypted_warning())
        layout.addWidget(self.warning)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(_t("&Exporteren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("&Sluiten"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.choose_path)
        self.whole.toggled.connect(self._update)
        self.case_combo.currentIndexChanged.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        if case_code is not None and self.case_combo.findData(case_code) >= 0:
            self.one_case.setChecked(True)
            self.case_combo.setCurrentIndex(self.case_combo.findData(case_code))
        else:
            self.whole.setChecked(True)
        if self.case_combo.count() == 0:
            self.one_case.setEnabled(False)
        self._update()

    def selected_case(self) -> str | None:
        return str(self.case_combo.currentData()) if self.one_case.isChecked() and self.case_combo.count() else None

    def suggested_name(self) -> str:
        day = self.ctx.today().isoformat()
        code = self.selected_case()
        return f"inzage-{code}-{day}.json" if code else f"livcr-export-{day}.json"

    def _update(self, *_: object) -> None:
        self.case_combo.setEnabled(self.one_case.isChecked())
        allowed = self.ctx.may(Permission.EXPORT_DATA)
        if not allowed:
            self.message.setText(_t("Uw rol laat geen export toe."))
        self.export_button.setEnabled(allowed and bool(self.path_edit.text().strip()))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _t("Exportbestand opslaan"), in_documents(self.suggested_name()), _t("Uitwisselingsbestand (*.json)")
        )
        if path:
            self.path_edit.setText(path)

    def export(self) -> BackgroundTask[dict[str, Any]] | None:
        """Write the file (0600, atomic) in the background; ``written`` is its path once done.

        None (with the reason shown) when nothing was started."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        if not path.parent.is_dir():
            self.message.setText(_t("De map {folder} bestaat niet.").format(folder=str(path.parent)))
            return None
        if path.exists() and path != self.written:
            answer = QMessageBox.question(
                self, _t("Bestand vervangen"), _t("{name} bestaat al. Vervangen?").format(name=path.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        code, ctx = self.selected_case(), self.ctx

        def work() -> dict[str, Any]:
            doc = exchange.export_case(ctx, code) if code else exchange.export_vault(ctx)
            exchange.write_document(path, doc)
            return doc

        def written(doc: dict[str, Any]) -> bool:
            self.written = path
            self.message.setText(
                _t("Bewaard: {path} ({counts}).").format(
                    path=str(path), counts=counts_text(exchange.document_counts(doc))
                )
            )
            self._update()
            return True

        def failed(exc: BaseException) -> bool | None:
            if isinstance(exc, OSError):  # a full disk or read-only medium says what to do (nothing was written)
                self.message.setText(
                    _t("Het bestand kon niet geschreven worden: {reason}").format(reason=file_error_message(exc))
                )
                return False
            if isinstance(exc, PermissionDenied):
                self.message.setText(_t("Uw rol laat geen export toe."))
                return False
            return None

        return start_in_background(self, self.message, _t("Bezig met exporteren…"), work, written, failed)
