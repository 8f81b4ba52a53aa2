"""Journey of issue 16, point 2, by keys through the main window: a meeting with one partner invited for
two of its three cases. The chair invites the partner and ticks their cases, the partner acknowledges
confidentiality on their own row. The partner is in the room for their two items only; while they are,
neither the wall nor the chair's screen shows anything of the third case (checked by walking every text of
the audience window and every text the meeting window shows), and while the third case is treated the
room reads it whole. The minutes, saved from the main window's minutes dialog, say who was present for
which case."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import AttendanceStatus, Phenomenon
from livcr_desktop.domain.meeting import ContributionDraft
from livcr_desktop.services import assessment, cases, invitations, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.meeting.invite_dialog import InviteDialog
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog
from livcr_desktop.views.projector.audience_window import AudienceWindow
from livcr_desktop.views.projector.room_table import RoomTable
from livcr_desktop.views.projector.wall_text import WallLabel
from livcr_desktop.views.widgets import labels
from tests.gui.test_projector_gui import audience_texts
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.helpers.recorded_meeting import pages_text
from tests.journeys.test_minutes_journeys import OFFSCREEN_GRAB, focus_by_tab, save, when_modal

Key, Mod = Qt.Key, Qt.KeyboardModifier
pytestmark = [OFFSCREEN_GRAB]
PARTNER = "Justitieassistent Demo"
HIDDEN = ("LIVC-2026-009", "Spreeuw", "Inbreng-derde")  # the case the partner is not invited for
CODE = re.compile(r"LIVC-\d{4}-\d{3}")


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    cell = make_cell(ctx)
    cell.cases["third"] = cases.create_case(
        ctx,
        CaseDraft(
            code="LIVC-2026-009",
            pseudonym="Spreeuw",
            registration_date=date(2026, 6, 1),
            phenomenon=Phenomenon.RADICALISM,
            next_review_date=date(2026, 11, 1),
        ),
    )
    return cell


def wall_texts(a: AudienceWindow) -> str:
    """Every text of the audience window: labels, items, names, titles, and the laid-out documents."""
    texts = audience_texts(a)
    docs: list[QTextDocument] = [w.document() for w in a.findChildren(WallLabel) if w.text()]
    for t in a.findChildren(RoomTable):
        docs += [
            t.delegate.cell_document(t.model().index(r, c))
            for r in range(t.model().rowCount())
            for c in range(t.model().columnCount())
        ]
    texts += [d.toPlainText().replace("\u00ad", "") for d in docs]
    return "\n".join(texts)


def on_wall(a: AudienceWindow, item_id: int) -> bool:
    view = a.shown_view()
    return view is not None and view.current_item_id == item_id


def answer_yes(asked: list[str]) -> None:
    def act(box: Any) -> None:
        asked.append(box.text())
        target = box.button(QMessageBox.StandardButton.Yes)
        target.setFocus()
        QTest.keyClick(target, Key.Key_Space)

    when_modal(QMessageBox, act, {})


def test_a_partner_invited_for_two_cases(
    qtbot: QtBot, ctx: ServiceContext, cell: Cell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mid = make_meeting(ctx, cell)  # the review, then "third" and "due" (both due for review)
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["pseudo"])
    for key, word in (("due", "eerste"), ("third", "derde"), ("pseudo", "nieuwe")):
        assessment.add_contribution(
            ctx, ContributionDraft(cell.cases[key], mid, cell.orgs["OCMW"], "family", f"Inbreng-{word}")
        )
    agenda = meetings.get_meeting(ctx, mid).agenda
    assert [e.case_code for e in agenda] == ["", "LIVC-2026-009", "LIVC-2026-001", "LIVC-2026-003"]

    # The meeting from the main window: Meetings tab (Ctrl+Tab), its row, Enter.
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    QTest.keyClick(main.search, Key.Key_Tab, Mod.ControlModifier)
    focus_by_tab(qtbot, main.tabs.tabBar(), main.meeting_table)
    QTest.keyClick(main.meeting_table, Key.Key_Home)
    QTest.keyClick(main.meeting_table, Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(isinstance(w, LiveMeetingWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    # the one just opened (an earlier test's closed window may not be deleted yet)
    w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, LiveMeetingWindow) and x.isVisible())
    qtbot.addWidget(w)
    w.activateWindow()  # what the window manager does for a new window (offscreen has none)
    qtbot.waitUntil(w.isActiveWindow, timeout=15_000)
    page = w.attendance_page
    assert QApplication.focusWidget() is page.table

    # "Genodigde toevoegen…": the partner typed in the member list, Tab, the 2nd and 3rd case ticked, Enter.
    seen: dict[str, Any] = {}

    def invite(dialog: Any) -> None:
        try:
            QTest.keyClicks(dialog.member, "Ju")
            seen["member"] = dialog.member.currentText()
            QTest.keyClick(dialog.member, Key.Key_Tab)
            seen["focus"] = dialog.focusWidget()
            for key in (Key.Key_Down, Key.Key_Space, Key.Key_Down, Key.Key_Space, Key.Key_Return):
                QTest.keyClick(dialog.focusWidget(), key)
        finally:
            if dialog.isVisible():
                seen["left open"] = dialog.error.text()
                dialog.reject()

    focus_by_tab(qtbot, page.table, page.invite_button)
    when_modal(InviteDialog, invite, seen)
    QTest.keyClick(page.invite_button, Key.Key_Space)
    assert "left open" not in seen and seen["member"].startswith(PARTNER), seen
    assert isinstance(seen["focus"], QListWidget), seen
    qtbot.waitUntil(w.isActiveWindow)
    partner = next(i for i in invitations.invitations(ctx, mid) if i.name == PARTNER)
    assert partner.case_ids == {cell.cases["due"], cell.cases["pseudo"]}
    row = page.table.currentIndex().row()
    assert page.model.entry(row).member_name == PARTNER and QApplication.focusWidget() is page.table
    assert page.model.index(row, 3).data() == "LIVC-2026-001, LIVC-2026-003"

    # The partner acknowledges on their own row (Space), like everyone else; then everyone else at once.
    QTest.keyClick(page.table, Key.Key_Space)
    partner = next(i for i in invitations.invitations(ctx, mid) if i.name == PARTNER)
    assert partner.acknowledged and partner.status is AttendanceStatus.PRESENT
    asked: list[str] = []
    focus_by_tab(qtbot, page.table, page.ack_all)
    answer_yes(asked)
    QTest.keyClick(page.ack_all, Key.Key_Space)
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.waitUntil(w.isActiveWindow)
    assert "4 leden" in asked[0]

    # The projector on (F5), then every item by Ctrl+PgDown: what the room can read, item by item.
    QTest.keyClick(w, Key.Key_F5)
    a = w.projector.audience
    qtbot.waitUntil(a.isVisible)
    # The opening, before the first item: the partner registered present is in the room.
    qtbot.waitUntil(lambda: "casus — zonder genodigden" in wall_texts(a))
    for screen, shown in (("wall", wall_texts(a)), ("chair", chair_texts(w))):
        assert not [h for h in HIDDEN if h in shown], (screen, shown)
    assert labels.withheld_case() in chair_texts(w)
    theirs = {cell.cases["due"], cell.cases["pseudo"]}
    for entry in agenda:
        qtbot.waitUntil(w.isActiveWindow)
        QTest.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
        qtbot.waitUntil(partial(on_wall, a, entry.id))
        qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
        text, chair = wall_texts(a), chair_texts(w)
        if entry.case_id in theirs:  # the partner is in the room: nothing of another case, on either screen
            for screen, shown in (("wall", text), ("chair", chair)):
                assert not [h for h in HIDDEN if h in shown], (screen, entry.case_code, shown)
            assert set(CODE.findall(chair)) <= {"LIVC-2026-001", "LIVC-2026-003"}, chair  # nor a case off the agenda
            assert "casus — zonder genodigden" in text  # the agenda line of the third case, on the wall
            assert labels.withheld_case() in chair  # and on the chair's agenda
        else:  # the review, the third case: the partner is out, the room reads every case
            assert "zonder genodigden" not in (text + chair).lower(), (entry.case_code, text, chair)
        if entry.case_id == cell.cases["due"]:
            assert "Casus LIVC-2026-001 (Merel)" in text and "Inbreng-eerste" in text
        elif entry.case_id == cell.cases["pseudo"]:
            assert "LIVC-2026-003" in text and "Inbreng-nieuwe" in text
        elif entry.case_id == cell.cases["third"]:
            assert "LIVC-2026-009 (Spreeuw)" in text and "Inbreng-derde" in text
        QTest.keyClick(w, Key.Key_F2)  # the attendance page: who is in the room for this item
        qtbot.waitUntil(page.isVisible)
        room = page.room.text()
        assert (PARTNER in room) == (entry.case_id in theirs), room
        if entry.case_id in theirs:
            assert not [h for h in HIDDEN if h in chair_texts(w)]

    # The minutes, from the main window: the meeting window closed (Ctrl+W), the meeting's row, "Verslag…",
    # "Opslaan als PDF": who was present for which case.
    QTest.keyClick(w, Key.Key_W, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible())
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.meeting_table)  # back on the meeting list
    QTest.keyClick(main.meeting_table, Key.Key_Home)  # the one meeting
    focus_by_tab(qtbot, main.meeting_table, main.minutes_button, backwards=True)
    QTest.keyClick(main.minutes_button, Key.Key_Space)
    dialog = main.findChild(MinutesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    pdf, _name = save(qtbot, dialog, tmp_path / "verslag.pdf", monkeypatch)
    text = re.sub(r"\s+", " ", " ".join(pages_text(pdf)))
    sections = re.split(r"\d\. Casus ", text)
    by_code = {s.split(" ")[0]: s for s in sections[1:]}
    assert PARTNER in by_code["LIVC-2026-001"] and PARTNER in by_code["LIVC-2026-003"], by_code.keys()
    assert "Aanwezig voor deze casus" in by_code["LIVC-2026-009"] and PARTNER not in by_code["LIVC-2026-009"]
    assert "LIVC-2026-001, LIVC-2026-003" in text  # the attendance list: the partner's cases


def chair_texts(w: LiveMeetingWindow) -> str:
    """Every text the chair's meeting window shows: its title, and of each visible widget its text, tooltip
    and accessible name, the items of a list it offers (a combo box) and every cell of a visible item view."""
    out = [w.windowTitle()]
    role = Qt.ItemDataRole
    for widget in w.findChildren(QWidget):
        if not widget.isVisible():
            continue
        out += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QLineEdit):
            out.append(widget.text())
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    for kind in (role.DisplayRole, role.ToolTipRole):
                        value = model.index(r, c).data(kind)
                        if isinstance(value, str):
                            out.append(value)
    return "\n".join(t for t in out if t)
