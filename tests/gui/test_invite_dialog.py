"""The invite dialog by keys (issue 16, bad input): an invitation for a case that is no longer on the
meeting's agenda is said in the dialog and records nothing; so is an invitation with no member to invite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from livcr_desktop.services import invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.invite_dialog import InviteDialog
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting

Key = Qt.Key
PARTNER = "Justitieassistent Demo"


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    return make_cell(ctx)


def open_dialog(qtbot: QtBot, ctx: ServiceContext, meeting_id: int, member_id: int | None = None) -> InviteDialog:
    m = meetings.get_meeting(ctx, meeting_id)
    dialog = InviteDialog(ctx, meeting_id, m.agenda, m.attendance, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_invitation_for_a_case_taken_off_the_agenda_is_refused_in_the_dialog(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell
) -> None:
    mid = make_meeting(ctx, cell)
    agenda = meetings.get_meeting(ctx, mid).agenda
    before = invitations.invitations(ctx, mid)
    dialog = open_dialog(qtbot, ctx, mid)
    assert dialog.focusWidget() is dialog.member
    QTest.keyClicks(dialog.member, "Ju")
    assert dialog.member.currentText().startswith(PARTNER)
    QTest.keyClick(dialog.member, Key.Key_Tab)
    assert dialog.focusWidget() is dialog.cases
    first = dialog.cases.item(0)
    assert first is not None
    case_id = int(first.data(Qt.ItemDataRole.UserRole))
    # Meanwhile the case is taken off the agenda (another screen); the dialog still lists it.
    meetings.remove_agenda_item(ctx, next(e.id for e in agenda if e.case_id == case_id))

    QTest.keyClick(dialog.cases, Key.Key_Space)
    assert first.checkState() == Qt.CheckState.Checked
    QTest.keyClick(dialog.cases, Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Casussen: een uitnodiging kan alleen voor een casus op de agenda van deze vergadering."
    )
    assert dialog.focusWidget() is dialog.cases
    assert invitations.invitations(ctx, mid) == before  # nothing recorded, not even the member

    # Untick it: the stale message goes, and Enter invites the partner for the whole meeting.
    QTest.keyClick(dialog.cases, Key.Key_Space)
    assert first.checkState() == Qt.CheckState.Unchecked and not dialog.error.isVisible()
    QTest.keyClick(dialog.cases, Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 1
    partner = next(i for i in invitations.invitations(ctx, mid) if i.name == PARTNER)
    assert partner.case_ids == frozenset()


def test_changing_a_partners_cases_to_a_removed_case_keeps_the_old_invitation(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell
) -> None:
    mid = make_meeting(ctx, cell)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["pseudo"])
    agenda = meetings.get_meeting(ctx, mid).agenda
    invitations.invite(ctx, mid, cell.members["jh"], [cell.cases["pseudo"]])
    before = invitations.invitations(ctx, mid)
    dialog = open_dialog(qtbot, ctx, mid, cell.members["jh"])
    assert dialog.focusWidget() is dialog.cases and not dialog.member.isEnabled()
    rows = [dialog.cases.item(i) for i in range(dialog.cases.count())]
    ticked = [int(r.data(Qt.ItemDataRole.UserRole)) for r in rows if r.checkState() == Qt.CheckState.Checked]
    assert ticked == [cell.cases["pseudo"]]
    other = next(r for r in rows if r.checkState() == Qt.CheckState.Unchecked)
    other_id = int(other.data(Qt.ItemDataRole.UserRole))
    meetings.remove_agenda_item(ctx, next(e.id for e in agenda if e.case_id == other_id))

    dialog.cases.setCurrentItem(other)
    QTest.keyClick(dialog.cases, Key.Key_Space)
    QTest.keyClick(dialog.cases, Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text().startswith("Casussen: ")
    assert invitations.invitations(ctx, mid) == before


def test_no_member_left_to_invite_is_said(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    listed = {i.member_id for i in invitations.invitations(ctx, mid)}
    for member_id in cell.members.values():
        if member_id not in listed:
            invitations.invite(ctx, mid, member_id)
    before = invitations.invitations(ctx, mid)
    dialog = open_dialog(qtbot, ctx, mid)
    assert dialog.member.count() == 0
    QTest.keyClick(dialog.focusWidget(), Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "Lid: kies een lid om uit te nodigen."
    assert invitations.invitations(ctx, mid) == before
