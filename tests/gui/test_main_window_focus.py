"""The main window by keys alone (issue 15, points 5 and 8): a focus frame you can see (also in high
contrast), no invisible Tab stop, F1 lists the window's shortcuts, the keyboard comes back after a
dialog, and the title names the tab. Keys go in with QTest; the focus is read from QApplication."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.widgets.shortcut_help import ShortcutHelp
from tests.gui.test_accessibility import high_contrast_palette

ROOT = Path(__file__).resolve().parents[2]
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


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> QWidget:
    """A key to whatever has the keyboard; returns what has it afterwards."""
    target = focus()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)
    qtbot.waitUntil(lambda: focus() is not None, timeout=1000)  # else the keyboard went nowhere
    after = focus()
    assert after is not None
    return after


def test_title_follows_the_tab(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "LIVC-R Desktop — Casussen"
    titles = []
    for _ in range(4):
        press(qtbot, Key.Key_Tab, Mod.ControlModifier)
        titles.append(window.windowTitle())
    assert titles == [
        "LIVC-R Desktop — Vergaderingen",
        "LIVC-R Desktop — Acties",
        "LIVC-R Desktop — Zoeken",
        "LIVC-R Desktop — Casussen",
    ]
    press(qtbot, Key.Key_Tab, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.windowTitle() == "LIVC-R Desktop — Zoeken"


def test_every_tab_stop_is_visible_and_the_status_counts_are_buttons(qtbot: QtBot, window: MainWindow) -> None:
    assert focus() is window.search
    seen: list[QWidget] = []
    for _ in range(40):
        widget = press(qtbot, Key.Key_Tab)
        assert widget.window() is window and widget.isVisible() and widget.width() > 4 and widget.height() > 4, widget
        if widget in seen:
            break
        seen.append(widget)
    w = window
    assert seen[:7] == [
        w.status_filter,
        w.timeline_button,
        w.new_button,
        w.table,
        w.overdue_label,
        w.overdue_actions_label,
        w.tabs.tabBar(),
    ], [x.objectName() or type(x).__name__ for x in seen]
    # The overdue counts are real buttons reached by Tab; Space on the actions one opens the tracker.
    assert window.overdue_label in seen and window.overdue_actions_label in seen
    assert all(isinstance(w, QAbstractButton) for w in (window.overdue_label, window.overdue_actions_label))
    while focus() is not window.overdue_actions_label:
        press(qtbot, Key.Key_Tab)
    after = press(qtbot, Key.Key_Space)
    assert window.tabs.currentWidget() is window.tracker_tab and after is window.tracker.table
    assert window.windowTitle() == "LIVC-R Desktop — Acties"
    # On a page built later the counts still close the chain: the tracker's controls come first.
    order: list[QWidget] = []
    while (widget := press(qtbot, Key.Key_Tab)) not in order:
        order.append(widget)
    counts = order.index(window.overdue_label)
    assert order[counts + 1] is window.overdue_actions_label and order[counts + 2] is window.tabs.tabBar()
    assert window.tracker.search in order and order.index(window.tracker.search) > counts + 2
    # Shift+Tab walks back through visible widgets only.
    for _ in range(10):
        widget = press(qtbot, Key.Key_Backtab)
        assert widget.isVisible() and widget.window() is window, widget


def test_f1_lists_the_shortcuts_and_escape_gives_the_keyboard_back(qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.waitUntil(lambda: focus() is window.table)
    press(qtbot, Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ShortcutHelp))
    help_ = QApplication.activeWindow()
    assert isinstance(help_, ShortcutHelp)
    keys = dict(help_.rows)
    assert keys["Ctrl+N"] == "Nieuwe casus"
    assert keys["Ctrl+T"] == "Tijdlijn van de casus"
    assert keys["Ctrl+Shift+F"] == "Zoeken in alles"
    assert keys["F1"] == "Sneltoetsen"
    assert "Ctrl+Tab / Ctrl+Shift+Tab" in keys
    assert focus() is help_.close_button
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: focus() is window.table)
    assert QApplication.activeWindow() is window


def test_the_keyboard_returns_after_a_dialog_closes(qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: focus() is window.table)
    press(qtbot, Key.Key_T, Mod.ControlModifier)  # the case timeline, a dialog of its own
    assert len(window.timeline_dialogs) == 1
    dialog = window.timeline_dialogs[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: focus() is window.table)
    # From the full-text search field, F1 and back: the field has the keyboard again.
    press(qtbot, Key.Key_F, Mod.ControlModifier | Mod.ShiftModifier)
    query = window.search_panel.query
    assert focus() is query
    press(qtbot, Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ShortcutHelp))
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: focus() is query)


# -- the focus frame, in pixels ---------------------------------------------------------------------


@pytest.fixture(params=["light", "high contrast"])
def styled(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application palette and style sheet as views.app.make_application installs them."""
    from livcr_desktop.views.widgets.contrast import adapt_style_sheet

    old_palette, old_sheet = qapp.palette(), qapp.styleSheet()
    if request.param == "high contrast":
        qapp.setPalette(high_contrast_palette())
    qss = (ROOT / "resources" / "styles" / "app.qss").read_text(encoding="utf-8")
    qapp.setStyleSheet(adapt_style_sheet(qss, qapp.palette()))
    yield qapp.palette()
    qapp.setStyleSheet(old_sheet)
    qapp.setPalette(old_palette)


def _count(image: QImage, colour: QColor, x0: int, y0: int, x1: int, y1: int) -> int:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    want = colour.rgb() & 0xFFFFFF
    return sum(
        1
        for y in range(max(0, y0), min(img.height(), y1))
        for x in range(max(0, x0), min(img.width(), x1))
        if img.pixel(x, y) & 0xFFFFFF == want
    )


def frame_pixels(widget: QWidget, colour: QColor) -> int:
    """Pixels of ``colour`` on the outer 3 pixels of the widget's left and right edges."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    return _count(image, colour, 0, 0, 3, h) + _count(image, colour, w - 3, 0, w, h)


def test_a_focus_frame_on_every_kind_of_widget(qtbot: QtBot, window: MainWindow, styled: QPalette) -> None:
    highlight = styled.color(QPalette.ColorRole.Highlight)
    combo: QComboBox = window.status_filter
    for widget in (window.search, combo, window.new_button, window.timeline_button):
        window.search.setFocus() if widget is not window.search else window.table.setFocus()
        qtbot.waitUntil(partial(lambda w: focus() is not w, widget))
        assert frame_pixels(widget, highlight) < widget.height(), f"{widget.objectName()} framed without focus"
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(partial(lambda w: focus() is w, widget))
        assert frame_pixels(widget, highlight) >= widget.height(), f"{widget.objectName()} has no focus frame"
    # The current cell of the focused table: amber on the selected row.
    table: QTableView = window.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(table.model().index(1, 1))
    qtbot.waitUntil(lambda: focus() is table)
    rect = table.visualRect(table.currentIndex())
    cell = table.viewport().grab(rect).toImage()
    assert _count(cell, QColor("#ffd400"), 0, 0, 3, cell.height()) >= cell.height() - 2
    # The tab bar: the current tab framed when the bar has the keyboard.
    bar = window.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focus() is bar)
    tab = bar.grab(bar.tabRect(bar.currentIndex())).toImage()
    assert _count(tab, highlight, 0, 0, 3, tab.height()) >= tab.height() // 2
