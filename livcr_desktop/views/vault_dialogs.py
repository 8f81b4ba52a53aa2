"""Create-vault and unlock dialogs.

The unlock dialog pauses after a wrong passphrase (the button is disabled meanwhile) and offers
"remember on this computer" only where the OS keyring works; where it does not, it says so once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.services import unlock
from livcr_desktop.storage.errors import KeyringUnavailableError, VaultError, WrongPassphraseError
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views.contrast import alert_style
from livcr_desktop.views.messages import vault_error_message

T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate("VaultDialogs", text)


def _busy(fn: Callable[[], T]) -> T:
    """Run ``fn`` under a wait cursor (key derivation takes about half a second)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


def strength_hint(code: str) -> str:
    """What a passphrase's strength code (``services.unlock.assess_passphrase``) means, for people."""
    return {
        "too_short": _t("Te kort: minstens {n} tekens. Een zin van vier of meer woorden is sterk en "
                        "makkelijk te onthouden.").format(n=unlock.MIN_PASSPHRASE_LENGTH),
        "weak": _t("Zwak: maak ze langer of voeg woorden toe."),
        "fair": _t("Redelijk: nog een woord maakt ze sterk."),
        "strong": _t("Sterk."),
        "very_strong": _t("Zeer sterk."),
    }[code]


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(alert_style())
    label.hide()
    return label


class UnlockDialog(QDialog):
    def __init__(
        self,
        path: Path,
        throttle: unlock.PassphraseThrottle | None = None,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.vault: Vault | None = None
        self.throttle = throttle or unlock.PassphraseThrottle()
        self.setWindowTitle(_t("Kluis openen — LIVC-R Desktop"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        intro = QLabel(_t("Geef de wachtwoordzin van de kluis <b>{name}</b>.").format(name=path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("hintLabel")
            hint_label.setWordWrap(True)
            hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(hint_label)

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_t("Wachtwoordzin"))
        form.addRow(_t("&Wachtwoordzin:"), self.passphrase)
        layout.addLayout(form)

        self.remember = QCheckBox(_t("&Onthouden op deze computer"))
        self.remember.setObjectName("rememberCheck")
        layout.addWidget(self.remember)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        layout.addWidget(self.keyring_note)
        if not unlock.keyring_status():
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                _t(
                    "Deze computer heeft geen beveiligde sleutelopslag (keyring) die werkt. "
                    "De kluis opent alleen met de wachtwoordzin; er wordt niets onversleuteld bewaard."
                )
            )
        else:
            self.keyring_note.hide()

        self.error = _error_label()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("&Openen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self._retry_timer.timeout.connect(self._allow_retry)
        # Wrong passphrases typed in another process or an earlier run count too (``<vault>.attempts``).
        self.throttle.bind(path)
        if self.throttle.remaining() > 0:
            self.ok_button.setEnabled(False)
            self._retry_timer.start(int(self.throttle.remaining() * 1000) + 1)

    def try_unlock(self) -> None:
        if self.throttle.remaining() > 0:
            self.ok_button.setEnabled(False)
            self._retry_timer.start(int(self.throttle.remaining() * 1000) + 1)
            return
        passphrase = self.passphrase.text()
        try:
            self.vault = _busy(lambda: unlock.open_vault(self.path, passphrase, self.throttle))
        except WrongPassphraseError as exc:
            self._show_error(vault_error_message(exc))
            self.passphrase.selectAll()
            self.ok_button.setEnabled(False)
            self._retry_timer.start(int(self.throttle.remaining() * 1000) + 1)
            return
        except VaultError as exc:
            self._show_error(vault_error_message(exc))
            return
        if self.remember.isChecked() and self.remember.isEnabled():
            try:
                self.vault.remember_on_this_computer()
            except KeyringUnavailableError as exc:
                self._show_error(vault_error_message(exc))
        self.accept()

    def _allow_retry(self) -> None:
        self.ok_button.setEnabled(True)
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class CreateVaultDialog(QDialog):
    """A new vault: passphrase twice, a live strength hint, OK only when acceptable and equal."""

    def __init__(self, path: Path, kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.kdf = kdf
        self.vault: Vault | None = None
        self.setWindowTitle(_t("Nieuwe kluis — LIVC-R Desktop"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Er is nog geen kluis op <b>{path}</b>. Kies een wachtwoordzin: alle gegevens worden "
                "ermee versleuteld. Zonder wachtwoordzin (of een back-up met zijn eigen wachtwoordzin) "
                "zijn de gegevens niet terug te halen."
            ).format(path=str(path))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("newPassphraseEdit")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_t("Nieuwe wachtwoordzin"))
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphraseEdit")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_t("Herhaal de wachtwoordzin"))
        form.addRow(_t("&Wachtwoordzin:"), self.first)
        form.addRow(_t("&Herhaal:"), self.second)
        layout.addLayout(form)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(_t("Sterkte van de wachtwoordzin"))
        layout.addWidget(self.meter)
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("Kluis &maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.create_vault)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        a = unlock.assess_passphrase(self.first.text())
        self.meter.setValue(a.score)
        text = strength_hint(a.hint_code)
        same = self.first.text() == self.second.text()
        if self.second.text() and not same:
            text += " " + _t("De twee wachtwoordzinnen verschillen.")
        self.hint.setText(text)
        self.ok_button.setEnabled(a.acceptable and same)

    def create_vault(self) -> None:
        if not self.ok_button.isEnabled():
            return
        passphrase = self.first.text()
        try:
            self.vault = _busy(lambda: unlock.create_vault(self.path, passphrase, kdf=self.kdf))
        except VaultError as exc:
            self.error.setText(vault_error_message(exc))
            self.error.show()
            return
        self.accept()
