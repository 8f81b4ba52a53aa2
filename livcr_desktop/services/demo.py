"""Demo data: a fictional cell, "LIVC-R Fictiefdonk", with two years of invented history.

Every name in this module is invented: the municipality label, the organisations' staff, the
members, the subjects' first and last names (visibly fake, such as "Testpersoon"), pseudonyms and
all texts. Nothing describes a real person or a real case. The demo passphrase is shown on screen
on purpose: it protects demo data only.

:func:`populate` fills an empty vault in one transaction. It is deterministic: the same seed and
the same "today" give the same vault. Every date is relative to ``ctx.today()``, so a demo made on
any day has overdue reviews, overdue actions and an upcoming meeting.
"""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Final, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    Ideology,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
    Phenomenon,
    Qualification,
)
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.vault import Vault

DEMO_PASSPHRASE: Final[str] = "demo-Fictiefdonk-2026"
DEMO_MUNICIPALITY: Final[str] = "Fictiefdonk (fictieve gemeente)"
DEMO_CELL_NAME: Final[str] = "LIVC-R Fictiefdonk"
DEMO_USER: Final[str] = "demo-voorzitter"
DEMO_SEED: Final[int] = 2026
DEMO_RETENTION_YEARS: Final[int] = 5

PLACE: Final[str] = "Stadhuis Fictiefdonk, zaal 2"
START_TIME: Final[time] = time(14, 0)
MEETING_INTERVAL_DAYS: Final[int] = 28
PAST_MEETINGS: Final[int] = 3
ACTION_REVIEW_TITLE: Final[str] = "Opvolging openstaande acties"
CODE_PREFIX: Final[str] = "LIVC"

# -- organisations and members ------------------------------------------------------------------

ORGANISATIONS: Final[tuple[tuple[str, str, OrganisationSector], ...]] = (
    ("Politiezone Fictiefdonk", "PZ", OrganisationSector.POLICE),
    ("Preventiedienst Fictiefdonk", "PREV", OrganisationSector.PREVENTION),
    ("OCMW Fictiefdonk", "OCMW", OrganisationSector.SOCIAL_WELFARE),
    ("Justitiehuis Fictiefdonk", "JH", OrganisationSector.JUSTICE),
    ("CAW Fictiefdonk", "CAW", OrganisationSector.WELFARE),
    ("CLB Fictiefdonk", "CLB", OrganisationSector.EDUCATION),
    ("CGG Fictiefdonk", "CGG", OrganisationSector.MENTAL_HEALTH),
    ("Jeugdwerking Fictiefdonk", "JEUGD", OrganisationSector.YOUTH),
)


class _MemberSpec(NamedTuple):
    key: str
    name: str
    organisation: str  # short name
    role: str
    kind: MemberKind


# The list has no municipal organisation: the mayor sits for the municipality's prevention service.
MEMBERS: Final[tuple[_MemberSpec, ...]] = (
    _MemberSpec("chair", "Burgemeester An Voorbeeld", "PREV", "voorzitter (burgemeester)", MemberKind.CORE),
    _MemberSpec("secretary", "Jef Fictief", "PREV", "secretaris", MemberKind.CORE),
    _MemberSpec("prevention", "Mira Verzonnen", "PREV", "preventieambtenaar", MemberKind.CORE),
    _MemberSpec("cm1", "Karim Testman", "PREV", "casemanager", MemberKind.CORE),
    _MemberSpec("cm2", "Sara Gefingeerd", "PREV", "casemanager", MemberKind.CORE),
    _MemberSpec("info", "Lotte Proefmans", "PZ", "informatieofficier", MemberKind.CORE),
    _MemberSpec("ocmw", "Els Nepnaam", "OCMW", "maatschappelijk werker", MemberKind.INVITED),
    _MemberSpec("jh", "Tom Oefenaar", "JH", "justitieassistent", MemberKind.INVITED),
    _MemberSpec("caw", "Sofie Steekproef", "CAW", "hulpverlener", MemberKind.INVITED),
    _MemberSpec("clb", "Noor Zogezegd", "CLB", "CLB-medewerker", MemberKind.INVITED),
    _MemberSpec("cgg", "Pieter Placebo", "CGG", "psycholoog", MemberKind.INVITED),
    _MemberSpec("jeugd", "Lien Schijnbaar", "JEUGD", "jeugdwerker", MemberKind.INVITED),
)

CORE_KEYS: Final[tuple[str, ...]] = tuple(m.key for m in MEMBERS if m.kind is MemberKind.CORE)
GENERAL_INVITED: Final[tuple[str, ...]] = ("ocmw",)  # invited for whole meetings
SPEAKER: Final[dict[str, str]] = {  # who speaks for an organisation (PREV: the case's casemanager)
    "PZ": "info",
    "OCMW": "ocmw",
    "JH": "jh",
    "CAW": "caw",
    "CLB": "clb",
    "CGG": "cgg",
    "JEUGD": "jeugd",
}
EXCUSED: Final[dict[int, str]] = {0: "prevention", 1: "cm1", 2: "cm2"}  # by past meeting index
ABSENT: Final[dict[int, str]] = {1: "ocmw"}
CORE_DOMAINS: Final[tuple[str, ...]] = ("ideology", "intent_behaviour")  # assessed for every case
CORE_BASE_LEVEL: Final[dict[str, int]] = {"ideology": 2, "intent_behaviour": 1}  # at qualification Q2
PARTNERS_MINOR: Final[tuple[str, ...]] = ("CLB", "JEUGD", "CGG", "CAW")
PARTNERS_ADULT: Final[tuple[str, ...]] = ("JH", "CAW", "CGG", "JEUGD")

# -- cases --------------------------------------------------------------------------------------


class _Step(NamedTuple):
    """One discussion of a case at a past meeting (index 0 is the oldest of the three)."""

    meeting: int
    decision: DecisionType
    qualification: Qualification


class _CaseSpec(NamedTuple):
    days_ago: int  # registration, days before today
    phenomenon: Phenomenon
    ideology: Ideology | None
    minor: bool
    named: bool  # False: pseudonymous, no identity
    referrer: str | None  # referring organisation (short name); None: a citizen or an outside body
    status: CaseStatus | None = None  # only for cases without steps: else the last decision decides
    review: int | None = None  # next review, days from today
    closed_ago: int | None = None  # for closed cases without steps
    steps: tuple[_Step, ...] = ()
    on_agenda: bool = False  # proposed on the upcoming meeting's agenda (the flag is then cleared)
    marked: bool = False  # marked for the next agenda after the upcoming one's was drawn up
    note: str = ""


_P, _I, _D, _Q, _S = Phenomenon, Ideology, DecisionType, Qualification, CaseStatus

# Oldest first. Cases without steps were handled before the three past meetings in this vault.
CASES: Final[tuple[_CaseSpec, ...]] = (
    _CaseSpec(705, _P.EXTREMISM, _I.EXTREME_RIGHT, False, True, "PZ", _S.CLOSED, closed_ago=380),
    _CaseSpec(680, _P.RADICALISM, _I.RELIGIOUS, True, False, "CLB", _S.REFERRED_CLOSED, closed_ago=450),
    _CaseSpec(640, _P.RADICALISM, _I.ANTI_GOVERNMENT, False, True, "OCMW", _S.FOLLOW_UP, review=62),
    _CaseSpec(
        600,
        _P.RADICALISM,
        _I.RELIGIOUS,
        False,
        True,
        "JH",
        review=24,
        steps=(
            _Step(0, _D.CONTINUE_FOLLOW_UP, _Q.Q2),
            _Step(1, _D.CONTINUE_FOLLOW_UP, _Q.Q2),
            _Step(2, _D.ESCALATE, _Q.Q3),
        ),
    ),
    _CaseSpec(560, _P.EXTREMISM, _I.EXTREME_LEFT, False, False, None, _S.CLOSED, closed_ago=260),
    _CaseSpec(520, _P.EXTREMISM, _I.SINGLE_ISSUE, False, True, "PZ", _S.FOLLOW_UP, review=-30),
    _CaseSpec(
        500,
        _P.RADICALISM,
        _I.EXTREME_RIGHT,
        False,
        True,
        "CAW",
        review=6,
        steps=(_Step(1, _D.CONTINUE_FOLLOW_UP, _Q.Q2),),
    ),
    _CaseSpec(
        470,
        _P.TERRORISM,
        _I.RELIGIOUS,
        False,
        True,
        "JH",
        _S.ESCALATED,
        review=35,
        note="Opgeschaald vóór de ingebruikname van de toepassing; het socio-preventieve luik loopt.",
    ),
    _CaseSpec(
        420,
        _P.RADICALISM,
        _I.EXTREME_RIGHT,
        True,
        True,
        "CLB",
        steps=(_Step(0, _D.CONTINUE_FOLLOW_UP, _Q.Q2), _Step(2, _D.CLOSE, _Q.Q0)),
    ),
    _CaseSpec(390, _P.RADICALISM, _I.UNCLEAR, True, False, "JEUGD", _S.CLOSED, closed_ago=150),
    _CaseSpec(350, _P.EXTREMISM, _I.ANTI_GOVERNMENT, False, True, "OCMW", _S.FOLLOW_UP, review=48),
    _CaseSpec(300, _P.RADICALISM, _I.UNCLEAR, False, False, "CAW", steps=(_Step(0, _D.REFER_AND_CLOSE, _Q.Q1),)),
    _CaseSpec(270, _P.RADICALISM, _I.RELIGIOUS, True, True, "CLB", _S.FOLLOW_UP, review=20),
    _CaseSpec(250, _P.EXTREMISM, _I.EXTREME_RIGHT, False, True, "PZ", review=60, steps=(_Step(1, _D.ESCALATE, _Q.Q3),)),
    _CaseSpec(220, _P.EXTREMISM, _I.SINGLE_ISSUE, False, False, None, _S.REFERRED_CLOSED, closed_ago=100),
    _CaseSpec(
        200, _P.RADICALISM, _I.ANTI_GOVERNMENT, False, True, "OCMW", steps=(_Step(2, _D.REFER_AND_CLOSE, _Q.Q1),)
    ),
    _CaseSpec(180, _P.RADICALISM, _I.EXTREME_LEFT, False, True, "JEUGD", _S.CLOSED, closed_ago=95),
    _CaseSpec(160, _P.RADICALISM, _I.RELIGIOUS, False, False, "PREV", _S.FOLLOW_UP, review=90),
    _CaseSpec(130, _P.EXTREMISM, _I.EXTREME_RIGHT, True, True, "CLB", _S.FOLLOW_UP, review=33),
    _CaseSpec(110, _P.RADICALISM, _I.UNCLEAR, False, True, "CGG", _S.CLOSED, closed_ago=80),
    _CaseSpec(
        95,
        _P.EXTREMISM,
        _I.ANTI_GOVERNMENT,
        False,
        False,
        "PZ",
        review=-4,
        steps=(_Step(0, _D.GATHER_INFORMATION, _Q.Q1), _Step(1, _D.START_FOLLOW_UP, _Q.Q2)),
    ),
    _CaseSpec(
        88, _P.RADICALISM, _I.EXTREME_RIGHT, True, True, "CLB", review=-20, steps=(_Step(0, _D.START_FOLLOW_UP, _Q.Q2),)
    ),
    _CaseSpec(
        60,
        _P.RADICALISM,
        _I.RELIGIOUS,
        True,
        False,
        "JEUGD",
        review=45,
        steps=(_Step(1, _D.GATHER_INFORMATION, _Q.Q1), _Step(2, _D.START_FOLLOW_UP, _Q.Q2)),
    ),
    _CaseSpec(
        55,
        _P.RADICALISM,
        _I.SINGLE_ISSUE,
        False,
        True,
        None,
        _S.SCREENING,
        review=25,
        note="Signaalgever (buurtbewoner) wenst anoniem te blijven. Eerste gesprek met de "
        "wijkagent gepland; screening loopt.",
    ),
    _CaseSpec(
        30, _P.EXTREMISM, _I.EXTREME_LEFT, False, True, "CAW", review=5, steps=(_Step(2, _D.GATHER_INFORMATION, _Q.Q1),)
    ),
    _CaseSpec(
        20,
        _P.RADICALISM,
        _I.RELIGIOUS,
        False,
        False,
        "OCMW",
        _S.SCREENING,
        on_agenda=True,
        note="Screening afgerond in overleg met de signaalgever: voorstel tot bespreking op de volgende zitting.",
    ),
    _CaseSpec(14, _P.EXTREMISM, _I.EXTREME_RIGHT, True, True, "CLB", _S.REGISTERED, on_agenda=True),
    _CaseSpec(9, _P.RADICALISM, _I.UNCLEAR, False, False, "PZ", _S.REGISTERED),
    _CaseSpec(
        5,
        _P.RADICALISM,
        _I.ANTI_GOVERNMENT,
        False,
        True,
        None,
        _S.SCREENING,
        marked=True,
        note="Signaal via het onthaal van het stadhuis. Casemanager contacteert de signaalgever; "
        "voorstel om de casus op de eerstvolgende vrije zitting te bespreken.",
    ),
    _CaseSpec(3, _P.EXTREMISM, None, False, False, "JEUGD", _S.REGISTERED),
)

PSEUDONYMS: Final[tuple[str, ...]] = (
    "Eik",
    "Linde",
    "Beuk",
    "Berk",
    "Es",
    "Wilg",
    "Els",
    "Hazelaar",
    "Lijsterbes",
    "Kastanje",
    "Populier",
    "Iep",
    "Esdoorn",
    "Vlier",
    "Meidoorn",
    "Taxus",
    "Den",
    "Spar",
    "Lariks",
    "Ceder",
    "Hulst",
    "Kers",
    "Noot",
    "Plataan",
    "Acacia",
    "Jeneverbes",
    "Sleedoorn",
    "Cipres",
    "Magnolia",
    "Olijf",
)
FIRST_NAMES: Final[tuple[str, ...]] = (
    "Robin",
    "Sam",
    "Kim",
    "Noa",
    "Jules",
    "Charlie",
    "Lou",
    "Mika",
    "Alex",
    "Jo",
    "Toni",
    "Ruth",
)
LAST_NAMES: Final[tuple[str, ...]] = (
    "Testpersoon",
    "Proefpersoon",
    "Voorbeeld",
    "Demopersoon",
    "Oefenpersoon",
)

# -- texts (generic, invented) ------------------------------------------------------------------

DOMAIN_LABELS: Final[dict[str, str]] = {
    "family": "gezin en thuissituatie",
    "education_work": "onderwijs, werk en dagbesteding",
    "finance_housing": "financiën en huisvesting",
    "health": "gezondheid",
    "social_network": "sociaal netwerk en vrije tijd",
    "online": "online gedrag",
    "ideology": "ideologie en houding tegenover geweld",
    "intent_behaviour": "intentie en gedragssignalen",
    "capability": "capaciteit en middelen",
    "justice_police": "justitie en politie",
    "identity_grievances": "identiteit en grieven",
    "recent_events": "recente gebeurtenissen",
}

ORG_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "PZ": ("justice_police", "online", "intent_behaviour", "capability"),
    "PREV": ("family", "social_network", "recent_events", "identity_grievances", "ideology"),
    "OCMW": ("finance_housing", "family"),
    "JH": ("justice_police", "recent_events"),
    "CAW": ("family", "finance_housing", "social_network"),
    "CLB": ("education_work", "family", "social_network", "ideology"),
    "CGG": ("health", "identity_grievances"),
    "JEUGD": ("social_network", "identity_grievances", "education_work"),
}

CONTRIBUTION_TEXTS: Final[dict[str, tuple[str, ...]]] = {
    "family": (
        "Betrokkene woont bij moeder; het contact met vader is sinds de scheiding verbroken. Moeder "
        "maakt zich zorgen maar voelt zich machteloos.",
        "Er zijn spanningen thuis over uitgaansuren en vrienden. Een oudere broer heeft een positieve invloed.",
        "Het gezin is gekend bij de hulpverlening; de ouders staan open voor ondersteuning.",
    ),
    "education_work": (
        "Verhoogd verzuim sinds het begin van het schooljaar; de klassenraad overweegt een traject op maat.",
        "Heeft de opleiding onderbroken en heeft momenteel geen dagbesteding.",
        "Gaat regelmatig naar school of werk; er worden geen problemen gemeld.",
    ),
    "finance_housing": (
        "Huurachterstand van enkele maanden; een aanvraag voor budgetbegeleiding loopt.",
        "Verblijft tijdelijk bij een kennis en heeft geen vaste verblijfplaats.",
        "Ondersteuning werd toegekend; de woonsituatie is stabiel.",
    ),
    "health": (
        "Is in begeleiding voor slaapproblemen en somberheid; verder geen details (strikt noodzakelijke info).",
        "Er is een vermoeden van middelengebruik; betrokkene weigert voorlopig hulp.",
        "Komt de afspraken trouw na; de begeleider ziet een positieve evolutie.",
    ),
    "social_network": (
        "Heeft zich teruggetrokken uit de sportclub en ziet oude vrienden nauwelijks nog.",
        "Trekt op met een kleine groep jongeren die elkaar online hebben leren kennen.",
        "Heeft een stabiele vriendengroep en is actief in een lokale vereniging.",
    ),
    "online": (
        "Deelt op sociale media berichten met polariserende inhoud; geen expliciete oproepen tot geweld vastgesteld.",
        "Is lid van besloten chatgroepen waarin extremistische memes circuleren.",
        "De online activiteit is de voorbije weken merkbaar afgenomen.",
    ),
    "ideology": (
        "Uit in gesprekken een uitgesproken wij-zij-denken en wantrouwen tegenover de overheid.",
        "Verdedigde in de klas geweld als middel om een doel te bereiken; de leerkracht ging in gesprek.",
        "Neemt zelf afstand van eerdere uitspraken en stelt kritische vragen bij de groep.",
    ),
    "intent_behaviour": (
        "Geen signalen van concrete geweldsintenties; wel een sterke fixatie op één thema.",
        "Maakte een dreigende opmerking tegenover een leeftijdsgenoot; er volgde een gesprek.",
        "Er werden geen nieuwe gedragssignalen opgemerkt sinds de vorige bespreking.",
    ),
    "capability": (
        "Geen aanwijzingen dat betrokkene toegang heeft tot wapens of middelen.",
        "Toont interesse in trainingen binnen een gesloten groep.",
        "Beschikt over beperkte middelen en weinig mobiliteit.",
    ),
    "justice_police": (
        "Gekend voor een proces-verbaal wegens bedreiging (geseponeerd); verder niets dat gedeeld kan worden.",
        "Niet gekend bij de lokale politie.",
        "Een melding van beschadiging met politieke slogans wordt nog onderzocht; geen verdere details.",
    ),
    "identity_grievances": (
        "Voelt zich gediscrimineerd bij het zoeken naar werk of stage en spreekt van onrecht.",
        "Zoekt naar zingeving en naar een plek waar betrokkene erbij hoort.",
        "Koestert grieven tegenover de school na een tuchtprocedure.",
    ),
    "recent_events": (
        "Recente breuk in een relatie en verlies van een studentenjob.",
        "Een conflict in de buurt liep vorige maand hoog op.",
        "Het overlijden van een grootouder heeft veel impact gehad.",
    ),
}
ORG_TEXTS: Final[dict[tuple[str, str], tuple[str, ...]]] = {  # overrides per organisation
    ("JH", "justice_police"): (
        "Staat onder probatievoorwaarden; de voorwaarden worden tot nu toe nageleefd.",
        "Voert een werkstraf uit; de uitvoering verloopt moeizaam.",
    ),
}

RISKS: Final[dict[str, tuple[str, ...]]] = {
    "family": ("Conflicten thuis", "Weinig toezicht"),
    "education_work": ("Schoolverzuim", "Geen dagbesteding"),
    "finance_housing": ("Schulden", "Onstabiele huisvesting"),
    "health": ("Psychisch kwetsbaar", "Middelengebruik"),
    "social_network": ("Isolement", "Negatieve vriendengroep"),
    "online": ("Polariserende online omgeving", "Besloten extremistische groepen"),
    "ideology": ("Wij-zij-denken", "Rechtvaardiging van geweld"),
    "intent_behaviour": ("Dreigende uitlatingen", "Fixatie op één thema"),
    "capability": ("Interesse in training", "Contacten met gewelddadige personen"),
    "justice_police": ("Antecedenten", "Lopende voorwaarden"),
    "identity_grievances": ("Ervaren onrecht", "Zoektocht naar identiteit"),
    "recent_events": ("Recent verlies", "Conflict in de buurt"),
}
PROTECTIVE: Final[dict[str, tuple[str, ...]]] = {
    "family": ("Betrokken ouder", "Steunfiguur in de familie"),
    "education_work": ("Motivatie voor opleiding", "Vaste job"),
    "finance_housing": ("Stabiele woonst", "Budgetbegeleiding aanvaard"),
    "health": ("Aanvaardt begeleiding", "Goede zelfzorg"),
    "social_network": ("Actief in een vereniging", "Positieve vrienden"),
    "online": ("Minder online", "Kritisch over bronnen"),
    "ideology": ("Staat open voor gesprek", "Neemt afstand van geweld"),
    "intent_behaviour": ("Geen dreigingssignalen", "Houdt zich aan afspraken"),
    "capability": ("Geen toegang tot middelen", "Beperkte mobiliteit"),
    "justice_police": ("Leeft voorwaarden na", "Geen nieuwe feiten"),
    "identity_grievances": ("Positief toekomstbeeld", "Vindt erkenning"),
    "recent_events": ("Verwerking met steun", "Situatie gestabiliseerd"),
}

QUALIFICATION_TEXT: Final[dict[Qualification, str]] = {
    Qualification.Q0: "Er zijn geen aanwijzingen (meer) voor een radicaliseringsproces; de signalen passen "
    "bij een algemene hulpvraag.",
    Qualification.Q1: "De signalen zijn zorgwekkend, maar er is onvoldoende informatie om van een "
    "radicaliseringsproces te spreken.",
    Qualification.Q2: "De cel ziet een radicaliseringsproces waarvoor een sociaal-preventieve aanpak aangewezen is.",
    Qualification.Q3: "De cel schat het risico verhoogd in: naast de sociaal-preventieve opvolging is een "
    "veiligheidsluik nodig.",
}
QUALIFICATION_SHIFT: Final[dict[Qualification, int]] = {
    Qualification.Q0: -2,
    Qualification.Q1: -1,
    Qualification.Q2: 0,
    Qualification.Q3: 1,
}

REASONS: Final[dict[DecisionType, tuple[str, ...]]] = {
    DecisionType.START_FOLLOW_UP: (
        "Meerdere partners bevestigen de signalen; betrokkene is bereikbaar voor hulpverlening.",
        "De signalen uit school en vrije tijd versterken elkaar; een gecoördineerde aanpak is nodig.",
    ),
    DecisionType.CONTINUE_FOLLOW_UP: (
        "Er is beweging, maar de zorgen zijn nog niet weggenomen.",
        "Het plan van aanpak loopt; betrokkene werkt wisselend mee.",
    ),
    DecisionType.REFER_AND_CLOSE: (
        "Er is geen radicaliseringsproblematiek meer; de hulpvraag hoort bij de reguliere hulpverlening.",
        "De zorgen liggen vooral op het vlak van welzijn; een gespecialiseerde dienst neemt over.",
    ),
    DecisionType.ESCALATE: (
        "De gedragssignalen wijzen op een verhoogd risico dat het sociaal-preventieve kader overstijgt.",
        "Nieuwe, bevestigde informatie over dreigende uitlatingen vraagt een veiligheidsluik.",
    ),
    DecisionType.CLOSE: (
        "De zorgen zijn weggenomen; de beschermende factoren zijn hersteld.",
        "Het plan van aanpak is uitgevoerd en er zijn geen nieuwe signalen.",
    ),
    DecisionType.GATHER_INFORMATION: (
        "De beschikbare informatie volstaat niet om de casus te kwalificeren.",
        "De signalen zijn onduidelijk; de partners gaan na wat zij weten.",
    ),
}
EXPECTATIONS: Final[dict[DecisionType, str]] = {
    DecisionType.START_FOLLOW_UP: "Casemanager stelt het plan van aanpak op en rapporteert op de volgende bespreking.",
    DecisionType.CONTINUE_FOLLOW_UP: "Partners voeren de acties uit en melden nieuwe signalen aan de casemanager.",
    DecisionType.REFER_AND_CLOSE: "Warme overdracht; de casemanager blijft aanspreekpunt voor de signaalgever.",
    DecisionType.ESCALATE: "Sociaal-preventieve opvolging loopt verder; de cel noteert enkel dat en wanneer "
    "er werd opgeschaald.",
    DecisionType.CLOSE: "Geen verdere opvolging door de cel; nieuwe signalen gaan naar de casemanager.",
    DecisionType.GATHER_INFORMATION: "Partners brengen bijkomende informatie in op de volgende bespreking.",
}
REFERRAL_TARGETS: Final[tuple[str, ...]] = (
    "CGG Fictiefdonk – ambulante begeleiding",
    "CAW Fictiefdonk – begeleiding op maat",
    "OCMW Fictiefdonk – trajectbegeleiding",
)
# Stored as the decision form stores them (its combo box data), with the text used in actions.
ESCALATION_TARGETS: Final[dict[str, str]] = {"LTF": "de LTF", "parket": "het parket"}

# Action templates: owner "CM" is the casemanager, "PARTNER" one of the case's partners.
ACTIONS: Final[dict[DecisionType, tuple[tuple[str, str], ...]]] = {
    DecisionType.START_FOLLOW_UP: (
        ("CM", "Gesprek met betrokkene plannen en het plan van aanpak voorstellen."),
        ("PARTNER", "{org} bekijkt welke begeleiding binnen het eigen aanbod mogelijk is."),
        ("OCMW", "Nagaan of betrokkene recht heeft op ondersteuning (leefloon, budgetbegeleiding)."),
    ),
    DecisionType.CONTINUE_FOLLOW_UP: (
        ("CM", "Netwerkoverleg organiseren met de steunfiguren van betrokkene."),
        ("PARTNER", "{org} zet de begeleiding verder en meldt nieuwe signalen."),
        ("JEUGD", "Betrokkene toeleiden naar een vrijetijdsaanbod in de buurt."),
    ),
    DecisionType.GATHER_INFORMATION: (
        ("PZ", "Binnen het eigen korps nagaan of er bijkomende relevante informatie is."),
        ("CM", "Signaalgever opnieuw bevragen over de concrete signalen."),
    ),
    DecisionType.ESCALATE: (
        ("PZ", "Informatieofficier meldt de opschaling aan {target} volgens de geldende afspraken."),
        ("CM", "Sociaal-preventieve opvolging verderzetten en de cel op de hoogte houden."),
    ),
    DecisionType.REFER_AND_CLOSE: (
        ("CM", "Warme overdracht naar {target} en afsluitend gesprek met betrokkene."),
        ("CM", "Beperkte terugkoppeling aan de signaalgever over de doorverwijzing."),
    ),
    DecisionType.CLOSE: (("CM", "Beperkte terugkoppeling aan de signaalgever over de afsluiting."),),
}
ACTION_COUNT: Final[dict[DecisionType, tuple[int, int]]] = {
    DecisionType.START_FOLLOW_UP: (2, 3),
    DecisionType.CONTINUE_FOLLOW_UP: (1, 3),
    DecisionType.GATHER_INFORMATION: (1, 2),
    DecisionType.ESCALATE: (2, 2),
    DecisionType.REFER_AND_CLOSE: (1, 2),
    DecisionType.CLOSE: (1, 1),
}
UPDATE_NOTES: Final[dict[ActionStatus, str]] = {
    ActionStatus.IN_PROGRESS: "Eerste contact gelegd; een vervolgafspraak is gepland.",
    ActionStatus.DONE: "Uitgevoerd; kort verslag aan de casemanager bezorgd.",
    ActionStatus.NOT_DONE: "Niet uitgevoerd: betrokkene ging niet in op de uitnodiging.",
}
FEEDBACK_TEXTS: Final[dict[DecisionType, str]] = {
    DecisionType.START_FOLLOW_UP: "Signaalgever gemeld dat de casus besproken werd en dat een begeleiding "
    "opgestart wordt. Geen inhoudelijke informatie gedeeld.",
    DecisionType.REFER_AND_CLOSE: "Signaalgever gemeld dat betrokkene doorverwezen werd naar de reguliere "
    "hulpverlening en dat de cel de casus afsluit.",
    DecisionType.CLOSE: "Signaalgever gemeld dat de opvolging door de cel afgesloten is; nieuwe signalen "
    "kunnen steeds bij de casemanager.",
}
MAX_FEEDBACK: Final[int] = 3
DECLINE_AT: Final[tuple[int, int]] = (1, 0)  # (past meeting, case item): a partner declines to share

# -- schedule -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Schedule:
    past: tuple[date, ...]  # oldest first
    upcoming: date

    def after(self, index: int) -> date:
        return self.past[index + 1] if index + 1 < len(self.past) else self.upcoming


def _schedule(today: date) -> _Schedule:
    """A Tuesday one to two weeks ahead, and past meetings every four weeks before it."""
    first = today + timedelta(days=7)
    upcoming = first + timedelta(days=(1 - first.weekday()) % 7)
    past = tuple(upcoming - timedelta(days=MEETING_INTERVAL_DAYS * k) for k in range(PAST_MEETINGS, 0, -1))
    return _Schedule(past, upcoming)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _planned_minutes(kind: AgendaItemKind) -> int:
    return 10 if kind is AgendaItemKind.ACTION_REVIEW else 15


def _case_status(spec: _CaseSpec) -> CaseStatus:
    if spec.steps:
        return spec.steps[-1].decision.resulting_status()
    assert spec.status is not None, "a case without steps needs a status"
    return spec.status


# -- the builder --------------------------------------------------------------------------------


class _Flags(NamedTuple):
    secrecy: bool
    no_projection: bool
    confirmed: bool
    in_minutes: bool


@dataclass(slots=True)
class _CaseRec:
    spec: _CaseSpec
    model: models.Case
    manager: str  # member key
    partners: tuple[str, ...]  # organisations invited for this case
    base_levels: dict[str, int] = field(default_factory=dict)
    last_levels: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Item:
    rec: _CaseRec
    step: _Step
    kind: AgendaItemKind


class _Builder:
    def __init__(self, s: Session, ctx: ServiceContext) -> None:
        self.s = s
        self.user = ctx.user
        self.today = ctx.today()
        self.rng = random.Random(DEMO_SEED)
        self.dates = _schedule(self.today)
        self.orgs: dict[str, models.Organisation] = {}
        self.members: dict[str, models.Member] = {}
        self.recs: list[_CaseRec] = []
        self.escalations = itertools.cycle(ESCALATION_TARGETS)
        self.names: list[tuple[str, str]] = []
        self.meetings_per_year: Counter[int] = Counter()
        self.counts: Counter[str] = Counter()

    def add(self, kind: str, obj: models.Base) -> None:
        self.s.add(obj)
        self.counts[kind] += 1

    def build(self) -> dict[str, int]:
        self.settings()
        self.organisations()
        self.member_rows()
        self.case_rows()
        for index in range(PAST_MEETINGS):
            self.past_meeting(index)
        self.upcoming_meeting()
        self.s.flush()
        return dict(self.counts)

    # -- reference data --------------------------------------------------------------------------

    def settings(self) -> None:
        values = {
            "cell_name": json.dumps(DEMO_CELL_NAME),
            "municipality": json.dumps(DEMO_MUNICIPALITY),
            "retention_years": json.dumps(DEMO_RETENTION_YEARS),
        }
        for key, value in values.items():
            self.s.merge(models.Setting(key=key, value=value))  # a vault may hold defaults already
            self.counts["setting"] += 1

    def organisations(self) -> None:
        for name, short, sector in ORGANISATIONS:
            org = models.Organisation(name=name, short_name=short, sector=sector, active=True)
            self.add("organisation", org)
            self.orgs[short] = org
        self.s.flush()

    def member_rows(self) -> None:
        for spec in MEMBERS:
            member = models.Member(
                name=spec.name,
                organisation_id=self.orgs[spec.organisation].id,
                role=spec.role,
                kind=spec.kind,
                active=True,
            )
            self.add("member", member)
            self.members[spec.key] = member
        self.s.flush()

    # -- cases -----------------------------------------------------------------------------------

    def case_rows(self) -> None:
        pseudonyms = self.rng.sample(PSEUDONYMS, len(CASES))
        self.names = self.rng.sample(list(itertools.product(FIRST_NAMES, LAST_NAMES)), len(CASES))
        numbers: Counter[int] = Counter()
        for index, spec in enumerate(CASES):
            registered = self.today - timedelta(days=spec.days_ago)
            numbers[registered.year] += 1
            code = f"{CODE_PREFIX}-{registered.year}-{numbers[registered.year]:03d}"
            case = self.case_model(spec, code, registered, pseudonyms[index])
            manager = "cm1" if index % 2 == 0 else "cm2"
            case.case_manager_id = self.members[manager].id
            self.add("case", case)
            self.recs.append(_CaseRec(spec, case, manager, self.partners(spec)))
        self.s.flush()

    def partners(self, spec: _CaseSpec) -> tuple[str, ...]:
        """One or two organisations invited for the case, the referrer first when it is one of them."""
        pool = PARTNERS_MINOR if spec.minor else PARTNERS_ADULT
        chosen = [spec.referrer] if spec.referrer in pool else []
        chosen += self.rng.sample([org for org in pool if org not in chosen], 2 - len(chosen))
        return tuple(chosen[: self.rng.choice((1, 2, 2))])

    def case_model(self, spec: _CaseSpec, code: str, registered: date, pseudonym: str) -> models.Case:
        status = _case_status(spec)
        created = _at(registered, 9) + timedelta(minutes=self.rng.randint(0, 180))
        referrer = self.orgs[spec.referrer] if spec.referrer else None
        case = models.Case(
            code=code,
            pseudonym=pseudonym if not spec.named or self.rng.random() < 0.6 else "",
            is_minor=spec.minor,
            phenomenon=spec.phenomenon,
            ideology=spec.ideology,
            referrer_organisation_id=referrer.id if referrer else None,
            referrer_sector=referrer.sector.value if referrer else OrganisationSector.OTHER.value,
            registration_date=registered,
            status=status,
            next_review_date=None
            if status.is_closed or spec.review is None
            else self.today + timedelta(days=spec.review),
            closed_on=self.closed_on(spec) if status.is_closed else None,
            on_next_agenda=spec.on_agenda,
            screening_notes=spec.note,
            created_at=created,
            updated_at=created,
        )
        if spec.named:
            self.identify(case, spec.minor, registered)
        if case.closed_on is not None and not spec.steps:
            case.updated_at = _at(case.closed_on, 16)
        return case

    def closed_on(self, spec: _CaseSpec) -> date:
        if spec.steps:
            return self.dates.past[spec.steps[-1].meeting]
        assert spec.closed_ago is not None, "a closed case without steps needs closed_ago"
        return self.today - timedelta(days=spec.closed_ago)

    def identify(self, case: models.Case, minor: bool, registered: date) -> None:
        age = self.rng.randint(14, 17) if minor else self.rng.randint(19, 45)
        case.first_name, case.last_name = self.names.pop()
        case.birth_date = registered - timedelta(days=365 * age + self.rng.randint(0, 300))

    # -- past meetings ---------------------------------------------------------------------------

    def items_for(self, index: int) -> list[_Item]:
        day = self.dates.past[index]
        items: list[_Item] = []
        for rec in self.recs:
            for number, step in enumerate(rec.spec.steps):
                if step.meeting != index:
                    continue
                fresh = number == 0 and (day - rec.model.registration_date).days < 60
                kind = AgendaItemKind.NEW_REFERRAL if fresh else AgendaItemKind.CASE_REVIEW
                items.append(_Item(rec, step, kind))
        items.sort(key=lambda i: (i.kind is AgendaItemKind.NEW_REFERRAL, i.rec.model.registration_date))
        return items

    def new_meeting(self, day: date, status: MeetingStatus) -> models.Meeting:
        self.meetings_per_year[day.year] += 1  # "YYYY/NN", numbered as the meetings service does
        number = f"{day.year}/{self.meetings_per_year[day.year]:02d}"
        meeting = models.Meeting(
            number=number,
            kind=MeetingKind.REGULAR,
            status=status,
            meeting_date=day,
            start_time=START_TIME,
            place=PLACE,
            chair_id=self.members["chair"].id,
            secretary_id=self.members["secretary"].id,
            next_meeting_date=day + timedelta(days=MEETING_INTERVAL_DAYS),
        )
        self.add("meeting", meeting)
        self.s.flush()
        return meeting

    def past_meeting(self, index: int) -> None:
        day = self.dates.past[index]
        items = self.items_for(index)
        meeting = self.new_meeting(day, MeetingStatus.CLOSED)
        started = _at(day, START_TIME.hour, self.rng.randint(0, 8))
        meeting.started_at = started
        present = self.past_attendance(meeting, index, items, started)
        elapsed = self.agenda_item(meeting, 0, AgendaItemKind.ACTION_REVIEW, None, True)
        clock = started + timedelta(seconds=elapsed)
        for position, item in enumerate(items, start=1):
            clock += timedelta(seconds=self.agenda_item(meeting, position, item.kind, item.rec, True))
            self.discuss(meeting, index, position, item, present, clock)
        meeting.ended_at = clock + timedelta(minutes=5)
        kinds = (AgendaItemKind.ACTION_REVIEW, *(i.kind for i in items))
        meeting.planned_minutes = sum(_planned_minutes(k) for k in kinds)
        if index == PAST_MEETINGS - 1:
            meeting.feedback_consensus_at = clock

    def agenda_item(
        self, meeting: models.Meeting, position: int, kind: AgendaItemKind, rec: _CaseRec | None, held: bool
    ) -> int:
        """Add one agenda item; returns the seconds it took (0 when not held yet)."""
        review = kind is AgendaItemKind.ACTION_REVIEW
        planned = _planned_minutes(kind)
        elapsed = self.rng.randint(planned * 40, planned * 80) if held else 0
        self.add(
            "agenda_item",
            models.AgendaItem(
                meeting_id=meeting.id,
                position=position,
                kind=kind,
                case_id=rec.model.id if rec else None,
                title=ACTION_REVIEW_TITLE if review else "",
                planned_minutes=planned,
                elapsed_seconds=elapsed,
            ),
        )
        return elapsed

    def invitations(self, recs: list[_CaseRec]) -> dict[str, int | None]:
        """Member key → the case they are invited for (None: several cases, so the whole meeting)."""
        invited: dict[str, int | None] = {}
        for rec in recs:
            for org in rec.partners:
                key = SPEAKER[org]
                if key in GENERAL_INVITED:
                    continue
                invited[key] = None if key in invited else rec.model.id
        return invited

    def past_attendance(self, meeting: models.Meeting, index: int, items: list[_Item], started: datetime) -> set[str]:
        rows: dict[str, tuple[AttendanceStatus, int | None]] = {}
        for key in (*CORE_KEYS, *GENERAL_INVITED):
            status = AttendanceStatus.PRESENT
            if EXCUSED.get(index) == key:
                status = AttendanceStatus.EXCUSED
            elif ABSENT.get(index) == key:
                status = AttendanceStatus.ABSENT
            rows[key] = (status, None)
        for key, case_id in self.invitations([i.rec for i in items]).items():
            rows[key] = (AttendanceStatus.PRESENT, case_id)
        consent = index == PAST_MEETINGS - 1
        for key, (status, case_id) in rows.items():
            here = status is AttendanceStatus.PRESENT
            self.add(
                "attendance",
                models.Attendance(
                    meeting_id=meeting.id,
                    member_id=self.members[key].id,
                    status=status,
                    invited_case_id=case_id,
                    acknowledged_at=started + timedelta(minutes=1) if here else None,
                    feedback_consent=consent and here,
                ),
            )
        return {key for key, (status, _) in rows.items() if status is AttendanceStatus.PRESENT}

    # -- one case discussed ----------------------------------------------------------------------

    def discuss(
        self, meeting: models.Meeting, index: int, position: int, item: _Item, present: set[str], at: datetime
    ) -> None:
        rec = item.rec
        domains = self.contributions(meeting, rec, present, at, decline=(index, position - 1) == DECLINE_AT)
        grid = self.domain_assessments(meeting, rec, item.step, domains, at)
        self.assessment(meeting, rec, item.step, grid, at)
        decision = self.decision(meeting, index, rec, item.step, at)
        self.actions(meeting, rec, decision, first=position == 1 and index == PAST_MEETINGS - 1)
        self.feedback(rec, decision)
        rec.model.updated_at = at
        rec.model.on_next_agenda = False

    def prevention_speaker(self, rec: _CaseRec, present: set[str]) -> str:
        for key in (rec.manager, "cm1", "cm2", "prevention"):
            if key in present:
                return key
        return "chair"

    def contributions(
        self, meeting: models.Meeting, rec: _CaseRec, present: set[str], at: datetime, decline: bool
    ) -> list[str]:
        """Each present organisation's pieces of the puzzle; returns the life domains covered."""
        orgs = ["PZ", "PREV", *rec.partners]
        if "ocmw" in present and self.rng.random() < 0.6:
            orgs.append("OCMW")
        covered: list[str] = []
        for org in orgs:
            speaker = self.prevention_speaker(rec, present) if org == "PREV" else SPEAKER[org]
            if speaker not in present:
                continue
            if decline and org == rec.partners[0]:
                self.contribution(meeting, rec, org, speaker, None, at, _Flags(False, False, False, True))
                continue
            for domain in self.rng.sample(ORG_DOMAINS[org], self.rng.randint(1, 2)):
                self.contribution(meeting, rec, org, speaker, domain, at, self.flags(org, domain))
                covered.append(domain)
        return covered

    def flags(self, org: str, domain: str) -> _Flags:
        rng = self.rng
        secrecy = org == "CGG" or (org in ("OCMW", "CAW", "JH", "CLB") and rng.random() < 0.4)
        no_projection = domain == "health" or (org == "PZ" and rng.random() < 0.3) or (secrecy and rng.random() < 0.5)
        confirmed = rng.random() < (0.8 if org in ("PZ", "JH") else 0.5)
        in_minutes = not (domain == "health" or (secrecy and rng.random() < 0.5))
        return _Flags(secrecy, no_projection, confirmed, in_minutes)

    def contribution(
        self,
        meeting: models.Meeting,
        rec: _CaseRec,
        org: str,
        speaker: str,
        domain: str | None,
        at: datetime,
        flags: _Flags,
    ) -> None:
        text = ""
        if domain is not None:
            text = self.rng.choice(ORG_TEXTS.get((org, domain), CONTRIBUTION_TEXTS[domain]))
        self.add(
            "contribution",
            models.Contribution(
                case_id=rec.model.id,
                meeting_id=meeting.id,
                organisation_id=self.orgs[org].id,
                member_id=self.members[speaker].id,
                life_domain=domain,
                text=text,
                professional_secrecy=flags.secrecy,
                no_projection=flags.no_projection,
                confirmed=flags.confirmed,
                declines_to_share=domain is None,
                in_minutes=flags.in_minutes,
                created_at=at,
                updated_at=at,
            ),
        )

    def levels_for(self, rec: _CaseRec, step: _Step, domains: list[str]) -> dict[str, int]:
        """Concern per domain: the case's profile, moved by the qualification and a little noise."""
        for domain in domains:
            if domain not in rec.base_levels:
                base = CORE_BASE_LEVEL.get(domain)
                rec.base_levels[domain] = base if base is not None else self.rng.randint(0, 2)
        shift = QUALIFICATION_SHIFT[step.qualification]
        levels = {d: max(0, min(3, rec.base_levels[d] + shift)) for d in domains}
        # Noise outside the domains that carry the qualification, so Q3 keeps a high concern.
        others = [d for d in domains if d not in CORE_DOMAINS]
        if others:
            moved = self.rng.choice(others)
            levels[moved] = max(0, min(3, levels[moved] + self.rng.choice((-1, 1))))
        return levels

    def domain_assessments(
        self, meeting: models.Meeting, rec: _CaseRec, step: _Step, covered: list[str], at: datetime
    ) -> list[models.DomainAssessment]:
        wanted = {*covered, *CORE_DOMAINS}
        domains = [d for d in DEFAULT_LIFE_DOMAINS if d in wanted]
        rows: list[models.DomainAssessment] = []
        for domain, level in self.levels_for(rec, step, domains).items():
            risk = self.rng.choice(RISKS[domain]) if level >= 2 or self.rng.random() < 0.3 else ""
            protective = self.rng.choice(PROTECTIVE[domain]) if level <= 1 or self.rng.random() < 0.4 else ""
            row = models.DomainAssessment(
                case_id=rec.model.id,
                meeting_id=meeting.id,
                life_domain=domain,
                risk_factors=risk,
                protective_factors=protective,
                concern_level=level,
                updated_at=at,
            )
            self.add("domain_assessment", row)
            rows.append(row)
        return rows

    def assessment(
        self,
        meeting: models.Meeting,
        rec: _CaseRec,
        step: _Step,
        grid: list[models.DomainAssessment],
        at: datetime,
    ) -> None:
        parts = [QUALIFICATION_TEXT[step.qualification]]
        levels = {row.life_domain: row.concern_level for row in grid}
        worries = sorted((d for d, v in levels.items() if v >= 2), key=lambda d: -levels[d])[:3]
        if worries:
            parts.append("Zorgen vooral rond " + ", ".join(DOMAIN_LABELS[d] for d in worries) + ".")
        strengths = [row.protective_factors for row in grid if row.protective_factors]
        if strengths:
            picked = self.rng.sample(strengths, min(2, len(strengths)))
            parts.append(f"Beschermend: {', '.join(picked).lower()}.")
        if rec.last_levels:
            parts.append(_trend_text(rec.last_levels, levels))
        rec.last_levels = levels
        self.add(
            "assessment",
            models.Assessment(
                case_id=rec.model.id,
                meeting_id=meeting.id,
                summary=" ".join(parts),
                qualification=step.qualification,
                updated_at=at,
            ),
        )

    def decision(
        self, meeting: models.Meeting, index: int, rec: _CaseRec, step: _Step, at: datetime
    ) -> models.Decision:
        kind = step.decision
        decision = models.Decision(
            case_id=rec.model.id,
            meeting_id=meeting.id,
            decision_type=kind,
            reasons=self.rng.choice(REASONS[kind]),
            expectations=EXPECTATIONS[kind],
            next_review_date=self.review_after(index, rec, step),
            decided_at=at,
        )
        if kind is DecisionType.REFER_AND_CLOSE:
            decision.referral_target = self.rng.choice(REFERRAL_TARGETS)
        elif kind is DecisionType.ESCALATE:
            decision.escalation_target = next(self.escalations)
        self.add("decision", decision)
        return decision

    def review_after(self, index: int, rec: _CaseRec, step: _Step) -> date | None:
        if step.decision.resulting_status().is_closed:
            return None
        later = [s for s in rec.spec.steps if s.meeting > index]
        if later:
            return self.dates.past[later[0].meeting]
        return rec.model.next_review_date

    # -- plan van aanpak -------------------------------------------------------------------------

    def actions(self, meeting: models.Meeting, rec: _CaseRec, decision: models.Decision, first: bool) -> None:
        kind = decision.decision_type
        low, high = ACTION_COUNT[kind]
        closing = kind.resulting_status().is_closed
        target = decision.referral_target
        if decision.escalation_target:
            target = ESCALATION_TARGETS[decision.escalation_target]
        created = decision.decided_at
        for number, (owner, text) in enumerate(ACTIONS[kind][: self.rng.randint(low, high)]):
            org, member = self.owner(rec, owner)
            days = 14 if closing else self.rng.choice((14, 21, 28, 42))
            deadline = meeting.meeting_date + timedelta(days=days)
            status = self.action_status(deadline, closing)
            if first and number == 0:
                deadline, status = meeting.meeting_date + timedelta(days=14), ActionStatus.OPEN  # overdue
            action = models.Action(
                case_id=rec.model.id,
                meeting_id=meeting.id,
                description=text.format(org=self.orgs[org].name, target=target),
                owner_organisation_id=self.orgs[org].id,
                responsible_member_id=self.members[member].id,
                deadline=deadline,
                status=status,
                created_at=created,
                updated_at=created,
            )
            self.add("action", action)
            self.action_update(action, meeting.meeting_date)

    def owner(self, rec: _CaseRec, owner: str) -> tuple[str, str]:
        if owner == "CM":
            return "PREV", rec.manager
        org = rec.partners[0] if owner == "PARTNER" else owner
        return org, SPEAKER[org]

    def action_status(self, deadline: date, closing: bool) -> ActionStatus:
        if closing:
            return ActionStatus.DONE if deadline < self.today else ActionStatus.IN_PROGRESS
        if deadline < self.today:
            return self.rng.choice(
                (
                    ActionStatus.DONE,
                    ActionStatus.DONE,
                    ActionStatus.DONE,
                    ActionStatus.NOT_DONE,
                    ActionStatus.OPEN,
                    ActionStatus.IN_PROGRESS,
                )
            )
        return self.rng.choice(
            (
                ActionStatus.OPEN,
                ActionStatus.OPEN,
                ActionStatus.IN_PROGRESS,
                ActionStatus.IN_PROGRESS,
                ActionStatus.DONE,
            )
        )

    def action_update(self, action: models.Action, meeting_day: date) -> None:
        if action.status is ActionStatus.OPEN or self.rng.random() < 0.5:
            return
        latest = min(action.deadline, self.today - timedelta(days=1))
        span = max(0, (latest - meeting_day).days - 3)
        at = _at(meeting_day + timedelta(days=3 + self.rng.randint(0, span)), 10, 30)
        action.updated_at = at
        self.s.flush()  # the update needs the action's id
        self.add(
            "action_update",
            models.ActionUpdate(
                action_id=action.id,
                at=at,
                status=action.status,
                note=UPDATE_NOTES[action.status],
                user=self.user,
            ),
        )

    def feedback(self, rec: _CaseRec, decision: models.Decision) -> None:
        text = FEEDBACK_TEXTS.get(decision.decision_type)
        anonymous = rec.model.referrer_organisation_id is None
        if text is None or anonymous or self.counts["referrer_feedback"] >= MAX_FEEDBACK:
            return
        at = _at(decision.decided_at.date() + timedelta(days=3), 11)
        feedback = models.ReferrerFeedback(case_id=rec.model.id, at=at, user=self.user, text=text)
        self.add("referrer_feedback", feedback)

    # -- the upcoming meeting --------------------------------------------------------------------

    def proposed_agenda(self, day: date) -> list[tuple[_CaseRec, AgendaItemKind]]:
        """Cases due for review by the meeting day, then new referrals marked for the next agenda."""
        due = [
            r
            for r in self.recs
            if not r.model.status.is_closed and r.model.next_review_date is not None and r.model.next_review_date <= day
        ]
        due.sort(key=lambda r: (r.model.next_review_date or day, r.model.code))
        new = [r for r in self.recs if r.model.on_next_agenda and r not in due]
        new.sort(key=lambda r: (r.model.registration_date, r.model.code))
        reviews = [(r, AgendaItemKind.CASE_REVIEW) for r in due]
        return reviews + [(r, AgendaItemKind.NEW_REFERRAL) for r in new]

    def upcoming_meeting(self) -> None:
        day = self.dates.upcoming
        proposal = self.proposed_agenda(day)
        meeting = self.new_meeting(day, MeetingStatus.PLANNED)
        self.agenda_item(meeting, 0, AgendaItemKind.ACTION_REVIEW, None, False)
        for position, (rec, kind) in enumerate(proposal, start=1):
            self.agenda_item(meeting, position, kind, rec, False)
            rec.model.on_next_agenda = False  # as services.meetings does when it proposes an agenda
        for rec in self.recs:
            rec.model.on_next_agenda = rec.model.on_next_agenda or rec.spec.marked
        kinds = [kind for _, kind in proposal]
        meeting.planned_minutes = sum(_planned_minutes(k) for k in (AgendaItemKind.ACTION_REVIEW, *kinds))
        rows: dict[str, int | None] = {key: None for key in (*CORE_KEYS, *GENERAL_INVITED)}
        rows.update(self.invitations([rec for rec, _ in proposal]))
        for key, case_id in rows.items():
            self.add(
                "attendance",
                models.Attendance(
                    meeting_id=meeting.id,
                    member_id=self.members[key].id,
                    status=AttendanceStatus.PRESENT,
                    invited_case_id=case_id,
                    acknowledged_at=None,
                    feedback_consent=False,
                ),
            )


def _trend_text(before: dict[str, int], after: dict[str, int]) -> str:
    common = [d for d in after if d in before]
    delta = sum(after[d] - before[d] for d in common)
    if delta > 0:
        return "Sinds de vorige bespreking is de zorg toegenomen."
    if delta < 0:
        return "Sinds de vorige bespreking is de zorg afgenomen."
    return "Sinds de vorige bespreking is de zorg ongeveer gelijk gebleven."


# -- public API ---------------------------------------------------------------------------------


def demo_context(vault: Vault, today: date | None = None) -> ServiceContext:
    """A context acting as the demo's chair; ``today`` fixes the clock (for tests and screenshots)."""
    if today is None:
        return ServiceContext(vault, DEMO_USER)
    fixed = today

    def now() -> datetime:
        return datetime.combine(fixed, datetime.now().time().replace(microsecond=0))

    return ServiceContext(vault, DEMO_USER, today=lambda: fixed, now=now)


def _ensure_empty(s: Session) -> None:
    for model in (models.Case, models.Meeting, models.Organisation, models.Member):
        if s.scalar(select(func.count()).select_from(model)):
            raise ValueError("the vault already holds data: demo data only goes into an empty vault")


def populate(ctx: ServiceContext) -> None:
    """Fill an empty vault with the fictional cell, in one transaction. ValueError if not empty."""
    with ctx.vault.session() as s:
        _ensure_empty(s)
        counts = _Builder(s, ctx).build()
        for kind, count in counts.items():
            audit.append(s, ctx.user, "create", "demo", None, {"kind": kind, "count": count})
