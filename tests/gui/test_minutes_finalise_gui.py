"""Issue 14 in the minutes dialog: characters no font prints are named (in the state line while the meeting
is closed, and in a warning before finalising, answered by keys), and a layout failure is said in the
state line and the message for preview, print, save and finalise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.reports.texts import text
from livcr_desktop.services import meetings, minutes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog
from tests.helpers.meeting_factory import Cell
from tests.helpers.recorded_meeting import pages_text
from tests.unit.test_minutes_unprintable import broken_renderer, closed_meeting_with_unprintable_text

NAMED = "3 tekens kunnen niet afgedrukt worden: \U0001f600 (U+1F600), 中 (U+4E2D), 文 (U+6587)."


def answer_box(seen: dict[str, Any], key: Qt.Key, button: QMessageBox.StandardButton | None = None) -> None:
    """Once a message box is up (after background work), note it, then press ``key`` (on ``button``, if given)."""

    def poll(left: int = 3000) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.update(name=box.objectName(), text=box.text(), default=box.standardButton(box.defaultButton()))
            target = box.button(button) if button is not None else box
            target.setFocus()
            QTest.keyClick(target, key)
            seen["done"] = True
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        else:
            seen["done"] = "timed out"

    QTimer.singleShot(0, poll)


def press(qtbot: QtBot, button: QPushButton, seen: dict[str, Any] | None = None) -> None:
    """Space on a button of the dialog, then wait for its box (if any) and its background work."""
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    if seen is not None:
        qtbot.waitUntil(lambda: "done" in seen, timeout=60_000)
        assert seen["done"] is True, "no message box"
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=60_000)


def test_unprintable_characters_are_named_then_finalised_anyway_by_keys(qtbot: QtBot, ctx: ServiceContext) -> None:
    mid = closed_meeting_with_unprintable_text(ctx)
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: "afgedrukt" in dlg.state.text(), timeout=30_000)
    assert NAMED in dlg.state.text() and "Nog niet gefinaliseerd" in dlg.state.text()

    # Escape (and Enter: "Annuleren" is the default) cancels: nothing is finalised
    seen: dict[str, Any] = {}
    answer_box(seen, Qt.Key.Key_Escape)
    press(qtbot, dlg.finalise_button, seen)
    assert seen["name"] == "unprintableWarning" and NAMED in seen["text"] and "Toch finaliseren?" in seen["text"]
    assert seen["default"] == QMessageBox.StandardButton.Cancel
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.CLOSED and minutes.documents(ctx, mid) == []
    assert dlg.outcome is None and dlg.finalise_button.isEnabled()

    seen = {}
    answer_box(seen, Qt.Key.Key_Space, QMessageBox.StandardButton.Yes)  # "Toch finaliseren"
    press(qtbot, dlg.finalise_button, seen)
    assert seen["name"] == "unprintableWarning" and dlg.outcome, dlg.message.text()
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED
    assert "Gefinaliseerd" in dlg.state.text() and "afgedrukt" not in dlg.state.text()
    (stored,) = minutes.documents(ctx, mid)
    printed = " ".join(pages_text(minutes.document_pdf(ctx, stored.id)))
    assert "Stuurde \ufffd en schreef \ufffd\ufffd op de muur" in printed  # in their place, never dropped


def test_printable_minutes_are_finalised_after_the_usual_question(
    qtbot: QtBot, ctx: ServiceContext, recorded: tuple[Cell, int]
) -> None:
    _cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    assert "afgedrukt" not in dlg.state.text()
    seen: dict[str, Any] = {}
    answer_box(seen, Qt.Key.Key_Space, QMessageBox.StandardButton.Yes)
    press(qtbot, dlg.finalise_button, seen)
    assert seen["name"] != "unprintableWarning" and "vergrendeld" in seen["text"]
    assert dlg.outcome and meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED


def test_a_layout_failure_is_said_for_preview_print_save_and_finalise(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    broken_renderer(monkeypatch)
    reason = text("nl", "render_failed")
    out = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dlg.export_warned = True  # the once-only warning is answered by keys in the journeys

    for button in (dlg.preview_button, dlg.print_button, dlg.save_button):
        dlg.message.clear()
        press(qtbot, button)
        assert dlg.outcome is False, button.text()
        assert dlg.message.text() == reason, button.text()
        assert f"Het document kon niet opgemaakt worden: {reason}" in dlg.state.text(), button.text()
    assert not out.exists()

    seen: dict[str, Any] = {}
    answer_box(seen, Qt.Key.Key_Space, QMessageBox.StandardButton.Yes)
    press(qtbot, dlg.finalise_button, seen)
    assert dlg.outcome is False
    assert dlg.message.text() == f"Er werd niets gefinaliseerd: {reason}"
    assert "finaliseren is mislukt" in dlg.state.text() and reason in dlg.state.text()
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.CLOSED and minutes.documents(ctx, mid) == []
    assert dlg.finalise_button.isEnabled()  # it can be tried again

    monkeypatch.undo()  # the renderer works again: the next document clears the layout failure from the state
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    press(qtbot, dlg.save_button)
    assert dlg.outcome and out.read_bytes().startswith(b"%PDF")
    assert "Het document kon niet opgemaakt worden" not in dlg.state.text()
