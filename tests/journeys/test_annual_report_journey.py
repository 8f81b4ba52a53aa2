"""Issue 16, point 8 by keys from the main window: the annual report.

Beheer > Statistiek voor preventie… (Alt+R, S), in the statistics window Jaarverslag… (Alt+J), in its
dialog the year (Alt+J, 2025), PDF, Bewaren… (Alt+B; the file dialog answered by the test); the
report is made in the background, and the PDF read back holds the year's numbers, "<3" and no name,
case code or pseudonym.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.statistics.annual_dialog import AnnualReportDialog
from livcr_desktop.views.statistics.statistics_view import StatisticsWindow
from tests.journeys.test_minutes_journeys import OFFSCREEN_GRAB
from tests.unit.test_annual_report import assert_aggregate
from tests.unit.test_annual_report import cell as cell  # the fixture: a small vault with known numbers

Key, Mod = Qt.Key, Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def alt(qtbot: QtBot, letter: Qt.Key) -> None:
    qtbot.keyClick(focused(), letter, Mod.AltModifier)


@pytest.fixture
def window(qtbot: QtBot, cell: ServiceContext) -> Iterator[MainWindow]:
    w = MainWindow(cell)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)


@OFFSCREEN_GRAB  # the menus grab the keyboard
def test_the_annual_report_by_keys(
    qtbot: QtBot, window: MainWindow, cell: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "jaarverslag-2025.pdf"
    asked: list[str] = []

    def answer(_parent: QWidget, _caption: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))

    alt(qtbot, Key.Key_R)  # Beheer
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Key.Key_S)  # Statistiek voor preventie…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), StatisticsWindow))
    stats = QApplication.activeWindow()
    assert isinstance(stats, StatisticsWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is stats)

    alt(qtbot, Key.Key_J)  # Jaarverslag…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AnnualReportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AnnualReportDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)
    assert dialog.year.value() == 2025  # the last full year (today is 21/11/2026)

    alt(qtbot, Key.Key_J)  # the year: type it anew
    assert focused() is dialog.year or dialog.year.isAncestorOf(focused())
    qtbot.keyClick(focused(), Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(focused(), "2025")
    alt(qtbot, Key.Key_P)  # PDF
    assert dialog.pdf.isChecked()
    alt(qtbot, Key.Key_B)  # Bewaren…
    qtbot.waitUntil(lambda: dialog.saved == out, timeout=30000)
    assert asked and asked[0].endswith("jaarverslag-2025.pdf")
    assert "Bewaard" in dialog.message.text()

    pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    text = "\n".join(pages)
    for expected in ("Jaarverslag 2025", "Gehouden vergaderingen", "Dossiers per gemeente", "<3", "Opgemaakt op"):
        assert expected in text, expected
    assert_aggregate(text, cell)

    alt(qtbot, Key.Key_S)  # Sluiten
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    stats.close()


def test_the_dialog_writes_a_csv_and_says_when_it_cannot(
    qtbot: QtBot, cell: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = AnnualReportDialog(cell)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.csv.setChecked(True)
    assert dialog.default_file_name() == "jaarverslag-2025.csv"
    out = tmp_path / "jv.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved == out, timeout=30000)
    assert "Dossiers per gemeente;Anderdorp;<3" in out.read_bytes().decode("utf-8-sig")
    dialog.save(tmp_path / "no such folder" / "jv.csv")  # nothing written; the dialog says so
    qtbot.waitUntil(lambda: "Niet bewaard" in dialog.message.text(), timeout=30000)
    assert dialog.save_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    assert dialog.save() is None  # cancelled
