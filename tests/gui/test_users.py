"""Users and roles on one vault: own key slots, the chair manages them, the services enforce roles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Phenomenon
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.domain.roles import PERMISSIONS, Permission, PermissionDenied, Role
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, meetings, minutes, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.meeting_factory import make_cell, make_meeting

CM_PASS = "casemanager eigen wachtwoordzin"


def open_as(path: object, passphrase: str) -> ServiceContext:
    from pathlib import Path

    assert isinstance(path, Path)
    return users.context_for(Vault.open_with_passphrase(path, passphrase))


def draft(code: str) -> CaseDraft:
    return CaseDraft(
        code=code, registration_date=date(2026, 5, 1), phenomenon=Phenomenon.EXTREMISM, first_name="Verborgen"
    )


def test_the_creator_becomes_chair_and_the_table_is_complete(vault: Vault) -> None:
    ctx = users.context_for(vault)
    assert ctx.role is Role.CHAIR and ctx.user == "voorzitter"
    assert [u.name for u in users.list_users(ctx)] == ["voorzitter"]
    assert set(PERMISSIONS) == set(Role)  # every role has its row in the one table
    assert PERMISSIONS[Role.CHAIR] == frozenset(Permission)


def test_chair_adds_a_casemanager_who_opens_with_own_passphrase(vault: Vault) -> None:
    chair = users.context_for(vault)
    users.add_user(chair, "casemanager", "Sara Gefingeerd", Role.CASE_MANAGER, CM_PASS, kdf=TEST_KDF)
    path = vault.path
    vault.close()
    cm = open_as(path, CM_PASS)
    try:
        assert cm.role is Role.CASE_MANAGER and cm.user == "casemanager"
        case_id = cases.create_case(cm, draft("LIVC-2026-101"))
        assert cases.get_case(cm, case_id, with_identity=True).first_name == "Verborgen"
        with pytest.raises(PermissionDenied):
            users.add_user(cm, "nog-iemand", "X", Role.CHAIR, "nog een lange wachtwoordzin", kdf=TEST_KDF)
        with pytest.raises(PermissionDenied):
            meetings.create_meeting(cm, MeetingDraft(meeting_date=date(2026, 12, 1), place="x", chair_id=1))
        with cm.vault.session() as s:
            actors = set(s.scalars(select(models.AuditEvent.user).where(models.AuditEvent.entity == "case")))
        assert actors == {"casemanager"}  # the audit log records the acting user
    finally:
        cm.vault.close()


def test_read_only_member_sees_but_cannot_change(vault: Vault) -> None:
    chair = users.context_for(vault)
    cell = make_cell(chair)
    mid = make_meeting(chair, cell)
    users.add_user(chair, "lid", "Lid Alleen Lezen", Role.READ_ONLY, "alleen lezen wachtwoordzin", kdf=TEST_KDF)
    path = vault.path
    vault.close()
    ro = open_as(path, "alleen lezen wachtwoordzin")
    try:
        assert len(cases.list_cases(ro)) == 3
        assert meetings.get_meeting(ro, mid).number
        for forbidden in (
            lambda: cases.create_case(ro, draft("LIVC-2026-102")),
            lambda: cases.get_case(ro, cell.cases["due"], with_identity=True),
            lambda: meetings.start_meeting(ro, mid),
            lambda: minutes.finalise(ro, mid),
        ):
            with pytest.raises(PermissionDenied):
                forbidden()
        assert cases.get_case(ro, cell.cases["due"]).first_name == ""  # without identity it may read
    finally:
        ro.vault.close()


def test_removing_a_user_deletes_their_slot(vault: Vault) -> None:
    chair = users.context_for(vault)
    users.add_user(chair, "secretaris", "Secretaris", Role.SECRETARY, "secretaris wachtwoordzin", kdf=TEST_KDF)
    users.remove_user(chair, "secretaris")
    path = vault.path
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(path, "secretaris wachtwoordzin")
    again = open_as(path, PASSPHRASE)
    try:
        listed = {u.name: u for u in users.list_users(again)}
        assert not listed["secretaris"].active and listed["secretaris"].passphrase_slots == 0
    finally:
        again.vault.close()


def test_user_rules(vault: Vault) -> None:
    chair = users.context_for(vault)
    with pytest.raises(ValidationError):
        users.remove_user(chair, "voorzitter")  # not yourself
    with pytest.raises(ValidationError):
        users.set_role(chair, "voorzitter", Role.READ_ONLY)  # the last chair stays
    with pytest.raises(ValidationError):
        users.add_user(chair, "Bad Name!", "x", Role.SECRETARY, "lang genoeg wachtwoord", kdf=TEST_KDF)
    with pytest.raises(ValidationError):
        users.add_user(chair, "kort", "x", Role.SECRETARY, "kort", kdf=TEST_KDF)
    users.add_user(chair, "tweede", "Tweede voorzitter", Role.CHAIR, "tweede voorzitter pw", kdf=TEST_KDF)
    with pytest.raises(ValidationError):
        users.add_user(chair, "tweede", "x", Role.SECRETARY, "nog een wachtwoordzin", kdf=TEST_KDF)
    users.set_role(chair, "voorzitter", Role.SECRETARY)  # allowed now: another chair exists
    assert {u.name: u.role for u in users.list_users(chair)}["voorzitter"] is Role.SECRETARY


def test_users_dialog_adds_and_removes(qtbot: object, qtmodeltester: object, vault: Vault) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from pytestqt.qtbot import QtBot

    from livcr_desktop.views.admin.users_dialog import UsersDialog, UserTableModel

    assert isinstance(qtbot, QtBot)
    chair = users.context_for(vault)
    dlg = UsersDialog(chair, kdf=TEST_KDF)
    qtbot.addWidget(dlg)
    dlg.show()
    standalone = UserTableModel()
    standalone.set_rows(users.list_users(chair))
    qtmodeltester.check(standalone, force_py=True)  # type: ignore[attr-defined]
    dlg.name.setText("casemanager")
    dlg.display.setText("Sara Gefingeerd")
    dlg.role.setCurrentIndex(dlg.role.findData(Role.CASE_MANAGER.value))
    dlg.passphrase.setText(CM_PASS)
    dlg.repeat.setText("iets anders")
    dlg.add_button.click()
    assert "verschillen" in dlg.message.text() and dlg.model.rowCount() == 1
    dlg.repeat.setText(CM_PASS)
    dlg.add_button.click()
    assert dlg.model.rowCount() == 2
    dlg.table.selectRow([dlg.model.entry(r).name for r in range(2)].index("casemanager"))

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    dlg.remove_button.click()
    assert "verwijderd" in dlg.message.text()
    path = vault.path
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_passphrase(path, CM_PASS)


def test_users_dialog_is_read_only_for_others(qtbot: object, vault: Vault) -> None:
    from pytestqt.qtbot import QtBot

    from livcr_desktop.views.admin.users_dialog import UsersDialog

    assert isinstance(qtbot, QtBot)
    chair = users.context_for(vault)
    users.add_user(chair, "lid", "Lid", Role.READ_ONLY, "alleen lezen wachtwoordzin", kdf=TEST_KDF)
    ro = ServiceContext(vault, "lid", role=Role.READ_ONLY)
    dlg = UsersDialog(ro, kdf=TEST_KDF)
    qtbot.addWidget(dlg)
    assert not dlg.add_button.isEnabled() and "Alleen de voorzitter" in dlg.message.text()
