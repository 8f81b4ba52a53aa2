"""A city starts from nothing, by keys alone (issue 16, point 1).

Create a vault in the create-vault dialog; in the main window open Beheer > Organisaties en leden…
(Alt+E, O); set the cell's identity, add six organisations and eight members; plan the first meeting
(Vergaderingen tab, Nieuwe vergadering…), lead it, register everyone present with the confidentiality
acknowledgement, and close it from the Vergadering menu. What the person gets is checked: the lists
show the rows, the meeting's attendance lists the eight members, present and acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QInputDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import AttendanceStatus, MeetingStatus
from livcr_desktop.services import meetings, reference, users
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.views import tasks
from livcr_desktop.views.admin.admin_menu import admin_actions, install_admin_menu
from livcr_desktop.views.admin.cell_dialog import CellSetupDialog
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog
from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog
from tests.gui.test_cell_dialog import alt, type_in
from tests.journeys.test_minutes_journeys import OFFSCREEN_GRAB, when_modal

Key = Qt.Key
PASSPHRASE = "een nieuwe lange wachtwoordzin 2026"
# name, short name, the sector as the list shows it, bound by professional secrecy
ORGANISATIONS = [
    ("Politiezone Fictiefdonk", "PZ", "p", True),
    ("Preventiedienst Fictiefdonk", "PREV", "preventie", False),
    ("OCMW Fictiefdonk", "OCMW", "ocmw", True),
    ("Justitiehuis Fictiefdonk", "JH", "j", True),
    ("CAW Fictiefdonk", "CAW", "welzijn", True),
    ("CLB Fictiefdonk", "CLB", "onderwijs", True),
]
MEMBERS = [  # name, organisation row in the list (by short name), function, role in the cell
    ("Burgemeester Voorbeeld", "PREV", "burgemeester", "voorzitter"),
    ("Secretaris Fictief", "PREV", "diensthoofd preventie", "secretaris"),
    ("Casemanager Verzonnen", "PREV", "casemanager", "casemanager"),
    ("Inspecteur Proef", "PZ", "inspecteur", "informatieofficier"),
    ("Maatschappelijk Werker Test", "OCMW", "maatschappelijk werker", ""),
    ("Justitieassistent Demo", "JH", "justitieassistent", ""),
    ("Hulpverlener Voorbeeld", "CAW", "hulpverlener", ""),
    ("CLB-medewerker Proef", "CLB", "CLB-medewerker", ""),
]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def choose_in_combo(qtbot: QtBot, dialog: QWidget, letter: str, text: str) -> None:
    """Alt+letter to the combo, Home, then Down to the entry that starts with ``text`` (as a person
    reading the list would; typing to search depends on the typing speed)."""
    alt(qtbot, dialog, letter)
    combo = focused()
    assert isinstance(combo, QComboBox)
    items = [combo.itemText(i).lower() for i in range(combo.count())]
    target = next(i for i, item in enumerate(items) if item.startswith(text.lower()))
    qtbot.keyClick(combo, Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Key.Key_Down)
    assert combo.currentIndex() == target


def answering(qtbot: QtBot, act: Callable[[Any], None]) -> Callable[[Any], None]:
    """``act`` on a modal dialog once it has the keyboard; if it is still open afterwards (the keys were
    refused), it is rejected, so that the test fails on its assertions instead of waiting forever."""

    def run(dialog: Any) -> None:
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            act(dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
        finally:
            if dialog.isVisible():
                dialog.reject()

    return run


@OFFSCREEN_GRAB  # the menus grab the keyboard
def test_a_new_cell_from_nothing_to_its_first_meeting(qtbot: QtBot, tmp_path: Path) -> None:
    # 1. A new vault: the passphrase twice, Enter.
    create = CreateVaultDialog(tmp_path / "cel.vault", kdf=TEST_KDF)
    qtbot.addWidget(create)
    create.show()
    create.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is create)
    create.first.setFocus()  # where the dialog puts the keyboard when it opens
    qtbot.keyClicks(focused(), PASSPHRASE)
    key(qtbot, Key.Key_Tab)
    qtbot.keyClicks(focused(), PASSPHRASE)
    key(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: create.vault is not None, timeout=20000)
    vault = create.vault
    assert vault is not None
    try:
        ctx = users.context_for(vault)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        install_admin_menu(window, ctx)  # as the session does after the first paint
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert "Organisaties en leden" in window.statusBar().currentMessage()  # where to start

        # 2. Beheer > Organisaties en leden… by keys.
        key(qtbot, Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(QApplication.activePopupWidget(), Key.Key_O)
        actions = admin_actions(window.admin_menu)
        qtbot.waitUntil(lambda: isinstance(actions.dialog, CellSetupDialog) and actions.dialog.isVisible())
        dialog = actions.dialog
        assert isinstance(dialog, CellSetupDialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

        type_in(qtbot, dialog, "g", "Fictiefdonk")
        type_in(qtbot, dialog, "n", "LIVC-R Fictiefdonk")
        alt(qtbot, dialog, "s")
        assert "opgeslagen" in dialog.message.text()

        alt(qtbot, dialog, "o")
        for name, short, sector, secrecy in ORGANISATIONS:
            type_in(qtbot, dialog, "m", name)
            type_in(qtbot, dialog, "k", short)
            choose_in_combo(qtbot, dialog, "t", sector)
            if secrecy:
                alt(qtbot, dialog, "b")
            alt(qtbot, dialog, "v")
            assert dialog.message.text() == f"Organisatie {name} toegevoegd.", dialog.message.text()
        assert dialog.org_model.rowCount() == 6
        shown = {dialog.org_model.entry(r).short_name for r in range(6)}
        assert shown == {short for _, short, _, _ in ORGANISATIONS}

        alt(qtbot, dialog, "l")
        for name, short, function, role in MEMBERS:
            type_in(qtbot, dialog, "a", name)
            choose_in_combo(qtbot, dialog, "i", short)
            type_in(qtbot, dialog, "f", function)
            type_in(qtbot, dialog, "e", role)
            alt(qtbot, dialog, "v")
            assert dialog.message.text() == f"Lid {name} toegevoegd.", dialog.message.text()
        assert dialog.member_model.rowCount() == 8
        by_name = {dialog.member_model.entry(r).name: dialog.member_model.entry(r) for r in range(8)}
        for name, short, function, _role in MEMBERS:
            assert (by_name[name].organisation_short_name, by_name[name].function) == (short, function)
        key(qtbot, Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Sluiten (the dialog is deleted on close)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        # 3. Plan the first meeting: Vergaderingen tab, Nieuwe vergadering…, place, chair, Enter.
        key(qtbot, Key.Key_V, Qt.KeyboardModifier.AltModifier)  # the tab "&Vergaderingen"
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.meetings_page)
        seen: dict[str, Any] = {}

        def plan(d: NewMeetingDialog) -> None:
            try:
                qtbot.waitUntil(lambda: QApplication.activeWindow() is d and d.isAncestorOf(focused()))
                choose_in_combo(qtbot, d, "e", "Secr")
                choose_in_combo(qtbot, d, "v", "Burg")
                key(qtbot, Key.Key_Backtab)  # the place stands before the chair (Alt+P is also "plannen")
                qtbot.keyClicks(focused(), "Stadhuis, zaal 2")
                key(qtbot, Key.Key_Return)
            finally:
                if d.isVisible():  # refused or failed: leave, so the test fails instead of waiting here
                    d.reject()

        when_modal(NewMeetingDialog, plan, seen)
        for _ in range(10):  # Tab to "Nieuwe vergadering…" (Alt+V is also the tab's letter) and press Space
            if window.new_meeting_button.hasFocus():
                break
            key(qtbot, Key.Key_Tab)
        assert window.new_meeting_button.hasFocus()
        key(qtbot, Key.Key_Space)
        qtbot.waitUntil(lambda: seen.get("done") is True and window.meeting_model.rowCount() == 1)
        [planned] = meetings.list_meetings(ctx)
        assert planned.status is MeetingStatus.PLANNED and planned.place == "Stadhuis, zaal 2"

        # 4. Lead it: the list, Enter; the attendance lists the eight members.
        window.activateWindow()  # the window manager gives the keyboard back after the dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        for _ in range(10):  # Tab to the list of meetings; Space chooses the (only) row
            if window.meeting_table.hasFocus():
                break
            key(qtbot, Key.Key_Tab)
        key(qtbot, Key.Key_Space)
        key(qtbot, Key.Key_Return)
        qtbot.waitUntil(lambda: planned.id in window.live_windows)
        live = window.live_windows[planned.id]
        qtbot.waitUntil(lambda: QApplication.activeWindow() is live)
        page = live.attendance_page
        assert page.table.model().rowCount() == 8

        def yes(box: QMessageBox) -> None:
            text = box.button(QMessageBox.StandardButton.Yes).text()  # the Alt-letter the person reads
            letter = text[text.index("&") + 1] if "&" in text else text[0]
            qtbot.keyClick(box, getattr(Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)

        when_modal(QMessageBox, answering(qtbot, yes), seen := {})
        key(qtbot, Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Iedereen &aanwezig en bevestigd…"
        qtbot.waitUntil(lambda: seen.get("done") is True)
        from livcr_desktop.services import attendance

        qtbot.waitUntil(lambda: attendance.attendance_complete(ctx, planned.id))

        # 5. Close it: Vergadering menu, "Vergadering afsluiten…", past the check, no next date.
        closing: dict[str, Any] = {}

        def answer(widget: QDialog) -> None:
            if isinstance(widget, QMessageBox):  # not everything on the agenda was treated
                qtbot.keyClick(widget, Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Toch &afsluiten"
                when_modal(QInputDialog, answering(qtbot, lambda d: qtbot.keyClick(d, Key.Key_Return)), closing)
            else:
                qtbot.keyClick(widget, Key.Key_Return)
                closing["done"] = True

        when_modal(QDialog, answering(qtbot, answer), {})
        live.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is live)
        key(qtbot, Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for _ in range(len(menu.actions())):  # Up from the top wraps to the end, where "afsluiten" stands
            qtbot.keyClick(menu, Key.Key_Up)
            if menu.activeAction() is not None and menu.activeAction().objectName() == "closeMeetingAction":
                break
        qtbot.keyClick(menu, Key.Key_Return)
        qtbot.waitUntil(lambda: meetings.get_meeting(ctx, planned.id).status is MeetingStatus.CLOSED, timeout=10000)

        names = {m.id: m.name for m in reference.list_members(ctx)}
        rows = attendance_rows(ctx, planned.id)
        assert sorted(names[m] for m, _s, _a in rows) == sorted(n for n, *_ in MEMBERS)
        assert all(s is AttendanceStatus.PRESENT and acknowledged for _m, s, acknowledged in rows)
        window.refresh_meetings()
        qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    finally:
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w is not create:
                w.close()
        qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
        vault.close()


def attendance_rows(ctx: Any, meeting_id: int) -> list[tuple[int, AttendanceStatus, bool]]:
    return [
        (e.member_id, e.status, e.acknowledged_at is not None) for e in meetings.get_meeting(ctx, meeting_id).attendance
    ]
