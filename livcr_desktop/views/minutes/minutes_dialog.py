"""Minutes of one meeting: preview and print, save a variant, record consent, finalise, sign, verify."""

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
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import AttendanceStatus, MeetingStatus
from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import files, meetings, minutes, reference, signatures
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.messages import file_error_message
from livcr_desktop.views.widgets.pdf_print import page_images, paint_images, print_dpi

T = TypeVar("T")
_log = logging.getLogger(__name__)

SIGNING_MESSAGES = {
    "wrong_password": noop(
        "MinutesDialog", "Het wachtwoord van het certificaatbestand klopt niet. Er werd niets ondertekend."
    ),
    "bad_file": noop("MinutesDialog", "Dit is geen leesbaar PKCS#12-bestand (.p12/.pfx). Er werd niets ondertekend."),
    "expired": noop("MinutesDialog", "Dit certificaat is verlopen. Er werd niets ondertekend."),
    "not_yet_valid": noop("MinutesDialog", "Dit certificaat is nog niet geldig. Er werd niets ondertekend."),
    "no_token": noop("MinutesDialog", "Geen kaart of token gevonden. Steek de eID in de lezer en probeer opnieuw."),
    "no_library": noop("MinutesDialog", "De middleware voor de kaartlezer (PKCS#11) is niet gevonden."),
    "wrong_pin": noop("MinutesDialog", "De pincode klopt niet. Er werd niets ondertekend."),
    "pin_locked": noop("MinutesDialog", "De pincode van de kaart is geblokkeerd. Er werd niets ondertekend."),
    "pin_required": noop("MinutesDialog", "De kaart vraagt een pincode. Er werd niets ondertekend."),
    "no_key": noop("MinutesDialog", "Op de kaart of token staat geen handtekeningsleutel. Er werd niets ondertekend."),
    "several_tokens": noop(
        "MinutesDialog", "Er zijn meerdere kaarten of tokens: laat er één in de lezer. Er werd niets ondertekend."
    ),
    "failed": noop("MinutesDialog", "Ondertekenen is mislukt. Er werd niets ondertekend."),
}


VERDICT_MESSAGES = {  # services.signatures.Verdict.code: the same verdict as ``livcr-desktop verify``
    "ok": noop("MinutesDialog", "Oordeel: in orde."),
    "unsigned": noop("MinutesDialog", "Oordeel: NIET in orde (geen leesbare handtekening)."),
    "tampered": noop("MinutesDialog", "Oordeel: NIET in orde (gewijzigd na ondertekening)."),
    "untrusted": noop("MinutesDialog", "Oordeel: NIET in orde (ondertekenaar niet vertrouwd)."),
    "not_in_vault": noop("MinutesDialog", "Oordeel: NIET in orde (niet in de kluis)."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


def default_eid_library() -> str:
    """Where the Belgian eID middleware puts its PKCS#11 module on this kind of system."""
    import sys

    if sys.platform.startswith("win"):
        return "beidpkcs11.dll"
    if sys.platform == "darwin":
        return "/Library/Belgium Identity Card/Pkcs11/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib"
    for candidate in (
        "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0",
        "/usr/lib/libbeidpkcs11.so.0",
        "/usr/lib/aarch64-linux-gnu/libbeidpkcs11.so.0",
    ):
        if Path(candidate).exists():
            return candidate
    return "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0"


class MinutesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.trust_roots: list[bytes] = []  # DER certificates whose signers the verification trusts
        self.last_verdict: signatures.Verdict | None = None
        self.task: BackgroundTask[Any] | None = None
        self.outcome: bool | None = None
        self.meeting = meetings.get_meeting(ctx, meeting_id)
        self.setObjectName("minutesDialog")
        self.setWindowTitle(_t("Verslag van vergadering {number}").format(number=self.meeting.number))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("minutesState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        choose = self.choose_box = QGroupBox(_t("Document"))
        form = QFormLayout(choose)
        self.variant = QComboBox()
        self.variant.setObjectName("variantCombo")
        for v, text in (
            (Variant.FULL, _t("Volledig verslag (archief van de cel)")),
            (Variant.ACTIONS, _t("Actielijst voor één organisatie")),
            (Variant.FEEDBACK, _t("Terugkoppelingsfiche aan de politie")),
            (Variant.REFERRER_LETTER, _t("Terugkoppeling aan de signaalgever")),
        ):
            self.variant.addItem(text, v.value)
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisationCombo")
        for o in reference.list_organisations(ctx):
            self.organisation.addItem(o.name, o.id)
        self.case = QComboBox()
        self.case.setObjectName("caseCombo")
        for e in self.meeting.agenda:
            if e.case_id is not None:
                self.case.addItem(e.case_code, e.case_id)
        self.identity = QCheckBox(_t("Identiteiten afdrukken (wordt gelogd)"))
        self.identity.setObjectName("identityCheck")
        form.addRow(_t("&Soort:"), self.variant)
        form.addRow(_t("&Organisatie:"), self.organisation)
        form.addRow(_t("&Casus:"), self.case)
        form.addRow("", self.identity)
        layout.addWidget(choose)
        row = QHBoxLayout()
        self.preview_button = QPushButton(_t("&Afdrukvoorbeeld…"))
        self.print_button = QPushButton(_t("Af&drukken…"))
        self.save_button = QPushButton(_t("Opslaan als &PDF…"))
        for b in (self.preview_button, self.print_button, self.save_button):
            row.addWidget(b)
        layout.addLayout(row)

        consent = self.consent_box = QGroupBox(_t("Instemming met de terugkoppelingsfiche (alle aanwezige leden)"))
        self.consent_layout = QVBoxLayout(consent)
        self.consent_boxes: dict[int, QCheckBox] = {}
        for a in self.meeting.attendance:
            if a.status is AttendanceStatus.PRESENT:
                box = QCheckBox(f"{a.member_name} — {a.organisation}")
                box.setObjectName(f"consent_{a.member_id}")
                box.setChecked(a.feedback_consent)
                box.toggled.connect(lambda on, member=a.member_id: self._consent(member, on))
                self.consent_boxes[a.member_id] = box
                self.consent_layout.addWidget(box)
        layout.addWidget(consent)

        final = self.final_box = QGroupBox(_t("Finaliseren en ondertekenen"))
        fl = QHBoxLayout(final)
        self.finalise_button = QPushButton(_t("&Finaliseren…"))
        self.sign_button = QPushButton(_t("&Ondertekenen met certificaat (.p12)…"))
        self.token_button = QPushButton(_t("Ondertekenen met &eID-kaart…"))
        self.token_button.setObjectName("signWithTokenButton")
        self.addendum_button = QPushButton(_t("Adden&dum…"))
        self.verify_button = QPushButton(_t("Handtekening &controleren…"))
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
        self._variant_changed()
        self._refresh_state()

    # -- state -----------------------------------------------------------------------------------

    def current_variant(self) -> Variant:
        return Variant(self.variant.currentData())

    def _variant_changed(self, *_: object) -> None:
        v = self.current_variant()
        self.organisation.setEnabled(v is Variant.ACTIONS)
        self.case.setEnabled(v is Variant.REFERRER_LETTER)
        self.identity.setEnabled(v is Variant.FULL)

    def _refresh_state(self) -> None:
        self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
        docs = minutes.documents(self.ctx, self.meeting_id)
        finalised = self.meeting.status is MeetingStatus.FINALISED
        signed = [d for d in docs if d.signed_by]
        if finalised:
            base = next((d for d in docs if d.variant == Variant.FULL.value and not d.signed_by), None)
            text = (
                _t("Gefinaliseerd; SHA-256 {hash}.").format(hash=base.sha256[:16] + "…")
                if base is not None
                else _t("Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import).")
            )
            if signed:
                text += " " + _t("Ondertekend door: {who}.").format(who=signed[-1].signed_by)
        else:
            text = _t("Nog niet gefinaliseerd: het verslag kan nog wijzigen.")
        self.state.setText(text)
        self.finalise_button.setEnabled(not finalised)
        self.sign_button.setEnabled(finalised and len(signed[-1].signed_by.split(",")) < 2 if signed else finalised)
        self.token_button.setEnabled(self.sign_button.isEnabled())
        self.addendum_button.setEnabled(finalised)
        for box in self.consent_boxes.values():
            box.setEnabled(not finalised)

    def _consent(self, member_id: int, agreed: bool) -> None:
        complete = minutes.record_feedback_consent(self.ctx, self.meeting_id, member_id, agreed)
        self.message.setText(
            _t("Alle aanwezigen stemmen in: de fiche kan opgemaakt worden.")
            if complete
            else _t("Nog niet alle aanwezigen stemden in.")
        )

    # -- work off the GUI thread ------------------------------------------------------------------

    def _run(
        self,
        busy_text: str,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], bool] | None = None,
    ) -> BackgroundTask[T]:
        """Run ``fn`` in the background: every action disabled, a busy cursor and ``busy_text`` meanwhile.

        ``on_failure`` shows the message for the errors it knows and returns True; others get a
        generic message. ``self.outcome`` is True after a success, False after a failure (tests read it).
        """
        self.outcome = None
        self.message.setText(busy_text)

        def succeeded(result: T) -> None:
            self.outcome = True
            self.message.clear()  # the busy text goes; the result says what happened
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.outcome = False
            self.message.clear()
            if on_failure is not None and on_failure(exc):
                return
            if isinstance(exc, PermissionDenied):
                self.message.setText(_t("Uw rol laat dit niet toe."))
            elif isinstance(exc, OSError):
                self.message.setText(_t("Niet gelukt: {error}").format(error=file_error_message(exc)))
            else:
                _log.error("minutes dialog: %s failed: %s", busy_text, type(exc).__name__)
                self.message.setText(_t("Dit is mislukt ({error}).").format(error=type(exc).__name__))

        self.task = BackgroundTask(self, fn, succeeded, failed, busy_widgets=self.busy_widgets)
        return self.task.start()

    @property
    def busy_widgets(self) -> list[QWidget]:
        """What would conflict with work in progress: every choice and every action of the dialog."""
        return [
            self.choose_box,
            self.preview_button,
            self.print_button,
            self.save_button,
            self.consent_box,
            self.final_box,
        ]

    # -- documents -------------------------------------------------------------------------------

    def _render_call(self, purpose: str) -> Callable[[], bytes]:
        """The rendering of the chosen document, with the choices read now (on the GUI thread)."""
        v = self.current_variant()
        organisation_id, case_id = self.organisation.currentData(), self.case.currentData()
        include_identity = self.identity.isChecked() and v is Variant.FULL
        ctx, meeting_id = self.ctx, self.meeting_id
        return lambda: (
            minutes.render_variant(
                ctx,
                meeting_id,
                v,
                organisation_id=organisation_id,
                include_identity=include_identity,
                case_id=case_id,
                purpose=purpose,
            ).pdf
        )

    def _render_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, minutes.ConsensusMissingError):
            self.message.setText(
                _t("De terugkoppelingsfiche kan pas opgemaakt worden als alle aanwezige leden instemmen (GwH 52/2021).")
            )
            return True
        if isinstance(exc, ValueError):
            self.message.setText(_t("Kies eerst een organisatie of casus."))
            return True
        return False

    def build_pdf(self, purpose: str) -> bytes | None:
        """Render the chosen document here and now (the buttons render in the background)."""
        try:
            return self._render_call(purpose)()
        except (minutes.ConsensusMissingError, ValueError) as exc:
            self._render_failed(exc)
        return None

    def preview(self) -> BackgroundTask[Any]:
        render = self._render_call("print")
        return self._run(
            _t("Het document wordt opgemaakt…"), lambda: page_images(render()), self._show_preview, self._render_failed
        )

    def _show_preview(self, images: list[Any]) -> None:
        self.message.clear()
        dialog = QPrintPreviewDialog(self)
        dialog.paintRequested.connect(lambda printer: paint_images(printer, images))
        dialog.exec()

    def print_(self) -> BackgroundTask[Any]:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        render, dpi = self._render_call("print"), print_dpi(printer)
        return self._run(
            _t("Het document wordt opgemaakt…"),
            lambda: page_images(render(), dpi=dpi),
            lambda images: self._print_images(printer, images),
            self._render_failed,
        )

    def _print_images(self, printer: QPrinter, images: list[Any]) -> None:
        self.message.clear()
        if QPrintDialog(printer, self).exec():
            paint_images(printer, images)

    def save_pdf(self) -> BackgroundTask[bytes]:
        return self._run(
            _t("Het document wordt opgemaakt…"), self._render_call("export"), self._ask_and_save, self._render_failed
        )

    def _ask_and_save(self, pdf: bytes) -> None:
        self.message.clear()
        name = f"{self.meeting.number.replace('/', '-')}-{self.current_variant().value}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, _t("Opslaan als PDF"), name, _t("PDF (*.pdf)"))
        if path:
            self.write_file(Path(path), pdf)

    def write_file(self, path: Path, data: bytes) -> bool:
        """Write the PDF durably (temporary file, every byte, fsync, rename); the old file stays on failure."""
        try:
            files.save_document(path, data)
        except OSError as exc:
            self.message.setText(_t("Niet bewaard: {error}").format(error=file_error_message(exc)))
            return False
        self.message.setText(_t("Bewaard: {path}").format(path=str(path)))
        return True

    def finalise(self) -> BackgroundTask[minutes.MinutesDocumentInfo] | None:
        answer = QMessageBox.question(
            self,
            _t("Verslag finaliseren"),
            _t("Na het finaliseren is de vergadering vergrendeld; correcties worden een addendum. Doorgaan?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        ctx, meeting_id, identity = self.ctx, self.meeting_id, self.identity.isChecked()

        def finalised(info: minutes.MinutesDocumentInfo) -> None:
            self.message.setText(_t("Gefinaliseerd. SHA-256: {hash}").format(hash=info.sha256))
            self._refresh_state()

        def failed(exc: BaseException) -> bool:
            self._refresh_state()
            return False

        return self._run(
            _t("Het verslag wordt gefinaliseerd…"),
            lambda: minutes.finalise(ctx, meeting_id, include_identity=identity),
            finalised,
            failed,
        )

    def addendum(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, _t("Addendum"), _t("Correctie of aanvulling:"))
        if ok and text.strip():
            info = minutes.add_addendum(self.ctx, self.meeting_id, text)
            self.message.setText(_t("Addendum bewaard (SHA-256 {hash}).").format(hash=info.sha256[:16] + "…"))

    # -- signing and verifying (services.signatures: the same use case as ``livcr-desktop verify``) ----

    def sign_with_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Certificaat kiezen"), "", _t("PKCS#12 (*.p12 *.pfx)"))
        if not path:
            return
        password, ok = QInputDialog.getText(
            self, _t("Wachtwoord"), _t("Wachtwoord van het certificaatbestand:"), QLineEdit.EchoMode.Password
        )
        if ok:
            self.sign_file(Path(path), password)

    def sign_file(self, p12: Path, password: str) -> BackgroundTask[signatures.Signed]:
        """Sign the latest revision with a PKCS#12 certificate (chair first, then secretary)."""
        return self._sign(signatures.Pkcs12File(p12, password))

    def sign_with_eid(self) -> None:
        library, ok = QInputDialog.getText(
            self,
            _t("Ondertekenen met eID-kaart"),
            _t("PKCS#11-bibliotheek van de eID-middleware (de pincode vraagt de middleware zelf):"),
            text=default_eid_library(),
        )
        if ok and library.strip():
            self.sign_with_token(Path(library.strip()))

    def sign_with_token(
        self, library: Path, pin: str | None = None, token_label: str | None = None
    ) -> BackgroundTask[signatures.Signed]:
        """Sign with a PKCS#11 token: the Belgian eID card through its middleware, or another token."""
        return self._sign(signatures.Pkcs11Token(library, pin=pin, token_label=token_label))

    def _sign(self, source: signatures.SignerSource) -> BackgroundTask[signatures.Signed]:
        ctx, meeting_id = self.ctx, self.meeting_id

        def signed(result: signatures.Signed) -> None:
            self.message.setText(_t("Ondertekend ({field}).").format(field=result.field_name))
            self._refresh_state()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, signatures.SigningError):
                self.message.setText(_t(SIGNING_MESSAGES.get(exc.code, SIGNING_MESSAGES["failed"])))
            elif isinstance(exc, signatures.AlreadySignedError):
                self.message.setText(_t("Beide handtekeningen staan er al."))
            elif isinstance(exc, signatures.NothingToSignError):
                self.message.setText(_t("Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import)."))
            else:
                return False
            return True

        return self._run(
            _t("Bezig met ondertekenen…"), lambda: signatures.sign_minutes(ctx, meeting_id, source), signed, failed
        )

    def verify_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Ondertekend verslag controleren"), "", _t("PDF (*.pdf)"))
        if path:
            self.verify_path(Path(path))

    def verify_path(self, path: Path) -> BackgroundTask[signatures.Verdict]:
        """Read and verify ``path`` in the background against ``trust_roots`` and this vault's hashes."""
        ctx, roots = self.ctx, list(self.trust_roots)

        def verified(verdict: signatures.Verdict) -> None:
            self.last_verdict = verdict
            self.message.setText(self.verdict_text(verdict))

        return self._run(
            _t("Bezig met controleren…"),
            lambda: signatures.verify_in_vault(ctx, Path(path).read_bytes(), roots),
            verified,
        )

    def verification_text(self, pdf: bytes) -> str:
        """Verify ``pdf`` here and now and word the verdict (the button verifies in the background)."""
        verdict = signatures.verify_in_vault(self.ctx, pdf, self.trust_roots)
        self.last_verdict = verdict
        return self.verdict_text(verdict)

    def verdict_text(self, verdict: signatures.Verdict) -> str:
        found = verdict.in_vault
        lines = [
            _t("In de kluis: ja (document {id}).").format(id=found.document_id)
            if found
            else _t("In de kluis: NEE — dit bestand is niet zoals het bewaard werd.")
        ]
        if not verdict.signatures:
            lines.append(_t("Geen (leesbare) handtekening gevonden."))
        for r in verdict.signatures:
            state = (
                _t("ongewijzigd sinds ondertekening") if r.unchanged_since_signing else _t("GEWIJZIGD NA ONDERTEKENING")
            )
            when = r.signing_time.strftime("%d/%m/%Y %H:%M") if r.signing_time else "?"
            trust = _t("vertrouwde ondertekenaar") if r.trusted else _t("ondertekenaar niet vertrouwd")
            lines.append(f"{r.field_name}: {r.signer}, {when} — {state}, {trust}")
        lines.append(_t(VERDICT_MESSAGES[verdict.code]))
        return "\n".join(lines)
