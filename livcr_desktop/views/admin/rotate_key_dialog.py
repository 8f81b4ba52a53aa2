"""A new database key: the vault re-encrypted, every other user's access dropped (after two questions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import passphrase as passphrase_service
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.vaults import VaultBusyError, VaultError, WrongPassphraseError
from livcr_desktop.views.admin.task_dialog import TaskDialog, message_label, show_message
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.passphrase import password_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


class RotateKeyDialog(TaskDialog):
    """Re-encrypt the vault with a new key: says whose access is dropped, asks twice, then reports."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, kdf: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf
        self.result_value: passphrase_service.RotationResult | None = None
        self.setObjectName("rotateKeyDialog")
        self.setWindowTitle(_t("Databasesleutel vernieuwen — LIVC-R Desktop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "De kluis wordt opnieuw versleuteld met een nieuwe, willekeurige sleutel. Doe dit als een "
                "wachtwoordzin of een kopie van het sleutelbestand in verkeerde handen kan zijn. Alleen uw "
                "eigen wachtwoordzin en het onthouden op deze computer blijven werken. Back-ups van vóór de "
                "vernieuwing blijven de oude sleutel gebruiken: verwijder ze als een wachtwoordzin uitgelekt is."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.preview = passphrase_service.rotation_preview(ctx)
        self.dropped_label = QLabel(self._dropped_text(self.preview))
        self.dropped_label.setObjectName("droppedLabel")
        self.dropped_label.setWordWrap(True)
        layout.addWidget(self.dropped_label)
        form = QFormLayout()
        self.passphrase = password_edit("passphraseEdit", _t("Uw wachtwoordzin"))
        form.addRow(_t("Uw &wachtwoordzin:"), self.passphrase)
        layout.addLayout(form)
        self.understood = QCheckBox(_t("Ik begrijp dat de andere gebruikers een nieuwe wachtwoordzin nodig hebben."))
        self.understood.setObjectName("understoodCheck")
        layout.addWidget(self.understood)
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("Sleutel &vernieuwen"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.rotate)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self._update()

    def _dropped_text(self, dropped: Sequence[passphrase_service.DroppedSlot]) -> str:
        if not dropped:
            return _t("Geen andere gebruiker verliest toegang.")
        names = ", ".join(sorted({d.user for d in dropped if d.kind == "passphrase"}))
        elsewhere = sum(1 for d in dropped if d.kind == "keyring")
        parts = []
        if names:
            parts.append(
                _t("Deze gebruikers verliezen toegang tot ze een nieuwe wachtwoordzin krijgen: {names}.").format(
                    names=names
                )
            )
        if elsewhere:
            parts.append(_t("{n} keer \u201conthouden op een andere computer\u201d vervalt.").format(n=elsewhere))
        return " ".join(parts)

    def _update(self) -> None:
        needs_ack = any(d.kind == "passphrase" for d in self.preview)
        self.understood.setVisible(needs_ack)
        self.ok_button.setEnabled(
            self.result_value is None
            and bool(self.passphrase.text())
            and (self.understood.isChecked() or not needs_ack)
        )

    def rotate(self) -> BackgroundTask[passphrase_service.RotationResult] | None:
        if self.result_value is not None:
            self.accept()
            return None
        if not self.ok_button.isEnabled():
            self._refused()
            return None
        if not self.confirm(
            "confirmRotate",
            _t("Databasesleutel vernieuwen"),
            _t(
                "De kluis wordt nu opnieuw versleuteld. Sluit eerst andere vensters van LIVC-R Desktop "
                "op deze kluis. Doorgaan?"
            ),
            _t("&Vernieuwen"),
        ):
            self._refused()
            return None
        secret, ctx = self.passphrase.text(), self.ctx
        kwargs = {"kdf": self.kdf} if self.kdf is not None else {}

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, WrongPassphraseError):
                show_message(self.message, _t("Deze wachtwoordzin klopt niet. Er is niets gewijzigd."), True)
            elif isinstance(exc, PermissionDenied):
                show_message(self.message, _t("Alleen de voorzitter vernieuwt de databasesleutel."), True)
            elif isinstance(exc, VaultBusyError):
                show_message(
                    self.message,
                    _t(
                        "Een ander venster of programma gebruikt de kluis. Sluit het en probeer "
                        "opnieuw; er is niets gewijzigd."
                    ),
                    True,
                )
            elif isinstance(exc, VaultError | OSError):
                show_message(
                    self.message,
                    _t("De sleutel kon niet vernieuwd worden ({error}); de kluis opent met de vorige sleutel.").format(
                        error=type(exc).__name__
                    ),
                    True,
                )
            else:
                return False
            return True

        # The whole dialog (and so the modal window behind it) waits: rekey disposes the engine.
        return self._run(
            self.message,
            _t("De kluis wordt opnieuw versleuteld…"),
            lambda: passphrase_service.rotate_key(ctx, secret, **kwargs),
            self._rotated,
            failed,
        )

    def _rotated(self, result: passphrase_service.RotationResult) -> None:
        self.result_value = result
        self.passphrase.clear()
        self.passphrase.setEnabled(False)
        self.understood.setEnabled(False)
        text = _t("De databasesleutel is vernieuwd.")
        if result.dropped:
            text += " " + _t("Verwijderde toegang: {who}.").format(
                who=", ".join(
                    f"{d.user} ({_t('wachtwoordzin') if d.kind == 'passphrase' else _t('onthouden')})"
                    for d in result.dropped
                )
            )
        show_message(self.message, text)
        self.ok_button.setText(_t("&Sluiten"))
        self.ok_button.setEnabled(True)
        self.cancel_button.hide()
