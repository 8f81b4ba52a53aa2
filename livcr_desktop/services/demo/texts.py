"""The demo's texts: generic, invented contributions, assessments, decisions and actions (Dutch)."""

from __future__ import annotations

from typing import Final

from livcr_desktop.domain.enums import ActionStatus, DecisionType, Qualification

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
    DecisionType.SCALE_DOWN: (
        "De zorgen zijn afgenomen; de reguliere hulpverlening draagt de begeleiding.",
        "Betrokkene werkt goed mee; een lichtere opvolging volstaat.",
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
    DecisionType.SCALE_DOWN: "De casemanager houdt contact met de begeleider en meldt enkel nieuwe signalen.",
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
    DecisionType.SCALE_DOWN: (("CM", "Afspraken over de lichtere opvolging maken met de begeleider van {org}."),),
}
ACTION_COUNT: Final[dict[DecisionType, tuple[int, int]]] = {
    DecisionType.START_FOLLOW_UP: (2, 3),
    DecisionType.CONTINUE_FOLLOW_UP: (1, 3),
    DecisionType.GATHER_INFORMATION: (1, 2),
    DecisionType.ESCALATE: (2, 2),
    DecisionType.REFER_AND_CLOSE: (1, 2),
    DecisionType.CLOSE: (1, 1),
    DecisionType.SCALE_DOWN: (1, 1),
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
# The feedback dialog's template each logged feedback text was written from (feedback_log.TEMPLATE_KEYS).
FEEDBACK_TEMPLATES: Final[dict[DecisionType, str]] = {
    DecisionType.START_FOLLOW_UP: "discussed_support",
    DecisionType.REFER_AND_CLOSE: "discussed_referred",
    DecisionType.CLOSE: "discussed_closed",
}
