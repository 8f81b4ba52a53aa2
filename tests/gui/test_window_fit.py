"""Every window fits the chair's screen (issue 15, point 4): nothing visible lies outside the screen's work
area or its window — the meeting window on each of its pages and tabs, and the main window's tabs and
every dialog as ``tests.helpers.windows`` walks them — at 1366 × 768, at 1920 × 1080, and at 150 % on
1920 × 1080 and on 1366 × 768 (911 × 512 logical pixels).

An offscreen screen's size is fixed when the process starts, so each size runs in a child pytest
(``LIVCR_FIT_SCREEN`` set, ``QT_QPA_PLATFORM=offscreen:configfile=...``) of the check below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.services import attendance
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from tests.helpers.meeting_factory import make_cell, make_meeting, mark_new_referral
from tests.helpers.windows import WALKS, neutral_data

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768": (1366, 768, 1.0),
    "1920x1080": (1920, 1080, 1.0),
    "1920x1080@150": (1920, 1080, 1.5),  # a full-HD laptop at 150 %: 1280 × 720 logical
    "1366x768@150": (1366, 768, 1.5),  # 911 × 512 logical: see the xfail below
}
TOO_SMALL = pytest.mark.xfail(
    strict=True,
    reason="911 × 512 logical: the grid cannot show three organisations beside the projector dock and the "
    "contribution, domain and decision tabs scroll (the agenda panel and the dock would have to fold away)",
)


def _scrolled_away(w: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie outside by design (the area scrolls to it)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():  # type: ignore[union-attr]
            return True
        parent = parent.parentWidget()
    return False


def outside(window: QWidget) -> list[str]:
    """Visible widgets of ``window`` that lie (partly) outside the work area or the window."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
    found = [] if area.contains(frame) else [f"{window.objectName()}: window {frame} outside work area {area}"]
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.isWindow() or _scrolled_away(w) or w.width() == 0:
            continue
        rect = QRect(w.mapToGlobal(w.rect().topLeft()), w.size())
        if not frame.contains(rect):
            name = w.objectName() or type(w).__name__
            found.append(f"{window.objectName()}/{name} {rect} outside window {frame}")
    return found


@pytest.mark.skipif("LIVCR_FIT_SCREEN" not in os.environ, reason="runs in a child with its own screen size")
def test_meeting_window_fits_this_screen(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mid = make_meeting(ctx, cell)
    attendance.acknowledge_all_present(ctx, mid)
    w = LiveMeetingWindow(ctx, mid)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert w.isMaximized()
    problems = [f"attendance: {p}" for p in outside(w)]
    for _ in range(3):
        if w.pages.currentWidget() is w.case_page:
            break
        qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    page = w.case_page
    assert w.pages.currentWidget() is page
    grid = page.grid
    QApplication.processEvents()
    shown = [c for c in range(grid.model().columnCount()) if grid.columnViewportPosition(c) >= 0]
    last = shown[-1] if shown else 0
    if grid.columnViewportPosition(last) + grid.columnWidth(last) > grid.viewport().width():
        problems.append(f"grid: {grid.model().columnCount() - 2} organisations do not all fit")
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        problems += [f"tab {page.tabs.tabText(tab)}: {p}" for p in outside(w)]
        area = page.tabs.currentWidget()
        if isinstance(area, QAbstractScrollArea) and area.verticalScrollBar().maximum() > 0:
            problems.append(f"tab {page.tabs.tabText(tab)} scrolls ({area.verticalScrollBar().maximum()} px)")
    print("\n".join(problems))  # the parent shows them
    assert not problems


@pytest.mark.skipif("LIVCR_FIT_SCREEN" not in os.environ, reason="runs in a child with its own screen size")
@pytest.mark.parametrize("walk", [w for w in WALKS if w != "live meeting"])  # the meeting window: above
def test_other_windows_fit_this_screen(walk: str, qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    """The main window's tabs and every dialog, as the accelerator check walks them (each walk its own vault)."""
    problems: list[str] = []
    for where, window in WALKS[walk](qtbot, ctx, neutral_data(ctx), tmp_path):
        problems += [f"window {where}: {p}" for p in outside(window) if f"window {where}: {p}" not in problems]
    print("\n".join(problems))  # the parent shows them
    assert not problems


@pytest.mark.parametrize("screen", [pytest.param(s, marks=TOO_SMALL) if s == "1366x768@150" else s for s in SCREENS])
def test_every_window_fits(screen: str, tmp_path: Path) -> None:
    if "LIVCR_FIT_SCREEN" in os.environ:
        pytest.skip("the child runs the check itself")
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screens.json"
    physical = {"name": "chair", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [physical]}), encoding="utf-8")
    env = {
        **os.environ,
        "LIVCR_FIT_SCREEN": screen,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "HOME": str(tmp_path),  # the remembered geometry of this run stays here
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-s",
            "-p",
            "no:cacheprovider",
            __file__,
            "-k",
            "this_screen",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    lines = [ln for ln in child.stdout.splitlines() if ln.startswith(("attendance:", "tab ", "grid:", "window "))]
    assert child.returncode == 0, f"{screen}:\n" + ("\n".join(lines) or child.stdout[-3000:])
