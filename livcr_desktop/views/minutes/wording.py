"""What the minutes dialog says: signing and verification verdicts, failures, default file names.

The verdicts are those of ``services.signatures`` (the same as ``livcr-desktop verify``); this module
only words them. Every failure of finalising has its own sentence: the dialog never fails silently.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.reports.glyphs import REPLACEMENT, describe
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import meetings, minutes, signatures
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.widgets.messages import file_error_message

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

# Default file names in the cell's language (the document's language, not the interface's).
FILE_STEMS = {
    "nl": {Variant.FULL: "verslag", Variant.ACTIONS: "actielijst"},
    "fr": {Variant.FULL: "proces-verbal", Variant.ACTIONS: "liste-actions"},
    "en": {Variant.FULL: "minutes", Variant.ACTIONS: "action-list"},
}


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


def default_file_name(language: str, variant: Variant, meeting_number: str, detail: str = "") -> str:
    """E.g. "verslag-2026-04.pdf", "proces-verbal-2026-04.pdf", "actielijst-2026-04-PZ.pdf"."""
    stems = FILE_STEMS.get(language, FILE_STEMS["nl"])
    parts = [stems.get(variant, variant.value), meeting_number, detail]
    name = "-".join(p for p in (re.sub(r"[^\w]+", "-", part).strip("-") for part in parts) if p)
    return f"{name}.pdf"


def unencrypted_warning() -> str:
    return _t(
        "Let op: het PDF-bestand verlaat de versleutelde kluis. Het is NIET versleuteld en bevat informatie onder "
        "het gedeeld beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel "
        "persoonlijk of versleuteld door en wis het zodra het gediend heeft."
    )


UNPRINTABLE_SHOWN = 12  # characters named in the message; more are counted


def unprintable_text(chars: tuple[str, ...] | list[str]) -> str:
    """E.g. "3 tekens kunnen niet afgedrukt worden: 😀 (U+1F600), …": characters no font of the PDF has."""
    named = ", ".join(describe(c) for c in chars[:UNPRINTABLE_SHOWN])
    if len(chars) > UNPRINTABLE_SHOWN:
        named += " " + _t("en {count} andere").format(count=len(chars) - UNPRINTABLE_SHOWN)
    if len(chars) == 1:
        text = _t("1 teken kan niet afgedrukt worden: {chars}. Het verschijnt als {mark} in het verslag.")
    else:
        text = _t("{count} tekens kunnen niet afgedrukt worden: {chars}. Ze verschijnen als {mark} in het verslag.")
    return text.format(count=len(chars), chars=named, mark=REPLACEMENT)


def finalise_failure(exc: BaseException) -> str:
    """Why finalising failed, in one sentence the secretary can act on (nothing was finalised)."""
    if isinstance(exc, minutes.MinutesRenderError):  # its message is in the document's language
        return _t("Er werd niets gefinaliseerd: {reason}").format(reason=exc.message)
    if isinstance(exc, signatures.MeetingNotClosedError):
        return _t("De vergadering is nog niet afgesloten: sluit ze eerst af in het vergadervenster.")
    if isinstance(exc, meetings.MeetingLockedError):
        return _t("Dit verslag is al gefinaliseerd; correcties worden een addendum.")
    if isinstance(exc, PermissionDenied):
        return _t("Uw rol laat finaliseren niet toe (enkel voorzitter en secretaris).")
    if isinstance(exc, OSError):
        return _t("Finaliseren is mislukt: {error}").format(error=file_error_message(exc))
    return _t(
        "Het verslag kon niet opgemaakt worden ({error}): er werd niets gefinaliseerd. Meld dit aan de beheerder; "
        "het conceptverslag kan intussen nog opgeslagen worden."
    ).format(error=f"{type(exc).__name__}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:160] if lines else "-"


def default_eid_library() -> str:
    """Where the Belgian eID middleware puts its PKCS#11 module on this kind of system."""
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


def signing_failure(exc: BaseException) -> str | None:
    """The sentence for a signing error, or None for one the dialog words generically."""
    if isinstance(exc, signatures.SigningError):
        return _t(SIGNING_MESSAGES.get(exc.code, SIGNING_MESSAGES["failed"]))
    if isinstance(exc, signatures.AlreadySignedError):
        return _t("Beide handtekeningen staan er al.")
    if isinstance(exc, signatures.NothingToSignError):
        return _t("Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import).")
    return None


def verdict_text(verdict: signatures.Verdict) -> str:
    found = verdict.in_vault
    lines = [
        _t("In de kluis: ja (document {id}).").format(id=found.document_id)
        if found
        else _t("In de kluis: NEE — dit bestand is niet zoals het bewaard werd.")
    ]
    if not verdict.signatures:
        lines.append(_t("Geen (leesbare) handtekening gevonden."))
    for r in verdict.signatures:
        state = _t("ongewijzigd sinds ondertekening") if r.unchanged_since_signing else _t("GEWIJZIGD NA ONDERTEKENING")
        when = r.signing_time.strftime("%d/%m/%Y %H:%M") if r.signing_time else "?"
        trust = _t("vertrouwde ondertekenaar") if r.trusted else _t("ondertekenaar niet vertrouwd")
        lines.append(f"{r.field_name}: {r.signer}, {when} — {state}, {trust}")
    lines.append(_t(VERDICT_MESSAGES[verdict.code]))
    return "\n".join(lines)
