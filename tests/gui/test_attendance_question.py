"""Before a case is discussed the chair is asked only about those expected in the room for it, and the
question says what is missing (a walk on X found it asking about partners invited for later cases, in words
that said present members had not confirmed when all had)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.services import attendance, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from tests.helpers.meeting_factory import make_cell, make_meeting

Key = Qt.Key


def answer_no(asked: list[str]) -> None:
    """The next question's text, answered "Nee" by a key (once it is up)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, poll)
            return
        asked.append(box.text())
        button: Any = box.button(QMessageBox.StandardButton.No)
        button.setFocus()
        QTest.keyClick(button, Key.Key_Space)

    QTimer.singleShot(0, poll)


def test_the_question_before_a_case_names_what_is_missing_among_those_expected(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)  # the review, then the case due for review
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["pseudo"])
    agenda = meetings.get_meeting(ctx, mid).agenda
    first, second = agenda[1], agenda[2]
    partner = cell.members["jh"]
    invitations.invite(ctx, mid, partner, [cell.cases["pseudo"]])  # for the second case only: not registered yet
    for member in {a.member_id for a in meetings.get_meeting(ctx, mid).attendance} - {partner}:
        attendance.acknowledge(ctx, mid, member)  # everyone else present and confirmed
    w = LiveMeetingWindow(ctx, mid)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)

    QTest.keyClick(w, Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the review
    QTest.keyClick(w, Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the first case: no question
    qtbot.waitUntil(lambda: w.current_item_id() == first.id)

    asked: list[str] = []
    answer_no(asked)
    QTest.keyClick(w, Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the partner's case
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0] == "Nog niet geregistreerd: 1 van de verwachte leden. Toch de casusbespreking beginnen?"
    w.activateWindow()  # what the window manager does once the question is gone (offscreen has none)
    qtbot.waitUntil(w.isActiveWindow)
    assert w.current_item_id() == first.id  # "Nee": the chair stays on the first case

    attendance.set_attendance(ctx, mid, partner, AttendanceStatus.PRESENT)  # arrives, not yet confirmed
    answer_no(asked)
    QTest.keyClick(w, Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked[1] == (
        "De geheimhouding (art. 458ter) nog niet bevestigd: 1 van de aanwezigen. Toch de casusbespreking beginnen?"
    )
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    attendance.acknowledge(ctx, mid, partner)
    QTest.keyClick(w, Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current_item_id() == second.id)  # nothing missing: no question
    assert len(asked) == 2
