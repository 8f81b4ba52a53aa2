"""Translated messages for validation issues, vault errors and storage faults (disk full, read-only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.validation import ValidationCode, ValidationIssue
from livcr_desktop.services.errors import (
    CorruptVaultError,
    DiskFullError,
    KdfOutOfBoundsError,
    KeyringUnavailableError,
    NewerVaultError,
    NoKeyringSlotError,
    NotAVaultError,
    NoWriteAccessError,
    ReadOnlyMediaError,
    StorageFault,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
    as_storage_fault,
    concerns_vault,
    folder_of,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def validation_message(issue: ValidationIssue) -> str:
    messages = {
        ValidationCode.REQUIRED: _t("Dit veld is verplicht."),
        ValidationCode.BAD_FORMAT: _t("Gebruik de vorm LIVC-2026-014 (letters, jaar, volgnummer)."),
        ValidationCode.TOO_LONG: _t("Deze tekst is te lang."),
        ValidationCode.DATE_BEFORE_REGISTRATION: _t("Deze datum ligt vóór de aanmeldingsdatum."),
        ValidationCode.DATE_IN_FUTURE: _t("Deze datum ligt in de toekomst."),
        ValidationCode.DUPLICATE: _t("Deze code bestaat al; kies een andere."),
        ValidationCode.BIRTH_AFTER_REGISTRATION: _t("De geboortedatum ligt na de aanmeldingsdatum."),
        ValidationCode.DATE_BEFORE_MEETING: _t("Deze datum ligt vóór de vergadering."),
        ValidationCode.DATE_IN_PAST: _t("Deze datum ligt in het verleden."),
        ValidationCode.TOO_SHORT: _t("Te kort (minstens 10 tekens)."),
        ValidationCode.SELF: _t("U kunt uzelf niet verwijderen."),
        ValidationCode.LAST_CHAIR: _t("De kluis moet minstens één voorzitter houden."),
        ValidationCode.BAD_CHARACTERS: _t(
            "Deze tekst bevat een onzichtbaar teken dat de schrijfrichting omkeert; verwijder het."
        ),
    }
    return messages[issue.code]


def field_name(field: str) -> str | None:
    """The Dutch name of a field the services validate, as its form labels it (None when unknown)."""
    names = {
        "name": _t("Naam"),
        "display_name": _t("Naam"),
        "short_name": _t("Korte naam"),
        "code": _t("Code"),
        "pseudonym": _t("Pseudoniem"),
        "first_name": _t("Voornaam"),
        "last_name": _t("Familienaam"),
        "birth_date": _t("Geboortedatum"),
        "registration_date": _t("Aanmeldingsdatum"),
        "next_review_date": _t("Volgende bespreking"),
        "phenomenon": _t("Fenomeen"),
        "status": _t("Status"),
        "role": _t("Rol"),
        "function": _t("Functie"),
        "passphrase": _t("Wachtwoordzin"),
        "title": _t("Titel"),
        "place": _t("Plaats"),
        "meeting_date": _t("Datum"),
        "planned_minutes": _t("Duur"),
        "chair_id": _t("Voorzitter"),
        "text": _t("Tekst"),
        "summary": _t("Samenvatting"),
        "description": _t("Omschrijving"),
        "deadline": _t("Termijn"),
        "owner_organisation_id": _t("Eigenaar"),
        "organisation_id": _t("Organisatie"),
        "decision_type": _t("Beslissing"),
        "note_text": _t("Notitie"),
        "note_date": _t("Datum van de notitie"),
        "municipality": _t("Gemeente of politiezone"),
        "cell_name": _t("Naam van de cel"),
        "life_domain": _t("Levensdomein"),
        "concern_level": _t("Zorgniveau"),
    }
    return names.get(field)


def field_message(issue: ValidationIssue, label: str | None = None) -> str:
    """A validation message that names its field ("Naam: dit veld is verplicht."), for a message shown
    away from the field (a message line, a message box). ``label`` is the field's own form label
    (its "&" and ":" are dropped); without it the field's name from :func:`field_name` is used."""
    message = validation_message(issue)
    name = (label or "").replace("&", "").strip().rstrip(":").strip() or field_name(issue.field)
    if not name:
        return message
    if len(message) > 1 and message[0].isupper() and not message[1].isupper():
        message = message[0].lower() + message[1:]  # "Dit veld ..." → "dit veld ...", never "LIVC" → "lIVC"
    return _t("{field}: {message}").format(field=name, message=message)


def storage_fault_message(exc: StorageFault) -> str:
    """A full disk, a read-only medium or a folder without permission: what to do, never "damaged"."""
    folder = str(folder_of(exc.path) or "")
    match exc:
        case DiskFullError():
            return _t("De schijf is vol: maak {megabytes} MB vrij en probeer opnieuw. Er is niets gewijzigd.").format(
                megabytes=exc.megabytes_to_free()
            )
        case ReadOnlyMediaError() if concerns_vault(exc.path):
            return _t(
                "De kluis staat op een alleen-lezen medium: kopieer de bestanden .vault en .vault.keys naar een "
                "map waarin u kunt schrijven en open die kopie. Er is niets gewijzigd."
            )
        case ReadOnlyMediaError():
            return _t(
                "De map {folder} staat op een alleen-lezen medium: kies een andere map. Er is niets gewijzigd."
            ).format(folder=folder)
        case NoWriteAccessError():
            return _t(
                "U mag niet schrijven in de map {folder}: vraag schrijfrechten of kies een andere map. "
                "Er is niets gewijzigd."
            ).format(folder=folder)
        case _:
            return _t("Er kon niet geschreven worden in de map {folder}. Er is niets gewijzigd.").format(folder=folder)


def file_error_message(exc: OSError) -> str:
    """Why a file could not be written (or read), for a label or a message box; no exception names."""
    fault = as_storage_fault(exc, _path_of(exc))
    if isinstance(fault, StorageFault):
        return storage_fault_message(fault)
    return exc.strerror or _t("Het bestand kon niet gelezen of geschreven worden.")


def _path_of(exc: OSError) -> Path | None:
    name = exc.filename
    return Path(name) if isinstance(name, str) and name else None


def vault_error_message(exc: VaultError) -> str:
    match exc:
        case StorageFault():
            return storage_fault_message(exc)
        case WrongPassphraseError():
            return _t("Verkeerde wachtwoordzin. De kluis is niet geopend.")
        case NewerVaultError():
            return _t(
                "Deze kluis is gemaakt met een nieuwere versie van LIVC-R Desktop. "
                "Werk de toepassing bij; de kluis is niet gewijzigd."
            )
        case CorruptVaultError():
            return _t(
                "Het kluisbestand is beschadigd of onvolledig en kan niet gelezen worden. "
                "Herstel een back-up; het bestand is niet gewijzigd."
            )
        case VaultMissingError():
            return _t("Het databasebestand van deze kluis ontbreekt naast het sleutelbestand.")
        case VaultExistsError():
            return _t("Op deze plaats bestaat al een kluis.")
        case KdfOutOfBoundsError():
            return _t(
                "Een sleutel van deze kluis vraagt meer geheugen of tijd dan deze toepassing ooit instelt: "
                "het sleutelbestand werd door iemand anders gewijzigd. Herstel het uit een back-up; er werd "
                "niets geopend."
            )
        case NotAVaultError():
            return _t("Dit is geen LIVC-R-kluis (geen geldig sleutelbestand ernaast).")
        case KeyringUnavailableError():
            return _t(
                "Er is op deze computer geen beveiligde sleutelopslag van het besturingssysteem "
                "beschikbaar. Gebruik de wachtwoordzin."
            )
        case NoKeyringSlotError():
            return _t("Deze kluis wordt niet onthouden op deze computer.")
        case _:
            return _t("De kluis kon niet geopend worden.")
