"""Slow operations of the administration, exchange and minutes windows run off the GUI thread (issue 13, point 4).

Each operation's service call is slowed down here (it sleeps in whatever thread runs it); while it
runs, a 10 ms timer must keep ticking on the GUI thread, the dialog must refuse conflicting actions
and show a busy cursor and a status text, and the service must have run in another thread. Then the
result arrives on the GUI thread as before.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.services import audit_log, backup, exchange, minutes, signatures
from livcr_desktop.services import passphrase as passphrase_service
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.views import tasks
from livcr_desktop.views.admin import audit_dialog, backup_dialog, change_passphrase_dialog
from livcr_desktop.views.exchange import export_dialog
from livcr_desktop.views.minutes import minutes_dialog
from tests.conftest import PASSPHRASE
from tests.helpers.meeting_factory import Cell

SLOW = 0.3  # seconds each slowed service call sleeps


class Slowed:
    """Wraps a service function: sleeps, notes the thread it ran in, then calls the real one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
        self.real = getattr(owner, name)
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(owner, name, self)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        time.sleep(SLOW)
        return self.real(*args, **kwargs)


def watch(qtbot: QtBot, dialog: QWidget, start: Callable[[], object], label: Callable[[], str]) -> dict[str, Any]:
    """Start the operation; count timer ticks until it ended and note the busy state seen meanwhile."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start()
    seen: dict[str, Any] = {
        "running": tasks.running_tasks(),
        "enabled": dialog.isEnabled()
        and all(w.isEnabled() for w in dialog.findChildren(QWidget) if w.objectName().endswith("Button")),
        "cursor": cursor.shape() if (cursor := QGuiApplication.overrideCursor()) is not None else None,
        "text": label(),
    }
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    timer.stop()
    seen["ticks"] = len(ticks)
    seen["longest"] = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
    seen["after"] = label()
    seen["cursor_after"] = QGuiApplication.overrideCursor()
    return seen


def assert_background(seen: dict[str, Any], slowed: Slowed) -> None:
    assert slowed.threads and all(t is not threading.main_thread() for t in slowed.threads), "ran on the GUI thread"
    assert seen["running"] == 1 and not seen["enabled"], "nothing was disabled meanwhile"
    assert seen["cursor"] == Qt.CursorShape.BusyCursor and seen["cursor_after"] is None
    assert seen["text"] and seen["text"] != seen["after"], "no status text while busy"
    assert seen["ticks"] >= SLOW / 0.010 / 3, f"the event loop stalled: {seen['ticks']} ticks"
    assert seen["longest"] < 0.2


def test_backup_runs_in_the_background(qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    slowed = Slowed(monkeypatch, backup, "create_backup")
    dialog = backup_dialog.BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = watch(qtbot, dialog, dialog.backup_now, dialog.message.text)
    assert_background(seen, slowed)
    assert "Back-up gemaakt" in seen["after"] and dialog.model.rowCount() == 1


def test_audit_check_runs_in_the_background(qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = audit_dialog.AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    slowed = Slowed(monkeypatch, audit_log, "check_chain")
    seen = watch(qtbot, dialog, dialog.verify, dialog.status.text)
    assert_background(seen, slowed)
    assert "intact" in seen["after"]


def test_passphrase_change_runs_in_the_background(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    slowed = Slowed(monkeypatch, passphrase_service, "change_passphrase")
    dialog = change_passphrase_dialog.ChangePassphraseDialog(ctx, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText(PASSPHRASE)
    dialog.first.setText("een nieuwe lange wachtwoordzin voor de test")
    dialog.second.setText("een nieuwe lange wachtwoordzin voor de test")
    seen = watch(qtbot, dialog, dialog.change, dialog.error.text)
    assert_background(seen, slowed)
    assert dialog.result() == 1


def test_export_runs_in_the_background(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slowed = Slowed(monkeypatch, exchange, "export_vault")
    dialog = export_dialog.ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "export.json"))
    seen = watch(qtbot, dialog, dialog.export, dialog.message.text)
    assert_background(seen, slowed)
    assert dialog.written == tmp_path / "export.json" and dialog.written.exists()


def test_minutes_rendering_and_verification_run_in_the_background(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _cell, mid = recorded
    dialog = minutes_dialog.MinutesDialog(ctx, mid)
    qtbot.addWidget(dialog)
    dialog.show()
    slowed = Slowed(monkeypatch, minutes, "render_variant")
    out = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog.export_warned = True  # the once-only warning is answered by keys in tests/journeys/test_minutes_journeys.py
    # The first rendering imports reportlab, the fonts and the hyphenation dictionaries (C code holding the
    # GIL, more so on a loaded machine); measure a later one, as for the verification below (bench/stalls.py
    # times the first).
    dialog.save_pdf()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    slowed.threads.clear()
    seen = watch(qtbot, dialog, dialog.save_pdf, dialog.message.text)
    assert_background(seen, slowed)
    assert out.read_bytes().startswith(b"%PDF") and "Bewaard" in seen["after"]

    # The first verification imports pyHanko (≈0.7 s of module set-up that holds the GIL in C code);
    # measure a later one, the steady state a secretary meets (bench/stalls.py times the first).
    dialog.verify_path(out)
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    checked = Slowed(monkeypatch, signatures, "verify_in_vault")
    seen = watch(qtbot, dialog, lambda: dialog.verify_path(out), dialog.message.text)
    assert_background(seen, checked)
    assert dialog.last_verdict is not None and dialog.last_verdict.code == "unsigned"


def test_a_dialog_closed_while_its_task_runs_drops_the_result(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    Slowed(monkeypatch, backup, "create_backup")
    dialog = backup_dialog.BackupDialog(ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.backup_now()
    dialog.close()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
    qtbot.wait(20)  # the deferred delete and the result's delivery have both happened: nothing raised
    assert QGuiApplication.overrideCursor() is None
    assert len(backup.list_backups(ctx.vault.path)) == 1  # the work itself was done


def test_no_slow_operation_of_these_windows_runs_on_the_gui_thread() -> None:
    """The old synchronous helper is gone from every view; each feature folder with slow work (backup,
    key rotation, import, export, rendering, signing, unlock) goes through ``views.tasks``."""
    views = Path(tasks.__file__).parent
    for path in views.rglob("*.py"):
        assert "_busy(" not in path.read_text(encoding="utf-8"), path
    for folder in ("admin", "exchange", "minutes", "vault"):
        source = "".join(p.read_text(encoding="utf-8") for p in (views / folder).glob("*.py"))
        assert "BackgroundTask(" in source or "run_in_background(" in source, folder


def test_a_pkcs12_file_is_read_once_without_the_slow_key_check(tmp_path: Path) -> None:
    """Current (PBES2) files are read without cryptography's RSA check, which holds the GIL ≈50 ms and so
    stalled the window while signing; the key and certificate are the ones cryptography's loader gives.
    Legacy (3DES) files, wrong passwords and damaged files go through that loader as before."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from livcr_desktop.reports import signing
    from tests.helpers.certs import make_p12

    make_p12(tmp_path / "chair.p12", "Voorzitter Test", "geheim-1")
    data = (tmp_path / "chair.p12").read_bytes()
    fast = signing._load_pbes2_pkcs12(data, b"geheim-1")
    key, cert, _others = pkcs12.load_key_and_certificates(data, b"geheim-1")
    assert fast is not None and key is not None
    der = serialization.Encoding.DER
    assert fast[1] == cert
    assert fast[0].private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ) == key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    assert signing._load_pbes2_pkcs12(data, b"fout") is None  # the MAC does not match
    tampered = bytearray(data)
    tampered[len(data) // 2] ^= 0x01
    assert signing._load_pbes2_pkcs12(bytes(tampered), b"geheim-1") is None

    legacy = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(2048)
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(b"oud")
    )
    (tmp_path / "legacy.p12").write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, None, legacy))  # type: ignore[arg-type]
    assert signing._load_pbes2_pkcs12((tmp_path / "legacy.p12").read_bytes(), b"oud") is None
    signer = signing.load_pkcs12(tmp_path / "legacy.p12", "oud")  # through cryptography's loader
    assert signer.signing_cert.dump() == cert.public_bytes(der)
    with pytest.raises(signing.SigningError) as wrong:
        signing.load_pkcs12(tmp_path / "chair.p12", "fout")
    assert wrong.value.code == "wrong_password"
