"""Signing the stored minutes and verifying a signed PDF from the minutes dialog; addenda.

``services.signatures`` is the use case (the same as ``livcr-desktop sign`` and ``verify``); this
part asks for the certificate or the card and words the result (``wording.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from livcr_desktop.services import minutes, signatures
from livcr_desktop.views.minutes import wording
from livcr_desktop.views.minutes.base import MinutesDialogBase
from livcr_desktop.views.minutes.wording import default_eid_library
from livcr_desktop.views.tasks import BackgroundTask


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


class SigningDialog(MinutesDialogBase):
    def addendum(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, _t("Addendum"), _t("Correctie of aanvulling:"))
        if ok and text.strip():
            info = minutes.add_addendum(self.ctx, self.meeting_id, text)
            self.message.setText(_t("Addendum bewaard (SHA-256 {hash}).").format(hash=info.sha256[:16] + "…"))

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
            self._refresh_state()
            self.message.setText(_t("Ondertekend ({field}).").format(field=result.field_name))

        def failed(exc: BaseException) -> bool:
            text = wording.signing_failure(exc)
            if text is None:
                return False
            self.message.setText(text)
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
            self.message.setText(wording.verdict_text(verdict))

        return self._run(
            _t("Bezig met controleren…"),
            lambda: signatures.verify_in_vault(ctx, Path(path).read_bytes(), roots),
            verified,
        )

    def verification_text(self, pdf: bytes) -> str:
        """Verify ``pdf`` here and now and word the verdict (the button verifies in the background)."""
        verdict = signatures.verify_in_vault(self.ctx, pdf, self.trust_roots)
        self.last_verdict = verdict
        return wording.verdict_text(verdict)

    def verdict_text(self, verdict: signatures.Verdict) -> str:
        return wording.verdict_text(verdict)
