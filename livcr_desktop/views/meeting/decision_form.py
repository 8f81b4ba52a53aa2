"""Right half of the case page's third tab: the cell's decision on the case."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.decision_rules import DecisionNotAllowed, review_required
from livcr_desktop.domain.enums import DecisionType, DraftKind, EscalationTarget
from livcr_desktop.domain.meeting import DecisionDraft
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import cases, decisions
from livcr_desktop.views.meeting.autosave import Autosave
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.drafts import DraftKeeper
from livcr_desktop.views.meeting.form_helpers import error_label, hide_all, narrow, show_issues
from livcr_desktop.views.meeting.undo_commands import RecordDecision, execute
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import OptionalDate, format_date, from_qdate, to_qdate, typed_like_paper
from livcr_desktop.views.widgets.forms import combo_enum
from livcr_desktop.views.widgets.long_text import with_counter

REVIEW_PROPOSED_AFTER = timedelta(weeks=4)  # a ticked "gepland" proposes the next monthly meeting, not today


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


def decision_label(kind: DecisionType) -> str:
    """``labels.decision_type`` with "afschalen" (until the shared labels have it)."""
    return _t("afschalen") if kind is DecisionType.SCALE_DOWN else labels.decision_type(kind)


def escalation_text(target: str, since: date | None) -> str:
    """ "opgeschaald naar LTF sinds 20/11/2026" ("" when not escalated): shown beside "in opvolging"."""
    if not target:
        return ""
    return _t("opgeschaald naar {target} sinds {date}").format(target=target, date=format_date(since))


class DecisionForm(QGroupBox):
    """Recorded once with its button (undoable: the case's status goes back too); after that every
    change is committed as it is typed. ``typed`` is emitted on every edit, committed or not (the
    projector shows the decision as it is typed)."""

    typed = Signal()

    def __init__(self, case: CaseAtHand, parent: QWidget | None = None) -> None:
        super().__init__(_t("Beslissing"), parent)
        self.case = case
        self.decision_id: int | None = None
        # Two columns, so the form fits a 1366×768 screen without scrolling.
        columns = QHBoxLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        rf, right = QFormLayout(), QFormLayout()
        for form in (rf, right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            columns.addLayout(form, 1)
        self.kind = narrow(QComboBox())
        self.kind.setObjectName("decisionType")
        self.kind.setAccessibleName(_t("Soort beslissing"))
        self.kind.addItem(_t("— kies —"), None)
        for dt in DecisionType:
            self.kind.addItem(decision_label(dt), dt)
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("decisionReasons")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setAccessibleName(_t("Motivering"))
        self.reasons.setMaximumHeight(110)
        self.expectations = QLineEdit()
        self.expectations.setObjectName("decisionExpectations")
        self.expectations.setAccessibleName(_t("Verwachtingen tegen de volgende bespreking"))
        self.referral = QLineEdit()
        self.referral.setObjectName("referralTarget")
        self.referral.setAccessibleName(_t("Doorverwezen naar"))
        self.escalation = narrow(QComboBox(), 8)
        self.escalation.setObjectName("escalationTarget")
        self.escalation.setAccessibleName(_t("Opgeschaald naar"))
        self.escalation.addItem("", "")
        self.escalation.addItem(_t("LTF (Local Task Force)"), EscalationTarget.LTF.value)
        self.escalation.addItem(_t("parket"), EscalationTarget.PUBLIC_PROSECUTOR.value)
        self.escalation_date = QDateEdit()
        self.escalation_date.setObjectName("escalationDate")
        self.escalation_date.setCalendarPopup(True)
        self.escalation_date.setDisplayFormat("dd/MM/yyyy")
        typed_like_paper(self.escalation_date)
        self.escalation_date.setAccessibleName(_t("Opgeschaald sinds"))
        escalation_row = QHBoxLayout()
        escalation_row.addWidget(self.escalation, 1)
        since = QLabel(_t("sinds"))
        since.setBuddy(self.escalation_date)
        escalation_row.addWidget(since)
        escalation_row.addWidget(self.escalation_date)
        review_row = QHBoxLayout()
        rc, re_ = QCheckBox(_t("gepland")), QDateEdit()
        rc.setObjectName("decisionReviewCheck")
        re_.setObjectName("decisionReviewDate")
        re_.setCalendarPopup(True)
        re_.setDisplayFormat("dd/MM/yyyy")
        typed_like_paper(re_)
        review_row.addWidget(rc)
        review_row.addWidget(re_)
        review_row.addStretch(1)
        review_label = QLabel(_t("Volgende bespreking:"))
        review_label.setBuddy(rc)  # "gepland" is read with its row's label; the date edit gets it as name
        re_.setAccessibleName(review_label.text().replace("&", "").rstrip(" :\u00a0"))
        self.review = OptionalDate(rc, re_)
        self._review_ticked_for_kind = False  # "gepland" was ticked by the decision type, not by the chair
        self.secrecy = QCheckBox(_t("Beroeps&geheim"))
        self.secrecy.setObjectName("decisionSecrecy")
        self.secrecy.setAccessibleName(_t("Beroepsgeheim"))
        self.secrecy.setToolTip(_t("De beslissing herhaalt een feit onder beroepsgeheim: ze verlaat de cel nooit."))
        self.record_button = QPushButton(_t("Beslissing vast&leggen"))
        self.record_button.setObjectName("recordDecisionButton")
        self.status = QLabel()
        self.status.setObjectName("decisionStatus")
        self.status.setWordWrap(True)
        self.escalation_state = QLabel()
        self.escalation_state.setObjectName("decisionEscalationState")
        self.escalation_state.setWordWrap(True)
        self.errors = {
            "decision_type": error_label("decisionTypeError"),
            "next_review_date": error_label("decisionReviewError"),
            "referral_target": error_label("referralTargetError"),
            "escalation_target": error_label("escalationTargetError"),
            "escalation_date": error_label("escalationDateError"),
        }
        self.error = error_label("decisionError")
        rf.addRow(_t("Soort:"), self.kind)
        rf.addRow("", self.errors["decision_type"])
        rf.addRow(_t("Motivering:"), with_counter(self.reasons))
        rf.addRow(_t("Verwachtingen:"), with_counter(self.expectations))
        right.addRow(review_label, review_row)
        right.addRow("", self.errors["next_review_date"])
        self._referral_row = right.rowCount()
        right.addRow(_t("Doorverwezen naar:"), self.referral)
        right.addRow("", self.errors["referral_target"])
        self._escalation_row = right.rowCount()
        right.addRow(_t("Opgeschaald naar:"), escalation_row)
        right.addRow("", self.errors["escalation_target"])
        right.addRow("", self.errors["escalation_date"])
        right.addRow("", self.secrecy)  # after the fields the keys go through first (Tab order)
        right.addRow(self.escalation_state)
        right.addRow(self.record_button, self.status)
        outer.addWidget(self.error)
        self._right = right
        self.kind.currentIndexChanged.connect(self._relevant_fields)
        self.kind.currentIndexChanged.connect(self._review_follows_kind)
        rc.toggled.connect(self._lock_review)
        self.escalation.currentIndexChanged.connect(lambda _i: self.errors["escalation_target"].hide())
        rc.toggled.connect(lambda _c: self.errors["next_review_date"].hide())
        self.referral.textChanged.connect(lambda _t: self.errors["referral_target"].hide())
        self.escalation_date.dateChanged.connect(lambda _d: self._update())
        self.escalation_date.dateChanged.connect(self._typed)
        self._relevant_fields()
        self.record_button.clicked.connect(self.record)
        # Once recorded, every change to the decision is committed as it is typed.
        self.reasons_save = Autosave(self.reasons, lambda _text: self._update())
        self.expectations_save = Autosave(self.expectations, lambda _text: self._update())
        self.referral_save = Autosave(self.referral, lambda _text: self._update())
        self.kind.activated.connect(lambda _i: self._update())
        self.escalation.activated.connect(lambda _i: self._update())
        rc.toggled.connect(lambda _c: self._update())
        self.secrecy.toggled.connect(lambda _c: self._update())
        re_.dateChanged.connect(lambda _d: self._update())
        for text_signal in (self.reasons.textChanged, self.expectations.textChanged, self.referral.textChanged):
            text_signal.connect(self._typed)
        self.kind.currentIndexChanged.connect(self._typed)
        self.escalation.currentIndexChanged.connect(self._typed)
        rc.toggled.connect(self._typed)
        re_.dateChanged.connect(self._typed)
        self.secrecy.toggled.connect(self._typed)
        # Typed but not recorded yet: kept in the vault and brought back (views/meeting/drafts.py).
        self.drafts = DraftKeeper(
            self.case,
            DraftKind.DECISION,
            {
                "decision_type": self.kind,
                "reasons": self.reasons,
                "expectations": self.expectations,
                "referral_target": self.referral,
                "escalation_target": self.escalation,
                "escalation_date": self.escalation_date,
                "review_planned": rc,
                "review_date": re_,
                "professional_secrecy": self.secrecy,
            },
            typed=(self.kind, self.reasons, self.expectations),
            applies=lambda: self.decision_id is None,
            parent=self,
        )

    def _typed(self, *_args: object) -> None:
        self.typed.emit()

    def _choices(self) -> tuple[QWidget, ...]:
        return (self.kind, self.escalation, self.escalation_date, self.review.check, self.review.edit, self.secrecy)

    def _relevant_fields(self, *_args: object) -> None:
        """Referral only for "doorverwijzen en afsluiten", target and date only for "opschalen"; a changed
        type clears the messages that depended on it."""
        kind = combo_enum(self.kind, DecisionType)
        self._right.setRowVisible(self._referral_row, kind is DecisionType.REFER_AND_CLOSE)
        self._right.setRowVisible(self._escalation_row, kind is DecisionType.ESCALATE)
        for name in ("decision_type", "next_review_date", "referral_target", "escalation_target", "escalation_date"):
            self.errors[name].hide()

    def _review_required(self) -> bool:
        """The chosen type leaves the case in follow-up, so it needs its next review (issue 16, point 5)."""
        kind = combo_enum(self.kind, DecisionType)
        if kind is None or self.case.case_id is None:
            return False
        return review_required(kind, cases.case_status(self.case.ctx, self.case.case_id)[0])

    def _review_follows_kind(self, *_args: object) -> None:
        """A type that needs a review date ticks "gepland" (Tab then goes from the expectations straight
        to the date); another type unticks it again if the type had ticked it."""
        check = self.review.check
        if self._review_required():
            if not check.isChecked():
                self._review_ticked_for_kind = True
                check.setChecked(True)
        elif self._review_ticked_for_kind:
            self._review_ticked_for_kind = False
            check.setChecked(False)
        self._lock_review()

    def _lock_review(self, *_args: object) -> None:
        """While the type needs a review date, a ticked "gepland" cannot be unticked (nor is it a Tab stop)."""
        check = self.review.check
        locked = check.isChecked() and self._review_required()
        if self.reasons.isReadOnly():  # a closed meeting: read-only handles the box
            return
        check.setEnabled(not locked)
        check.setToolTip(_t("Volgende bespreking: verplicht, de casus blijft in opvolging.") if locked else "")

    def load(self) -> None:
        """Show the case's decision at this meeting (the last one, if several), or an empty form."""
        assert self.case.case_id is not None
        existing = decisions.decisions_for(self.case.ctx, self.case.case_id, self.case.meeting_id)
        d = existing[-1] if existing else None
        self.decision_id = d.id if d else None
        for widget in self._choices():
            widget.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(d.decision_type if d else None)))
            self.reasons_save.set_text(d.reasons if d else "")
            self.expectations_save.set_text(d.expectations if d else "")
            self.referral_save.set_text(d.referral_target if d else "")
            self.escalation.setCurrentIndex(max(0, self.escalation.findData(d.escalation_target if d else "")))
            since = d.escalation_date if d else None
            self.escalation_date.setDate(to_qdate(since or self.case.meeting_date))
            self.review.set(d.next_review_date if d else None, self.case.meeting_date + REVIEW_PROPOSED_AFTER)
            self.secrecy.setChecked(bool(d and d.professional_secrecy))
        finally:
            for widget in self._choices():
                widget.blockSignals(False)
        self._relevant_fields()
        self._review_ticked_for_kind = False
        self._lock_review()
        self.escalation_state.setText(escalation_text(*decisions.case_escalation(self.case.ctx, self.case.case_id)))
        self.record_button.setVisible(d is None)
        self.status.setText(
            _t("Vastgelegd om {time}; wijzigingen worden meteen bewaard.").format(time=d.decided_at.strftime("%H:%M"))
            if d
            else _t("Nog geen beslissing voor deze casus.")
        )

    def focus(self) -> None:
        self.kind.setFocus()

    def draft(self) -> DecisionDraft:
        assert self.case.case_id is not None
        return DecisionDraft(
            case_id=self.case.case_id,
            meeting_id=self.case.meeting_id,
            decision_type=combo_enum(self.kind, DecisionType),
            reasons=self.reasons.toPlainText(),
            expectations=self.expectations.text(),
            referral_target=self.referral.text(),
            escalation_target=self.escalation.currentData() or "",
            next_review_date=self.review.get(),
            escalation_date=from_qdate(self.escalation_date.date()),
            professional_secrecy=self.secrecy.isChecked(),
        )

    def record(self) -> None:
        case_id = self.case.case_id
        if case_id is None:
            return
        draft = self.draft()
        status, review = cases.case_status(self.case.ctx, case_id)
        on_button = self.record_button.hasFocus()
        try:
            execute(self.case.undo, RecordDecision(self.case.ctx, draft, status, review, self.case.after))
        except ValidationError as exc:
            self._show(exc)
            return
        self.clear_errors()
        self.drafts.discard()
        if on_button:  # the button is gone once recorded: the keyboard stays in the form, not in the next dock
            self.reasons.setFocus()
        self.escalation_state.setText(escalation_text(*decisions.case_escalation(self.case.ctx, case_id)))

    def _show(self, exc: ValidationError) -> None:
        """The field's own message: what is not allowed, or that a follow-up needs its next review."""
        show_issues(exc, self.errors, self.error)
        if isinstance(exc, DecisionNotAllowed):
            self.errors["decision_type"].setText(
                _t("Soort: «{decision}» kan alleen voor een casus in opvolging; deze casus is {status}.").format(
                    decision=decision_label(exc.decision_type), status=labels.case_status(exc.status)
                )
            )
        review = self.errors["next_review_date"]
        if any(i.field == "next_review_date" and i.code is ValidationCode.REQUIRED for i in exc.issues):
            review.setText(_t("Volgende bespreking: verplicht, de casus blijft in opvolging."))
        if any(i.field == "escalation_target" and i.code is ValidationCode.REQUIRED for i in exc.issues):
            self.errors["escalation_target"].setText(_t("Opgeschaald naar: kies de LTF of het parket."))

    def _update(self) -> None:
        if self.decision_id is None or self.case.case_id is None:
            return
        try:
            decisions.update_decision(self.case.ctx, self.decision_id, self.draft())
        except ValidationError as exc:
            self._show(exc)
            return
        self.clear_errors()
        self.drafts.discard()
        self.escalation_state.setText(escalation_text(*decisions.case_escalation(self.case.ctx, self.case.case_id)))
        self.case.changed()

    def clear_errors(self) -> None:
        hide_all(*self.errors.values(), self.error)

    def flush(self) -> None:
        for saver in (self.reasons_save, self.expectations_save, self.referral_save):
            saver.flush()
