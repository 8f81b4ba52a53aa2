"""The feedback form to the police for one case: its own editor, consent member by member, produce.

Only the allowed fields, pre-filled with neutral text by the service. Each member present for the
case agrees to the exact text; saving a changed text voids every consent (the service does so and
this window says it). "Produceren" is refused by the service unless every member present agreed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.outgoing import (
    ConsentLine,
    FeedbackFormFields,
    FeedbackFormView,
    OutgoingRefusedError,
    Refusal,
)
from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.domain.timestamps import stamp
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, feedback_form, files, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import MeetingLockedError
from livcr_desktop.views import tasks
from livcr_desktop.views.followup.outgoing_messages import refusal_message
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import format_date
from livcr_desktop.views.widgets.messages import validation_message
from livcr_desktop.views.widgets.save_location import in_documents

FIELDS = ("police_reference", "direction", "contact_point", "form_date")


def _t(text: str) -> str:
    return QCoreApplication.translate("FeedbackFormDialog", text)


class ConsentModel(RowTableModel[ConsentLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Lid"), lambda r: r.member_name),
                Column(lambda: _t("Organisatie"), lambda r: r.organisation),
                Column(lambda: _t("Akkoord met deze tekst"), lambda r: stamp(r.agreed_at, "—")),
            ],
            key=lambda r: r.member_id,
            parent=parent,
        )


def _parse_date(text: str) -> date | None:
    try:
        day, month, year = (int(p) for p in text.strip().replace("-", "/").replace(".", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        return None


class FeedbackFormDialog(QDialog):
    changed = Signal()  # the saved text or a consent changed (the meeting's projector shows them)

    def __init__(
        self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None, meeting_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.form: FeedbackFormView | None = None
        self.locked = False  # the meeting's minutes are finalised: the form no longer changes
        self.last_pdf: bytes | None = None
        self.setObjectName("feedbackFormDialog")
        self.resize(760, 640)
        code = cases.get_case(ctx, case_id).code
        self.setWindowTitle(_t("Terugkoppelingsfiche aan de politie — {case}").format(case=code))
        v = QVBoxLayout(self)
        note = QLabel(
            _t(
                "Enkel wat de wet toelaat: geen bijdragen, geen acties, geen redenen van beslissingen, niets wat "
                "onder het beroepsgeheim valt. Elk lid dat aanwezig is voor deze casus moet akkoord gaan met "
                "precies deze tekst; elke wijziging doet de akkoorden vervallen."
            )
        )
        note.setWordWrap(True)
        v.addWidget(note)
        self.editing_note = QLabel()  # why the text and the consent cannot change (role, finalised meeting)
        self.editing_note.setObjectName("feedbackFormEditingNote")
        self.editing_note.setWordWrap(True)
        self.editing_note.setStyleSheet(alert_style(bold=False))
        self.editing_note.hide()
        v.addWidget(self.editing_note)
        form = QFormLayout()
        self.meeting = QComboBox()
        self.meeting.setObjectName("feedbackFormMeeting")
        for mid, number, day in feedback_form.meetings_for_case(ctx, case_id):
            self.meeting.addItem(f"{number} ({format_date(day)})", mid)
        if meeting_id is not None and self.meeting.findData(meeting_id) >= 0:  # opened from that meeting
            self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))
        self.reference = QLineEdit()
        self.reference.setObjectName("feedbackFormReference")
        self.follows_up = QCheckBox(_t("De cel volgt de casus &op"))
        self.follows_up.setObjectName("feedbackFormFollowsUp")
        self.direction = QPlainTextEdit()
        self.direction.setObjectName("feedbackFormDirection")
        self.direction.setAccessibleName(_t("Algemene richting van de aanpak"))
        self.direction.setTabChangesFocus(True)
        self.direction.setMaximumHeight(130)  # a few sentences; the members' list below gets the room
        self.contact = QPlainTextEdit()
        self.contact.setObjectName("feedbackFormContact")
        self.contact.setAccessibleName(_t("Contactpunt van de cel"))
        self.contact.setTabChangesFocus(True)
        self.contact.setMaximumHeight(70)
        self.form_date = QLineEdit()
        self.form_date.setObjectName("feedbackFormDate")
        self.form_date.setPlaceholderText(_t("dd/mm/jjjj"))
        self.errors: dict[str, QLabel] = {}
        form.addRow(_t("&Vergadering:"), self.meeting)
        for name, label, widget in (
            ("police_reference", _t("&Referentie voor de politie:"), self.reference),
            ("follows_up", "", self.follows_up),
            ("direction", _t("Richting van de &aanpak:"), self.direction),
            ("contact_point", _t("&Contactpunt:"), self.contact),
            ("form_date", _t("&Datum:"), self.form_date),
        ):
            form.addRow(label, widget)
            if name in FIELDS:
                error = QLabel()
                error.setObjectName(f"feedbackFormError_{name}")
                error.setStyleSheet(alert_style(bold=False))
                error.hide()
                form.addRow("", error)
                self.errors[name] = error
        v.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(_t("Tekst &bewaren"))
        self.save_button.setObjectName("feedbackFormSave")
        row.addWidget(self.save_button)
        v.addLayout(row)
        members = QLabel(_t("&Leden aanwezig voor deze casus:"))
        v.addWidget(members)
        self.consent_model = ConsentModel(self)
        self.consents = QTableView()
        self.consents.setObjectName("feedbackFormConsents")
        self.consents.setModel(self.consent_model)
        self.consents.verticalHeader().hide()
        self.consents.setTabKeyNavigation(False)
        self.consents.horizontalHeader().setStretchLastSection(True)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        members.setBuddy(self.consents)
        v.addWidget(self.consents, 1)
        self.status = QLabel()
        self.status.setObjectName("feedbackFormStatus")
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        self.message = QLabel()
        self.message.setObjectName("feedbackFormMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(alert_style(bold=False))
        v.addWidget(self.message)
        buttons = QHBoxLayout()
        self.agree_button = QPushButton(_t("A&kkoord"))
        self.agree_button.setObjectName("feedbackFormAgree")
        self.withdraw_button = QPushButton(_t("Akkoord &intrekken"))
        self.withdraw_button.setObjectName("feedbackFormWithdraw")
        self.in_minutes = QCheckBox(_t("&Tekst in het verslag"))
        self.in_minutes.setObjectName("feedbackFormInMinutes")
        self.produce_button = QPushButton(_t("&Produceren…"))
        self.produce_button.setObjectName("feedbackFormProduce")
        close = QPushButton(_t("&Sluiten"))
        close.clicked.connect(self.reject)
        for w in (self.agree_button, self.withdraw_button, self.in_minutes):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.produce_button)
        buttons.addWidget(close)
        v.addLayout(buttons)
        self.meeting.currentIndexChanged.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.agree_button.clicked.connect(lambda: self.consent(True))
        self.withdraw_button.clicked.connect(lambda: self.consent(False))
        self.in_minutes.toggled.connect(self._in_minutes_toggled)
        self.produce_button.clicked.connect(self.produce)
        self.load()

    # -- state ----------------------------------------------------------------------------------

    def meeting_id(self) -> int | None:
        data = self.meeting.currentData()
        return int(data) if data is not None else None

    def load(self) -> None:
        mid = self.meeting_id()
        self.form = feedback_form.get_form(self.ctx, mid, self.case_id) if mid is not None else None
        self.locked = mid is not None and meetings.get_meeting(self.ctx, mid).is_locked
        if mid is None:
            fields = FeedbackFormFields("", True, "", "", None)
            self.message.setText(_t("Deze casus stond nog op geen enkele vergadering."))
        else:
            fields = self.form.fields if self.form else feedback_form.neutral_fields(self.ctx, mid, self.case_id)
        self.reference.setText(fields.police_reference)
        self.follows_up.setChecked(fields.follows_up)
        self.direction.setPlainText(fields.direction)
        self.contact.setPlainText(fields.contact_point)
        self.form_date.setText(format_date(fields.form_date) if fields.form_date else "")
        self.in_minutes.blockSignals(True)
        self.in_minutes.setChecked(bool(self.form and self.form.content_in_minutes))
        self.in_minutes.blockSignals(False)
        self._show_state()

    def _show_state(self) -> None:
        f = self.form
        self.consent_model.set_rows(list(f.consents) if f else [])
        self.consents.resizeColumnsToContents()
        if f is not None and self.consents.currentIndex().row() < 0 and f.consents:
            self.consents.selectRow(0)
        if f is None:
            self.status.setText(_t("Nog niet bewaard: bewaar de tekst voor de leden akkoord gaan."))
        elif f.produced_at is not None:
            self.status.setText(_t("Geproduceerd op {at}.").format(at=stamp(f.produced_at, "—")))
        elif f.complete:
            self.status.setText(_t("Alle aanwezige leden gingen akkoord met deze tekst."))
        else:
            agreed = sum(1 for c in f.consents if c.agreed_at)
            self.status.setText(
                _t("Akkoord: {agreed} van {total} aanwezige leden.").format(agreed=agreed, total=len(f.consents))
            )
        may_edit = self.ctx.may(Permission.RUN_MEETING) and self.meeting_id() is not None and not self.locked
        open_ = may_edit and (f is None or f.produced_at is None)
        why = ""  # without a meeting the message says the case was on none yet
        if self.meeting_id() is not None and not self.ctx.may(Permission.RUN_MEETING):
            why = _t(
                "Uw rol mag de tekst niet wijzigen en geen akkoorden registreren: dat doen de voorzitter of de "
                "secretaris."
            )
        elif self.meeting_id() is not None and self.locked:
            why = _t("Het verslag van deze vergadering is gefinaliseerd: de tekst en de akkoorden wijzigen niet meer.")
        self.editing_note.setText(why)
        self.editing_note.setVisible(bool(why))
        for w in (self.reference, self.follows_up, self.direction, self.contact, self.form_date, self.save_button):
            w.setEnabled(open_)
        for w in (self.agree_button, self.withdraw_button, self.in_minutes):
            w.setEnabled(open_ and f is not None)
        self.produce_button.setEnabled(self.ctx.may(Permission.MINUTES) and f is not None)

    def _fields(self) -> FeedbackFormFields | None:
        for e in self.errors.values():
            e.clear()
            e.hide()
        day = _parse_date(self.form_date.text())
        if day is None:
            self._error("form_date", _t("Geef een datum als dd/mm/jjjj."))
            return None
        return FeedbackFormFields(
            self.reference.text(),
            self.follows_up.isChecked(),
            self.direction.toPlainText(),
            self.contact.toPlainText(),
            day,
        )

    def _error(self, field: str, text: str) -> None:
        label = self.errors[field]
        label.setText(text)
        label.show()

    # -- acts -----------------------------------------------------------------------------------

    def save(self) -> None:
        mid, fields = self.meeting_id(), self._fields()
        if mid is None or fields is None:
            return
        before = self.form
        try:
            if before is None:
                feedback_form.compose_form(self.ctx, mid, self.case_id)
            self.form = feedback_form.update_form(self.ctx, mid, self.case_id, fields)
        except ValidationError as exc:
            for issue in exc.issues:
                self._error(issue.field if issue.field in self.errors else "direction", validation_message(issue))
            self.message.setText(_t("De fiche is niet bewaard."))
            return
        except OutgoingRefusedError as exc:
            self.message.setText(refusal_message(exc.reason))
            return
        except (MeetingLockedError, PermissionDenied) as exc:
            self._refused(exc)
            return
        voided = (
            before is not None and before.text_hash != self.form.text_hash and any(c.agreed_at for c in before.consents)
        )
        self.message.setText(
            _t("De tekst is gewijzigd: alle akkoorden zijn vervallen; vraag ze opnieuw.")
            if voided
            else _t("Tekst bewaard.")
        )
        self._show_state()
        self.changed.emit()

    def consent(self, agreed: bool) -> None:
        mid, row = self.meeting_id(), self.consents.currentIndex().row()
        if mid is None or row < 0:
            self.message.setText(_t("Kies eerst een lid in de lijst."))
            return
        member = self.consent_model.row_at(row)
        try:
            self.form = feedback_form.record_consent(self.ctx, mid, self.case_id, member.member_id, agreed)
        except OutgoingRefusedError as exc:
            self.message.setText(refusal_message(exc.reason))
            return
        except (MeetingLockedError, PermissionDenied) as exc:
            self._refused(exc)
            return
        self.message.setText(
            (_t("{name} gaat akkoord.") if agreed else _t("{name} trekt het akkoord in.")).format(
                name=member.member_name
            )
        )
        self._show_state()
        self.changed.emit()
        if row + 1 < self.consent_model.rowCount() and agreed:
            self.consents.selectRow(row + 1)  # the next member, for the round of the table

    def _refused(self, exc: BaseException) -> None:
        """The meeting was finalised (or the role changed) since the window showed it: say so, show it anew."""
        self.load()
        self.message.setText(
            _t("Het verslag van deze vergadering is gefinaliseerd: er is niets gewijzigd.")
            if isinstance(exc, MeetingLockedError)
            else refusal_message(Refusal.NOT_ALLOWED)
        )

    def _in_minutes_toggled(self, shown: bool) -> None:
        mid = self.meeting_id()
        if mid is None or self.form is None:
            return
        try:
            feedback_form.set_content_in_minutes(self.ctx, mid, self.case_id, shown)
        except OutgoingRefusedError as exc:
            self.load()
            self.message.setText(refusal_message(exc.reason))
        except (MeetingLockedError, PermissionDenied) as exc:
            self._refused(exc)

    def produce(self) -> None:
        mid = self.meeting_id()
        if mid is None:
            return
        name = f"terugkoppelingsfiche-{self.form.case_code if self.form else self.case_id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, _t("Terugkoppelingsfiche bewaren"), in_documents(name), _t("PDF (*.pdf)")
        )
        if not path:
            return
        ctx, case_id = self.ctx, self.case_id

        def work() -> bytes:
            pdf = feedback_form.produce_form(ctx, mid, case_id)
            files.save_document(Path(path), pdf)
            return pdf

        tasks.run_in_background(self, work, self._produced, self._failed, busy_widgets=[self.produce_button])

    def _produced(self, pdf: bytes) -> None:
        self.last_pdf = pdf
        self.form = feedback_form.get_form(self.ctx, self.meeting_id() or 0, self.case_id)
        self.message.setText(_t("De fiche is bewaard. Het bestand is niet versleuteld: bezorg het veilig."))
        self._show_state()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OutgoingRefusedError):
            self.message.setText(refusal_message(exc.reason))
        else:
            self.message.setText(_t("De fiche kon niet worden gemaakt: {error}").format(error=str(exc)))
