"""Right half of the case page's third tab: the cell's decision on the case."""

from __future__ import annotations

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
    QWidget,
)

from livcr_desktop.domain.enums import DecisionType, EscalationTarget
from livcr_desktop.domain.meeting import DecisionDraft
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, decisions
from livcr_desktop.views.meeting.autosave import Autosave
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.form_helpers import error_label, hide_all, narrow, show_issues
from livcr_desktop.views.meeting.undo_commands import RecordDecision, execute
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import OptionalDate
from livcr_desktop.views.widgets.forms import combo_enum
from livcr_desktop.views.widgets.long_text import with_counter


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


class DecisionForm(QGroupBox):
    """Recorded once with its button (undoable: the case's status goes back too); after that every
    change is committed as it is typed. ``typed`` is emitted on every edit, committed or not (the
    projector shows the decision as it is typed)."""

    typed = Signal()

    def __init__(self, case: CaseAtHand, parent: QWidget | None = None) -> None:
        super().__init__(_t("Beslissing"), parent)
        self.case = case
        self.decision_id: int | None = None
        rf = QFormLayout(self)
        rf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = narrow(QComboBox())
        self.kind.setObjectName("decisionType")
        self.kind.setAccessibleName(_t("Soort beslissing"))
        self.kind.addItem(_t("— kies —"), None)
        for dt in DecisionType:
            self.kind.addItem(labels.decision_type(dt), dt)
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("decisionReasons")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setAccessibleName(_t("Motivering"))
        self.expectations = QLineEdit()
        self.expectations.setObjectName("decisionExpectations")
        self.expectations.setAccessibleName(_t("Verwachtingen tegen de volgende bespreking"))
        self.referral = QLineEdit()
        self.referral.setObjectName("referralTarget")
        self.referral.setAccessibleName(_t("Doorverwezen naar"))
        self.escalation = narrow(QComboBox())
        self.escalation.setObjectName("escalationTarget")
        self.escalation.setAccessibleName(_t("Opgeschaald naar"))
        self.escalation.addItem("", "")
        self.escalation.addItem(_t("LTF (Local Task Force)"), EscalationTarget.LTF.value)
        self.escalation.addItem(_t("parket"), EscalationTarget.PUBLIC_PROSECUTOR.value)
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
        self.review = OptionalDate(rc, re_)
        self.record_button = QPushButton(_t("Beslissing &vastleggen"))
        self.record_button.setObjectName("recordDecisionButton")
        self.status = QLabel()
        self.status.setObjectName("decisionStatus")
        self.status.setWordWrap(True)
        self.errors = {
            "decision_type": error_label("decisionTypeError"),
            "next_review_date": error_label("decisionReviewError"),
            "referral_target": error_label("referralTargetError"),
            "escalation_target": error_label("escalationTargetError"),
        }
        self.error = error_label("decisionError")
        rf.addRow(_t("Soort:"), self.kind)
        rf.addRow("", self.errors["decision_type"])
        rf.addRow(_t("Motivering:"), with_counter(self.reasons))
        rf.addRow(_t("Verwachtingen:"), with_counter(self.expectations))
        rf.addRow(_t("Doorverwezen naar:"), self.referral)
        rf.addRow("", self.errors["referral_target"])
        rf.addRow(_t("Opgeschaald naar:"), self.escalation)
        rf.addRow("", self.errors["escalation_target"])
        rf.addRow(review_label, review_row)
        rf.addRow("", self.errors["next_review_date"])
        rf.addRow(self.record_button, self.status)
        rf.addRow(self.error)
        self.record_button.clicked.connect(self.record)
        # Once recorded, every change to the decision is committed as it is typed.
        self.reasons_save = Autosave(self.reasons, lambda _text: self._update())
        self.expectations_save = Autosave(self.expectations, lambda _text: self._update())
        self.referral_save = Autosave(self.referral, lambda _text: self._update())
        self.kind.activated.connect(lambda _i: self._update())
        self.escalation.activated.connect(lambda _i: self._update())
        rc.toggled.connect(lambda _c: self._update())
        re_.dateChanged.connect(lambda _d: self._update())
        for text_signal in (self.reasons.textChanged, self.expectations.textChanged, self.referral.textChanged):
            text_signal.connect(self._typed)
        self.kind.currentIndexChanged.connect(self._typed)
        self.escalation.currentIndexChanged.connect(self._typed)
        rc.toggled.connect(self._typed)
        re_.dateChanged.connect(self._typed)

    def _typed(self, *_args: object) -> None:
        self.typed.emit()

    def _choices(self) -> tuple[QWidget, ...]:
        return (self.kind, self.escalation, self.review.check, self.review.edit)

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
            self.review.set(d.next_review_date if d else None, self.case.meeting_date)
        finally:
            for widget in self._choices():
                widget.blockSignals(False)
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
        )

    def record(self) -> None:
        case_id = self.case.case_id
        if case_id is None:
            return
        draft = self.draft()
        status, review = cases.case_status(self.case.ctx, case_id)
        try:
            execute(self.case.undo, RecordDecision(self.case.ctx, draft, status, review, self.case.after))
        except ValidationError as exc:
            show_issues(exc, self.errors, self.error)
            return
        self.clear_errors()

    def _update(self) -> None:
        if self.decision_id is None or self.case.case_id is None:
            return
        try:
            decisions.update_decision(self.case.ctx, self.decision_id, self.draft())
        except ValidationError as exc:
            show_issues(exc, self.errors, self.error)
            return
        self.clear_errors()
        self.case.changed()

    def clear_errors(self) -> None:
        hide_all(*self.errors.values(), self.error)

    def flush(self) -> None:
        for saver in (self.reasons_save, self.expectations_save, self.referral_save):
            saver.flush()
