"""Export and import in the application: the exchange file and a case list from CSV.

- :class:`ExportDialog`: the whole vault or one case (data-subject request) to a JSON file,
  written owner-only and atomically, under a warning that the file is not encrypted.
- :class:`ImportDialog`: an exchange file into the open vault, which must be empty. The whole
  file is checked first; every problem is listed with its place in the file and nothing is
  imported until there is none.
- :func:`import_into_new_vault`: the same into a vault created for it (passphrase dialog).
- :class:`CsvImportWizard`: a case list from CSV: file, column mapping (a table with a combo box
  per column), a preview with every row's problems, then the import of all rows or none.

Nothing here shows identity fields: previews and lists hold codes, pseudonyms and counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.domain.validation import ValidationCode, ValidationIssue
from livcr_desktop.services import cases, csv_import, exchange
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.exchange_validate import ImportIssue, IssueCode
from livcr_desktop.services.vaults import DEFAULT_KDF, KdfParams, Vault
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_colour, alert_style
from livcr_desktop.views.widgets.delegates import KEYBOARD_SAFE_EDIT_TRIGGERS, ComboDelegate
from livcr_desktop.views.widgets.messages import file_error_message, validation_message

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


def _background(
    owner: QWidget,
    busy: QLabel,
    busy_text: str,
    fn: Callable[[], T],
    on_success: Callable[[T], bool],
    on_failure: Callable[[BaseException], bool | None],
) -> BackgroundTask[T]:
    """Run ``fn`` off the GUI thread (:class:`BackgroundTask`) with ``owner`` disabled, a busy cursor and
    ``busy_text`` in ``busy``; then ``on_success(result)`` or ``on_failure(exc)`` on the GUI thread.

    Both callbacks return the outcome (True: done, False: refused or failed), kept in ``owner.outcome``
    for whoever waits (tests wait for ``tasks.running_tasks() == 0``). ``on_failure`` returns None for
    an error it does not know: a general message is shown. Nothing is delivered to a deleted ``owner``.
    """
    setattr(owner, "outcome", None)  # noqa: B010 - every dialog here has it
    busy.setText(busy_text)
    owner.setEnabled(False)

    def succeeded(result: T) -> None:
        if isValid(owner):
            owner.setEnabled(True)
            busy.clear()  # the busy text goes; the result says what happened
            setattr(owner, "outcome", on_success(result))  # noqa: B010

    def failed(exc: BaseException) -> None:
        if not isValid(owner):
            return
        owner.setEnabled(True)
        busy.clear()
        known = on_failure(exc)
        if known is None:
            _log.error("%s: background operation failed: %s", type(owner).__name__, type(exc).__name__)
            busy.setText(_t("Dit is mislukt ({error}); er is niets gewijzigd.").format(error=type(exc).__name__))
        setattr(owner, "outcome", False)  # noqa: B010

    # No parent for the task: it would connect to ``owner.destroyed`` with a Python callable, which makes
    # PySide6 fail later disconnects from that signal (pytest-qt's waitSignal); isValid() guards instead.
    return BackgroundTask(None, fn, succeeded, failed).start()


def unencrypted_warning() -> str:
    return _t(
        "Let op: het exportbestand is NIET versleuteld. Het bevat identiteiten en informatie onder het gedeeld "
        "beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel "
        "persoonlijk of versleuteld door en wis het zodra het gediend heeft. De export wordt gelogd."
    )


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(alert_style())
    return label


# -- messages -----------------------------------------------------------------------------------


def _type_name(name: str) -> str:
    return {
        "string": _t("tekst"),
        "integer": _t("geheel getal"),
        "boolean": _t("true of false"),
        "array": _t("lijst"),
        "object": _t("object"),
        "null": _t("null"),
        "number": _t("getal"),
    }.get(name, name)


def issue_text(issue: ImportIssue) -> str:
    """The problem in the user's language (the place in the file is shown beside it)."""
    p = issue.params
    try:
        match issue.code:
            case IssueCode.TOO_LARGE:
                return _t("Het bestand is groter dan {max} MiB.").format(max=p["max_mib"])
            case IssueCode.UNREADABLE:
                return _t("Het bestand kan niet gelezen worden.")
            case IssueCode.NOT_UTF8:
                return _t("Het bestand is geen UTF-8-tekst.")
            case IssueCode.NOT_JSON:
                return _t("Geen geldige JSON (regel {line}, kolom {column}).").format(
                    line=p["line"], column=p["column"]
                )
            case IssueCode.TOO_DEEP:
                return _t("Te diep genest.")
            case IssueCode.TOO_MANY_VALUES:
                return _t("Het bestand bevat meer dan {max} waarden.").format(max=p["max_values"])
            case IssueCode.MORE:
                return _t("… en nog {n} problemen.").format(n=p["count"])
            case IssueCode.NOT_EXCHANGE:
                return _t("Dit is geen LIVC-R-uitwisselingsbestand.")
            case IssueCode.NEWER_VERSION:
                return _t(
                    "Dit bestand heeft formaatversie {version} en werd gemaakt met een nieuwere versie van "
                    "LIVC-R Desktop; deze versie leest tot versie {supported}. Werk de toepassing bij."
                ).format(version=p["version"], supported=p["supported"])
            case IssueCode.BAD_VERSION:
                return _t("Ongeldige formaatversie.")
            case IssueCode.TYPE:
                return _t("Verkeerd type: {expected} verwacht, {found} gevonden.").format(
                    expected=_type_name(p["expected"]), found=_type_name(p["found"])
                )
            case IssueCode.REQUIRED:
                return _t("Verplicht veld ontbreekt.")
            case IssueCode.EMPTY:
                return _t("Mag niet leeg zijn.")
            case IssueCode.UNKNOWN_FIELD:
                return _t("Onbekend veld.")
            case IssueCode.INTERNAL_SETTING:
                return _t("Interne gegevens van een kluis, geen instelling van de cel: kan niet geïmporteerd worden.")
            case IssueCode.DUPLICATE_FIELD:
                return _t("Dit veld staat er meer dan eens.")
            case IssueCode.TOO_LONG:
                return _t("Te lang: {length} tekens, hoogstens {max}.").format(length=p["length"], max=p["max"])
            case IssueCode.BAD_CHARACTERS:
                return _t("Bevat een NUL-teken of een ongeldig teken.")
            case IssueCode.BAD_FORMAT:
                return _t("Heeft niet de vereiste vorm.")
            case IssueCode.BAD_VALUE:
                if not p.get("allowed"):
                    return _t("Ongeldige waarde.")
                return _t("Onbekende waarde „{value}”; toegelaten: {allowed}.").format(
                    value=p["value"], allowed=p["allowed"]
                )
            case IssueCode.BAD_DATE:
                return _t("Geen geldige datum (JJJJ-MM-DD).")
            case IssueCode.BAD_DATETIME:
                return _t("Geen geldige datum en tijd (JJJJ-MM-DDTUU:MM:SS).")
            case IssueCode.BAD_TIME:
                return _t("Geen geldig tijdstip (UU:MM:SS).")
            case IssueCode.OUT_OF_RANGE:
                return _t("Moet tussen {minimum} en {maximum} liggen.").format(
                    minimum=p["minimum"], maximum=p["maximum"]
                )
            case IssueCode.DUPLICATE:
                return _t("Dubbel: hetzelfde als {first}.").format(first=p["first"])
            case IssueCode.UNKNOWN_REFERENCE:
                return _t("Verwijst naar „{value}”, dat niet in het bestand staat.").format(value=p["value"])
            case IssueCode.NOT_IN_AGENDA:
                return _t("Geen agendapunt op positie {position} in deze vergadering.").format(position=p["position"])
            case IssueCode.CASE_SCOPE_ONLY:
                return _t("Hoort alleen in de export van één casus.")
            case IssueCode.ONE_CASE:
                return _t("De export van één casus bevat precies één casus.")
            case IssueCode.CASE_EXPORT:
                return _t(
                    "Dit is de export van één casus (inzageverzoek); alleen de export van een hele kluis kan "
                    "geïmporteerd worden."
                )
            case IssueCode.NOT_EMPTY:
                return _t(
                    "Deze kluis bevat al gegevens: een volledige export wordt alleen in een lege kluis geïmporteerd."
                )
            case IssueCode.STORAGE:
                return _t("De kluis weigerde de gegevens; er werd niets geïmporteerd.")
    except (KeyError, IndexError):
        pass
    return issue.message


def field_label(field: str) -> str:
    return {
        "code": _t("Dossiercode"),
        "pseudonym": _t("Pseudoniem"),
        "first_name": _t("Voornaam"),
        "last_name": _t("Naam"),
        "birth_date": _t("Geboortedatum"),
        "is_minor": _t("Minderjarig"),
        "status": _t("Status"),
        "phenomenon": _t("Fenomeen"),
        "ideology": _t("Ideologie"),
        "registration_date": _t("Aanmeldingsdatum"),
        "next_review_date": _t("Volgende bespreking"),
        "referrer_organisation": _t("Organisatie signaalgever"),
        "referrer_sector": _t("Sector signaalgever"),
        "case_manager": _t("Casemanager"),
        "screening_notes": _t("Opmerkingen (screening)"),
    }.get(field, field)


def row_issue_message(issue: csv_import.RowIssue) -> str:
    """The problem of a CSV row (or of the mapping), without the row and column."""
    match issue.code:
        case "bad_date":
            return _t("Geen geldige datum (dd/mm/jjjj of jjjj-mm-dd).")
        case "two_digit_year":
            return _t("Schrijf het jaar met vier cijfers (dd/mm/jjjj).")
        case "unknown_value":
            return _t("Onbekende waarde.")
        case "unknown_organisation":
            return _t("Geen organisatie met deze naam in de kluis.")
        case "unknown_member":
            return _t("Geen lid met deze naam in de kluis.")
        case "extra_cells":
            return _t("Meer cellen dan de kopregel kolommen heeft.")
        case "duplicate":
            return _t("Deze dossiercode komt al voor (in het bestand of in de kluis).")
        case "missing_mapping":
            return _t("Geen kolom gekoppeld aan het verplichte veld „{field}”.").format(field=field_label(issue.field))
        case "duplicate_mapping":
            return _t("Het veld „{field}” is aan meer dan één kolom gekoppeld.").format(field=field_label(issue.field))
    try:
        return validation_message(ValidationIssue(issue.field, ValidationCode(issue.code)))
    except ValueError:
        return issue.message


def row_issue_text(issue: csv_import.RowIssue) -> str:
    if issue.row == 0:
        return row_issue_message(issue)
    if issue.column:
        return _t("Rij {row}, kolom „{column}”: {message}").format(
            row=issue.row, column=issue.column, message=row_issue_message(issue)
        )
    return _t("Rij {row}: {message}").format(row=issue.row, message=row_issue_message(issue))


def csv_file_error_text(exc: csv_import.CsvFileError) -> str:
    return {
        "workbook": _t("Dit is een rekenblad (.xlsx of .ods), geen CSV. Bewaar het eerst als CSV."),
        "encoding": _t("De tekens in dit bestand zijn niet leesbaar (geen UTF-8 of Windows-1252)."),
        "too_large": _t("Het bestand is te groot."),
        "binary": _t("Dit is geen CSV-tekstbestand."),
        "too_many_rows": _t("Het bestand heeft te veel rijen."),
        "too_many_cells": _t("Het bestand heeft te veel cellen."),
        "bad_csv": _t("Dit is geen leesbaar CSV-bestand."),
        "empty": _t("Het bestand bevat geen rijen."),
        "unreadable": _t("Het bestand kan niet gelezen worden."),
    }.get(exc.code, str(exc))


# -- a table of issues --------------------------------------------------------------------------


class IssueTableModel(QAbstractTableModel):
    """Problems of an import file: place in the file, problem. Read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def set_issues(self, issues: Sequence[ImportIssue]) -> None:
        self.beginResetModel()
        self._rows = [(i.path, issue_text(i)) for i in issues]
        self.endResetModel()

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (_t("Plaats in het bestand"), _t("Probleem"))[section]
        return super().headerData(section, orientation, role)


def _issue_view(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(_t("Problemen in het bestand"))
    view.setTabKeyNavigation(False)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view


class IssueListDialog(QDialog):
    """Every problem of a file, and that nothing was imported."""

    def __init__(self, issues: Sequence[ImportIssue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Importeren niet mogelijk — LIVC-R Desktop"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t("Het bestand heeft {n} probleem/problemen. Er werd niets geïmporteerd.").format(
                n=exchange.issue_total(list(issues))
            )
        )
        intro.setObjectName("issuesIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = IssueTableModel(self)
        self.model.set_issues(issues)
        layout.addWidget(_issue_view(self.model, "issuesView"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _counts_text(counts: dict[str, int]) -> str:
    names = {
        "organisations": _t("organisaties"),
        "members": _t("leden"),
        "cases": _t("casussen"),
        "meetings": _t("vergaderingen"),
        "agenda": _t("agendapunten"),
        "attendance": _t("aanwezigheden"),
        "contributions": _t("inbrengen"),
        "domain_assessments": _t("domeinbeoordelingen"),
        "assessments": _t("integrale analyses"),
        "decisions": _t("beslissingen"),
        "actions": _t("acties"),
        "updates": _t("actie-opvolgingen"),
        "referrer_feedback": _t("terugkoppelingen aan signaalgevers"),
        "minutes_documents": _t("verslagdocumenten (enkel vermeld)"),
    }
    return ", ".join(f"{n} {names.get(k, k)}" for k, n in counts.items())


# -- export -------------------------------------------------------------------------------------


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

        self.warning = _error_label("unencryptedWarning")
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
            self, _t("Exportbestand opslaan"), self.suggested_name(), _t("Uitwisselingsbestand (*.json)")
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
                    path=str(path), counts=_counts_text(exchange.document_counts(doc))
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

        return _background(self, self.message, _t("Bezig met exporteren…"), work, written, failed)


# -- import of an exchange file -----------------------------------------------------------------


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
        self.issues_view = _issue_view(self.issues, "issuesView")
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

        return _background(
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
                _t("Het bestand heeft {n} probleem/problemen; er wordt niets geïmporteerd.").format(
                    n=exchange.issue_total(list(issues))
                ),
                issues,
            )
            return False
        assert isinstance(doc, dict)
        self.doc = doc
        self._show(
            _t("Export van {when}: {counts}. Alles is in orde.").format(
                when=str(doc["exported_at"]).replace("T", " "), counts=_counts_text(exchange.document_counts(doc))
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
            self, _t("Importeren"), _t("{n} casussen en alle bijhorende gegevens in deze kluis importeren?").format(n=n)
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

        _background(
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


# -- CSV: mapping and preview models ------------------------------------------------------------


class CsvMappingModel(QAbstractTableModel):
    """One row per CSV column: its name, a few values, and the case field it maps to (editable)."""

    COL_COLUMN, COL_SAMPLES, COL_FIELD = range(3)
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: csv_import.CsvTable | None = None
        self.mapping: list[str] = []

    def set_table(self, table: csv_import.CsvTable, mapping: Sequence[str]) -> None:
        self.beginResetModel()
        self.table = table
        self.mapping = list(mapping)
        self.endResetModel()
        self.mapping_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.mapping)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None or not 0 <= index.row() < len(self.mapping):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_COLUMN:
                return self.table.column_name(row)
            if col == self.COL_SAMPLES:
                return " · ".join(self.table.samples(row))
            return field_label(self.mapping[row]) if self.mapping[row] else _t("— niet importeren —")
        if role == Qt.ItemDataRole.EditRole and col == self.COL_FIELD:
            return self.mapping[row]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == self.COL_FIELD
            and self.mapping[row]
            and self.mapping.count(self.mapping[row]) > 1
        ):
            return QBrush(alert_colour())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.COL_FIELD else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        field = "" if value is None else str(value)
        if field and field not in csv_import.CASE_FIELDS:
            return False
        self.mapping[index.row()] = field
        self.dataChanged.emit(self.index(0, self.COL_FIELD), self.index(len(self.mapping) - 1, self.COL_FIELD))
        self.mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (_t("Kolom in het bestand"), _t("Voorbeelden"), _t("Veld van de casus"))[section]
        return super().headerData(section, orientation, role)


def field_choices() -> list[tuple[str, str]]:
    return [(_t("— niet importeren —"), "")] + [(field_label(f), f) for f in csv_import.CASE_FIELDS]


class CsvPreviewModel(QAbstractTableModel):
    """The rows as they will be imported (no identity fields), each with its problems."""

    HEADERS = ("row", "code", "pseudonym", "status", "phenomenon", "registration_date", "problems")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: csv_import.Conversion | None = None

    def set_result(self, result: csv_import.Conversion | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self.result.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None or not 0 <= index.row() < len(self.result.rows):
            return None
        r = self.result.rows[index.row()]
        problems = self.result.issues_of(r.row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            d = r.draft
            match self.HEADERS[index.column()]:
                case "row":
                    return str(r.row)
                case "code":
                    return _t("{code} (automatisch)").format(code=d.code) if r.code_generated and d.code else d.code
                case "pseudonym":
                    return d.pseudonym
                case "status":
                    return labels.label(d.status)
                case "phenomenon":
                    return labels.label(d.phenomenon)
                case "registration_date":
                    return d.registration_date.strftime("%d/%m/%Y") if d.registration_date else ""
                case _:
                    return "\n".join(
                        f"{i.column}: {row_issue_message(i)}" if i.column else row_issue_message(i) for i in problems
                    )
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(alert_colour())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return (
                _t("Rij"),
                _t("Dossiercode"),
                _t("Pseudoniem"),
                _t("Status"),
                _t("Fenomeen"),
                _t("Aanmeldingsdatum"),
                _t("Problemen"),
            )[section]
        return super().headerData(section, orientation, role)


# -- CSV: the wizard ----------------------------------------------------------------------------


class _FilePage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
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
        self.error = _error_label("csvError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self.choose)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Caselijst kiezen"), "", _t("CSV-bestand (*.csv *.txt)"))
        if path:
            self.w.load_file(Path(path))

    def isComplete(self) -> bool:
        return self.w.table is not None


class _MappingPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
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
        self.problems = _error_label("mappingProblems")
        layout.addWidget(self.problems)
        wizard.mapping_model.mapping_changed.connect(self._changed)

    def _changed(self) -> None:
        issues = csv_import.mapping_issues(self.w.mapping_model.mapping)
        self.problems.setText("\n".join(row_issue_message(i) for i in issues))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None and not csv_import.mapping_issues(self.w.mapping_model.mapping)


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
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
        self.problems_view = _issue_view(self.problems, "csvIssuesView")
        self.problems.set_rows([])
        layout.addWidget(self.problems_view, 1)

    def initializePage(self) -> None:
        self.w.check()

    def isComplete(self) -> bool:
        return self.w.conversion is not None and self.w.conversion.ok and bool(self.w.conversion.rows)


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
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self)
        self.preview_page = _PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, _t("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("< &Vorige"))
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
            page.summary.setText(_t("{n} rijen worden als casus geïmporteerd.").format(n=len(self.conversion.rows)))
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

        _background(
            self,
            self.preview_page.summary,
            _t("Bezig met importeren…"),
            lambda: csv_import.import_cases(ctx, table, mapping, source=source),
            imported,
            failed,
        )
