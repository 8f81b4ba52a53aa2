"""The user's own passphrase replaced by a new one (the key derivation runs in the background)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import passphrase as passphrase_service
from livcr_desktop.services import unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.vaults import VaultError, WrongPassphraseError
from livcr_desktop.views.admin.task_dialog import TaskDialog, message_label, show_message
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.passphrase import NewPassphraseFields, PassphraseTexts, password_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


class ChangePassphraseDialog(TaskDialog):
    """Current passphrase, the new one twice with a strength hint; OK only when acceptable and equal."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, kdf: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(_t("Wachtwoordzin wijzigen — LIVC-R Desktop"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Uw wachtwoordzin ({user}) wordt vervangen; die van andere gebruikers niet. "
                "Back-ups van vóór de wijziging openen nog met de oude wachtwoordzin."
            ).format(user=ctx.user)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.old = password_edit("oldPassphraseEdit", _t("Huidige wachtwoordzin"))
        self.fields = NewPassphraseFields(
            unlock.assess_passphrase,
            PassphraseTexts(
                first_label=_t("&Nieuwe wachtwoordzin:"),
                repeat_label=_t("He&rhaal:"),
                first_name=_t("Nieuwe wachtwoordzin"),
                repeat_name=_t("Herhaal de nieuwe wachtwoordzin"),
                mismatch=_t("De twee nieuwe wachtwoordzinnen verschillen."),
            ),
            before=[(_t("&Huidige wachtwoordzin:"), self.old)],
            extra_problem=self._same_as_old,
        )
        self.first, self.second = self.fields.first, self.fields.second
        self.meter, self.hint = self.fields.meter, self.fields.hint
        layout.addWidget(self.fields)
        self.error = message_label("errorLabel")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("&Wijzigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.old.textChanged.connect(self.fields.refresh)  # "the same as the current one" may come or go
        self._update()

    def _same_as_old(self, new: str) -> str:
        if new and new == self.old.text():
            return _t("De nieuwe wachtwoordzin is dezelfde als de huidige.")
        return ""

    def _update(self) -> None:
        self.ok_button.setEnabled(self.fields.acceptable and bool(self.old.text()))

    def change(self) -> BackgroundTask[Any] | None:
        if not self.ok_button.isEnabled():
            self._refused()
            return None
        old, new, ctx = self.old.text(), self.fields.text(), self.ctx
        kwargs = {"kdf": self.kdf} if self.kdf is not None else {}

        def changed(_result: Any) -> None:
            self.old.clear()
            self.fields.clear()
            self.accept()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, WrongPassphraseError):
                show_message(self.error, _t("De huidige wachtwoordzin klopt niet. Er is niets gewijzigd."), True)
                self.old.selectAll()
                self.old.setFocus()
            elif isinstance(exc, ValidationError | VaultError | OSError):
                show_message(self.error, _t("De wachtwoordzin kon niet gewijzigd worden. Er is niets gewijzigd."), True)
            else:
                return False
            return True

        return self._run(
            self.error,
            _t("De wachtwoordzin wordt gewijzigd…"),
            lambda: passphrase_service.change_passphrase(ctx, old, new, **kwargs),
            changed,
            failed,
        )
