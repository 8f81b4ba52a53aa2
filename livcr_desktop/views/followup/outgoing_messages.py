"""What a refused form or letter means, in the user's words (the service gives the reason code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.outgoing import Refusal


def _t(text: str) -> str:
    return QCoreApplication.translate("OutgoingMessages", text)


def refusal_message(reason: Refusal) -> str:
    messages = {
        Refusal.CASE_NOT_IN_MEETING: _t("Deze casus stond niet op die vergadering. Er is niets gemaakt."),
        Refusal.NO_FORM: _t("Er is nog geen fiche voor deze casus op die vergadering: bewaar eerst de tekst."),
        Refusal.NOT_PRESENT_FOR_CASE: _t(
            "Dit lid is niet aanwezig voor deze casus en kan dus niet akkoord gaan. Er is niets gewijzigd."
        ),
        Refusal.CONSENT_INCOMPLETE: _t(
            "Nog niet alle leden die aanwezig zijn voor deze casus gingen akkoord met deze tekst. "
            "De fiche wordt niet gemaakt."
        ),
        Refusal.NOBODY_PRESENT: _t("Niemand is aanwezig voor deze casus: niemand kan akkoord gaan."),
        Refusal.ALREADY_PRODUCED: _t("De fiche werd al geproduceerd: de tekst en de akkoorden wijzigen niet meer."),
        Refusal.SIGNAL_GIVER_ANONYMOUS: _t("De signaalgever koos voor anonimiteit: er gaat geen brief uit."),
        Refusal.SIGNAL_GIVER_UNKNOWN: _t(
            "Er is geen signaalgever gekend (geen naam en geen aanmeldende organisatie): er gaat geen brief uit."
        ),
        Refusal.SIGNAL_GIVER_UNREACHABLE: _t(
            "Van de signaalgever zijn geen contactgegevens gekend: er gaat geen brief uit."
        ),
        Refusal.NOT_DECIDED: _t("De cel heeft nog niet beslist over deze casus: er is nog niets mee te delen."),
        Refusal.NOT_ALLOWED: _t("Uw rol mag dit niet. Er is niets gewijzigd."),
    }
    return messages[reason]
