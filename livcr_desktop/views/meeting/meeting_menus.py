"""The menus of the chair's window: every command with its shortcut, and the projector's menu and dock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from livcr_desktop.views.projector.controller import ProjectorController


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


class MeetingCommands(Protocol):
    """What the menus trigger (``LiveMeetingWindow`` provides it)."""

    def next_item(self) -> None: ...
    def previous_item(self) -> None: ...
    def show_attendance(self) -> None: ...
    def new_contribution(self) -> None: ...
    def new_decision(self) -> None: ...
    def new_action(self) -> None: ...
    def toggle_timer(self) -> None: ...
    def shift_selected(self, delta: int) -> None: ...
    def open_feedback_form(self) -> None: ...
    def close_meeting(self) -> None: ...
    def reopen_meeting(self) -> None: ...
    def show_help(self) -> None: ...


def build_menus(window: QMainWindow, undo: QUndoStack, commands: MeetingCommands) -> tuple[QAction, QAction]:
    """The Vergadering, Bewerken and Help menus, their shortcuts working anywhere in ``window``.

    Returns the undo and redo actions."""

    def action(text: str, keys: str, slot: Callable[[], None], name: str) -> QAction:
        a = QAction(text, window)
        a.setObjectName(name)
        a.setShortcut(QKeySequence(keys))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        window.addAction(a)
        return a

    menu = window.menuBar().addMenu(_t("&Vergadering"))
    for a in (
        action(_t("Volgend agendapunt"), "Ctrl+PgDown", commands.next_item, "nextItemAction"),
        action(_t("Vorig agendapunt"), "Ctrl+PgUp", commands.previous_item, "previousItemAction"),
        action(_t("Aanwezigheid"), "F2", commands.show_attendance, "attendanceAction"),
        action(_t("Nieuwe bijdrage"), "Ctrl+B", commands.new_contribution, "newContributionAction"),
        action(_t("Nieuwe beslissing"), "Ctrl+D", commands.new_decision, "newDecisionAction"),
        action(_t("Nieuwe actie"), "Ctrl+Shift+A", commands.new_action, "newActionAction"),
        action(_t("Timer starten/stoppen"), "Ctrl+T", commands.toggle_timer, "timerAction"),
        action(_t("Agendapunt hoger"), "Ctrl+Shift+Up", lambda: commands.shift_selected(-1), "moveUpAction"),
        action(_t("Agendapunt lager"), "Ctrl+Shift+Down", lambda: commands.shift_selected(1), "moveDownAction"),
    ):
        menu.addAction(a)
    menu.addSeparator()
    menu.addAction(
        action(_t("Terugkoppelingsfiche…"), "Ctrl+Shift+K", commands.open_feedback_form, "feedbackFormAction")
    )
    menu.addSeparator()
    menu.addAction(action(_t("Vergadering afsluiten…"), "Ctrl+Shift+E", commands.close_meeting, "closeMeetingAction"))
    menu.addAction(action(_t("Vergadering heropenen…"), "Ctrl+Shift+O", commands.reopen_meeting, "reopenMeetingAction"))
    edit = window.menuBar().addMenu(_t("Be&werken"))
    undo_action = undo.createUndoAction(window, _t("Ongedaan maken"))
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    redo_action = undo.createRedoAction(window, _t("Opnieuw"))
    redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    edit.addAction(undo_action)
    edit.addAction(redo_action)
    help_menu = window.menuBar().addMenu(_t("&Help"))
    help_menu.addAction(action(_t("Sneltoetsen"), "F1", commands.show_help, "helpAction"))
    return undo_action, redo_action


EDITING_ACTIONS = (
    "newContributionAction",
    "newDecisionAction",
    "newActionAction",
    "timerAction",
    "moveUpAction",
    "moveDownAction",
    "closeMeetingAction",
)


def set_editing_enabled(window: QMainWindow, enabled: bool, may_reopen: bool) -> None:
    """A closed meeting: the commands that change it are disabled, "heropenen" is the way back."""
    for action in window.findChildren(QAction):
        if action.objectName() in EDITING_ACTIONS:
            action.setEnabled(enabled)
        elif action.objectName() == "reopenMeetingAction":
            action.setEnabled(may_reopen)


def add_projector_menu(window: QMainWindow, projector: ProjectorController) -> QDockWidget:
    """A Projector menu before Help, and the projector's controls and preview in a dock; returns the dock."""
    help_menu = window.menuBar().actions()[-1]
    menu = QMenu(_t("P&rojector"), window)
    window.menuBar().insertMenu(help_menu, menu)  # before Help
    for a in projector.all_actions():
        menu.addAction(a)
    dock = QDockWidget(_t("Projector"), window)
    dock.setObjectName("projectorDock")
    dock.setWidget(projector.panel)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    menu.addSeparator()
    menu.addAction(dock.toggleViewAction())
    return dock
