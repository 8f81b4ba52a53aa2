"""Create-vault and unlock dialogs.

The unlock dialog pauses after a wrong passphrase (the button is disabled meanwhile) and offers
"remember on this computer" only where the OS keyring works; where it does not, it says so once.

Key derivation (Argon2id, about half a second to a second) runs off the GUI thread
(:mod:`livcr_desktop.views.tasks`): the dialog keeps painting, shows "Bezig met openen…" and disables its
buttons meanwhile. Cancelling while the key is derived waits for it and closes what was opened.

This module is light on purpose: at start-up the unlock dialog is painted before the storage stack
(SQLAlchemy, SQLCipher, the services) is imported. Those are imported inside the methods that
need them; ``UnlockDialog(..., deferred=True)`` waits for :meth:`UnlockDialog.services_ready`
(called by ``views.app`` once its background import is done) before it reads the keyring and the
attempts record. Nothing here touches the ``Qt`` namespace before the first paint either: its
enums are built on first use, about 25 ms.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.passphrase import NewPassphraseFields, PassphraseTexts

if TYPE_CHECKING:
    from livcr_desktop.services.unlock import PassphraseThrottle
    from livcr_desktop.services.vaults import KdfParams, Vault, VaultError
    from livcr_desktop.views.tasks import BackgroundTask


def _t(text: str) -> str:
    return QCoreApplication.translate("VaultDialogs", text)


def _busy_note(text: str) -> QLabel:
    """A still line, shown while the key is derived (the form is disabled meanwhile).

    Not an animated bar: Argon2id uses both cores for about a second, and an animation repainting on
    the GUI thread made that second about 8 % longer (bench row 1f).
    """
    note = QLabel(text)
    note.setObjectName("busyNote")
    note.setAccessibleName(text)
    note.hide()
    return note


def _error_message(exc: VaultError) -> str:
    from livcr_desktop.views.widgets.messages import vault_error_message

    return vault_error_message(exc)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(alert_style())
    label.hide()
    return label


class UnlockDialog(QDialog):
    """The passphrase of an existing vault; the key is derived off the GUI thread.

    ``deferred``: built before the storage stack is imported (start-up); the caller calls
    :meth:`services_ready` when it is. A passphrase submitted before that is still tried: the task
    imports what it needs in its own thread (waiting for the background import if it is under way).
    ``first_painted`` is emitted once, just after the dialog's first paint.
    """

    first_painted = Signal()

    def __init__(
        self,
        path: Path,
        throttle: PassphraseThrottle | None = None,
        hint: str = "",
        parent: QWidget | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.vault: Vault | None = None
        self.throttle: PassphraseThrottle | None = throttle
        self.task: BackgroundTask[tuple[Vault, VaultError | None]] | None = None
        self._task_throttle: PassphraseThrottle | None = None
        self.submitted = threading.Event()  # set on the first try (the start-up's keyring attempt then stands back)
        self._cancel_requested = False
        self.setWindowTitle(_t("Kluis openen — LIVC-R Desktop"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        intro = QLabel(_t("Geef de wachtwoordzin van de kluis <b>{name}</b>.").format(name=path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if hint:
            from PySide6.QtCore import Qt

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

        self.remember = QCheckBox(_t("Ont&houden op deze computer"))
        self.remember.setObjectName("rememberCheck")
        layout.addWidget(self.remember)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        layout.addWidget(self.keyring_note)

        self.busy_note = _busy_note(_t("Bezig met openen…"))
        layout.addWidget(self.busy_note)
        self.error = _error_label()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        # One button at a time: the constructor taking OR-ed flags builds Qt's enums (≈25 ms) before the first paint.
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("&Openen"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retry_timer: QTimer | None = None  # made with the services (its enum costs a first paint)
        self._painted = False
        self.ready = False
        if not deferred:
            self.services_ready()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    @property
    def busy(self) -> bool:
        """True while the key is being derived (the buttons are disabled meanwhile)."""
        return self.task is not None and self.task.running

    def services_ready(self, keyring_ok: bool | None = None) -> None:
        """The storage stack is imported: read the keyring's state and the attempts record.

        ``keyring_ok``: the keyring's state if the caller already knows it (found off the GUI thread).
        """
        from PySide6.QtCore import Qt

        from livcr_desktop.services import unlock

        if self.ready:
            return
        self.ready = True
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self._retry_timer.timeout.connect(self._allow_retry)
        if self.throttle is None:
            self.throttle = unlock.PassphraseThrottle()
        if keyring_ok is None:
            keyring_ok = unlock.keyring_status()
        if not keyring_ok:
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                _t(
                    "Deze computer heeft geen beveiligde sleutelopslag (keyring) die werkt. "
                    "De kluis opent alleen met de wachtwoordzin; er wordt niets onversleuteld bewaard."
                )
            )
            self.keyring_note.show()
        if self.busy:
            return  # the running try binds the throttle itself and reports back
        # Wrong passphrases typed in another process or an earlier run count too (``<vault>.attempts``).
        self.throttle.bind(self.path)
        self._pause_if_throttled()

    def _pause_if_throttled(self) -> bool:
        if self.throttle is None or self._retry_timer is None or self.throttle.remaining() <= 0:
            return False
        self.ok_button.setEnabled(False)
        self._retry_timer.start(int(self.throttle.remaining() * 1000) + 1)
        return True

    def try_unlock(self) -> None:
        if self.busy or self._pause_if_throttled():
            return
        self.submitted.set()
        path, passphrase, throttle = self.path, self.passphrase.text(), self.throttle
        remember = self.remember.isChecked() and self.remember.isEnabled()

        from livcr_desktop.views.tasks import BackgroundTask

        def work() -> tuple[Vault, VaultError | None]:
            from livcr_desktop.services import unlock
            from livcr_desktop.services.vaults import KeyringUnavailableError

            vault = unlock.open_vault(path, passphrase, throttle)
            if remember:
                try:
                    vault.remember_on_this_computer()
                except KeyringUnavailableError as exc:
                    return vault, exc
            return vault, None

        self.error.hide()
        self._task_throttle = throttle
        self.task = BackgroundTask(
            self, work, self._opened, self._failed, busy_widgets=[self.passphrase, self.remember, self.buttons]
        )
        self._show_busy_note(True)
        self.task.start()

    def _show_busy_note(self, busy: bool) -> None:
        self.busy_note.setVisible(busy)

    def _opened(self, result: tuple[Vault, VaultError | None]) -> None:
        self._show_busy_note(False)
        vault, keyring_error = result
        self.vault = vault
        if self._cancel_requested:
            vault.close()
            self.vault = None
            super().reject()
            return
        if keyring_error is not None:
            self._show_error(_error_message(keyring_error))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from livcr_desktop.services.vaults import VaultError, WrongPassphraseError

        self._show_busy_note(False)
        if self._cancel_requested:
            super().reject()
            return
        if not isinstance(exc, VaultError):
            raise exc
        self._show_error(_error_message(exc))
        if isinstance(exc, WrongPassphraseError):
            if self.throttle is None:  # tried before the background import was done
                self.services_ready()
            elif self.throttle is not self._task_throttle:  # the try counted in the attempts record
                self.throttle.bind(self.path)
            self._pause_if_throttled()
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    def reject(self) -> None:
        """Cancel; while the key is derived, wait for it (what it opened is closed again)."""
        if self.busy:
            self._cancel_requested = True
            return
        super().reject()

    def _allow_retry(self) -> None:
        self.ok_button.setEnabled(True)
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # grow with the message: the hint and the keyring notice stay whole


class CreateVaultDialog(QDialog):
    """A new vault: passphrase twice, a live strength hint, OK only when acceptable and equal.

    The vault is created (Argon2id and the schema) off the GUI thread; the dialog says "Bezig met aanmaken…".
    """

    def __init__(self, path: Path, kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from livcr_desktop.services import unlock  # the strength estimate; imports the storage stack

        self.path = path
        self.kdf = kdf
        self.vault: Vault | None = None
        self.task: BackgroundTask[Vault] | None = None
        self._cancel_requested = False
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
        self.fields = NewPassphraseFields(
            unlock.assess_passphrase,
            PassphraseTexts(
                first_label=_t("&Wachtwoordzin:"),
                repeat_label=_t("&Herhaal:"),
                first_name=_t("Nieuwe wachtwoordzin"),
                repeat_name=_t("Herhaal de wachtwoordzin"),
                mismatch=_t("De twee wachtwoordzinnen verschillen."),
            ),
        )
        self.first, self.second = self.fields.first, self.fields.second
        self.meter, self.hint = self.fields.meter, self.fields.hint
        layout.addWidget(self.fields)
        self.busy_note = _busy_note(_t("Bezig met aanmaken…"))
        layout.addWidget(self.busy_note)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("Kluis &maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.create_vault)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self._update()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _update(self) -> None:
        self.ok_button.setEnabled(self.fields.acceptable)

    def create_vault(self) -> None:
        if self.busy or not self.ok_button.isEnabled():
            return
        path, passphrase, kdf = self.path, self.first.text(), self.kdf
        from livcr_desktop.views.tasks import BackgroundTask

        def work() -> Vault:
            from livcr_desktop.services import unlock
            from livcr_desktop.services.vaults import DEFAULT_KDF

            return unlock.create_vault(path, passphrase, kdf=kdf or DEFAULT_KDF)

        self.error.hide()
        self.busy_note.show()
        self.task = BackgroundTask(
            self, work, self._created, self._failed, busy_widgets=[self.first, self.second, self.buttons]
        )
        self.task.start()

    def _created(self, vault: Vault) -> None:
        self.busy_note.hide()
        self.vault = vault
        if self._cancel_requested:  # cancelled while it was made: it stays made, but closed
            vault.close()
            self.vault = None
            super().reject()
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from livcr_desktop.services.vaults import VaultError

        self.busy_note.hide()
        if not isinstance(exc, VaultError):
            raise exc
        self.error.setText(_error_message(exc))
        self.error.show()
        if self._cancel_requested:
            super().reject()

    def reject(self) -> None:
        """Cancel; while the vault is being made, wait for it."""
        if self.busy:
            self._cancel_requested = True
            return
        super().reject()
