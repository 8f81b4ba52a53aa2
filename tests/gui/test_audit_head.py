"""The recorded audit head is a high-water mark: deleting events and closing normally never hides it.

The attack from issue 12: with the raw database key, delete the last rows (or every row) of
``audit_event``; then open and close the vault normally and run ``audit verify`` twice. Before the
fix the close recorded the shorter chain as the new head and the second verify said "ok".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import audit_log, backup
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import open_vault
from livcr_desktop.storage.vault import TRUNCATION_ACTION, Vault, key_path_for
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse)
from tests.unit.test_audit_chain import (
    add_cases,
    ctx_of,
    event_count,
    run_cli,
    sql,
)


@pytest.fixture
def trail(vault: Vault, ctx: ServiceContext) -> Vault:
    """A vault with 1 + 8 events whose head was recorded (closed and opened again)."""
    add_cases(ctx, 8)
    path = vault.path
    vault.close()
    return Vault.open_with_passphrase(path, PASSPHRASE)


def verify(path: Path) -> audit_log.AuditCheck:
    """``audit verify`` as the command does it: open (a login), check, close."""
    v = open_vault(path, PASSPHRASE)
    try:
        return audit_log.check_vault(v)
    finally:
        v.close()


def actions(v: Vault) -> list[str]:
    from sqlalchemy import select

    from livcr_desktop.storage import models

    with v.session() as s:
        return list(s.scalars(select(models.AuditEvent.action).order_by(models.AuditEvent.id)))


@pytest.mark.parametrize("where", ["id >= 7", "1 = 1"], ids=["last rows", "every row"])
def test_deleting_events_then_open_and_close_stays_reported(trail: Vault, where: str) -> None:
    path = trail.path
    sql(trail, f"DELETE FROM audit_event WHERE {where}")
    trail._closed = True  # the attacker's own connection: nothing recorded
    trail.engine.dispose()
    v = Vault.open_with_passphrase(path, PASSPHRASE)  # an ordinary open and close
    v.close()
    first, second = verify(path), verify(path)
    assert not first.ok and not second.ok, (first.summary(), second.summary())
    v = open_vault(path, PASSPHRASE)
    try:
        assert actions(v).count(TRUNCATION_ACTION) == 1  # recorded once, however often it was seen
        opened = audit_log.open_truncations(v)
        assert len(opened) == 1 and opened[0].missing > 0
        assert "events missing since" in opened[0].text()
        for _ in range(12):  # the chain grows past the recorded head: still not ok
            audit_log.record_lock(ctx_of(v))
    finally:
        v.close()
    assert not verify(path).ok


def test_cli_audit_verify_twice_after_truncation(trail: Vault, data_dir: Path) -> None:
    path = trail.path
    sql(trail, "DELETE FROM audit_event WHERE id >= 5")
    trail.close()
    for _ in range(2):
        proc = run_cli(data_dir, "audit", "verify", "--vault", str(path))
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert proc.stdout.startswith("audit chain: BROKEN")


def test_acknowledgement_by_the_chair_with_a_reason_clears_it(trail: Vault) -> None:
    path = trail.path
    sql(trail, "DELETE FROM audit_event WHERE id >= 7")
    trail.close()
    v = open_vault(path, PASSPHRASE)
    try:
        assert audit_log.open_truncations(v)
        reader = ServiceContext(v, "lid", role=Role.READ_ONLY)
        with pytest.raises(PermissionDenied):
            audit_log.acknowledge_truncations(reader, "no")
        with pytest.raises(ValueError):
            audit_log.acknowledge_truncations(ctx_of(v), "   ")
        assert audit_log.acknowledge_truncations(ctx_of(v), "test data removed by the supplier, ticket 42") == 1
        assert audit_log.open_truncations(v) == []
        assert "audit_truncation_acknowledged" in actions(v)
        assert audit_log.check_vault(v).ok
    finally:
        v.close()
    assert verify(path).ok and verify(path).ok


def test_a_vault_copied_back_from_before_a_newer_backup_is_noticed(trail: Vault, tmp_path: Path) -> None:
    path = trail.path
    trail.close()
    old = tmp_path / "old"
    old.mkdir()
    for p in (path, key_path_for(path)):
        shutil.copy2(p, old / p.name)
    v = open_vault(path, PASSPHRASE)
    for _ in range(3):
        audit_log.record_lock(ctx_of(v))
    backup.create_backup(ctx_of(v))
    v.close()
    for p in (path, key_path_for(path)):
        shutil.copy2(old / p.name, p)  # the older state, vault and key file together
    v = open_vault(path, PASSPHRASE)  # consistent in itself: only the backup knows better
    try:
        opened = audit_log.open_truncations(v)
        assert len(opened) == 1 and opened[0].source.startswith("backup ")
        assert not audit_log.check_vault(v).ok
    finally:
        v.close()
    assert not verify(path).ok


def test_no_false_alarm_on_ordinary_use(trail: Vault, data_dir: Path) -> None:
    path = trail.path
    backup.create_backup(ctx_of(trail))
    audit_log.record_lock(ctx_of(trail))
    trail.close()
    for _ in range(3):
        check = verify(path)
        assert check.ok, check.summary()
    v = open_vault(path, PASSPHRASE)
    try:
        assert audit_log.open_truncations(v) == [] and TRUNCATION_ACTION not in actions(v)
        assert event_count(v) > 9
    finally:
        v.close()


# -- the chair's banner ------------------------------------------------------------------------------


def test_banner_for_the_chair_until_acknowledged(qtbot: QtBot, trail: Vault) -> None:
    from PySide6.QtCore import QTimer

    from livcr_desktop.views.admin.audit_truncation import AcknowledgeTruncationDialog
    from livcr_desktop.views.main_window import MainWindow

    path = trail.path
    sql(trail, "DELETE FROM audit_event WHERE id >= 6")
    trail.close()
    v = open_vault(path, PASSPHRASE)
    try:
        reader = MainWindow(ServiceContext(v, "lid", role=Role.READ_ONLY))
        qtbot.addWidget(reader)
        assert reader.audit_banner.isHidden()  # only the chair is told
        main = MainWindow(ctx_of(v))
        qtbot.addWidget(main)
        assert not main.audit_banner.isHidden()
        assert "ontbreken sinds" in main.audit_banner_text.text()

        def answer() -> None:
            dialog = main.findChild(AcknowledgeTruncationDialog)
            assert dialog is not None
            dialog.reason.setText("verwijderd bij een test van de leverancier")
            dialog.buttons.accepted.emit()

        QTimer.singleShot(0, answer)
        assert main.acknowledge_audit_gap() == 1
        assert main.audit_banner.isHidden()
        assert audit_log.check_vault(v).ok
    finally:
        v.close()
