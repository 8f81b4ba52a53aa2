"""The decision form follows the table of domain/decision_rules.py (issue 16 point 5), keys only."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import DecisionType
from livcr_desktop.services import decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from tests.helpers.meeting_factory import make_cell, make_meeting


def test_scale_down_escalation_and_review_date_in_the_form(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    w = LiveMeetingWindow(ctx, mid)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w._confirmed_without_attendance = True
    w.go_to_item(meetings.get_meeting(ctx, mid).agenda[1].id)
    form = w.case_page.decision_form
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qualification = w.case_page.assessment_form.qualification
    qtbot.waitUntil(qualification.hasFocus)  # the case has no qualification yet: that comes first
    qtbot.keyClick(qualification, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.kind.hasFocus)
    qtbot.keyClick(form.kind, Qt.Key.Key_End)  # afschalen, the last type
    assert form.kind.currentData() == DecisionType.SCALE_DOWN
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)  # Beslissing vastleggen
    err = form.errors["decision_type"]
    assert err.isVisible() and "afschalen" in err.text() and "in opvolging" in err.text()
    assert decisions.decisions_for(ctx, cell.cases["due"], mid) == []
    # Escalation: target and date appear; the review date it needs is ticked by the type ("gepland" cannot be
    # unticked, nor is it a Tab stop), so only the target is missing.
    review = form.review.check
    assert not form.escalation.isVisible()
    while form.kind.currentData() != DecisionType.ESCALATE:
        qtbot.keyClick(form.kind, Qt.Key.Key_Up)
        if form.kind.currentData() == DecisionType.CLOSE:  # a closed case needs no review: unticked again
            assert not review.isChecked() and review.isEnabled()
    assert not err.isVisible()  # the message went with the changed type
    assert form.escalation.isVisible() and form.escalation_date.isVisible() and not form.referral.isVisible()
    assert review.isChecked() and not review.isEnabled() and form.review.edit.isEnabled()
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)
    assert form.errors["escalation_target"].text() == "Opgeschaald naar: kies de LTF of het parket."
    assert not form.errors["next_review_date"].isVisible()
    assert decisions.decisions_for(ctx, cell.cases["due"], mid) == []
    # The review date the type ticked proposes the next monthly meeting, never the meeting day itself.
    meeting_day = meetings.get_meeting(ctx, mid).meeting_date
    assert form.review.get() == meeting_day + timedelta(weeks=4)
    # A target chosen, recorded with the button by keys: the button goes, the keyboard stays in the form.
    form.escalation.setFocus()
    qtbot.waitUntil(form.escalation.hasFocus)
    qtbot.keyClick(form.escalation, Qt.Key.Key_End)
    assert form.escalation.currentData()
    form.record_button.setFocus()
    qtbot.waitUntil(form.record_button.hasFocus)
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: form.decision_id is not None)
    assert not form.record_button.isVisible()
    qtbot.waitUntil(form.reasons.hasFocus)
    [recorded] = decisions.decisions_for(ctx, cell.cases["due"], mid)
    assert recorded.next_review_date == meeting_day + timedelta(weeks=4)
