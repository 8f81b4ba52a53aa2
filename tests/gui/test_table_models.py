"""The table-model base: an edit made with the keyboard keeps the user where they are.

Each editable table is driven with key presses only (no ``setData`` from the test); after every
edit the current index (row and column) and the selection must be what they were, and the edit
must have reached the vault. The models themselves pass ``qtmodeltester``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTableView
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import ActionStatus, AttendanceStatus
from livcr_desktop.domain.meeting import ActionDraft
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import assessment, attendance, decisions, followup, meetings, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting

Key = Qt.Key


@dataclass(frozen=True)
class Position:
    row: int
    column: int
    selected: frozenset[tuple[int, int]]


def position(table: QTableView) -> Position:
    current = table.currentIndex()
    selected = frozenset((i.row(), i.column()) for i in table.selectionModel().selectedIndexes())
    return Position(current.row(), current.column(), selected)


def go_to(qtbot: QtBot, table: QTableView, row: int, column: int) -> Position:
    """Move the current cell with the arrow keys only, from the top-left cell."""
    table.setFocus()
    qtbot.keyClick(table, Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(table, Key.Key_Down)
    for _ in range(column - table.currentIndex().column()):
        qtbot.keyClick(table, Key.Key_Right)
    pos = position(table)
    assert (pos.row, pos.column) == (row, column)
    return pos


def edit_combo(qtbot: QtBot, table: QTableView, steps: int) -> None:
    """F2 opens the cell's combo box, the arrow keys choose, Enter commits."""
    qtbot.keyClick(table, Key.Key_F2)
    editors = [c for c in table.findChildren(QComboBox) if c.isVisible()]  # closed ones await deleteLater
    assert len(editors) == 1
    editor = editors[0]
    for _ in range(abs(steps)):
        qtbot.keyClick(editor, Key.Key_Down if steps > 0 else Key.Key_Up)
    qtbot.keyClick(editor, Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def edit_list(qtbot: QtBot, table: QTableView, steps: int) -> None:
    """Enter opens the attendance status list, the arrows move inside it, Enter chooses and closes it."""
    from livcr_desktop.views.meeting.choice_delegate import ListEditor

    qtbot.keyClick(table, Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    editor = table.findChild(ListEditor)
    assert editor is not None
    view = editor.view()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, Key.Key_Down if steps > 0 else Key.Key_Up)
    qtbot.keyClick(view, Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def shown(qtbot: QtBot, widget: Any) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    return make_cell(ctx)


@pytest.fixture
def meeting_id(ctx: ServiceContext, cell: Cell) -> int:
    return make_meeting(ctx, cell)


@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")
def test_attendance_keys_keep_the_current_cell(qtbot: QtBot, ctx: ServiceContext, meeting_id: int) -> None:
    from livcr_desktop.views.meeting.attendance_page import AttendancePage

    page = AttendancePage(ctx, meeting_id, lambda _c: "")
    shown(qtbot, page)
    page.reload()
    table, model = page.table, page.model
    assert model.rowCount() >= 4
    member = model.entry(2).member_id
    # Status of row 3: one step down the list, then back; the cursor stays on row 3, column 3.
    before = go_to(qtbot, table, 2, 2)
    old = model.entry(2).status
    edit_list(qtbot, table, -1)
    assert position(table) == before
    new = next(a.status for a in meetings.get_meeting(ctx, meeting_id).attendance if a.member_id == member)
    assert new is not old and model.entry(2).status is new
    edit_list(qtbot, table, 1)
    assert position(table) == before
    if model.entry(2).status is not AttendanceStatus.PRESENT:
        attendance.set_attendance(ctx, meeting_id, member, AttendanceStatus.PRESENT)
        page.reload()
    # Space on row 3's confirmation box: ticked, then unticked, the cursor stays (the issue's bug).
    before = go_to(qtbot, table, 2, 4)
    qtbot.keyClick(table, Key.Key_Space)
    assert position(table) == before
    acked = {a.member_id: a.acknowledged_at for a in meetings.get_meeting(ctx, meeting_id).attendance}
    assert acked[member] is not None
    qtbot.keyClick(table, Key.Key_Down)
    moved = position(table)
    assert (moved.row, moved.column) == (3, 4)
    qtbot.keyClick(table, Key.Key_Up)
    qtbot.keyClick(table, Key.Key_Space)
    assert position(table) == before
    acked = {a.member_id: a.acknowledged_at for a in meetings.get_meeting(ctx, meeting_id).attendance}
    assert acked[member] is None


def _case_with_actions(ctx: ServiceContext, cell: Cell, meeting_id: int, n: int = 4) -> int:
    case_id = cell.cases["due"]
    for i in range(n):
        decisions.add_action(
            ctx,
            ActionDraft(
                case_id=case_id,
                meeting_id=meeting_id,
                description=f"Actie {i + 1}",
                owner_organisation_id=cell.orgs["OCMW"],
                responsible_member_id=None,
                deadline=date(2026, 12, 1) + timedelta(days=i),
            ),
        )
    return case_id


def test_action_plan_and_grid_keys_keep_the_current_cell(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting_id: int
) -> None:
    from PySide6.QtGui import QUndoStack

    from livcr_desktop.services import reference
    from livcr_desktop.views.meeting.case_page import CasePage

    case_id = _case_with_actions(ctx, cell, meeting_id)
    for m in meetings.get_meeting(ctx, meeting_id).attendance:
        attendance.set_attendance(ctx, meeting_id, m.member_id, AttendanceStatus.PRESENT, m.invited_case_id)
    page = CasePage(
        ctx,
        meeting_id,
        date(2026, 11, 25),
        QUndoStack(),
        reference.list_organisations(ctx),
        reference.list_members(ctx),
    )
    shown(qtbot, page)
    page.show_case(case_id)
    # The plan of approach: the status of the third action, with the keyboard.
    page.tabs.setCurrentIndex(3)
    table = page.action_form.table
    before = go_to(qtbot, table, 2, 5)
    action_id = page.action_form.model.entry(2).id
    edit_combo(qtbot, table, 1)
    assert position(table) == before
    stored = {a.id: a.status for a in decisions.actions_for(ctx, case_id, meeting_id)}
    assert stored[action_id] is ActionStatus.IN_PROGRESS is page.action_form.model.entry(2).status
    edit_combo(qtbot, table, 1)
    assert position(table) == before
    assert {a.id: a.status for a in decisions.actions_for(ctx, case_id, meeting_id)}[action_id] is ActionStatus.DONE
    # The grid: the concern level of the third life domain, chosen in the domain tab with the keyboard.
    grid = page.grid
    before = go_to(qtbot, grid, 2, 1)
    page.tabs.setCurrentIndex(1)
    page.domain_form.level.setFocus()
    for expected in (1, 2):
        qtbot.keyClick(page.domain_form.level, Key.Key_Down)
        assert position(grid) == before
        domain = page.grid_model.domain_of_row(2)
        row = next(r for r in assessment.assessment_grid(ctx, case_id, meeting_id).rows if r.life_domain == domain)
        assert row.concern_level == expected
        assert page.grid_model.index(2, 1).data().endswith(str(expected))


def test_action_tracker_update_keeps_the_current_cell(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting_id: int
) -> None:
    from livcr_desktop.views.followup.action_tracker import ActionTrackerWidget

    _case_with_actions(ctx, cell, meeting_id)
    widget = ActionTrackerWidget(ctx)
    shown(qtbot, widget)
    table, model = widget.table, widget.model
    assert model.rowCount() >= 4
    before = go_to(qtbot, table, 2, 5)
    action_id = model.action_at(2).id
    for status in (ActionStatus.IN_PROGRESS, ActionStatus.OPEN):
        widget.new_status.setFocus()
        steps = widget.new_status.findData(status.value) - widget.new_status.currentIndex()
        for _ in range(abs(steps)):
            qtbot.keyClick(widget.new_status, Key.Key_Down if steps > 0 else Key.Key_Up)
        qtbot.keyClicks(widget.note, f"naar {status.value}")
        widget.update_button.setFocus()
        qtbot.keyClick(widget.update_button, Key.Key_Space)
        assert position(table) == before
        assert model.action_at(2).id == action_id and model.action_at(2).status is status
        history = followup.action_history(ctx, action_id)
        assert history[-1].status is status and history[-1].note == f"naar {status.value}"


def test_users_role_change_keeps_the_current_cell(qtbot: QtBot, vault: Vault) -> None:
    from livcr_desktop.views.admin.users_dialog import UsersDialog

    chair = users.context_for(vault)
    for name in ("anna", "bert", "carla"):
        users.add_user(chair, name, name.title(), Role.READ_ONLY, f"{name} heeft een wachtwoordzin", kdf=TEST_KDF)
    dialog = UsersDialog(chair, kdf=TEST_KDF)
    shown(qtbot, dialog)
    before = go_to(qtbot, dialog.table, 2, 2)
    name = dialog.model.entry(2).name
    dialog.role.setFocus()
    qtbot.keyClick(dialog.role, Key.Key_Home)
    qtbot.keyClick(dialog.role, Key.Key_Down)  # secretaris
    dialog.role_button.setFocus()
    qtbot.keyClick(dialog.role_button, Key.Key_Space)
    assert position(dialog.table) == before
    assert {u.name: u.role for u in users.list_users(chair)}[name] is Role.SECRETARY
    assert dialog.model.entry(2).role is Role.SECRETARY


def test_every_model_passes_qtmodeltester(qtmodeltester: Any, ctx: ServiceContext, cell: Cell, meeting_id: int) -> None:
    from livcr_desktop.services import cases
    from livcr_desktop.views.cases.case_table_model import CaseTableModel
    from livcr_desktop.views.followup.action_tracker import ActionHistoryModel, ActionTrackerModel
    from livcr_desktop.views.meeting.meeting_models import ActionTableModel, AttendanceModel, MeetingListModel

    case_id = _case_with_actions(ctx, cell, meeting_id)
    att = AttendanceModel(lambda *_: None, lambda *_: None, lambda _c: "")
    att.set_rows(meetings.get_meeting(ctx, meeting_id).attendance)
    qtmodeltester.check(att, force_py=True)
    actions = ActionTableModel(ctx.today, lambda *_: None)
    actions.set_rows(decisions.actions_for(ctx, case_id, meeting_id))
    qtmodeltester.check(actions, force_py=True)
    listing = MeetingListModel()
    listing.set_rows(meetings.list_meetings(ctx))
    qtmodeltester.check(listing, force_py=True)
    tracker = ActionTrackerModel(ctx.today)
    tracker.set_actions(followup.list_tracked_actions(ctx))
    tracker.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tracker, force_py=True)
    history = ActionHistoryModel()
    history.set_rows(followup.action_history(ctx, actions.entry(0).id))
    qtmodeltester.check(history, force_py=True)
    register = CaseTableModel(ctx.today)
    register.set_cases(cases.list_cases(ctx))
    register.sort(0, Qt.SortOrder.DescendingOrder)
    register.set_filter(text="livc")
    qtmodeltester.check(register, force_py=True)
    assert QApplication.instance() is not None
