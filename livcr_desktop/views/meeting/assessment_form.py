"""Left half of the case page's third tab: the integral assessment (summary and qualification Q0-Q3)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QPlainTextEdit, QWidget

from livcr_desktop.domain.enums import Qualification
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import assessment
from livcr_desktop.views.meeting.autosave import Autosave
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.form_helpers import narrow
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.forms import combo_enum
from livcr_desktop.views.widgets.long_text import with_counter
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


class AssessmentForm(QGroupBox):
    """Both fields are committed as they are typed or chosen; a refused summary (too long) is reported
    through ``report`` (the decision's status line, beside it) and stays on screen."""

    def __init__(self, case: CaseAtHand, report: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(_t("Integrale inschatting"), parent)
        self.case, self.report = case, report
        lf = QFormLayout(self)
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
        lf.addRow(_t("Samenvatting:"), with_counter(self.summary))
        lf.addRow(_t("Kwalificatie:"), self.qualification)
        self.summary_save = Autosave(self.summary, self._save_summary)
        self.qualification.activated.connect(self._save_qualification)

    def show_assessment(self, summary: str, qualification: Qualification | None) -> None:
        self.summary_save.set_text(summary)
        self.qualification.setCurrentIndex(max(0, self.qualification.findData(qualification)))

    def _save_summary(self, text: str) -> None:
        if self.case.case_id is not None:
            try:
                assessment.set_assessment(self.case.ctx, self.case.case_id, self.case.meeting_id, summary=text)
            except ValidationError as exc:  # too long: the text stays on screen, the stored one unchanged
                self.report(validation_message(exc.issues[0]))
                return
            self.case.changed()

    def _save_qualification(self, _index: int) -> None:
        if self.case.case_id is None:
            return
        q = combo_enum(self.qualification, Qualification)
        assessment.set_assessment(
            self.case.ctx, self.case.case_id, self.case.meeting_id, qualification=q, clear_qualification=q is None
        )
        self.case.changed()

    def flush(self) -> None:
        self.summary_save.flush()
