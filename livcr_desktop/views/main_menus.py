"""The main window's menu bar, its window-wide shortcuts and the case list's context menu.

Built from the window's slots (the :class:`MenuHost` protocol), so this module never imports the window:
it sits between ``main_window`` and the feature folders in the ``views-folders`` layers. The screens
behind the "Beheer" menu are imported when they are first opened, as in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTableView, QWidget

from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.language import LANGUAGES


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MenuHost(Protocol):
    """What the menus call on the main window."""

    ctx: ServiceContext

    def new_case(self) -> None: ...
    def open_selected(self) -> None: ...
    def open_selected_timeline(self) -> QWidget | None: ...
    def mark_selected_for_next_agenda(self) -> None: ...
    def open_selected_feedback(self) -> QWidget | None: ...
    def fill_next_agenda(self) -> object: ...
    def show_tracker(self) -> None: ...
    def focus_case_search(self) -> None: ...
    def focus_full_text_search(self) -> None: ...
    def show_shortcuts(self) -> QWidget: ...
    def show_about(self) -> None: ...
    def choose_language(self, code: str) -> None: ...
    def selected_case_code(self) -> str | None: ...
    def settings_saved(self) -> None: ...
    def refresh(self) -> None: ...


@dataclass(frozen=True, slots=True)
class MainActions:
    """The actions the window and its tests reach by name."""

    new: QAction
    open: QAction
    timeline: QAction
    mark: QAction
    feedback: QAction
    shortcuts: QAction
    admin_menu: QMenu


def _action(
    window: QMainWindow, menu: QMenu | None, text: str, slot: Callable[[], object], keys: QKeySequence | None = None
) -> QAction:
    action = QAction(text, window)
    if keys is not None:
        action.setShortcut(keys)
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    else:
        window.addAction(action)  # a shortcut of the whole window, in no menu
    return action


def build_main_menus(window: QMainWindow, host: MenuHost) -> MainActions:
    """Bestand, Opvolging, Beheer, Taal and Help, plus Ctrl+F for the case search."""
    ctx = host.ctx
    file_menu = window.menuBar().addMenu(_t("&Bestand"))
    new = _action(window, file_menu, _t("&Nieuwe casus…"), host.new_case, QKeySequence(QKeySequence.StandardKey.New))
    new.setEnabled(ctx.may(Permission.EDIT_CASES))
    ctrl_return = QKeySequence(Qt.Key.Key_Return | Qt.KeyboardModifier.ControlModifier)
    open_ = _action(window, file_menu, _t("Casus &openen"), host.open_selected, ctrl_return)
    file_menu.addSeparator()
    _action(window, file_menu, _t("&Afsluiten"), window.close, QKeySequence(QKeySequence.StandardKey.Quit))
    timeline, mark, feedback = _follow_up_menu(window, host)
    admin_menu = _admin_menu(window, host)
    _action(window, None, _t("&Zoeken"), host.focus_case_search, QKeySequence(QKeySequence.StandardKey.Find))
    _language_menu(window, host)
    help_menu = window.menuBar().addMenu(_t("&Help"))
    shortcuts = _action(window, help_menu, _t("&Sneltoetsen"), host.show_shortcuts, QKeySequence(Qt.Key.Key_F1))
    shortcuts.setObjectName("shortcutsAction")
    _action(window, help_menu, _t("&Over LIVC-R Desktop"), host.show_about)
    return MainActions(new, open_, timeline, mark, feedback, shortcuts, admin_menu)


def _follow_up_menu(window: QMainWindow, host: MenuHost) -> tuple[QAction, QAction, QAction]:
    menu = window.menuBar().addMenu(_t("&Opvolging"))
    ctrl_t = QKeySequence(Qt.Key.Key_T | Qt.KeyboardModifier.ControlModifier)
    timeline = _action(window, menu, _t("&Tijdlijn van de casus"), host.open_selected_timeline, ctrl_t)
    mark = _action(window, menu, _t("Op de &volgende agenda zetten"), host.mark_selected_for_next_agenda)
    feedback = _action(window, menu, _t("Terugkoppeling aan &signaalgever…"), host.open_selected_feedback)
    menu.addSeparator()
    _action(window, menu, _t("&Actieopvolging"), host.show_tracker, QKeySequence("Ctrl+Shift+A"))
    fill = _action(window, menu, _t("Volgende agenda v&ullen"), host.fill_next_agenda)
    _action(window, menu, _t("&Zoeken in alles"), host.focus_full_text_search, QKeySequence("Ctrl+Shift+F"))
    may = host.ctx.may(Permission.FOLLOW_UP)
    for action in (mark, feedback, fill):
        action.setEnabled(may)
    return timeline, mark, feedback


def _admin_menu(window: QMainWindow, host: MenuHost) -> QMenu:
    """Statistics, settings, users and the exchange; backups and retention join it (views/admin/admin_menu.py)."""
    ctx = host.ctx
    menu = window.menuBar().addMenu(_t("Behee&r"))
    menu.setObjectName("adminMenu")
    entries: tuple[tuple[str, str, Callable[[], object], bool], ...] = (
        ("statisticsAction", _t("&Statistiek voor preventie…"), lambda: _open_statistics(window, ctx), True),
        (
            "settingsAction",
            _t("&Instellingen van de cel…"),
            lambda: _open_settings(window, host),
            ctx.may(Permission.ADMINISTER),
        ),
        ("usersAction", _t("&Gebruikers…"), lambda: _open_users(window, ctx), True),
    )
    exchange_allowed = ctx.may(Permission.EXPORT_DATA)
    exchange: tuple[tuple[str, str, Callable[[], object], bool], ...] = (
        ("exportAction", _t("&Exporteren (uitwisselingsformaat)…"), lambda: _open_export(window, ctx), True),
        (
            "exportCaseAction",
            _t("Alles over de gekozen &casus exporteren (inzageverzoek)…"),
            lambda: _open_case_export(window, host),
            True,
        ),
        ("importAction", _t("Im&porteren (uitwisselingsformaat)…"), lambda: _open_import(window, host), True),
        ("importCsvAction", _t("Casus&lijst importeren uit CSV…"), lambda: _open_csv_import(window, host), True),
    )
    for group, allowed in ((entries, True), (exchange, exchange_allowed)):
        for name, text, slot, enabled in group:
            action = _action(window, menu, text, slot)
            action.setObjectName(name)
            action.setEnabled(enabled and allowed)
        menu.addSeparator()
    return menu


def _language_menu(window: QMainWindow, host: MenuHost) -> None:
    menu = window.menuBar().addMenu(_t("&Taal"))
    menu.setObjectName("languageMenu")
    current = QLocale().name()[:2]  # the language switcher sets the default locale with the language
    for code, name in LANGUAGES.items():
        action = _action(window, menu, name, lambda c=code: host.choose_language(c))  # type: ignore[misc]
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)


def show_case_menu(window: QMainWindow, table: QTableView, pos: QPoint, actions: MainActions) -> None:
    """The context menu of a row of the case list (right click or the menu key)."""
    index = table.indexAt(pos)
    if not index.isValid():
        return
    table.selectRow(index.row())
    menu = QMenu(window)
    for action in (actions.open, actions.timeline, actions.mark, actions.feedback):
        menu.addAction(action)
    menu.popup(table.viewport().mapToGlobal(pos))


# -- what the Beheer menu opens --------------------------------------------------------------------


def _open_statistics(window: QWidget, ctx: ServiceContext) -> None:
    from livcr_desktop.views.statistics.statistics_view import open_statistics

    open_statistics(window, ctx)


def _open_settings(window: QWidget, host: MenuHost) -> None:
    from livcr_desktop.views.admin.settings_dialog import open_settings

    if open_settings(window, host.ctx):
        host.settings_saved()


def _open_users(window: QWidget, ctx: ServiceContext) -> None:
    from livcr_desktop.views.admin.users_dialog import UsersDialog

    UsersDialog(ctx, parent=window).exec()


def _open_export(window: QWidget, ctx: ServiceContext) -> None:
    from livcr_desktop.views.exchange.export_dialog import ExportDialog

    ExportDialog(ctx, parent=window).exec()


def _open_case_export(window: QWidget, host: MenuHost) -> None:
    from livcr_desktop.views.exchange.export_dialog import ExportDialog

    code = host.selected_case_code()
    if code is None:
        QMessageBox.information(window, _t("Casus exporteren"), _t("Kies eerst een casus in de lijst."))
        return
    ExportDialog(host.ctx, case_code=code, parent=window).exec()


def _open_import(window: QWidget, host: MenuHost) -> None:
    from livcr_desktop.views.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(host.ctx, parent=window)
    dialog.imported.connect(host.refresh)
    dialog.exec()


def _open_csv_import(window: QWidget, host: MenuHost) -> None:
    from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard

    wizard = CsvImportWizard(host.ctx, parent=window)
    wizard.imported.connect(lambda _ids: host.refresh())
    wizard.exec()
