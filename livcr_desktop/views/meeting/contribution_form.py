"""The first tab of the case page: what one organisation brings about one life domain."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.entities import Organisation
from livcr_desktop.domain.enums import DraftKind
from livcr_desktop.domain.meeting import ContributionDraft, ContributionView
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import reference
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.drafts import DraftKeeper
from livcr_desktop.views.meeting.form_helpers import error_label, narrow, organisation_combo
from livcr_desktop.views.meeting.meeting_models import contribution_line
from livcr_desktop.views.meeting.undo_commands import AddContribution, DeleteContribution, execute
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.lifting_field import LiftingField
from livcr_desktop.views.widgets.long_text import with_counter
from livcr_desktop.views.widgets.messages import validation_message

# The flags have shortcuts of their own (an Alt letter only moves the focus when a tab shares it).
SECRECY_KEYS = "Ctrl+Shift+G"
NO_PROJECTION_KEYS = "Ctrl+Shift+N"


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


class ContributionForm(QWidget):
    """Organisation, domain, text and flags; Enter adds the contribution (undoable) and puts the keyboard
    back on the organisation, for the next speaker.

    Below, the contributions in the grid's current cell (``cell_contributions``), the last of which
    can be deleted. Choosing a cell in the grid chooses its organisation and domain here; an
    organisation bound by professional secrecy starts with "beroepsgeheim" ticked. What is typed is
    kept as a draft until it is added (``drafts``). ``added`` says which cell (organisation, domain) a
    contribution was added to, so the grid can show it.
    """

    added = Signal(int, str)  # organisation id, life domain

    def __init__(
        self,
        case: CaseAtHand,
        organisations: Sequence[Organisation],
        domains: Sequence[str],
        cell_contributions: Callable[[], tuple[ContributionView, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case, self.cell_contributions = case, cell_contributions
        g = QGridLayout(self)
        self.organisation = organisation_combo(organisations, "contributionOrganisation")
        self.organisation.setAccessibleName(_t("Organisatie"))
        self.domain = narrow(QComboBox())
        self.domain.setObjectName("contributionDomain")
        self.domain.setAccessibleName(_t("Levensdomein"))
        for d in domains:
            self.domain.addItem(labels.life_domain(d), d)
        self.text = QLineEdit()
        self.text.setObjectName("contributionText")
        self.text.setAccessibleName(_t("Bijdrage"))
        self.text.setPlaceholderText(_t("Wat weet deze organisatie over dit domein? (Enter voegt toe)"))
        self.secrecy = QCheckBox(_t("beroeps&geheim ({keys})").format(keys=SECRECY_KEYS))
        self.secrecy.setObjectName("contributionSecrecy")
        self.no_projection = QCheckBox(_t("&niet projecteren ({keys})").format(keys=NO_PROJECTION_KEYS))
        self.no_projection.setObjectName("contributionNoProjection")
        self.confirmed = QCheckBox(_t("b&evestigd"))
        self.confirmed.setObjectName("contributionConfirmed")
        self.in_minutes = QCheckBox(_t("&in verslag"))
        self.in_minutes.setObjectName("contributionInMinutes")
        self.in_minutes.setChecked(True)
        self.add_button = QPushButton(_t("Toevoegen"))
        self.add_button.setObjectName("addContributionButton")
        self.decline_button = QPushButton(_t("Geen informatie / wenst niet te delen"))
        self.decline_button.setObjectName("declineButton")
        # Unticking "beroepsgeheim" for an organisation bound by it lifts the secrecy: who agreed is recorded.
        self.lifted_by = LiftingField(
            reference.member_records(case.ctx),
            _t("Beroepsgeheim &opgeheven met akkoord van:"),
            "contributionLiftedBy",
            _t("Beroepsgeheim opgeheven met akkoord van"),
        )
        self.lifted_label = self.lifted_by.label
        self.error = error_label("contributionError")
        g.addWidget(QLabel(_t("Organisatie:")), 0, 0)
        g.addWidget(self.organisation, 0, 1)
        g.addWidget(QLabel(_t("Domein:")), 0, 2)
        g.addWidget(self.domain, 0, 3)
        g.addWidget(with_counter(self.text), 1, 0, 1, 4)
        flags = QHBoxLayout()
        for cb in (self.secrecy, self.no_projection, self.confirmed, self.in_minutes):
            flags.addWidget(cb)
        flags.addStretch(1)
        lifted = QHBoxLayout()  # under the flags, shown only while secrecy is being lifted
        lifted.addWidget(self.lifted_label)
        lifted.addWidget(self.lifted_by, 1)
        flag_rows = QVBoxLayout()
        flag_rows.addLayout(flags)
        flag_rows.addLayout(lifted)
        g.addLayout(flag_rows, 2, 0, 1, 4)
        buttons = QHBoxLayout()  # a row of their own: the page fits a 1280 px wide (150 %) screen
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.add_button)
        g.addLayout(buttons, 3, 0, 1, 4)
        g.addWidget(self.error, 4, 0, 1, 4)
        self.cell_list = QLabel()
        self.cell_list.setObjectName("cellContributions")
        self.cell_list.setWordWrap(True)
        g.addWidget(self.cell_list, 5, 0, 1, 3)
        self.delete_button = QPushButton(_t("Laatste bijdrage in deze cel verwijderen"))
        self.delete_button.setObjectName("deleteContributionButton")
        self.delete_button.setEnabled(False)
        g.addWidget(self.delete_button, 5, 3)
        g.setRowStretch(6, 1)
        self.text.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.decline_button.clicked.connect(self.record_declines)
        self.delete_button.clicked.connect(self.delete_last)
        for keys, box in ((SECRECY_KEYS, self.secrecy), (NO_PROJECTION_KEYS, self.no_projection)):
            shortcut = QShortcut(QKeySequence(keys), self)  # while this tab is shown, wherever the focus is
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(box.toggle)
        self._secrecy_orgs = {
            o.id for o in reference.organisation_records(case.ctx, include_retired=True) if o.professional_secrecy
        }
        self.organisation.currentIndexChanged.connect(self._secrecy_follows_organisation)
        self.secrecy.toggled.connect(self._show_lifting)
        self._secrecy_follows_organisation()
        fields = {
            "organisation_id": self.organisation,  # first: choosing it sets the secrecy box, the draft's follows
            "life_domain": self.domain,
            "text": self.text,
            "professional_secrecy": self.secrecy,
            "no_projection": self.no_projection,
            "confirmed": self.confirmed,
            "in_minutes": self.in_minutes,
        }
        self.drafts = DraftKeeper(case, DraftKind.CONTRIBUTION, fields, typed=(self.text,), parent=self)

    def _secrecy_follows_organisation(self, *_args: object) -> None:
        """Issue 17: what a member bound by professional secrecy (art. 458 Sw.) says starts as such."""
        self.secrecy.setChecked(self.organisation.currentData() in self._secrecy_orgs)
        self._show_lifting()

    def lifting(self) -> bool:
        """The chosen organisation is bound by professional secrecy and the box is unticked."""
        return self.organisation.currentData() in self._secrecy_orgs and not self.secrecy.isChecked()

    def _show_lifting(self, *_args: object) -> None:
        """Who of that organisation agrees to lift it: its members offered, another name may be typed."""
        self.lifted_by.show_for(self.organisation.currentData(), self.lifting())

    def focus(self) -> None:
        self.organisation.setFocus()

    def follow_cell(self, organisation_id: int | None, domain: str | None) -> None:
        """The grid's current cell chose an organisation (column) and a domain (row)."""
        if organisation_id is not None:
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(organisation_id)))
        if domain is not None:
            self.domain.setCurrentIndex(max(0, self.domain.findData(domain)))

    def show_cell(self) -> None:
        items = self.cell_contributions()
        self.cell_list.setText("\n".join(contribution_line(c) for c in items))
        self.delete_button.setEnabled(bool(items))

    def _draft(self, declines: bool) -> ContributionDraft:
        assert self.case.case_id is not None
        return ContributionDraft(
            case_id=self.case.case_id,
            meeting_id=self.case.meeting_id,
            organisation_id=self.organisation.currentData(),
            life_domain=None if declines else self.domain.currentData(),
            text="" if declines else self.text.text(),
            professional_secrecy=self.secrecy.isChecked(),
            no_projection=self.no_projection.isChecked(),
            confirmed=self.confirmed.isChecked(),
            declines_to_share=declines,
            in_minutes=self.in_minutes.isChecked(),
        )

    def add(self) -> None:
        if self.case.case_id is None:
            return
        lifted_by = self.lifted_by.name() if self.lifting() else ""
        if self.lifting() and not lifted_by:
            self.error.setText(_t("Wie stemt in met het opheffen van het beroepsgeheim? Vul een naam in."))
            self.error.show()
            self.lifted_by.setFocus()
            return
        draft = self._draft(False)
        try:
            execute(self.case.undo, AddContribution(self.case.ctx, draft, self.case.after, lifted_by))
        except ValidationError as exc:
            self.error.setText(validation_message(exc.issues[0]))
            self.error.show()
            return
        self.error.hide()
        self.text.clear()
        for cb in (self.no_projection, self.confirmed):
            cb.setChecked(False)
        self._secrecy_follows_organisation()
        self.in_minutes.setChecked(True)
        self.drafts.discard()
        self.organisation.setFocus()  # the next speaker is usually another organisation: its letter chooses it
        self.added.emit(draft.organisation_id, draft.life_domain or "")

    def record_declines(self) -> None:
        """The chosen organisation has no information or does not wish to share it."""
        if self.case.case_id is None:
            return
        execute(self.case.undo, AddContribution(self.case.ctx, self._draft(True), self.case.after))

    def delete_last(self) -> None:
        items = self.cell_contributions()
        if items:
            execute(self.case.undo, DeleteContribution(self.case.ctx, items[-1].id, self.case.after))
