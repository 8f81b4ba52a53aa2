"""Switching the interface language rebuilds the windows without closing the vault or losing work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.services import users
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views import app as app_module
from livcr_desktop.views.language import SETTINGS_KEY, saved_language
from livcr_desktop.views.main_window import MainWindow
from tests.helpers.meeting_factory import make_cell, make_meeting


@pytest.fixture(autouse=True)
def private_qt_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().remove(SETTINGS_KEY)


def test_switch_language_keeps_the_vault_and_the_running_meeting(qtbot: QtBot, vault: Vault) -> None:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    ctx = users.context_for(vault)
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    session = app_module.Session(qapp, ctx)
    first = session.show_main()
    qtbot.addWidget(first)
    live = first.open_meeting(mid)
    qtbot.addWidget(live)
    live._confirmed_without_attendance = True
    live.next_item()
    live.next_item()
    try:
        english = first.findChild(QAction, "language_en")
        assert english is not None
        english.trigger()
        second = session.window
        assert isinstance(second, MainWindow) and second is not first
        qtbot.addWidget(second)
        assert not first.isVisible() and not vault.closed  # the vault stayed open
        assert saved_language() == "en" and QLocale().name() == "en_BE"
        resumed = second.live_windows[mid]
        qtbot.addWidget(resumed)
        assert resumed.case_page.case_id is not None  # the meeting is back where it was
        assert session.lock is not None and session.lock.main_window is second
        chosen = second.findChild(QAction, "language_en")
        assert chosen is not None and chosen.isChecked()
    finally:
        app_module.install_language(qapp, "nl")
        assert QLocale().name() == "nl_BE"
        assert app_module._switcher is not None
        app_module._switcher.clear()  # leave no translator behind for the next tests
