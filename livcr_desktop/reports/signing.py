"""PAdES signatures with pyHanko: sign minutes into visible fields, verify a signed file.

pyHanko costs about 0.7 s to import, so it is imported inside the functions, never at start-up.
No network is used: signatures are PAdES B-B, the signing time is the signer's own clock, and no
revocation information is fetched (the reason text and the documentation say so).
"""

from __future__ import annotations

import contextlib
import io
import logging
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
        # wrong_password | bad_file | expired | not_yet_valid | no_token | no_library | failed, and for PKCS#11
        # tokens: several_tokens | wrong_pin | pin_locked | pin_required | no_key (see open_pkcs11)
        self.code = code


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

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningError("bad_file", str(exc)) from exc
    # The key is decrypted and checked once (cryptography holds the GIL ≈50 ms doing it, which a window
    # signing from a worker thread feels) and kept: pyHanko's SimpleSigner would load it again per signature.
    fast = _load_pbes2_pkcs12(data, password.encode("utf-8"))
    if fast is not None:
        key, cert, others = fast
        signer = _kept_key_signer(key, cert, others)
        _check_validity(signer.signing_cert)
        return signer
    try:
        from cryptography.hazmat.primitives.serialization import pkcs12

        key, cert, others = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as exc:
        message = str(exc).lower()
        raise SigningError(
            "wrong_password" if "password" in message or "mac" in message else "bad_file", str(exc)
        ) from exc
    if key is None or cert is None:
        raise SigningError("bad_file", f"{path}: no key or no certificate")
    signer = _kept_key_signer(key, cert, others)
    _check_validity(signer.signing_cert)
    return signer


def _load_pbes2_pkcs12(data: bytes, password: bytes) -> tuple[Any, Any, list[Any]] | None:
    """Key, certificate and chain of a PKCS#12 file protected with PBES2 (PBKDF2 + AES-CBC, what current
    OpenSSL and cryptography write), read without cryptography's RSA key check.

    That check (≈50 ms) holds the GIL, so a window signing from a worker thread stalls; the key is the
    signer's own, and a broken one only gives a signature that does not verify. The integrity MAC is
    checked as the PKCS#12 loader does. Anything else (legacy 3DES/RC2 files, a wrong password, an
    unusual layout) gives None: :func:`load_pkcs12` then uses cryptography's loader and its verdict.
    """
    import hashlib
    import hmac

    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography import x509
    from cryptography.hazmat.primitives import padding, serialization
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        mac = pfx["mac_data"]
        if mac.native is None:
            return None
        digest = mac["mac"]["digest_algorithm"]["algorithm"].native
        if digest not in ("sha256", "sha384", "sha512"):
            return None
        content = pfx["auth_safe"]["content"].native
        # RFC 7292 B.2 key for the MAC (ID 3), password as BMPString with its null terminator
        key = _pkcs12_kdf(
            password.decode("utf-8").encode("utf-16-be") + b"\0\0",
            mac["mac_salt"].native,
            mac["iterations"].native,
            3,
            hashlib.new(digest).digest_size,
            digest,
        )
        if not hmac.compare_digest(hmac.new(key, content, digest).digest(), mac["mac"]["digest"].native):
            return None
        private_key, certs = None, []
        for info in pfx.authenticated_safe:
            kind = info["content_type"].native
            if kind == "data":
                raw = info["content"].native
            elif kind == "encrypted_data":
                algorithm = info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
                if (
                    algorithm["algorithm"].native != "pbes2"
                    or algorithm.kdf != "pbkdf2"
                    or algorithm.encryption_cipher != "aes"
                    or algorithm.encryption_mode != "cbc"
                ):
                    return None
                secret = hashlib.pbkdf2_hmac(
                    algorithm.kdf_hmac, password, algorithm.kdf_salt, algorithm.kdf_iterations, algorithm.key_length
                )
                decryptor = Cipher(algorithms.AES(secret), modes.CBC(algorithm.encryption_iv)).decryptor()
                padded = decryptor.update(info["content"]["encrypted_content_info"]["encrypted_content"].native)
                unpadder = padding.PKCS7(128).unpadder()
                raw = unpadder.update(padded + decryptor.finalize()) + unpadder.finalize()
            else:
                return None
            for bag in asn1_pkcs12.SafeContents.load(raw):
                bag_id = bag["bag_id"].native
                if bag_id == "pkcs8_shrouded_key_bag" and private_key is None:
                    private_key = serialization.load_der_private_key(
                        bag["bag_value"].untag().dump(), password, unsafe_skip_rsa_key_validation=True
                    )
                elif bag_id == "cert_bag" and bag["bag_value"]["cert_id"].native == "x509":
                    certs.append(x509.load_der_x509_certificate(bag["bag_value"]["cert_value"].parsed.dump()))
    except Exception:  # a layout this reader does not know: the full loader decides
        return None
    if private_key is None or not certs:
        return None
    public = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    own = [
        c
        for c in certs
        if c.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        == public
    ]
    if not own:
        return None
    return private_key, own[0], [c for c in certs if c is not own[0]]


def _pkcs12_kdf(password: bytes, salt: bytes, iterations: int, purpose: int, size: int, digest: str) -> bytes:
    """RFC 7292 appendix B.2: the PKCS#12 key derivation (here only for the integrity MAC's key)."""
    import hashlib

    v = hashlib.new(digest).block_size
    d = bytes([purpose]) * v

    def stretch(value: bytes) -> bytes:  # repeated to a whole number of v-byte blocks
        if not value:
            return b""
        length = v * ((len(value) + v - 1) // v)
        return (value * (length // len(value) + 1))[:length]

    i = bytearray(stretch(salt) + stretch(password))
    out = b""
    while len(out) < size:
        a = d + bytes(i)
        for _ in range(iterations):
            a = hashlib.new(digest, a).digest()
        out += a
        b = int.from_bytes((a * (v // len(a) + 1))[:v], "big")
        for j in range(0, len(i), v):
            block = (int.from_bytes(i[j : j + v], "big") + b + 1) % (1 << (8 * v))
            i[j : j + v] = block.to_bytes(v, "big")
    return out[:size]


def _kept_key_signer(key: Any, cert: Any, others: list[Any]) -> Any:
    """A pyHanko ``SimpleSigner`` that signs with the already loaded ``key`` (RSA PKCS#1 v1.5; other
    mechanisms go through pyHanko, which loads the key itself)."""
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class KeptKeySigner(signers.SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algorithm = mechanism.signature_algo
            except ValueError:
                algorithm = mechanism["algorithm"].native
            if algorithm == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
                return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
            return bytes(super().sign_raw(data, digest_algorithm))

    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple({translate_pyca_cryptography_cert_to_asn1(c) for c in others})
    return KeptKeySigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=store,
    )


# The Belgian eID card as the eID middleware (eid-mw) shows it over PKCS#11: one token labelled
# "BELPIC" per card, the qualified signing key and certificate labelled "Signature" (the other pair is
# "Authentication"), and the issuing chain as the certificates "CA" (Citizen CA) and "Root".
BEID_TOKEN_LABEL = "BELPIC"
BEID_KEY_LABEL = "Signature"
BEID_CHAIN_LABELS = ("Root", "CA")
# libbeidpkcs11.so(.0) on Linux, libbeidpkcs11.dylib on macOS, beidpkcs11.dll on Windows.
BEID_LIBRARY_STEMS = frozenset({"libbeidpkcs11", "beidpkcs11"})


def is_beid_library(library: Path) -> bool:
    """True if ``library`` is the Belgian eID middleware's PKCS#11 module (judged by its file name)."""
    return Path(library).name.lower().split(".")[0] in BEID_LIBRARY_STEMS


def open_pkcs11(
    library: Path, token_label: str | None = None, key_label: str | None = None, pin: str | None = None
) -> Any:
    """A signer on a PKCS#11 token (for the Belgian eID: the middleware's library, PIN on the reader).

    The key and its certificate are the objects labelled ``key_label`` (default "Signature", the eID's
    signing key). With ``pin=None`` the PIN is left to the token: its protected authentication path
    (a reader's PIN pad) if it has one, otherwise the middleware asks for it when signing (the eID
    middleware's own dialog). The eID middleware's library goes through :func:`open_beid`.

    Raises SigningError: no_library, no_token, several_tokens, wrong_pin, pin_locked, pin_required,
    no_key, expired, not_yet_valid, failed. On error no session is left open; on success the caller
    closes the signer's session with :func:`close_signer` once the document is signed.
    """
    if is_beid_library(library) and token_label in (None, BEID_TOKEN_LABEL) and key_label in (None, BEID_KEY_LABEL):
        return open_beid(library, pin=pin)
    return _open_token_signer(library, token_label, key_label or BEID_KEY_LABEL, pin, chain_labels=(), beid=False)


def open_beid(library: Path, pin: str | None = None) -> Any:
    """A signer on a Belgian eID card, as pyHanko's BEID plugin makes it (``open_beid_session`` and
    ``BEIDSigner``, no longer part of pyHanko itself): the token labelled "BELPIC", the "Signature"
    key and certificate, and the card's "CA" and "Root" certificates embedded as the chain.

    Normally ``pin=None``: no login, the middleware asks for the PIN itself (its dialog or the
    reader's PIN pad) when the card signs. Two cards in two readers are refused (several_tokens)
    rather than signing with whichever comes first.
    """
    return _open_token_signer(library, BEID_TOKEN_LABEL, BEID_KEY_LABEL, pin, chain_labels=BEID_CHAIN_LABELS, beid=True)


def close_signer(signer: Any) -> None:
    """Close the PKCS#11 session of a signer from :func:`open_pkcs11` (which logs out of the token).

    Does nothing for other signers, or if the token has gone already.
    """
    session = getattr(signer, "pkcs11_session", None)
    if session is None:
        return
    with contextlib.suppress(Exception):  # the card was pulled out, the library unloaded: nothing to close
        session.close()


def _find_token(library: Path, token_label: str | None) -> Any:
    """The one token labelled ``token_label`` (or, without a label, the one initialised token)."""
    if not Path(library).exists():
        raise SigningError("no_library", str(library))
    try:
        import pkcs11  # python-pkcs11, the "eid" extra
    except ImportError as exc:
        raise SigningError("no_library", "python-pkcs11 is not installed") from exc
    try:
        lib = pkcs11.lib(str(library))
    except pkcs11.PKCS11Error as exc:  # not a PKCS#11 module, or it cannot start (its own configuration)
        raise SigningError("no_library", f"{library}: {exc!r}") from exc
    try:
        slots = lib.get_slots(token_present=True)
    except pkcs11.PKCS11Error as exc:
        raise SigningError("no_token", repr(exc)) from exc
    tokens = []
    for slot in slots:
        try:
            tokens.append(slot.get_token())
        except pkcs11.PKCS11Error:  # a card being pulled out, a reader that went away
            continue
    if token_label is None:
        found = [t for t in tokens if t.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED]
    else:
        found = [t for t in tokens if t.label == token_label]
    wanted = repr(token_label) if token_label is not None else "an initialised token"
    present = ", ".join(repr(t.label) for t in tokens) or "none"
    if not found:
        raise SigningError("no_token", f"{wanted} not found; tokens present: {present}")
    if len(found) > 1:
        raise SigningError("several_tokens", f"{len(found)} tokens match {wanted}; tokens present: {present}")
    return found[0]


def _open_token_signer(
    library: Path, token_label: str | None, key_label: str, pin: str | None, chain_labels: tuple[str, ...], beid: bool
) -> Any:
    """Log in (if asked), load the certificate, the chain and the key, check the dates.

    ``beid``: the eID card shows its keys without a login and its middleware asks for the PIN when
    signing, so no protected-path login, and a missing key means the card has none (a child's card).
    """
    token = _find_token(library, token_label)
    import pkcs11
    from pyhanko.sign.pkcs11 import PKCS11Signer

    flags = pkcs11.TokenFlag(token.flags)
    try:
        if pin is not None:
            session = token.open(user_pin=pin)
        elif not beid and flags & pkcs11.TokenFlag.PROTECTED_AUTHENTICATION_PATH:
            session = token.open(user_pin=pkcs11.PROTECTED_AUTH)
        else:
            session = token.open()
    except (pkcs11.PinIncorrect, pkcs11.PinLenRange) as exc:
        raise SigningError("wrong_pin", repr(exc)) from exc
    except pkcs11.PinLocked as exc:
        raise SigningError("pin_locked", repr(exc)) from exc
    except (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved, pkcs11.SlotIDInvalid, pkcs11.NoSuchToken) as exc:
        raise SigningError("no_token", repr(exc)) from exc
    except pkcs11.PKCS11Error as exc:  # e.g. UserAlreadyLoggedIn: a signer on this token is still open
        raise SigningError("failed", repr(exc)) from exc
    try:
        signer = PKCS11Signer(
            session, cert_label=key_label, key_label=key_label, other_certs_to_pull=chain_labels, bulk_fetch=False
        )
        try:
            cert = signer.signing_cert  # loads the certificate, the chain and the key handle
        except pkcs11.PKCS11Error as exc:
            # a token that hides its private keys until a login, and none was made
            hidden = (
                not beid
                and pin is None
                and flags & pkcs11.TokenFlag.LOGIN_REQUIRED
                and not flags & pkcs11.TokenFlag.PROTECTED_AUTHENTICATION_PATH
            )
            raise SigningError(
                "pin_required" if hidden else "no_key", f"{key_label!r} on token {token.label!r}: {exc}"
            ) from exc
        _check_validity(cert)
        signer.use_raw_mechanism = _needs_raw_ecdsa(token, cert)
    except BaseException:
        with contextlib.suppress(pkcs11.PKCS11Error):
            session.close()  # logs out: a failed attempt leaves the token as it found it
        raise
    return signer


def _needs_raw_ecdsa(token: Any, cert: Any) -> bool:
    """For an EC key: hash here and have the token sign the hash (CKM_ECDSA) if it cannot hash itself.

    pyHanko asks for CKM_ECDSA_SHA256 by default; SoftHSM2 and many cards only offer plain CKM_ECDSA.
    """
    import pkcs11

    if cert.public_key.algorithm != "ec":
        return False
    try:
        mechanisms = token.slot.get_mechanisms()
    except pkcs11.PKCS11Error:
        return False
    return pkcs11.Mechanism.ECDSA in mechanisms and pkcs11.Mechanism.ECDSA_SHA256 not in mechanisms


def sign_pdf(pdf: bytes, signer: Any, box: SignatureBox, signer_name: str, location: str = "") -> bytes:
    """Add a visible signature in ``box`` as an incremental update; returns the new file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from livcr_desktop.reports.stamp import stamp_style

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        existing = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
        if box.field_name in existing:
            raise SigningError("failed", f"field {box.field_name} is already signed")
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=box.field_name, on_page=box.page, box=box.box)
        )
        meta = signers.PdfSignatureMetadata(
            field_name=box.field_name,
            reason=f"Goedkeuring verslag LIVC-R ({NO_NETWORK_NOTE})",
            location=location or None,
            name=signer_name,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        x1, y1, x2, y2 = box.box
        # the name and the time in the embedded document font (pyHanko's text stamp names Courier, never embedded)
        stamp = stamp_style(signer_name, datetime.now().astimezone(), x2 - x1, y2 - y1)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer, stamp_style=stamp).sign_pdf(writer, output=out)
    except SigningError:
        raise
    except Exception as exc:
        raise SigningError("failed", str(exc)) from exc
    return out.getvalue()


def verify_pdf(pdf: bytes, trust_roots: list[bytes] | None = None) -> list[SignatureReport]:
    """Every signature in the file with pyHanko's verdict. A damaged file gives an empty list.

    pyHanko logs an untrusted signer (every self-signed or eID signature without its chain) as a
    warning with a traceback; that is a verdict this function reports, not a fault, so its
    validation logger only passes errors on to the application's log.
    """
    logging.getLogger("pyhanko.sign.validation").setLevel(logging.ERROR)
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
        covers = (
            status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            if last
            else (status.coverage is not None and status.coverage >= SignatureCoverageLevel.ENTIRE_REVISION and allowed)
        )
        unchanged = bool(status.intact and status.valid and covers and status.docmdp_ok is not False)
        subject = sig.signer_cert.subject.native
        reports.append(
            SignatureReport(
                field_name=sig.field_name or "",
                signer=str(subject.get("common_name", subject)),
                signing_time=status.signer_reported_dt,
                intact=bool(status.intact),
                trusted=bool(status.trusted),
                unchanged_since_signing=unchanged,
                bottom_line=bool(status.bottom_line),
                summary=status.summary(),
            )
        )
    return reports
