"""Journeys of issue 14 (the minutes a secretary files), driven from the main window with key presses.

1. Every variant from every button: the secretary opens the demo's closed meeting 2026/03 (five
   cases), opens its minutes with the keyboard, chooses each variant (the full minutes, and the action
   list with its organisation) with keys and presses Preview, Print (to a PDF file, through Qt's print
   dialog) and Save. Each document read back has the content the command line gives (``livcr-desktop
   minutes``); the full minutes hold every case, decision and action of the meeting.
2. Finalise, sign as chair, sign as secretary, save: the saved file is the stored one byte for byte,
   with two signatures that poppler's ``pdfsig`` finds valid (the last covering the whole document),
   and ``qpdf --check`` passes; preview and print show that stored document too.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import AgendaItemKind, MeetingStatus
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import decisions, meetings, minutes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog
from tests.helpers.certs import make_p12
from tests.helpers.recorded_meeting import embedded_fonts, pages_text
from tests.unit.test_cli_minutes import run

VARIANTS = [Variant.FULL, Variant.ACTIONS]  # the form and the letter: test_feedback_journey.py, test_outgoing_gui.py
# Noise of the offscreen platform, like pyproject's qt_log_ignore: Qt's print dialogs grab the keyboard.
OFFSCREEN_GRAB = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")


# -- driving the window with keys -----------------------------------------------------------------------------


def when_modal(kind: type[QWidget], act: Callable[[Any], None], seen: dict[str, Any], tries: int = 3000) -> None:
    """Once a modal ``kind`` is up (it may open after background work), ``act`` on it; ``seen["done"]`` then."""

    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
            seen["done"] = True
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        else:
            seen["done"] = "timed out"

    QTimer.singleShot(0, poll)


def press(widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    """Focus ``widget`` and press ``key`` on it (Space on a button clicks it, as for a keyboard user)."""
    widget.setFocus()
    QTest.keyClick(widget, key)


def focus_by_tab(qtbot: QtBot, start: QWidget, target: QWidget, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) from ``start`` until ``target`` has the focus."""
    start.setFocus()
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(40):
        if target.hasFocus():
            return
        focused = QApplication.focusWidget() or start
        QTest.keyClick(focused, key)
    assert target.hasFocus(), f"{target.objectName()} not reached with the keyboard"


def choose(combo: Any, index: int) -> None:
    """Pick item ``index`` of a combo box with Home and Down."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def open_minutes_by_keys(qtbot: QtBot, window: MainWindow, number: str) -> MinutesDialog:
    """Meetings tab (Ctrl+Tab), the meeting's row (arrows), its minutes (Shift+Tab to "Verslag…", Space)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.search, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    table = window.meeting_table
    focus_by_tab(qtbot, window.tabs.tabBar(), table)
    QTest.keyClick(table, Qt.Key.Key_Home)
    for _ in range(window.meeting_model.rowCount()):
        rows = table.selectionModel().selectedRows()
        if rows and window.meeting_model.entry(rows[0].row()).number == number:
            break
        QTest.keyClick(table, Qt.Key.Key_Down)
    focus_by_tab(qtbot, table, window.minutes_button, backwards=True)
    QTest.keyClick(window.minutes_button, Qt.Key.Key_Space)
    dialog = window.findChild(MinutesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    return dialog


def settle(qtbot: QtBot, seen: dict[str, Any] | None = None) -> None:
    if seen is not None:
        qtbot.waitUntil(lambda: "done" in seen, timeout=120_000)
        assert seen["done"] is True, "the dialog never opened"
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=120_000)


# -- the three outputs ---------------------------------------------------------------------------------------


def preview(qtbot: QtBot, dlg: MinutesDialog) -> tuple[bytes, int]:
    """Afdrukvoorbeeld: the document previewed and the number of pages the preview shows."""
    seen: dict[str, Any] = {}

    def look(dialog: QPrintPreviewDialog) -> None:
        widget = dialog.findChild(QPrintPreviewWidget)
        seen["pages"] = widget.pageCount() if widget is not None else -1
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(QPrintPreviewDialog, look, seen)
    press(dlg.preview_button)
    settle(qtbot, seen)
    assert dlg.last_pdf is not None and dlg.outcome, dlg.message.text()
    return dlg.last_pdf, int(seen["pages"])


def print_to_file(qtbot: QtBot, dlg: MinutesDialog, out: Path) -> bytes:
    """Afdrukken: Qt's print dialog, "Print to File (PDF)", the file name typed, Enter."""
    seen: dict[str, Any] = {}

    def to_file(dialog: QPrintDialog) -> None:
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None and name.isEnabled()
        QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name, str(out))
        QTest.keyClick(name, Qt.Key.Key_Return)

    when_modal(QPrintDialog, to_file, seen)
    press(dlg.print_button)
    settle(qtbot, seen)
    assert dlg.last_pdf is not None and dlg.outcome, dlg.message.text()
    assert out.exists(), "nothing printed"
    return dlg.last_pdf


def save(qtbot: QtBot, dlg: MinutesDialog, out: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, str]:
    """Opslaan als PDF: the warning (the first time), the file dialog; returns the file and the proposed name."""
    proposed: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        proposed.append(name)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    seen: dict[str, Any] = {}
    warned_before = dlg.export_warned
    if not warned_before:

        def accept(box: QMessageBox) -> None:
            seen["warning"] = box.text()
            ok = box.button(QMessageBox.StandardButton.Ok)
            ok.setFocus()
            QTest.keyClick(ok, Qt.Key.Key_Space)

        when_modal(QMessageBox, accept, seen)
    press(dlg.save_button)
    settle(qtbot, None if warned_before else seen)
    assert dlg.outcome and "Bewaard" in dlg.message.text(), dlg.message.text()
    if "warning" in seen:
        assert "verlaat de versleutelde kluis" in seen["warning"]
    return out.read_bytes(), proposed[-1]


# -- what the command line gives ----------------------------------------------------------------------------


def normalised(pdf: bytes) -> list[str]:
    """The text of each page; today's date (the test's clock and the command line's) as one token."""
    days = {date.today(), date(2026, 11, 21)}
    pages = []
    for text in pages_text(pdf):
        for day in days:
            text = text.replace(day.strftime("%d/%m/%Y"), "<vandaag>")
        pages.append(text)
    return pages


def flat(text: str) -> str:
    """Text without line breaks, hyphenation at a line end or spaces: a phrase is found wherever it wraps."""
    return re.sub(r"\s+", "", re.sub(r"-\s+", "", text))


def image_pages(pdf: Path) -> int:
    reader = PdfReader(str(pdf))
    assert all(page.images for page in reader.pages), "a printed page without its picture"
    return len(reader.pages)


# -- journey 1 -----------------------------------------------------------------------------------------------


@pytest.mark.slow
@OFFSCREEN_GRAB
def test_every_variant_from_every_button_equals_the_command_line(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = demo_ctx
    meeting = next(m for m in meetings.list_meetings(ctx) if m.number == "2026/03")
    assert meeting.status is MeetingStatus.CLOSED
    mid = meeting.id
    view = meetings.get_meeting(ctx, mid)
    case_items = [e for e in view.agenda if e.case_id is not None and e.kind is not AgendaItemKind.ACTION_REVIEW]
    assert len(case_items) >= 4
    actions = [a for e in case_items for a in decisions.actions_for(ctx, e.case_id or 0, mid)]
    owner = max(
        {a.owner_organisation_id for a in actions}, key=lambda o: sum(a.owner_organisation_id == o for a in actions)
    )

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dlg = open_minutes_by_keys(qtbot, window, "2026/03")
    assert [dlg.variant.itemData(i) for i in range(dlg.variant.count())] == [v.value for v in VARIANTS]
    options = {Variant.FULL: (), Variant.ACTIONS: ("--organisation", str(owner))}
    for variant in VARIANTS:
        choose(dlg.variant, dlg.variant.findData(variant.value))
        shown = {"organisation": dlg.organisation.isVisible(), "identity": dlg.identity.isVisible()}
        assert shown == {"organisation": variant is Variant.ACTIONS, "identity": variant is Variant.FULL}, variant
        if variant is Variant.ACTIONS:
            choose(dlg.organisation, dlg.organisation.findData(owner))

        cli_pdf = tmp_path / f"cli-{variant.value}.pdf"
        code, _out, err = run(
            capsys,
            "minutes",
            "--vault",
            vault_path,
            "--meeting",
            str(mid),
            "--variant",
            variant.value,
            *options[variant],
            "--out",
            cli_pdf,
        )
        assert code == 0, err
        expected = normalised(cli_pdf.read_bytes())

        previewed, preview_pages = preview(qtbot, dlg)
        assert normalised(previewed) == expected, f"preview of {variant}"
        assert preview_pages == len(expected)

        printed = tmp_path / f"printed-{variant.value}.pdf"
        assert normalised(print_to_file(qtbot, dlg, printed)) == expected, f"print of {variant}"
        assert image_pages(printed) == len(expected)

        saved, name = save(qtbot, dlg, tmp_path / f"saved-{variant.value}.pdf", monkeypatch)
        assert normalised(saved) == expected, f"save of {variant}"
        assert Path(name).name.endswith("2026-03.pdf") or variant is Variant.ACTIONS, name
        if variant is Variant.FULL:
            assert Path(name).name == "verslag-2026-03.pdf"
        assert dlg.export_warned  # warned once, at the first save

    full = flat(" ".join(pages_text((tmp_path / "saved-full.pdf").read_bytes())))
    for item in case_items:
        assert flat(item.case_code) in full, item.case_code
        assert item.case_id is not None
        for d in decisions.decisions_for(ctx, item.case_id, mid):
            if d.reasons:
                assert flat(d.reasons) in full, d.reasons
        for a in decisions.actions_for(ctx, item.case_id, mid):
            assert flat(a.description) in full, a.description
    owner_text = flat(" ".join(pages_text((tmp_path / "saved-actions.pdf").read_bytes())))
    for a in actions:
        assert (flat(a.description) in owner_text) == (a.owner_organisation_id == owner), a.description


# -- journey 2 -----------------------------------------------------------------------------------------------


def finalise_by_keys(qtbot: QtBot, dlg: MinutesDialog) -> None:
    seen: dict[str, Any] = {}

    def yes(box: QMessageBox) -> None:
        button = box.button(QMessageBox.StandardButton.Yes)
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)

    when_modal(QMessageBox, yes, seen)
    press(dlg.finalise_button)
    settle(qtbot, seen)
    assert dlg.outcome, dlg.message.text()


def sign_by_keys(qtbot: QtBot, dlg: MinutesDialog, p12: Path, password: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(p12), "")))
    seen: dict[str, Any] = {}

    def type_password(box: QInputDialog) -> None:
        edit = box.findChild(QLineEdit)
        assert edit is not None and edit.echoMode() is QLineEdit.EchoMode.Password
        QTest.keyClicks(edit, password)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    when_modal(QInputDialog, type_password, seen)
    press(dlg.sign_button)
    settle(qtbot, seen)
    assert dlg.outcome, dlg.message.text()


@pytest.mark.slow
@OFFSCREEN_GRAB
@pytest.mark.skipif(not (shutil.which("pdfsig") and shutil.which("qpdf")), reason="needs poppler-utils and qpdf")
def test_finalise_sign_twice_save_gives_the_stored_signed_document(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = demo_ctx
    mid = next(m.id for m in meetings.list_meetings(ctx) if m.number == "2026/03")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dlg = open_minutes_by_keys(qtbot, window, "2026/03")
    assert "Nog niet gefinaliseerd" in dlg.state.text()
    finalise_by_keys(qtbot, dlg)
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED
    assert "Gefinaliseerd" in dlg.state.text() and not dlg.finalise_button.isEnabled()

    make_p12(tmp_path / "chair.p12", "Voorzitter Test", "geheim-1")
    make_p12(tmp_path / "sec.p12", "Secretaris Test", "geheim-2")
    sign_by_keys(qtbot, dlg, tmp_path / "chair.p12", "geheim-1", monkeypatch)
    sign_by_keys(qtbot, dlg, tmp_path / "sec.p12", "geheim-2", monkeypatch)
    assert not dlg.sign_button.isEnabled()
    stored = minutes.documents(ctx, mid)[-1]
    assert stored.signed_by == "voorzitter,secretaris"
    stored_pdf = minutes.document_pdf(ctx, stored.id)

    choose(dlg.variant, dlg.variant.findData(Variant.FULL.value))
    assert dlg.stored_note.isVisible() and not dlg.identity.isVisible()
    out = tmp_path / "verslag-getekend.pdf"
    saved, name = save(qtbot, dlg, out, monkeypatch)
    assert Path(name).name == "verslag-2026-03.pdf"
    assert saved == stored_pdf  # byte for byte: the stored document, never a re-render
    previewed, _pages = preview(qtbot, dlg)
    assert previewed == stored_pdf
    assert print_to_file(qtbot, dlg, tmp_path / "printed.pdf") == stored_pdf

    fields = PdfReader(io.BytesIO(saved)).get_fields() or {}
    assert {"voorzitter", "secretaris"} <= set(fields)
    sig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, timeout=60, check=False)
    assert sig.stdout.count("Signature is Valid") == 2, sig.stdout + sig.stderr
    last = sig.stdout.split("Signature #2", 1)[1]
    assert "Total document signed" in last, sig.stdout
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, timeout=60, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    fonts = embedded_fonts(saved)  # the signature stamps too: pdffonts lists only embedded fonts
    assert fonts and all(fonts.values()), fonts
