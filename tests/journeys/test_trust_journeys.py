"""Journeys of issue 12 (trust under faults), driven through the main window with key presses.

1. The chair opens a vault whose audit trail was cut short behind the application's back: the
   main window says so in a banner; the chair reaches its button with Tab, acknowledges the gap with a
   reason (typed), and the banner goes; ``audit verify`` is ok again and the acknowledgement is itself
   in the audit trail. A read-only member never sees the banner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.roles import Role
from livcr_desktop.services import audit_log
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import open_vault
from livcr_desktop.storage import models
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.unit.test_audit_chain import add_cases, ctx_of, sql


def _cut_audit_trail(vault: Vault, ctx: ServiceContext) -> Path:
    """Eight cases, a recorded head, then the last events deleted with the raw key (the attack)."""
    add_cases(ctx, 8)
    path = vault.path
    vault.close()
    opened = Vault.open_with_passphrase(path, PASSPHRASE)
    sql(opened, "DELETE FROM audit_event WHERE id >= 6")
    opened._closed = True  # the attacker's own connection records nothing
    opened.engine.dispose()
    return path


def test_chair_sees_a_cut_audit_trail_and_acknowledges_it_by_keyboard(
    qtbot: QtBot, vault: Vault, ctx: ServiceContext
) -> None:
    path = _cut_audit_trail(vault, ctx)
    v = open_vault(path, PASSPHRASE)  # a login: the gap is noted
    try:
        reader = MainWindow(ServiceContext(v, "lid", role=Role.READ_ONLY))
        qtbot.addWidget(reader)
        reader.show()
        assert reader.audit_banner.isHidden()  # only the chair is told
        reader.hide()  # closing the main window would close (lock) the vault

        window = MainWindow(ctx_of(v))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        banner = window.audit_banner
        assert banner.isVisible()
        assert "ontbreken sinds" in window.audit_banner_text.text()
        assert not audit_log.check_vault(v).ok

        typed = "verwijderd bij een test van de leverancier"
        seen: dict[str, object] = {}

        def in_the_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            waited = int(seen.get("waited", 0))  # type: ignore[call-overload]
            if (dialog is None or not dialog.isActiveWindow()) and waited < 200:
                seen["waited"] = waited + 1
                QTimer.singleShot(10, in_the_dialog)  # not shown and activated yet
                return
            assert dialog is not None
            seen["title"] = dialog.windowTitle()
            reason = dialog.findChild(QLineEdit, "reasonEdit")
            ok = dialog.findChild(QPushButton, "acknowledgeButton")
            assert reason is not None and ok is not None
            seen["focus"] = QApplication.focusWidget() is reason  # the dialog opens on the reason
            seen["enabled_before"] = ok.isEnabled()
            QTest.keyClicks(reason, typed)
            seen["enabled_after"] = ok.isEnabled()
            QTest.keyClick(reason, Qt.Key.Key_Return)
            if isinstance(dialog, QDialog) and dialog.isVisible():  # Return did not confirm: do not hang
                dialog.reject()

        button = banner.findChild(QPushButton, "auditBannerButton")
        assert button is not None and button.isVisible()
        QTest.keyClick(window.search, Qt.Key.Key_Backtab)  # it stands first on the page: one Shift+Tab away
        assert button.hasFocus()
        QTimer.singleShot(0, in_the_dialog)
        QTest.keyClick(button, Qt.Key.Key_Space)  # "Bevestigen met een reden…"

        assert "onvolledige audittrail" in str(seen["title"]).lower()
        assert seen["focus"] is True
        assert seen["enabled_before"] is False and seen["enabled_after"] is True  # no empty reason
        assert banner.isHidden()
        assert audit_log.check_vault(v).ok
        with v.session() as s:
            last = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
        assert last is not None and "acknowledge" in last.action and last.user == "voorzitter"
    finally:
        v.close()
