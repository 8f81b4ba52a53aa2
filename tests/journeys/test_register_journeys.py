"""A chair between meetings, by keys alone on the demo vault (issue 15, points 5 and 8, main window):

find a case by typing, Tab to the list, open it with Enter and close it with Escape — the keyboard is
back in the list; Ctrl+Shift+A to the overdue actions; Ctrl+Tab to the full-text search, Enter on a
result opens the case's timeline and Escape comes back to the result; F1 shows the window's keys.
After every step: which widget has the keyboard, that it is visible, and what the title says.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.cases.case_form import CaseFormDialog
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.widgets.shortcut_help import ShortcutHelp

Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: ServiceContext) -> Iterator[MainWindow]:
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)


def has_keyboard(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    assert widget.isVisible() and widget.visibleRegion().boundingRect().width() > 4


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, k, modifier)


def test_a_chair_between_meetings_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    # Find a case by typing; the count reads in the plural form of its total.
    has_keyboard(qtbot, window.search)
    qtbot.keyClicks(window.search, "Magnolia")
    assert window.model.rowCount() == 1
    assert window.count_label.text() == f"Casussen: 1 van {window.model.total_count()}"
    for expected in (window.status_filter, window.timeline_button, window.new_button, window.table):
        key(qtbot, Key.Key_Tab)
        has_keyboard(qtbot, expected)
    assert window.selected_case_id() == window.model.case_at(0).id  # the framed current row

    # Enter opens the case; Escape closes it; the keyboard is back in the list.
    opened: list[QDialog] = []

    def close_form() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CaseFormDialog):
            opened.append(dialog)
            qtbot.keyClick(dialog.focusWidget() or dialog, Key.Key_Escape)
        else:  # not yet shown: look again (a modal loop must never hang the suite)
            QTimer.singleShot(20, close_form)

    QTimer.singleShot(0, close_form)
    key(qtbot, Key.Key_Return)
    assert opened and opened[0].result() == QDialog.DialogCode.Rejected
    has_keyboard(qtbot, window.table)
    assert window.windowTitle() == "LIVC-R Desktop — Casussen"

    # Ctrl+Shift+A: the action tracker, its first control has the keyboard; the title follows.
    key(qtbot, Key.Key_A, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.windowTitle() == "LIVC-R Desktop — Acties"
    has_keyboard(qtbot, window.tracker.search)

    # Ctrl+Tab: the full-text search; type, Tab to the results, Enter opens the timeline, Escape back.
    key(qtbot, Key.Key_Tab, Mod.ControlModifier)
    assert window.windowTitle() == "LIVC-R Desktop — Zoeken"
    panel = window.search_panel
    has_keyboard(qtbot, panel.query)
    qtbot.keyClicks(panel.query, "school")
    key(qtbot, Key.Key_Return)
    assert panel.model.rowCount() > 0 and "Treffers: " in panel.status.text()
    key(qtbot, Key.Key_Tab)
    has_keyboard(qtbot, panel.results)
    key(qtbot, Key.Key_Down)
    key(qtbot, Key.Key_Return)
    assert len(window.timeline_dialogs) == 1
    timeline = window.timeline_dialogs[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is timeline)
    key(qtbot, Key.Key_Escape)
    has_keyboard(qtbot, panel.results)

    # F1: the window's keys; Escape: back to the result.
    key(qtbot, Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ShortcutHelp))
    help_ = QApplication.activeWindow()
    assert isinstance(help_, ShortcutHelp) and ("Ctrl+Shift+A", "Actieopvolging") in help_.rows
    key(qtbot, Key.Key_Escape)
    has_keyboard(qtbot, panel.results)
    assert window.windowTitle() == "LIVC-R Desktop — Zoeken"
