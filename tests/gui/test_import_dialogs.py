"""The export, import and CSV dialogs through their widgets (modal questions answered by a timer)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from livcr_desktop.domain.roles import Role
from livcr_desktop.services import demo, exchange, exchange_spec
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.csv_import import RowIssue
from livcr_desktop.services.exchange_validate import IssueCode, validate
from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage import models
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from livcr_desktop.views import tasks
from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard
from livcr_desktop.views.exchange.exchange_models import CsvMappingModel, CsvPreviewModel, IssueTableModel
from livcr_desktop.views.exchange.export_dialog import ExportDialog
from livcr_desktop.views.exchange.import_dialog import ImportDialog, import_into_new_vault
from livcr_desktop.views.exchange.issue_list_dialog import IssueListDialog
from livcr_desktop.views.exchange.texts import issue_text, row_issue_message
from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog
from tests.conftest import PASSPHRASE, TODAY
from tests.helpers.factories import add_reference_data
from tests.helpers.fixtures import clocked
from tests.unit.test_exchange import BAD


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    demo.populate(demo.demo_context(ctx.vault, TODAY))
    return clocked(ctx.vault)


@pytest.fixture
def export_file(demo_ctx: ServiceContext, tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    exchange.write_document(path, exchange.export_vault(demo_ctx))
    return path


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Any:
    vault = create_vault(tmp_path / "empty.vault", PASSPHRASE, kdf=TEST_KDF)
    yield clocked(vault)
    vault.close()


def case_count(vault: Vault) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(models.Case)) or 0)


def answer_later(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()

    QTimer.singleShot(0, click)


def on_modal(action: Callable[[Any], None]) -> None:
    QTimer.singleShot(0, lambda: action(QApplication.activeModalWidget()))


# -- export -------------------------------------------------------------------------------------


def test_export_whole_vault_writes_an_owner_only_file_under_a_warning(
    qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    dlg = ExportDialog(demo_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.whole.isChecked() and not dlg.case_combo.isEnabled()
    assert dlg.warning.isVisible() and "NIET versleuteld" in dlg.warning.text()
    assert not dlg.export_button.isEnabled()
    assert dlg.suggested_name() == "livcr-export-2026-11-21.json"
    qtbot.keyClicks(dlg.path_edit, str(tmp_path / "kluis-export"))
    assert dlg.export_button.isEnabled()
    dlg.export_button.click()
    assert not dlg.export_button.isEnabled()  # busy: no second export meanwhile
    assert done(qtbot, dlg)
    out = tmp_path / "kluis-export.json"
    assert out.exists() and out.stat().st_mode & 0o777 == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert validate(doc) == [] and doc["scope"] == "vault" and len(doc["cases"]) == 30
    assert "Bewaard" in dlg.message.text() and "30 casussen" in dlg.message.text()
    assert dlg.warning.isVisible()
    with demo_ctx.vault.session() as s:
        assert s.scalar(select(models.AuditEvent.action).order_by(models.AuditEvent.id.desc()).limit(1)) == "export"


def test_export_one_case_for_a_data_subject_request(
    qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = exchange.export_vault(demo_ctx)["cases"][4]["code"]
    dlg = ExportDialog(demo_ctx, case_code=code)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.one_case.isChecked() and dlg.case_combo.isEnabled() and dlg.selected_case() == code
    assert all("Testpersoon" not in dlg.case_combo.itemText(i) for i in range(dlg.case_combo.count()))
    target = tmp_path / dlg.suggested_name()
    assert target.name == f"inzage-{code}-2026-11-21.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dlg.browse_button.click()
    assert dlg.path_edit.text() == str(target)
    assert done(qtbot, dlg, dlg.export()) and dlg.written == target
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["scope"] == "case" and [c["code"] for c in doc["cases"]] == [code]

    target.write_text("iets anders")
    dlg.written = None
    answer_later(QMessageBox.StandardButton.No)
    assert dlg.export() is None and target.read_text() == "iets anders"
    answer_later(QMessageBox.StandardButton.Yes)
    assert done(qtbot, dlg, dlg.export()) and dlg.written == target
    assert json.loads(target.read_text(encoding="utf-8"))["scope"] == "case"


def test_export_needs_the_permission(qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path) -> None:
    dlg = ExportDialog(clocked(demo_ctx.vault, Role.READ_ONLY))
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "x.json"))
    assert not dlg.export_button.isEnabled() and "rol" in dlg.message.text()
    dlg.path_edit.setText(str(tmp_path / "no-such-folder" / "x.json"))
    dlg2 = ExportDialog(demo_ctx)
    qtbot.addWidget(dlg2)
    dlg2.path_edit.setText(str(tmp_path / "no-such-folder" / "x.json"))
    assert dlg2.export() is None and "bestaat niet" in dlg2.message.text()


# -- import -------------------------------------------------------------------------------------


def done(qtbot: QtBot, dialog: object, _task: object = None) -> bool:
    """Export, checking and import run in the background: wait for them, then say how it ended."""
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    return bool(getattr(dialog, "outcome", False))


def test_import_dialog_imports_a_valid_file_into_an_empty_vault(
    qtbot: QtBot, export_file: Path, empty_ctx: ServiceContext
) -> None:
    dlg = ImportDialog(empty_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.import_button.isEnabled()
    assert done(qtbot, dlg, dlg.load(export_file))
    assert "30 casussen" in dlg.summary_label.text() and "in orde" in dlg.summary_label.text()
    assert not dlg.issues_view.isVisible() and dlg.import_button.isEnabled()

    answer_later(QMessageBox.StandardButton.No)
    dlg.import_button.click()
    assert case_count(empty_ctx.vault) == 0 and dlg.isVisible()

    answer_later(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dlg.imported, timeout=5000):
        dlg.import_button.click()
    assert dlg.result() == 1 and dlg.summary is not None and dlg.summary.counts["cases"] == 30
    assert case_count(empty_ctx.vault) == 30
    assert exchange.export_vault(empty_ctx) == json.loads(export_file.read_text(encoding="utf-8"))


def test_import_dialog_lists_every_problem_and_imports_nothing(
    qtbot: QtBot, export_file: Path, empty_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = json.loads(export_file.read_text(encoding="utf-8"))
    names = ("unknown-status", "unknown-case", "duplicate-case-code", "30-february", "huge-notes")
    for name in names:
        BAD[name][0](doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    dlg = ImportDialog(empty_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.browse_button.click()
    assert not done(qtbot, dlg)
    assert dlg.path_edit.text() == str(bad)
    assert dlg.issues_view.isVisible() and not dlg.import_button.isEnabled()
    model = dlg.issues
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert sorted(p for p, _ in rows) == sorted(p for name in names for p, _ in BAD[name][1])
    assert all(message and not message.startswith(("unknown", "refers", "not a")) for _, message in rows)
    assert "5 problemen" in dlg.summary_label.text()
    assert case_count(empty_ctx.vault) == 0

    (tmp_path / "garbage.json").write_bytes(b"\x00\x01 not json")
    assert not done(qtbot, dlg, dlg.load(tmp_path / "garbage.json"))
    assert model.rowCount() == 1 and not dlg.import_button.isEnabled()


def test_import_dialog_refuses_a_vault_with_data_and_a_case_export(
    qtbot: QtBot, export_file: Path, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    dlg = ImportDialog(demo_ctx, path=export_file)
    qtbot.addWidget(dlg)
    assert not done(qtbot, dlg)
    assert not dlg.import_button.isEnabled()
    assert dlg.issues.index(0, 1).data().startswith("Deze kluis bevat al gegevens")
    one = tmp_path / "case.json"
    code = json.loads(export_file.read_text())["cases"][0]["code"]
    exchange.write_document(one, exchange.export_case(demo_ctx, code))
    done(qtbot, dlg, dlg.load(one))
    assert [dlg.issues.index(r, 0).data() for r in range(dlg.issues.rowCount())] == ["$.scope", "$"]


def test_import_into_a_new_vault_from_the_app(qtbot: QtBot, export_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "nieuw"
    folder.mkdir()
    bad = tmp_path / "bad.json"
    doc = json.loads(export_file.read_text(encoding="utf-8"))
    doc["version"] = exchange_spec.FORMAT_VERSION + 1  # written by a newer release
    bad.write_text(json.dumps(doc), encoding="utf-8")
    seen: list[str] = []

    def close_issue_list(dialog: Any) -> None:
        assert isinstance(dialog, IssueListDialog)
        seen.append(dialog.model.index(0, 1).data())
        dialog.reject()

    on_modal(close_issue_list)
    assert import_into_new_vault(bad, folder / "kluis.vault", kdf=TEST_KDF) is None
    assert "nieuwere versie" in seen[0] and list(folder.iterdir()) == []

    def give_passphrase(dialog: Any) -> None:
        assert isinstance(dialog, CreateVaultDialog)
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE)
        dialog.ok_button.click()

    on_modal(give_passphrase)
    vault = import_into_new_vault(export_file, folder / "kluis.vault", kdf=TEST_KDF)
    assert vault is not None
    try:
        assert case_count(vault) == 30 and key_path_for(folder / "kluis.vault").exists()
    finally:
        vault.close()


# -- CSV ----------------------------------------------------------------------------------------

CSV = (
    "Dossiernummer;Pseudoniem;Naam;Status;Fenomeen;Aanmeldingsdatum;Opmerking (één)\n"
    "LIVC-2025-001;Eik;Testpersoon;in opvolging;radicalisme;12/01/2025;a\n"
    ";Beuk;;aangemeld;extremisme;03/02/2025;b\n"
)


def write_csv(tmp_path: Path, text: str, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return path


def choose_field(wizard: CsvImportWizard, row: int, field: str) -> None:
    """Pick a field in the mapping table's combo box, as a user does."""
    view = wizard.mapping_page.view
    index = wizard.mapping_model.index(row, CsvMappingModel.COL_FIELD)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(field))
    wizard.mapping_page.delegate.commitData.emit(editor)
    wizard.mapping_page.delegate.closeEditor.emit(editor)


def test_csv_wizard_file_mapping_preview_import(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    add_reference_data(ctx)
    wizard = CsvImportWizard(ctx, write_csv(tmp_path, CSV))
    qtbot.addWidget(wizard)
    wizard.show()
    assert "2 rijen" in wizard.file_page.info.text() and "puntkomma" in wizard.file_page.info.text()
    assert "cp1252" in wizard.file_page.info.text()
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_model.mapping == [
        "code",
        "pseudonym",
        "last_name",
        "status",
        "phenomenon",
        "registration_date",
        "",
    ]
    assert wizard.mapping_model.index(2, CsvMappingModel.COL_SAMPLES).data() == "Testpersoon"
    choose_field(wizard, 6, "pseudonym")  # a second column for the same field
    assert wizard.mapping_model.mapping[6] == "pseudonym"
    assert not wizard.mapping_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "meer dan één kolom" in wizard.mapping_page.problems.text()
    choose_field(wizard, 6, "screening_notes")
    choose_field(wizard, 2, "")  # keep identities out of this import
    assert wizard.mapping_page.isComplete() and wizard.mapping_page.problems.text() == ""
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_model
    assert preview.rowCount() == 2 and preview.index(1, 1).data() == "LIVC-2025-002 (automatisch)"
    assert preview.index(0, 3).data() == "in opvolging"
    assert "2 rijen worden als casus geïmporteerd" in wizard.preview_page.summary.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=5000) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(signal.args[0]) == 2 and wizard.imported_ids == signal.args[0]
    assert case_count(ctx.vault) == 2
    with ctx.vault.session() as s:
        assert s.scalar(select(models.Case.last_name).where(models.Case.code == "LIVC-2025-001")) == ""
        assert s.scalar(select(models.Case.screening_notes).where(models.Case.code == "LIVC-2025-002")) == "b"


def test_csv_wizard_shows_every_bad_row_and_imports_nothing(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    text = CSV + "LIVC-2025-001;Els;;misschien;radicalisme;31/02/2025;c\n"
    wizard = CsvImportWizard(ctx, write_csv(tmp_path, text))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert not wizard.preview_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    problems = wizard.preview_page.problems
    texts = [problems.index(r, 1).data() for r in range(problems.rowCount())]
    assert "Rij 4, kolom „Dossiernummer”: Deze dossiercode komt al voor (in het bestand of in de kluis)." in texts
    assert "Rij 4, kolom „Status”: Onbekende waarde." in texts
    assert any(t.startswith("Rij 4, kolom „Aanmeldingsdatum”: Geen geldige datum") for t in texts)
    assert "3 probleem/problemen in 1 rij(en)" in wizard.preview_page.summary.text()
    assert wizard.preview_model.index(2, 6).data().count("\n") == 2
    wizard.accept()  # even if forced: nothing is imported while a row has a problem
    assert not done(qtbot, wizard)
    assert case_count(ctx.vault) == 0 and wizard.isVisible()


def test_csv_wizard_refuses_a_workbook(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    book = tmp_path / "lijst.xlsx"
    book.write_bytes(b"PK\x03\x04 a zip file")
    wizard = CsvImportWizard(ctx, book)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "Bewaar het eerst als CSV" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


# -- models and messages ------------------------------------------------------------------------


def test_models_pass_qtmodeltester(qtmodeltester: Any, ctx: ServiceContext, export_file: Path, tmp_path: Path) -> None:
    issues = IssueTableModel()
    doc = json.loads(export_file.read_text(encoding="utf-8"))
    BAD["unknown-status"][0](doc)
    issues.set_issues(validate(doc))
    qtmodeltester.check(issues, force_py=True)
    wizard = CsvImportWizard(ctx, write_csv(tmp_path, CSV))
    qtmodeltester.check(wizard.mapping_model, force_py=True)
    wizard.check()
    qtmodeltester.check(wizard.preview_model, force_py=True)
    qtmodeltester.check(CsvMappingModel(), force_py=True)
    qtmodeltester.check(CsvPreviewModel(), force_py=True)
    wizard.deleteLater()


def test_a_new_field_or_check_replaces_rows_in_place(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    """A choice in the mapping table or a new check repaints the rows that changed: no reset, the
    keyboard stays on its cell."""
    add_reference_data(ctx)
    wizard = CsvImportWizard(ctx, write_csv(tmp_path, CSV))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    mapping = wizard.mapping_model
    view = wizard.mapping_page.view
    view.setCurrentIndex(mapping.index(6, CsvMappingModel.COL_FIELD))
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    mapping.modelReset.connect(lambda: resets.append(1))
    mapping.layoutChanged.connect(lambda: resets.append(2))
    mapping.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    choose_field(wizard, 6, "pseudonym")  # now a duplicate of row 1: rows 1 and 6 turn red
    assert resets == [] and sorted(changed) == [(1, 1), (6, 6)]
    assert mapping.index(1, CsvMappingModel.COL_FIELD).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert mapping.index(0, CsvMappingModel.COL_FIELD).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.currentIndex().row() == 6
    assert not mapping.setData(mapping.index(6, CsvMappingModel.COL_FIELD), "no_such_field")
    assert mapping.mapping[6] == "pseudonym"
    choose_field(wizard, 6, "screening_notes")
    choose_field(wizard, 2, "")
    wizard.next()
    preview = wizard.preview_model
    preview_view = wizard.preview_page.view
    preview_view.setCurrentIndex(preview.index(1, 1))
    preview.modelReset.connect(lambda: resets.append(3))
    preview.layoutChanged.connect(lambda: resets.append(4))
    changed.clear()
    preview.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    assert wizard.check() is not None  # the same rows again: nothing to repaint
    assert resets == [] and changed == [] and preview_view.currentIndex().row() == 1


def test_every_issue_has_a_dutch_message(export_file: Path) -> None:
    base = json.loads(export_file.read_text(encoding="utf-8"))
    found: dict[IssueCode, str] = {}
    for mutate, _expected in BAD.values():
        doc = copy.deepcopy(base)
        mutate(doc)
        for issue in validate(doc):
            found.setdefault(issue.code, issue_text(issue))
            assert issue_text(issue) != issue.message, issue
    for data in (b"{", b"\xff", b"[" * 100_000):
        for issue in exchange.parse(data)[1]:
            found.setdefault(issue.code, issue_text(issue))
    twice, _ = exchange.parse(
        b'{"format": "livcr-exchange", "version": 1, "scope": "vault", "scope": "vault", '
        b'"exported_at": "2026-11-21T15:00:00"}'
    )
    for doc in (
        {"format": "x"},
        {"format": "livcr-exchange", "version": 3},
        {"format": "livcr-exchange", "version": "1"},
        twice,
    ):
        for issue in validate(doc):
            found.setdefault(issue.code, issue_text(issue))
    missing = (
        set(IssueCode)
        - set(found)
        - {
            IssueCode.TOO_LARGE,
            IssueCode.UNREADABLE,
            IssueCode.CASE_EXPORT,
            IssueCode.NOT_EMPTY,
            IssueCode.STORAGE,
            IssueCode.TOO_MANY_VALUES,
            IssueCode.MORE,
        }
    )
    assert missing == set()
    for code, params in (
        (IssueCode.TOO_LARGE, {"max_mib": 256}),
        (IssueCode.STORAGE, {"error": "x"}),
        (IssueCode.TOO_MANY_VALUES, {"max_values": 2_500_000}),
        (IssueCode.MORE, {"count": 7}),
    ):
        issue = exchange.ImportIssue("$", code, "english", params)
        assert issue_text(issue) != "english"
    for code in (  # type: ignore[assignment]  # the row-level codes are plain strings
        "bad_date",
        "two_digit_year",
        "unknown_value",
        "unknown_organisation",
        "unknown_member",
        "extra_cells",
        "duplicate",
        "required",
        "bad_format",
        "date_in_future",
        "birth_after_registration",
    ):
        assert row_issue_message(RowIssue(2, "Kolom", "code", code, "english")) != "english"
