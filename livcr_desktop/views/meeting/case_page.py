"""The case at hand: the integral assessment grid on top, below it one tab per form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from livcr_desktop.domain.entities import Member, Organisation
from livcr_desktop.domain.enums import AttendanceStatus
from livcr_desktop.domain.meeting import ContributionView, DomainRow
from livcr_desktop.services import assessment, cases, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.action_form import ActionForm
from livcr_desktop.views.meeting.assessment_form import AssessmentForm
from livcr_desktop.views.meeting.assessment_grid import AssessmentGridView, fit_current_tab
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.contribution_form import ContributionForm
from livcr_desktop.views.meeting.decision_form import DecisionForm
from livcr_desktop.views.meeting.domain_form import DomainForm
from livcr_desktop.views.meeting.drafts import DraftKeeper
from livcr_desktop.views.meeting.form_helpers import scrolling
from livcr_desktop.views.meeting.meeting_models import AssessmentGridModel
from livcr_desktop.views.meeting.read_only import set_widgets_read_only
from livcr_desktop.views.widgets import labels

CONTRIBUTION_TAB, DOMAIN_TAB, DECISION_TAB, ACTION_TAB = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


class CasePage(QWidget):
    """Integral assessment grid on top; below, tabs to add a contribution, rate a domain,
    conclude (summary, qualification, decision) and agree the plan of approach."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        meeting_id: int,
        meeting_date: date,
        undo: QUndoStack,
        organisations: list[Organisation],
        members: list[Member],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id, self.meeting_date, self.undo = ctx, meeting_id, meeting_date, undo
        self.organisations, self.members = organisations, members
        self.read_only = False
        self.case = CaseAtHand(ctx, meeting_id, meeting_date, undo, after=self._after, changed=self.changed.emit)
        self.domains = assessment.life_domains(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        self.grid_model = AssessmentGridModel(self)
        self.grid = AssessmentGridView()  # every organisation at once: compact columns sharing the width
        self.grid.setObjectName("assessmentGrid")
        self.grid.setAccessibleName(_t("Integrale analyse: levensdomeinen en bijdragen per organisatie"))
        self.grid.setModel(self.grid_model)
        self.grid.selectionModel().selectionChanged.connect(self._grid_selection)
        splitter.addWidget(self.grid)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 330])
        self.contribution_form = ContributionForm(self.case, organisations, self.domains, self._cell_contributions)
        self.contribution_form.added.connect(self._show_added_cell)
        self.domain_form = DomainForm(self.case)
        # Alt letters unique in the meeting window: V, B, P and H are its menus' (Vergadering, Bewerken, ...).
        self.tabs.addTab(scrolling(self.contribution_form), _t("Bij&drage"))
        self.tabs.addTab(scrolling(self.domain_form), _t("Do&mein"))
        self.tabs.addTab(scrolling(self._conclusion_tab()), _t("In&schatting en beslissing"))
        self.action_form = ActionForm(self.case, organisations, members)
        self.tabs.addTab(scrolling(self.action_form), _t("Plan van &aanpak"))
        self.splitter = splitter
        self.tabs.currentChanged.connect(lambda _i: fit_current_tab(splitter, self.tabs))

    def _conclusion_tab(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        self.decision_form = DecisionForm(self.case)
        self.assessment_form = AssessmentForm(self.case, report=self.decision_form.status.setText)
        h.addWidget(self.assessment_form, 1)
        h.addWidget(self.decision_form, 1)
        return w

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_current_tab(self.splitter, self.tabs)

    @property
    def case_id(self) -> int | None:
        """The case shown (None before the first)."""
        return self.case.case_id

    # -- loading ---------------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        """Show a case; on a change of case the forms are emptied, then given that case's drafts."""
        changed = case_id != self.case.case_id
        if changed:
            self.flush_pending()
            for keeper in self.draft_keepers():
                keeper.reset()
            self.case.case_id = case_id
            self.contribution_form.error.hide()
            self.decision_form.clear_errors()
            self.action_form.clear_errors()
            self.tabs.setCurrentIndex(CONTRIBUTION_TAB)
        self.reload()
        if changed and not self.read_only:
            for keeper in self.draft_keepers():
                keeper.restore()

    def draft_keepers(self) -> list[DraftKeeper]:
        """The forms' drafts (the decision form's too, once it has one)."""
        forms: tuple[object, ...] = (self.contribution_form, self.decision_form, self.action_form)
        return [k for f in forms if isinstance(k := getattr(f, "drafts", None), DraftKeeper)]

    def reload(self) -> None:
        case_id = self.case.case_id
        if case_id is None:
            return
        self.flush_pending()  # typed text first goes to the vault, then the page shows the vault
        grid = assessment.assessment_grid(self.ctx, case_id, self.meeting_id)
        sel = self.grid.selectionModel().selectedIndexes()
        keep = (sel[0].row(), sel[0].column()) if sel else None
        self.grid_model.set_grid(grid, self._present_organisations())
        self.grid.fit_columns()
        if keep is not None and keep[1] < self.grid_model.columnCount():
            self.grid.setCurrentIndex(self.grid_model.index(*keep))
        summary = next((c for c in cases.list_cases(self.ctx) if c.id == case_id), None)
        declined = ", ".join(d.organisation for d in grid.declined)
        self.title.setText(
            _t("Casus {code}{pseudo} — {status}").format(
                code=summary.code if summary else "?",
                pseudo=f" ({summary.pseudonym})" if summary and summary.pseudonym else "",
                status=labels.case_status(summary.status) if summary else "",
            )
            + ((" — " + _t("geen informatie / wenst niet te delen: {orgs}").format(orgs=declined)) if declined else "")
        )
        self.assessment_form.show_assessment(grid.summary, grid.qualification)
        self.decision_form.load()
        self.action_form.reload()
        self.domain_form.show_row(self._current_domain())
        self.contribution_form.show_cell()
        self._keep_read_only()

    def set_read_only(self, read_only: bool) -> None:
        """A closed meeting: the forms show what was recorded and change nothing."""
        self.read_only = read_only
        for keeper in self.draft_keepers():
            keeper.flush()
            keeper.enabled = not read_only
        set_widgets_read_only(self.tabs, read_only)
        if not read_only:  # what is enabled depends on the case and the grid's cell again
            self.domain_form.show_row(self._current_domain())
            self.contribution_form.show_cell()
            self.reload()

    def _keep_read_only(self) -> None:
        if self.read_only:  # loading a case or a cell enables its fields: not in a closed meeting
            set_widgets_read_only(self.tabs, True)

    def _present_organisations(self) -> list[tuple[int, str]]:
        """Columns for every organisation at the table, so each can add its piece at once."""
        m = meetings.get_meeting(self.ctx, self.meeting_id)
        short = {o.id: o.short_name for o in self.organisations}
        out: list[tuple[int, str]] = []
        for a in m.attendance:
            if a.status is AttendanceStatus.PRESENT and a.invited_case_id in (None, self.case.case_id):
                entry = (a.organisation_id, short.get(a.organisation_id, a.organisation))
                if entry not in out:
                    out.append(entry)
        return out

    # -- the grid's current cell -----------------------------------------------------------------

    def _current_domain(self) -> DomainRow | None:
        idx = self.grid.currentIndex()
        if self.grid_model.grid() is None or not idx.isValid():
            return None
        return self.grid_model.row_at(idx.row())

    def _cell_contributions(self) -> tuple[ContributionView, ...]:
        idx = self.grid.currentIndex()
        return self.grid_model.contributions_at(idx.row(), idx.column()) if idx.isValid() else ()

    def _grid_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        idx = self.grid.currentIndex()
        if idx.isValid():
            self.contribution_form.follow_cell(
                self.grid_model.organisation_of_column(idx.column()), self.grid_model.domain_of_row(idx.row())
            )
        self.domain_form.show_row(self._current_domain())
        self.contribution_form.show_cell()
        self._keep_read_only()

    def _show_added_cell(self, organisation_id: int, life_domain: str) -> None:
        """The grid's current cell follows a contribution just added: the list under the form shows it, and
        the Domein tab rates the domain just discussed."""
        index = self.grid_model.index_of_cell(organisation_id, life_domain)
        if index.isValid():
            self.grid.setCurrentIndex(index)

    # -- the window's shortcuts ------------------------------------------------------------------

    def focus_new_contribution(self) -> None:
        self.tabs.setCurrentIndex(CONTRIBUTION_TAB)
        self.contribution_form.focus()

    def focus_new_decision(self) -> None:
        """On the qualification while the case has none yet (it comes first), else on the decision type."""
        self.tabs.setCurrentIndex(DECISION_TAB)
        qualification = self.assessment_form.qualification
        if qualification.currentData() is None and qualification.isEnabled():
            qualification.setFocus()
        else:
            self.decision_form.focus()

    def focus_new_action(self) -> None:
        self.tabs.setCurrentIndex(ACTION_TAB)
        self.action_form.focus()

    # -- shared ----------------------------------------------------------------------------------

    def flush_pending(self) -> None:
        """Commit any text still waiting for its autosave timer (item change, lock, close)."""
        self.domain_form.flush()
        self.assessment_form.flush()
        self.decision_form.flush()
        for keeper in self.draft_keepers():
            keeper.flush()

    def _after(self) -> None:
        self.reload()
        self.changed.emit()
