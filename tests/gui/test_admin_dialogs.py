"""The "Beheer" screens through the real widgets: backups and restore, passphrase, key, retention, audit."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, Phenomenon
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import backup, cases, retention
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.keyslots import TEST_KDF, KeyFile
from livcr_desktop.storage.vault import Vault, key_path_for
from livcr_desktop.views import tasks
from livcr_desktop.views.admin import admin_menu
from livcr_desktop.views.admin.audit_dialog import AuditDialog
from livcr_desktop.views.admin.backup_dialog import BackupDialog
from livcr_desktop.views.admin.change_passphrase_dialog import ChangePassphraseDialog
from livcr_desktop.views.admin.retention_dialog import RetentionDialog
from livcr_desktop.views.admin.rotate_key_dialog import RotateKeyDialog
from livcr_desktop.views.main_window import MainWindow
from tests.conftest import PASSPHRASE, TODAY
from tests.unit.test_vault import snapshot

NEW_PASSPHRASE = "nieuwe wachtwoordzin van de voorzitter"
SECRETARY = "wachtwoordzin van de secretaris"


def new_case(ctx: ServiceContext, n: int, **kw: object) -> int:
    draft = CaseDraft(
        code=f"LIVC-2026-{n:03d}",
        pseudonym=f"Casus {n}",
        phenomenon=Phenomenon.RADICALISM,
        registration_date=date(2019, 1, 1),
    )
    for k, v in kw.items():
        setattr(draft, k, v)
    return cases.create_case(ctx, draft)


def answer(parent: QWidget, name: str, yes: bool = True, tries: int = 200) -> list[str]:
    """Click the named confirmation box's button as soon as it is shown; returns its text."""
    seen: list[str] = []

    def click() -> None:
        box = parent.findChild(QMessageBox, name)
        if box is None or not box.isVisible():
            if len(seen) < tries:
                seen.append("")
                QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = box.findChild(QPushButton, "yesButton" if yes else "noButton")
        assert button is not None
        button.click()

    QTimer.singleShot(0, click)
    return seen


def done(qtbot: QtBot, dialog: object, _task: object = None) -> bool:
    """The dialogs work in the background: wait for every task, then say whether the last one succeeded."""
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    return bool(getattr(dialog, "outcome", False))


def box_text(seen: list[str]) -> str:
    return next((t for t in seen if t), "")


# -- the menu ------------------------------------------------------------------------------------


def test_actions_join_the_windows_beheer_menu_and_follow_the_role(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu = admin_menu.install_admin_menu(window, ctx)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.count("Beheer") == 1  # the window's own menu, not a second one
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names[-5:] == ["backupAction", "changePassphraseAction", "rotateKeyAction", "retentionAction", "auditAction"]
    admin = admin_menu.admin_actions(menu)
    assert all(a.isEnabled() for a in admin.actions())
    ctx.role = Role.SECRETARY
    menu.aboutToShow.emit()
    enabled = {a.objectName(): a.isEnabled() for a in admin.actions()}
    assert enabled == {
        "backupAction": False,
        "changePassphraseAction": True,
        "rotateKeyAction": False,
        "retentionAction": False,
        "auditAction": False,
    }
    ctx.role = Role.CHAIR
    menu.aboutToShow.emit()
    admin.audit_action.trigger()
    dialog = admin.dialog  # deletes itself on close
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    assert done(qtbot, dialog)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


def test_a_menu_of_its_own_before_help(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Bestand")
    window.menuBar().addMenu("&Help")
    menu = admin_menu.install_admin_menu(window, ctx)
    assert isinstance(menu, admin_menu.AdminMenu)
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "&Beheer", "&Help"]
    dialog = menu.open_backups()
    assert isinstance(dialog, BackupDialog)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


# -- backups -------------------------------------------------------------------------------------


def test_backup_now_and_keep(qtbot: QtBot, ctx: ServiceContext, qtmodeltester: object) -> None:
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert not dialog.backup_button.isEnabled()  # busy: no second backup meanwhile
    assert done(qtbot, dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert dialog.model.rowCount() == 2
    assert "Back-up gemaakt" in dialog.message.text()
    assert dialog.model.data(dialog.model.index(0, 1)) == "op vraag"
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    dialog.keep.setValue(1)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert backup.backup_keep(ctx) == 1
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert dialog.model.rowCount() == 1 and "2 oudere back-ups verwijderd" in dialog.message.text()


def test_restore_through_the_dialog(qtbot: QtBot, vault: Vault, ctx: ServiceContext) -> None:
    new_case(ctx, 1)
    backup.create_backup(ctx)
    new_case(ctx, 2)
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    dialog.passphrase.setText(PASSPHRASE)
    seen = answer(dialog, "confirmRestore", tries=3000)
    with qtbot.waitSignal(dialog.vault_replaced, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "1 casussen" in box_text(seen)
    assert ctx.vault is not vault and vault.closed
    assert [c.code for c in cases.list_cases(ctx)] == ["LIVC-2026-001"]
    assert "De back-up is hersteld" in dialog.message.text() and "replaced-" in dialog.message.text()
    assert dialog.passphrase.text() == ""
    ctx.vault.close()


def test_restore_a_file_from_another_disk(
    qtbot: QtBot, vault: Vault, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_case(ctx, 1)
    made = backup.create_backup(ctx).info
    usb = tmp_path / "usb"
    usb.mkdir()
    for p in (made.path, made.key_path):
        shutil.copy(p, usb / p.name)
    for p in (made.path, made.key_path, made.manifest_path):
        p.unlink()  # the laptop's own backups are gone
    new_case(ctx, 2)
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(usb / made.path.name), ""))
    dialog.passphrase.setText(PASSPHRASE)
    seen = answer(dialog, "confirmRestore", tries=3000)
    with qtbot.waitSignal(dialog.vault_replaced, timeout=10_000):
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert made.path.name in box_text(seen)
    assert [c.code for c in cases.list_cases(ctx)] == ["LIVC-2026-001"]
    ctx.vault.close()


def test_restore_cancelled_or_refused_changes_nothing(
    qtbot: QtBot, vault: Vault, ctx: ServiceContext, data_dir: Path
) -> None:
    new_case(ctx, 1)
    backup.create_backup(ctx)
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    dialog.passphrase.setText("niet de wachtwoordzin van de back-up")
    before = snapshot(data_dir / "backups")
    assert not done(qtbot, dialog, dialog.restore_selected())
    assert "opent de back-up niet" in dialog.message.text() and "niets vervangen" in dialog.message.text()
    dialog.passphrase.setText(PASSPHRASE)
    answer(dialog, "confirmRestore", yes=False, tries=3000)
    assert not done(qtbot, dialog, dialog.restore_selected())
    assert ctx.vault is vault and not vault.closed
    assert snapshot(data_dir / "backups") == before
    dialog.table.clearSelection()
    assert not done(qtbot, dialog, dialog.restore_selected()) and "Kies eerst" in dialog.message.text()


# -- passphrase and key --------------------------------------------------------------------------


def test_change_passphrase_dialog(qtbot: QtBot, vault: Vault, ctx: ServiceContext) -> None:
    dialog = ChangePassphraseDialog(ctx, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.first, "kort")
    assert "Te kort" in dialog.hint.text()
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE + "x")
    assert "verschillen" in dialog.hint.text() and not dialog.ok_button.isEnabled()
    dialog.second.setText(NEW_PASSPHRASE)
    assert not dialog.ok_button.isEnabled()  # the current passphrase is still missing
    dialog.old.setText("niet mijn wachtwoordzin")
    assert dialog.ok_button.isEnabled() and dialog.meter.value() >= 2
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not done(qtbot, dialog)
    assert dialog.isVisible() and "klopt niet" in dialog.error.text()
    dialog.old.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert dialog.result() == 1
    with pytest.raises(WrongPassphraseError):
        KeyFile.load(key_path_for(vault.path)).unlock_with_passphrase(PASSPHRASE)
    KeyFile.load(key_path_for(vault.path)).unlock_with_passphrase(NEW_PASSPHRASE)


def test_change_passphrase_refuses_the_current_one_and_keeps_the_tab_order(qtbot: QtBot, ctx: ServiceContext) -> None:
    dialog = ChangePassphraseDialog(ctx, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText(NEW_PASSPHRASE)
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE)
    assert "dezelfde als de huidige" in dialog.hint.text() and not dialog.ok_button.isEnabled()
    dialog.old.setText(PASSPHRASE)  # the current one changed: the hint and the button follow
    assert "dezelfde" not in dialog.hint.text() and dialog.ok_button.isEnabled()
    tab_stops: list[QWidget] = []
    widget: QWidget | None = dialog.old.nextInFocusChain()
    while widget is not None and len(tab_stops) < 2 and widget is not dialog.old:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            tab_stops.append(widget)
        widget = widget.nextInFocusChain()
    assert tab_stops == [dialog.first, dialog.second]  # Tab goes from the current one to the new ones


def test_rotate_key_dialog(qtbot: QtBot, vault: Vault, ctx: ServiceContext) -> None:
    new_case(ctx, 1)
    vault.add_passphrase_slot("secretaris", SECRETARY, kdf=TEST_KDF)
    old_key = KeyFile.load(key_path_for(vault.path)).unlock_with_passphrase(PASSPHRASE)[0]
    dialog = RotateKeyDialog(ctx, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "secretaris" in dialog.dropped_label.text()
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.ok_button.isEnabled()  # the chair must acknowledge that others lose access
    dialog.understood.setChecked(True)
    assert dialog.ok_button.isEnabled()
    answer(dialog, "confirmRotate", yes=False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is None
    seen = answer(dialog, "confirmRotate")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert "opnieuw versleuteld" in box_text(seen)
    assert dialog.result_value is not None
    assert "vernieuwd" in dialog.message.text() and "secretaris (wachtwoordzin)" in dialog.message.text()
    assert KeyFile.load(key_path_for(vault.path)).unlock_with_passphrase(PASSPHRASE)[0] != old_key
    assert [c.code for c in cases.list_cases(ctx)] == ["LIVC-2026-001"]
    assert dialog.ok_button.text() == "&Sluiten"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1


def test_rotate_key_dialog_wrong_passphrase(qtbot: QtBot, vault: Vault, ctx: ServiceContext) -> None:
    dialog = RotateKeyDialog(ctx, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.understood.isVisible() and "Geen andere gebruiker" in dialog.dropped_label.text()
    dialog.passphrase.setText("niet mijn wachtwoordzin")
    answer(dialog, "confirmRotate")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not done(qtbot, dialog)
    assert "klopt niet" in dialog.message.text() and dialog.result_value is None


# -- retention -----------------------------------------------------------------------------------


@pytest.fixture
def due(vault: Vault, ctx: ServiceContext) -> list[int]:
    old = ServiceContext(vault, "voorzitter", today=lambda: date(2020, 1, 15), now=lambda: datetime(2020, 1, 15))
    ids = [new_case(ctx, n, first_name=f"Naam{n}") for n in (1, 2, 3)]
    for case_id in ids[:2]:
        closed = replace(cases.get_case(old, case_id), status=CaseStatus.CLOSED)
        cases.update_case(old, case_id, closed, identity_included=False)  # closed on 15/01/2020
    return ids


def test_retention_dialog_erase_and_anonymise(
    qtbot: QtBot, ctx: ServiceContext, due: list[int], qtmodeltester: object
) -> None:
    dialog = RetentionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2 and "2 afgesloten casussen" in dialog.count_label.text()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    shown = {dialog.model.data(dialog.model.index(r, c)) for r in range(2) for c in range(6)}
    assert "Naam1" not in " ".join(str(s) for s in shown)  # no identity on this screen
    assert not dialog.erase_button.isEnabled()
    assert "verslagen" in dialog.findChild(QWidget, "retentionNote").text()  # type: ignore[union-attr]
    dialog.table.selectRow(0)
    assert dialog.erase_button.isEnabled()
    answer(dialog, "confirmRetention", yes=False)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 2 and dialog.last_result is None
    seen = answer(dialog, "confirmRetention")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert "LIVC-2026-001" in box_text(seen) and "niet ongedaan" in box_text(seen)
    assert dialog.model.rowCount() == 1 and dialog.message.text() == "Gewist: LIVC-2026-001."
    dialog.table.selectRow(0)
    answer(dialog, "confirmRetention")
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert dialog.model.rowCount() == 0 and dialog.message.text() == "Geanonimiseerd: LIVC-2026-002."
    assert sorted(c.code for c in cases.list_cases(ctx)) == ["LIVC-2026-002", "LIVC-2026-003"]
    assert cases.get_case(ctx, due[1], with_identity=True).first_name == ""


def test_retention_period_from_the_dialog(qtbot: QtBot, ctx: ServiceContext, due: list[int]) -> None:
    dialog = RetentionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.years.value() == 5
    dialog.years.setValue(10)
    qtbot.mouseClick(dialog.years_button, Qt.MouseButton.LeftButton)
    assert retention.retention_years(ctx) == 10 and dialog.model.rowCount() == 0


# -- the audit trail -----------------------------------------------------------------------------


def _tamper(vault: Vault, statements: str) -> None:
    with vault.engine.begin() as conn:
        for statement in statements.split(";"):
            conn.execute(text(statement))


@pytest.mark.parametrize(
    ("tamper", "expected", "broken"),
    [
        ("UPDATE audit_event SET detail = '{}' WHERE id = 3", "Gebeurtenis 3 is achteraf gewijzigd.", 3),
        ("DELETE FROM audit_event WHERE id = 3", "Vóór gebeurtenis 4 ontbreekt een gebeurtenis.", 4),
        (
            "UPDATE audit_event SET id = -3 WHERE id = 3; UPDATE audit_event SET id = 3 WHERE id = 4;"
            "UPDATE audit_event SET id = 4 WHERE id = -3",
            "De schakel naar gebeurtenis 3 klopt niet",
            3,
        ),
        ("DELETE FROM audit_event WHERE id >= 5", "De gebeurtenissen vanaf nummer 5 ontbreken", 5),
    ],
)
def test_audit_dialog_points_at_the_first_broken_link(
    qtbot: QtBot, vault: Vault, tamper: str, expected: str, broken: int, qtmodeltester: object
) -> None:
    path = vault.path
    ctx = ServiceContext(vault, "voorzitter", today=lambda: TODAY)
    for n in range(1, 6):
        new_case(ctx, n)
    vault.close()  # the head (6 events) is recorded
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    ctx = ServiceContext(v, "voorzitter", today=lambda: TODAY)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert done(qtbot, dialog)
    assert "intact" in dialog.status.text() and dialog.model.rowCount() == 6
    assert not dialog.goto_button.isEnabled()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    _tamper(v, tamper)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert done(qtbot, dialog)
    assert "NIET intact" in dialog.status.text() and expected in dialog.status.text()
    assert dialog.check is not None and dialog.check.first_broken_id == broken
    row = dialog.model.row_of(broken)
    if row is not None:
        selected = dialog.table.selectionModel().selectedRows()
        assert [i.row() for i in selected] == [row]
        assert dialog.model.data(dialog.model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    v.close()


def test_admin_tables_refresh_in_place(qtbot: QtBot, ctx: ServiceContext) -> None:
    """A refresh with the same rows resets nothing; a new broken mark repaints its rows only."""
    backup.create_backup(ctx)
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    resets: list[int] = []
    dialog.model.modelReset.connect(lambda: resets.append(1))
    dialog.refresh()
    assert resets == [] and dialog.selected() is not None
    audit = AuditDialog(ctx)
    qtbot.addWidget(audit)
    assert done(qtbot, audit)
    model = audit.model
    rows = model.rows()
    model.modelReset.connect(lambda: resets.append(1))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    model.show(rows, rows[1].id)
    assert resets == [] and changed == [(1, 1)]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    model.show(rows, None)
    assert resets == [] and changed == [(1, 1), (1, 1)]


def test_audit_rows_hold_no_identity(qtbot: QtBot, ctx: ServiceContext) -> None:
    case_id = new_case(ctx, 1, first_name="Geheimvoornaam", screening_notes="Geheime notitie")
    cases.get_case(ctx, case_id, with_identity=True)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    assert done(qtbot, dialog)
    cells = " ".join(
        str(dialog.model.data(dialog.model.index(r, c)))
        for r in range(dialog.model.rowCount())
        for c in range(dialog.model.columnCount())
    )
    assert "read_identity" in cells and "Geheimvoornaam" not in cells and "Geheime notitie" not in cells
    with ctx.vault.session() as s:
        assert s.scalar(select(models.AuditEvent.id).order_by(models.AuditEvent.id.desc())) == int(
            dialog.model.data(dialog.model.index(0, 0))
        )
