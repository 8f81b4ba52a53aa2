"""Minutes of one meeting: preview, print and save a variant, finalise, sign, verify.

Each variant shows and takes only its own fields (the organisation for the action list, identities
for the full minutes). Once finalised, the full minutes are the document the vault holds: preview,
print and save hand out its bytes, with its signatures (``services.signatures.stored_minutes``),
never a new rendering. The feedback form to the police and the letter to the signal giver are no
minutes: they are made per case (``views.followup``), and one line here says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.settings import LANGUAGE
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import files, meetings, minutes, reference, settings, signatures
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.minutes import wording
from livcr_desktop.views.minutes.finalising import FinalisingDialog
from livcr_desktop.views.minutes.wording import default_eid_library as default_eid_library  # its old home
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.messages import file_error_message
from livcr_desktop.views.widgets.pdf_print import page_images, paint_images, print_dpi
from livcr_desktop.views.widgets.save_location import in_documents

T = TypeVar("T")
_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


class MinutesDialog(FinalisingDialog):
    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.trust_roots: list[bytes] = []  # DER certificates whose signers the verification trusts
        self.last_verdict: signatures.Verdict | None = None
        self.last_pdf: bytes | None = None  # the document the last preview, print or save handed out
        self.task: BackgroundTask[Any] | None = None
        self.outcome: bool | None = None
        self.export_warned = False  # saving warns once that the file leaves the encrypted vault
        self.finalise_error = ""  # why the last finalising failed, shown with the state
        self.render_error = ""  # why the last document could not be laid out, shown with the state
        self.stored: minutes.MinutesDocumentInfo | None = None  # the stored full minutes, once finalised
        self.meeting = meetings.get_meeting(ctx, meeting_id)
        self.language = str(settings.get(ctx, LANGUAGE))  # the cell's: documents and their file names
        self.setObjectName("minutesDialog")
        self.setWindowTitle(_t("Verslag van vergadering {number}").format(number=self.meeting.number))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("minutesState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        choose = self.choose_box = QGroupBox(_t("Document"))
        form = self.form = QFormLayout(choose)
        self.variant = QComboBox()
        self.variant.setObjectName("variantCombo")
        for v, text in (
            (Variant.FULL, _t("Volledig verslag (archief van de cel)")),
            (Variant.ACTIONS, _t("Actielijst voor één organisatie")),
        ):
            self.variant.addItem(text, v.value)
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisationCombo")
        self.short_names: dict[int, str] = {}
        for o in reference.list_organisations(ctx):
            self.organisation.addItem(o.name, o.id)
            self.short_names[o.id] = o.short_name
        self.identity = QCheckBox(_t("Identiteiten afdrukken (wordt gelogd)"))
        self.identity.setObjectName("identityCheck")
        self.stored_note = QLabel()
        self.stored_note.setObjectName("storedNote")
        self.stored_note.setWordWrap(True)
        self.outgoing_hint = QLabel(
            _t(
                "De terugkoppelingsfiche aan de politie en de brief aan de signaalgever maakt u per casus: "
                "Opvolging > Terugkoppeling aan signaalgever."
            )
        )
        self.outgoing_hint.setObjectName("outgoingHint")
        self.outgoing_hint.setWordWrap(True)
        form.addRow(_t("&Soort:"), self.variant)
        form.addRow("", self.outgoing_hint)
        form.addRow(_t("O&rganisatie:"), self.organisation)
        form.addRow("", self.identity)
        form.addRow("", self.stored_note)
        layout.addWidget(choose)
        row = QHBoxLayout()
        self.preview_button = QPushButton(_t("&Afdrukvoorbeeld…"))
        self.preview_button.setObjectName("previewButton")
        self.print_button = QPushButton(_t("Af&drukken…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(_t("Opslaan als &PDF…"))
        self.save_button.setObjectName("saveButton")
        for b in (self.preview_button, self.print_button, self.save_button):
            row.addWidget(b)
        layout.addLayout(row)

        final = self.final_box = QGroupBox(_t("Finaliseren en ondertekenen"))
        fl = QHBoxLayout(final)
        self.finalise_button = QPushButton(_t("&Finaliseren…"))
        self.finalise_button.setObjectName("finaliseButton")
        self.sign_button = QPushButton(_t("&Ondertekenen met certificaat (.p12)…"))
        self.sign_button.setObjectName("signButton")
        self.token_button = QPushButton(_t("Ondertekenen met &eID-kaart…"))
        self.token_button.setObjectName("signWithTokenButton")
        self.addendum_button = QPushButton(_t("Adde&ndum…"))
        self.verify_button = QPushButton(_t("&Handtekening controleren…"))
        for b in (self.finalise_button, self.sign_button, self.token_button, self.addendum_button, self.verify_button):
            fl.addWidget(b)
        layout.addWidget(final)
        self.message = QLabel()
        self.message.setObjectName("minutesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.variant.currentIndexChanged.connect(self._variant_changed)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        self.finalise_button.clicked.connect(self.finalise)
        self.sign_button.clicked.connect(self.sign_with_p12)
        self.token_button.clicked.connect(self.sign_with_eid)
        self.addendum_button.clicked.connect(self.addendum)
        self.verify_button.clicked.connect(self.verify_file)
        self._refresh_state()

    # -- state -----------------------------------------------------------------------------------

    def current_variant(self) -> Variant:
        return Variant(self.variant.currentData())

    def uses_stored_document(self) -> bool:
        """Whether the chosen document is the stored one: the full minutes of a finalised meeting."""
        return self.current_variant() is Variant.FULL and self.stored is not None

    def _variant_changed(self, *_: object) -> None:
        """Show only the fields the chosen document takes (a hidden field is never passed on)."""
        v = self.current_variant()
        self.form.setRowVisible(self.organisation, v is Variant.ACTIONS)
        self.form.setRowVisible(self.identity, v is Variant.FULL and self.stored is None)
        self.form.setRowVisible(self.stored_note, self.uses_stored_document())

    def _refresh_state(self) -> None:
        self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
        docs = minutes.documents(self.ctx, self.meeting_id)
        finalised = self.meeting.status is MeetingStatus.FINALISED
        full = [d for d in docs if d.variant == Variant.FULL.value and not d.is_addendum]
        self.stored = full[-1] if finalised and full else None
        signed_by = [f for f in (self.stored.signed_by.split(",") if self.stored else []) if f]
        if finalised:
            base = full[0] if full else None
            text = (
                _t("Gefinaliseerd; SHA-256 {hash}.").format(hash=base.sha256[:16] + "…")
                if base is not None
                else _t("Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import).")
            )
            if signed_by:
                text += " " + _t("Ondertekend door: {who}.").format(who=", ".join(signed_by))
        elif self.finalise_error:
            text = _t("Nog niet gefinaliseerd: finaliseren is mislukt. {reason}").format(reason=self.finalise_error)
        elif self.meeting.status is not MeetingStatus.CLOSED:
            text = _t(
                "De vergadering is nog niet afgesloten: het verslag kan nog wijzigen en nog niet gefinaliseerd worden."
            )
        else:
            text = _t('Nog niet gefinaliseerd: het verslag kan nog wijzigen (elke pagina draagt "ONTWERP").')
        if self.unprintable and not finalised:
            text += " " + wording.unprintable_text(self.unprintable)
        if self.render_error:
            text += " " + _t("Het document kon niet opgemaakt worden: {reason}").format(reason=self.render_error)
        self.state.setText(text)
        note = ""
        if self.stored is not None:
            note = _t(
                "Dit is het gefinaliseerde verslag zoals de kluis het bewaart: voorbeeld, afdrukken en opslaan "
                "geven precies dat document."
            )
            if signed_by:
                note += " " + _t("Ondertekend door: {who}.").format(who=", ".join(signed_by))
        self.stored_note.setText(note)
        self.finalise_button.setEnabled(self.meeting.status is MeetingStatus.CLOSED)
        can_sign = self.stored is not None and len(signed_by) < 2  # the chair's and the secretary's
        self.sign_button.setEnabled(can_sign)
        self.token_button.setEnabled(can_sign)
        self.addendum_button.setEnabled(finalised)
        self._variant_changed()

    # -- documents -------------------------------------------------------------------------------

    def _document_call(self, purpose: str) -> Callable[[], bytes]:
        """The chosen document with the choices read now (on the GUI thread): each variant gets only its
        own parameters; the full minutes of a finalised meeting are the stored bytes, never re-rendered."""
        ctx, meeting_id, v = self.ctx, self.meeting_id, self.current_variant()
        if self.uses_stored_document():

            def stored() -> bytes:
                found = signatures.stored_minutes(ctx, meeting_id)
                if found is None:  # e.g. removed by a restore meanwhile
                    raise signatures.NothingToSignError(meeting_id)
                return found.pdf

            return stored
        organisation_id = self.organisation.currentData() if v is Variant.ACTIONS else None
        include_identity = self.identity.isChecked() and v is Variant.FULL
        return lambda: (
            minutes.render_variant(
                ctx,
                meeting_id,
                v,
                organisation_id=organisation_id,
                include_identity=include_identity,
                purpose=purpose,
            ).pdf
        )

    def _render_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, minutes.MinutesRenderError):  # its message is in the document's language
            _log.info("minutes dialog: a document could not be laid out: %s", exc.detail.split(":", 1)[0])
            self.render_error = exc.message
            self._refresh_state()
            self.message.setText(exc.message)
            return True
        if isinstance(exc, signatures.NothingToSignError):
            self.message.setText(_t("Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import)."))
            return True
        if isinstance(exc, ValueError):
            self.message.setText(_t("Kies eerst een organisatie."))
            return True
        return False

    def build_pdf(self, purpose: str) -> bytes | None:
        """The chosen document here and now (the buttons make it in the background)."""
        try:
            return self._document_call(purpose)()
        except (
            minutes.MinutesRenderError,
            signatures.NothingToSignError,
            ValueError,
        ) as exc:
            self._render_failed(exc)
        return None

    def preview(self) -> BackgroundTask[Any]:
        document = self._document_call("print")

        def pages() -> tuple[bytes, list[Any]]:
            pdf = document()
            return pdf, page_images(pdf)

        return self._run(_t("Het document wordt opgemaakt…"), pages, self._show_preview, self._render_failed)

    def _rendered(self) -> None:
        """A document was made: an earlier layout failure no longer stands in the state."""
        if self.render_error:
            self.render_error = ""
            self._refresh_state()

    def _show_preview(self, made: tuple[bytes, list[Any]]) -> None:
        self.last_pdf, images = made
        self.message.clear()
        self._rendered()
        dialog = QPrintPreviewDialog(self)
        dialog.setObjectName("minutesPreview")
        room = self.screen().availableGeometry()  # a page must be readable: Qt's default is a small window
        dialog.resize(min(room.width(), 1100), int(room.height() * 0.9))
        dialog.paintRequested.connect(lambda printer: paint_images(printer, images))
        dialog.exec()

    def print_(self) -> BackgroundTask[Any]:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        document, dpi = self._document_call("print"), print_dpi(printer)

        def pages() -> tuple[bytes, list[Any]]:
            pdf = document()
            return pdf, page_images(pdf, dpi=dpi)

        return self._run(
            _t("Het document wordt opgemaakt…"),
            pages,
            lambda made: self._print_images(printer, made),
            self._render_failed,
        )

    def _print_images(self, printer: QPrinter, made: tuple[bytes, list[Any]]) -> None:
        pdf, images = made
        self.message.clear()
        self._rendered()
        printer.setDocName(Path(self.default_file_name()).stem)
        if QPrintDialog(printer, self).exec():
            self.last_pdf = pdf
            paint_images(printer, images)

    def default_file_name(self) -> str:
        """The proposed name, in the cell's language: "verslag-2026-04.pdf", "proces-verbal-2026-04.pdf"…"""
        v = self.current_variant()
        detail = ""
        if v is Variant.ACTIONS and self.organisation.currentData() is not None:
            detail = self.short_names.get(self.organisation.currentData(), "")
        return wording.default_file_name(self.language, v, self.meeting.number, detail)

    def save_pdf(self) -> BackgroundTask[bytes] | None:
        if not self.export_warned:
            answer = QMessageBox.warning(
                self,
                _t("Opslaan buiten de kluis"),
                wording.unencrypted_warning(),
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Ok,
            )
            if answer != QMessageBox.StandardButton.Ok:
                return None
            self.export_warned = True  # once per dialog
        return self._run(
            _t("Het document wordt opgemaakt…"), self._document_call("export"), self._ask_and_save, self._render_failed
        )

    def _ask_and_save(self, pdf: bytes) -> None:
        self.message.clear()
        self._rendered()
        path, _ = QFileDialog.getSaveFileName(
            self, _t("Opslaan als PDF"), in_documents(self.default_file_name()), _t("PDF (*.pdf)")
        )
        if path and self.write_file(Path(path), pdf):
            self.last_pdf = pdf

    def write_file(self, path: Path, data: bytes) -> bool:
        """Write the PDF durably (temporary file, every byte, fsync, rename); the old file stays on failure."""
        try:
            files.save_document(path, data)
        except OSError as exc:
            self.message.setText(_t("Niet bewaard: {error}").format(error=file_error_message(exc)))
            return False
        self.message.setText(_t("Bewaard: {path}").format(path=str(path)))
        return True
