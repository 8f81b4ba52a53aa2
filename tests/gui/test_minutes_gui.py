"""The minutes dialog through its widgets: consent, feedback form, finalise, sign, verify, print."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
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
from tests.helpers.meeting_factory import Cell
from tests.helpers.recorded_meeting import pages_text


def done(qtbot: QtBot, dlg: MinutesDialog, _task: object = None) -> bool:
    """The dialog works in the background: wait for its task, then say whether it succeeded."""
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    return bool(dlg.outcome)


def answer_yes() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_consent_then_feedback_form_then_finalise_and_sign(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
) -> None:
    _cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.variant.setCurrentIndex(dlg.variant.findData(Variant.FEEDBACK.value))
    assert dlg.build_pdf("export") is None and "instemmen" in dlg.message.text()
    for box in dlg.consent_boxes.values():
        box.setChecked(True)
    assert "Alle aanwezigen stemmen in" in dlg.message.text()
    pdf = dlg.build_pdf("export")
    assert pdf is not None and "Terugkoppelingsfiche" in " ".join(pages_text(pdf))
    dlg.write_file(tmp_path / "fiche.pdf", pdf)
    assert (tmp_path / "fiche.pdf").read_bytes() == pdf and not (tmp_path / "fiche.pdf.part").exists()

    QTimer.singleShot(0, answer_yes)
    dlg.finalise_button.click()
    assert done(qtbot, dlg)
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED
    assert not dlg.finalise_button.isEnabled() and dlg.sign_button.isEnabled()
    assert all(not b.isEnabled() for b in dlg.consent_boxes.values())

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
    assert refused.returncode == 1 and "agreement" in refused.stderr and not (tmp_path / "fiche.pdf").exists()
    unknown = run("minutes", "--vault", str(vault_path), "--meeting", "999", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1
    verified = run("verify", str(out), "--vault", str(vault_path))
    assert "signatures: none" in verified.stdout and verified.returncode == 1
    truncated = tmp_path / "kapot.pdf"
    truncated.write_bytes(out.read_bytes()[:500])
    broken = run("verify", str(truncated))
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
