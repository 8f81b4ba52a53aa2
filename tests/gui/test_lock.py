"""Locking the session: Ctrl+L, idle time and the OS screen lock; unlocking returns to where one was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.services import users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views.cases.case_form import CaseFormDialog
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.vault.lock import SessionLock
from tests.conftest import PASSPHRASE
from tests.helpers.factories import add_cases
from tests.helpers.meeting_factory import make_cell, make_meeting


def setup(qtbot: QtBot, vault: Vault, idle_minutes: float = 5) -> tuple[ServiceContext, MainWindow, SessionLock]:
    ctx = users.context_for(vault)
    add_cases(ctx, 12)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return ctx, main, SessionLock(ctx, main, idle_minutes=idle_minutes)


def unlock_with(qtbot: QtBot, lock: SessionLock, passphrase: str) -> None:
    assert lock.dialog is not None
    qtbot.addWidget(lock.dialog)
    dialog = lock.dialog
    dialog.passphrase.setText(passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # the key is derived off the GUI thread


def test_ctrl_l_locks_everything_and_unlock_returns(qtbot: QtBot, vault: Vault) -> None:
    ctx, main, lock = setup(qtbot, vault)
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    live = main.open_meeting(mid)
    qtbot.addWidget(live)
    live._confirmed_without_attendance = True
    live.next_item()
    live.next_item()
    before = live.case_page.case_id
    assert before is not None
    form = CaseFormDialog(ctx, None, main)
    qtbot.addWidget(form)
    form.show()
    live.set_timer_running(True)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked and vault.closed
    for _ in range(7):  # the meeting clock keeps ticking behind the lock without touching the vault
        live._on_tick()
    from livcr_desktop.services import cases
    from livcr_desktop.storage.errors import VaultClosedError

    with pytest.raises(VaultClosedError):  # the closed vault opens no connection behind the lock
        cases.list_cases(ctx)
    assert not main.isVisible() and not live.isVisible() and not form.isVisible()
    assert main.model.rowCount() == 0  # nothing readable behind the lock screen
    assert lock.dialog is not None and lock.dialog.isVisible()
    unlock_with(qtbot, lock, "verkeerd wachtwoord!")
    assert lock.is_locked and "Verkeerde wachtwoordzin" in lock.dialog.error.text()
    assert lock.dialog.throttle is not None
    lock.dialog.throttle.record_success()
    unlock_with(qtbot, lock, PASSPHRASE)
    assert not lock.is_locked and not ctx.vault.closed and ctx.vault is not vault
    assert main.isVisible() and live.isVisible() and main.model.rowCount() == 15
    assert live.case_page.case_id == before and live.pages.currentWidget() is live.case_page  # where it was
    with ctx.vault.session() as s:
        actions = list(s.scalars(select(models.AuditEvent.action).order_by(models.AuditEvent.id)))
    assert actions[-3:] == ["lock", "login", "failed_login"]  # the wrong try is recorded at the next login
    live.close()
    main.close()


def test_idle_time_locks(qtbot: QtBot, vault: Vault) -> None:
    _ctx, main, lock = setup(qtbot, vault, idle_minutes=0.002)  # about 120 ms
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert vault.closed
    unlock_with(qtbot, lock, PASSPHRASE)
    assert not lock.is_locked
    main.close()


def test_activity_postpones_the_idle_lock(qtbot: QtBot, vault: Vault) -> None:
    _ctx, main, lock = setup(qtbot, vault, idle_minutes=0.005)  # 300 ms
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(main.search, Qt.Key.Key_A)
    assert not lock.is_locked
    main.close()


def test_os_screen_lock_signal_locks(qtbot: QtBot, vault: Vault) -> None:
    _ctx, main, lock = setup(qtbot, vault)
    lock.on_screensaver(False)
    assert not lock.is_locked
    lock.on_screensaver(True)  # what the D-Bus ScreenSaver.ActiveChanged(true) signal calls
    assert lock.is_locked
    assert QApplication.activeModalWidget() is None or lock.dialog is not None
    unlock_with(qtbot, lock, PASSPHRASE)
    main.close()


@pytest.mark.keyring_real  # runs inside the D-Bus session that the Secret Service tests get
def test_real_dbus_screensaver_signal_locks(qtbot: QtBot, vault: Vault) -> None:
    import os
    import shutil
    import subprocess

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or shutil.which("dbus-send") is None:
        pytest.skip("no D-Bus session bus here (make test runs this inside dbus-run-session)")
    _ctx, main, lock = setup(qtbot, vault)
    subprocess.run(
        [
            "dbus-send",
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ],
        check=True,
        timeout=10,
    )
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    unlock_with(qtbot, lock, PASSPHRASE)
    main.close()
