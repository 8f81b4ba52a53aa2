"""Backups of the open vault: make one now, choose how many to keep, restore one.

A restore is checked first (in the background: the passphrase must open the backup, the backup must
belong to this vault), then confirmed, then done in the background; the current vault is kept aside.
After a restore ``ctx.vault`` is the restored vault and ``vault_replaced`` is emitted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import backup, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.vaults import (
    CorruptVaultError,
    NewerVaultError,
    NotAVaultError,
    VaultError,
    WrongPassphraseError,
)
from livcr_desktop.views.admin.admin_models import BackupTableModel, local_time, table_view
from livcr_desktop.views.admin.task_dialog import TaskDialog, message_label, show_message
from livcr_desktop.views.tasks import BackgroundTask


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


def refusal_message(exc: Exception) -> str:
    """Why a backup was refused, in the user's language (nothing was replaced)."""
    match exc:
        case backup.OtherVaultError():
            reason = _t("De back-up hoort bij een andere kluis.")
        case WrongPassphraseError():
            reason = _t("Deze wachtwoordzin opent de back-up niet.")
        case NewerVaultError():
            reason = _t("De back-up is gemaakt met een nieuwere versie van LIVC-R Desktop.")
        case CorruptVaultError():
            reason = _t("De back-up is beschadigd: de integriteitscontrole is mislukt.")
        case NotAVaultError():
            reason = _t("Dit is geen back-up van een LIVC-R-kluis (of het sleutelbestand ontbreekt).")
        case PermissionDenied():
            reason = _t("Deze gebruiker mag de kluis van de back-up niet beheren.")
        case _:
            reason = _t("De back-up kon niet gelezen worden.")
    return reason + " " + _t("Er is niets vervangen.")


class BackupDialog(TaskDialog):
    """Backups of the open vault: make one now, how many to keep, restore one (after confirmation)."""

    vault_replaced = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_backup: backup.BackupResult | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(_t("Back-ups — LIVC-R Desktop"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Een back-up is een versleutelde kopie van de kluis; dezelfde wachtwoordzinnen openen ze. "
                "Na elk gefinaliseerd verslag wordt er automatisch een gemaakt. Bewaar een kopie van de map "
                "op een andere schijf om een defecte schijf te overleven."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folder_label = QLabel(_t("Map: {folder}").format(folder=str(backup.backup_dir(ctx.vault.path))))
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.model = BackupTableModel(self)
        self.table = table_view("backupTable", self.model)
        self.table.setAccessibleName(_t("Back-ups"))
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.backup_button = QPushButton(_t("Nu een back-up &maken"))
        self.backup_button.setObjectName("backupNowButton")
        row.addWidget(self.backup_button)
        row.addStretch(1)
        keep_label = QLabel(_t("&Aantal bewaren:"))
        self.keep = QSpinBox()
        self.keep.setObjectName("keepSpin")
        self.keep.setRange(1, backup.MAX_KEEP)
        self.keep.setValue(backup.backup_keep(ctx))
        keep_label.setBuddy(self.keep)
        self.keep_button = QPushButton(_t("Opslaan"))
        self.keep_button.setObjectName("keepSaveButton")
        row.addWidget(keep_label)
        row.addWidget(self.keep)
        row.addWidget(self.keep_button)
        layout.addLayout(row)

        restore_row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_t("Wachtwoordzin van de back-up"))
        self.passphrase.setPlaceholderText(_t("Wachtwoordzin van de back-up"))
        self.restore_button = QPushButton(_t("&Herstellen…"))
        self.restore_button.setObjectName("restoreButton")
        self.file_button = QPushButton(_t("Ander &bestand herstellen…"))
        self.file_button.setObjectName("restoreFileButton")
        self.file_button.setToolTip(_t("Een back-up van een andere schijf of USB-stick (het .keys-bestand ernaast)"))
        restore_row.addWidget(self.passphrase, 1)
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.file_button)
        layout.addLayout(restore_row)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.backup_button.clicked.connect(self.backup_now)
        self.keep_button.clicked.connect(self.save_keep)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_chosen_file)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list(reversed(backup.list_backups(self.ctx.vault.path))))

    def backup_now(self) -> BackgroundTask[backup.BackupResult]:
        ctx = self.ctx

        def made(result: backup.BackupResult) -> None:
            self.last_backup = result
            self.refresh()
            text = _t("Back-up gemaakt: {name}.").format(name=result.info.name)
            if result.removed:
                text += " " + QCoreApplication.translate(
                    "AdminDialogs", "%n oudere back-ups verwijderd.", None, len(result.removed)
                )
            show_message(self.message, text)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, PermissionDenied):
                show_message(self.message, _t("Alleen de voorzitter maakt back-ups."), True)
            elif isinstance(exc, OSError | VaultError):
                show_message(
                    self.message, _t("De back-up is mislukt ({error}).").format(error=type(exc).__name__), True
                )
            else:
                return False
            return True

        return self._run(self.message, _t("Bezig met de back-up…"), lambda: backup.create_backup(ctx), made, failed)

    def save_keep(self) -> None:
        try:
            backup.set_backup_keep(self.ctx, self.keep.value())
        except PermissionDenied:
            show_message(self.message, _t("Alleen de voorzitter wijzigt dit."), True)
            return
        show_message(
            self.message,
            QCoreApplication.translate(
                "AdminDialogs", "De %n recentste back-ups worden bewaard.", None, self.keep.value()
            ),
        )

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> BackgroundTask[Any] | None:
        """Restore the backup selected in the list (after the checks and a confirmation)."""
        info = self.selected()
        if info is None:
            show_message(self.message, _t("Kies eerst een back-up in de lijst."), True)
            self._refused()
            return None
        return self.restore_file(info.path, local_time(info.created_at))

    def restore_chosen_file(self) -> BackgroundTask[Any] | None:
        """Restore a backup file chosen from anywhere (another disk, a USB stick)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            _t("Back-upbestand kiezen"),
            str(backup.backup_dir(self.ctx.vault.path)),
            _t("LIVC-R-back-up (*.vault)"),
        )
        if not chosen:
            self._refused()
            return None
        return self.restore_file(Path(chosen), Path(chosen).name)

    def restore_file(self, backup_path: Path, label: str) -> BackgroundTask[Any]:
        """Check ``backup_path`` (in the background), ask, then replace the vault with it (in the
        background; the current one is kept aside). ``vault_replaced`` is emitted once restored."""
        secret = self.passphrase.text()
        vault_path = self.ctx.vault.path

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, VaultError | PermissionDenied):
                show_message(self.message, refusal_message(exc), True)
                return True
            return False

        return self._run(
            self.message,
            _t("De back-up wordt gecontroleerd…"),
            lambda: backup.check_backup(backup_path, secret, vault_path),
            lambda checked: self._confirm_restore(checked, backup_path, label, secret),
            refused,
        )

    def _confirm_restore(self, checked: Any, backup_path: Path, label: str, secret: str) -> None:
        vault_path = self.ctx.vault.path
        self.message.clear()
        question = _t(
            "De kluis wordt vervangen door de back-up van {time} ({cases} casussen, {events} gebeurtenissen "
            "in de audittrail). Wat sindsdien werd ingevoerd, staat niet in de back-up. De huidige kluis "
            "blijft bewaard naast de kluis (\u201cvervangen\u201d). Doorgaan?"
        ).format(time=label, cases=checked.cases, events=checked.events)
        if not self.confirm("confirmRestore", _t("Back-up herstellen"), question, _t("&Herstellen")):
            self._refused()
            return
        self.ctx.vault.close()
        user = self.ctx.user

        def restored(result: Any) -> None:
            assert result.vault is not None
            self._adopt(result.vault)
            self.passphrase.clear()
            self.refresh()
            text = _t("De back-up is hersteld.")
            if result.replaced is not None:
                text += " " + _t("De vorige kluis is bewaard als {name}.").format(name=result.replaced.name)
            show_message(self.message, text)
            self.vault_replaced.emit()

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, VaultError | PermissionDenied | OSError):
                return False
            # Nothing was replaced: open the current vault again with the same passphrase if it fits.
            try:
                self._adopt(unlock.open_vault(vault_path, secret))
            except VaultError:
                show_message(
                    self.message, refusal_message(exc) + " " + _t("Sluit de toepassing en open de kluis opnieuw."), True
                )
                return True
            show_message(self.message, refusal_message(exc), True)
            return True

        self._run(
            self.message,
            _t("De back-up wordt hersteld…"),
            lambda: backup.restore_backup(vault_path, backup_path, secret, requested_by=user, keep_open=True),
            restored,
            failed,
        )

    def _adopt(self, vault: Any) -> None:
        from livcr_desktop.services import users

        fresh = users.context_for(vault, today=self.ctx.today, now=self.ctx.now)
        self.ctx.vault, self.ctx.user, self.ctx.role = fresh.vault, fresh.user, fresh.role
