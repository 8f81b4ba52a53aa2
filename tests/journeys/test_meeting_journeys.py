"""The chair runs attendance, closes the meeting and reopens it, by keys (issue 15, points 1 and 7).

Only key events drive the meeting window (``QTest`` through ``qtbot``); the questions it asks are
answered by keys too. After every step the test says which widget has the keyboard and that it is
on screen. The main window is there to show that its meeting list follows at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.enums import AttendanceStatus, MeetingStatus
from livcr_desktop.services import meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views import tasks
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.meeting.choice_delegate import ListEditor
from livcr_desktop.views.widgets import labels
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

Key, Mod = Qt.Key, Qt.KeyboardModifier
CTRL_SHIFT = Mod.ControlModifier | Mod.ShiftModifier
# Noise of the offscreen platform (as in the minutes journeys): an open list grabs the keyboard.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    return cell


def has_keyboard(widget: QWidget) -> None:
    assert QApplication.focusWidget() is widget, QApplication.focusWidget()
    assert widget.isVisible() and widget.window().isActiveWindow()


def answer_later(asked: list[str], react: Callable[[QWidget], None], kind: type[QWidget] = QMessageBox) -> None:
    """When the next modal dialog (a ``kind``) is up, note what it is and let ``react`` answer it by keys."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind) or not box.isVisible():
            QTimer.singleShot(10, answer)
            return
        text = f"{box.objectName()}: {box.text()} {box.informativeText()}" if isinstance(box, QMessageBox) else ""
        asked.append(text or type(box).__name__)
        react(box)

    QTimer.singleShot(0, answer)


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def react(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        target = box.button(button)
        target.setFocus()  # Tab order of a message box differs per style: go straight to the button
        QTest.keyClick(target, Key.Key_Space)

    return react


def type_and_enter(text: str) -> Callable[[QWidget], None]:
    def react(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Key.Key_Return)

    return react


def choose_in_list(qtbot: QtBot, table: QWidget, ups: int) -> None:
    """Enter opens the row's status list; ↑ moves in it; Enter chooses and closes it."""
    qtbot.keyClick(table, Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    editor = table.findChild(ListEditor)
    assert editor is not None
    for _ in range(ups):
        qtbot.keyClick(editor.view(), Key.Key_Up)
    qtbot.keyClick(editor.view(), Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def attendance_of(ctx: ServiceContext, mid: int) -> dict[str, tuple[AttendanceStatus, bool]]:
    return {a.member_name: (a.status, a.acknowledged_at is not None) for a in meetings.get_meeting(ctx, mid).attendance}


def listed_status(main: MainWindow, mid: int) -> str:
    model = main.meeting_model
    row = next(r for r in range(model.rowCount()) if model.entry(r).id == mid)
    return str(model.index(row, 3).data())


def test_attendance_close_and_reopen_by_keys(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    w = main.open_meeting(mid)  # the meeting list's Enter, as the main window's own tests drive it
    qtbot.addWidget(w)
    qtbot.waitUntil(w.isActiveWindow)
    page = w.attendance_page
    table = page.table
    has_keyboard(table)
    assert set(attendance_of(ctx, mid).values()) == {(AttendanceStatus.UNREGISTERED, False)}

    # Row 2: "verontschuldigd" from the list (two up from "nog niet geregistreerd"); the keyboard stays there.
    qtbot.keyClick(table, Key.Key_Down)
    excused = page.model.entry(1).member_name
    choose_in_list(qtbot, table, 2)
    has_keyboard(table)
    assert table.currentIndex().row() == 1
    # Row 3: Space, that member acknowledges (and is thereby present); nobody else changes.
    qtbot.keyClick(table, Key.Key_Down)
    acked = page.model.entry(2).member_name
    qtbot.keyClick(table, Key.Key_Space)
    has_keyboard(table)
    assert table.currentIndex().row() == 2
    now = attendance_of(ctx, mid)
    assert now[excused] == (AttendanceStatus.EXCUSED, False) and now[acked] == (AttendanceStatus.PRESENT, True)
    assert (
        sorted(v for k, v in now.items() if k not in (excused, acked)) == [(AttendanceStatus.UNREGISTERED, False)] * 2
    )
    # "Iedereen aanwezig": Tab to the button, Space; one question naming the two left; yes.
    qtbot.keyClick(table, Key.Key_Tab)
    has_keyboard(page.ack_all)
    asked: list[str] = []
    answer_later(asked, press(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(page.ack_all, Key.Key_Space)
    assert len(asked) == 1 and asked[0].startswith("confirmAllPresentBox") and "2 leden" in asked[0], asked
    qtbot.waitUntil(w.isActiveWindow)
    has_keyboard(table)
    assert sorted(attendance_of(ctx, mid).values()) == sorted(
        [(AttendanceStatus.EXCUSED, False)] + [(AttendanceStatus.PRESENT, True)] * 3
    )

    # To the first case (no question: attendance is complete) and one contribution, by keys.
    qtbot.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
    qtbot.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
    assert w.case_page.case_id == cell.cases["due"]
    qtbot.keyClick(w, Key.Key_B, Mod.ControlModifier)
    form = w.case_page.contribution_form
    has_keyboard(form.organisation)
    qtbot.keyClick(form.organisation, Key.Key_Tab)
    qtbot.keyClick(form.domain, Key.Key_Tab)
    has_keyboard(form.text)
    qtbot.keyClicks(form.text, "Volgt school opnieuw")
    qtbot.keyClick(form.text, Key.Key_Return)
    has_keyboard(form.organisation)  # added: the keyboard is ready for the next speaker's organisation

    # Closing: one question lists what is open; "verder vergaderen" leaves everything as it was.
    answer_later(asked, press(QMessageBox.StandardButton.No))
    qtbot.keyClick(w, Key.Key_E, CTRL_SHIFT)
    assert asked[-1].startswith("closeMeetingCheckBox"), asked
    assert "LIVC-2026-003" in asked[-1] and "Niet behandeld" in asked[-1]  # the referral, not reached
    assert "zonder beslissing" in asked[-1] and "LIVC-2026-001" in asked[-1]  # discussed, not decided
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.IN_PROGRESS
    qtbot.waitUntil(w.isActiveWindow)

    # Closing anyway, with the date of the next meeting typed: the main window's list follows at once.
    def yes_then_date(box: QWidget) -> None:
        answer_later(asked, type_and_enter("16/12/2026"), QInputDialog)  # the question that follows
        press(QMessageBox.StandardButton.Yes)(box)

    answer_later(asked, yes_then_date)
    qtbot.keyClick(w, Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not w.isVisible())
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.CLOSED
    assert listed_status(main, mid) == labels.meeting_status(MeetingStatus.CLOSED)

    # Opened again: read-only, with "heropenen" named; Space on a row changes nothing.
    w2 = main.open_meeting(mid)
    qtbot.addWidget(w2)
    qtbot.waitUntil(w2.isActiveWindow)
    assert w2.closed_banner.isVisible() and "heropenen" in w2.closed_banner.label.text().lower()
    assert w2.closed_banner.reopen_button.isVisible()
    w2.attendance_button.setFocus()
    qtbot.keyClick(w2, Key.Key_F2)  # the attendance page
    has_keyboard(w2.attendance_page.table)
    before = attendance_of(ctx, mid)
    qtbot.keyClick(w2.attendance_page.table, Key.Key_Space)
    qtbot.keyClick(w2.attendance_page.table, Key.Key_Return)
    assert QApplication.activePopupWidget() is None and attendance_of(ctx, mid) == before
    assert not w2.attendance_page.ack_all.isEnabled()
    # Ctrl+Shift+O reopens after one question; audited; the list follows.
    answer_later(asked, press(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(w2, Key.Key_O, CTRL_SHIFT)
    assert asked[-1].startswith("reopenMeetingBox"), asked
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.IN_PROGRESS
    assert listed_status(main, mid) == labels.meeting_status(MeetingStatus.IN_PROGRESS)
    assert not w2.closed_banner.isVisible()
    qtbot.waitUntil(w2.isActiveWindow)
    w2.attendance_page.table.setFocus()
    qtbot.keyClick(w2.attendance_page.table, Key.Key_Space)  # editable again: the acknowledgement is taken back
    assert attendance_of(ctx, mid) != before
    with ctx.vault.session() as s:
        events = s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "meeting")).all()
        assert {"before": "closed", "after": "in_progress"} in [json.loads(e.detail).get("status") for e in events]
    w2.close()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
