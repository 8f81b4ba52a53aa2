"""Minutes of one meeting: preview and print, save a variant, record consent, finalise, sign, verify."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import files, meetings, minutes, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.messages import file_error_message
from livcr_desktop.views.pdf_print import paint_pdf

SIGNING_MESSAGES = {
    "wrong_password": noop(
        "MinutesDialog", "Het wachtwoord van het certificaatbestand klopt niet. Er werd niets ondertekend."
    ),
    "bad_file": noop(
        "MinutesDialog", "Dit is geen leesbaar PKCS#12-bestand (.p12/.pfx). Er werd niets ondertekend."
    ),
    "expired": noop(
        "MinutesDialog", "Dit certificaat is verlopen. Er werd niets ondertekend."
    ),
    "not_yet_valid": noop(
        "MinutesDialog", "Dit certificaat is nog niet geldig. Er werd niets ondertekend."
    ),
    "no_token": noop(
        "MinutesDialog", "Geen kaart of token gevonden. Steek de eID in de lezer en probeer opnieuw."
    ),
    "no_library": noop(
        "MinutesDialog", "De middleware voor de kaartlezer (PKCS#11) is niet gevonden."
    ),
    "wrong_pin": noop(
        "MinutesDialog", "De pincode klopt niet. Er werd niets ondertekend."
    ),
    "pin_locked": noop(
        "MinutesDialog", "De pincode van de kaart is geblokkeerd. Er werd niets ondertekend."
    ),
    "pin_required": noop(
        "MinutesDialog", "De kaart vraagt een pincode. Er werd niets ondertekend."
    ),
    "no_key": noop(
        "MinutesDialog", "Op de kaart of token staat geen handtekeningsleutel. Er werd niets ondertekend."
    ),
    "several_tokens": noop(
        "MinutesDialog", "Er zijn meerdere kaarten of tokens: laat er één in de lezer. Er werd niets ondertekend."
    ),
    "failed": noop(
        "MinutesDialog", "Ondertekenen is mislukt. Er werd niets ondertekend."
    ),
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
    for candidate in ("/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0", "/usr/lib/libbeidpkcs11.so.0",
                      "/usr/lib/aarch64-linux-gnu/libbeidpkcs11.so.0"):
        if Path(candidate).exists():
            return candidate
    return "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0"


class MinutesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.meeting = meetings.get_meeting(ctx, meeting_id)
        self.setObjectName("minutesDialog")
        self.setWindowTitle(_t("Verslag van vergadering {number}").format(number=self.meeting.number))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("minutesState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        choose = QGroupBox(_t("Document"))
        form = QFormLayout(choose)
        self.variant = QComboBox()
        self.variant.setObjectName("variantCombo")
        for v, text in ((Variant.FULL, _t("Volledig verslag (archief van de cel)")),
                        (Variant.ACTIONS, _t("Actielijst voor één organisatie")),
                        (Variant.FEEDBACK, _t("Terugkoppelingsfiche aan de politie")),
                        (Variant.REFERRER_LETTER, _t("Terugkoppeling aan de signaalgever"))):
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

        consent = QGroupBox(_t("Instemming met de terugkoppelingsfiche (alle aanwezige leden)"))
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

        final = QGroupBox(_t("Finaliseren en ondertekenen"))
        fl = QHBoxLayout(final)
        self.finalise_button = QPushButton(_t("&Finaliseren…"))
        self.sign_button = QPushButton(_t("&Ondertekenen met certificaat (.p12)…"))
        self.token_button = QPushButton(_t("Ondertekenen met &eID-kaart…"))
        self.token_button.setObjectName("signWithTokenButton")
        self.addendum_button = QPushButton(_t("Adden&dum…"))
        self.verify_button = QPushButton(_t("Handtekening &controleren…"))
        for b in (self.finalise_button, self.sign_button, self.token_button, self.addendum_button,
                  self.verify_button):
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
            text = (_t("Gefinaliseerd; SHA-256 {hash}.").format(hash=base.sha256[:16] + "…") if base is not None
                    else _t("Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import)."))
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
        self.message.setText(_t("Alle aanwezigen stemmen in: de fiche kan opgemaakt worden.") if complete
                             else _t("Nog niet alle aanwezigen stemden in."))

    # -- documents -------------------------------------------------------------------------------

    def build_pdf(self, purpose: str) -> bytes | None:
        v = self.current_variant()
        try:
            return minutes.render_variant(
                self.ctx, self.meeting_id, v, organisation_id=self.organisation.currentData(),
                include_identity=self.identity.isChecked() and v is Variant.FULL, case_id=self.case.currentData(),
                purpose=purpose,
            ).pdf
        except minutes.ConsensusMissingError:
            self.message.setText(_t("De terugkoppelingsfiche kan pas opgemaakt worden als alle aanwezige leden "
                                    "instemmen (GwH 52/2021)."))
        except ValueError:
            self.message.setText(_t("Kies eerst een organisatie of casus."))
        return None

    def preview(self) -> None:
        pdf = self.build_pdf("print")
        if pdf is None:
            return
        dialog = QPrintPreviewDialog(self)
        dialog.paintRequested.connect(lambda printer: paint_pdf(printer, pdf))
        dialog.exec()

    def print_(self) -> None:
        pdf = self.build_pdf("print")
        if pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            paint_pdf(printer, pdf)

    def save_pdf(self) -> None:
        pdf = self.build_pdf("export")
        if pdf is None:
            return
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

    def finalise(self) -> None:
        answer = QMessageBox.question(
            self, _t("Verslag finaliseren"),
            _t("Na het finaliseren is de vergadering vergrendeld; correcties worden een addendum. Doorgaan?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        info = minutes.finalise(self.ctx, self.meeting_id, include_identity=self.identity.isChecked())
        self.message.setText(_t("Gefinaliseerd. SHA-256: {hash}").format(hash=info.sha256))
        self._refresh_state()

    def addendum(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, _t("Addendum"), _t("Correctie of aanvulling:"))
        if ok and text.strip():
            info = minutes.add_addendum(self.ctx, self.meeting_id, text)
            self.message.setText(_t("Addendum bewaard (SHA-256 {hash}).").format(hash=info.sha256[:16] + "…"))

    def sign_with_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Certificaat kiezen"), "", _t("PKCS#12 (*.p12 *.pfx)"))
        if not path:
            return
        password, ok = QInputDialog.getText(self, _t("Wachtwoord"), _t("Wachtwoord van het certificaatbestand:"),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.sign_file(Path(path), password)

    def sign_file(self, p12: Path, password: str) -> bool:
        """Sign the latest revision with a PKCS#12 certificate (chair first, then secretary)."""
        from livcr_desktop.reports import signing

        return self._sign(lambda: signing.load_pkcs12(p12, password))

    def sign_with_eid(self) -> None:
        library, ok = QInputDialog.getText(
            self, _t("Ondertekenen met eID-kaart"),
            _t("PKCS#11-bibliotheek van de eID-middleware (de pincode vraagt de middleware zelf):"),
            text=default_eid_library())
        if ok and library.strip():
            self.sign_with_token(Path(library.strip()))

    def sign_with_token(self, library: Path, pin: str | None = None, token_label: str | None = None) -> bool:
        """Sign with a PKCS#11 token: the Belgian eID card through its middleware, or another token."""
        from livcr_desktop.reports import signing

        return self._sign(lambda: signing.open_pkcs11(library, token_label=token_label, pin=pin))

    def _sign(self, open_signer: Callable[[], Any]) -> bool:
        from livcr_desktop.reports import signing

        docs = [d for d in minutes.documents(self.ctx, self.meeting_id) if d.variant == Variant.FULL.value]
        if not docs:
            return False
        latest = docs[-1]
        done = set(filter(None, latest.signed_by.split(",")))
        box = next((b for b in latest.signature_boxes if b.field_name not in done), None)
        if box is None:
            self.message.setText(_t("Beide handtekeningen staan er al."))
            return False
        signer = None
        try:
            signer = open_signer()
            name = self.meeting.chair if box.field_name == "voorzitter" else self.meeting.secretary
            signed = signing.sign_pdf(minutes.document_pdf(self.ctx, latest.id), signer, box, name,
                                      location=self.meeting.place)
        except signing.SigningError as exc:
            self.message.setText(_t(SIGNING_MESSAGES.get(exc.code, SIGNING_MESSAGES["failed"])))
            return False
        finally:
            if signer is not None:
                signing.close_signer(signer)  # log out of the token
        minutes.store_signed(self.ctx, latest.id, signed, box.field_name)
        self.message.setText(_t("Ondertekend ({field}).").format(field=box.field_name))
        self._refresh_state()
        return True

    def verify_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Ondertekend verslag controleren"), "", _t("PDF (*.pdf)"))
        if path:
            self.message.setText(self.verification_text(Path(path).read_bytes()))

    def verification_text(self, pdf: bytes) -> str:
        import hashlib

        from livcr_desktop.reports import signing

        reports = signing.verify_pdf(pdf)
        found = minutes.find_by_hash(self.ctx, hashlib.sha256(pdf).hexdigest())
        lines = [_t("In de kluis: ja (document {id}).").format(id=found.id) if found
                 else _t("In de kluis: NEE — dit bestand is niet zoals het bewaard werd.")]
        if not reports:
            lines.append(_t("Geen (leesbare) handtekening gevonden."))
        for r in reports:
            state = _t("ongewijzigd sinds ondertekening") if r.unchanged_since_signing \
                else _t("GEWIJZIGD NA ONDERTEKENING")
            when = r.signing_time.strftime("%d/%m/%Y %H:%M") if r.signing_time else "?"
            lines.append(f"{r.field_name}: {r.signer}, {when} — {state}")
        return "\n".join(lines)

