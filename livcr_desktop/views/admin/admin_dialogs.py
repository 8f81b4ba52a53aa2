"""The chair's "Beheer" (administration) screens: backups, passphrase and key, retention, audit trail.

Every action goes through the services (which check the role and audit it); anything that cannot
be undone asks for confirmation in a message box first. No screen here shows an identity or a
free text about a case: backups and the audit trail are listed by time, codes and counts.

:func:`install_admin_menu` adds the "&Beheer" menu to a main window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import audit_log, backup, retention, unlock
from livcr_desktop.services import passphrase as passphrase_service
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.vaults import (
    CorruptVaultError,
    NewerVaultError,
    NotAVaultError,
    VaultBusyError,
    VaultError,
    WrongPassphraseError,
)
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.vault.vault_dialogs import strength_hint
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_style, text_for_shade

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


BROKEN_SHADE = "#f8d7da"  # the row of the first broken link in the audit view


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


_log = logging.getLogger(__name__)


class _TaskDialog(QDialog):
    """A dialog whose slow operations run off the GUI thread (:class:`BackgroundTask`).

    While one runs the whole dialog is disabled (nothing that would conflict, and no other query
    while the key is rotated: ``Vault.rekey`` disposes the engine), the cursor is busy and a status
    text says what is going on. ``outcome`` is True after a success, False after a failure or a
    refusal, None while running (tests wait for ``tasks.running_tasks() == 0`` and read it).
    """

    task: BackgroundTask[Any] | None = None
    outcome: bool | None = None

    def _run(
        self,
        label: QLabel,
        busy_text: str,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], bool],
    ) -> BackgroundTask[T]:
        """``on_failure`` shows the message for the errors it knows and returns True; others get a general one."""
        self.outcome = None
        _show(label, busy_text)
        self.setEnabled(False)

        def succeeded(result: T) -> None:
            if not isValid(self):  # closed and deleted meanwhile: nothing to show
                return
            self.setEnabled(True)
            self.outcome = True
            _show(label, "")  # the busy text goes; the result says what happened
            on_success(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.setEnabled(True)
            self.outcome = False
            _show(label, "")
            if not on_failure(exc):
                _log.error("%s: background operation failed: %s", type(self).__name__, type(exc).__name__)
                _show(
                    label,
                    _t("De bewerking is mislukt ({error}). Er is niets gewijzigd.").format(error=type(exc).__name__),
                    True,
                )

        # No parent for the task: BackgroundTask would connect to this dialog's ``destroyed`` with a plain
        # Python callable, and PySide6 then fails every later disconnect from that signal during its emission
        # (pytest-qt's ``waitSignal(dialog.destroyed)``); the callbacks above check the dialog instead.
        task = BackgroundTask(None, fn, succeeded, failed)
        self.task = task
        return task.start()

    def _refused(self) -> None:
        """The operation did not start (cancelled, nothing chosen): say so to whoever waits for it."""
        self.outcome = False


def _confirm(parent: QWidget, name: str, title: str, text: str, yes: str) -> bool:
    """A question with a named box (tests find it by ``name``); True when the user chose ``yes``."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setObjectName("yesButton")
    no_button = box.addButton(_t("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    no_button.setObjectName("noButton")
    box.setDefaultButton(no_button)
    box.exec()
    result = box.clickedButton() is yes_button
    box.deleteLater()
    return result


def _message_label(name: str = "messageLabel") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _show(label: QLabel, text: str, error: bool = False) -> None:
    label.setStyleSheet(alert_style() if error else "")
    label.setText(text)


def _local_time(at: datetime) -> str:
    """A UTC time (aware or naive) in the user's time zone and locale."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    qt = QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qt, labels.BELGIAN_DATE + " HH:mm")


def _local_date(d: date) -> str:
    return labels.date_text(d)


def _table(name: str, model: QAbstractTableModel, multi: bool = False) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)
    return view


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


# -- table models --------------------------------------------------------------------------------


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses name the columns and format the cells."""

    headers: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_titles())

    def column_titles(self) -> list[str]:  # every subclass defines it (Qt models cannot be ABCs)
        raise TypeError(f"{type(self).__name__} does not define column_titles()")

    def cell(self, row: Any, column: int) -> str:  # every subclass defines it
        raise TypeError(f"{type(self).__name__} does not define cell()")

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            return self.column_titles()[section]
        return None


class BackupTableModel(_RowsModel):
    """The vault's backups, newest first: time, reason, audit events, size."""

    def column_titles(self) -> list[str]:
        return [_t("Gemaakt op"), _t("Aanleiding"), _t("Gebeurtenissen"), _t("Grootte")]

    def cell(self, row: backup.BackupInfo, column: int) -> str:
        if column == 0:
            return _local_time(row.created_at)
        if column == 1:
            return {"manual": _t("op vraag"), "finalise": _t("na finaliseren verslag")}.get(row.reason, row.reason)
        if column == 2:
            return "" if row.events is None else str(row.events)
        return QLocale().formattedDataSize(row.size)


class DueCaseModel(_RowsModel):
    """Closed cases past the retention period: code and pseudonym only, never an identity."""

    def column_titles(self) -> list[str]:
        return [
            _t("Code"),
            _t("Pseudoniem"),
            _t("Status"),
            _t("Afgesloten op"),
            _t("Termijn verstreken op"),
            _t("In gefinaliseerde verslagen"),
        ]

    def cell(self, row: retention.DueCase, column: int) -> str:
        return [
            row.code,
            row.pseudonym,
            labels.case_status(row.status),
            _local_date(row.closed_on),
            _local_date(row.due_since),
            str(row.minutes_meetings),
        ][column]


class AuditEventModel(_RowsModel):
    """Recent audit events (newest first), summarised without free text; a broken one is marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.broken_id: int | None = None

    def column_titles(self) -> list[str]:
        return [_t("Nr."), _t("Tijdstip"), _t("Gebruiker"), _t("Handeling"), _t("Gegeven"), _t("Details")]

    def cell(self, row: audit_log.AuditRow, column: int) -> str:
        if column == 0:
            return str(row.id)
        if column == 1:
            return _local_time(row.at)
        if column == 2:
            return row.user
        if column == 3:
            return row.action
        if column == 4:
            return f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
        return row.summary

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        broken = (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and self.broken_id is not None
            and self._rows[index.row()].id == self.broken_id
        )
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(QColor(BROKEN_SHADE)) if broken else None
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            text = text_for_shade(BROKEN_SHADE)  # readable on the pale red also in a dark theme
            return QBrush(text) if text is not None else None
        return super().data(index, role)

    def row_of(self, event_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), None)


# -- backups and restore -------------------------------------------------------------------------


class BackupDialog(_TaskDialog):
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
        self.table = _table("backupTable", self.model)
        self.table.setAccessibleName(_t("Back-ups"))
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.backup_button = QPushButton(_t("Nu een &back-up maken"))
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
        self.message = _message_label()
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
                text += " " + _t("{n} oudere back-up(s) verwijderd.").format(n=len(result.removed))
            _show(self.message, text)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, PermissionDenied):
                _show(self.message, _t("Alleen de voorzitter maakt back-ups."), True)
            elif isinstance(exc, OSError | VaultError):
                _show(self.message, _t("De back-up is mislukt ({error}).").format(error=type(exc).__name__), True)
            else:
                return False
            return True

        return self._run(self.message, _t("Bezig met de back-up…"), lambda: backup.create_backup(ctx), made, failed)

    def save_keep(self) -> None:
        try:
            backup.set_backup_keep(self.ctx, self.keep.value())
        except PermissionDenied:
            _show(self.message, _t("Alleen de voorzitter wijzigt dit."), True)
            return
        _show(self.message, _t("De {n} recentste back-ups worden bewaard.").format(n=self.keep.value()))

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> BackgroundTask[Any] | None:
        """Restore the backup selected in the list (after the checks and a confirmation)."""
        info = self.selected()
        if info is None:
            _show(self.message, _t("Kies eerst een back-up in de lijst."), True)
            self._refused()
            return None
        return self.restore_file(info.path, _local_time(info.created_at))

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
                _show(self.message, refusal_message(exc), True)
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
        if not _confirm(self, "confirmRestore", _t("Back-up herstellen"), question, _t("&Herstellen")):
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
            _show(self.message, text)
            self.vault_replaced.emit()

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, VaultError | PermissionDenied | OSError):
                return False
            # Nothing was replaced: open the current vault again with the same passphrase if it fits.
            try:
                self._adopt(unlock.open_vault(vault_path, secret))
            except VaultError:
                _show(
                    self.message, refusal_message(exc) + " " + _t("Sluit de toepassing en open de kluis opnieuw."), True
                )
                return True
            _show(self.message, refusal_message(exc), True)
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


# -- passphrase and key --------------------------------------------------------------------------


def _password_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class ChangePassphraseDialog(_TaskDialog):
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
        form = QFormLayout()
        self.old = _password_edit("oldPassphraseEdit", _t("Huidige wachtwoordzin"))
        self.first = _password_edit("newPassphraseEdit", _t("Nieuwe wachtwoordzin"))
        self.second = _password_edit("repeatPassphraseEdit", _t("Herhaal de nieuwe wachtwoordzin"))
        form.addRow(_t("&Huidige wachtwoordzin:"), self.old)
        form.addRow(_t("&Nieuwe wachtwoordzin:"), self.first)
        form.addRow(_t("He&rhaal:"), self.second)
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
        self.error = _message_label("errorLabel")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("&Wijzigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.old, self.first, self.second):
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        a = unlock.assess_passphrase(self.first.text())
        self.meter.setValue(a.score)
        text = strength_hint(a.hint_code)
        same = self.first.text() == self.second.text()
        if self.second.text() and not same:
            text += " " + _t("De twee nieuwe wachtwoordzinnen verschillen.")
        if self.first.text() and self.first.text() == self.old.text():
            text += " " + _t("De nieuwe wachtwoordzin is dezelfde als de huidige.")
        self.hint.setText(text)
        self.ok_button.setEnabled(
            a.acceptable and same and bool(self.old.text()) and self.first.text() != self.old.text()
        )

    def change(self) -> BackgroundTask[Any] | None:
        if not self.ok_button.isEnabled():
            self._refused()
            return None
        old, new, ctx = self.old.text(), self.first.text(), self.ctx
        kwargs = {"kdf": self.kdf} if self.kdf is not None else {}

        def changed(_result: Any) -> None:
            for edit in (self.old, self.first, self.second):
                edit.clear()
            self.accept()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, WrongPassphraseError):
                _show(self.error, _t("De huidige wachtwoordzin klopt niet. Er is niets gewijzigd."), True)
                self.old.selectAll()
                self.old.setFocus()
            elif isinstance(exc, ValidationError | VaultError | OSError):
                _show(self.error, _t("De wachtwoordzin kon niet gewijzigd worden. Er is niets gewijzigd."), True)
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


class RotateKeyDialog(_TaskDialog):
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
        self.passphrase = _password_edit("passphraseEdit", _t("Uw wachtwoordzin"))
        form.addRow(_t("Uw &wachtwoordzin:"), self.passphrase)
        layout.addLayout(form)
        self.understood = QCheckBox(_t("Ik begrijp dat de andere gebruikers een nieuwe wachtwoordzin nodig hebben."))
        self.understood.setObjectName("understoodCheck")
        layout.addWidget(self.understood)
        self.message = _message_label()
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
        if not _confirm(
            self,
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
                _show(self.message, _t("Deze wachtwoordzin klopt niet. Er is niets gewijzigd."), True)
            elif isinstance(exc, PermissionDenied):
                _show(self.message, _t("Alleen de voorzitter vernieuwt de databasesleutel."), True)
            elif isinstance(exc, VaultBusyError):
                _show(
                    self.message,
                    _t(
                        "Een ander venster of programma gebruikt de kluis. Sluit het en probeer "
                        "opnieuw; er is niets gewijzigd."
                    ),
                    True,
                )
            elif isinstance(exc, VaultError | OSError):
                _show(
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
        _show(self.message, text)
        self.ok_button.setText(_t("&Sluiten"))
        self.ok_button.setEnabled(True)
        self.cancel_button.hide()


# -- retention -----------------------------------------------------------------------------------


_Retained = tuple[retention.RetentionResult, int, list[retention.DueCase]]  # the result, the period, the new list


class RetentionDialog(_TaskDialog):
    """Closed cases past the cell's retention period; erase or anonymise the selected ones."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_result: retention.RetentionResult | None = None
        self.setObjectName("retentionDialog")
        self.setWindowTitle(_t("Bewaartermijn — LIVC-R Desktop"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        years_label = QLabel(_t("&Bewaartermijn van afgesloten casussen:"))
        self.years = QSpinBox()
        self.years.setObjectName("yearsSpin")
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.years.setSuffix(_t(" jaar"))
        years_label.setBuddy(self.years)
        self.years_button = QPushButton(_t("Opslaan"))
        self.years_button.setObjectName("yearsSaveButton")
        row.addWidget(years_label)
        row.addWidget(self.years)
        row.addWidget(self.years_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        layout.addWidget(self.count_label)
        self.model = DueCaseModel(self)
        self.table = _table("dueTable", self.model, multi=True)
        self.table.setAccessibleName(_t("Casussen voorbij de bewaartermijn"))
        layout.addWidget(self.table)
        note = QLabel(
            _t(
                "Wissen verwijdert de casus en alles erover (inbreng, inschattingen, beslissingen, acties, "
                "agendapunten, uitnodigingen, terugkoppelingen). Anonimiseren wist identiteit, pseudoniem en alle "
                "teksten, maar houdt code, data en kwalificaties voor statistiek. Gefinaliseerde verslagen blijven "
                "het officiële verslag van de cel en worden niet gewijzigd; de kolom toont in hoeveel ervan de "
                "casus voorkomt. Oudere back-ups bevatten de casus tot ze vervangen worden."
            )
        )
        note.setObjectName("retentionNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        self.erase_button = QPushButton(_t("&Wissen…"))
        self.erase_button.setObjectName("eraseButton")
        self.anonymise_button = QPushButton(_t("&Anonimiseren…"))
        self.anonymise_button.setObjectName("anonymiseButton")
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = _message_label()
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.years_button.clicked.connect(self.save_years)
        self.erase_button.clicked.connect(lambda: self.apply("erase"))
        self.anonymise_button.clicked.connect(lambda: self.apply("anonymise"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self._fill(retention.retention_years(self.ctx), retention.due_cases(self.ctx))

    def _fill(self, years: int, due: list[retention.DueCase]) -> None:
        self.years.setValue(years)
        self.model.set_rows(due)
        self.count_label.setText(
            _t("{n} afgesloten casus(sen) voorbij de termijn van {years} jaar.").format(
                n=self.model.rowCount(), years=self.years.value()
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.erase_button.setEnabled(chosen)
        self.anonymise_button.setEnabled(chosen)

    def save_years(self) -> None:
        try:
            retention.set_retention_years(self.ctx, self.years.value())
        except PermissionDenied:
            _show(self.message, _t("Alleen de voorzitter wijzigt de bewaartermijn."), True)
            return
        self.refresh()

    def selected_cases(self) -> list[retention.DueCase]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def apply(self, action: str) -> BackgroundTask[_Retained] | None:
        chosen = self.selected_cases()
        if not chosen:
            self._refused()
            return None
        codes = ", ".join(c.code for c in chosen)
        minutes = sum(c.minutes_meetings for c in chosen)
        if action == "erase":
            title = _t("Casussen wissen")
            text = _t(
                "{n} casus(sen) en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden."
            ).format(n=len(chosen), codes=codes)
            yes = _t("Definitief &wissen")
        else:
            title = _t("Casussen anonimiseren")
            text = _t(
                "Identiteit, pseudoniem en alle teksten van {n} casus(sen) definitief wissen: {codes}? "
                "Code, data en kwalificaties blijven."
            ).format(n=len(chosen), codes=codes)
            yes = _t("Definitief &anonimiseren")
        if minutes:
            text += " " + _t("Ze staan in {m} gefinaliseerd(e) verslag(en); die blijven ongewijzigd bewaard.").format(
                m=minutes
            )
        if not _confirm(self, "confirmRetention", title, text, yes):
            self._refused()
            return None
        ids, ctx = [c.id for c in chosen], self.ctx
        fn = retention.erase_cases if action == "erase" else retention.anonymise_cases

        def work() -> _Retained:
            result = fn(ctx, ids)
            return result, retention.retention_years(ctx), retention.due_cases(ctx)  # the list, read here too

        def done(found: _Retained) -> None:
            result, years, due = found
            self.last_result = result
            done = _t("Gewist: {codes}.") if action == "erase" else _t("Geanonimiseerd: {codes}.")
            text = done.format(codes=", ".join(result.codes))
            if result.minutes_kept:
                text += " " + _t("De gefinaliseerde verslagen van {m} vergadering(en) vermelden ze nog.").format(
                    m=result.minutes_kept
                )
            _show(self.message, text)
            self._fill(years, due)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, retention.NotDueError):
                _show(
                    self.message,
                    _t("Een gekozen casus is niet (meer) voorbij de termijn. Er is niets gewijzigd."),
                    True,
                )
                self.refresh()
                return True
            if isinstance(exc, PermissionDenied):
                _show(self.message, _t("Alleen de voorzitter wist of anonimiseert casussen."), True)
                return True
            return False

        busy = _t("Bezig met wissen…") if action == "erase" else _t("Bezig met anonimiseren…")
        return self._run(self.message, busy, work, done, failed)


# -- the audit trail -----------------------------------------------------------------------------


def problem_text(problem: audit_log.ChainProblem) -> str:
    n = problem.event_id
    return {
        "changed": _t("Gebeurtenis {n} is achteraf gewijzigd."),
        "missing": _t("Vóór gebeurtenis {n} ontbreekt een gebeurtenis."),
        "link": _t("De schakel naar gebeurtenis {n} klopt niet: er is een gebeurtenis verwijderd of verplaatst."),
        "truncated": _t("De gebeurtenissen vanaf nummer {n} ontbreken aan het einde van de audittrail."),
        "rewritten": _t("Gebeurtenis {n} is niet meer dezelfde als vastgelegd: de audittrail is herschreven."),
        "head_forged": _t("Het vastgelegde eindpunt van de audittrail in het sleutelbestand is gewijzigd."),
        "backup_differs": _t("Gebeurtenis {n} verschilt van dezelfde gebeurtenis in een back-up."),
        "truncation_recorded": _t(
            "Gebeurtenis {n} meldt ontbrekende gebeurtenissen; een beheerder heeft dat nog niet bevestigd."
        ),
    }.get(problem.code, _t("De audittrail klopt niet bij gebeurtenis {n}.")).format(n=n)


def _local_time_text(recorded_at: str) -> str:
    """An ISO time (UTC when it names no zone) as the interface shows times: dd/mm/yyyy HH:MM, local."""
    try:
        at = datetime.fromisoformat(recorded_at)
    except ValueError:
        return recorded_at[:16].replace("T", " ") or "?"
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = at.astimezone()
    return f"{labels.date_text(local.date())} {local:%H:%M}"


def truncation_banner_text(truncations: Sequence[audit_log.Truncation]) -> str:
    """One line for the chair: how many events are missing since when (the first open truncation)."""
    first = truncations[0]
    since = _local_time_text(first.recorded_at)
    if first.missing:
        text = _t("Audittrail onvolledig: {n} gebeurtenissen ontbreken sinds {since}.").format(
            n=first.missing, since=since
        )
    else:
        text = _t("Audittrail onvolledig: gebeurtenissen werden herschreven sinds {since}.").format(since=since)
    if len(truncations) > 1:
        text += " " + _t("({n} meldingen.)").format(n=len(truncations))
    return text


class AcknowledgeTruncationDialog(QDialog):
    """The chair acknowledges a reported gap in the audit trail, with a reason (which is audited)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.acknowledged = 0
        self.setObjectName("acknowledgeTruncationDialog")
        self.setMinimumWidth(520)  # room for the title and the reason
        self.setWindowTitle(_t("Onvolledige audittrail bevestigen — LIVC-R Desktop"))
        layout = QVBoxLayout(self)
        opened = audit_log.open_truncations(ctx.vault)
        intro = QLabel((truncation_banner_text(opened) + " ") if opened else "")
        intro.setText(intro.text() + _t("Geef de reden op; de bevestiging komt zelf in de audittrail."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reason_label = QLabel(_t("&Reden:"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(_t("Reden van de bevestiging"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.error = _message_label("errorLabel")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_t("&Bevestigen"))
        ok.setObjectName("acknowledgeButton")
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.acknowledge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.setFocus()  # the chair types the reason at once

    def acknowledge(self) -> None:
        try:
            self.acknowledged = audit_log.acknowledge_truncations(self.ctx, self.reason.text())
        except PermissionDenied:
            _show(self.error, _t("Alleen de voorzitter kan dit bevestigen."), True)
            return
        except ValueError:
            _show(self.error, _t("Geef een reden op."), True)
            return
        self.accept()


class AuditDialog(_TaskDialog):
    """The audit chain's status (and the first broken link) and the latest events."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, limit: int = 500) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.check: audit_log.AuditCheck | None = None
        self.setObjectName("auditDialog")
        self.setWindowTitle(_t("Audittrail — LIVC-R Desktop"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.status = _message_label("statusLabel")
        layout.addWidget(self.status)
        self.model = AuditEventModel(self)
        self.table = _table("auditTable", self.model)
        self.table.setAccessibleName(_t("Gebeurtenissen van de audittrail"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.verify_button = QPushButton(_t("Opnieuw &controleren"))
        self.verify_button.setObjectName("verifyButton")
        self.goto_button = QPushButton(_t("Naar de eerste &breuk"))
        self.goto_button.setObjectName("gotoBrokenButton")
        self.acknowledge_button = QPushButton(_t("Onvolledigheid b&evestigen…"))
        self.acknowledge_button.setObjectName("acknowledgeTruncationButton")
        row.addWidget(self.verify_button)
        row.addWidget(self.goto_button)
        row.addWidget(self.acknowledge_button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.verify_button.clicked.connect(self.verify)
        self.goto_button.clicked.connect(self.goto_broken)
        self.acknowledge_button.clicked.connect(self.acknowledge_truncations)
        self.verify()

    def acknowledge_truncations(self) -> int:
        dialog = AcknowledgeTruncationDialog(self.ctx, self)
        dialog.exec()
        if dialog.acknowledged:
            self.verify()
        return dialog.acknowledged

    def verify(self) -> BackgroundTask[tuple[audit_log.AuditCheck, list[audit_log.AuditRow]]]:
        """Check the chain and read the latest events in the background; then show both."""
        ctx, limit = self.ctx, self.limit

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, PermissionDenied):
                _show(self.status, _t("Alleen de voorzitter bekijkt de audittrail."), True)
                return True
            return False

        return self._run(
            self.status,
            _t("De audittrail wordt gecontroleerd…"),
            lambda: (audit_log.check_chain(ctx), audit_log.recent_events(ctx, limit)),
            self._checked,
            failed,
        )

    def _checked(self, found: tuple[audit_log.AuditCheck, list[audit_log.AuditRow]]) -> None:
        check, rows = found
        self.check = check
        self.model.broken_id = check.first_broken_id
        self.model.set_rows(rows)
        if check.ok:
            text = _t("De audittrail is intact: {n} gebeurtenissen, elke schakel klopt.").format(n=check.events)
            if check.backups_checked:
                text += " " + _t("Vergeleken met {b} back-up(s).").format(b=check.backups_checked)
            _show(self.status, text)
        else:
            assert check.first is not None
            text = _t("De audittrail is NIET intact.") + " " + problem_text(check.first)
            if len(check.problems) > 1:
                text += " " + _t("({n} bevindingen in totaal.)").format(n=len(check.problems))
            _show(self.status, text, True)
        self.goto_button.setEnabled(check.first_broken_id is not None)
        self.acknowledge_button.setEnabled(any(p.code == "truncation_recorded" for p in check.problems))
        if check.first_broken_id is not None:
            self.goto_broken()

    def goto_broken(self) -> None:
        if self.check is None or self.check.first_broken_id is None:
            return
        row = self.model.row_of(self.check.first_broken_id)
        if row is None:  # truncated at the end, or older than the rows shown
            row = 0 if self.model.rowCount() else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))


# -- the menu ------------------------------------------------------------------------------------


class AdminActions(QObject):
    """The administration actions, added to a menu; ``vault_replaced`` after a restore swapped ``ctx.vault``."""

    vault_replaced = Signal()

    def __init__(self, ctx: ServiceContext, window: QWidget | None, menu: QMenu) -> None:
        super().__init__(menu)
        self.setObjectName("adminActions")
        self.ctx = ctx
        self.window = window
        self.dialog: QDialog | None = None

        def action(name: str, text: str, slot: Callable[[], object]) -> QAction:
            a = QAction(text, menu)
            a.setObjectName(name)
            a.triggered.connect(lambda _checked=False: slot())
            menu.addAction(a)
            return a

        self.backup_action = action("backupAction", _t("&Back-ups…"), self.open_backups)
        self.passphrase_action = action(
            "changePassphraseAction", _t("&Wachtwoordzin wijzigen…"), self.open_change_passphrase
        )
        self.rotate_action = action("rotateKeyAction", _t("Database&sleutel vernieuwen…"), self.open_rotate_key)
        self.retention_action = action("retentionAction", _t("Be&waartermijn…"), self.open_retention)
        self.audit_action = action("auditAction", _t("&Audittrail…"), self.open_audit)
        menu.aboutToShow.connect(self.update_actions)
        self.vault_replaced.connect(self.refresh_window)
        self.update_actions()

    def actions(self) -> list[QAction]:
        return [
            self.backup_action,
            self.passphrase_action,
            self.rotate_action,
            self.retention_action,
            self.audit_action,
        ]

    def update_actions(self) -> None:
        admin = self.ctx.may(Permission.ADMINISTER)
        for a in (self.backup_action, self.rotate_action, self.retention_action, self.audit_action):
            a.setEnabled(admin)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_backups(self) -> QDialog:
        dialog = BackupDialog(self.ctx, self.window)
        dialog.vault_replaced.connect(self.vault_replaced)
        return self._open(dialog)

    def open_change_passphrase(self) -> QDialog:
        return self._open(ChangePassphraseDialog(self.ctx, self.window))

    def open_rotate_key(self) -> QDialog:
        return self._open(RotateKeyDialog(self.ctx, self.window))

    def open_retention(self) -> QDialog:
        dialog = RetentionDialog(self.ctx, self.window)
        dialog.finished.connect(lambda _r: self.refresh_window())
        return self._open(dialog)

    def open_audit(self) -> QDialog:
        return self._open(AuditDialog(self.ctx, self.window))

    def refresh_window(self) -> None:
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()


class AdminMenu(QMenu):
    """A "Beheer" menu of its own holding :class:`AdminActions` (for a window that has none)."""

    vault_replaced = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(_t("&Beheer"), parent)
        self.setObjectName("adminMenu")
        self.admin = AdminActions(ctx, parent, self)
        self.admin.vault_replaced.connect(self.vault_replaced)

    def update_actions(self) -> None:
        self.admin.update_actions()

    def open_backups(self) -> QDialog:
        return self.admin.open_backups()

    def open_change_passphrase(self) -> QDialog:
        return self.admin.open_change_passphrase()

    def open_rotate_key(self) -> QDialog:
        return self.admin.open_rotate_key()

    def open_retention(self) -> QDialog:
        return self.admin.open_retention()

    def open_audit(self) -> QDialog:
        return self.admin.open_audit()


def admin_actions(menu: QMenu) -> AdminActions:
    """The :class:`AdminActions` that :func:`install_admin_menu` put in ``menu``."""
    found = menu.findChild(AdminActions, "adminActions")
    assert isinstance(found, AdminActions)
    return found


def install_admin_menu(main_window: QMainWindow, ctx: ServiceContext) -> QMenu:
    """Add backups, passphrase, key rotation, retention and the audit trail to the window's
    "Beheer" menu and return that menu.

    When the window already has one (an attribute ``admin_menu`` or a QMenu named ``adminMenu``)
    the actions are appended to it; otherwise a new "&Beheer" menu is inserted before "Help" (or
    at the end). :func:`admin_actions` gives the actions' object: its ``vault_replaced`` signal
    fires after a restore (``ctx.vault`` is then the restored vault) and the window's ``refresh()``,
    when it has one, is called.
    """
    existing = getattr(main_window, "admin_menu", None)
    if not isinstance(existing, QMenu):
        existing = main_window.menuBar().findChild(QMenu, "adminMenu")
    if isinstance(existing, QMenu):
        if existing.actions() and not existing.actions()[-1].isSeparator():
            existing.addSeparator()
        AdminActions(ctx, main_window, existing)
        return existing
    menu = AdminMenu(ctx, main_window)
    bar = main_window.menuBar()
    help_action = next((a for a in bar.actions() if a.menu() is not None and "help" in a.text().lower()), None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu
