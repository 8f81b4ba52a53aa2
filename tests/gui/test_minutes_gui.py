"""The minutes dialog through its widgets: the two variants, finalise, sign, verify, print."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import meetings, minutes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog
from livcr_desktop.views.widgets.pdf_print import paint_pdf
from tests.conftest import PASSPHRASE
from tests.helpers.certs import make_p12
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.helpers.recorded_meeting import pages_text


def done(qtbot: QtBot, dlg: MinutesDialog, _task: object = None) -> bool:
    """The dialog works in the background: wait for its task, then say whether it succeeded."""
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    return bool(dlg.outcome)


def answer_yes(tries: int = 3000) -> None:
    """Once a message box is up (finalising asks after checking the minutes in the background), press Yes."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        box.button(QMessageBox.StandardButton.Yes).click()
    elif tries:
        QTimer.singleShot(10, lambda: answer_yes(tries - 1))


def test_the_variant_combo_offers_exactly_the_full_minutes_and_the_action_list(
    qtbot: QtBot, ctx: ServiceContext, recorded: tuple[Cell, int]
) -> None:
    """The feedback form and the letter are made per case with their own rules (issue 17): not here."""
    cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    offered = [dlg.variant.itemData(i) for i in range(dlg.variant.count())]
    assert offered == [Variant.FULL.value, Variant.ACTIONS.value]
    assert dlg.outgoing_hint.isVisible() and "per casus" in dlg.outgoing_hint.text()
    assert dlg.findChild(QWidget, "caseCombo") is None and not hasattr(dlg, "consent_box")
    dlg.variant.setCurrentIndex(dlg.variant.findData(Variant.ACTIONS.value))
    dlg.organisation.setCurrentIndex(dlg.organisation.findData(cell.orgs["PZ"]))
    pdf = dlg.build_pdf("export")
    assert pdf is not None and "Actielijst voor" in " ".join(pages_text(pdf))


def test_full_minutes_then_finalise_and_sign(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
) -> None:
    _cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    pdf = dlg.build_pdf("export")
    assert pdf is not None and "Verslag van de vergadering" in " ".join(pages_text(pdf))
    dlg.write_file(tmp_path / "verslag.pdf", pdf)
    assert (tmp_path / "verslag.pdf").read_bytes() == pdf and not (tmp_path / "verslag.pdf.part").exists()

    QTimer.singleShot(0, answer_yes)
    dlg.finalise_button.click()
    assert done(qtbot, dlg)
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED
    assert not dlg.finalise_button.isEnabled() and dlg.sign_button.isEnabled()

    make_p12(tmp_path / "chair.p12", "Voorzitter Test", "geheim-1")
    make_p12(tmp_path / "sec.p12", "Secretaris Test", "geheim-2")
    assert not done(qtbot, dlg, dlg.sign_file(tmp_path / "chair.p12", "fout"))
    assert "wachtwoord" in dlg.message.text()
    assert len(minutes.documents(ctx, mid)) == 1  # nothing half-written
    assert done(qtbot, dlg, dlg.sign_file(tmp_path / "chair.p12", "geheim-1"))
    assert done(qtbot, dlg, dlg.sign_file(tmp_path / "sec.p12", "geheim-2"))
    assert not dlg.sign_button.isEnabled()
    latest = minutes.documents(ctx, mid)[-1]
    assert latest.signed_by == "voorzitter,secretaris"
    text = dlg.verification_text(minutes.document_pdf(ctx, latest.id))
    assert "In de kluis: ja" in text and text.count("ongewijzigd sinds ondertekening") == 2
    tampered = minutes.document_pdf(ctx, latest.id) + b"%extra\n"
    assert "GEWIJZIGD NA ONDERTEKENING" in dlg.verification_text(tampered)
    assert "NEE" in dlg.verification_text(tampered)


def test_print_paints_every_page(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
) -> None:
    _cell, mid = recorded
    rendered = minutes.render_variant(ctx, mid, Variant.FULL, purpose="print")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, rendered.pdf) == rendered.pages
    from pypdf import PdfReader

    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == rendered.pages


def test_cli_lists_writes_and_verifies(
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
    vault_path: Path,
) -> None:
    _cell, mid = recorded
    ctx.vault.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "livcr_desktop", *args],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    listed = run("minutes", "--vault", str(vault_path), "--list")
    assert listed.returncode == 0 and listed.stdout.splitlines()[0].startswith(f"{mid}\t2026/01")
    out = tmp_path / "verslag.pdf"
    made = run("minutes", "--vault", str(vault_path), "--meeting", str(mid), "--variant", "full", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "Verslag van de vergadering" in " ".join(pages_text(out.read_bytes()))
    refused = run(
        "minutes",
        "--vault",
        str(vault_path),
        "--meeting",
        str(mid),
        "--variant",
        "feedback",
        "--out",
        str(tmp_path / "fiche.pdf"),
    )
    assert refused.returncode == 2 and "invalid choice: 'feedback'" in refused.stderr  # argparse: a retired variant
    assert not (tmp_path / "fiche.pdf").exists()
    unknown = run("minutes", "--vault", str(vault_path), "--meeting", "999", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1
    verified = run("verify", str(out), "--vault", str(vault_path))
    assert "signatures: none" in verified.stdout and verified.returncode == 1
    truncated = tmp_path / "kapot.pdf"
    truncated.write_bytes(out.read_bytes()[:500])
    broken = run("verify", str(truncated))
    assert broken.returncode == 1 and "Traceback" not in broken.stderr


# -- issue 14: finalising never fails silently; file names and dialogs in the user's language ----------------------


def test_a_failed_finalising_says_why_and_the_meeting_stays_open(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    _cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()

    def too_long(_data: object) -> object:
        raise LayoutError("Flowable <Paragraph> too large on page 3")

    monkeypatch.setattr(minutes, "render", too_long)
    QTimer.singleShot(0, answer_yes)
    with caplog.at_level(logging.WARNING):
        dlg.finalise_button.click()
        assert not done(qtbot, dlg)
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.CLOSED
    assert minutes.documents(ctx, mid) == []
    assert "LayoutError" in dlg.message.text() and "niets gefinaliseerd" in dlg.message.text()
    assert "finaliseren is mislukt" in dlg.state.text() and "LayoutError" in dlg.state.text()
    assert dlg.finalise_button.isEnabled()  # it can be tried again


def test_a_meeting_still_running_is_not_finalised(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.finalise_button.isEnabled() and "nog niet afgesloten" in dlg.state.text()
    assert dlg.finalise() is not None and not done(qtbot, dlg)  # called anyway: refused without asking, and said so
    assert "sluit ze eerst af" in dlg.message.text()
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.IN_PROGRESS


@pytest.mark.parametrize(("language", "stem"), [("nl", "verslag"), ("fr", "proces-verbal"), ("en", "minutes")])
def test_default_file_names_are_in_the_cells_language(
    qtbot: QtBot, ctx: ServiceContext, recorded: tuple[Cell, int], language: str, stem: str
) -> None:
    from livcr_desktop.domain.settings import LANGUAGE
    from livcr_desktop.services import settings

    cell, mid = recorded
    settings.set(ctx, LANGUAGE, language)
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    number = meetings.get_meeting(ctx, mid).number.replace("/", "-")
    assert dlg.default_file_name() == f"{stem}-{number}.pdf"
    dlg.variant.setCurrentIndex(dlg.variant.findData(Variant.ACTIONS.value))
    dlg.organisation.setCurrentIndex(dlg.organisation.findData(cell.orgs["PZ"]))
    assert dlg.default_file_name().endswith(f"-{number}-PZ.pdf")


@pytest.mark.parametrize(("language", "title"), [("nl", "Afdrukken"), ("fr", "Imprimer")])
def test_the_print_dialog_speaks_the_users_language(qtbot: QtBot, language: str, title: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrintDialog

    from livcr_desktop.views.language import LanguageSwitcher

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    switcher = LanguageSwitcher(app)
    try:
        switcher.apply(language)
        assert QCoreApplication.translate("QPrintDialog", "Print") == title
        dialog = QPrintDialog(QPrinter())
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
    finally:
        switcher.clear()
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("nl_BE"))
