"""Plan a new meeting: kind, date, time, place, chair and secretary. The agenda is proposed."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import MeetingKind
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.domain.settings import MEETING_MINUTES
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import meetings, reference, settings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.form_helpers import error_label
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import from_qdate, to_qdate, typed_like_paper
from livcr_desktop.views.widgets.forms import clear_on_edit, combo_enum
from livcr_desktop.views.widgets.messages import field_message


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingDialog", text)


class NewMeetingDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.setWindowTitle(_t("Nieuwe vergadering"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        for k in MeetingKind:
            self.kind.addItem(labels.meeting_kind(k), k)
        self.day = QDateEdit()
        self.day.setObjectName("meetingDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(to_qdate(ctx.today() + timedelta(days=7)))
        self.start = QTimeEdit(QTime(14, 0))
        self.start.setObjectName("meetingStart")
        self.start.setDisplayFormat("HH:mm")
        typed_like_paper(self.day, self.start)
        self.length = QSpinBox()
        self.length.setObjectName("meetingLength")
        self.length.setRange(15, 600)
        self.length.setSingleStep(15)
        self.length.setValue(settings.get(ctx, MEETING_MINUTES))
        self.length.setSuffix(_t(" min"))
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        members = reference.member_records(ctx)  # active members only: a retired one chairs no new meeting
        self.chair = QComboBox()
        self.chair.setObjectName("meetingChair")
        self.secretary = QComboBox()
        self.secretary.setObjectName("meetingSecretary")
        self.chair.addItem(_t("— kies —"), None)
        self.secretary.addItem(_t("— geen —"), None)
        for m in members:
            self.chair.addItem(f"{m.name} ({m.role})", m.id)
            self.secretary.addItem(f"{m.name} ({m.role})", m.id)
        for w, text in (
            (self.kind, _t("&Soort:")),
            (self.day, _t("&Datum:")),
            (self.start, _t("Aa&nvang:")),
            (self.length, _t("D&uur:")),
            (self.place, _t("&Plaats:")),
            (self.chair, _t("&Voorzitter:")),
            (self.secretary, _t("S&ecretaris:")),
        ):
            form.addRow(text, w)
            w.setAccessibleName(text.replace("&", "").rstrip(":"))
        layout.addLayout(form)
        self.proposal = QLabel()
        self.proposal.setObjectName("meetingProposal")
        self.proposal.setWordWrap(True)
        layout.addWidget(self.proposal)
        self.kind.currentIndexChanged.connect(self._show_proposal)
        self._show_proposal()
        fields = {"meeting_date": self.day, "place": self.place, "chair_id": self.chair, "planned_minutes": self.length}
        self.field_labels = {f: form.labelForField(w) for f, w in fields.items()}
        self.errors = {f: error_label(f"{f}Error") for f in fields}
        self.error = error_label("meetingError")
        for field, lbl in self.errors.items():
            layout.addWidget(lbl)
            clear_on_edit(lbl, fields[field], hide=True)  # a corrected field takes its message away
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Vergadering p&lannen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("&Annuleren"))
        buttons.accepted.connect(self.plan)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_proposal(self) -> None:
        """What the agenda proposal holds (and who is invited) for the kind chosen."""
        if combo_enum(self.kind, MeetingKind) is MeetingKind.CORE_TEAM:
            text = _t(
                "Uitgenodigd: de leden van het kernteam. De agenda wordt voorgesteld: eerst de openstaande "
                "acties, dan de nieuwe aanmeldingen en de dringende casussen."
            )
        else:
            text = _t(
                "De agenda wordt voorgesteld: eerst de openstaande acties, dan de casussen "
                "die aan bespreking toe zijn, dan de nieuwe aanmeldingen."
            )
        also = _t(
            "Een casus die al op de agenda van een andere geplande vergadering staat, wordt niet opnieuw voorgesteld."
        )
        self.proposal.setText(f"{text} {also}")

    def draft(self) -> MeetingDraft:
        t = self.start.time()
        return MeetingDraft(
            kind=combo_enum(self.kind, MeetingKind) or MeetingKind.REGULAR,
            meeting_date=from_qdate(self.day.date()),
            start_time=time(t.hour(), t.minute()),
            planned_minutes=self.length.value(),
            place=self.place.text(),
            chair_id=self.chair.currentData(),
            secretary_id=self.secretary.currentData(),
        )

    def show_issues(self, exc: ValidationError) -> None:
        """Each refused field's message, naming the field ("Plaats: dit veld is verplicht.")."""
        for lbl in (*self.errors.values(), self.error):
            lbl.hide()
        for issue in exc.issues:
            lbl = self.errors.get(issue.field, self.error)
            name = self.field_labels.get(issue.field)
            lbl.setText(field_message(issue, name.text() if isinstance(name, QLabel) else None))
            lbl.show()

    def plan(self) -> None:
        try:
            self.meeting_id = meetings.create_meeting(self.ctx, self.draft())
        except ValidationError as exc:
            self.show_issues(exc)
            return
        self.accept()
