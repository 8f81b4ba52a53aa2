"""Issue 17, the feedback form composed with the room: from the meeting window the chair opens the
current case's form (Ctrl+Shift+K); while it is open the projector shows its saved text and how many
members present agreed to it, and nothing else of the case; an edit voids the consents on the wall
too; closing the form gives the wall back to the case.

Then the room agrees again, the form is produced and read back, and the wall says it was produced.
Driven by keys from the main window (Meetings tab, Enter), read back from every text of the audience window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.services import attendance
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.projector.audience_window import AudienceWindow
from livcr_desktop.views.projector.room_table import RoomTable
from livcr_desktop.views.projector.wall_text import WallLabel
from tests.helpers.outgoing import OPEN_CONTRIBUTION, SECRET_CONTRIBUTION, Scene, make_scene
from tests.helpers.recorded_meeting import pages_text

Key, Mod = Qt.Key, Qt.KeyboardModifier
pytestmark = [pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")]
DIRECTION = "Begeleiding door de preventiedienst, overleg met de school."


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, k, modifier)


def wall(a: AudienceWindow) -> str:
    """What the room reads: every label and every cell of the audience window, as laid out."""
    docs: list[QTextDocument] = [w.document() for w in a.findChildren(WallLabel) if w.isVisibleTo(a) and w.text()]
    for t in a.findChildren(RoomTable):
        if t.isVisibleTo(a):
            docs += [
                t.delegate.cell_document(t.model().index(r, c))
                for r in range(t.model().rowCount())
                for c in range(t.model().columnCount())
            ]
    return "\n".join(d.toPlainText().replace("\u00ad", "") for d in docs)


def flat(text: str) -> str:
    return " ".join(text.split())


def has_keyboard(window: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and focus.window() is window and QApplication.activeWindow() is window


def test_the_room_reads_the_form_it_agrees_to(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "fiche.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    scene: Scene = make_scene(ctx)
    # The partner invited for the other case has gone: with them in the room this case stays off the wall.
    attendance.set_attendance(ctx, scene.meeting_id, scene.cell.members["jh"], AttendanceStatus.EXCUSED)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: has_keyboard(main))
    key(qtbot, Key.Key_Tab, Mod.ControlModifier)  # the Meetings tab
    qtbot.waitUntil(lambda: main.tabs.currentIndex() == 1)
    for _ in range(8):  # Tab to the tab's list of meetings
        if main.meeting_table.hasFocus():
            break
        key(qtbot, Key.Key_Tab)
    assert main.meeting_table.hasFocus()
    key(qtbot, Key.Key_Home)
    key(qtbot, Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(isinstance(w, LiveMeetingWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    # the one just opened (an earlier test's closed window may not be deleted yet)
    w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, LiveMeetingWindow) and x.isVisible())
    qtbot.addWidget(w)
    assert w.meeting_id == scene.meeting_id
    w.activateWindow()  # what the window manager does for a new window (offscreen has none)
    qtbot.waitUntil(lambda: has_keyboard(w), timeout=15_000)

    key(qtbot, Key.Key_F5)  # the projector on
    audience = w.projector.audience
    qtbot.waitUntil(audience.isVisible)
    qtbot.waitUntil(lambda: has_keyboard(w))  # the wall never takes the keyboard
    for _ in range(6):  # Ctrl+PgDown to the discussed case
        entry = w.current_entry()
        if entry is not None and entry.case_id == scene.due:
            break
        key(qtbot, Key.Key_PageDown, Mod.ControlModifier)
    entry = w.current_entry()
    assert entry is not None and entry.case_id == scene.due
    qtbot.waitUntil(lambda: OPEN_CONTRIBUTION in wall(audience))
    assert SECRET_CONTRIBUTION not in wall(audience)
    qtbot.waitUntil(lambda: has_keyboard(w))

    # The form: Ctrl+Shift+K. Saved once, the wall shows its text and no contribution.
    key(qtbot, Key.Key_K, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FeedbackFormDialog))
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, FeedbackFormDialog)
    qtbot.waitUntil(lambda: has_keyboard(dlg))
    assert dlg.meeting_id() == scene.meeting_id
    key(qtbot, Key.Key_A, Mod.AltModifier)  # Richting van de aanpak
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.direction)
    key(qtbot, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(dlg.direction, DIRECTION)
    key(qtbot, Key.Key_B, Mod.AltModifier)  # Tekst bewaren
    qtbot.waitUntil(lambda: dlg.message.text() == "Tekst bewaard.")
    qtbot.waitUntil(lambda: DIRECTION in flat(wall(audience)))
    shown = flat(wall(audience))
    assert "Terugkoppelingsfiche aan de politie (ontwerp)" in shown
    assert "Akkoord met deze tekst: 0 van 3 aanwezige leden." in shown
    assert OPEN_CONTRIBUTION not in shown and SECRET_CONTRIBUTION not in shown

    # Member by member: the wall counts along.
    key(qtbot, Key.Key_L, Mod.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.consents)
    key(qtbot, Key.Key_Home, Mod.ControlModifier)
    for n in range(1, 4):
        key(qtbot, Key.Key_K, Mod.AltModifier)
        qtbot.waitUntil(lambda n=n: f"Akkoord met deze tekst: {n} van 3" in flat(wall(audience)))  # type: ignore[misc]

    # One edit voids the consents, on the wall as well.
    key(qtbot, Key.Key_A, Mod.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.direction)
    key(qtbot, Key.Key_End, Mod.ControlModifier)
    qtbot.keyClicks(dlg.direction, " Nieuwe afspraak in januari.")
    key(qtbot, Key.Key_B, Mod.AltModifier)
    qtbot.waitUntil(lambda: "Akkoord met deze tekst: 0 van 3" in flat(wall(audience)))
    assert "Nieuwe afspraak in januari." in flat(wall(audience))

    # The room agrees again; the form is produced and read back; the wall says so.
    key(qtbot, Key.Key_L, Mod.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.consents)
    key(qtbot, Key.Key_Home, Mod.ControlModifier)
    for n in range(1, 4):
        key(qtbot, Key.Key_K, Mod.AltModifier)
        qtbot.waitUntil(lambda n=n: f"Akkoord met deze tekst: {n} van 3" in flat(wall(audience)))  # type: ignore[misc]
    key(qtbot, Key.Key_P, Mod.AltModifier)  # Produceren…
    qtbot.waitUntil(lambda: "De fiche is bewaard" in dlg.message.text())
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    qtbot.waitUntil(lambda: "Geproduceerd." in flat(wall(audience)))
    pdf = " ".join(" ".join(pages_text(out.read_bytes())).split())
    assert f"{DIRECTION} Nieuwe afspraak in januari." in pdf
    for never in (SECRET_CONTRIBUTION, OPEN_CONTRIBUTION):
        assert never not in pdf

    # Closing the form gives the wall back to the case; the keyboard is back in the meeting window.
    key(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.waitUntil(lambda: OPEN_CONTRIBUTION in wall(audience))
    assert "Terugkoppelingsfiche" not in wall(audience)
    qtbot.waitUntil(lambda: has_keyboard(w))
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)

    # Ctrl+W: the meeting window goes, the main window has the keyboard on the meetings list again.
    key(qtbot, Key.Key_W, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible())
    qtbot.waitUntil(lambda: has_keyboard(main))
    assert QApplication.focusWidget() is main.meeting_table
