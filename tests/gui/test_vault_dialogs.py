"""Create and unlock dialogs through the real widgets."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.services.unlock import PassphraseThrottle
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog, UnlockDialog
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse: TEST_KDF vaults are not upgraded)


def settle(qtbot: QtBot, dlg: UnlockDialog | CreateVaultDialog) -> None:
    """The key is derived off the GUI thread: wait for the dialog's task to report back."""
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)


def test_create_dialog_needs_two_equal_acceptable_passphrases(qtbot: QtBot, vault_path: Path) -> None:
    dlg = CreateVaultDialog(vault_path, kdf=TEST_KDF)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.first, "kort")
    assert "Te kort" in dlg.hint.text() and not dlg.ok_button.isEnabled()
    dlg.first.setText(PASSPHRASE)
    qtbot.keyClicks(dlg.second, "iets anders dan dat")
    assert "verschillen" in dlg.hint.text() and not dlg.ok_button.isEnabled()
    dlg.second.setText(PASSPHRASE)
    assert dlg.ok_button.isEnabled() and dlg.meter.value() >= 2
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.busy and dlg.busy_note.isVisible() and not dlg.ok_button.isEnabled()
    settle(qtbot, dlg)
    assert dlg.result() == 1 and dlg.vault is not None
    dlg.vault.close()
    Vault.open_with_passphrase(vault_path, PASSPHRASE).close()


def test_unlock_wrong_passphrase_message_pause_then_success(qtbot: QtBot, vault: Vault) -> None:
    path = vault.path
    vault.close()
    before = path.read_bytes(), key_path_for(path).read_bytes()
    dlg = UnlockDialog(path, throttle=PassphraseThrottle(base_seconds=0.2))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.passphrase, "verkeerde wachtwoordzin")
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    assert dlg.busy and not dlg.ok_button.isEnabled() and not dlg.passphrase.isEnabled()
    settle(qtbot, dlg)
    assert dlg.error.isVisible() and "Verkeerde wachtwoordzin" in dlg.error.text()
    assert not dlg.ok_button.isEnabled()  # the pause before the next try
    assert (path.read_bytes(), key_path_for(path).read_bytes()) == before
    qtbot.waitUntil(dlg.ok_button.isEnabled, timeout=3000)
    dlg.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dlg)
    assert dlg.result() == 1 and dlg.vault is not None
    dlg.vault.close()


def test_unlock_can_remember_on_this_computer(qtbot: QtBot, vault: Vault) -> None:
    path = vault.path
    vault.close()
    dlg = UnlockDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.remember.isEnabled() and not dlg.keyring_note.isVisible()
    dlg.passphrase.setText(PASSPHRASE)
    dlg.remember.setChecked(True)
    dlg.try_unlock()
    settle(qtbot, dlg)
    assert dlg.vault is not None
    dlg.vault.close()
    reopened = Vault.open_with_keyring(path)
    reopened.close()


def test_unlock_without_keyring_says_so_and_offers_passphrase_only(qtbot: QtBot, vault: Vault) -> None:
    path = vault.path
    vault.close()
    keyring.set_keyring(fail.Keyring())
    dlg = UnlockDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.remember.isEnabled()
    assert dlg.keyring_note.isVisible() and "geen beveiligde sleutelopslag" in dlg.keyring_note.text()


def test_unlock_reports_a_file_that_is_not_a_vault(qtbot: QtBot, tmp_path: Path) -> None:
    bogus = tmp_path / "iets.vault"
    bogus.write_bytes(b"dit is geen kluis" * 100)
    dlg = UnlockDialog(bogus)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.passphrase.setText("wat dan ook hier")
    dlg.try_unlock()
    settle(qtbot, dlg)
    assert "geen LIVC-R-kluis" in dlg.error.text()
    assert bogus.read_bytes() == b"dit is geen kluis" * 100


def test_cancel_while_the_key_is_derived_closes_what_was_opened(qtbot: QtBot, vault: Vault) -> None:
    path = vault.path
    vault.close()
    dlg = UnlockDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.passphrase.setText(PASSPHRASE)
    dlg.try_unlock()
    dlg.reject()  # Escape while busy: waits for the task
    assert dlg.isVisible() and dlg.busy
    settle(qtbot, dlg)
    assert dlg.result() == 0 and dlg.vault is None and not dlg.isVisible()
    Vault.open_with_passphrase(path, PASSPHRASE).close()  # not left busy or half-open


def test_light_module_constant_matches_the_service() -> None:
    from livcr_desktop.services import unlock
    from livcr_desktop.views.widgets import passphrase

    assert passphrase.MIN_PASSPHRASE_LENGTH == unlock.MIN_PASSPHRASE_LENGTH
