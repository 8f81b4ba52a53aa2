"""The pages of the live meeting: attendance, review of open actions, and the case at hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.entities import Member, Organisation
from livcr_desktop.domain.enums import ActionStatus, AttendanceStatus, DecisionType, EscalationTarget, Qualification
from livcr_desktop.domain.meeting import ActionDraft, AttendanceEntry, ContributionDraft, DecisionDraft
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import assessment, attendance, cases, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.meeting.meeting_models import (
    ActionTableModel,
    AssessmentGridModel,
    AttendanceModel,
    contribution_line,
)
from livcr_desktop.views.meeting.undo_commands import (
    AddAction,
    AddContribution,
    DeleteContribution,
    RecordDecision,
    SetActionStatus,
    SetConcernLevel,
    execute,
)
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import OptionalDate, from_qdate, to_qdate
from livcr_desktop.views.widgets.delegates import KEYBOARD_SAFE_EDIT_TRIGGERS, ComboDelegate
from livcr_desktop.views.widgets.forms import combo_enum
from livcr_desktop.views.widgets.messages import validation_message

# Text is committed this long after a keystroke: at typing speed, every keystroke is committed
# (a few ms each); the audit trail keeps one event per burst of typing (services' TYPING_BURST).
AUTOSAVE_MS = 40


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(alert_style())
    label.setWordWrap(True)
    label.hide()
    return label


def narrow(combo: QComboBox, letters: int = 12) -> QComboBox:
    """Let a combo box with long items shrink (its current text is elided, the list still shows it all):
    the live meeting has to fit a 1280 px wide screen, a full-HD laptop at 150 %."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def scrolling(page: QWidget) -> QScrollArea:
    """A tab page that scrolls rather than squeezing its fields when the window is short (150 %)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area scrolls to the focused one
    area.setWidget(page)
    area.viewport().setAutoFillBackground(False)  # the tab's own background shows through
    page.setAutoFillBackground(False)
    return area


def show_issues(exc: ValidationError, targets: dict[str, QLabel], fallback: QLabel) -> None:
    for lbl in {*targets.values(), fallback}:
        lbl.hide()
    for issue in exc.issues:
        lbl = targets.get(issue.field, fallback)
        lbl.setText(validation_message(issue))
        lbl.show()


class Autosave:
    """Commit a text edit shortly after typing stops, and at once when focus leaves the field."""

    def __init__(self, edit: QPlainTextEdit | QLineEdit, save: Callable[[str], None]) -> None:
        self.edit, self.save = edit, save
        self.timer = QTimer(edit)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.loading = False
        self.dirty = False
        edit.textChanged.connect(self._changed)
        if isinstance(edit, QLineEdit):
            edit.editingFinished.connect(self.flush)

    def _changed(self, *_args: object) -> None:
        if not self.loading:
            self.dirty = True
            self.timer.start()

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def set_text(self, text: str) -> None:
        """Show stored text without saving it back."""
        self.timer.stop()
        self.dirty = False
        self.loading = True
        try:
            if self.text() != text:
                if isinstance(self.edit, QPlainTextEdit):
                    self.edit.setPlainText(text)
                else:
                    self.edit.setText(text)
        finally:
            self.loading = False

    def flush(self) -> None:
        self.timer.stop()
        if self.dirty:
            self.dirty = False
            self.save(self.text())

    @property
    def pending(self) -> bool:
        return self.dirty


# -- attendance ---------------------------------------------------------------------------------

CONFIDENTIALITY_REMINDER = noop(
    "MeetingPages",
    "Herinnering — gedeeld beroepsgeheim (art. 458ter §2 Strafwetboek). Wie aan dit casusoverleg "
    "deelneemt, is gehouden tot geheimhouding van wat hier gedeeld wordt. Niemand is verplicht te spreken; "
    "wie niets wil of mag delen, meldt dat en wordt genoteerd als 'geen informatie / wenst niet te delen'.",
)


class AttendancePage(QWidget):
    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        meeting_id: int,
        case_label: Callable[[int | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        layout = QVBoxLayout(self)
        title = QLabel(_t("Aanwezigheid en geheimhouding"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        reminder = QLabel(_t(CONFIDENTIALITY_REMINDER))
        reminder.setObjectName("confidentialityReminder")
        reminder.setWordWrap(True)
        reminder.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(reminder)
        self.model = AttendanceModel(self._set_status, self._set_ack, case_label, self)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(_t("Aanwezigheidslijst"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            2, ComboDelegate([(labels.attendance_status(s), s.value) for s in AttendanceStatus], self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The status list opens on a click, F2 or typing, not when the arrow keys pass over it (its own
        # arrow keys would change a member's attendance); Space ticks the confirmation box.
        self.table.setEditTriggers(KEYBOARD_SAFE_EDIT_TRIGGERS)
        self.table.clicked.connect(lambda index: self.table.edit(index) if index.column() == 2 else None)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.ack_all = QPushButton(_t("Alle aanwezigen &bevestigen de geheimhouding"))
        self.ack_all.setObjectName("acknowledgeAllButton")
        self.ack_all.clicked.connect(self.acknowledge_all_present)
        row.addWidget(self.ack_all)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        layout.addWidget(self.summary)

    def reload(self) -> None:
        m = meetings.get_meeting(self.ctx, self.meeting_id)
        self.model.set_rows(m.attendance)
        present = [a for a in m.attendance if a.status is AttendanceStatus.PRESENT]
        acked = [a for a in present if a.acknowledged_at]
        self.summary.setText(
            _t("{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig").format(
                p=len(present),
                a=len(acked),
                e=sum(a.status is AttendanceStatus.EXCUSED for a in m.attendance),
                x=sum(a.status is AttendanceStatus.ABSENT for a in m.attendance),
            )
        )

    def _set_status(self, entry: AttendanceEntry, status: AttendanceStatus) -> None:
        attendance.set_attendance(self.ctx, self.meeting_id, entry.member_id, status, entry.invited_case_id)
        self.reload()
        self.changed.emit()

    def _set_ack(self, entry: AttendanceEntry, acknowledged: bool) -> None:
        attendance.acknowledge(self.ctx, self.meeting_id, entry.member_id, acknowledged)
        self.reload()
        self.changed.emit()

    def acknowledge_all_present(self) -> None:
        for row in range(self.model.rowCount()):
            e = self.model.entry(row)
            if e.status is AttendanceStatus.PRESENT and e.acknowledged_at is None:
                attendance.acknowledge(self.ctx, self.meeting_id, e.member_id)
        self.reload()
        self.changed.emit()


# -- review of open actions ---------------------------------------------------------------------


class ReviewPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, meeting_id: int, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id, self.undo = ctx, meeting_id, undo
        layout = QVBoxLayout(self)
        title = QLabel(_t("Opvolging van de openstaande acties van de vorige vergaderingen"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.model = ActionTableModel(ctx.today, self._status_from_table, self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(_t("Openstaande acties"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            5, ComboDelegate([(labels.action_status(s), s.value) for s in ActionStatus], self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        bar = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(_t("Nota bij de opvolging (optioneel)"))
        self.note.setAccessibleName(_t("Nota bij de opvolging"))
        bar.addWidget(self.note, 1)
        self.buttons: dict[ActionStatus, QPushButton] = {}
        for status, text in (
            (ActionStatus.DONE, _t("&Afgerond")),
            (ActionStatus.NOT_DONE, _t("&Niet uitgevoerd")),
            (ActionStatus.IN_PROGRESS, _t("&Lopend")),
        ):
            b = QPushButton(text)
            b.setObjectName(f"review_{status.value}")
            b.clicked.connect(lambda _=False, st=status: self.mark_selected(st))
            bar.addWidget(b)
            self.buttons[status] = b
        layout.addLayout(bar)
        self.empty = QLabel(_t("Er staan geen acties van vorige vergaderingen open."))
        layout.addWidget(self.empty)

    def reload(self) -> None:
        rows = decisions.open_actions_for_review(self.ctx, self.meeting_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def _status_from_table(self, action: object, status: ActionStatus) -> None:
        from livcr_desktop.domain.meeting import ActionView

        assert isinstance(action, ActionView)
        execute(self.undo, SetActionStatus(self.ctx, action.id, action.status, status, self.note.text(), self._after))

    def mark_selected(self, status: ActionStatus) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        action = self.model.entry(rows[0].row())
        execute(self.undo, SetActionStatus(self.ctx, action.id, action.status, status, self.note.text(), self._after))
        self.note.clear()

    def _after(self) -> None:
        self.reload()
        self.changed.emit()


# -- the case at hand ---------------------------------------------------------------------------


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
        self.case_id: int | None = None
        self.decision_id: int | None = None
        self.domains = assessment.life_domains(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        self.grid_model = AssessmentGridModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("assessmentGrid")
        self.grid.setAccessibleName(_t("Integrale analyse: levensdomeinen en bijdragen per organisatie"))
        self.grid.setModel(self.grid_model)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setMinimumSectionSize(90)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.selectionModel().selectionChanged.connect(self._grid_selection)
        splitter.addWidget(self.grid)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 330])
        self.tabs.addTab(scrolling(self._contribution_tab()), _t("&Bijdrage"))
        self.tabs.addTab(scrolling(self._domain_tab()), _t("Do&mein"))
        self.tabs.addTab(scrolling(self._conclusion_tab()), _t("Inschatting en &beslissing"))
        self.tabs.addTab(scrolling(self._actions_tab()), _t("&Plan van aanpak"))

    # -- tabs ------------------------------------------------------------------------------------

    def _org_combo(self, name: str, empty: str | None = None) -> QComboBox:
        combo = narrow(QComboBox())
        combo.setObjectName(name)
        if empty is not None:
            combo.addItem(empty, None)
        for o in self.organisations:
            combo.addItem(f"{o.short_name} — {o.name}", o.id)
        return combo

    def _contribution_tab(self) -> QWidget:
        w = QWidget()
        g = QGridLayout(w)
        self.c_org = self._org_combo("contributionOrganisation")
        self.c_org.setAccessibleName(_t("Organisatie"))
        self.c_domain = narrow(QComboBox())
        self.c_domain.setObjectName("contributionDomain")
        self.c_domain.setAccessibleName(_t("Levensdomein"))
        for d in self.domains:
            self.c_domain.addItem(labels.life_domain(d), d)
        self.c_text = QLineEdit()
        self.c_text.setObjectName("contributionText")
        self.c_text.setAccessibleName(_t("Bijdrage"))
        self.c_text.setPlaceholderText(_t("Wat weet deze organisatie over dit domein? (Enter voegt toe)"))
        self.c_secrecy = QCheckBox(_t("beroeps&geheim"))
        self.c_secrecy.setObjectName("contributionSecrecy")
        self.c_noproj = QCheckBox(_t("niet &projecteren"))
        self.c_noproj.setObjectName("contributionNoProjection")
        self.c_confirmed = QCheckBox(_t("be&vestigd"))
        self.c_confirmed.setObjectName("contributionConfirmed")
        self.c_minutes = QCheckBox(_t("in &verslag"))
        self.c_minutes.setObjectName("contributionInMinutes")
        self.c_minutes.setChecked(True)
        self.c_add = QPushButton(_t("Toevoegen"))
        self.c_add.setObjectName("addContributionButton")
        self.c_decline = QPushButton(_t("Geen informatie / wenst niet te delen"))
        self.c_decline.setObjectName("declineButton")
        self.c_error = error_label("contributionError")
        g.addWidget(QLabel(_t("Organisatie:")), 0, 0)
        g.addWidget(self.c_org, 0, 1)
        g.addWidget(QLabel(_t("Domein:")), 0, 2)
        g.addWidget(self.c_domain, 0, 3)
        g.addWidget(self.c_text, 1, 0, 1, 4)
        flags = QHBoxLayout()
        for cb in (self.c_secrecy, self.c_noproj, self.c_confirmed, self.c_minutes):
            flags.addWidget(cb)
        flags.addStretch(1)
        g.addLayout(flags, 2, 0, 1, 4)
        buttons = QHBoxLayout()  # a row of their own: the page fits a 1280 px wide (150 %) screen
        buttons.addStretch(1)
        buttons.addWidget(self.c_decline)
        buttons.addWidget(self.c_add)
        g.addLayout(buttons, 3, 0, 1, 4)
        g.addWidget(self.c_error, 4, 0, 1, 4)
        self.cell_list = QLabel()
        self.cell_list.setObjectName("cellContributions")
        self.cell_list.setWordWrap(True)
        g.addWidget(self.cell_list, 5, 0, 1, 3)
        self.c_delete = QPushButton(_t("Laatste bijdrage in deze cel verwijderen"))
        self.c_delete.setObjectName("deleteContributionButton")
        self.c_delete.setEnabled(False)
        g.addWidget(self.c_delete, 5, 3)
        g.setRowStretch(6, 1)
        self.c_text.returnPressed.connect(self.add_contribution)
        self.c_add.clicked.connect(self.add_contribution)
        self.c_decline.clicked.connect(self.record_declines)
        self.c_delete.clicked.connect(self.delete_selected_contribution)
        return w

    def _domain_tab(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.d_name = QLabel(_t("Kies een levensdomein in het rooster."))
        self.d_name.setObjectName("domainName")
        f.addRow(self.d_name)
        level_row = QHBoxLayout()
        self.d_level = QComboBox()
        self.d_level.setObjectName("concernLevel")
        self.d_level.setAccessibleName(_t("Bezorgdheid"))
        for lvl, text in ((0, _t("0 geen/onbekend")), (1, _t("1 laag")), (2, _t("2 matig")), (3, _t("3 hoog"))):
            self.d_level.addItem(text, lvl)
        self.d_prev = QLabel()
        self.d_prev.setObjectName("previousLevel")
        level_row.addWidget(self.d_level)
        level_row.addWidget(self.d_prev)
        level_row.addStretch(1)
        f.addRow(_t("Bezorgdheid:"), level_row)
        self.d_risk = QPlainTextEdit()
        self.d_risk.setObjectName("riskFactors")
        self.d_risk.setAccessibleName(_t("Risicofactoren"))
        self.d_risk.setTabChangesFocus(True)
        self.d_protect = QPlainTextEdit()
        self.d_protect.setObjectName("protectiveFactors")
        self.d_protect.setAccessibleName(_t("Beschermende factoren"))
        self.d_protect.setTabChangesFocus(True)
        f.addRow(_t("Risicofactoren:"), self.d_risk)
        f.addRow(_t("Beschermende factoren:"), self.d_protect)
        self.d_level.activated.connect(self._level_chosen)
        self.risk_save = Autosave(self.d_risk, lambda text: self._save_domain_text(risk=text))
        self.protect_save = Autosave(self.d_protect, lambda text: self._save_domain_text(protective=text))
        self._set_domain_enabled(False)
        return w

    def _conclusion_tab(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        left = QGroupBox(_t("Integrale inschatting"))
        lf = QFormLayout(left)
        lf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above the field when narrow
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("assessmentSummary")
        self.summary.setAccessibleName(_t("Samenvatting van de integrale inschatting"))
        self.summary.setTabChangesFocus(True)
        self.qualification = narrow(QComboBox())
        self.qualification.setObjectName("qualification")
        self.qualification.setAccessibleName(_t("Kwalificatie"))
        self.qualification.addItem(_t("— nog niet gekwalificeerd —"), None)
        for q in Qualification:
            self.qualification.addItem(labels.qualification(q), q)
        lf.addRow(_t("Samenvatting:"), self.summary)
        lf.addRow(_t("Kwalificatie:"), self.qualification)
        self.summary_save = Autosave(self.summary, self._save_summary)
        self.qualification.activated.connect(self._save_qualification)
        h.addWidget(left, 1)

        right = QGroupBox(_t("Beslissing"))
        rf = QFormLayout(right)
        rf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dec_type = narrow(QComboBox())
        self.dec_type.setObjectName("decisionType")
        self.dec_type.setAccessibleName(_t("Soort beslissing"))
        self.dec_type.addItem(_t("— kies —"), None)
        for dt in DecisionType:
            self.dec_type.addItem(labels.decision_type(dt), dt)
        self.dec_reasons = QPlainTextEdit()
        self.dec_reasons.setObjectName("decisionReasons")
        self.dec_reasons.setTabChangesFocus(True)
        self.dec_reasons.setAccessibleName(_t("Motivering"))
        self.dec_expect = QLineEdit()
        self.dec_expect.setObjectName("decisionExpectations")
        self.dec_expect.setAccessibleName(_t("Verwachtingen tegen de volgende bespreking"))
        self.dec_referral = QLineEdit()
        self.dec_referral.setObjectName("referralTarget")
        self.dec_referral.setAccessibleName(_t("Doorverwezen naar"))
        self.dec_escalation = narrow(QComboBox())
        self.dec_escalation.setObjectName("escalationTarget")
        self.dec_escalation.setAccessibleName(_t("Opgeschaald naar"))
        self.dec_escalation.addItem("", "")
        self.dec_escalation.addItem(_t("LTF (Local Task Force)"), EscalationTarget.LTF.value)
        self.dec_escalation.addItem(_t("parket"), EscalationTarget.PUBLIC_PROSECUTOR.value)
        review_row = QHBoxLayout()
        rc, re_ = QCheckBox(_t("gepland")), QDateEdit()
        rc.setObjectName("decisionReviewCheck")
        re_.setObjectName("decisionReviewDate")
        re_.setCalendarPopup(True)
        re_.setDisplayFormat("dd/MM/yyyy")
        review_row.addWidget(rc)
        review_row.addWidget(re_)
        review_row.addStretch(1)
        review_label = QLabel(_t("Volgende bespreking:"))
        review_label.setBuddy(rc)  # "gepland" is read with its row's label; the date edit gets it as name
        re_.setAccessibleName(review_label.text().replace("&", "").rstrip(" :\u00a0"))
        self.dec_review = OptionalDate(rc, re_)
        self.dec_button = QPushButton(_t("Beslissing &vastleggen"))
        self.dec_button.setObjectName("recordDecisionButton")
        self.dec_status = QLabel()
        self.dec_status.setObjectName("decisionStatus")
        self.dec_status.setWordWrap(True)
        self.dec_errors = {
            "decision_type": error_label("decisionTypeError"),
            "next_review_date": error_label("decisionReviewError"),
            "referral_target": error_label("referralTargetError"),
            "escalation_target": error_label("escalationTargetError"),
        }
        self.dec_error = error_label("decisionError")
        rf.addRow(_t("Soort:"), self.dec_type)
        rf.addRow("", self.dec_errors["decision_type"])
        rf.addRow(_t("Motivering:"), self.dec_reasons)
        rf.addRow(_t("Verwachtingen:"), self.dec_expect)
        rf.addRow(_t("Doorverwezen naar:"), self.dec_referral)
        rf.addRow("", self.dec_errors["referral_target"])
        rf.addRow(_t("Opgeschaald naar:"), self.dec_escalation)
        rf.addRow("", self.dec_errors["escalation_target"])
        rf.addRow(review_label, review_row)
        rf.addRow("", self.dec_errors["next_review_date"])
        rf.addRow(self.dec_button, self.dec_status)
        rf.addRow(self.dec_error)
        self.dec_button.clicked.connect(self.record_decision)
        # Once recorded, every change to the decision is committed as it is typed.
        self.reasons_save = Autosave(self.dec_reasons, lambda _t_: self._update_decision())
        self.expect_save = Autosave(self.dec_expect, lambda _t_: self._update_decision())
        self.referral_save = Autosave(self.dec_referral, lambda _t_: self._update_decision())
        self.dec_type.activated.connect(lambda _i: self._update_decision())
        self.dec_escalation.activated.connect(lambda _i: self._update_decision())
        rc.toggled.connect(lambda _c: self._update_decision())
        re_.dateChanged.connect(lambda _d: self._update_decision())
        h.addWidget(right, 1)
        return w

    def _actions_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.action_model = ActionTableModel(self.ctx.today, self._action_status_from_table, self)
        self.action_table = QTableView()
        self.action_table.setObjectName("actionTable")
        self.action_table.setAccessibleName(_t("Plan van aanpak"))
        self.action_table.setModel(self.action_model)
        self.action_table.setItemDelegateForColumn(
            5, ComboDelegate([(labels.action_status(s), s.value) for s in ActionStatus], self.action_table)
        )
        self.action_table.verticalHeader().hide()
        self.action_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.action_table.setColumnHidden(0, True)
        self.action_table.setTabKeyNavigation(False)
        v.addWidget(self.action_table, 1)
        row = QHBoxLayout()
        self.a_desc = QLineEdit()
        self.a_desc.setObjectName("actionDescription")
        self.a_desc.setAccessibleName(_t("Nieuwe actie"))
        self.a_desc.setPlaceholderText(_t("Nieuwe actie (Enter voegt toe)"))
        self.a_owner = self._org_combo("actionOwner", _t("— eigenaar —"))
        self.a_owner.setAccessibleName(_t("Eigenaar (organisatie)"))
        self.a_person = narrow(QComboBox())
        self.a_person.setObjectName("actionResponsible")
        self.a_person.setAccessibleName(_t("Verantwoordelijke"))
        self.a_person.addItem(_t("— verantwoordelijke —"), None)
        for m in self.members:
            self.a_person.addItem(m.name, m.id)
        self.a_deadline = QDateEdit()
        self.a_deadline.setObjectName("actionDeadline")
        self.a_deadline.setAccessibleName(_t("Deadline"))
        self.a_deadline.setCalendarPopup(True)
        self.a_deadline.setDisplayFormat("dd/MM/yyyy")
        self.a_deadline.setDate(to_qdate(self.meeting_date).addDays(28))
        self.a_add = QPushButton(_t("Actie toevoegen"))
        self.a_add.setObjectName("addActionButton")
        for wdg in (self.a_desc, self.a_owner, self.a_person, self.a_deadline, self.a_add):
            row.addWidget(wdg, 3 if wdg is self.a_desc else 1)
        v.addLayout(row)
        self.a_errors = {
            "description": error_label("actionDescriptionError"),
            "owner_organisation_id": error_label("actionOwnerError"),
            "deadline": error_label("actionDeadlineError"),
        }
        self.a_error = error_label("actionError")
        for lbl in (*self.a_errors.values(), self.a_error):
            v.addWidget(lbl)
        self.a_desc.returnPressed.connect(self.add_action)
        self.a_add.clicked.connect(self.add_action)
        return w

    # -- loading ---------------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        if case_id != self.case_id:
            self.flush_pending()
            self.case_id = case_id
            for lbl in (self.c_error, self.dec_error, self.a_error, *self.dec_errors.values(), *self.a_errors.values()):
                lbl.hide()
            self.tabs.setCurrentIndex(0)
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self.flush_pending()  # typed text first goes to the vault, then the page shows the vault
        grid = assessment.assessment_grid(self.ctx, self.case_id, self.meeting_id)
        sel = self.grid.selectionModel().selectedIndexes()
        keep = (sel[0].row(), sel[0].column()) if sel else None
        self.grid_model.set_grid(grid, self._present_organisations())
        self.grid.resizeRowsToContents()
        self.grid.setColumnWidth(0, 260)
        self.grid.setColumnWidth(1, 110)
        for col in range(2, self.grid_model.columnCount()):
            self.grid.setColumnWidth(col, 220)
        if keep is not None and keep[1] < self.grid_model.columnCount():
            self.grid.setCurrentIndex(self.grid_model.index(*keep))
        summary = next((c for c in cases.list_cases(self.ctx) if c.id == self.case_id), None)
        declined = ", ".join(d.organisation for d in grid.declined)
        self.title.setText(
            _t("Casus {code}{pseudo} — {status}").format(
                code=summary.code if summary else "?",
                pseudo=f" ({summary.pseudonym})" if summary and summary.pseudonym else "",
                status=labels.case_status(summary.status) if summary else "",
            )
            + ((" — " + _t("geen informatie / wenst niet te delen: {orgs}").format(orgs=declined)) if declined else "")
        )
        self.summary_save.set_text(grid.summary)
        self.qualification.setCurrentIndex(max(0, self.qualification.findData(grid.qualification)))
        self._load_decision()
        self.action_model.set_rows(decisions.actions_for(self.ctx, self.case_id, self.meeting_id))
        self._refresh_domain_panel()
        self._refresh_cell_list()

    def _present_organisations(self) -> list[tuple[int, str]]:
        """Columns for every organisation at the table, so each can add its piece at once."""
        m = meetings.get_meeting(self.ctx, self.meeting_id)
        short = {o.id: o.short_name for o in self.organisations}
        out: list[tuple[int, str]] = []
        for a in m.attendance:
            if a.status is AttendanceStatus.PRESENT and a.invited_case_id in (None, self.case_id):
                entry = (a.organisation_id, short.get(a.organisation_id, a.organisation))
                if entry not in out:
                    out.append(entry)
        return out

    def _load_decision(self) -> None:
        assert self.case_id is not None
        existing = decisions.decisions_for(self.ctx, self.case_id, self.meeting_id)
        d = existing[-1] if existing else None
        self.decision_id = d.id if d else None
        for widget in (self.dec_type, self.dec_escalation, self.dec_review.check, self.dec_review.edit):
            widget.blockSignals(True)
        try:
            self.dec_type.setCurrentIndex(max(0, self.dec_type.findData(d.decision_type if d else None)))
            self.reasons_save.set_text(d.reasons if d else "")
            self.expect_save.set_text(d.expectations if d else "")
            self.referral_save.set_text(d.referral_target if d else "")
            self.dec_escalation.setCurrentIndex(max(0, self.dec_escalation.findData(d.escalation_target if d else "")))
            self.dec_review.set(d.next_review_date if d else None, self.meeting_date)
        finally:
            for widget in (self.dec_type, self.dec_escalation, self.dec_review.check, self.dec_review.edit):
                widget.blockSignals(False)
        self.dec_button.setVisible(d is None)
        self.dec_status.setText(
            _t("Vastgelegd om {time}; wijzigingen worden meteen bewaard.").format(time=d.decided_at.strftime("%H:%M"))
            if d
            else _t("Nog geen beslissing voor deze casus.")
        )

    # -- contributions ---------------------------------------------------------------------------

    def focus_new_contribution(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.c_org.setFocus()

    def _contribution_draft(self, declines: bool) -> ContributionDraft:
        assert self.case_id is not None
        return ContributionDraft(
            case_id=self.case_id,
            meeting_id=self.meeting_id,
            organisation_id=self.c_org.currentData(),
            life_domain=None if declines else self.c_domain.currentData(),
            text="" if declines else self.c_text.text(),
            professional_secrecy=self.c_secrecy.isChecked(),
            no_projection=self.c_noproj.isChecked(),
            confirmed=self.c_confirmed.isChecked(),
            declines_to_share=declines,
            in_minutes=self.c_minutes.isChecked(),
        )

    def add_contribution(self) -> None:
        if self.case_id is None:
            return
        try:
            execute(self.undo, AddContribution(self.ctx, self._contribution_draft(False), self._after))
        except ValidationError as exc:
            self.c_error.setText(validation_message(exc.issues[0]))
            self.c_error.show()
            return
        self.c_error.hide()
        self.c_text.clear()
        for cb in (self.c_secrecy, self.c_noproj, self.c_confirmed):
            cb.setChecked(False)
        self.c_minutes.setChecked(True)
        self.c_text.setFocus()

    def record_declines(self) -> None:
        if self.case_id is None:
            return
        execute(self.undo, AddContribution(self.ctx, self._contribution_draft(True), self._after))

    def _grid_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        idx = self.grid.currentIndex()
        if idx.isValid():
            org = self.grid_model.organisation_of_column(idx.column())
            if org is not None:
                self.c_org.setCurrentIndex(max(0, self.c_org.findData(org)))
            dom = self.grid_model.domain_of_row(idx.row())
            if dom is not None:
                self.c_domain.setCurrentIndex(max(0, self.c_domain.findData(dom)))
        self._refresh_domain_panel()
        self._refresh_cell_list()

    def _refresh_cell_list(self) -> None:
        idx = self.grid.currentIndex()
        items = self.grid_model.contributions_at(idx.row(), idx.column()) if idx.isValid() else ()
        self.cell_list.setText("\n".join(contribution_line(c) for c in items))
        self.c_delete.setEnabled(bool(items))

    def delete_selected_contribution(self) -> None:
        idx = self.grid.currentIndex()
        items = self.grid_model.contributions_at(idx.row(), idx.column()) if idx.isValid() else ()
        if items:
            execute(self.undo, DeleteContribution(self.ctx, items[-1].id, self._after))

    # -- domain ----------------------------------------------------------------------------------

    def _current_domain_row(self) -> int | None:
        idx = self.grid.currentIndex()
        return idx.row() if idx.isValid() else None

    def _set_domain_enabled(self, enabled: bool) -> None:
        for wdg in (self.d_level, self.d_risk, self.d_protect):
            wdg.setEnabled(enabled)

    def _refresh_domain_panel(self) -> None:
        grid = self.grid_model.grid()
        row = self._current_domain_row()
        if grid is None or row is None:
            self._set_domain_enabled(False)
            return
        self.risk_save.flush()
        self.protect_save.flush()
        d = grid.rows[row]
        self._domain_key = d.life_domain
        self._set_domain_enabled(True)
        self.d_name.setText(labels.life_domain(d.life_domain))
        self.d_level.setCurrentIndex(d.concern_level or 0)
        self.d_prev.setText(
            _t("vorige vergadering: {lvl}").format(lvl="–" if d.previous_level is None else d.previous_level)
        )
        self.risk_save.set_text(d.risk_factors)
        self.protect_save.set_text(d.protective_factors)

    def _level_chosen(self, _index: int) -> None:
        grid = self.grid_model.grid()
        row = self._current_domain_row()
        if grid is None or row is None or self.case_id is None:
            return
        old = grid.rows[row].concern_level
        new = int(self.d_level.currentData())
        if old != new:
            execute(
                self.undo,
                SetConcernLevel(
                    self.ctx, self.case_id, self.meeting_id, grid.rows[row].life_domain, old, new, self._after
                ),
            )

    def _save_domain_text(self, risk: str | None = None, protective: str | None = None) -> None:
        if self.case_id is None or not getattr(self, "_domain_key", None):
            return
        try:
            assessment.set_domain_assessment(
                self.ctx,
                self.case_id,
                self.meeting_id,
                self._domain_key,
                risk_factors=risk,
                protective_factors=protective,
            )
        except ValidationError as exc:  # too long: the text stays on screen, the stored one unchanged
            self.d_name.setText(validation_message(exc.issues[0]))
            return
        self.changed.emit()

    # -- conclusion ------------------------------------------------------------------------------

    def _save_summary(self, text: str) -> None:
        if self.case_id is not None:
            try:
                assessment.set_assessment(self.ctx, self.case_id, self.meeting_id, summary=text)
            except ValidationError as exc:  # too long: the text stays on screen, the stored one unchanged
                self.dec_status.setText(validation_message(exc.issues[0]))
                return
            self.changed.emit()

    def _save_qualification(self, _index: int) -> None:
        if self.case_id is None:
            return
        q = combo_enum(self.qualification, Qualification)
        assessment.set_assessment(
            self.ctx, self.case_id, self.meeting_id, qualification=q, clear_qualification=q is None
        )
        self.changed.emit()

    def focus_new_decision(self) -> None:
        self.tabs.setCurrentIndex(2)
        self.dec_type.setFocus()

    def decision_draft(self) -> DecisionDraft:
        assert self.case_id is not None
        return DecisionDraft(
            case_id=self.case_id,
            meeting_id=self.meeting_id,
            decision_type=combo_enum(self.dec_type, DecisionType),
            reasons=self.dec_reasons.toPlainText(),
            expectations=self.dec_expect.text(),
            referral_target=self.dec_referral.text(),
            escalation_target=self.dec_escalation.currentData() or "",
            next_review_date=self.dec_review.get(),
        )

    def record_decision(self) -> None:
        if self.case_id is None:
            return
        draft = self.decision_draft()
        status, review = cases.case_status(self.ctx, self.case_id)
        try:
            execute(self.undo, RecordDecision(self.ctx, draft, status, review, self._after))
        except ValidationError as exc:
            show_issues(exc, self.dec_errors, self.dec_error)
            return
        for lbl in (*self.dec_errors.values(), self.dec_error):
            lbl.hide()

    def _update_decision(self) -> None:
        if self.decision_id is None or self.case_id is None:
            return
        try:
            decisions.update_decision(self.ctx, self.decision_id, self.decision_draft())
        except ValidationError as exc:
            show_issues(exc, self.dec_errors, self.dec_error)
            return
        for lbl in (*self.dec_errors.values(), self.dec_error):
            lbl.hide()
        self.changed.emit()

    # -- actions ---------------------------------------------------------------------------------

    def focus_new_action(self) -> None:
        self.tabs.setCurrentIndex(3)
        self.a_desc.setFocus()

    def add_action(self) -> None:
        if self.case_id is None:
            return
        draft = ActionDraft(
            case_id=self.case_id,
            meeting_id=self.meeting_id,
            description=self.a_desc.text(),
            owner_organisation_id=self.a_owner.currentData(),
            responsible_member_id=self.a_person.currentData(),
            deadline=from_qdate(self.a_deadline.date()),
        )
        try:
            execute(self.undo, AddAction(self.ctx, draft, self._after))
        except ValidationError as exc:
            show_issues(exc, self.a_errors, self.a_error)
            return
        for lbl in (*self.a_errors.values(), self.a_error):
            lbl.hide()
        self.a_desc.clear()
        self.a_desc.setFocus()

    def _action_status_from_table(self, action: object, status: ActionStatus) -> None:
        from livcr_desktop.domain.meeting import ActionView

        assert isinstance(action, ActionView)
        execute(self.undo, SetActionStatus(self.ctx, action.id, action.status, status, "", self._after))

    # -- shared ----------------------------------------------------------------------------------

    def flush_pending(self) -> None:
        """Commit any text still waiting for its autosave timer (item change, lock, close)."""
        for saver in (
            self.risk_save,
            self.protect_save,
            self.summary_save,
            self.reasons_save,
            self.expect_save,
            self.referral_save,
        ):
            saver.flush()

    def _after(self) -> None:
        self.reload()
        self.changed.emit()
