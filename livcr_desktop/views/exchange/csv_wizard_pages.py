"""The pages of the CSV import wizard: the file, the column mapping, the preview with every problem.

The pages hold widgets only; what they show and whether they are complete comes from the wizard
(:class:`CsvWizardState`, which ``CsvImportWizard`` is), so the wizard and its pages import nothing
of each other's module but this protocol.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from livcr_desktop.services import csv_import
from livcr_desktop.views.exchange.common_widgets import error_label, issue_view
from livcr_desktop.views.exchange.exchange_models import CsvMappingModel, CsvPreviewModel, IssueTableModel
from livcr_desktop.views.exchange.texts import field_choices, row_issue_message
from livcr_desktop.views.widgets.delegates import KEYBOARD_SAFE_EDIT_TRIGGERS, ComboDelegate


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


class CsvWizardState(Protocol):
    """What the pages read of the wizard and ask it to do."""

    table: csv_import.CsvTable | None
    conversion: csv_import.Conversion | None
    mapping_model: CsvMappingModel
    preview_model: CsvPreviewModel

    def load_file(self, path: Path) -> bool: ...

    def check(self) -> csv_import.Conversion | None: ...


class CsvFilePage(QWizardPage):
    def __init__(self, wizard: CsvWizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Bestand"))
        self.setSubTitle(
            _t(
                "Kies de caselijst als CSV (uit Excel: „Opslaan als… CSV”). Puntkomma of komma, "
                "UTF-8 of Windows-1252 worden herkend."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("csvPathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(_t("CSV-bestand"))
        self.browse = QPushButton(_t("&Bestand kiezen…"))
        self.browse.setObjectName("csvBrowseButton")
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.info = QLabel()
        self.info.setObjectName("csvInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.error = error_label("csvError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self.choose)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Caselijst kiezen"), "", _t("CSV-bestand (*.csv *.txt)"))
        if path:
            self.w.load_file(Path(path))

    def isComplete(self) -> bool:
        return self.w.table is not None


class CsvMappingPage(QWizardPage):
    def __init__(self, wizard: CsvWizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Kolommen koppelen"))
        self.setSubTitle(
            _t(
                "Kies voor elke kolom het veld van de casus, of „niet importeren”. Aanmeldingsdatum en "
                "fenomeen zijn verplicht; zonder dossiercode krijgt een rij de volgende vrije code."
            )
        )
        layout = QVBoxLayout(self)
        self.view = QTableView()
        self.view.setObjectName("mappingView")
        self.view.setAccessibleName(_t("Kolommen koppelen"))
        self.view.setTabKeyNavigation(False)
        self.view.setModel(wizard.mapping_model)
        self.delegate = ComboDelegate(field_choices(), self.view)
        self.view.setItemDelegateForColumn(CsvMappingModel.COL_FIELD, self.delegate)
        self.view.setEditTriggers(KEYBOARD_SAFE_EDIT_TRIGGERS)  # the arrow keys move, they do not change a field
        self.view.clicked.connect(
            lambda index: self.view.edit(index) if index.column() == CsvMappingModel.COL_FIELD else None
        )
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        layout.addWidget(self.view, 1)
        self.problems = error_label("mappingProblems")
        layout.addWidget(self.problems)
        wizard.mapping_model.mapping_changed.connect(self._changed)

    def _changed(self) -> None:
        issues = csv_import.mapping_issues(self.w.mapping_model.mapping)
        self.problems.setText("\n".join(row_issue_message(i) for i in issues))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None and not csv_import.mapping_issues(self.w.mapping_model.mapping)


class CsvPreviewPage(QWizardPage):
    def __init__(self, wizard: CsvWizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_t("Controle"))
        self.setSubTitle(
            _t(
                "Elke rij is gecontroleerd zoals in het casusformulier. Er wordt pas geïmporteerd als "
                "geen enkele rij nog een probleem heeft: alles, of niets."
            )
        )
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QTableView()
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(_t("Rijen van het bestand"))
        self.view.setTabKeyNavigation(False)
        self.view.setModel(wizard.preview_model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        self.problems = IssueTableModel(self)
        self.problems_view = issue_view(self.problems, "csvIssuesView")
        self.problems.set_rows([])
        layout.addWidget(self.problems_view, 1)

    def initializePage(self) -> None:
        self.w.check()

    def isComplete(self) -> bool:
        return self.w.conversion is not None and self.w.conversion.ok and bool(self.w.conversion.rows)
