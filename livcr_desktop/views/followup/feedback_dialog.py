"""Feedback to the signal giver: the log of what was communicated, and a new entry from a template.

The templates say only what the law allows (the case was discussed; support starts, the person
was referred, the follow-up ends). The text stays editable; saving a text that holds the
subject's name or birth date needs a second, deliberate click.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.followup import FeedbackEntry, FeedbackWarning
from livcr_desktop.domain.outgoing import OutgoingRefusedError, Refusal
from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import cases, feedback_log, files, referrer_letter
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views import tasks
from livcr_desktop.views.followup.outgoing_messages import refusal_message
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import format_date
from livcr_desktop.views.widgets.messages import validation_message
from livcr_desktop.views.widgets.save_location import in_documents


def _t(text: str) -> str:
    return QCoreApplication.translate("FeedbackDialog", text)


def templates() -> list[tuple[str, str, str]]:
    """(key, name, text) of each template; keys match ``feedback_log.TEMPLATE_KEYS``."""
    return [
        (
            "discussed_support",
            _t("Besproken — begeleiding opgestart"),
            _t(
                "Uw melding werd besproken in de LIVC-R; er wordt een begeleiding opgestart. "
                "Meer informatie kunnen wij u niet geven. Nieuwe signalen kunt u steeds aan de casemanager melden."
            ),
        ),
        (
            "discussed_referred",
            _t("Besproken — doorverwezen"),
            _t(
                "Uw melding werd besproken in de LIVC-R; betrokkene werd doorverwezen naar de gepaste "
                "hulpverlening. Meer informatie kunnen wij u niet geven."
            ),
        ),
        (
            "discussed_closed",
            _t("Besproken — afgesloten"),
            _t(
                "Uw melding werd besproken in de LIVC-R; de opvolging door de cel wordt afgesloten. "
                "Nieuwe signalen kunt u steeds aan de casemanager melden."
            ),
        ),
        (
            "received_screening",
            _t("Ontvangen — in screening"),
            _t("Uw melding werd goed ontvangen en wordt door de casemanager bekeken."),
        ),
    ]


def template_name(key: str) -> str:
    return next((name for k, name, _text in templates() if k == key), key or _t("vrije tekst"))


class FeedbackLogModel(RowTableModel[FeedbackEntry]):
    COLS = 4  # date, by, template, text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Datum"), lambda r: f"{format_date(r.at.date())} {r.at.strftime('%H:%M')}"),
                Column(lambda: _t("Door"), lambda r: r.user),
                Column(lambda: _t("Sjabloon"), lambda r: template_name(r.template)),
                Column(lambda: _t("Meegedeeld"), lambda r: r.text, tooltip=lambda r: r.text),
            ],
            key=lambda r: r.id,
            parent=parent,
        )


class FeedbackDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.setObjectName("feedbackDialog")
        self.resize(760, 560)
        self._confirmed_text: str | None = None
        draft = cases.get_case(ctx, case_id)  # without identity: nothing is read or audited
        code = draft.code + (f" ({draft.pseudonym})" if draft.pseudonym else "")
        self.setWindowTitle(_t("Terugkoppeling aan de signaalgever — {case}").format(case=code))
        v = QVBoxLayout(self)
        recipient = feedback_log.referrer_name(ctx, case_id)
        # One rule for the log and the letter (domain.outgoing.signal_giver_refusal), asked of the services.
        self.anonymous = not feedback_log.can_give_feedback(ctx, case_id)
        self.letter_refusal = referrer_letter.letter_refusal(
            ctx, referrer_letter.letter_meeting(ctx, case_id), case_id
        )  # shown on asking for the letter; an anonymous or unknown signal giver closes it up front
        if self.anonymous:
            to = _t("Anonieme aanmelding: er is geen signaalgever om terug te koppelen.")
        elif recipient:
            to = _t("Aan: {org}").format(org=recipient)
        else:
            to = _t("Aan: de signaalgever van de aanmelding")
        self.recipient_label = QLabel(to)
        self.recipient_label.setObjectName("feedbackRecipient")
        self.recipient_label.setWordWrap(True)
        v.addWidget(self.recipient_label)
        note = QLabel(
            _t(
                "Beperkte terugkoppeling: geen inhoud van de bespreking, niets wat onder het "
                "beroepsgeheim valt en geen identiteitsgegevens."
            )
        )
        note.setWordWrap(True)
        v.addWidget(note)
        self.log_model = FeedbackLogModel(self)
        self.log = QTableView()
        self.log.setObjectName("feedbackLog")
        self.log.setAccessibleName(_t("Eerdere terugkoppelingen"))
        self.log.setModel(self.log_model)
        self.log.verticalHeader().hide()
        self.log.setTabKeyNavigation(False)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.setWordWrap(True)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.addWidget(self.log, 1)
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("feedbackTemplate")
        self.template.addItem(_t("— kies een sjabloon —"), "")
        for key, name, _text in templates():
            self.template.addItem(name, key)
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedbackText")
        self.text.setAccessibleName(_t("Tekst van de terugkoppeling"))
        self.text.setTabChangesFocus(True)
        form.addRow(_t("&Sjabloon:"), self.template)
        form.addRow(_t("&Tekst:"), self.text)
        v.addLayout(form)
        self.warning = QLabel()
        self.warning.setObjectName("feedbackWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(alert_style(bold=False))
        v.addWidget(self.warning)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(_t("&Opslaan"))
        self.save_button.setObjectName("saveFeedbackButton")
        close = QPushButton(_t("Sl&uiten"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        v.addLayout(buttons)
        outgoing = QHBoxLayout()
        self.letter_button = QPushButton(_t("&Brief aan de signaalgever…"))
        self.letter_button.setObjectName("letterButton")
        self.letter_button.clicked.connect(self.make_letter)
        self.form_button = QPushButton(_t("&Fiche voor de politie…"))
        self.form_button.setObjectName("feedbackFormButton")
        self.form_button.clicked.connect(self.open_form)
        outgoing.addWidget(self.letter_button)
        outgoing.addWidget(self.form_button)
        outgoing.addStretch(1)
        v.addLayout(outgoing)
        self.letter_pdf: bytes | None = None
        self.form_dialog: QDialog | None = None
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.save_button.clicked.connect(self.save)
        self.text.textChanged.connect(self._text_changed)
        editable = not self.anonymous and ctx.may(Permission.FOLLOW_UP)
        for w in (self.template, self.text, self.save_button):
            w.setEnabled(editable)
        no_letter = self.letter_refusal in (Refusal.SIGNAL_GIVER_ANONYMOUS, Refusal.SIGNAL_GIVER_UNKNOWN)
        self.letter_button.setEnabled(editable and not no_letter)
        if no_letter and self.letter_refusal is not None:
            self.warning.setText(refusal_message(self.letter_refusal))
        elif not self.anonymous and not editable:
            self.warning.setText(_t("Uw rol mag geen terugkoppeling registreren."))
        self.refresh()

    def open_form(self) -> QDialog:
        """The feedback form to the police for this case (its own editor; it does not depend on the signal giver)."""
        from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog

        self.form_dialog = FeedbackFormDialog(self.ctx, self.case_id, self)
        self.form_dialog.open()
        return self.form_dialog

    def make_letter(self) -> None:
        """The letter to the signal giver about the latest decision; the service refuses what the law does not
        allow, and records the refusal (asked before the window asks where to save)."""
        meeting_id = referrer_letter.letter_meeting(self.ctx, self.case_id)
        refusal = referrer_letter.letter_refusal(self.ctx, meeting_id, self.case_id, record=True)
        if refusal is not None or meeting_id is None:
            self.warning.setText(refusal_message(refusal or Refusal.NOT_DECIDED))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _t("Brief aan de signaalgever bewaren"), in_documents("brief-signaalgever.pdf"), _t("PDF (*.pdf)")
        )
        if not path:
            return
        ctx, case_id = self.ctx, self.case_id

        def work() -> bytes:
            pdf = referrer_letter.produce_letter(ctx, meeting_id, case_id)
            files.save_document(Path(path), pdf)
            return pdf

        def done(pdf: bytes) -> None:
            self.letter_pdf = pdf
            self.warning.setText(_t("De brief is bewaard en staat in de lijst van terugkoppelingen."))
            self.refresh()
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            reason = exc.reason if isinstance(exc, OutgoingRefusedError) else None
            if isinstance(exc, PermissionDenied):
                reason = Refusal.NOT_ALLOWED
            self.warning.setText(refusal_message(reason) if reason else str(exc))

        tasks.run_in_background(self, work, done, failed, busy_widgets=[self.letter_button])

    def refresh(self) -> None:
        self.log_model.set_rows(feedback_log.list_feedback(self.ctx, self.case_id))
        self.log.resizeColumnsToContents()
        self.log.resizeRowsToContents()

    def _template_chosen(self, _index: int) -> None:
        key = self.template.currentData()
        text = next((t for k, _n, t in templates() if k == key), None)
        if text is not None:
            self.text.setPlainText(text)
            self.text.moveCursor(QTextCursor.MoveOperation.End)  # ready to add a sentence

    def _text_changed(self) -> None:
        if self._confirmed_text is not None and self.text.toPlainText() != self._confirmed_text:
            self._confirmed_text = None
            self.warning.clear()
            self.save_button.setText(_t("&Opslaan"))

    def save(self) -> int | None:
        """Store the text; a text with the subject's identity needs a second click on the button."""
        text = self.text.toPlainText()
        warnings = feedback_log.check_text(self.ctx, self.case_id, text)
        if FeedbackWarning.EMPTY in warnings:
            self.warning.setText(_t("Schrijf eerst wat aan de signaalgever werd meegedeeld."))
            return None
        if FeedbackWarning.IDENTITY in warnings and self._confirmed_text != text:
            self._confirmed_text = text
            self.warning.setText(
                _t(
                    "Opgelet: de tekst bevat de naam of de geboortedatum van betrokkene. "
                    "Pas de tekst aan, of klik nogmaals om toch op te slaan."
                )
            )
            self.save_button.setText(_t("Toch &opslaan"))
            return None
        template = str(self.template.currentData() or "")  # the template the text started from
        try:
            feedback_id = feedback_log.add_feedback(self.ctx, self.case_id, text, template)
        except ValidationError as exc:  # too long, or a character that reverses the writing direction
            self.warning.setText("\n".join(validation_message(i) for i in exc.issues))
            return None
        self._confirmed_text = None
        self.text.clear()
        self.template.setCurrentIndex(0)
        self.warning.setText(_t("Terugkoppeling opgeslagen."))
        self.save_button.setText(_t("&Opslaan"))
        self.refresh()
        self.saved.emit()
        return feedback_id
