"""Issue 17, point 2, in the chair's window: an action's "beroepsgeheim" box follows its owner (ticked
for an organisation bound by professional secrecy) and Enter adds a flagged action; a decision's box
is recorded, committed when changed, kept in the decision's draft and shown again when the case is;
the follow-up's action editor sets and lifts an action's flag."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.enums import DecisionType, MemberKind, OrganisationSector
from livcr_desktop.services import decisions, followup, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views.followup.action_edit import ActionEditDialog
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.widgets.dates import to_qdate
from tests.gui.test_live_meeting_gui import all_present, choose, open_window
from tests.helpers.meeting_factory import make_cell, make_meeting, mark_new_referral

Key, Mod = Qt.Key, Qt.KeyboardModifier


def _to_case(qtbot: QtBot, w: LiveMeetingWindow, case_id: int) -> None:
    for _ in range(10):
        if w.case_page.case_id == case_id:
            return
        qtbot.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
    assert w.case_page.case_id == case_id


def test_a_bound_owner_ticks_the_action_box_and_enter_adds_a_flagged_action(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    caw = reference.add_organisation(ctx, "CAW Testdorp", "CAW", OrganisationSector.SOCIAL_WELFARE, True)
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    all_present(qtbot, w)
    due = cell.cases["due"]
    _to_case(qtbot, w, due)
    form = w.case_page.action_form
    qtbot.keyClick(w, Key.Key_A, Mod.ControlModifier | Mod.ShiftModifier)
    assert form.description.hasFocus()
    assert not form.secrecy.isChecked() and form.secrecy.isEnabled()
    choose(form.owner, caw)
    assert form.secrecy.isChecked() and not form.secrecy.isEnabled()  # bound: always secret
    choose(form.owner, cell.orgs["PZ"])
    assert not form.secrecy.isChecked() and form.secrecy.isEnabled()  # ticked only for the previous owner
    choose(form.owner, caw)
    form.deadline.setDate(to_qdate(date(2026, 12, 20)))
    qtbot.keyClicks(form.description, "Schuldhulp opstarten")
    qtbot.keyClick(form.description, Key.Key_Return)
    assert form.secrecy.isChecked()  # the next action of this owner starts secret too

    choose(form.owner, cell.orgs["PZ"])
    qtbot.keyClicks(form.description, "Gesprek met de jongere")
    qtbot.keyClick(form.description, Key.Key_Return)
    form.secrecy.setChecked(True)  # the chair ticks it: taken because of a secret fact
    qtbot.keyClicks(form.description, "Huisbezoek")
    qtbot.keyClick(form.description, Key.Key_Return)
    assert not form.secrecy.isChecked()  # the next one starts as its owner says

    flags = {a.description: a.professional_secrecy for a in decisions.actions_for(ctx, due, mid)}
    assert flags == {"Schuldhulp opstarten": True, "Gesprek met de jongere": False, "Huisbezoek": True}
    w.flush()
    w.close()


def test_the_decision_box_round_trips(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])  # a second case to switch to
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    all_present(qtbot, w)
    due = cell.cases["due"]
    _to_case(qtbot, w, due)
    form = w.case_page.decision_form
    qtbot.keyClick(w, Key.Key_D, Mod.ControlModifier)
    assert not form.secrecy.isChecked() and form.secrecy.toolTip()
    choose(form.kind, DecisionType.CLOSE)
    qtbot.keyClicks(form.reasons, "Feit onder beroepsgeheim")
    form.secrecy.setChecked(True)

    # Not recorded yet: a case switch keeps the box in the draft, coming back brings it back.
    qtbot.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
    assert w.case_page.case_id != due and not form.secrecy.isChecked()
    qtbot.keyClick(w, Key.Key_PageUp, Mod.ControlModifier)
    assert w.case_page.case_id == due
    assert form.secrecy.isChecked() and form.reasons.toPlainText() == "Feit onder beroepsgeheim"

    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    [recorded] = decisions.decisions_for(ctx, due, mid)
    assert recorded.professional_secrecy

    form.secrecy.setChecked(False)  # recorded: committed as it changes
    assert not decisions.decisions_for(ctx, due, mid)[0].professional_secrecy
    form.secrecy.setChecked(True)
    assert decisions.decisions_for(ctx, due, mid)[0].professional_secrecy

    qtbot.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
    assert not form.secrecy.isChecked()  # another case, no decision yet
    qtbot.keyClick(w, Key.Key_PageUp, Mod.ControlModifier)
    assert form.secrecy.isChecked()  # loaded back with the recorded decision
    w.flush()
    w.close()


def _flags(ctx: ServiceContext, case_id: int) -> dict[str, bool]:
    return {a.description: a.professional_secrecy for a in decisions.actions_for(ctx, case_id)}


def test_the_follow_up_editor_sets_and_lifts_the_flag(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    caw = reference.add_organisation(ctx, "CAW Testdorp", "CAW", OrganisationSector.SOCIAL_WELFARE, True)
    reference.add_member(ctx, "Carla Hulpverlener", caw, "lid", MemberKind.CORE)
    due = cell.cases["due"]

    # A new action between meetings: a bound owner ticks the box; the casemanager may untick it, and
    # then names who of the owner agreed (its members offered); without a name nothing is stored.
    new = ActionEditDialog(ctx)
    qtbot.addWidget(new)
    new.show()
    choose(new.case, due)
    new.description.setText("Budgetbegeleiding")
    assert not new.secrecy.isChecked()
    choose(new.owner, caw)
    assert new.secrecy.isChecked() and not new.lifted_by.isVisible()
    new.deadline.setDate(to_qdate(date(2026, 12, 20)))
    qtbot.keyClick(new.secrecy, Key.Key_Space)
    assert new.lifted_by.isVisible() and new.lifted_by.currentText() == "Carla Hulpverlener"
    new.lifted_by.setEditText("")
    new.store()
    assert new.isVisible() and "opheffen van het beroepsgeheim" in new.errors["secrecy_lifted_by"].text()
    assert _flags(ctx, due) == {}
    new.lifted_by.setEditText("Carla Hulpverlener")
    new.store()
    assert new.result() == QDialog.DialogCode.Accepted
    assert _flags(ctx, due) == {"Budgetbegeleiding": False}

    # An existing action: the box shows the flag, a change is stored (and audited) through the service.
    [tracked] = [a for a in followup.list_tracked_actions(ctx) if a.description == "Budgetbegeleiding"]
    edit = ActionEditDialog(ctx, tracked)
    qtbot.addWidget(edit)
    assert not edit.secrecy.isChecked()
    qtbot.keyClick(edit.secrecy, Key.Key_Space)
    edit.store()
    assert _flags(ctx, due) == {"Budgetbegeleiding": True}
    again = ActionEditDialog(ctx, tracked)
    qtbot.addWidget(again)
    assert again.secrecy.isChecked()
    again.store()  # nothing changed: no new audit event for the flag
    with ctx.vault.session() as s:
        e = models.AuditEvent
        details = s.scalars(select(e.detail).where(e.entity == "action", e.entity_id == tracked.id)).all()
    assert sum("professional_secrecy" in d for d in details) == 2  # lifted once, set once
    assert sum("Carla Hulpverlener" in d for d in details) == 1  # who agreed to the lifting
