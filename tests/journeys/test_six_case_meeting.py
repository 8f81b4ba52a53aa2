"""The chair runs a whole six-case meeting by keys at 1366 × 768, with the projector on a second screen
(issue 15, "Done when").

From the main window's meeting list to the closed meeting: attendance with one acknowledgement per
member, the review of the open actions, then per case four organisations' contributions (one under
professional secrecy, one "niet projecteren"), a concern level, the qualification, a decision (three
types across the cases) and an action with owner and deadline. Only key events, each sent to the widget
that has the keyboard; after every step the test says which widget that is and that it is on screen.
The navigation keys (not the typed text) are counted per case and printed as a table (``-s``).

An offscreen screen's size is fixed when the process starts, so the journey runs in a child pytest with
two screens (the chair's laptop at 1366 × 768 and a 1024 × 768 projector), as tests/gui/test_window_fit.py
does for its sizes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    DecisionType,
    MeetingStatus,
    MemberKind,
    Phenomenon,
    Qualification,
)
from livcr_desktop.domain.meeting import ActionDraft
from livcr_desktop.services import cases, decisions, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views import tasks
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.widgets import labels
from tests.helpers.keycount import Chooser, Key, Keyboard, Mod, when_modal, window_texts
from tests.helpers.meeting_factory import make_cell, make_meeting, mark_new_referral

ROOT = Path(__file__).resolve().parents[2]
CHILD = "LIVCR_SIX_CASE_CHILD"
SCREENS = [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "dpr": 1},
]
GOAL = 40  # navigation keys per case, on average (issue 15)
CTRL, ALT, SHIFT = Mod.ControlModifier, Mod.AltModifier, Mod.ShiftModifier
CTRL_SHIFT = CTRL | SHIFT
# Noise of the offscreen platform (as in the other journeys): an open list grabs the keyboard.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")


@dataclass(frozen=True)
class Plan:
    """What the cell says and decides about one case (the letters choose in the lists)."""

    decision: DecisionType
    decision_letter: str
    qualification: Qualification
    domain_letters: tuple[str, str, str, str]  # one life domain per organisation's contribution
    owner_letter: str


# Three decision types across the six cases; "o" opvolging opstarten, "a" afsluiten, "b" bijkomende...
PLANS = [
    Plan(DecisionType.START_FOLLOW_UP, "o", Qualification.Q2, ("g", "s", "j", "r"), "o"),
    Plan(DecisionType.GATHER_INFORMATION, "b", Qualification.Q1, ("s", "g", "r", "j"), "j"),
    Plan(DecisionType.CLOSE, "a", Qualification.Q0, ("j", "r", "g", "s"), "o"),
    Plan(DecisionType.START_FOLLOW_UP, "o", Qualification.Q3, ("r", "j", "s", "g"), "j"),
    Plan(DecisionType.GATHER_INFORMATION, "b", Qualification.Q1, ("g", "j", "s", "r"), "o"),
    Plan(DecisionType.CLOSE, "a", Qualification.Q0, ("s", "r", "j", "g"), "j"),
]
# Per case, in this order: OCMW "niet projecteren", JH "beroepsgeheim", PZ and PREV plain.
ORG_LETTERS = ("o", "j", "p", "p")  # "p" after JH wraps to PZ, the next "p" goes on to PREV


def hidden_text(n: int) -> str:
    return f"Kanarie{n}q verborgen voor de zaal"


def secret_text(n: int) -> str:
    return f"Geheim{n}q onder beroepsgeheim"


def plain_text(n: int, org: str) -> str:
    return f"Zichtbaar{n}{org.lower()} voor iedereen"


# -- the cell, its earlier meeting with an open action, and the planned meeting of six cases -------------


def build_meeting(ctx: ServiceContext) -> int:
    cell = make_cell(ctx)
    reference.add_member(ctx, "Justitieassistent Kern", cell.orgs["JH"], "justitieassistent", MemberKind.CORE)
    earlier = make_meeting(ctx, cell, day=date(2026, 10, 28), propose=False)
    meetings.start_meeting(ctx, earlier)
    decisions.add_action(
        ctx,
        ActionDraft(
            cell.cases["due"], earlier, "Huisbezoek door de casemanager", cell.orgs["PREV"], None, date(2026, 11, 24)
        ),
    )
    meetings.close_meeting(ctx, earlier, date(2026, 11, 25))
    for n, day in ((4, 21), (5, 22), (6, 23)):
        cell.cases[f"extra{n}"] = cases.create_case(
            ctx,
            CaseDraft(
                code=f"LIVC-2026-00{n}",
                registration_date=date(2026, 6, n),
                phenomenon=Phenomenon.RADICALISM,
                next_review_date=date(2026, 11, day),
            ),
        )
    mark_new_referral(ctx, cell.cases["pseudo"])
    mark_new_referral(ctx, cell.cases["later"])
    return make_meeting(ctx, cell)


# -- answering a modal question by keys ---------------------------------------------------------------


def wall(w: LiveMeetingWindow) -> str:
    """Everything the audience window shows now, soft hyphens taken out."""
    return "\n".join(window_texts(w.projector.audience)).replace("\u00ad", "")


def never_on_wall(w: LiveMeetingWindow) -> None:
    """No "niet projecteren" contribution's text is on the wall now."""
    shown = wall(w)
    assert not re.search(r"Kanarie\d", shown), shown


@pytest.mark.skipif(CHILD not in os.environ, reason="runs in a child with a 1366 × 768 screen and a projector")
def test_six_cases_by_keys_on_this_screen(qtbot: QtBot, ctx: ServiceContext) -> None:
    mid = build_meeting(ctx)
    kb = Keyboard()
    pick = Chooser(qtbot, kb)
    seen: list[str] = []

    # -- the main window: Meetings tab, the planned meeting, Enter ----------------------------------
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    assert main.screen().name() == "laptop"
    kb.begin("opening")
    kb.key(Key.Key_V, ALT)  # the Vergaderingen tab: the keyboard lands on its first button, not the list
    for name in ("newMeetingButton", "openMeetingButton", "minutesButton", "fillAgendaButton", "meetingTable"):
        kb.at(name)
        if name != "meetingTable":
            kb.key(Key.Key_Tab)
    assert main.meetings_page.meeting_model.entry(0).id == mid  # the newest meeting is on top
    assert main.meeting_table.currentIndex().row() == 0
    kb.key(Key.Key_Return)
    qtbot.waitUntil(lambda: mid in main.live_windows and main.live_windows[mid].isActiveWindow())
    w = main.live_windows[mid]
    qtbot.addWidget(w)
    assert w.screen().name() == "laptop" and w.isMaximized()
    assert w.frameGeometry().width() <= 1366 and w.frameGeometry().height() <= 768

    # -- attendance: Space on each member's row records that member's acknowledgement -----------------
    table = kb.at("attendanceTable")
    rows = w.attendance_page.model.rowCount()
    assert rows == 5
    for row in range(rows):
        if row:
            kb.key(Key.Key_Down)
        kb.key(Key.Key_Space)
        kb.at("attendanceTable")
        assert w.attendance_page.table.currentIndex().row() == row
    got = meetings.get_meeting(ctx, mid).attendance
    assert {(a.status, a.acknowledged_at is not None) for a in got} == {(AttendanceStatus.PRESENT, True)}
    assert table is w.attendance_page.table

    # -- the projector on the second screen (F5); the keyboard stays with the chair ------------------------
    kb.key(Key.Key_F5)
    audience = w.projector.audience
    qtbot.waitUntil(audience.isVisible)
    assert audience.screen().name() == "projector" and audience.isFullScreen()
    kb.at("attendanceTable")
    assert w.isActiveWindow()
    kb.after_key = lambda: never_on_wall(w)  # from now on, after every key

    # -- the review of the open actions: the one action is done --------------------------------------------
    kb.begin("review of open actions")
    kb.key(Key.Key_PageDown, CTRL)
    assert w.pages.currentWidget() is w.review_page
    kb.at("reviewTable")
    kb.key(Key.Key_Space)  # the current row (the first) is not selected yet: Space selects it
    kb.at("reviewTable")
    assert w.review_page.table.selectionModel().selectedRows()
    kb.key(Key.Key_A, ALT)  # "Afgerond"
    qtbot.waitUntil(lambda: reviewed_status(ctx) is ActionStatus.DONE)
    kb.at("reviewTable")  # the keyboard stays on the list

    # -- six cases ---------------------------------------------------------------------------------------
    case_steps: list[str] = []
    for n, plan in enumerate(PLANS, 1):
        step = f"case {n}"
        case_steps.append(step)
        kb.begin(step)
        run_case(qtbot, kb, pick, w, n, plan)

    # -- closing: no question (everything treated and decided), the date of the next meeting -------------
    kb.begin("closing")
    kb.after_key = None  # the wall closes with the meeting window
    when_modal(kb, next_date("16/12/2026", kb, seen), seen)
    kb.key(Key.Key_E, CTRL_SHIFT)
    assert seen == ["QInputDialog"], seen
    qtbot.waitUntil(lambda: not w.isVisible())
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.CLOSED
    # The main window has the keyboard again, on the meetings list (offscreen has no window manager
    # to do it: the app hands it back itself).
    assert main.isVisible()  # and its list says "afgesloten" at once
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.meeting_table)
    assert main.meeting_table.model().index(0, 3).data() == labels.meeting_status(MeetingStatus.CLOSED)

    # -- what the person gets ----------------------------------------------------------------------------
    check_vault(ctx, mid)
    print()
    print(kb.table(case_steps))
    average = kb.average(case_steps)
    print(f"KEYS {json.dumps({s: kb.counts[s] for s in kb.order})} AVERAGE {average:.1f}")
    # The goal is under GOAL (40) per case; the measured number is the bound, so a regression shows.
    assert average < GOAL, kb.table(case_steps)
    assert average <= MEASURED_AVERAGE, kb.table(case_steps)
    assert all(kb.counts[c] <= MEASURED_MOST for c in case_steps), kb.table(case_steps)


def reviewed_status(ctx: ServiceContext) -> ActionStatus:
    with ctx.vault.session() as s:
        return s.scalars(select(models.Action.status).where(models.Action.description.like("Huisbezoek%"))).one()


def next_date(text: str, kb: Keyboard, seen: list[str]) -> Callable[[QWidget], None]:
    """Types the next meeting's date; a question before it (something left open) is noted and answered
    with Escape ("verder vergaderen"), so the test fails on it rather than waiting."""

    def react(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            seen.append(f"{dialog.text()} {dialog.informativeText()}")
            kb.key(Key.Key_Escape)
            return
        assert isinstance(dialog, QInputDialog), dialog
        kb.at(QLineEdit)
        kb.write(text)
        kb.key(Key.Key_Return)

    return react


# Measured on 2026-12-03: 38.7 navigation keys per case on average, 40 at most (goal: under GOAL), down from
# 46.5 and 50: the keyboard lands on the organisation after each contribution and on a new case, Ctrl+D on a
# missing qualification, a follow-up ticks its review date, Enter adds the action, a digit picks the level.
MEASURED_AVERAGE, MEASURED_MOST = 38.7, 40


def run_case(qtbot: QtBot, kb: Keyboard, pick: Chooser, w: LiveMeetingWindow, n: int, plan: Plan) -> None:
    page = w.case_page
    kb.begin_part("next item")
    kb.key(Key.Key_PageDown, CTRL)  # the next agenda item
    assert w.pages.currentWidget() is page and page.case_id is not None
    # The case is current: the keyboard is on the contribution's organisation, for the first speaker.
    kb.at("contributionOrganisation")
    form = page.contribution_form
    assert form.text.text() == ""
    if n == 1:  # from the review: no cell of the grid chosen yet, so no domain to rate
        assert not page.domain_form.level.isEnabled()
    kb.begin_part("contributions")
    # Four organisations: OCMW "niet projecteren", JH "beroepsgeheim", PZ and PREV plain.
    for i, (org, domain) in enumerate(zip(ORG_LETTERS, plan.domain_letters, strict=True)):
        kb.at("contributionOrganisation")  # after Enter too: the next speaker is another organisation
        chosen = pick.choose(org)
        kb.key(Key.Key_Tab)
        kb.at("contributionDomain")
        pick.choose(domain)
        kb.key(Key.Key_Tab)
        kb.at("contributionText")
        short = chosen.split(" ")[0]
        if i == 0:
            kb.write(hidden_text(n))
            kb.key(Key.Key_N, CTRL_SHIFT)
            assert form.no_projection.isChecked() and not form.secrecy.isChecked()
        elif i == 1:
            kb.write(secret_text(n))
            kb.key(Key.Key_G, CTRL_SHIFT)
            assert form.secrecy.isChecked() and not form.no_projection.isChecked()
        else:
            kb.write(plain_text(n, short))
        kb.at("contributionText")
        kb.key(Key.Key_Return)
        kb.at("contributionOrganisation")
        assert form.text.text() == "" and form.organisation.isVisible()
        # The grid's current cell follows: the organisation's column, the domain's row.
        cell = page.grid.currentIndex()
        assert page.grid_model.organisation_of_column(cell.column()) == form.organisation.currentData()
        assert page.grid_model.domain_of_row(cell.row()) == form.domain.currentData()
    assert page.domain_form.level.isEnabled()
    # The wall shows the plain contributions, never the "niet projecteren" one.
    last = plain_text(n, "PREV")
    qtbot.waitUntil(lambda: last in wall(w))
    assert hidden_text(n) not in wall(w) and "niet geprojecteerd" in wall(w)

    kb.begin_part("concern level")
    # A concern level: the Domein tab (Alt+M) rates the grid's current row, the last contribution's domain.
    kb.key(Key.Key_M, ALT)
    kb.at("concernLevel")
    pick.choose("2")  # the levels start with their digit: "2 matig"
    assert page.domain_form.level.currentData() == 2

    # The qualification and the decision (Ctrl+D: on the qualification, the case has none yet), recorded
    # with Alt+L.
    kb.begin_part("qualification")
    kb.key(Key.Key_D, CTRL)
    kb.at("qualification")
    pick.choose(plan.qualification.value.lower())  # "q2": Q2
    kb.key(Key.Key_Tab)
    kb.at("decisionType")
    kb.begin_part("decision")
    pick.choose(plan.decision_letter)
    kb.key(Key.Key_Tab)
    kb.at("decisionReasons")
    kb.write(f"Besproken in zitting, casus {n}")
    if plan.decision is DecisionType.START_FOLLOW_UP:
        # A follow-up needs its next review: "gepland" is ticked by the type, Tab goes on to the date.
        assert page.decision_form.review.check.isChecked()
        kb.key(Key.Key_Tab)
        kb.at("decisionExpectations")
        kb.key(Key.Key_Tab)
        kb.at("decisionReviewDate")
        kb.write("13/01/2027")  # as written on paper (the "/" after a full day no longer skips the month)
    kb.key(Key.Key_L, ALT)
    qtbot.waitUntil(lambda: page.decision_form.decision_id is not None)
    # The keyboard stays in the field it was in (the record button is gone once the decision is recorded).
    kb.at("decisionReviewDate" if plan.decision is DecisionType.START_FOLLOW_UP else "decisionReasons")

    # One action with owner and deadline (Ctrl+Shift+A), added with Enter in the deadline.
    kb.begin_part("action")
    kb.key(Key.Key_A, CTRL_SHIFT)
    kb.at("actionDescription")
    kb.write(f"Gesprek met betrokkene, casus {n}")
    kb.key(Key.Key_Tab)
    kb.at("actionOwner")
    pick.choose(plan.owner_letter)
    kb.key(Key.Key_Tab)
    kb.at("actionResponsible")
    kb.key(Key.Key_Tab)
    kb.at("actionDeadline")
    kb.write("15122026")
    kb.key(Key.Key_Return)
    qtbot.waitUntil(lambda: page.action_form.model.rowCount() == 1)
    kb.at("actionDescription")  # ready for the next action
    assert hidden_text(n) not in wall(w)


def check_vault(ctx: ServiceContext, mid: int) -> None:
    with ctx.vault.session() as s:
        contributions = s.scalars(select(models.Contribution).where(models.Contribution.meeting_id == mid)).all()
        assert len(contributions) == 24
        assert sum(c.no_projection for c in contributions) == 6
        assert sum(c.professional_secrecy for c in contributions) == 6
        recorded = s.scalars(select(models.Decision).where(models.Decision.meeting_id == mid)).all()
        assert sorted(d.decision_type for d in recorded) == sorted(p.decision for p in PLANS)
        follow_ups = [d for d in recorded if d.decision_type is DecisionType.START_FOLLOW_UP]
        assert follow_ups and all(d.next_review_date == date(2027, 1, 13) for d in follow_ups)  # typed 13/01/2027
        actions = s.scalars(select(models.Action).where(models.Action.meeting_id == mid)).all()
        assert len(actions) == 6 and all(a.owner_organisation_id and a.deadline == date(2026, 12, 15) for a in actions)


def test_six_case_meeting_by_keys(tmp_path: Path) -> None:
    """Runs the journey above in a child whose screens are the chair's laptop and the projector."""
    if CHILD in os.environ:
        pytest.skip("the child runs the journey itself")
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": SCREENS}), encoding="utf-8")
    env = {
        **os.environ,
        CHILD: "1",
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "HOME": str(tmp_path),  # the remembered window geometry of this run stays here
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", __file__, "-k", "on_this_screen"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    table = child.stdout[child.stdout.index("step ") : child.stdout.index("KEYS ")]
    print("\n" + table.rstrip())
    assert re.search(r"average per case\s+\d", table)
