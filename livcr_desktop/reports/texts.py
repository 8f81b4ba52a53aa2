"""Wording of the printed documents in the cell's language (nl, fr, en).

The PDF is a legal record in the cell's own language, independent of the interface language,
so its wording lives here as plain data rather than in Qt's translation files.
"""

from __future__ import annotations

import re
from typing import Final

LANGUAGES: Final = ("nl", "fr", "en")

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "banner": "Vertrouwelijk — gedeeld beroepsgeheim, art. 458ter Sw.",
        "page": "pagina {page} van {pages}",
        "present_for_case": "Aanwezig voor deze casus",
        "title_full": "Verslag van de vergadering",
        "title_actions": "Actielijst voor {organisation}",
        "title_feedback": "Terugkoppelingsfiche aan de politie",
        "title_referrer_letter": "Terugkoppeling aan de signaalgever",
        "title_addendum": "Addendum bij het verslag",
        "meeting": "Vergadering",
        "date": "Datum",
        "time": "Uur",
        "place": "Plaats",
        "chair": "Voorzitter",
        "secretary": "Secretaris",
        "number": "Nummer",
        "kind": "Soort",
        "attendance": "Aanwezigheden",
        "organisation": "Organisatie",
        "name": "Naam",
        "role": "Functie",
        "status": "Status",
        "for_case": "Voor casus",
        "acknowledged": "Geheimhouding bevestigd",
        "reminder": (
            "De aanwezigen werden herinnerd aan het gedeeld beroepsgeheim (art. 458ter §2 Sw.): wat in "
            "dit casusoverleg gedeeld wordt, blijft geheim. Niemand is verplicht te spreken."
        ),
        "whole_meeting": "hele vergadering",
        "review": "Opvolging van de openstaande acties van de vorige vergadering",
        "no_review": "Er stonden geen acties open.",
        "case": "Casus",
        "qualification": "Kwalificatie",
        "assessment": "Integrale inschatting",
        "contributions": "Inbreng per organisatie",
        "contribution": "Inbreng",
        "withheld": "{n} bijdrage(n) niet opgenomen in dit document.",
        "declined": "Geen informatie / wenst niet te delen: {orgs}",
        "domains": "Bezorgdheid per levensdomein",
        "domain": "Levensdomein",
        "level": "Niveau",
        "previous": "vorige",
        "risk": "Risicofactoren",
        "protective": "Beschermende factoren",
        "decision": "Beslissing",
        "reasons": "Motivering",
        "expectations": "Verwachtingen",
        "referral": "Doorverwezen naar",
        "escalation": "Opgeschaald naar",
        "next_review": "Volgende bespreking",
        "action_plan": "Plan van aanpak",
        "action": "Actie",
        "owner": "Eigenaar",
        "responsible": "Verantwoordelijke",
        "deadline": "Deadline",
        "no_actions": "Geen acties.",
        "next_meeting": "Volgende vergadering",
        "not_set": "nog niet vastgelegd",
        "closing": "Afsluiting en ondertekening",
        "sign_chair": "De voorzitter",
        "sign_secretary": "De secretaris",
        "signature_note": (
            "Elektronisch te ondertekenen (PAdES B-B, tijd volgens de klok van de ondertekenaar) of op papier."
        ),
        "consensus": "Alle aanwezige leden stemden in met deze terugkoppeling op {at}.",
        "feedback_note": (
            "Deze fiche bevat geen informatie die onder het beroepsgeheim valt (GwH 52/2021) en "
            "werd opgesteld met de instemming van alle aanwezige leden."
        ),
        "letter_intro": (
            "Uw melding van {registered} werd besproken in de LIVC-R van {date}. Binnen de wettelijke "
            "en deontologische grenzen kunnen wij u het volgende meedelen:"
        ),
        "letter_followup": "De cel heeft beslist: {decision}.",
        "letter_contact": "Voor vragen kunt u terecht bij de casemanager.",
        "letter_limits": (
            "Om de privacy van de betrokkene en het beroepsgeheim te beschermen, geven wij geen "
            "verdere inhoudelijke informatie."
        ),
        "addendum_intro": "Correctie of aanvulling bij het gefinaliseerde verslag van vergadering {number}:",
        "agenda": "Agenda",
        "not_discussed": "niet behandeld",
        "drawn_up": "Opgemaakt te {place} op {date}.",
        "signatories": "Voor de {cell}:",
        "draft": "ONTWERP",
        "follow_up_note": "Opvolging: {note}",
        "render_failed": (
            "Het verslag kon niet opgemaakt worden: een onderdeel past niet op een pagina. "
            "Kort de langste tekst in of verdeel hem over meer bijdragen."
        ),
        "yes": "ja",
        "no": "nee",
    },
    "fr": {
        "banner": "Confidentiel — secret professionnel partagé, art. 458ter C. pén.",
        "page": "page {page} sur {pages}",
        "present_for_case": "Présents pour ce cas",
        "title_full": "Procès-verbal de la réunion",
        "title_actions": "Liste d'actions pour {organisation}",
        "title_feedback": "Fiche de retour à la police",
        "title_referrer_letter": "Retour au signalant",
        "title_addendum": "Addendum au procès-verbal",
        "meeting": "Réunion",
        "date": "Date",
        "time": "Heure",
        "place": "Lieu",
        "chair": "Président",
        "secretary": "Secrétaire",
        "number": "Numéro",
        "kind": "Type",
        "attendance": "Présences",
        "organisation": "Organisation",
        "name": "Nom",
        "role": "Fonction",
        "status": "Statut",
        "for_case": "Pour le cas",
        "acknowledged": "Secret confirmé",
        "reminder": (
            "Les participants ont été rappelés au secret professionnel partagé (art. 458ter §2 C. pén.) : "
            "ce qui est partagé dans cette concertation reste secret. Nul n'est tenu de parler."
        ),
        "whole_meeting": "toute la réunion",
        "review": "Suivi des actions ouvertes de la réunion précédente",
        "no_review": "Aucune action n'était ouverte.",
        "case": "Cas",
        "qualification": "Qualification",
        "assessment": "Analyse intégrale",
        "contributions": "Apports par organisation",
        "contribution": "Apport",
        "withheld": "{n} apport(s) non repris dans ce document.",
        "declined": "Pas d'information / ne souhaite pas partager : {orgs}",
        "domains": "Préoccupation par domaine de vie",
        "domain": "Domaine de vie",
        "level": "Niveau",
        "previous": "précédent",
        "risk": "Facteurs de risque",
        "protective": "Facteurs de protection",
        "decision": "Décision",
        "reasons": "Motivation",
        "expectations": "Attentes",
        "referral": "Orienté vers",
        "escalation": "Escaladé vers",
        "next_review": "Prochain examen",
        "action_plan": "Plan d'action",
        "action": "Action",
        "owner": "Responsable (organisation)",
        "responsible": "Personne responsable",
        "deadline": "Échéance",
        "no_actions": "Aucune action.",
        "next_meeting": "Prochaine réunion",
        "not_set": "pas encore fixée",
        "closing": "Clôture et signature",
        "sign_chair": "Le président",
        "sign_secretary": "Le secrétaire",
        "signature_note": ("À signer électroniquement (PAdES B-B, heure selon l'horloge du signataire) ou sur papier."),
        "consensus": "Tous les membres présents ont approuvé ce retour le {at}.",
        "feedback_note": (
            "Cette fiche ne contient aucune information couverte par le secret professionnel (C. const. "
            "52/2021) et a été établie avec l'accord de tous les membres présents."
        ),
        "letter_intro": (
            "Votre signalement du {registered} a été examiné par la CSIL-R le {date}. Dans les limites "
            "légales et déontologiques, nous pouvons vous communiquer ce qui suit :"
        ),
        "letter_followup": "La cellule a décidé : {decision}.",
        "letter_contact": "Pour toute question, adressez-vous au référent.",
        "letter_limits": (
            "Afin de protéger la vie privée de la personne concernée et le secret professionnel, nous "
            "ne donnons pas d'autres informations sur le fond."
        ),
        "addendum_intro": "Correction ou complément au procès-verbal finalisé de la réunion {number} :",
        "agenda": "Ordre du jour",
        "not_discussed": "non traité",
        "drawn_up": "Fait à {place} le {date}.",
        "signatories": "Pour la {cell} :",
        "draft": "PROJET",
        "follow_up_note": "Suivi : {note}",
        "render_failed": (
            "Le procès-verbal n'a pas pu être mis en page : un élément ne tient pas sur une page. "
            "Raccourcissez le texte le plus long ou répartissez-le sur plusieurs apports."
        ),
        "yes": "oui",
        "no": "non",
    },
    "en": {
        "banner": "Confidential — shared professional secrecy, art. 458ter Criminal Code",
        "page": "page {page} of {pages}",
        "present_for_case": "Present for this case",
        "title_full": "Minutes of the meeting",
        "title_actions": "Action list for {organisation}",
        "title_feedback": "Feedback form to the police",
        "title_referrer_letter": "Feedback to the referrer",
        "title_addendum": "Addendum to the minutes",
        "meeting": "Meeting",
        "date": "Date",
        "time": "Time",
        "place": "Place",
        "chair": "Chair",
        "secretary": "Secretary",
        "number": "Number",
        "kind": "Kind",
        "attendance": "Attendance",
        "organisation": "Organisation",
        "name": "Name",
        "role": "Role",
        "status": "Status",
        "for_case": "For case",
        "acknowledged": "Confidentiality acknowledged",
        "reminder": (
            "Attendees were reminded of shared professional secrecy (art. 458ter §2 Criminal Code): what is "
            "shared in this case conference stays secret. Nobody is obliged to speak."
        ),
        "whole_meeting": "whole meeting",
        "review": "Follow-up of the actions left open at the previous meeting",
        "no_review": "No actions were open.",
        "case": "Case",
        "qualification": "Qualification",
        "assessment": "Integral assessment",
        "contributions": "Contributions by organisation",
        "contribution": "Contribution",
        "withheld": "{n} contribution(s) not included here.",
        "declined": "No information / declines to share: {orgs}",
        "domains": "Concern per life domain",
        "domain": "Life domain",
        "level": "Level",
        "previous": "previous",
        "risk": "Risk factors",
        "protective": "Protective factors",
        "decision": "Decision",
        "reasons": "Reasons",
        "expectations": "Expectations",
        "referral": "Referred to",
        "escalation": "Escalated to",
        "next_review": "Next review",
        "action_plan": "Plan of approach",
        "action": "Action",
        "owner": "Owner",
        "responsible": "Responsible",
        "deadline": "Deadline",
        "no_actions": "No actions.",
        "next_meeting": "Next meeting",
        "not_set": "not set yet",
        "closing": "Closing and signatures",
        "sign_chair": "The chair",
        "sign_secretary": "The secretary",
        "signature_note": "To be signed electronically (PAdES B-B, time from the signer's clock) or on paper.",
        "consensus": "All members present agreed to this feedback on {at}.",
        "feedback_note": (
            "This form holds no information covered by professional secrecy (Constitutional Court "
            "52/2021) and was drawn up with the agreement of all members present."
        ),
        "letter_intro": (
            "Your referral of {registered} was discussed by the LIVC-R on {date}. Within legal and "
            "professional limits we can tell you the following:"
        ),
        "letter_followup": "The cell decided: {decision}.",
        "letter_contact": "For questions, please contact the case manager.",
        "letter_limits": (
            "To protect the privacy of the person concerned and professional secrecy, we give no "
            "further information on the substance."
        ),
        "addendum_intro": "Correction or addition to the finalised minutes of meeting {number}:",
        "agenda": "Agenda",
        "not_discussed": "not discussed",
        "drawn_up": "Drawn up at {place} on {date}.",
        "signatories": "For the {cell}:",
        "draft": "DRAFT",
        "follow_up_note": "Follow-up: {note}",
        "render_failed": (
            "The minutes could not be laid out: one part does not fit on a page. "
            "Shorten the longest text or spread it over more contributions."
        ),
        "yes": "yes",
        "no": "no",
    },
}

CODES: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "present": "aanwezig",
        "excused": "verontschuldigd",
        "absent": "afwezig",
        "unregistered": "niet geregistreerd",
        "open": "open",
        "in_progress": "lopend",
        "done": "afgerond",
        "not_done": "niet uitgevoerd",
        "start_follow_up": "opvolging opstarten",
        "continue_follow_up": "opvolging verderzetten",
        "refer_and_close": "doorverwijzen en afsluiten",
        "escalate": "opschalen",
        "close": "afsluiten",
        "gather_information": "bijkomende informatie verzamelen",
        "scale_down": "afschalen",
        "Q0": "Q0 geen radicaliseringsproblematiek",
        "Q1": "Q1 zorgwekkend, onvoldoende informatie",
        "Q2": "Q2 radicaliseringsproces, sociaal-preventieve aanpak",
        "Q3": "Q3 verhoogd risico, veiligheidsluik nodig",
        "case_review": "opvolging",
        "new_referral": "nieuwe melding",
        "regular": "reguliere LIVC-R",
        "core_team": "kernteam",
        "extraordinary": "buitengewone vergadering",
        "family": "Gezin en thuissituatie",
        "education_work": "Onderwijs, werk en dagbesteding",
        "finance_housing": "Financiën en huisvesting",
        "health": "Fysieke en mentale gezondheid",
        "social_network": "Sociaal netwerk en vrije tijd",
        "online": "Online gedrag en informatieomgeving",
        "ideology": "Ideologie, opvattingen en houding tegenover geweld",
        "intent_behaviour": "Intentie en gedragssignalen",
        "capability": "Capaciteit en middelen",
        "justice_police": "Justitie en politie",
        "identity_grievances": "Identiteit, zingeving en grieven",
        "recent_events": "Recente gebeurtenissen en triggers",
    },
    "fr": {
        "present": "présent",
        "excused": "excusé",
        "absent": "absent",
        "unregistered": "non enregistré",
        "open": "ouverte",
        "in_progress": "en cours",
        "done": "terminée",
        "not_done": "non réalisée",
        "start_follow_up": "démarrer le suivi",
        "continue_follow_up": "poursuivre le suivi",
        "refer_and_close": "orienter et clôturer",
        "escalate": "escalader",
        "close": "clôturer",
        "gather_information": "recueillir des informations complémentaires",
        "scale_down": "désescalader (suivi allégé)",
        "Q0": "Q0 pas de problématique de radicalisation",
        "Q1": "Q1 préoccupant, informations insuffisantes",
        "Q2": "Q2 processus de radicalisation, approche socio-préventive",
        "Q3": "Q3 risque accru, volet sécuritaire nécessaire",
        "case_review": "suivi",
        "new_referral": "nouveau signalement",
        "regular": "CSIL-R ordinaire",
        "core_team": "noyau",
        "extraordinary": "réunion extraordinaire",
        "family": "Famille et situation à domicile",
        "education_work": "Enseignement, travail et occupation",
        "finance_housing": "Finances et logement",
        "health": "Santé physique et mentale",
        "social_network": "Réseau social et loisirs",
        "online": "Comportement en ligne et environnement informationnel",
        "ideology": "Idéologie, opinions et attitude face à la violence",
        "intent_behaviour": "Intention et signaux comportementaux",
        "capability": "Capacités et moyens",
        "justice_police": "Justice et police",
        "identity_grievances": "Identité, sens et griefs",
        "recent_events": "Événements récents et déclencheurs",
    },
    "en": {
        "present": "present",
        "excused": "excused",
        "absent": "absent",
        "unregistered": "not registered",
        "open": "open",
        "in_progress": "in progress",
        "done": "done",
        "not_done": "not done",
        "start_follow_up": "start follow-up",
        "continue_follow_up": "continue follow-up",
        "refer_and_close": "refer and close",
        "escalate": "escalate",
        "close": "close",
        "gather_information": "gather more information",
        "scale_down": "scale down",
        "Q0": "Q0 no radicalisation issue",
        "Q1": "Q1 worrying, not enough information",
        "Q2": "Q2 radicalisation process, socio-preventive approach",
        "Q3": "Q3 increased risk, security track needed",
        "case_review": "review",
        "new_referral": "new referral",
        "regular": "regular LIVC-R",
        "core_team": "core team",
        "extraordinary": "extraordinary meeting",
        "family": "Family and home",
        "education_work": "Education, work and daytime activity",
        "finance_housing": "Finances and housing",
        "health": "Physical and mental health",
        "social_network": "Social network and leisure",
        "online": "Online behaviour and information environment",
        "ideology": "Ideology, views and attitude to violence",
        "intent_behaviour": "Intent and behavioural signals",
        "capability": "Capability and means",
        "justice_police": "Justice and police",
        "identity_grievances": "Identity, meaning and grievances",
        "recent_events": "Recent events and triggers",
    },
}


_FRENCH_SPACING = re.compile(r" ([:;?!])")


def text(language: str, key: str, **values: object) -> str:
    table = TEXTS.get(language, TEXTS["nl"])
    wording = table[key]
    if language == "fr":  # French puts a no-break space before these signs: never a line break there
        wording = _FRENCH_SPACING.sub("\u00a0\\1", wording)
    return wording.format(**values) if values else wording


def code(language: str, value: str) -> str:
    """Label of a stored code (status, decision, domain, ...); unknown codes print as they are."""
    if not value:
        return ""
    return CODES.get(language, CODES["nl"]).get(value, value)
