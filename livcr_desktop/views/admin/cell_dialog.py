"""Set up the cell: its identity, its organisations and its members (Beheer > Organisaties en leden…).

Three tabs (Alt+C, Alt+O, Alt+L); the buttons under them act on the tab shown: add from the form,
change the chosen row to the form, retire the chosen row (history kept). Choosing a row fills the
form. Every label has its own Alt-letter in the whole dialog; refusals show in Dutch under the tabs
and nothing is saved. Only a role that may administer changes anything.

A member who still chairs or takes the minutes of a planned meeting, or is responsible for open
actions, is not retired: the message says so and a row under it offers to hand that over to another
active member ("Overdragen aan:") and then retire ("Overdragen en terugtrekken").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import MemberKind, OrganisationSector
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.admin_models import table_view
from livcr_desktop.views.admin.cell_models import (
    MemberTableModel,
    OrganisationTableModel,
    in_use_text,
    refusal_text,
)
from livcr_desktop.views.models.base import Column
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import from_qdate, to_qdate, typed_like_paper

CELL_TAB, ORG_TAB, MEMBER_TAB = 0, 1, 2


def _t(text: str) -> str:
    return QCoreApplication.translate("CellSetupDialog", text)


def _form(rows: list[tuple[str, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    return form


class CellSetupDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("cellSetupDialog")
        self.setWindowTitle(_t("Organisaties en leden van de cel"))
        self.resize(900, 600)
        self.confirm: Callable[[str, str], bool] = self._ask
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cellSetupTabs")
        self.tabs.addTab(self._cell_tab(), _t("&Cel"))
        self.tabs.addTab(self._organisation_tab(), _t("&Organisaties"))
        self.tabs.addTab(self._member_tab(), _t("&Leden"))
        layout.addWidget(self.tabs)
        row = QHBoxLayout()
        self.add_button = QPushButton(_t("Toe&voegen"))
        self.add_button.setObjectName("cellAddButton")
        self.change_button = QPushButton(_t("&Wijzigen"))
        self.change_button.setObjectName("cellChangeButton")
        self.retire_button = QPushButton(_t("Te&rugtrekken…"))
        self.retire_button.setObjectName("cellRetireButton")
        self.history = QCheckBox(_t("Toon ook &historiek (teruggetrokken)"))
        self.history.setObjectName("cellShowRetired")
        self.close_button = QPushButton(_t("Sl&uiten"))
        self.close_button.setObjectName("cellCloseButton")
        for w in (self.add_button, self.change_button, self.retire_button, self.history):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("cellSetupMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_t("Melding"))
        layout.addWidget(self.message)
        layout.addWidget(self._handover_row())
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.retire_button.clicked.connect(self.retire)
        self.close_button.clicked.connect(self.accept)
        self.history.toggled.connect(lambda _on: self.reload())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.currentChanged.connect(lambda _i: self._end_handover())
        self.allowed = ctx.may(Permission.ADMINISTER)
        if not self.allowed:
            for control in (*self._editors, self.add_button, self.change_button, self.retire_button):
                control.setEnabled(False)
            self.save_identity.setEnabled(False)
            self.message.setText(_t("Alleen wie de kluis beheert (de voorzitter) kan de cel instellen."))
        self.reload()
        self._tab_changed(self.tabs.currentIndex())

    # -- the tabs ----------------------------------------------------------------------------------

    def _cell_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        identity = reference.cell_identity(self.ctx)
        self.municipality = QLineEdit(identity.municipality)
        self.municipality.setObjectName("cellMunicipality")
        self.municipality.setPlaceholderText(_t("bv. Fictiefdonk, of PZ Noord voor een zonale cel"))
        self.cell_name = QLineEdit(identity.cell_name)
        self.cell_name.setObjectName("cellName")
        v.addLayout(
            _form([(_t("&Gemeente of politiezone:"), self.municipality), (_t("&Naam van de cel:"), self.cell_name)])
        )
        self.save_identity = QPushButton(_t("Identiteit op&slaan"))
        self.save_identity.setObjectName("cellSaveIdentity")
        self.save_identity.clicked.connect(self.store_identity)
        v.addWidget(self.save_identity)
        v.addStretch(1)
        self._editors: list[QWidget] = [self.municipality, self.cell_name]
        return page

    def _organisation_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.org_model = OrganisationTableModel(self)
        self.org_table = table_view("organisationTable", self.org_model)
        self.org_table.setAccessibleName(_t("Organisaties"))
        v.addWidget(self.org_table)
        self.org_name = QLineEdit()
        self.org_name.setObjectName("organisationName")
        self.org_short = QLineEdit()
        self.org_short.setObjectName("organisationShortName")
        self.org_sector = QComboBox()
        self.org_sector.setObjectName("organisationSector")
        for sector in OrganisationSector:
            self.org_sector.addItem(labels.sector(sector), sector)
        self.org_secrecy = QCheckBox(_t("&Beroepsgeheim (art. 458 Sw.)"))
        self.org_secrecy.setObjectName("organisationSecrecy")
        form = _form(
            [(_t("Naa&m:"), self.org_name), (_t("&Korte naam:"), self.org_short), (_t("Sec&tor:"), self.org_sector)]
        )
        form.addRow("", self.org_secrecy)
        v.addLayout(form)
        self.org_table.selectionModel().selectionChanged.connect(self._organisation_chosen)
        self._editors += [self.org_name, self.org_short, self.org_sector, self.org_secrecy]
        return page

    def _member_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.member_model = MemberTableModel(self)
        # Who also sits in the kernteam (its meetings invite them), after the role in the cell.
        kernteam: Column[reference.MemberRecord] = Column(
            lambda: _t("Kernteam"), lambda m: _t("ja") if m.kernteam else "—"
        )
        self.member_model.columns.insert(5, kernteam)
        self.member_table = table_view("memberTable", self.member_model)
        self.member_table.setAccessibleName(_t("Leden"))
        v.addWidget(self.member_table)
        self.member_name = QLineEdit()
        self.member_name.setObjectName("memberName")
        self.member_org = QComboBox()
        self.member_org.setObjectName("memberOrganisation")
        self.member_kind = QComboBox()
        self.member_kind.setObjectName("memberKind")
        for kind in MemberKind:
            self.member_kind.addItem(labels.member_kind(kind), kind)
        self.member_function = QLineEdit()
        self.member_function.setObjectName("memberFunction")
        self.member_function.setPlaceholderText(_t("bv. inspecteur, maatschappelijk werker"))
        self.member_role = QLineEdit()
        self.member_role.setObjectName("memberRole")
        self.member_role.setPlaceholderText(_t("bv. voorzitter, secretaris, casemanager"))
        self.member_from = QDateEdit(to_qdate(self.ctx.today()))
        self.member_from.setObjectName("memberActiveFrom")
        self.member_from.setDisplayFormat("dd/MM/yyyy")
        typed_like_paper(self.member_from)
        # Z: every other letter of "lid van het kernteam" is taken elsewhere in the dialog.
        self.member_kernteam = QCheckBox(_t("&Zetelt in het kernteam"))
        self.member_kernteam.setObjectName("memberKernteam")
        self.member_kernteam.setToolTip(_t("Lid van het kernteam: uitgenodigd op de vergaderingen van het kernteam."))
        rows = [
            (_t("N&aam:"), self.member_name),
            (_t("Organ&isatie:"), self.member_org),
            (_t("&Deelname:"), self.member_kind),
            (_t("&Functie:"), self.member_function),
            (_t("Rol in de c&el:"), self.member_role),
            (_t("Actief &per:"), self.member_from),
        ]
        form = _form(rows)
        form.addRow("", self.member_kernteam)
        v.addLayout(form)
        self.member_table.selectionModel().selectionChanged.connect(self._member_chosen)
        self._editors += [*(w for _, w in rows), self.member_kernteam]
        return page

    def _handover_row(self) -> QWidget:
        """Shown when a member cannot be retired yet: whom to hand their meetings and actions to.

        No Alt-letters here: every letter of these texts is taken elsewhere in the dialog. The refusal
        puts the focus on the list of members; Tab reaches the button.
        """
        self.handover = QWidget()
        self.handover.setObjectName("cellHandover")
        row = QHBoxLayout(self.handover)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_t("Overdragen aan:"))
        self.handover_to = QComboBox()
        self.handover_to.setObjectName("cellHandoverTo")
        self.handover_to.setAccessibleName(label.text().rstrip(":"))
        label.setBuddy(self.handover_to)
        self.handover_button = QPushButton(_t("Overdragen en terugtrekken"))
        self.handover_button.setObjectName("cellHandoverButton")
        self.handover_button.clicked.connect(self.hand_over)
        row.addWidget(label)
        row.addWidget(self.handover_to, 1)
        row.addWidget(self.handover_button)
        self.handover.hide()
        self._handing_over: reference.MemberRecord | None = None
        return self.handover

    # -- reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        retired = self.history.isChecked()
        self.org_model.set_rows(reference.organisation_records(self.ctx, include_retired=retired))
        self.member_model.set_rows(reference.member_records(self.ctx, include_retired=retired))
        chosen = self.member_org.currentData()
        self.member_org.clear()
        self.member_org.addItem(_t("— kies —"), None)
        for o in reference.organisation_records(self.ctx):
            self.member_org.addItem(f"{o.short_name} — {o.name}", o.id)
        self.member_org.setCurrentIndex(max(0, self.member_org.findData(chosen)))
        for table in (self.org_table, self.member_table):
            table.resizeColumnsToContents()

    def _selected(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _tab_changed(self, index: int) -> None:
        lists = index != CELL_TAB and self.allowed
        for b in (self.add_button, self.change_button, self.retire_button):
            b.setEnabled(lists)
        self.history.setEnabled(index != CELL_TAB)

    def _organisation_chosen(self, _sel: QItemSelection | None = None, _old: QItemSelection | None = None) -> None:
        row = self._selected(self.org_table)
        if row is None:
            return
        o = self.org_model.entry(row)
        self.org_name.setText(o.name)
        self.org_short.setText(o.short_name)
        self.org_sector.setCurrentIndex(self.org_sector.findData(o.sector))
        self.org_secrecy.setChecked(o.professional_secrecy)

    def _member_chosen(self, _sel: QItemSelection | None = None, _old: QItemSelection | None = None) -> None:
        row = self._selected(self.member_table)
        if row is None:
            return
        m = self.member_model.entry(row)
        if self._handing_over is not None and self._handing_over.id != m.id:
            self._end_handover()
        self.member_name.setText(m.name)
        if self.member_org.findData(m.organisation_id) < 0:  # a retired organisation: show it to keep it
            self.member_org.addItem(m.organisation_short_name, m.organisation_id)
        self.member_org.setCurrentIndex(self.member_org.findData(m.organisation_id))
        self.member_kind.setCurrentIndex(self.member_kind.findData(m.kind))
        self.member_function.setText(m.function)
        self.member_role.setText(m.role)
        self.member_kernteam.setChecked(m.kernteam)
        if m.active_from is not None:
            self.member_from.setDate(to_qdate(m.active_from))

    # -- changing ----------------------------------------------------------------------------------

    def _run(self, act: Callable[[], str]) -> bool:
        """Run a change; show what happened or why nothing was saved."""
        try:
            done = act()
        except ValidationError as exc:
            self.message.setText(refusal_text(exc))
            return False
        self.message.setText(done)
        self.reload()
        return True

    def store_identity(self) -> None:
        def act() -> str:
            identity = reference.set_cell_identity(self.ctx, self.municipality.text(), self.cell_name.text())
            return _t("De identiteit van de cel is opgeslagen: {cell} ({municipality}).").format(
                cell=identity.cell_name, municipality=identity.municipality
            )

        self._run(act)

    def add(self) -> None:
        if self.tabs.currentIndex() == ORG_TAB:
            name = self.org_name.text().strip()

            def add_org() -> str:
                reference.add_organisation(
                    self.ctx, name, self.org_short.text(), self._sector(), self.org_secrecy.isChecked()
                )
                return _t("Organisatie {name} toegevoegd.").format(name=name)

            if self._run(add_org):
                self._clear_organisation()
        elif self.tabs.currentIndex() == MEMBER_TAB:
            name = self.member_name.text().strip()

            def add_member() -> str:
                reference.add_member(
                    self.ctx,
                    name,
                    self.member_org.currentData() or 0,
                    self.member_role.text(),
                    self._kind(),
                    function=self.member_function.text(),
                    active_from=from_qdate(self.member_from.date()),
                    kernteam=self.member_kernteam.isChecked(),
                )
                return _t("Lid {name} toegevoegd.").format(name=name)

            if self._run(add_member):
                self._clear_member()

    def change(self) -> None:
        org_row, member_row = self._selected(self.org_table), self._selected(self.member_table)
        if self.tabs.currentIndex() == ORG_TAB and org_row is not None:
            org, name = self.org_model.entry(org_row), self.org_name.text()

            def change_org() -> str:
                sector, secrecy = self._sector(), self.org_secrecy.isChecked()
                reference.update_organisation(self.ctx, org.id, name, self.org_short.text(), sector, secrecy)
                return _t("Organisatie {name} gewijzigd.").format(name=name.strip())

            self._run(change_org)
        elif self.tabs.currentIndex() == MEMBER_TAB and member_row is not None:
            member, name = self.member_model.entry(member_row), self.member_name.text()

            def change_member() -> str:
                org_id, since = self.member_org.currentData() or 0, from_qdate(self.member_from.date())
                function, role = self.member_function.text(), self.member_role.text()
                kernteam = self.member_kernteam.isChecked()
                reference.update_member(
                    self.ctx, member.id, name, org_id, role, self._kind(), function, since, kernteam=kernteam
                )
                return _t("Lid {name} gewijzigd.").format(name=name.strip())

            self._run(change_member)
        else:
            self.message.setText(_t("Kies eerst een rij in de lijst."))

    def retire(self) -> None:
        on_orgs = self.tabs.currentIndex() == ORG_TAB
        table = self.org_table if on_orgs else self.member_table
        row = self._selected(table)
        if row is None:
            self.message.setText(_t("Kies eerst een rij in de lijst."))
            return
        entry = self.org_model.entry(row) if on_orgs else self.member_model.entry(row)
        question = (
            _t("{name} en de leden die nog actief zijn terugtrekken? Oude verslagen blijven hen noemen.")
            if on_orgs
            else _t("{name} terugtrekken? Oude vergaderingen en verslagen blijven dit lid noemen.")
        ).format(name=entry.name)
        if not self.confirm(_t("Terugtrekken"), question):
            return
        try:
            if on_orgs:
                reference.retire_organisation(self.ctx, entry.id)
            else:
                reference.retire_member(self.ctx, entry.id)
        except reference.InUseError as exc:
            self.message.setText(in_use_text(entry.name, exc))
            if not on_orgs:
                assert isinstance(entry, reference.MemberRecord)
                self._offer_handover(entry)
            return
        self.message.setText(_t("{name} is teruggetrokken; de geschiedenis blijft bewaard.").format(name=entry.name))
        self.reload()

    def _offer_handover(self, member: reference.MemberRecord) -> None:
        """Show the handover row for ``member``: the other active members, none chosen yet."""
        self._handing_over = member
        self.handover_to.clear()
        self.handover_to.addItem(_t("— kies —"), None)
        for m in reference.member_records(self.ctx):
            if m.id != member.id:
                self.handover_to.addItem(f"{m.name} ({m.organisation_short_name})", m.id)
        self.message.setText(
            self.message.text() + " " + _t("Of draag het hieronder over aan een ander lid en trek dan terug.")
        )
        self.handover.show()
        self.handover_to.setFocus()

    def _end_handover(self) -> None:
        self._handing_over = None
        self.handover.hide()

    def hand_over(self) -> None:
        """Hand the chosen member's planned meetings and open actions over, then retire them."""
        member = self._handing_over
        if member is None:
            return
        to_id = self.handover_to.currentData() or 0
        other = self.handover_to.currentText()
        try:
            reference.reassign_member(self.ctx, member.id, to_id)
            reference.retire_member(self.ctx, member.id)
        except ValidationError as exc:
            self.message.setText(refusal_text(exc))
            return
        except reference.InUseError as exc:  # something new came up in between
            self.message.setText(in_use_text(member.name, exc))
            self.reload()
            return
        self._end_handover()
        self.message.setText(
            _t("{name} is teruggetrokken; de vergaderingen en acties zijn overgedragen aan {other}.").format(
                name=member.name, other=other
            )
        )
        self.reload()
        self.member_table.setFocus()

    def _ask(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setObjectName("cellRetireBox")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(_t("&Ja, terugtrekken"))
        box.button(QMessageBox.StandardButton.No).setText(_t("&Nee"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _sector(self) -> OrganisationSector:
        return OrganisationSector(self.org_sector.currentData())

    def _kind(self) -> MemberKind:
        return MemberKind(self.member_kind.currentData())

    def _clear_organisation(self) -> None:
        self.org_table.clearSelection()
        for w in (self.org_name, self.org_short):
            w.clear()
        self.org_secrecy.setChecked(False)
        self.org_sector.setCurrentIndex(0)
        self.org_name.setFocus()

    def _clear_member(self) -> None:
        self.member_table.clearSelection()
        for w in (self.member_name, self.member_function, self.member_role):
            w.clear()
        self.member_kernteam.setChecked(False)
        self.member_name.setFocus()


def open_cell_setup(ctx: ServiceContext, parent: QWidget | None = None) -> CellSetupDialog:
    """Build the dialog (the caller opens it)."""
    dialog = CellSetupDialog(ctx, parent)
    dialog.tabs.setCurrentIndex(CELL_TAB if not reference.cell_identity(ctx).municipality else ORG_TAB)
    return dialog
