"""The words of the documents that leave the cell (feedback form, letter to the signal giver), per language.

Kept apart from the minutes' texts: these documents say only what the law allows (GwH 52/2021,
art. 458ter Sw.), so every sentence they can print is in this one table, for a data-protection
officer to read. Placeholders are filled by the renderers in ``reports/outgoing_pdf.py``.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "banner": "VERTROUWELIJK — enkel voor de geadresseerde",
        "page": "pagina {page} van {pages}",
        "form_title": "Terugkoppelingsfiche van de LIVC-R aan de politie",
        "form_reference": "Referentie van de casus",
        "form_follows_up": "Opvolging door de cel",
        "form_yes": "De cel volgt de casus op.",
        "form_no": "De cel volgt de casus niet (verder) op.",
        "form_direction": "Algemene richting van de aanpak",
        "form_contact": "Contactpunt van de cel",
        "form_date": "Datum",
        "form_agreed": "Deze fiche werd in consensus goedgekeurd door alle aanwezige leden voor deze casus "
        "(GwH 52/2021).",
        "form_secrecy": "Deze fiche bevat geen informatie die onder het beroepsgeheim valt.",
        "neutral_direction_yes": "De cel zet een sociaal-preventieve begeleiding op.",
        "neutral_direction_no": "De cel neemt geen verdere stappen in deze casus.",
        "neutral_contact": "De casemanager van {cell}",
        "letter_title": "Terugkoppeling over uw signaal",
        "letter_to": "Aan {name}",
        "letter_salutation": "Geachte {name},",
        "letter_received": "Uw signaal van {date} werd goed ontvangen en werd besproken in de lokale integrale "
        "veiligheidscel.",
        "letter_taken_up": "De cel neemt het signaal op.",
        "letter_referred": "Het signaal werd doorverwezen naar de gepaste hulpverlening.",
        "letter_not_taken_up": "De cel neemt het signaal niet verder op.",
        "letter_limits": "Omwille van het gedeeld beroepsgeheim (art. 458ter Strafwetboek) kunnen wij u geen "
        "verdere informatie geven.",
        "letter_contact": "Nieuwe signalen kunt u steeds melden aan de casemanager.",
        "letter_closing": "Met vriendelijke groeten,",
        "letter_signature": "De casemanager van {cell}",
    },
    "fr": {
        "banner": "CONFIDENTIEL — réservé au destinataire",
        "page": "page {page} de {pages}",
        "form_title": "Fiche de retour de la CSIL-R à la police",
        "form_reference": "Référence du cas",
        "form_follows_up": "Suivi par la cellule",
        "form_yes": "La cellule assure le suivi du cas.",
        "form_no": "La cellule n'assure pas (plus) le suivi du cas.",
        "form_direction": "Orientation générale de l'approche",
        "form_contact": "Point de contact de la cellule",
        "form_date": "Date",
        "form_agreed": "Cette fiche a été approuvée par consensus par tous les membres présents pour ce cas "
        "(C.C. 52/2021).",
        "form_secrecy": "Cette fiche ne contient aucune information couverte par le secret professionnel.",
        "neutral_direction_yes": "La cellule met en place un accompagnement socio-préventif.",
        "neutral_direction_no": "La cellule ne prend pas d'autres mesures dans ce cas.",
        "neutral_contact": "Le case manager de {cell}",
        "letter_title": "Retour concernant votre signalement",
        "letter_to": "À {name}",
        "letter_salutation": "Madame, Monsieur {name},",
        "letter_received": "Votre signalement du {date} a bien été reçu et a été discuté au sein de la cellule de "
        "sécurité intégrale locale.",
        "letter_taken_up": "La cellule prend le signalement en charge.",
        "letter_referred": "Le signalement a été orienté vers l'aide appropriée.",
        "letter_not_taken_up": "La cellule ne donne pas d'autre suite au signalement.",
        "letter_limits": "En raison du secret professionnel partagé (art. 458ter du Code pénal), nous ne pouvons "
        "vous donner d'autres informations.",
        "letter_contact": "Vous pouvez toujours signaler de nouveaux éléments au case manager.",
        "letter_closing": "Veuillez agréer nos salutations distinguées,",
        "letter_signature": "Le case manager de {cell}",
    },
    "en": {
        "banner": "CONFIDENTIAL — for the addressee only",
        "page": "page {page} of {pages}",
        "form_title": "Feedback form of the LISC-R to the police",
        "form_reference": "Reference of the case",
        "form_follows_up": "Follow-up by the cell",
        "form_yes": "The cell follows the case up.",
        "form_no": "The cell does not (further) follow the case up.",
        "form_direction": "General direction of the approach",
        "form_contact": "Contact point of the cell",
        "form_date": "Date",
        "form_agreed": "This form was agreed by consensus of every member present for this case "
        "(Constitutional Court 52/2021).",
        "form_secrecy": "This form holds no information covered by professional secrecy.",
        "neutral_direction_yes": "The cell sets up a socio-preventive support.",
        "neutral_direction_no": "The cell takes no further steps in this case.",
        "neutral_contact": "The case manager of {cell}",
        "letter_title": "Feedback on your signal",
        "letter_to": "To {name}",
        "letter_salutation": "Dear {name},",
        "letter_received": "Your signal of {date} was received and discussed in the local integral security cell.",
        "letter_taken_up": "The cell takes the signal up.",
        "letter_referred": "The signal was referred to the appropriate support.",
        "letter_not_taken_up": "The cell does not take the signal further.",
        "letter_limits": "Because of shared professional secrecy (art. 458ter Criminal Code) we cannot give you "
        "any further information.",
        "letter_contact": "You can always report new signals to the case manager.",
        "letter_closing": "Kind regards,",
        "letter_signature": "The case manager of {cell}",
    },
}


def text(language: str, key: str, **values: object) -> str:
    table = TEXTS.get(language, TEXTS["nl"])
    return table[key].format(**values) if values else table[key]
