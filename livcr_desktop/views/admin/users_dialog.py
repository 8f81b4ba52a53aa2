"""The chair's list of users: add one (own passphrase, role), change a role, remove one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.roles import Permission, Role
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.vaults import DEFAULT_KDF, KdfParams
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets.forms import clear_on_edit
from livcr_desktop.views.widgets.messages import field_message, validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("UsersDialog", text)


def role_label(role: Role) -> str:
    return {
        Role.CHAIR: _t("voorzitter"),
        Role.SECRETARY: _t("secretaris"),
        Role.CASE_MANAGER: _t("casemanager"),
        Role.READ_ONLY: _t("lid (alleen lezen)"),
    }[role]


def _keys_text(u: users.UserView) -> str:
    keys = QCoreApplication.translate("UsersDialog", "%n wachtwoordzinnen", None, u.passphrase_slots)
    if u.keyring_slots:
        keys += ", " + _t("{n} onthouden op een computer").format(n=u.keyring_slots)
    return keys


class UserTableModel(RowTableModel[users.UserView]):
    COLS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Gebruiker"), lambda u: u.name),
                Column(lambda: _t("Naam"), lambda u: u.display_name),
                Column(lambda: _t("Rol"), lambda u: role_label(u.role) if u.active else _t("verwijderd")),
                Column(lambda: _t("Sleutels"), _keys_text),
            ],
            key=lambda u: u.name,
            parent=parent,
        )


class UsersDialog(QDialog):
    def __init__(self, ctx: ServiceContext, kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kdf = ctx, kdf
        self.setObjectName("usersDialog")
        self.setWindowTitle(_t("Gebruikers van deze kluis"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        note = QLabel(
            _t(
                "Elke gebruiker opent de kluis met een eigen wachtwoordzin. Wie verwijderd wordt, kan de "
                "kluis niet meer openen. Alleen de voorzitter beheert de gebruikers."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(_t("Gebruikers van deze kluis"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("newUserName")
        self.name.setPlaceholderText(_t("bv. casemanager of j.peeters"))
        self.display = QLineEdit()
        self.display.setObjectName("newUserDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("newUserRole")
        for r in Role:
            self.role.addItem(role_label(r), r.value)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newUserPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("newUserRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels: dict[str, str] = {}  # a field as the services name it → its label, for the messages
        for field, text, w in (
            ("name", _t("&Gebruikersnaam:"), self.name),
            ("display_name", _t("&Naam:"), self.display),
            ("role", _t("&Rol:"), self.role),
            ("passphrase", _t("&Wachtwoordzin:"), self.passphrase),
            ("repeat", _t("&Herhaal:"), self.repeat),
        ):
            form.addRow(text, w)
            w.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.labels[field] = text
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(_t("Gebruiker &toevoegen"))
        self.add_button.setObjectName("addUserButton")
        self.role_button = QPushButton(_t("Rol w&ijzigen naar de gekozen rol"))
        self.role_button.setObjectName("changeRoleButton")
        self.remove_button = QPushButton(_t("Gebruiker &verwijderen…"))
        self.remove_button.setObjectName("removeUserButton")
        for b in (self.add_button, self.role_button, self.remove_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        clear_on_edit(self.message, self.name, self.display, self.role, self.passphrase, self.repeat)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_user)
        allowed = ctx.may(Permission.MANAGE_USERS)
        controls: list[QWidget] = [
            self.add_button,
            self.role_button,
            self.remove_button,
            self.name,
            self.display,
            self.role,
            self.passphrase,
            self.repeat,
        ]
        for control in controls:
            control.setEnabled(allowed)
        if not allowed:
            self.message.setText(_t("Alleen de voorzitter kan gebruikers beheren."))
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(users.list_users(self.ctx))

    def selected(self) -> users.UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def add_user(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(_t("De twee wachtwoordzinnen verschillen."))
            return
        try:
            users.add_user(
                self.ctx,
                self.name.text().strip(),
                self.display.text(),
                Role(self.role.currentData()),
                self.passphrase.text(),
                kdf=self.kdf,
            )
        except ValidationError as exc:
            self.message.setText(" ".join(field_message(i, self.labels.get(i.field)) for i in exc.issues))
            return
        self.message.setText(_t("Gebruiker {name} toegevoegd.").format(name=self.name.text().strip()))
        for w in (self.name, self.display, self.passphrase, self.repeat):
            w.clear()
        self.reload()

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            users.set_role(self.ctx, user.name, Role(self.role.currentData()))
        except ValidationError as exc:
            self.message.setText(" ".join(validation_message(i) for i in exc.issues))
            return
        self.reload()

    def remove_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            _t("Gebruiker verwijderen"),
            _t("{name} verwijderen? Hun wachtwoordzin opent de kluis daarna niet meer.").format(name=user.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            users.remove_user(self.ctx, user.name)
        except ValidationError as exc:
            self.message.setText(" ".join(validation_message(i) for i in exc.issues))
            return
        self.message.setText(_t("{name} verwijderd.").format(name=user.name))
        self.reload()
