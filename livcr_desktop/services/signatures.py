"""Signing the stored minutes and verifying a signed PDF: one use case for the window and the command line.

``finalise_minutes`` finalises a closed meeting (refusing one still planned or running) and
``stored_minutes`` gives the document the vault holds once finalised: the latest revision of the full
minutes, with its signatures. Preview, print, save and ``livcr-desktop minutes --stored`` hand out
these bytes, never a new rendering. ``sign_minutes`` signs the latest revision of a finalised
meeting's full minutes into the next free signature box (the chair's first, then the secretary's)
with a PKCS#12 file or a PKCS#11 token (the Belgian eID card) and stores the signed revision.
``verify_document`` and ``verify_in_vault`` give one :class:`Verdict` for a PDF: its signatures judged
against the trust roots given, and, with a vault, whether the file is one the vault holds. The
minutes dialog and ``livcr-desktop verify`` only word it.

pyHanko is imported by ``reports.signing`` inside its functions (≈0.7 s), so importing this module is cheap.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.reports import signing
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import meetings, minutes
from livcr_desktop.services.context import ServiceContext

SigningError = signing.SigningError

__all__ = [
    "AlreadySignedError",
    "MeetingNotClosedError",
    "NothingToSignError",
    "Pkcs11Token",
    "Pkcs12File",
    "SignatureVerdict",
    "Signed",
    "SigningError",
    "StoredMinutes",
    "Verdict",
    "certificate_der",
    "finalise_minutes",
    "sign_minutes",
    "stored_minutes",
    "verify_document",
    "verify_in_vault",
]


# -- finalising and the stored document ----------------------------------------------------------


class MeetingNotClosedError(Exception):
    """Only a closed meeting is finalised: one still planned or running can still change."""


@dataclass(frozen=True, slots=True)
class StoredMinutes:
    """The finalised minutes as the vault holds them (the latest revision: signed ones included)."""

    document: minutes.MinutesDocumentInfo
    pdf: bytes

    @property
    def signed_by(self) -> tuple[str, ...]:
        """The signature fields filled so far, in order ("voorzitter", "secretaris")."""
        return tuple(filter(None, self.document.signed_by.split(",")))


def finalise_minutes(
    ctx: ServiceContext, meeting_id: int, include_identity: bool = False
) -> minutes.MinutesDocumentInfo:
    """Finalise a closed meeting's full minutes (``minutes.finalise``); the window and the command line.

    Raises ``MeetingLockedError`` when it is finalised already, :class:`MeetingNotClosedError` while
    it is planned or running, ``PermissionDenied``; a rendering error propagates and nothing is stored.
    """
    ctx.require(Permission.FINALISE_AND_SIGN)
    ctx.require(Permission.MINUTES)
    if include_identity:
        ctx.require(Permission.READ_IDENTITY)
    meeting = meetings.get_meeting(ctx, meeting_id)
    if meeting.status is MeetingStatus.FINALISED:
        raise meetings.MeetingLockedError(meeting.number)
    if meeting.status is not MeetingStatus.CLOSED:
        raise MeetingNotClosedError(meeting.number)
    return minutes.finalise(ctx, meeting_id, include_identity=include_identity)


def stored_minutes(ctx: ServiceContext, meeting_id: int) -> StoredMinutes | None:
    """The stored full minutes of ``meeting_id`` (latest revision, audited as an export), or None.

    None before finalising, and for a meeting imported without its document.
    """
    ctx.require(Permission.MINUTES)
    docs = [d for d in minutes.documents(ctx, meeting_id) if d.variant == Variant.FULL.value and not d.is_addendum]
    if not docs:
        return None
    return StoredMinutes(docs[-1], minutes.document_pdf(ctx, docs[-1].id))


# -- signing -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pkcs12File:
    """A certificate and key in a PKCS#12 file (.p12/.pfx) with its password."""

    path: Path
    password: str


@dataclass(frozen=True, slots=True)
class Pkcs11Token:
    """A key on a PKCS#11 token; for the eID card the middleware's library, the PIN asked by the middleware."""

    library: Path
    pin: str | None = None
    token_label: str | None = None


SignerSource = Pkcs12File | Pkcs11Token


class NothingToSignError(LookupError):
    """The meeting has no stored full minutes in this vault (not finalised, or imported without them)."""


class AlreadySignedError(Exception):
    """Both the chair and the secretary signed already; nothing was written."""


@dataclass(frozen=True, slots=True)
class Signed:
    field_name: str  # "voorzitter" or "secretaris"
    document: minutes.MinutesDocumentInfo  # the stored signed revision


def _open(source: SignerSource) -> Any:
    if isinstance(source, Pkcs12File):
        return signing.load_pkcs12(Path(source.path), source.password)
    return signing.open_pkcs11(Path(source.library), token_label=source.token_label, pin=source.pin)


def sign_minutes(ctx: ServiceContext, meeting_id: int, source: SignerSource) -> Signed:
    """Sign the latest full minutes of ``meeting_id`` in the next free box and store the signed revision.

    Raises ``PermissionDenied`` (FINALISE_AND_SIGN and MINUTES), :class:`NothingToSignError`,
    :class:`AlreadySignedError` or ``SigningError`` (its ``code`` names the reason); on any error
    nothing is stored and a token's session is closed.
    """
    ctx.require(Permission.FINALISE_AND_SIGN)
    ctx.require(Permission.MINUTES)
    docs = [d for d in minutes.documents(ctx, meeting_id) if d.variant == Variant.FULL.value]
    if not docs:
        raise NothingToSignError(meeting_id)
    latest = docs[-1]
    done = set(filter(None, latest.signed_by.split(",")))
    box = next((b for b in latest.signature_boxes if b.field_name not in done), None)
    if box is None:
        raise AlreadySignedError(meeting_id)
    meeting = meetings.get_meeting(ctx, meeting_id)
    name = meeting.chair if box.field_name == "voorzitter" else meeting.secretary
    pdf = minutes.document_pdf(ctx, latest.id)
    signer = None
    try:
        signer = _open(source)
        signed = signing.sign_pdf(pdf, signer, box, name, location=meeting.place)
    finally:
        if signer is not None:
            signing.close_signer(signer)  # log out of the token
    stored = minutes.store_signed(ctx, latest.id, signed, box.field_name)
    return Signed(box.field_name, stored)


# -- verifying -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignatureVerdict:
    """One signature: ``verdict`` is "ok", "untrusted" (intact and unchanged, signer not trusted) or "broken"."""

    field_name: str
    signer: str
    signing_time: datetime | None  # the signer's own clock
    intact: bool
    trusted: bool
    unchanged_since_signing: bool
    verdict: str

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"


@dataclass(frozen=True, slots=True)
class VaultMatch:
    document_id: int
    meeting_id: int
    variant: str
    signed_by: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """What one PDF is worth. ``code``: "ok", "unsigned" (no readable signature, or a damaged file),
    "tampered" (a signature no longer covers what was signed), "untrusted" (intact, but no signer
    chains to a trust root given) or "not_in_vault" (a vault was asked and holds no such file)."""

    sha256: str
    signatures: tuple[SignatureVerdict, ...]
    vault_checked: bool
    in_vault: VaultMatch | None

    @property
    def code(self) -> str:
        if not self.signatures:
            return "unsigned"
        if any(s.verdict == "broken" for s in self.signatures):
            return "tampered"
        if any(s.verdict == "untrusted" for s in self.signatures):
            return "untrusted"
        if self.vault_checked and self.in_vault is None:
            return "not_in_vault"
        return "ok"

    @property
    def ok(self) -> bool:
        return self.code == "ok"


def certificate_der(data: bytes) -> bytes:
    """A trust root given as PEM or DER, as DER. Raises ValueError if it is not a certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    if data.lstrip().startswith(b"-----BEGIN"):
        return x509.load_pem_x509_certificate(data).public_bytes(Encoding.DER)
    return x509.load_der_x509_certificate(data).public_bytes(Encoding.DER)


def _judge(r: signing.SignatureReport) -> SignatureVerdict:
    if r.bottom_line and r.unchanged_since_signing:
        verdict = "ok"
    elif r.intact and r.unchanged_since_signing and not r.trusted:
        verdict = "untrusted"
    else:
        verdict = "broken"
    return SignatureVerdict(
        r.field_name, r.signer, r.signing_time, r.intact, r.trusted, r.unchanged_since_signing, verdict
    )


def verify_document(pdf: bytes, trust_roots: Sequence[bytes] = ()) -> Verdict:
    """The signatures of ``pdf`` judged against ``trust_roots`` (DER); no vault is consulted.

    Without trust roots no signer is trusted, so an intact signature is "untrusted", never "ok".
    """
    reports = signing.verify_pdf(pdf, list(trust_roots))
    return Verdict(hashlib.sha256(pdf).hexdigest(), tuple(_judge(r) for r in reports), False, None)


def verify_in_vault(ctx: ServiceContext, pdf: bytes, trust_roots: Sequence[bytes] = ()) -> Verdict:
    """:func:`verify_document`, and whether the vault holds exactly this file (by its SHA-256)."""
    ctx.require(Permission.VIEW)
    verdict = verify_document(pdf, trust_roots)
    found = minutes.find_by_hash(ctx, verdict.sha256)
    match = VaultMatch(found.id, found.meeting_id, found.variant, found.signed_by) if found else None
    return Verdict(verdict.sha256, verdict.signatures, True, match)
