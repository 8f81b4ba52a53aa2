"""Nothing typed is lost (issue 15, point 3) and the contribution flags have their own keys (point 2).

Keys only: the chair types half a contribution and half an action, closes the window with Ctrl+W, is
asked what to do with the drafts (Escape goes back, Enter keeps them), reopens the window and finds the
text back; adding the contribution deletes its draft; "weggooien" (Alt+W) forgets the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import DraftKind, OrganisationSector
from livcr_desktop.services import assessment, attendance, drafts, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """The remembered window geometry goes to a folder of this test, not the user's settings."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()
    yield
    QSettings().clear()


def open_window(qtbot: QtBot, ctx: ServiceContext, meeting_id: int) -> LiveMeetingWindow:
    w = LiveMeetingWindow(ctx, meeting_id)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def to_first_case(qtbot: QtBot, w: LiveMeetingWindow) -> None:
    for _ in range(4):
        if w.pages.currentWidget() is w.case_page:
            return
        qtbot.keyClick(w, Qt.Key.Key_PageDown, CTRL)
    assert w.pages.currentWidget() is w.case_page


def answer_with_key(key: Qt.Key, modifier: Qt.KeyboardModifier, seen: list[str]) -> None:
    """Press ``key`` in the next modal question, noting what it said."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():  # an Alt letter needs the active window
            QTimer.singleShot(10, answer)
            return
        seen.append(f"{box.objectName()}: {box.text()} {box.informativeText()}")
        QTest.keyClick(box, key, modifier)

    QTimer.singleShot(0, answer)


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])  # a second case on the agenda
    reference.update_organisation(  # its members are bound by professional secrecy
        ctx, cell.orgs["OCMW"], "OCMW Testdorp", "OCMW", OrganisationSector.SOCIAL_WELFARE, True
    )
    return cell


def test_drafts_survive_closing_and_come_back(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    attendance.acknowledge_all_present(ctx, mid)
    w = open_window(qtbot, ctx, mid)
    to_first_case(qtbot, w)
    case_id = w.case_page.case_id
    assert case_id is not None
    form = w.case_page.contribution_form

    # Half a contribution by OCMW: its secrecy box starts ticked; Ctrl+Shift+N ticks "niet projecteren".
    qtbot.keyClick(w, Qt.Key.Key_B, CTRL)
    assert form.organisation.hasFocus()
    qtbot.keyClicks(form.organisation, "O")
    assert form.organisation.currentData() == cell.orgs["OCMW"]
    assert form.secrecy.isChecked() and "Ctrl+Shift+G" in form.secrecy.text()
    qtbot.keyClick(form.organisation, Qt.Key.Key_Tab)
    qtbot.keyClick(form.domain, Qt.Key.Key_Tab)
    assert form.text.hasFocus() and form.text.isVisible()
    qtbot.keyClicks(form.text, "Schulden bij de huisbaas, half getypt")
    qtbot.keyClick(form.text, Qt.Key.Key_N, CTRL | SHIFT)
    assert form.no_projection.isChecked() and "Ctrl+Shift+N" in form.no_projection.text()
    assert form.text.hasFocus()  # the flag's key leaves the typing where it was

    # Half an action.
    qtbot.keyClick(w, Qt.Key.Key_A, CTRL | SHIFT)
    actions = w.case_page.action_form
    assert actions.description.hasFocus() and actions.description.isVisible()
    qtbot.keyClicks(actions.description, "Huisbezoek door het OCMW")
    qtbot.waitUntil(lambda: len(drafts.meeting_drafts(ctx, mid)) == 2)

    # Ctrl+W asks; Escape goes back to the meeting, focus where it was.
    seen: list[str] = []
    answer_with_key(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, seen)
    qtbot.keyClick(actions.description, Qt.Key.Key_W, CTRL)
    assert len(seen) == 1 and seen[0].startswith("draftsOnCloseBox") and "bijdrage" in seen[0] and "actie" in seen[0]
    assert w.isVisible()
    qtbot.waitUntil(w.isActiveWindow)
    # Enter keeps the drafts and closes.
    answer_with_key(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, seen)
    qtbot.keyClick(actions.description, Qt.Key.Key_W, CTRL)
    assert len(seen) == 2 and not w.isVisible()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)

    # Reopened: the case comes back with what was typed.
    w2 = open_window(qtbot, ctx, mid)
    form2 = w2.case_page.contribution_form
    assert w2.case_page.case_id == case_id and w2.pages.currentWidget() is w2.case_page
    assert form2.text.text() == "Schulden bij de huisbaas, half getypt"
    assert form2.organisation.currentData() == cell.orgs["OCMW"]
    assert form2.secrecy.isChecked() and form2.no_projection.isChecked()
    assert w2.case_page.action_form.description.text() == "Huisbezoek door het OCMW"

    # Adding the contribution deletes its draft; Ctrl+Shift+G unticks, Alt+G ticks again.
    qtbot.keyClick(w2, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(form2.organisation, Qt.Key.Key_Tab)
    qtbot.keyClick(form2.domain, Qt.Key.Key_Tab)
    assert form2.text.hasFocus()
    qtbot.keyClick(form2.text, Qt.Key.Key_G, CTRL | SHIFT)
    assert not form2.secrecy.isChecked()
    qtbot.keyClick(form2.text, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(form2.secrecy.isChecked)  # a mnemonic "clicks" the box after a short animation
    qtbot.keyClick(form2.secrecy, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert form2.text.hasFocus()
    qtbot.keyClick(form2.text, Qt.Key.Key_Return)
    grid = assessment.assessment_grid(ctx, case_id, mid)
    added = [c for row in grid.rows for cs in row.contributions.values() for c in cs]
    assert [(c.text, c.professional_secrecy, c.no_projection) for c in added] == [
        ("Schulden bij de huisbaas, half getypt", True, True)
    ]
    assert form2.text.text() == "" and form2.organisation.hasFocus()  # for the next speaker
    assert [d.kind for d in drafts.meeting_drafts(ctx, mid)] == [DraftKind.ACTION]

    # Alt+W ("weggooien") forgets the action's draft and closes.
    answer_with_key(Qt.Key.Key_W, ALT, seen)
    qtbot.keyClick(form2.text, Qt.Key.Key_W, CTRL)
    assert len(seen) == 3 and not w2.isVisible()
    assert drafts.meeting_drafts(ctx, mid) == []


def test_switching_case_keeps_each_case_its_own_draft(qtbot: QtBot, ctx: ServiceContext, cell: Cell) -> None:
    mid = make_meeting(ctx, cell)
    attendance.acknowledge_all_present(ctx, mid)
    w = open_window(qtbot, ctx, mid)
    to_first_case(qtbot, w)
    first = w.case_page.case_id
    form = w.case_page.contribution_form
    qtbot.keyClick(w, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(form.organisation, Qt.Key.Key_Tab)
    qtbot.keyClick(form.domain, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.text, "Voor de eerste casus")
    qtbot.keyClick(w, Qt.Key.Key_PageDown, CTRL)  # next case: the draft is saved at once, the form is empty
    assert w.case_page.case_id != first
    assert form.text.text() == ""
    assert drafts.load_draft(ctx, mid, first or 0, DraftKind.CONTRIBUTION) is not None
    qtbot.keyClick(w, Qt.Key.Key_PageUp, CTRL)
    assert w.case_page.case_id == first and form.text.text() == "Voor de eerste casus"
    qtbot.keyClick(w, Qt.Key.Key_B, CTRL)
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert form.text.hasFocus()
    qtbot.keyClick(form.text, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(form.text, Qt.Key.Key_Delete)  # emptied: no draft left
    qtbot.waitUntil(lambda: drafts.meeting_drafts(ctx, mid) == [])
    w.close()  # a close by code (the app quitting) does not ask
    assert not w.isVisible()
