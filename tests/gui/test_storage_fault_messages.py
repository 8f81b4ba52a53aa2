"""A full disk, a read-only medium or a folder without permission is told as such, never as damage
(issue 12, point 2): the command line's one-liners and the window's translated messages."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop.commands import common
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    DiskFullError,
    NoWriteAccessError,
    ReadOnlyMediaError,
    StorageFault,
    as_storage_fault,
)
from tests.helpers.meeting_factory import Cell

MB = 1024 * 1024


def faults(folder: Path) -> dict[str, StorageFault]:
    return {
        "full": DiskFullError("the disk is full", folder / "x.vault", free_bytes=2 * MB, needed_bytes=30 * MB),
        "ro-vault": ReadOnlyMediaError("read-only", folder / "x.vault.keys"),
        "ro-folder": ReadOnlyMediaError("read-only", folder / "export.json"),
        "no-access": NoWriteAccessError("no permission", folder / "export.json"),
    }


def test_cli_messages_name_the_cause_and_what_to_do(tmp_path: Path) -> None:
    f = faults(tmp_path)
    full = common.vault_error_message(f["full"])
    assert full.startswith("the disk is full: free 38 MB") and full.endswith("nothing was changed")
    assert common.vault_error_message(f["ro-vault"]).startswith(
        "the vault is on a read-only medium: copy the .vault and .vault.keys files to a writable folder"
    )
    assert common.vault_error_message(f["ro-folder"]).startswith(f"{tmp_path} is on a read-only medium")
    # a fault in the vault's own folder (a side file, a lock) speaks of the vault
    assert "the vault is on a read-only medium" in common.vault_error_message(f["ro-folder"], tmp_path / "x.vault")
    assert str(tmp_path) in common.vault_error_message(f["no-access"])
    for message in (common.vault_error_message(e) for e in f.values()):
        assert "damaged" not in message and "restore a backup" not in message and "\n" not in message
    assert "damaged" in common.vault_error_message(CorruptVaultError("x"))  # the real thing still says so


def test_plain_os_errors_and_sqlite_errors_are_classified(tmp_path: Path) -> None:
    assert common.os_error_message(OSError(errno.ENOSPC, "No space left", str(tmp_path / "a"))).startswith(
        "the disk is full"
    )
    assert (
        common.os_error_message(OSError(errno.ENOENT, "No such file or directory", "/nope"))
        == "No such file or directory: /nope"
    )

    class FakeSqliteError(Exception):  # the driver's shape: sqlite_errorcode, as SQLAlchemy wraps it in .orig
        sqlite_errorcode = 13

    class Wrapped(Exception):
        orig = FakeSqliteError("database or disk is full")

    assert isinstance(as_storage_fault(Wrapped(), tmp_path), DiskFullError)


def test_gui_messages_are_dutch_and_say_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    from livcr_desktop.views.widgets.messages import file_error_message, vault_error_message

    f = faults(tmp_path)
    assert (
        vault_error_message(f["full"]) == "De schijf is vol: maak 38 MB vrij en probeer opnieuw. Er is niets gewijzigd."
    )
    assert vault_error_message(f["ro-vault"]).startswith("De kluis staat op een alleen-lezen medium: kopieer")
    assert vault_error_message(f["ro-folder"]).startswith(f"De map {tmp_path} staat op een alleen-lezen medium")
    assert vault_error_message(f["no-access"]).startswith(f"U mag niet schrijven in de map {tmp_path}")
    assert file_error_message(OSError(errno.ENOSPC, "No space left", str(tmp_path / "a.pdf"))).startswith(
        "De schijf is vol"
    )
    assert file_error_message(OSError(errno.ENOENT, "No such file or directory")) == "No such file or directory"


def test_minutes_dialog_save_on_a_full_disk_keeps_the_old_file(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

    _cell, mid = recorded
    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    out = tmp_path / "verslag.pdf"
    out.write_bytes(b"%PDF-old")  # what the user saved before
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(tmp_path)):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    assert dlg.write_file(out, b"%PDF-new" * 1000) is False
    monkeypatch.undo()
    assert out.read_bytes() == b"%PDF-old"
    assert dlg.message.text().startswith("Niet bewaard: De schijf is vol: maak ")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert dlg.write_file(out, b"%PDF-new") is True and out.read_bytes() == b"%PDF-new"
