"""The attendance page by keys: every member starts unregistered, a status is chosen from a list that
closes on the choice, each acknowledgement is an act on that member's row (and can be taken back,
audited), "iedereen aanwezig" asks once and names how many; the keyboard stays on the edited row."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.services import meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views import tasks
from livcr_desktop.views.meeting.attendance_page import ACK_COLUMN, STATUS_COLUMN
from livcr_desktop.views.meeting.choice_delegate import ListEditor
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting

Key = Qt.Key
# Noise of the offscreen platform (as in the minutes journeys): a combo box's open list grabs the keyboard.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    return make_cell(ctx)


def open_window(qtbot: QtBot, ctx: ServiceContext, meeting_id: int) -> LiveMeetingWindow:
    w = LiveMeetingWindow(ctx, meeting_id)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def answer_later(name: str, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Answer the next modal message box by keys if it is the one called ``name`` (else reject it)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(f"{box.objectName()}: {box.text()}")
        if box.objectName() != name:
            box.reject()
            return
        target = box.button(button)
        target.setFocus()
        from PySide6.QtTest import QTest

        QTest.keyClick(target, Key.Key_Space)

    QTimer.singleShot(0, answer)


def statuses(ctx: ServiceContext, mid: int) -> dict[str, tuple[AttendanceStatus, bool]]:
    return {a.member_name: (a.status, a.acknowledged_at is not None) for a in meetings.get_meeting(ctx, mid).attendance}


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_everyone_starts_unregistered(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    page = w.attendance_page
    assert {s for s, _ in statuses(ctx, mid).values()} == {AttendanceStatus.UNREGISTERED}
    assert page.model.index(0, STATUS_COLUMN).data() == "nog niet geregistreerd"
    assert "4 nog niet geregistreerd" in page.summary.text() and "0 aanwezig" in page.summary.text()
    assert focused() is page.table


def test_status_by_keys_closes_on_the_choice_and_keeps_the_row(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    table = w.attendance_page.table
    model = w.attendance_page.model
    before = statuses(ctx, mid)
    qtbot.keyClick(table, Key.Key_Down)
    qtbot.keyClick(table, Key.Key_Down)  # third member
    row = table.currentIndex().row()
    assert row == 2
    name = model.entry(row).member_name
    qtbot.keyClick(table, Key.Key_Return)  # the list opens, showing its choices
    qtbot.waitUntil(lambda: isinstance(focused(), QWidget) and QApplication.activePopupWidget() is not None)
    editor = table.findChild(ListEditor)
    assert isinstance(editor, ListEditor) and editor.currentData() == AttendanceStatus.UNREGISTERED.value
    popup_view = editor.view()
    # aanwezig, verontschuldigd, afwezig, nog niet geregistreerd: up twice from the last is "verontschuldigd"
    qtbot.keyClick(popup_view, Key.Key_Up)
    qtbot.keyClick(popup_view, Key.Key_Up)
    qtbot.keyClick(popup_view, Key.Key_Return)
    qtbot.waitUntil(lambda: not ((editor := table.findChild(ListEditor)) is not None and editor.isVisible()))
    qtbot.waitUntil(lambda: focused() is table)
    assert table.currentIndex().row() == row  # the keyboard stays on the member's row
    after = statuses(ctx, mid)
    assert after[name] == (AttendanceStatus.EXCUSED, False)
    assert {k: v for k, v in after.items() if k != name} == {k: v for k, v in before.items() if k != name}

    # ↓ now moves to the next member and changes nothing (the list is closed).
    qtbot.keyClick(table, Key.Key_Down)
    assert table.currentIndex().row() == row + 1
    assert statuses(ctx, mid) == after
    assert w.attendance_page.table.state() != table.State.EditingState

    # Escape in the list changes nothing either.
    qtbot.keyClick(table, Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    editor = table.findChild(ListEditor)
    assert editor is not None
    qtbot.keyClick(editor.view(), Key.Key_Up)
    qtbot.keyClick(editor.view(), Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is table)
    assert statuses(ctx, mid) == after and table.currentIndex().row() == row + 1


def test_acknowledgement_is_one_row_and_can_be_taken_back(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    table, model = w.attendance_page.table, w.attendance_page.model
    qtbot.keyClick(table, Key.Key_Down)
    row = table.currentIndex().row()
    name = model.entry(row).member_name
    qtbot.keyClick(table, Key.Key_Space)  # this member is here and acknowledges
    assert statuses(ctx, mid)[name] == (AttendanceStatus.PRESENT, True)
    others = {k: v for k, v in statuses(ctx, mid).items() if k != name}
    assert set(others.values()) == {(AttendanceStatus.UNREGISTERED, False)}
    assert focused() is table and table.currentIndex().row() == row
    assert model.index(row, ACK_COLUMN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(table, Key.Key_Space)  # taken back while the meeting is open
    assert statuses(ctx, mid)[name] == (AttendanceStatus.PRESENT, False)
    assert focused() is table and table.currentIndex().row() == row
    with ctx.vault.session() as s:
        events = s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "attendance")).all()
        details = [json.loads(e.detail) for e in events]
    assert any(d.get("acknowledged") is False and d.get("undone") for d in details), details


def test_all_present_asks_once_naming_how_many(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    page = w.attendance_page
    table = page.table
    # One member excused first (by keys), then "iedereen aanwezig".
    qtbot.keyClick(table, Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    editor = table.findChild(ListEditor)
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor.view(), Key.Key_Up)
    qtbot.keyClick(editor.view(), Key.Key_Up)
    qtbot.keyClick(editor.view(), Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is table)
    before = statuses(ctx, mid)
    asked: list[str] = []
    answer_later("confirmAllPresentBox", QMessageBox.StandardButton.No, asked)
    page.ack_all.setFocus()
    qtbot.keyClick(page.ack_all, Key.Key_Space)
    assert len(asked) == 1 and "3 leden" in asked[0], asked
    assert statuses(ctx, mid) == before  # "no" changes nothing
    answer_later("confirmAllPresentBox", QMessageBox.StandardButton.Yes, asked)
    page.ack_all.setFocus()
    qtbot.keyClick(page.ack_all, Key.Key_Space)
    assert len(asked) == 2
    after = statuses(ctx, mid)
    assert sorted(after.values()) == sorted(
        [(AttendanceStatus.EXCUSED, False)] + [(AttendanceStatus.PRESENT, True)] * 3
    )
    assert not page.ack_all.isEnabled()  # nothing left to acknowledge
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
