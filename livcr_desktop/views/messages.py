"""Translated messages for validation issues and vault errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.validation import ValidationCode, ValidationIssue
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    KeyringUnavailableError,
    NewerVaultError,
    NoKeyringSlotError,
    NotAVaultError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
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
        ValidationCode.TOO_SHORT: _t("Te kort: minstens 10 tekens."),
        ValidationCode.SELF: _t("U kunt uzelf niet verwijderen."),
        ValidationCode.LAST_CHAIR: _t("De kluis moet minstens één voorzitter houden."),
    }
    return messages[issue.code]


def vault_error_message(exc: VaultError) -> str:
    match exc:
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
