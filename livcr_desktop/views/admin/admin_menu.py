"""The "Beheer" (administration) menu: the cell's set-up, backups, passphrase and key, retention, audit trail.

Every action goes through the services (which check the role and audit it); anything that cannot
be undone asks for confirmation in a message box first. No screen here shows an identity or a
free text about a case: backups and the audit trail are listed by time, codes and counts.

:func:`install_admin_menu` adds these actions to a main window's "&Beheer" menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.audit_dialog import AuditDialog
from livcr_desktop.views.admin.backup_dialog import BackupDialog
from livcr_desktop.views.admin.change_passphrase_dialog import ChangePassphraseDialog
from livcr_desktop.views.admin.retention_dialog import RetentionDialog
from livcr_desktop.views.admin.rotate_key_dialog import RotateKeyDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


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

        self.cell_action = action("cellSetupAction", _t("&Organisaties en leden…"), self.open_cell_setup)
        self.backup_action = action("backupAction", _t("&Back-ups…"), self.open_backups)
        self.passphrase_action = action(
            "changePassphraseAction", _t("&Wachtwoordzin wijzigen…"), self.open_change_passphrase
        )
        self.rotate_action = action("rotateKeyAction", _t("&Databasesleutel vernieuwen…"), self.open_rotate_key)
        self.retention_action = action("retentionAction", _t("Bewaar&termijn…"), self.open_retention)
        self.audit_action = action("auditAction", _t("&Audittrail…"), self.open_audit)
        menu.aboutToShow.connect(self.update_actions)
        self.vault_replaced.connect(self.refresh_window)
        self.update_actions()

    def actions(self) -> list[QAction]:
        """The menu's actions but the cell's set-up (``cell_action``, which opens read-only for other roles)."""
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
            a.setEnabled(admin)  # the cell's set-up opens for every role (read-only without ADMINISTER)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_cell_setup(self) -> QDialog:
        """The cell's identity, organisations and members (read-only for a role that may not administer)."""
        from livcr_desktop.views.admin.cell_dialog import open_cell_setup

        dialog = open_cell_setup(self.ctx, self.window)
        dialog.finished.connect(lambda _r: self.refresh_window())
        return self._open(dialog)

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

    def open_cell_setup(self) -> QDialog:
        return self.admin.open_cell_setup()

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
    """Add the cell's set-up, backups, passphrase, key rotation, retention and the audit trail to the
    window's "Beheer" menu and return that menu (the status bar says where to start in a new vault).

    When the window already has one (an attribute ``admin_menu`` or a QMenu named ``adminMenu``)
    the actions are appended to it; otherwise a new "&Beheer" menu is inserted before "Help" (or
    at the end). :func:`admin_actions` gives the actions' object: its ``vault_replaced`` signal
    fires after a restore (``ctx.vault`` is then the restored vault) and the window's ``refresh()``,
    when it has one, is called.
    """
    if not reference.organisation_records(ctx):  # a new vault: say where the cell is set up
        main_window.statusBar().showMessage(
            _t("Deze cel heeft nog geen organisaties en leden: Beheer > Organisaties en leden…")
        )
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
