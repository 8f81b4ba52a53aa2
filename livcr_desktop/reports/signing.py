"""PAdES signatures with pyHanko: sign minutes into visible fields, verify a signed file.

pyHanko costs about 0.7 s to import, so it is imported inside the functions, never at start-up.
No network is used: signatures are PAdES B-B, the signing time is the signer's own clock, and no
revocation information is fetched (the reason text and the documentation say so).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from livcr_desktop.reports.model import SignatureBox

NO_NETWORK_NOTE = "PAdES B-B; tijd volgens de klok van de ondertekenaar; zonder tijdstempeldienst"


class SigningError(Exception):
    """Signing failed; nothing was written. ``code`` names the reason for the user's message."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code  # wrong_password | bad_file | expired | not_yet_valid | no_token | no_library | failed


@dataclass(frozen=True, slots=True)
class SignatureReport:
    field_name: str
    signer: str
    signing_time: datetime | None
    intact: bool  # the signed bytes are what was signed
    trusted: bool  # the certificate chains to a root we were given
    unchanged_since_signing: bool  # nothing but allowed later signatures was added afterwards
    bottom_line: bool  # pyHanko's overall verdict (needs a trusted signer)
    summary: str


def _check_validity(cert: Any, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    not_before = validity["not_before"].native
    not_after = validity["not_after"].native
    if now < not_before:
        raise SigningError("not_yet_valid", str(not_before))
    if now > not_after:
        raise SigningError("expired", str(not_after))


def load_pkcs12(path: Path, password: str) -> Any:
    """A pyHanko signer from a PKCS#12 (.p12/.pfx) file. Raises SigningError with a reason code."""
    from pyhanko.sign import signers

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningError("bad_file", str(exc)) from exc
    try:
        from cryptography.hazmat.primitives.serialization import pkcs12

        pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as exc:
        message = str(exc).lower()
        raise SigningError("wrong_password" if "password" in message or "mac" in message else "bad_file",
                           str(exc)) from exc
    signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=password.encode("utf-8"))  # type: ignore[no-untyped-call]
    if signer is None:
        raise SigningError("bad_file", str(path))
    _check_validity(signer.signing_cert)
    return signer


def open_pkcs11(library: Path, token_label: str | None = None, key_label: str | None = None,
                pin: str | None = None) -> Any:
    """A signer on a PKCS#11 token (for the Belgian eID: the middleware's library, PIN on the reader).

    With ``pin=None`` the PIN is left to the token's protected authentication path (the eID reader's
    PIN pad or the middleware's own dialog).
    """
    if not Path(library).exists():
        raise SigningError("no_library", str(library))
    try:
        import pkcs11  # noqa: F401  (python-pkcs11, the "eid" extra)
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
    except ImportError as exc:
        raise SigningError("no_library", "python-pkcs11 is not installed") from exc
    try:
        criteria = TokenCriteria(label=token_label) if token_label else None
        session = open_pkcs11_session(str(library), token_criteria=criteria, user_pin=pin)
    except Exception as exc:  # the library reports a missing token or reader in its own words
        raise SigningError("no_token", str(exc)) from exc
    signer = PKCS11Signer(session, key_label=key_label or "Signature", cert_label=key_label or "Signature")
    _check_validity(signer.signing_cert)
    return signer


def sign_pdf(pdf: bytes, signer: Any, box: SignatureBox, signer_name: str, location: str = "") -> bytes:
    """Add a visible signature in ``box`` as an incremental update; returns the new file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        existing = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
        if box.field_name in existing:
            raise SigningError("failed", f"field {box.field_name} is already signed")
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=box.field_name, on_page=box.page, box=box.box))
        meta = signers.PdfSignatureMetadata(
            field_name=box.field_name, reason=f"Goedkeuring verslag LIVC-R ({NO_NETWORK_NOTE})",
            location=location or None, name=signer_name, subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        stamp = TextStampStyle(stamp_text="%(signer)s\n%(ts)s", border_width=0)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer, stamp_style=stamp).sign_pdf(writer, output=out)
    except SigningError:
        raise
    except Exception as exc:
        raise SigningError("failed", str(exc)) from exc
    return out.getvalue()


def verify_pdf(pdf: bytes, trust_roots: list[bytes] | None = None) -> list[SignatureReport]:
    """Every signature in the file with pyHanko's verdict. A damaged file gives an empty list."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [x509.Certificate.load(r) for r in (trust_roots or [])]
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception:
        return []
    reports = []
    for index, sig in enumerate(embedded):
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:
            reports.append(SignatureReport(sig.field_name or "", "", None, False, False, False, False, str(exc)))
            continue
        from pyhanko.sign.diff_analysis import ModificationLevel
        from pyhanko.sign.validation.status import SignatureCoverageLevel

        last = index == len(embedded) - 1
        allowed = status.modification_level is not None and status.modification_level <= ModificationLevel.FORM_FILLING
        covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE if last else (
            status.coverage is not None and status.coverage >= SignatureCoverageLevel.ENTIRE_REVISION and allowed)
        unchanged = bool(status.intact and status.valid and covers and status.docmdp_ok is not False)
        subject = sig.signer_cert.subject.native
        reports.append(SignatureReport(
            field_name=sig.field_name or "", signer=str(subject.get("common_name", subject)),
            signing_time=status.signer_reported_dt, intact=bool(status.intact), trusted=bool(status.trusted),
            unchanged_since_signing=unchanged, bottom_line=bool(status.bottom_line), summary=status.summary(),
        ))
    return reports
