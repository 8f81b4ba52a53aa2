"""Accessibility (issue 8, item 5): keyboard, screen-reader names, high contrast, 150 % scaling.

Every window and dialog is built on the demo vault (a real SQLCipher vault holding the fictional
cell of ``services.demo``) and walked the way an assistive technology and a keyboard user meet it:

1. **Names and focus** — every interactive widget that is visible and enabled (buttons, check and
   radio boxes, line and text edits, combo, spin and date boxes, item views, sliders, tab bars)
   takes Tab focus, and has a name a screen reader announces: what Qt's accessibility bridge
   (``QAccessible``, which AT-SPI, UI Automation and NSAccessibility read) reports as its accessible
   name, its label relation (a QLabel buddy; ``QFormLayout.addRow("text", widget)`` sets one up) or
   a button's own text. Not a name: a combo box's current value, the title of the group box around a
   widget (Qt's last resort), a symbol such as "A+". A link in a label must be reachable by keyboard.
2. **Tab order** — Tab from the window's focus widget goes once round the whole chain and reaches
   every one of them; no keyboard trap (a table moving between its cells with Tab, a text box typing
   a tab character). The radio buttons of a group count as one stop (arrow keys move inside).
3. **High contrast** — with a high-contrast palette (white on black, yellow highlight) and, as a
   control, the default light palette, the application style sheet installed as
   ``views.app.make_application`` does: every label's rendered text reaches 4.5:1 against what is
   behind it (the pixels that change when the text is removed are the text), in the places that
   colour text (errorLabel, hintLabel, countLabel, overdueLabel, the red error labels of the forms
   and the meeting, the urgency of an overdue action); every cell colour a model asks for too.
   docs/img/a11y-high-contrast.png: the main window and the live meeting in high contrast.
4. **150 % scaling** — this file run as a child process (``python tests/gui/test_accessibility.py
   scaling OUT``) under ``QT_SCALE_FACTOR=1.5`` on a 1920×1080 offscreen screen, i.e. 1280×720
   logical pixels: the main window (maximised, every tab), the live meeting (as the main window
   opens it: attendance, review, every case tab) and every dialog fit on the screen, and no label,
   button or tab is narrower (or, with word wrap, lower) than its text.
   docs/img/a11y-150pct-main.png and a11y-150pct-meeting.png: the grabs at 150 %.

docs/accessibility.md describes what this means for users, with the keyboard map of each screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.services import cases, demo, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF

ROOT = Path(__file__).resolve().parents[2]
# The documentation's screenshots are refreshed only on request (LIVCR_SCREENSHOTS=1); a test run
# must not change the repository. Otherwise the grabs go to a temp folder (they are still made and saved).
IMG = ROOT / "docs" / "img" if os.environ.get("LIVCR_SCREENSHOTS") else Path(tempfile.mkdtemp(prefix="livcr-a11y-"))
DEMO_TODAY = date(2026, 11, 21)

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)
# Parts of a compound widget: the screen reader and the keyboard meet the compound, not its parts.
COMPOUND_PARENTS: tuple[type[QWidget], ...] = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QAbstractItemView)


# -- what a screen reader gets ------------------------------------------------------------------------


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def accessible_name_of(widget: QWidget) -> str:
    """The name an assistive technology announces for ``widget`` ('' when it has none).

    Qt's accessibility bridge is asked, as AT-SPI / UI Automation would: the accessible name, else
    the label relation (a QLabel whose buddy is the widget), else the interface's own name (a
    button's text). A combo box's "name" on Linux is its current value, which is no name at all, so
    only a real name or a label counts there; a tab bar is named by its tabs.
    """
    own = widget.accessibleName().strip()
    if own:
        return own
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    # Qt's last resort is the title of the group box around the widget: it says which group, not what.
    parent = widget.parentWidget()
    group = _strip_mnemonic(parent.title()) if isinstance(parent, QGroupBox) else None
    labels = [r[0].text(QAccessible.Text.Name).strip() for r in iface.relations(QAccessible.RelationFlag.Label)]
    labels = [_strip_mnemonic(t) for t in labels if t and _strip_mnemonic(t) != group]
    if labels:
        return labels[0]
    if isinstance(widget, QComboBox):
        return ""
    if isinstance(widget, QTabBar):
        tabs = [_strip_mnemonic(widget.tabText(i)) for i in range(widget.count())]
        return " | ".join(tabs) if tabs and all(tabs) else ""
    name = _strip_mnemonic(iface.text(QAccessible.Text.Name) or "")
    if not name and isinstance(widget, QAbstractButton):
        name = _strip_mnemonic(widget.text())
    if name == group and not (isinstance(widget, QAbstractButton) and widget.text()):
        return ""
    return name


def _is_part(widget: QWidget, root: QWidget) -> bool:
    """A sub-widget Qt builds inside a compound (spin box editor, combo line edit, clear button,
    tab scroll arrows, the corner button and headers of a table), or a dock's title-bar button
    (the dock is shown and hidden from the keyboard through its menu action)."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_dockwidget_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND_PARENTS):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every visible, enabled interactive widget of ``root`` (a window), compounds only."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or _is_part(w, root):
            continue
        if w.isVisible() and w.isEnabled() and w.window() is root:
            out.append(w)
    return out


def describe(widget: QWidget) -> str:
    window = widget.window()
    title = window.windowTitle() or window.objectName() or type(window).__name__
    return f"{type(widget).__name__}#{widget.objectName() or '?'} ({title})"


def button_group(widget: QWidget) -> list[QWidget]:
    """The exclusive group of a radio button (just the widget for anything else).

    Qt keeps one button of an exclusive group in the Tab chain (the one last focused; the others
    lose Tab focus on purpose) and moves between the buttons with the arrow keys, as every
    platform does. So the group is the unit that must take Tab focus and be reached.
    """
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return [widget]
    group = widget.group()
    if group is not None and group.exclusive():
        members = group.buttons()
    elif widget.autoExclusive() and (parent := widget.parentWidget()) is not None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        siblings = parent.findChildren(QAbstractButton, options=direct)
        members = [b for b in siblings if b.autoExclusive()]
    else:
        return [widget]
    return [b for b in members if b.isVisible() and b.isEnabled()] or [widget]


def takes_tab_focus(widget: QWidget) -> bool:
    return any(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value for w in button_group(widget))


def name_and_focus_problems(root: QWidget) -> list[str]:
    problems = []
    for w in interactive_widgets(root):
        if not takes_tab_focus(w):
            problems.append(f"{describe(w)}: no Tab focus (focusPolicy {w.focusPolicy().name})")
        name = accessible_name_of(w)
        if not name:
            problems.append(f"{describe(w)}: no accessible name")
        elif sum(c.isalpha() for c in name) < 3:  # "A+", "100%", "…": a symbol read out, not a name
            problems.append(f"{describe(w)}: accessible name {name!r} says nothing")
    for label in root.findChildren(QLabel):
        if (
            label.isVisible()
            and "<a " in label.text()
            and not (
                label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                and label.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            )
        ):
            problems.append(f"{describe(label)}: its link cannot be reached with the keyboard")
    return problems


TRAP_PRESSES = 3  # Tab pressed this often without the focus moving on: a keyboard trap


def tab_through(qtbot: QtBot, root: QWidget) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the window's focus widget once round the whole Tab chain.

    Returns the widgets that got focus, in order, and the problems: a keyboard trap (Tab pressed
    several times and the focus stays on one widget, as in a table that moves between its cells
    with Tab or a text box that types a tab character), or a chain that never comes back round.
    """
    targets = interactive_widgets(root)
    first = root.focusWidget() or root.nextInFocusChain()
    assert first is not None
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    start = QApplication.focusWidget()
    assert start is not None
    order: list[QWidget] = [start]
    problems: list[str] = []
    stuck = 0
    for _ in range(4 * len(targets) + 40):
        focus = QApplication.focusWidget()
        assert focus is not None, "focus lost while tabbing"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"focus lost after Tab on {describe(focus)}"
        if now is focus:
            if not any(t is not focus and not t.isAncestorOf(focus) for t in targets):
                break  # the only control of the window: Tab has nowhere else to go
            stuck += 1
            if stuck >= TRAP_PRESSES:
                problems.append(f"{describe(focus)}: keyboard trap (Tab does not leave it)")
                break
            continue
        stuck = 0
        if now is start:
            break
        order.append(now)
    else:
        problems.append(f"Tab from {describe(start)} never came back to it")
    return order, problems


def _reached(target: QWidget, seen: list[QWidget]) -> bool:
    """The target had focus, or a part of it did (the line edit of an editable combo box)."""
    return any(t in seen or any(t.isAncestorOf(w) for w in seen) for t in button_group(target))


def keyboard_problems(qtbot: QtBot, root: QWidget) -> list[str]:
    order, problems = tab_through(qtbot, root)
    return problems + [
        f"{describe(w)}: not reached with Tab" for w in interactive_widgets(root) if not _reached(w, order)
    ]


# -- fixtures ----------------------------------------------------------------------------------------


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    return widget


def planned_meeting(ctx: ServiceContext) -> int:
    return next(m.id for m in meetings.list_meetings(ctx) if m.status is MeetingStatus.PLANNED)


def past_meeting(ctx: ServiceContext) -> int:
    """The latest meeting held (closed or finalised): its minutes have every part to show."""
    held = [m for m in meetings.list_meetings(ctx) if m.status in (MeetingStatus.CLOSED, MeetingStatus.FINALISED)]
    return max(held, key=lambda m: m.meeting_date).id


# -- the screens -------------------------------------------------------------------------------------

State = tuple[str, QWidget]
Screen = Callable[[QtBot, ServiceContext, Path], Iterator[State]]


def main_window(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.main_window import MainWindow

    w = MainWindow(ctx)
    show(qtbot, w)
    w.table.selectRow(0)
    for index in range(w.tabs.count()):
        w.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        yield f"main window, tab {_strip_mnemonic(w.tabs.tabText(index))}", w
    w.close_keeping_vault_open()


def live_meeting(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow

    w = LiveMeetingWindow(ctx, planned_meeting(ctx))
    show(qtbot, w)
    yield "live meeting, attendance", w
    w.attendance_page.acknowledge_all_present()
    seen_review = seen_case = False
    for _ in range(len(w.agenda_model.entries())):
        w.next_item()
        qtbot.wait(1)
        page = w.pages.currentWidget()
        if page is w.review_page and not seen_review:
            seen_review = True
            w.review_page.table.selectRow(0)
            yield "live meeting, review of open actions", w
        elif page is w.case_page and not seen_case:
            seen_case = True
            w.case_page.grid.setCurrentIndex(w.case_page.grid_model.index(0, 2))
            w.case_page.decision_form.review.check.setChecked(True)  # the review date edit enabled too
            for index in range(w.case_page.tabs.count()):
                w.case_page.tabs.setCurrentIndex(index)
                qtbot.wait(1)
                yield f"live meeting, case tab {_strip_mnemonic(w.case_page.tabs.tabText(index))}", w
        if seen_review and seen_case:
            break
    assert seen_review and seen_case, "the demo meeting has a review item and a case"
    w.flush()
    w.close()


def shortcut_help(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.meeting.shortcut_help import ShortcutHelp

    yield from _dialogs(ShortcutHelp())(qtbot)


def _dialogs(*widgets: QWidget) -> Callable[[QtBot], Iterator[State]]:
    def states(qtbot: QtBot) -> Iterator[State]:
        for widget in widgets:
            show(qtbot, widget)
            qtbot.wait(1)
            yield widget.windowTitle() or type(widget).__name__, widget
            if isinstance(widget, QWizard):
                while widget.nextId() != -1 and widget.validateCurrentPage():
                    widget.next()
                    qtbot.wait(1)
                    yield f"{widget.windowTitle()}, page {widget.currentId()}", widget
            widget.close()

    return states


def case_form(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.cases.case_form import CaseFormDialog

    case_id = cases.list_cases(ctx)[0].id
    new, existing = CaseFormDialog(ctx), CaseFormDialog(ctx, case_id)
    for optional in (new.birth, new.review):  # the date edits are enabled by their check box
        optional.check.setChecked(True)
    yield from _dialogs(new, existing)(qtbot)


def vault_dialogs(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog, UnlockDialog

    yield from _dialogs(UnlockDialog(ctx.vault.path, hint="Demo"), CreateVaultDialog(tmp / "new.vault", kdf=TEST_KDF))(
        qtbot
    )


def minutes_dialog(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

    yield from _dialogs(MinutesDialog(ctx, past_meeting(ctx)), MinutesDialog(ctx, planned_meeting(ctx)))(qtbot)


def users_dialog(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.admin.users_dialog import UsersDialog

    yield from _dialogs(UsersDialog(ctx, kdf=TEST_KDF))(qtbot)


def settings_dialog(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.admin.settings_dialog import SettingsDialog

    yield from _dialogs(SettingsDialog(ctx))(qtbot)


def statistics_window(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.statistics.statistics_view import StatisticsWindow

    yield from _dialogs(StatisticsWindow(ctx))(qtbot)


def timeline_dialog(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog

    yield from _dialogs(CaseTimelineDialog(ctx, cases.list_cases(ctx)[0].id))(qtbot)


def feedback_dialog(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog

    yield from _dialogs(FeedbackDialog(ctx, cases.list_cases(ctx)[0].id))(qtbot)


def exchange_dialogs(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard
    from livcr_desktop.views.exchange.export_dialog import ExportDialog
    from livcr_desktop.views.exchange.import_dialog import ImportDialog

    csv = tmp / "cases.csv"
    csv.write_text("code;pseudoniem;status\nCSV-1;Merel;aangemeld\n", encoding="utf-8")
    code = cases.list_cases(ctx)[0].code
    yield from _dialogs(
        ExportDialog(ctx), ExportDialog(ctx, case_code=code), ImportDialog(ctx), CsvImportWizard(ctx, csv)
    )(qtbot)


def new_meeting_dialog(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog

    yield from _dialogs(NewMeetingDialog(ctx))(qtbot)


def admin_dialogs(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.admin.audit_dialog import AuditDialog
    from livcr_desktop.views.admin.backup_dialog import BackupDialog
    from livcr_desktop.views.admin.change_passphrase_dialog import ChangePassphraseDialog
    from livcr_desktop.views.admin.retention_dialog import RetentionDialog
    from livcr_desktop.views.admin.rotate_key_dialog import RotateKeyDialog

    yield from _dialogs(
        BackupDialog(ctx),
        ChangePassphraseDialog(ctx, kdf=TEST_KDF),
        RotateKeyDialog(ctx, kdf=TEST_KDF),
        RetentionDialog(ctx),
        AuditDialog(ctx),
    )(qtbot)


SCREENS: dict[str, Screen] = {
    "main window": main_window,
    "live meeting": live_meeting,
    "shortcut help (F1)": shortcut_help,
    "case form": case_form,
    "vault dialogs": vault_dialogs,
    "minutes": minutes_dialog,
    "users": users_dialog,
    "settings": settings_dialog,
    "statistics": statistics_window,
    "case timeline": timeline_dialog,
    "feedback": feedback_dialog,
    "export and import": exchange_dialogs,
    "new meeting": new_meeting_dialog,
    "administration": admin_dialogs,
}


# -- 1. names and focus --------------------------------------------------------------------------------


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_control_takes_focus_and_has_a_name(
    screen: str, qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    problems: list[str] = []
    checked = 0
    for state, window in SCREENS[screen](qtbot, demo_ctx, tmp_path):
        found = name_and_focus_problems(window)
        checked += len(interactive_widgets(window))
        problems += [f"[{state}] {p}" for p in found]
    assert checked, "no interactive widget found"
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(dict.fromkeys(problems))


# -- 2. keyboard reachability --------------------------------------------------------------------------


@pytest.mark.parametrize("screen", list(SCREENS))
def test_tab_reaches_every_control(screen: str, qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path) -> None:
    problems: list[str] = []
    for state, window in SCREENS[screen](qtbot, demo_ctx, tmp_path):
        problems += [f"[{state}] {p}" for p in keyboard_problems(qtbot, window)]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(dict.fromkeys(problems))


def _snapshot(view: QAbstractItemView) -> list[object]:
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    return [
        model.data(model.index(r, c), role)
        for r in range(model.rowCount(QModelIndex()))
        for c in range(columns)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole)
    ]


@pytest.mark.parametrize("screen", ["live meeting", "export and import", "main window"])
def test_arrow_keys_move_without_changing_anything(
    screen: str, qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    """Moving through a table with the arrow keys opens no editor and changes no value (a status list
    that opened on the current cell would take the next Down as a new attendance status)."""
    problems: list[str] = []
    for state, window in SCREENS[screen](qtbot, demo_ctx, tmp_path):
        for view in [w for w in interactive_widgets(window) if isinstance(w, QAbstractItemView)]:
            model = view.model()
            if model is None or model.rowCount(QModelIndex()) == 0:
                continue
            before = _snapshot(view)
            view.setFocus(Qt.FocusReason.TabFocusReason)
            view.setCurrentIndex(model.index(0, 0))
            for key in [Qt.Key.Key_Right] * 6 + [Qt.Key.Key_Down] * 4 + [Qt.Key.Key_Left] * 3 + [Qt.Key.Key_Up]:
                qtbot.keyClick(QApplication.focusWidget(), key)
                focus = QApplication.focusWidget()
                if focus is not view:
                    problems.append(
                        f"[{state}] {describe(view)}: {Qt.Key(key).name} moved the focus to "
                        f"{describe(focus) if focus else None}"
                    )
                    break
            if _snapshot(view) != before:
                problems.append(f"[{state}] {describe(view)}: the arrow keys changed its data")
    assert not problems, "\n".join(dict.fromkeys(problems))


# -- 3. high contrast ------------------------------------------------------------------------------------


def high_contrast_palette() -> QPalette:
    """What a high-contrast theme hands Qt: white on black, a yellow highlight, cyan links, green when disabled."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: black,
        QPalette.ColorRole.WindowText: white,
        QPalette.ColorRole.Base: black,
        QPalette.ColorRole.AlternateBase: QColor("#1c1c1c"),
        QPalette.ColorRole.Text: white,
        QPalette.ColorRole.Button: black,
        QPalette.ColorRole.ButtonText: white,
        QPalette.ColorRole.BrightText: yellow,
        QPalette.ColorRole.Highlight: yellow,
        QPalette.ColorRole.HighlightedText: black,
        QPalette.ColorRole.ToolTipBase: black,
        QPalette.ColorRole.ToolTipText: white,
        QPalette.ColorRole.Link: QColor("#00ffff"),
        QPalette.ColorRole.LinkVisited: QColor("#ff80ff"),
        QPalette.ColorRole.PlaceholderText: QColor("#c0c0c0"),
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: QColor("#c0c0c0"),
        QPalette.ColorRole.Mid: QColor("#808080"),
        QPalette.ColorRole.Dark: QColor("#c0c0c0"),
        QPalette.ColorRole.Shadow: white,
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#3ff23f"))
    return pal


@pytest.fixture(params=["high contrast", "light"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application palette and style sheet as views.app.make_application installs them."""
    from livcr_desktop.views.widgets.contrast import adapt_style_sheet

    old_palette, old_sheet = qapp.palette(), qapp.styleSheet()
    if request.param == "high contrast":
        qapp.setPalette(high_contrast_palette())
    qss = (ROOT / "resources" / "styles" / "app.qss").read_text(encoding="utf-8")
    qapp.setStyleSheet(adapt_style_sheet(qss, qapp.palette()))
    yield request.param
    qapp.setStyleSheet(old_sheet)
    qapp.setPalette(old_palette)


def _pixels(image: QImage) -> list[int]:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = img.width(), img.height()
    return [img.pixel(x, y) & 0xFFFFFF for y in range(height) for x in range(width)]


def rendered_contrast(label: QLabel) -> tuple[float, str, str] | None:
    """Contrast of a label's text as rendered in its window: the pixels that change when the text is
    removed are the text; under them, the background; the most distinct of them, the text colour."""
    from livcr_desktop.views.widgets.contrast import contrast_ratio

    window = label.window()
    rect = label.rect().translated(label.mapTo(window, label.rect().topLeft()))
    text = label.text()
    with_text = _pixels(window.grab(rect).toImage())
    label.setText("")
    without = _pixels(window.grab(rect).toImage())
    label.setText(text)
    changed = [i for i, (a, b) in enumerate(zip(with_text, without, strict=True)) if a != b]
    if not changed:
        return None
    backgrounds = [without[i] for i in changed]
    bg = QColor(max(set(backgrounds), key=backgrounds.count))
    fg = max((QColor(with_text[i]) for i in changed), key=lambda c: contrast_ratio(c, bg))
    return contrast_ratio(fg, bg), fg.name(), bg.name()


def label_contrast_problems(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.width() < 2 or label.height() < 2:
            continue
        if label.window() is not root:
            continue
        measured = rendered_contrast(label)
        if measured is not None and measured[0] < 4.5:
            ratio, fg, bg = measured
            problems.append(f"{describe(label)} {label.text()[:40]!r}: {fg} on {bg} is {ratio:.1f}:1")
    return problems


def item_contrast_problems(root: QWidget) -> list[str]:
    """Text colour against cell background for what the models ask for (rows shown, selection aside)."""
    from livcr_desktop.views.widgets.contrast import contrast_ratio

    problems = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible() or isinstance(view, QHeaderView):
            continue
        pal = view.palette()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for col in range(columns):
                index = model.index(row, col)
                fg_brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
                bg_brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
                if fg_brush is None and bg_brush is None:
                    continue
                alternate = (
                    view.alternatingRowColors() and row % 2 == 1 if hasattr(view, "alternatingRowColors") else False
                )
                base = pal.color(QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base)
                fg = QColor(fg_brush.color()) if fg_brush is not None else pal.color(QPalette.ColorRole.Text)
                bg = QColor(bg_brush.color()) if bg_brush is not None else base
                ratio = contrast_ratio(fg, bg)
                if ratio < 4.5:
                    problems.append(
                        f"{describe(view)} row {row} column {col}: {fg.name()} on {bg.name()} is {ratio:.1f}:1"
                    )
    return problems


def high_contrast_states(qtbot: QtBot, ctx: ServiceContext, tmp: Path) -> Iterator[State]:
    """Every place the style sheet (or a view) sets a text colour, with that text on screen."""
    from livcr_desktop.views.admin.settings_dialog import SettingsDialog
    from livcr_desktop.views.cases.case_form import CaseFormDialog
    from livcr_desktop.views.main_window import MainWindow
    from livcr_desktop.views.vault.vault_dialogs import UnlockDialog

    main = MainWindow(ctx)
    show(qtbot, main)
    main.resize(1280, 800)
    assert main.overdue_label.text() and main.count_label.text()  # overdueLabel, countLabel
    yield "main window", main
    main.show_overdue_actions()  # the overdue actions: red deadlines, the urgency of the chosen one
    main.tracker.table.selectRow(0)
    assert main.tracker.urgency_label.text()
    yield "main window, overdue actions", main
    main.close_keeping_vault_open()

    yield from live_meeting_error_states(qtbot, ctx)

    unlock = UnlockDialog(ctx.vault.path, hint="Demo: wachtwoordzin <b>demo</b>")  # hintLabel
    show(qtbot, unlock)
    unlock.passphrase.setText("niet de juiste wachtwoordzin")
    unlock.try_unlock()  # errorLabel, once the key derivation off the GUI thread reports back
    qtbot.waitUntil(unlock.error.isVisible, timeout=10_000)
    yield "unlock dialog with a hint and an error", unlock
    unlock.close()

    form = CaseFormDialog(ctx)
    show(qtbot, form)
    form.code.setText("fout")
    form.save()
    assert form.errors["code"].isVisible()
    yield "case form with errors", form
    form.close()

    settings = SettingsDialog(ctx)
    show(qtbot, settings)
    settings.show_error("cell_name", "Dit veld is verplicht.")  # errorLabel of the style sheet
    yield "settings with an error", settings
    settings.close()


def live_meeting_error_states(qtbot: QtBot, ctx: ServiceContext) -> Iterator[State]:
    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow

    live = LiveMeetingWindow(ctx, planned_meeting(ctx))
    show(qtbot, live)
    live.resize(1366, 768)
    live.attendance_page.acknowledge_all_present()
    yield "live meeting, attendance", live
    while live.pages.currentWidget() is not live.case_page:
        live.next_item()
    page = live.case_page
    page.grid.setCurrentIndex(page.grid_model.index(0, 2))
    page.domain_form.level.setCurrentIndex(3)
    page.domain_form.level_chosen(3)  # a shaded concern level in the grid
    yield "live meeting, case", live
    page.focus_new_action()
    page.action_form.add()  # no description: the error labels of the meeting pages
    assert page.action_form.errors["description"].isVisible()
    yield "live meeting, plan with an error", live
    live.flush()
    live.close()


def test_text_stays_readable_in_high_contrast(
    palette: str, qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    problems: list[str] = []
    shots: dict[str, QImage] = {}
    for state, window in high_contrast_states(qtbot, demo_ctx, tmp_path):
        qtbot.wait(10)
        problems += [f"[{state}] {p}" for p in label_contrast_problems(window) + item_contrast_problems(window)]
        if state in ("main window", "live meeting, case"):
            shots[state] = window.grab().toImage()
    if palette == "high contrast":
        save_side_by_side(IMG / "a11y-high-contrast.png", list(shots.values()))
    assert not problems, f"{len(problems)} text(s) below 4.5:1 with the {palette} palette:\n" + "\n".join(problems)


def save_side_by_side(path: Path, images: list[QImage]) -> None:
    """The grabs one above the other, scaled to at most 1366 px wide (the documentation's screenshot)."""
    from PySide6.QtGui import QPainter

    scaled = [img.scaledToWidth(min(img.width(), 1366), Qt.TransformationMode.SmoothTransformation) for img in images]
    out = QImage(max(i.width() for i in scaled), sum(i.height() for i in scaled), QImage.Format.Format_RGB32)
    out.fill(QColor("#000000"))
    painter = QPainter(out)
    y = 0
    for img in scaled:
        painter.drawImage(0, y, img)
        y += img.height()
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert out.save(str(path))


# -- 4. 150 % scaling ---------------------------------------------------------------------------------------

SCREEN_150 = {
    "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}]
}
TOLERANCE = 2  # px: rounding of a fractional scale


def cut_text_problems(root: QWidget) -> list[str]:
    """Labels narrower than their text (or, with word wrap, lower than its lines), buttons and tabs narrower
    than their text."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text()
        has_picture = label.pixmap() is not None and not label.pixmap().isNull()
        if not label.isVisible() or not text.strip() or has_picture:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + TOLERANCE:
                problems.append(f"{describe(label)} {text[:50]!r}: needs {needed} px high, has {label.height()}")
            continue
        if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        ):
            needed = label.minimumSizeHint().width()
        else:
            fm = label.fontMetrics()
            shown = _strip_mnemonic(text) if label.buddy() is not None else text
            needed = max(fm.horizontalAdvance(line) for line in shown.split("\n"))
            needed += label.contentsMargins().left() + label.contentsMargins().right() + 2 * max(label.margin(), 0)
        if needed > label.width() + TOLERANCE:
            problems.append(f"{describe(label)} {text[:50]!r}: needs {needed} px, has {label.width()}")
    for button in root.findChildren(QAbstractButton):
        text = _strip_mnemonic(button.text())
        if not button.isVisible() or not text or _is_part(button, root):
            continue
        advance = button.fontMetrics().horizontalAdvance(text)
        if button.width() + TOLERANCE < button.sizeHint().width() and advance + 8 > button.width():
            problems.append(f"{describe(button)} {text!r}: needs {button.sizeHint().width()} px, has {button.width()}")
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            text = _strip_mnemonic(bar.tabText(i))
            if bar.tabRect(i).width() + TOLERANCE < bar.tabSizeHint(i).width():
                problems.append(
                    f"{describe(bar)} tab {text!r}: needs {bar.tabSizeHint(i).width()} px, has {bar.tabRect(i).width()}"
                )
    return problems


def window_fit_problems(window: QWidget) -> list[str]:
    """The window fits on its screen: nothing placed beyond the edge, no minimum size larger than the screen."""
    screen = window.screen().availableGeometry()
    problems = []
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if minimum.width() > screen.width() or minimum.height() > screen.height():
        problems.append(
            f"{describe(window)}: needs at least {minimum.width()}×{minimum.height()}, "
            f"the screen has {screen.width()}×{screen.height()}"
        )
    size = window.size()  # where it lands is the window manager's business; that it can fit is ours
    if size.width() > screen.width() or size.height() > screen.height():
        problems.append(
            f"{describe(window)}: opens at {size.width()}×{size.height()}, the screen has "
            f"{screen.width()}×{screen.height()}"
        )
    return problems


def scaling_child(out_dir: Path) -> None:
    """Run in a process of its own with QT_SCALE_FACTOR=1.5: print JSON with the problems, save two grabs."""
    import tempfile

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtGui import QGuiApplication

    from livcr_desktop.services import unlock
    from livcr_desktop.views.app import install_language, make_application
    from livcr_desktop.views.main_window import MainWindow

    os.environ.setdefault("LIVCR_DATA_DIR", tempfile.mkdtemp())
    app = make_application([sys.argv[0]])
    install_language(app, "nl")

    def settle(ms: int = 150) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            app.processEvents()

    screen = QGuiApplication.primaryScreen()
    report: dict[str, object] = {
        "screen": [screen.geometry().width(), screen.geometry().height()],
        "dpr": screen.devicePixelRatio(),
        "problems": [],
    }
    problems: list[str] = []
    vault = unlock.create_vault(
        Path(os.environ["LIVCR_DATA_DIR"]) / "scaling.vault", "scaling test passphrase", kdf=TEST_KDF
    )
    ctx = demo.demo_context(vault, today=DEMO_TODAY)
    demo.populate(ctx)

    main = MainWindow(ctx)
    main.showMaximized()  # as views.app.Session shows it
    settle()
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        settle(50)
        state = f"main window, tab {_strip_mnemonic(main.tabs.tabText(index))}"
        problems += [f"[{state}] {p}" for p in cut_text_problems(main) + window_fit_problems(main)]
    main.tabs.setCurrentIndex(0)
    main.table.selectRow(0)
    settle()
    assert main.grab().save(str(out_dir / "a11y-150pct-main.png"))

    live = main.open_meeting(planned_meeting(ctx))  # as the application opens it (not maximised)
    settle()
    problems += [f"[live meeting, attendance] {p}" for p in cut_text_problems(live) + window_fit_problems(live)]
    live.attendance_page.acknowledge_all_present()
    live.next_item()
    settle(50)
    problems += [f"[live meeting, review] {p}" for p in cut_text_problems(live)]
    while live.pages.currentWidget() is not live.case_page:
        live.next_item()
    live.case_page.grid.setCurrentIndex(live.case_page.grid_model.index(0, 2))
    for index in reversed(range(live.case_page.tabs.count())):
        live.case_page.tabs.setCurrentIndex(index)
        settle(50)
        state = f"live meeting, case tab {_strip_mnemonic(live.case_page.tabs.tabText(index))}"
        problems += [f"[{state}] {p}" for p in cut_text_problems(live) + window_fit_problems(live)]
    settle()
    assert live.grab().save(str(out_dir / "a11y-150pct-meeting.png"))
    live.flush()
    live.close()

    for dialog in scaling_dialogs(ctx, Path(os.environ["LIVCR_DATA_DIR"])):
        dialog.show()
        settle(50)
        title = dialog.windowTitle() or type(dialog).__name__
        problems += [f"[{title}] {p}" for p in cut_text_problems(dialog) + window_fit_problems(dialog)]
        dialog.close()
    main.close()
    report["problems"] = list(dict.fromkeys(problems))
    print(json.dumps(report))


def scaling_dialogs(ctx: ServiceContext, tmp: Path) -> Iterator[QWidget]:
    """The dialogs, one at a time, as they open at their own default size."""
    from livcr_desktop.views.admin.settings_dialog import SettingsDialog
    from livcr_desktop.views.admin.users_dialog import UsersDialog
    from livcr_desktop.views.cases.case_form import CaseFormDialog
    from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog
    from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard
    from livcr_desktop.views.exchange.export_dialog import ExportDialog
    from livcr_desktop.views.exchange.import_dialog import ImportDialog
    from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog
    from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog
    from livcr_desktop.views.statistics.statistics_view import StatisticsWindow
    from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog, UnlockDialog

    case_id = cases.list_cases(ctx)[0].id
    yield CaseFormDialog(ctx, case_id)
    yield UnlockDialog(ctx.vault.path, hint="Demo")
    yield CreateVaultDialog(tmp / "new.vault", kdf=TEST_KDF)
    yield MinutesDialog(ctx, past_meeting(ctx))
    yield UsersDialog(ctx, kdf=TEST_KDF)
    yield SettingsDialog(ctx)
    yield StatisticsWindow(ctx)
    yield CaseTimelineDialog(ctx, case_id)
    yield FeedbackDialog(ctx, case_id)
    yield ExportDialog(ctx)
    yield ImportDialog(ctx)
    yield CsvImportWizard(ctx)
    yield NewMeetingDialog(ctx)


def test_nothing_is_cut_at_150_percent(tmp_path: Path, data_dir: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN_150), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR="1.5",
        LIVCR_DATA_DIR=str(data_dir),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), "scaling", str(IMG)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1280, 720] and report["dpr"] == 1.5, report
    noise = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")
    warnings = [line for line in done.stderr.splitlines() if line.strip() and line.strip() not in noise]
    assert not warnings, "\n".join(warnings)
    assert not report["problems"], f"{len(report['problems'])} problem(s) at 150 %:\n" + "\n".join(report["problems"])


if __name__ == "__main__":  # the child of test_nothing_is_cut_at_150_percent (PYTHONPATH: the repository)
    if len(sys.argv) == 3 and sys.argv[1] == "scaling":
        scaling_child(Path(sys.argv[2]))
    else:
        sys.exit("usage: test_accessibility.py scaling OUT_DIR")
