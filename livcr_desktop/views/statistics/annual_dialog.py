"""The annual report dialog (issue 16, point 8): a year, PDF or CSV, Save…; made off the GUI thread.

Everything in the file comes from ``services.annual_report`` (aggregate numbers, small case counts
hidden as "<3"); the file is in the cell's document language, written owner-only and audited by
the service.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.services import annual_report, statistics
from livcr_desktop.services.annual_report import ExportFormat
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.tasks import BackgroundTask, run_in_background
from livcr_desktop.views.widgets.messages import file_error_message
from livcr_desktop.views.widgets.save_location import in_documents

_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("AnnualReportDialog", text)


class AnnualReportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask[bytes] | None = None
        self.saved: Path | None = None
        self.setObjectName("annualReportDialog")
        self.setWindowTitle(_t("Jaarverslag"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Voor de burgemeester en de stuurgroep: gehouden vergaderingen, aanwezigheid per organisatie, "
                "dossiers per fenomeen, uitkomst en gemeente, tijd tot de eerste beslissing. Aantallen van 1 of 2 "
                'staan als "<3".'
            )
        )
        intro.setObjectName("hintLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        today = ctx.today()
        years = statistics.available_years(ctx)
        self.year = QSpinBox()
        self.year.setObjectName("annualYear")
        self.year.setRange(max(annual_report.FIRST_YEAR, min(years)), today.year)
        # the last full year, unless the vault's records start this year
        self.year.setValue(max(self.year.minimum(), today.year - 1))
        year_label = QLabel(_t("&Jaar:"))
        year_label.setBuddy(self.year)
        form.addRow(year_label, self.year)
        kinds = QHBoxLayout()
        self.pdf = QRadioButton(_t("&PDF"))
        self.pdf.setObjectName("annualPdf")
        self.pdf.setChecked(True)
        self.csv = QRadioButton(_t("&CSV (rekenblad)"))
        self.csv.setObjectName("annualCsv")
        kinds.addWidget(self.pdf)
        kinds.addWidget(self.csv)
        kinds.addStretch(1)
        form.addRow(_t("Formaat:"), kinds)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("annualMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(_t("&Bewaren…"))
        self.save_button.setObjectName("annualSaveButton")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(_t("&Sluiten"))
        layout.addWidget(buttons)
        self.save_button.clicked.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)

    def chosen_format(self) -> ExportFormat:
        return ExportFormat.CSV if self.csv.isChecked() else ExportFormat.PDF

    def default_file_name(self) -> str:
        fmt = self.chosen_format()
        return _t("jaarverslag-{year}").format(year=self.year.value()) + f".{fmt.value}"

    def save(self, path: Path | None = None) -> BackgroundTask[bytes] | None:
        """Ask where (unless ``path`` is given), then make and write the file in the background."""
        fmt = self.chosen_format()
        if path is None:
            filters = _t("CSV (*.csv)") if fmt is ExportFormat.CSV else _t("PDF (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(
                self, _t("Jaarverslag bewaren"), in_documents(self.default_file_name()), filters
            )
            if not chosen:
                return None
            path = Path(chosen)
        ctx, year, target = self.ctx, self.year.value(), path

        def work() -> bytes:  # off the GUI thread: no widget here
            return annual_report.export(ctx, annual_report.annual_report(ctx, year), fmt, target)

        self.message.setText(_t("Het jaarverslag wordt gemaakt…"))
        self.task = run_in_background(
            self,
            work,
            on_success=lambda _data: self._saved(target),
            on_failure=self._failed,
            busy_widgets=[self.save_button, self.year, self.pdf, self.csv],
        )
        return self.task

    def _saved(self, path: Path) -> None:
        self.saved = path
        self.message.setText(_t("Bewaard: {path}").format(path=str(path)))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):  # a full disk or read-only medium says what to do (nothing was written)
            self.message.setText(_t("Niet bewaard: {error}").format(error=file_error_message(exc)))
        elif isinstance(exc, ValueError):
            self.message.setText(_t("Niet bewaard: dat jaar kan niet."))
        else:  # a fault of the application: logged (no content), the dialog stays usable
            _log.error("annual report failed: %s", type(exc).__name__)
            self.message.setText(_t("Niet bewaard."))


def open_annual_report(parent: QWidget | None, ctx: ServiceContext) -> AnnualReportDialog:
    """Open (and return) the dialog, window-modal; it deletes itself when closed."""
    dialog = AnnualReportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
