"""The projector's audience window, driven from the chair's live meeting window.

In-process tests run on the offscreen platform's single screen (the projector falls back to a
window). The two-screen test runs tests/helpers/projector_demo.py in a subprocess with
``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/screens.json``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from time import perf_counter

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import DecisionType, Phenomenon, Qualification
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, cases, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.projection import build_projection
from livcr_desktop.storage import models
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.meeting.shortcut_help import SHORTCUTS
from livcr_desktop.views.projector.audience_models import AudienceActionModel, AudienceAgendaModel, AudienceGridModel
from livcr_desktop.views.projector.audience_window import AudienceWindow
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

ROOT = Path(__file__).resolve().parents[2]
# Identity fields of the cases with an identity, and the text of every restricted contribution.
FORBIDDEN = [
    re.compile(p)
    for p in (r"\bJan\b", "Geheimnaam", "Fatima", "Verborgenheim", "2009", "17/05", "05/17", "GEHEIM-CANARY")
]
ROLES = range(int(Qt.ItemDataRole.UserRole) + 8)


# -- what the room can read -----------------------------------------------------------------------


def _text_of(value: object) -> str | None:
    """Text a role can put on the wall. Brushes, fonts and sizes carry none (and their repr holds a
    memory address, which could match a forbidden pattern such as a birth year by chance)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def model_texts(model: QAbstractItemModel) -> list[str]:
    out: list[str] = []
    rows, cols = model.rowCount(), model.columnCount()
    for orientation, count in ((Qt.Orientation.Horizontal, cols), (Qt.Orientation.Vertical, rows)):
        for section in range(count):
            for role in ROLES:
                text = _text_of(model.headerData(section, orientation, role))
                if text is not None:
                    out.append(text)
    for r in range(rows):
        for c in range(cols):
            index = model.index(r, c)
            for role in ROLES:
                text = _text_of(model.data(index, role))
                if text is not None:
                    out.append(text)
    return out


def audience_texts(window: QWidget) -> list[str]:
    """Every text of every widget of the audience window: labels, items, tooltips, titles, names."""
    out: list[str] = []
    for obj in [window, *window.findChildren(QObject)]:
        out.append(obj.objectName())
        if isinstance(obj, QWidget):
            out += [
                obj.windowTitle(),
                obj.toolTip(),
                obj.statusTip(),
                obj.whatsThis(),
                obj.accessibleName(),
                obj.accessibleDescription(),
            ]
        if isinstance(obj, QLabel | QAbstractButton):
            out.append(obj.text())
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            out += model_texts(obj.model())
    return [t for t in out if t]


def leaks(window: QWidget) -> list[str]:
    return [t for t in audience_texts(window) if any(p.search(t) for p in FORBIDDEN)]


def joined(window: QWidget) -> str:
    return "\n".join(audience_texts(window))


# -- a meeting with identities and restricted contributions ----------------------------------------


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    cell.cases["born"] = cases.create_case(
        ctx,
        CaseDraft(
            code="LIVC-2026-004",
            pseudonym="Lijster",
            first_name="Fatima",
            last_name="Verborgenheim",
            birth_date=date(2009, 5, 17),
            registration_date=date(2026, 5, 1),
            phenomenon=Phenomenon.EXTREMISM,
        ),
    )
    return cell


def contribute(
    ctx: ServiceContext, case_id: int, meeting_id: int, org: int, domain: str | None, text: str, **flags: bool
) -> None:
    assessment.add_contribution(ctx, ContributionDraft(case_id, meeting_id, org, domain, text, **flags))


@pytest.fixture
def meeting(ctx: ServiceContext, cell: Cell) -> int:
    mid = make_meeting(ctx, cell)  # action review, "due" (Jan Geheimnaam), "pseudo" (new referral)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["born"])
    meetings.add_agenda_item(ctx, mid, title="Varia")
    o = cell.orgs
    n = 0
    for case in ("due", "pseudo", "born"):
        cid = cell.cases[case]
        for flags in (
            {"no_projection": True},
            {"professional_secrecy": True},
            {"no_projection": True, "professional_secrecy": True},
        ):
            n += 1
            contribute(ctx, cid, mid, o["PZ"], "online", f"GEHEIM-CANARY-{n} over Jan Geheimnaam", **flags)
        contribute(ctx, cid, mid, o["OCMW"], "family", f"Zichtbaar-{case}", confirmed=True)
        contribute(ctx, cid, mid, o["CLB"], None, "", declines_to_share=True)
        assessment.set_assessment(ctx, cid, mid, summary="GEHEIM-CANARY-samenvatting", qualification=Qualification.Q1)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            cell.cases["due"],
            mid,
            DecisionType.START_FOLLOW_UP,
            "Besluit-zichtbaar",
            next_review_date=date(2027, 1, 20),
        ),
    )
    decisions.add_action(
        ctx, ActionDraft(cell.cases["due"], mid, "Actie-zichtbaar", o["OCMW"], cell.members["ocmw"], date(2026, 12, 20))
    )
    return mid


def open_live(qtbot: QtBot, ctx: ServiceContext, meeting_id: int, projector_on: bool = True) -> LiveMeetingWindow:
    w = LiveMeetingWindow(ctx, meeting_id)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.attendance_page.acknowledge_all_present()
    if projector_on:
        press(qtbot, w, Qt.Key.Key_F5)
        assert w.projector.enabled
        qtbot.waitUntil(w.projector.audience.isVisible)
    return w


def shown_item(w: LiveMeetingWindow) -> int | None:
    view = w.projector.audience.shown_view()
    return view.current_item_id if view is not None else None


def go(qtbot: QtBot, w: LiveMeetingWindow, item_id: int) -> None:
    w.go_to_item(item_id)
    qtbot.waitUntil(lambda: shown_item(w) == item_id, timeout=1000)


def answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next message box as soon as it is open (polled: it may open a few events later)."""
    timer = QTimer()
    timer.setInterval(5)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            seen.append(box.text())
            box.button(button).click()

    timer.timeout.connect(answer)
    timer.start()
    _timers.append(timer)


_timers: list[QTimer] = []


def press(
    qtbot: QtBot, w: LiveMeetingWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A window shortcut, as the chair types it: their window has the keyboard."""
    qtbot.waitUntil(w.isActiveWindow, timeout=1000)
    qtbot.keyClick(w, key, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def reveal_events(ctx: ServiceContext) -> list[models.AuditEvent]:
    with ctx.vault.session() as s:
        rows = s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "reveal_identity")).all()
        s.expunge_all()
        return list(rows)


# -- the tests ------------------------------------------------------------------------------------


def test_walking_the_agenda_never_shows_identity_or_restricted_text(
    qtbot: QtBot,
    ctx: ServiceContext,
    cell: Cell,
    meeting: int,
) -> None:
    w = open_live(qtbot, ctx, meeting)
    a = w.projector.audience
    assert w.isActiveWindow() and not a.isActiveWindow()  # the chair keeps the keyboard
    assert leaks(a) == []
    agenda = meetings.get_meeting(ctx, meeting).agenda
    for entry in agenda:
        go(qtbot, w, entry.id)
        assert leaks(a) == [], entry
        text = joined(a)
        if entry.case_id is not None:
            assert entry.case_code in text
            assert "3 bijdragen niet geprojecteerd" in text
            assert f"Zichtbaar-{next(k for k, v in cell.cases.items() if v == entry.case_id)}" in text
            assert "Geen informatie / wenst niet te delen: CLB" in text
        for state in ("blank", "frozen"):  # neither state lets anything through either
            getattr(w.projector, f"set_{state}")(True)
            assert leaks(a) == []
            getattr(w.projector, f"set_{state}")(False)
    assert "Besluit-zichtbaar" not in joined(a)  # it belongs to the first case only
    go(qtbot, w, agenda[1].id)
    assert "Besluit-zichtbaar" in joined(a) and "Actie-zichtbaar" in joined(a)
    assert reveal_events(ctx) == []


def test_reveal_asks_is_audited_and_reverts_on_the_next_item(
    qtbot: QtBot,
    ctx: ServiceContext,
    cell: Cell,
    meeting: int,
) -> None:
    w = open_live(qtbot, ctx, meeting)
    a = w.projector.audience
    agenda = meetings.get_meeting(ctx, meeting).agenda
    go(qtbot, w, agenda[2].id)  # the pseudonymous case: nothing to reveal
    assert not w.projector.actions.reveal.isEnabled()
    go(qtbot, w, agenda[1].id)  # Jan Geheimnaam
    assert w.projector.actions.reveal.isEnabled()
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    press(qtbot, w, Qt.Key.Key_I, CTRL_SHIFT)
    assert seen and "auditlog" in seen[0]
    assert leaks(a) == [] and reveal_events(ctx) == [] and not w.projector.revealed

    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    press(qtbot, w, Qt.Key.Key_I, CTRL_SHIFT)
    assert w.projector.revealed and w.projector.actions.reveal.isChecked()
    assert "Jan Geheimnaam" in joined(a)
    assert "GEHEIM-CANARY" not in joined(a)  # a reveal is about the identity, nothing else
    events = reveal_events(ctx)
    assert [(e.entity, e.entity_id, e.user) for e in events] == [("case", cell.cases["due"], "voorzitter")]
    assert "IDENTITEIT ZICHTBAAR" in w.projector.panel.status.text()

    go(qtbot, w, agenda[3].id)  # the next item: the reveal is over
    assert leaks(a) == [] and not w.projector.revealed
    go(qtbot, w, agenda[1].id)  # and coming back does not bring it back
    assert leaks(a) == []

    # Revealed, then frozen, then the chair moves on: the frozen wall still loses the name at once.
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    w.projector.toggle_reveal()
    assert "Jan Geheimnaam" in joined(a)
    press(qtbot, w, Qt.Key.Key_F, CTRL_SHIFT)
    assert a.frozen
    w.next_item()
    assert leaks(a) == [] and shown_item(w) == agenda[1].id  # still frozen on the case, without the name
    assert len(reveal_events(ctx)) == 2

    # The chair's window hides (session lock, minimised): the reveal ends too.
    press(qtbot, w, Qt.Key.Key_F, CTRL_SHIFT)
    go(qtbot, w, agenda[1].id)
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    w.projector.toggle_reveal()
    assert "Jan Geheimnaam" in joined(a)
    w.hide()
    assert leaks(a) == [] and not w.projector.revealed


def test_blank_freeze_and_follow(qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    w = open_live(qtbot, ctx, meeting)
    a, p = w.projector.audience, w.projector
    agenda = meetings.get_meeting(ctx, meeting).agenda
    go(qtbot, w, agenda[1].id)

    # Blank: B, a plain black wall (and so is the preview), B again brings it back.
    w.agenda.setFocus()
    press(qtbot, w, Qt.Key.Key_B)
    assert a.blank and a.stack.currentWidget() is a.blank_page and p.actions.blank.isChecked()
    image = a.grab().toImage()
    assert {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    } == {"#000000"}

    def preview_centre() -> str:
        preview = p.preview.pixmap().toImage()
        return str(preview.pixelColor(preview.width() // 2, preview.height() // 2).name())

    qtbot.waitUntil(lambda: preview_centre() == "#000000", timeout=500)
    assert "ZWART" in p.panel.status.text()
    press(qtbot, w, Qt.Key.Key_B)
    assert not a.blank and a.stack.currentWidget() is a.content
    # ... but B typed into a text field is a letter, not a blank wall.
    page = w.case_page
    page.focus_new_contribution()
    page.contribution_form.text.setFocus()
    qtbot.keyClick(page.contribution_form.text, Qt.Key.Key_B)
    assert page.contribution_form.text.text() == "b" and not a.blank
    page.contribution_form.text.clear()
    page.tabs.setCurrentIndex(2)
    page.decision_form.reasons.setFocus()
    page.decision_form.reasons.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(page.decision_form.reasons, Qt.Key.Key_B)
    assert page.decision_form.reasons.toPlainText() == "Besluit-zichtbaarb" and not a.blank
    page.decision_form.reasons.textCursor().deletePreviousChar()
    # The button does blank the wall, wherever the keyboard focus is.
    qtbot.mouseClick(p.panel.buttons["projectorBlankAction"], Qt.MouseButton.LeftButton)
    assert a.blank and page.decision_form.reasons.hasFocus()
    qtbot.mouseClick(p.panel.buttons["projectorBlankAction"], Qt.MouseButton.LeftButton)
    assert not a.blank

    # Freeze: edits do not reach the wall until it is released, then the latest state shows.
    press(qtbot, w, Qt.Key.Key_F, CTRL_SHIFT)
    assert a.frozen and "BEVROREN" in p.panel.status.text()
    contribute(ctx, cell.cases["due"], meeting, cell.orgs["JH"], "justice_police", "Na-de-bevriezing")
    w.changed.emit()
    qtbot.wait(150)
    assert "Na-de-bevriezing" not in joined(a)
    w.next_item()
    qtbot.wait(150)
    assert shown_item(w) == agenda[1].id
    press(qtbot, w, Qt.Key.Key_F, CTRL_SHIFT)
    assert not a.frozen and shown_item(w) == agenda[2].id
    go(qtbot, w, agenda[1].id)
    assert "Na-de-bevriezing" in joined(a)

    # Follow off: the wall stays on this item while the chair moves on; on again: it catches up.
    press(qtbot, w, Qt.Key.Key_V, CTRL_SHIFT)
    assert not p.following and "blijft op punt 2" in p.panel.status.text()
    w.next_item()
    w.next_item()
    qtbot.wait(150)
    assert shown_item(w) == agenda[1].id and w.meeting.current_item_id == agenda[3].id
    press(qtbot, w, Qt.Key.Key_V, CTRL_SHIFT)
    assert p.following and shown_item(w) == agenda[3].id

    # Off: the window goes away; closing it from the window system switches the projector off too.
    press(qtbot, w, Qt.Key.Key_F5)
    assert not a.isVisible() and not p.actions.enable.isChecked()
    press(qtbot, w, Qt.Key.Key_F5)
    assert a.isVisible()
    a.close()
    assert not p.enabled and not p.actions.enable.isChecked()


def test_typed_decisions_and_actions_reach_the_wall_as_typed(
    qtbot: QtBot,
    ctx: ServiceContext,
    cell: Cell,
    meeting: int,
) -> None:
    w = open_live(qtbot, ctx, meeting)
    a = w.projector.audience
    agenda = meetings.get_meeting(ctx, meeting).agenda
    go(qtbot, w, agenda[2].id)  # no decision yet: the draft shows as it is typed
    page = w.case_page
    press(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    page.decision_form.reasons.setFocus()
    latencies: list[float] = []

    def on_wall(line: str) -> bool:
        return line in a.decisions.text().splitlines()

    for word in ("Signalen", "Signalen bespreken", "Signalen bespreken met school"):
        page.decision_form.reasons.setPlainText(word)  # as the text stands after a keystroke
        start = perf_counter()
        qtbot.waitUntil(lambda: on_wall(f"Motivering: {word}"), timeout=1000)  # noqa: B023 (waited for here)
        latencies.append(perf_counter() - start)
    assert "in opmaak" in a.decisions.text()
    page.decision_form.reasons.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.decision_form.reasons, "!")  # a real keystroke
    start = perf_counter()
    qtbot.waitUntil(lambda: "met school!" in a.decisions.text(), timeout=1000)
    latencies.append(perf_counter() - start)
    page.focus_new_action()
    from livcr_desktop.views.widgets.dates import to_qdate

    page.action_form.owner.setCurrentIndex(page.action_form.owner.findData(cell.orgs["CLB"]))
    page.action_form.deadline.setDate(to_qdate(date(2026, 12, 31)))
    page.action_form.description.setText("Gesprek met de leerkracht")
    qtbot.keyClick(page.action_form.description, Qt.Key.Key_Return)
    start = perf_counter()
    qtbot.waitUntil(lambda: "Gesprek met de leerkracht" in joined(a), timeout=1000)
    latencies.append(perf_counter() - start)
    # The 200 ms target is measured in bench/ (speed targets are not asserted in tests, where the
    # machine's load decides); here the wall must follow each edit without a save or a refresh.
    print(
        "edit -> wall latencies (ms):",
        [round(x * 1000) for x in latencies],
        "last build (ms):",
        round(w.projector.last_build_ms, 1),
    )
    assert leaks(a) == []


def test_typography_scales_with_the_wall_and_the_zoom(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting: int
) -> None:
    w = open_live(qtbot, ctx, meeting)
    a = w.projector.audience
    a.resize(1920, 1080)
    assert a.body_px() == 28
    a.resize(1024, 768)
    assert a.body_px() == 20
    press(qtbot, w, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert a.zoom == pytest.approx(1.1) and a.body_px() == 22
    press(qtbot, w, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, w, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert a.zoom == pytest.approx(0.9) and a.body_px() == 18
    press(qtbot, w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert a.zoom == 1.0 and "tekst 100%" in w.projector.panel.status.text()


def test_projector_off_still_previews_and_single_screen_is_windowed(
    qtbot: QtBot,
    ctx: ServiceContext,
    cell: Cell,
    meeting: int,
) -> None:
    w = open_live(qtbot, ctx, meeting, projector_on=False)
    p = w.projector
    assert not p.audience.isVisible() and "uit" in p.panel.status.text()
    qtbot.waitUntil(lambda: not p.preview.pixmap().isNull())  # the chair can check before switching on
    p.set_enabled(True)
    screens = QGuiApplication.screens()
    assert p.audience.isVisible() and p.panel.screens.count() == 1 + len(screens)  # "automatic" and each screen
    if len(screens) == 1:  # offscreen in-process: a window on the chair's screen, not full screen
        assert not p.audience.isFullScreen() and p.audience.screen() is w.screen()
    else:  # e.g. under Xvfb with two X screens
        assert p.audience.isFullScreen() and p.audience.screen() is not w.screen()
    qtbot.waitUntil(w.isActiveWindow, timeout=1000)


def test_preview_is_a_grab_of_the_audience_window(qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    w = open_live(qtbot, ctx, meeting)
    p = w.projector
    go(qtbot, w, meetings.get_meeting(ctx, meeting).agenda[1].id)
    qtbot.wait(50)
    expected: QImage = (
        p.audience.grab().scaledToWidth(p.preview.WIDTH, Qt.TransformationMode.SmoothTransformation).toImage()
    )
    assert p.preview.pixmap().toImage().convertToFormat(expected.format()) == expected


def test_help_and_menu_list_the_projector_shortcuts(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting: int
) -> None:
    keys = {k for k, _ in SHORTCUTS}
    assert {
        "B / Ctrl+Shift+B",
        "Ctrl+Shift+PgDown / Ctrl+Shift+PgUp",
        "Ctrl+Shift+F",
        "Ctrl+Shift+V",
        "Ctrl+Shift+I",
        "F5 / Ctrl+Shift+P",
    } <= keys
    w = open_live(qtbot, ctx, meeting, projector_on=False)
    titles = [m.text() for m in w.menuBar().actions()]
    plain = [t.replace("&", "") for t in titles]
    assert plain.index("Projector") == len(titles) - 2  # just before Help
    assert w.projector_dock.widget() is w.projector.panel


def test_audience_models_pass_qtmodeltester(
    qtmodeltester: ModelTester,
    ctx: ServiceContext,
    cell: Cell,
    meeting: int,
) -> None:
    review = meetings.get_meeting(ctx, meeting).agenda[0].id
    due = next(e.id for e in meetings.get_meeting(ctx, meeting).agenda if e.case_id == cell.cases["due"])
    for item in (review, due):
        view = build_projection(ctx, meeting, item)
        agenda = AudienceAgendaModel()
        agenda.set_items(view.agenda)
        qtmodeltester.check(agenda, force_py=True)
        grid = AudienceGridModel()
        grid.set_view(view)
        qtmodeltester.check(grid, force_py=True)
        actions = AudienceActionModel()
        actions.set_view(view)
        qtmodeltester.check(actions, force_py=True)


def _changes(model: QAbstractItemModel) -> list[str]:
    """What a model tells its views, in order: resets, layout changes and the rows repainted."""
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    model.dataChanged.connect(lambda top, bottom, *_: seen.append(f"rows {top.row()}-{bottom.row()}"))
    return seen


def test_a_new_view_repaints_the_changed_rows_in_place(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting: int
) -> None:
    agenda = meetings.get_meeting(ctx, meeting).agenda
    due = next(e.id for e in agenda if e.case_id == cell.cases["due"])
    view = build_projection(ctx, meeting, due)
    assert view.grid_rows and view.actions
    agenda_model, grid, actions = AudienceAgendaModel(), AudienceGridModel(), AudienceActionModel()
    agenda_model.set_items(view.agenda)
    grid.set_view(view)
    actions.set_view(view)
    seen = [_changes(m) for m in (agenda_model, grid, actions)]

    # The chair raises a concern level and retypes an action; the pinned wall moves its highlight.
    after = replace(
        view,
        agenda=tuple(replace(i, is_current=i.item_id == agenda[2].id) for i in view.agenda),
        grid_rows=(replace(view.grid_rows[0], concern_level=3), *view.grid_rows[1:]),
        actions=(replace(view.actions[0], description="Actie-herschreven"), *view.actions[1:]),
    )
    agenda_model.set_items(after.agenda)
    grid.set_view(after)
    actions.set_view(after)
    current = [i for i, item in enumerate(view.agenda) if item.item_id in (due, agenda[2].id)]
    assert seen == [[f"rows {r}-{r}" for r in current], ["rows 0-0"], ["rows 0-0"]]
    assert grid.data(grid.index(0, 1)).endswith("→ 3")
    assert actions.data(actions.index(0, 0)) == "Actie-herschreven"

    # Other columns (no view at all, here) are the one change that resets a model.
    grid.set_view(None)
    actions.set_view(None)
    assert seen[1][-1] == seen[2][-1] == "reset"
    assert (grid.rowCount(), grid.columnCount(), actions.rowCount(), actions.columnCount()) == (0, 0, 0, 0)


def test_audience_window_alone_renders_a_view(qtbot: QtBot, ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    a = AudienceWindow()
    qtbot.addWidget(a)
    due = next(e.id for e in meetings.get_meeting(ctx, meeting).agenda if e.case_id == cell.cases["due"])
    a.show_view(build_projection(ctx, meeting, due))
    assert a.heading.text() == "Casus LIVC-2026-001 (Merel)" and a.windowTitle() == "Projectie — LIVC-R Desktop"
    assert leaks(a) == []


def test_two_screens_the_audience_lands_on_the_projector(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests' / 'helpers' / 'screens.json'}",
        LIVCR_DATA_DIR=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "helpers" / "projector_demo.py"), "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["main", "projector"] and out["chair_screen"] == "main"
    assert out["audience_screen"] == "projector" and out["full_screen"]
    assert out["audience_geometry"] == [1280, 0, 1024, 768] and out["body_px"] == 20
    assert not out["preview_null"]
    # Unplugged: windowed on the main screen, still there; plugged back: full screen on the projector.
    assert out["after_removal_screen"] == "main" and not out["after_removal_full_screen"]
    assert out["after_removal_visible"]
    assert out["after_return_screen"] == "projector" and out["after_return_full_screen"]
    # Chosen by the chair in the combo box: their own screen, so a window rather than full screen.
    assert out["chosen_main_screen"] == "main" and not out["chosen_main_full_screen"]
    assert out["combo"] == [
        "Automatisch (ander scherm dan de voorzitter)",
        "scherm 1 'main', 1280×800",
        "scherm 2 'projector', 1024×768",
    ]
    assert "Aan op scherm 1 'main', 1280×800 (venster)" in out["status"]
