"""The CSV import wizard: a city's case list from a CSV file, all rows or none.

File → column mapping (a table with a combo box per column) → a preview with every row's problems
→ the import of every row in one transaction, in the background. The pages are in
``csv_wizard_pages``, the models in ``exchange_models``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget, QWizard

from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.services import csv_import
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.exchange.background import start_in_background
from livcr_desktop.views.exchange.csv_wizard_pages import CsvFilePage, CsvMappingPage, CsvPreviewPage
from livcr_desktop.views.exchange.exchange_models import CsvMappingModel, CsvPreviewModel
from livcr_desktop.views.exchange.texts import csv_file_error_text, row_issue_text


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


class CsvImportWizard(QWizard):
    """File → column mapping → preview with every row's problems → import of all rows, or none."""

    imported = Signal(list)

    def __init__(self, ctx: ServiceContext, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: csv_import.CsvTable | None = None
        self.source = ""
        self.conversion: csv_import.Conversion | None = None
        self.imported_ids: list[int] = []
        self.outcome: bool | None = None
        self.setObjectName("csvImportWizard")
        self.setWindowTitle(_t("Caselijst importeren (CSV) — LIVC-R Desktop"))
        self.resize(900, 600)
        self.mapping_model = CsvMappingModel(self)
        self.preview_model = CsvPreviewModel(self)
        self.file_page = CsvFilePage(self)
        self.mapping_page = CsvMappingPage(self)
        self.preview_page = CsvPreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, _t("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("&Importeren"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("&Annuleren"))
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        page = self.file_page
        page.path_edit.setText(str(path))
        try:
            table = csv_import.read_csv_file(path)
        except csv_import.CsvFileError as exc:
            self.table = None
            page.error.setText(csv_file_error_text(exc))
            page.info.setText("")
            page.completeChanged.emit()
            return False
        self.table = table
        self.source = path.name
        delimiter = {";": _t("puntkomma"), ",": _t("komma"), "\t": _t("tab"), "|": _t("verticale streep")}.get(
            table.delimiter, table.delimiter
        )
        page.info.setText(
            _t("{rows} rijen, {columns} kolommen; scheidingsteken: {delimiter}; codering: {encoding}.").format(
                rows=len(table.rows), columns=len(table.header), delimiter=delimiter, encoding=table.encoding
            )
        )
        page.error.setText("")
        self.mapping_model.set_table(table, csv_import.propose_mapping(table.header))
        page.completeChanged.emit()
        return True

    def check(self) -> csv_import.Conversion | None:
        """Convert every row with the current mapping (nothing is written) and show the outcome."""
        if self.table is None:
            return None
        self.conversion = csv_import.convert(self.ctx, self.table, self.mapping_model.mapping)
        self.preview_model.set_result(self.conversion)
        page = self.preview_page
        bad_rows = len({i.row for i in self.conversion.issues if i.row})
        if self.conversion.ok:
            page.summary.setText(
                QCoreApplication.translate(
                    "ImportDialogs", "%n rijen worden als casus geïmporteerd.", None, len(self.conversion.rows)
                )
            )
        else:
            page.summary.setText(
                _t(
                    "{issues} probleem/problemen in {rows} rij(en); er wordt niets geïmporteerd tot "
                    "ze opgelost zijn (in het bestand of in de koppeling)."
                ).format(issues=len(self.conversion.issues), rows=bad_rows)
            )
        page.problems.set_rows([(str(i.row) if i.row else "", row_issue_text(i)) for i in self.conversion.issues])
        page.problems_view.setVisible(bool(self.conversion.issues))
        page.completeChanged.emit()
        return self.conversion

    def accept(self) -> None:
        """Finish: import every row in one transaction; on a problem, show it and stay open."""
        if self.table is None:
            return
        if not self.ctx.may(Permission.EXPORT_DATA) or not self.ctx.may(Permission.EDIT_CASES):
            self.preview_page.summary.setText(_t("Uw rol laat geen import toe."))
            return
        ctx, table, mapping, source = self.ctx, self.table, list(self.mapping_model.mapping), self.source

        def imported(ids: list[int]) -> bool:
            self.imported_ids = ids
            self.imported.emit(self.imported_ids)
            super(CsvImportWizard, self).accept()
            return True

        def failed(exc: BaseException) -> bool | None:
            if isinstance(exc, csv_import.CsvImportError):
                self.check()
                return False
            if isinstance(exc, PermissionDenied):
                self.preview_page.summary.setText(_t("Uw rol laat geen import toe."))
                return False
            return None

        start_in_background(
            self,
            self.preview_page.summary,
            _t("Bezig met importeren…"),
            lambda: csv_import.import_cases(ctx, table, mapping, source=source),
            imported,
            failed,
        )
