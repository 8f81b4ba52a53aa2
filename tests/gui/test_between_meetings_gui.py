"""Between meetings, through the real main window on the demo vault: the action tracker (filters,
highlights, history, a status update with a note, the overdue count in the status bar), the case
timeline from the case list, the next agenda in one click, referrer feedback and search."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import ActionStatus, AgendaItemKind, MeetingStatus
from livcr_desktop.services import cases, demo, feedback_log, followup, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog
from livcr_desktop.views.followup.action_tracker import (
    COL_CASE,
    COL_DEADLINE,
    COL_OWNER,
    DUE_SOON_BACKGROUND,
    FILTER_ALL,
    FILTER_DUE_SOON,
    FILTER_OVERDUE,
    OVERDUE_COLOR,
    ActionTrackerModel,
)
from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog
from livcr_desktop.views.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: ServiceContext) -> MainWindow:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def choose(combo: object, data: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_tracker_model_passes_qtmodeltester(qtmodeltester, demo_ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    model = ActionTrackerModel(today=demo_ctx.today)
    model.set_actions(followup.list_tracked_actions(demo_ctx))
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_DEADLINE, Qt.SortOrder.DescendingOrder)
    model.set_filter(status=FILTER_ALL, text="livc")
    qtmodeltester.check(model, force_py=True)


def test_tracker_filters_and_highlights(qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext) -> None:
    t = window.tracker
    model = t.model
    everything = followup.list_tracked_actions(demo_ctx)
    # Opens on what needs chasing: open and running actions.
    assert model.rowCount() == sum(a.status.is_open for a in everything) > 0
    choose(t.status_filter, FILTER_ALL)
    assert model.rowCount() == len(everything) == model.total_count()

    choose(t.status_filter, FILTER_OVERDUE)
    overdue = [model.action_at(r) for r in range(model.rowCount())]
    assert overdue and all(a.is_overdue(TODAY) for a in overdue)
    assert len(overdue) == followup.overdue_action_count(demo_ctx)
    ix = model.index(0, COL_DEADLINE)
    assert "achterstallig" in model.data(ix)
    assert model.data(ix, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert "verstreken" in model.data(model.index(0, COL_OWNER), Qt.ItemDataRole.ToolTipRole)

    choose(t.status_filter, FILTER_DUE_SOON)
    soon = [model.action_at(r) for r in range(model.rowCount())]
    assert soon and all(a.is_due_soon(TODAY) for a in soon)
    assert model.data(model.index(0, COL_CASE), Qt.ItemDataRole.BackgroundRole).color() == DUE_SOON_BACKGROUND
    assert model.data(model.index(0, COL_CASE), Qt.ItemDataRole.ToolTipRole) == "Deadline deze week"
    assert model.data(model.index(0, COL_CASE), Qt.ItemDataRole.ForegroundRole) is None

    choose(t.status_filter, ActionStatus.DONE.value)
    assert all(model.action_at(r).status is ActionStatus.DONE for r in range(model.rowCount()))

    choose(t.status_filter, FILTER_ALL)
    police = next(o for o in range(t.owner_filter.count()) if t.owner_filter.itemText(o).startswith("PZ "))
    t.owner_filter.setCurrentIndex(police)
    rows = [model.action_at(r) for r in range(model.rowCount())]
    assert rows and all(a.owner_organisation == "PZ" for a in rows)
    t.owner_filter.setCurrentIndex(0)

    code = everything[0].case_code
    qtbot.keyClicks(t.search, code)
    rows = [model.action_at(r) for r in range(model.rowCount())]
    assert rows and all(a.case_code == code for a in rows)
    assert f"Acties: {len(rows)} van {len(everything)}" in t.count_label.text()
    t.search.clear()
    # Sorting by clicking a header.
    t.table.horizontalHeader().setSortIndicator(COL_CASE, Qt.SortOrder.AscendingOrder)
    codes = [model.action_at(r).case_code for r in range(model.rowCount())]
    assert codes == sorted(codes)


def test_update_an_overdue_action_with_a_note(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    t = window.tracker
    before = followup.overdue_action_count(demo_ctx)
    assert before > 0
    assert window.overdue_actions_label.text() == f"Achterstallige acties: {before}"
    assert window.overdue_actions_label.isEnabled()  # a real button, a Tab stop with a focus frame
    assert window.overdue_actions_label.isVisible()
    window.tabs.setCurrentWidget(t)
    choose(t.status_filter, FILTER_OVERDUE)
    qtbot.mouseClick(
        t.table.viewport(), Qt.MouseButton.LeftButton, pos=t.table.visualRect(t.model.index(0, COL_CASE)).center()
    )
    action = t.model.action_at(0)
    assert t.current_action_id() == action.id
    assert action.case_code in t.detail_title.text() and "Achterstallig" in t.urgency_label.text()
    history_before = t.history_model.rowCount()
    assert history_before == len(followup.action_history(demo_ctx, action.id))
    assert t.update_button.isEnabled()

    choose(t.new_status, ActionStatus.DONE.value)
    qtbot.keyClicks(t.note, "Eigenaar gebeld: huisbezoek gebeurd op 18/11.")
    with qtbot.waitSignal(t.changed):
        qtbot.mouseClick(t.update_button, Qt.MouseButton.LeftButton)

    history = followup.action_history(demo_ctx, action.id)
    assert len(history) == history_before + 1
    last = history[-1]
    assert (last.status, last.note, last.user) == (
        ActionStatus.DONE,
        "Eigenaar gebeld: huisbezoek gebeurd op 18/11.",
        demo.DEMO_USER,
    )
    assert last.at.date() == TODAY
    # No longer overdue: it left the filtered list, so the side pane empties (no note can land on a hidden
    # action); the overdue count went down everywhere.
    assert t.history_model.rowCount() == 0 and not t.update_button.isEnabled()
    assert "Kies een actie" in t.detail_title.text() and t.message.text() == "Bijgewerkt."
    assert followup.overdue_action_count(demo_ctx) == before - 1
    assert f"Achterstallige acties: {before - 1}" in window.overdue_actions_label.text()
    assert t.model.row_of(action.id) is None, "no longer overdue: it left the filtered list"
    assert t.note.toPlainText() == ""
    # Nothing to record: the same status without a note is refused with a message.
    choose(t.status_filter, FILTER_ALL)
    t.select_action(action.id)
    hm = t.history_model
    assert hm.rowCount() == history_before + 1
    assert hm.data(hm.index(hm.rowCount() - 1, 3)) == "Eigenaar gebeld: huisbezoek gebeurd op 18/11."
    assert hm.data(hm.index(hm.rowCount() - 1, 2)) == "afgerond"
    qtbot.mouseClick(t.update_button, Qt.MouseButton.LeftButton)
    assert "andere status" in t.message.text()
    assert len(followup.action_history(demo_ctx, action.id)) == history_before + 1
    # The overdue label in the status bar opens the tracker on the overdue actions.
    window.tabs.setCurrentIndex(0)
    window.show_overdue_actions()
    assert (
        window.tabs.currentWidget() is window.tracker_tab
        and t.isVisible()
        and t.status_filter.currentData() == FILTER_OVERDUE
    )
    shot = tmp_path / "tracker.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_read_only_member_sees_but_cannot_update(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    from dataclasses import replace

    from livcr_desktop.domain.roles import Role

    w = MainWindow(replace(demo_ctx, role=Role.READ_ONLY))
    qtbot.addWidget(w)
    w.show()
    t = w.tracker
    t.select_action(t.model.action_at(0).id)
    assert t.history_model.rowCount() >= 1
    assert not t.update_button.isEnabled() and "rol" in t.update_button.toolTip()
    assert not w.fill_agenda_button.isEnabled()


def test_timeline_from_the_case_list_with_ctrl_t(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.case_at(r).code == "LIVC-2025-003")
    window.table.setFocus()
    window.table.selectRow(row)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert len(window.timeline_dialogs) == 1
    dlg = window.timeline_dialogs[0]
    assert isinstance(dlg, CaseTimelineDialog)
    qtbot.addWidget(dlg)
    assert dlg.isVisible() and "LIVC-2025-003" in dlg.windowTitle()
    kinds = {dlg.model.entry(r).kind.value for r in range(dlg.model.rowCount())}
    assert {"registration", "meeting", "decision", "action"} <= kinds
    assert len(dlg.sparklines) >= 3
    assert all(len(s.values()) == 3 for s in dlg.sparklines.values())  # three past meetings
    # Nothing on the timeline names the person.
    identity = cases.get_case(demo_ctx, dlg.case_id, with_identity=True)
    shown = " ".join(str(dlg.model.data(dlg.model.index(r, 2))) for r in range(dlg.model.rowCount()))
    for part in (identity.first_name, identity.last_name):
        assert not part or part not in shown
    shot = tmp_path / "timeline.png"
    assert dlg.grab().save(str(shot)) and shot.stat().st_size > 10_000
    dlg.close()
    assert window.timeline_dialogs == []
    # The button next to the search field does the same.
    qtbot.mouseClick(window.timeline_button, Qt.MouseButton.LeftButton)
    assert len(window.timeline_dialogs) == 1
    qtbot.addWidget(window.timeline_dialogs[0])


def test_mark_a_referral_and_fill_the_next_agenda_in_one_click(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    planned = next(m for m in meetings.list_meetings(demo_ctx) if m.status is MeetingStatus.PLANNED)
    on_agenda = {e.case_id for e in meetings.get_meeting(demo_ctx, planned.id).agenda}
    model = window.model

    def candidate(r: int) -> bool:
        c = model.case_at(r)
        not_due = c.next_review_date is None or c.next_review_date > planned.meeting_date
        return not c.status.is_closed and c.id not in on_agenda and not_due

    row = next(r for r in range(model.rowCount()) if candidate(r))
    case = model.case_at(row)
    window.table.selectRow(row)
    window.mark_action.trigger()
    assert "volgende agenda" in window.statusBar().currentMessage()
    window.tabs.setCurrentIndex(1)
    qtbot.mouseClick(window.fill_agenda_button, Qt.MouseButton.LeftButton)
    box = window.agenda_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert case.code in box.text() and planned.number in box.text()
    box.accept()
    agenda = meetings.get_meeting(demo_ctx, planned.id).agenda
    added = [e for e in agenda if e.case_id == case.id]
    assert len(added) == 1 and added[0].kind is AgendaItemKind.NEW_REFERRAL
    # Again: nothing left to add.
    qtbot.mouseClick(window.fill_agenda_button, Qt.MouseButton.LeftButton)
    assert window.agenda_box is not None and "al volledig" in window.agenda_box.text()
    window.agenda_box.accept()
    assert len(meetings.get_meeting(demo_ctx, planned.id).agenda) == len(agenda)


def test_fill_without_a_planned_meeting_says_so(qtbot: QtBot, ctx: ServiceContext) -> None:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    assert w.fill_next_agenda() is None
    assert w.agenda_box is not None and "geen geplande vergadering" in w.agenda_box.text()
    w.agenda_box.accept()
    assert w.overdue_actions_label.text() == "Geen achterstallige acties"


def test_feedback_from_a_template_and_the_identity_warning(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    named = next(
        c
        for c in cases.list_cases(demo_ctx)
        if feedback_log.can_give_feedback(demo_ctx, c.id) and cases.has_identity(demo_ctx, c.id)
    )
    dlg = FeedbackDialog(demo_ctx, named.id)
    qtbot.addWidget(dlg)
    dlg.show()
    before = dlg.log_model.rowCount()
    assert "Aan: " in dlg.recipient_label.text() and dlg.save_button.isEnabled()
    choose(dlg.template, "discussed_referred")
    assert dlg.text.toPlainText().startswith("Uw melding werd besproken in de LIVC-R; betrokkene werd doorverwezen")
    qtbot.keyClicks(dlg.text, " Tot later.")
    with qtbot.waitSignal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    entries = feedback_log.list_feedback(demo_ctx, named.id)
    assert len(entries) == before + 1 == dlg.log_model.rowCount()
    assert entries[-1].template == "discussed_referred" and entries[-1].text.endswith("Tot later.")
    assert entries[-1].user == demo.DEMO_USER
    # The subject's last name typed in the text: a warning, saved only on a second click.
    last_name = cases.get_case(demo_ctx, named.id, with_identity=True).last_name
    dlg.text.setPlainText(f"Gesprek met {last_name} gehad.")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "naam of de geboortedatum" in dlg.warning.text()
    assert last_name not in dlg.warning.text()
    assert len(feedback_log.list_feedback(demo_ctx, named.id)) == before + 1
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert len(feedback_log.list_feedback(demo_ctx, named.id)) == before + 2


def test_feedback_dialog_for_an_anonymous_referral_is_closed(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    anonymous = next(c for c in cases.list_cases(demo_ctx) if not feedback_log.can_give_feedback(demo_ctx, c.id))
    dlg = FeedbackDialog(demo_ctx, anonymous.id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "Anonieme aanmelding" in dlg.recipient_label.text()
    assert not dlg.save_button.isEnabled() and not dlg.text.isEnabled()


def test_search_panel_finds_and_opens_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentWidget() is window.search_tab and panel.isVisible()
    qtbot.keyClicks(panel.query, 'school "')
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=2000)
    first = panel.model.data(panel.model.index(0, 0))
    assert "«school" in first and "LIVC-" in first
    assert "Treffers: " in panel.status.text()
    panel.results.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert len(window.timeline_dialogs) == 1
    dlg = window.timeline_dialogs[0]
    qtbot.addWidget(dlg)
    assert isinstance(dlg, CaseTimelineDialog) and dlg.case_id == panel.model.hit(0).case_id
    panel.query.setText("zzzz-bestaat-niet")
    panel.run()
    assert panel.model.rowCount() == 0 and panel.status.text() == "Niets gevonden."
    assert QApplication.activeModalWidget() is None


def test_side_models_pass_qtmodeltester(qtmodeltester, demo_ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    from livcr_desktop.services import search
    from livcr_desktop.views.cases.search_panel import SearchResultModel
    from livcr_desktop.views.followup.action_tracker import ActionHistoryModel
    from livcr_desktop.views.followup.feedback_dialog import FeedbackLogModel

    action = next(a for a in followup.list_tracked_actions(demo_ctx) if len(followup.action_history(demo_ctx, a.id)))
    history = ActionHistoryModel()
    history.set_rows(followup.action_history(demo_ctx, action.id))
    qtmodeltester.check(history, force_py=True)
    results = SearchResultModel()
    results.set_hits(search.search(demo_ctx, "school"))
    assert results.rowCount() > 0
    qtmodeltester.check(results, force_py=True)
    logged = next(c for c in cases.list_cases(demo_ctx) if feedback_log.list_feedback(demo_ctx, c.id))
    log = FeedbackLogModel()
    log.set_rows(feedback_log.list_feedback(demo_ctx, logged.id))
    qtmodeltester.check(log, force_py=True)


def test_feedback_with_a_direction_reversing_character_says_so_and_stores_nothing(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    case = next(c for c in cases.list_cases(demo_ctx) if feedback_log.can_give_feedback(demo_ctx, c.id))
    dlg = FeedbackDialog(demo_ctx, case.id)
    qtbot.addWidget(dlg)
    dlg.show()
    before = len(feedback_log.list_feedback(demo_ctx, case.id))
    dlg.text.clear()
    qtbot.keyClicks(dlg.text, "Besproken ")
    dlg.text.insertPlainText("\u202e")  # pasted: no key types U+202E (it shows what follows reversed)
    qtbot.keyClicks(dlg.text, "gnirom")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "schrijfrichting" in dlg.warning.text()
    assert len(feedback_log.list_feedback(demo_ctx, case.id)) == before


def test_casemanager_adds_and_changes_an_action_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, demo_ctx: ServiceContext
) -> None:
    """Issue 16 point 7, keys only: a new action outside a meeting, a new deadline and owner (in the
    history, audited), and a filter that hides the action empties the side pane."""
    from livcr_desktop.services import decisions
    from livcr_desktop.storage import models

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the "Acties" tab
    t = window.tracker
    qtbot.waitUntil(t.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Nieuwe actie…
    qtbot.waitUntil(lambda: t.edit_dialog is not None and t.edit_dialog.isVisible())
    dialog = t.edit_dialog
    assert dialog is not None
    # The keyboard lands on the case list once the dialog is the active window (later on a loaded machine).
    qtbot.waitUntil(lambda: dialog.case.hasFocus() and QApplication.activeWindow() is dialog)
    case_id = dialog.case.currentData()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.description.hasFocus()
    qtbot.keyClicks(dialog.description, "Gesprek met de ouders")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)  # no owner yet: refused beside the field
    assert dialog.isVisible() and dialog.errors["owner_organisation_id"].isVisible()
    assert dialog.errors["owner_organisation_id"].text() == "Dit veld is verplicht."
    assert "Gesprek met de ouders" not in {a.description for a in followup.list_tracked_actions(demo_ctx)}
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Down)
    assert not dialog.errors["owner_organisation_id"].isVisible()  # the message goes when the field is fixed
    owner = dialog.owner.currentData()
    with qtbot.waitSignal(t.changed):
        qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    new = next(a for a in followup.list_tracked_actions(demo_ctx) if a.description == "Gesprek met de ouders")
    assert (new.case_id, new.meeting_id, new.owner_organisation_id, new.deadline) == (case_id, None, owner, TODAY)
    assert t.current_action_id() == new.id and "Gesprek met de ouders" in t.detail_title.text()
    qtbot.waitUntil(t.new_button.hasFocus)  # focus comes back to the button that opened the dialog

    # A week later, another owner: one line in the history, one audit event.
    qtbot.keyClick(t.change_button, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: t.edit_dialog is not dialog and t.edit_dialog is not None and t.edit_dialog.isVisible())
    change = t.edit_dialog
    assert change is not None
    qtbot.keyClick(change, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert change.deadline.hasFocus()
    for _ in range(7):
        qtbot.keyClick(change.deadline, Qt.Key.Key_Up)  # the day section
    qtbot.keyClick(change, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(change.owner, Qt.Key.Key_Down)
    other = change.owner.currentData()
    with qtbot.waitSignal(t.changed):
        qtbot.keyClick(change.owner, Qt.Key.Key_Return)
    changed = next(a for a in decisions.actions_for(demo_ctx, case_id) if a.id == new.id)
    assert changed.deadline == TODAY + timedelta(days=7) and changed.owner_organisation_id == other
    note = followup.action_history(demo_ctx, new.id)[-1].note
    assert f"termijn: {TODAY:%d/%m/%Y} → {TODAY + timedelta(days=7):%d/%m/%Y}" in note and "eigenaar: " in note
    hm = t.history_model
    assert t.current_action_id() == new.id and hm.data(hm.index(hm.rowCount() - 1, 3)) == note
    with demo_ctx.vault.session() as s:
        from sqlalchemy import select

        entity_ids = s.scalars(select(models.AuditEvent.entity_id).where(models.AuditEvent.entity == "action")).all()
    assert entity_ids.count(new.id) >= 2  # created, then changed

    # A filter that hides the chosen action empties the pane: no note can land on it.
    qtbot.waitUntil(t.change_button.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # "Cas&us:"
    assert t.search.hasFocus()
    qtbot.keyClicks(t.search, "geen-enkele-actie")
    assert t.model.rowCount() == 0 and t.current_action_id() is None
    assert "Kies een actie" in t.detail_title.text() and not t.update_button.isEnabled()
    assert not t.change_button.isEnabled() and t.history_model.rowCount() == 0
