"""A whole meeting driven through the real widgets of the chair's screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    MeetingStatus,
    Qualification,
)
from livcr_desktop.domain.meeting import ActionDraft
from livcr_desktop.services import assessment, cases, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views import tasks
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.meeting.meeting_models import AgendaModel, AssessmentGridModel, AttendanceModel
from livcr_desktop.views.meeting.shortcut_help import ShortcutHelp
from tests.conftest import PASSPHRASE
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    return cell


def open_window(qtbot: QtBot, ctx: ServiceContext, meeting_id: int) -> LiveMeetingWindow:
    w = LiveMeetingWindow(ctx, meeting_id)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # window shortcuts (Ctrl+PgDown, Ctrl+B, ...) need an active window
    return w


def answer_later(name: str, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Answer the next modal message box with ``button`` if it is the one called ``name`` (else reject
    it), noting which box it was and what it said."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(f"{box.objectName()}: {box.text()} {box.informativeText()}")
        if box.objectName() == name:
            box.button(button).click()
        else:
            box.reject()

    QTimer.singleShot(0, answer)


def all_present(qtbot: QtBot, w: LiveMeetingWindow) -> None:
    asked: list[str] = []
    answer_later("confirmAllPresentBox", QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(w.attendance_page.ack_all, Qt.Key.Key_Space)
    assert len(asked) == 1 and asked[0].startswith("confirmAllPresentBox"), asked
    qtbot.waitUntil(w.isActiveWindow)  # the window has the keyboard again after the question


def choose(combo: object, data: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    idx = combo.findData(data)
    assert idx >= 0, data
    combo.setCurrentIndex(idx)
    combo.activated.emit(idx)


def add_contribution(qtbot: QtBot, w: LiveMeetingWindow, org: int, domain: str, text: str, **flags: bool) -> None:
    page = w.case_page
    qtbot.keyClick(w, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # "new contribution"
    choose(page.contribution_form.organisation, org)
    choose(page.contribution_form.domain, domain)
    page.contribution_form.secrecy.setChecked(flags.get("secrecy", False))
    page.contribution_form.no_projection.setChecked(flags.get("no_projection", False))
    page.contribution_form.confirmed.setChecked(flags.get("confirmed", False))
    qtbot.keyClicks(page.contribution_form.text, text)
    qtbot.keyClick(page.contribution_form.text, Qt.Key.Key_Return)


def record_decision(
    qtbot: QtBot, w: LiveMeetingWindow, kind: DecisionType, reasons: str, review: date | None = None, **targets: str
) -> None:
    page = w.case_page
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 2
    choose(page.decision_form.kind, kind)
    qtbot.keyClicks(page.decision_form.reasons, reasons)
    if "referral" in targets:
        page.decision_form.referral.setText(targets["referral"])
    if "escalation" in targets:
        choose(page.decision_form.escalation, targets["escalation"])
    if review is not None:
        page.decision_form.review.set(review, review)
    qtbot.mouseClick(page.decision_form.record_button, Qt.MouseButton.LeftButton)


def add_action(qtbot: QtBot, w: LiveMeetingWindow, text: str, owner: int, deadline: date) -> None:
    page = w.case_page
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.action_form.description.hasFocus()
    choose(page.action_form.owner, owner)
    from livcr_desktop.views.widgets.dates import to_qdate

    page.action_form.deadline.setDate(to_qdate(deadline))
    qtbot.keyClicks(page.action_form.description, text)
    qtbot.keyClick(page.action_form.description, Qt.Key.Key_Return)


def test_models_pass_qtmodeltester(qtmodeltester, ctx: ServiceContext, cell: Cell) -> None:  # type: ignore[no-untyped-def]
    mid = make_meeting(ctx, cell)
    m = meetings.get_meeting(ctx, mid)
    agenda = AgendaModel(lambda _i, _p: None)
    agenda.set_agenda(m.agenda, m.agenda[1].id)
    qtmodeltester.check(agenda, force_py=True)
    att = AttendanceModel(lambda *_: None, lambda *_: None, lambda _c: "")
    att.set_rows(m.attendance)
    qtmodeltester.check(att, force_py=True)
    grid = AssessmentGridModel()
    grid.set_grid(assessment.assessment_grid(ctx, cell.cases["due"], mid))
    qtmodeltester.check(grid, force_py=True)


def test_agenda_changes_repaint_their_rows_in_place(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    agenda = meetings.get_meeting(ctx, mid).agenda
    model = AgendaModel(lambda _i, _p: None)
    model.set_agenda(agenda, agenda[0].id)
    repainted: list[tuple[int, int]] = []
    moved: list[str] = []
    model.dataChanged.connect(lambda first, last, *_: repainted.append((first.row(), last.row())))
    model.modelReset.connect(lambda: moved.append("reset"))
    model.layoutChanged.connect(lambda *_: moved.append("layout"))
    model.set_current(agenda[1].id)  # the old and the new current item
    assert sorted(repainted) == [(0, 0), (1, 1)]
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    repainted.clear()
    model.set_running_extra(agenda[1].id, 3)
    assert repainted == [(1, 1)] and "00:03 /" in model.index(1, 0).data()
    repainted.clear()
    meetings.add_elapsed(ctx, agenda[1].id, 3)
    model.set_agenda(meetings.get_meeting(ctx, mid).agenda, agenda[1].id)  # the same items: one row changed
    assert repainted == [(1, 1)] and moved == []
    meetings.move_agenda_item(ctx, agenda[1].id, 0)
    model.set_agenda(meetings.get_meeting(ctx, mid).agenda, agenda[1].id)
    assert [model.entry(r).id for r in range(2)] == [agenda[1].id, agenda[0].id] and moved == ["reset"]
    assert model.index(0, 0).data().startswith("1. ")


def test_whole_meeting_through_the_widgets(qtbot: QtBot, ctx: ServiceContext, cell: Cell, vault_path: Path) -> None:
    # An earlier meeting left one open action to review.
    earlier = make_meeting(ctx, cell, date(2026, 11, 21), propose=False)
    old_action = decisions.add_action(
        ctx, ActionDraft(cell.cases["due"], earlier, "Huisbezoek plannen", cell.orgs["OCMW"], None, date(2026, 11, 24))
    )
    meetings.close_meeting(ctx, earlier, date(2026, 11, 25))
    mid = make_meeting(ctx, cell)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["later"])  # a third case, added by the chair
    w = open_window(qtbot, ctx, mid)
    assert w.pages.currentWidget() is w.attendance_page
    reminder = w.attendance_page.findChild(type(w.title), "confidentialityReminder")
    assert reminder is not None and "458ter" in reminder.text()

    # Attendance: the OCMW member is excused, the justice assistant invited for one case, all others acknowledge.
    att = w.attendance_page
    rows = {att.model.entry(r).member_name: r for r in range(att.model.rowCount())}
    att.model.setData(att.model.index(rows["Maatschappelijk Werker Test"], 2), AttendanceStatus.EXCUSED.value)
    from livcr_desktop.services import attendance as attendance_service

    attendance_service.set_attendance(
        ctx, mid, cell.members["jh"], AttendanceStatus.PRESENT, invited_case_id=cell.cases["due"]
    )
    attendance_service.set_attendance(ctx, mid, cell.members["clb"], AttendanceStatus.PRESENT)
    att.reload()
    all_present(qtbot, w)
    assert "5 aanwezig, 5 bevestigd, 1 verontschuldigd" in att.summary.text()

    # Item 1: review of open actions.
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentWidget() is w.review_page
    assert w.review_page.model.rowCount() == 1
    w.review_page.table.selectRow(0)
    w.review_page.note.setText("Bezoek gebeurd")
    qtbot.mouseClick(w.review_page.buttons[ActionStatus.DONE], Qt.MouseButton.LeftButton)

    # Item 2: the due case, with contributions from four organisations.
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.case_page.case_id == cell.cases["due"] and w.pages.currentWidget() is w.case_page
    add_contribution(qtbot, w, cell.orgs["PZ"], "online", "Deelt filmpjes op fora", no_projection=True)
    add_contribution(qtbot, w, cell.orgs["OCMW"], "finance_housing", "Schulden, dreigende uithuiszetting", secrecy=True)
    add_contribution(qtbot, w, cell.orgs["JH"], "justice_police", "Probatievoorwaarden lopen", confirmed=True)
    add_contribution(qtbot, w, cell.orgs["PREV"], "social_network", "Nieuwe vriendengroep")
    page = w.case_page
    page.grid.setCurrentIndex(page.grid_model.index(5, 0))  # "online"
    choose(page.domain_form.level, 2)
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.domain_form.risk, "Zoekt extreme content op")
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.assessment_form.summary, "Zorgwekkend, maar aanspreekbaar")
    choose(page.assessment_form.qualification, Qualification.Q2)
    record_decision(qtbot, w, DecisionType.START_FOLLOW_UP, "Sociaal-preventief traject", review=date(2027, 1, 20))
    add_action(qtbot, w, "Schuldhulp opstarten", cell.orgs["OCMW"], date(2026, 12, 20))
    add_action(qtbot, w, "Gesprek met jongere", cell.orgs["PREV"], date(2026, 12, 10))
    assert page.action_form.model.rowCount() == 2
    orgs_in_grid = {name for _id, name in page.grid_model.grid().organisations}  # type: ignore[union-attr]
    assert orgs_in_grid == {"PZ", "OCMW", "JH", "PREV"}

    # Item 3: the pseudonymous referral: code only, a decision to escalate.
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.case_id == cell.cases["pseudo"]
    assert "LIVC-2026-003" in page.title.text()
    add_contribution(qtbot, w, cell.orgs["CLB"], "education_work", "Spijbelt sinds september")
    add_contribution(qtbot, w, cell.orgs["PZ"], "intent_behaviour", "Dreigende berichten", secrecy=True)
    choose(page.contribution_form.organisation, cell.orgs["OCMW"])
    qtbot.mouseClick(page.contribution_form.decline_button, Qt.MouseButton.LeftButton)  # OCMW: no information
    record_decision(qtbot, w, DecisionType.ESCALATE, "Dreiging", escalation="LTF", review=date(2026, 12, 15))
    add_action(qtbot, w, "Melding aan LTF", cell.orgs["PZ"], date(2026, 11, 28))

    # Item 4: the case the chair added: closed.
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.case_id == cell.cases["later"]
    add_contribution(qtbot, w, cell.orgs["PREV"], "family", "Gezin stabiel")
    record_decision(qtbot, w, DecisionType.CLOSE, "Geen radicaliseringsproblematiek meer")
    w.flush()
    w.close()
    ctx.vault.close()

    # Reopen the vault: everything is there.
    vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    ctx2 = ServiceContext(vault, "voorzitter", today=ctx.today, now=ctx.now)
    try:
        status = {c.id: c.status for c in cases.list_cases(ctx2)}
        assert status[cell.cases["due"]] is CaseStatus.FOLLOW_UP
        assert status[cell.cases["pseudo"]] is CaseStatus.FOLLOW_UP  # escalated: a flag beside follow-up
        assert status[cell.cases["later"]] is CaseStatus.CLOSED
        grid = assessment.assessment_grid(ctx2, cell.cases["due"], mid)
        assert grid.summary == "Zorgwekkend, maar aanspreekbaar" and grid.qualification is Qualification.Q2
        online = next(r for r in grid.rows if r.life_domain == "online")
        assert online.concern_level == 2 and online.risk_factors == "Zoekt extreme content op"
        texts = {c.text for row in grid.rows for cs in row.contributions.values() for c in cs}
        assert texts == {
            "Deelt filmpjes op fora",
            "Schulden, dreigende uithuiszetting",
            "Probatievoorwaarden lopen",
            "Nieuwe vriendengroep",
        }
        pseudo = assessment.assessment_grid(ctx2, cell.cases["pseudo"], mid)
        assert [d.organisation for d in pseudo.declined] == ["OCMW"]
        kinds = {d.decision_type for c in cell.cases.values() for d in decisions.decisions_for(ctx2, c, mid)}
        assert kinds == {DecisionType.START_FOLLOW_UP, DecisionType.ESCALATE, DecisionType.CLOSE}
        escalated = decisions.decisions_for(ctx2, cell.cases["pseudo"], mid)[0]
        assert escalated.escalation_target == "LTF" and escalated.reasons == "Dreiging"
        actions = {a.description for c in cell.cases.values() for a in decisions.actions_for(ctx2, c, mid)}
        assert actions == {"Schuldhulp opstarten", "Gesprek met jongere", "Melding aan LTF"}
        done = [a for a in decisions.actions_for(ctx2, cell.cases["due"]) if a.id == old_action]
        assert done[0].status is ActionStatus.DONE
        m = meetings.get_meeting(ctx2, mid)
        assert m.status is MeetingStatus.IN_PROGRESS
        assert m.current_item_id == m.agenda[-1].id  # reopens where it was
        acked = [a for a in m.attendance if a.status is AttendanceStatus.PRESENT]
        assert len(acked) == 5 and all(a.acknowledged_at for a in acked)
        invited = next(a for a in m.attendance if a.member_id == cell.members["jh"])
        assert invited.invited_case_id == cell.cases["due"]
    finally:
        vault.close()


def test_reopening_shows_the_meeting_where_it_was(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    all_present(qtbot, w)
    w.next_item()
    w.next_item()
    w.close()
    w2 = open_window(qtbot, ctx, mid)
    assert w2.pages.currentWidget() is w2.case_page and w2.case_page.case_id == cell.cases["due"]


def test_starting_cases_without_attendance_asks_first(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    w.next_item()  # the action review needs no confirmation
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    w.next_item()
    assert asked and asked[0].startswith("Niemand is als aanwezig geregistreerd. Nog niet geregistreerd: ")
    assert w.pages.currentWidget() is w.review_page  # refused: stays
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    w.next_item()
    assert w.case_page.case_id == cell.cases["due"]


def test_bad_input_gives_inline_messages_and_saves_nothing(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    w._confirmed_without_attendance = True
    w.go_to_item(meetings.get_meeting(ctx, mid).agenda[1].id)
    page = w.case_page
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.decision_form.record_button, Qt.MouseButton.LeftButton)  # no type
    assert page.decision_form.errors["decision_type"].isVisible()
    choose(page.decision_form.kind, DecisionType.CONTINUE_FOLLOW_UP)
    page.decision_form.review.set(date(2026, 11, 1), date(2026, 11, 1))  # before the meeting
    qtbot.mouseClick(page.decision_form.record_button, Qt.MouseButton.LeftButton)
    assert "vóór de vergadering" in page.decision_form.errors["next_review_date"].text()
    assert decisions.decisions_for(ctx, cell.cases["due"], mid) == []
    page.focus_new_action()
    qtbot.keyClicks(page.action_form.description, "Zonder eigenaar")
    qtbot.keyClick(page.action_form.description, Qt.Key.Key_Return)
    assert page.action_form.errors["owner_organisation_id"].text() == "Dit veld is verplicht."
    choose(page.action_form.owner, cell.orgs["PZ"])
    from livcr_desktop.views.widgets.dates import to_qdate

    page.action_form.deadline.setDate(to_qdate(date(2026, 1, 1)))
    qtbot.keyClick(page.action_form.description, Qt.Key.Key_Return)
    assert "verleden" in page.action_form.errors["deadline"].text()
    assert decisions.actions_for(ctx, cell.cases["due"]) == []
    assert cases.case_status(ctx, cell.cases["due"])[0] is CaseStatus.REGISTERED


def test_undo_and_redo_of_meeting_edits(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    w._confirmed_without_attendance = True
    w.go_to_item(meetings.get_meeting(ctx, mid).agenda[1].id)
    add_contribution(qtbot, w, cell.orgs["PZ"], "online", "Ongedaan te maken")
    record_decision(qtbot, w, DecisionType.CLOSE, "Afsluiten")
    assert cases.case_status(ctx, cell.cases["due"])[0] is CaseStatus.CLOSED
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decisions.decisions_for(ctx, cell.cases["due"], mid) == []
    assert cases.case_status(ctx, cell.cases["due"]) == (CaseStatus.REGISTERED, date(2026, 11, 20))
    w.undo.undo()
    assert assessment.assessment_grid(ctx, cell.cases["due"], mid).organisations == ()
    w.undo.redo()
    w.undo.redo()
    assert cases.case_status(ctx, cell.cases["due"])[0] is CaseStatus.CLOSED
    assert len(assessment.assessment_grid(ctx, cell.cases["due"], mid).organisations) == 1


def test_text_is_committed_within_a_second_without_saving(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    w._confirmed_without_attendance = True
    w.go_to_item(meetings.get_meeting(ctx, mid).agenda[1].id)
    w.case_page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(w.case_page.assessment_form.summary, "Getypt, niet bewaard met een knop")
    qtbot.waitUntil(
        lambda: assessment.assessment_grid(ctx, cell.cases["due"], mid).summary == "Getypt, niet bewaard met een knop",
        timeout=1000,
    )


def test_agenda_keyboard_reorder_and_help_overlay(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    first, second = [e.id for e in meetings.get_meeting(ctx, mid).agenda][:2]
    w.agenda.setCurrentIndex(w.agenda_model.index(1, 0))
    qtbot.keyClick(w, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [e.id for e in meetings.get_meeting(ctx, mid).agenda][:2] == [second, first]
    kinds = [e.kind for e in meetings.get_meeting(ctx, mid).agenda]
    assert kinds[1] is AgendaItemKind.ACTION_REVIEW
    # drag and drop goes through the same path
    mime = w.agenda_model.mimeData([w.agenda_model.index(0, 0)])
    w.agenda_model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, w.agenda_model.index(-1, 0))
    assert [e.id for e in meetings.get_meeting(ctx, mid).agenda][:2] == [first, second]
    shown: list[bool] = []

    def close_help() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, ShortcutHelp)
        table = dlg.findChild(QLabel, "shortcutTable")
        shown.append(table is not None and "Ctrl+PgDown" in table.text())
        dlg.close()

    QTimer.singleShot(0, close_help)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert shown == [True]


def test_timer_runs_and_is_persisted(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    w.next_item()
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert w.timer_button.isChecked()
    for _ in range(3):
        w._on_tick()
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get_meeting(ctx, mid).agenda[0].elapsed_seconds == 3
    assert "00:03" in w.item_clock.text()


def test_main_window_resumes_the_running_meeting(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    from livcr_desktop.views.main_window import MainWindow

    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    all_present(qtbot, w)
    w.next_item()
    w.next_item()
    w.close()  # as if the laptop died: nothing else is done
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    resumed = main.resume_meeting_in_progress()
    assert resumed is not None
    qtbot.addWidget(resumed)
    assert resumed.meeting_id == mid and resumed.case_page.case_id == cell.cases["due"]
    assert main.meeting_model.rowCount() == 1


def test_long_text_shows_a_counter_and_is_committed_whole(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    from PySide6.QtCore import QLocale

    from livcr_desktop.services import attendance as attendance_service
    from livcr_desktop.views.widgets.long_text import LONG_TEXT, LongTextCounter

    mid = make_meeting(ctx, cell)
    attendance_service.acknowledge_all_present(ctx, mid)
    w = open_window(qtbot, ctx, mid)
    for _ in range(2):
        qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    page = w.case_page
    assert page.case_id == cell.cases["due"]
    form = page.contribution_form
    fields = (
        form.text,
        page.domain_form.risk,
        page.domain_form.protective,
        page.assessment_form.summary,
        page.decision_form.reasons,
        page.decision_form.expectations,
        page.action_form.description,
    )
    counters = [w.findChild(LongTextCounter, f"{f.objectName()}Counter") for f in fields]
    assert all(c is not None and c.isHidden() for c in counters), [f.objectName() for f in fields]

    text = " ".join(["Lange inbreng over de thuissituatie"] * 70)  # 2,519 characters
    assert len(text) > LONG_TEXT
    qtbot.keyClick(w, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.organisation, "P")  # PREV (first "P")
    form.text.setFocus()
    qtbot.keyClicks(form.text, text[:20])
    counter = counters[0]
    assert counter is not None and counter.isHidden()  # short: nothing to say
    form.text.insert(text[20:-10])  # the bulk, as a paste would
    qtbot.keyClicks(form.text, text[-10:])
    assert counter.isVisible()
    assert counter.text() == f"{QLocale().toString(len(text))} tekens — lang voor het verslag"
    assert "2.519 tekens" in counter.text()  # Belgian Dutch thousands separator
    qtbot.keyClick(form.text, Qt.Key.Key_Return)
    grid = assessment.assessment_grid(ctx, cell.cases["due"], mid)
    stored = [c.text for row in grid.rows for cs in row.contributions.values() for c in cs]
    assert stored == [text]  # whole, nothing cut
    assert counter.isHidden()  # the field is empty again

    summary = page.assessment_form.summary
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    summary.setFocus()
    summary.insertPlainText(text)
    qtbot.keyClicks(summary, " Einde.")
    assert counters[3] is not None and counters[3].isVisible() and "lang voor het verslag" in counters[3].text()
    qtbot.waitUntil(lambda: assessment.assessment_grid(ctx, cell.cases["due"], mid).summary == text + " Einde.")
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
