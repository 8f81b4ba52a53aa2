"""The demo cell's facts: who sits in it, which cases it holds and what happened to them.

Every name here is invented: the municipality, the organisations' staff, the members, the subjects'
first and last names (visibly fake, such as "Testpersoon"), pseudonyms. Nothing describes a real
person or a real case. Dates are days relative to the demo's "today".
"""

from __future__ import annotations

from datetime import time
from typing import Final, NamedTuple

from livcr_desktop.domain.enums import (
    CaseStatus,
    DecisionType,
    Ideology,
    MemberKind,
    OrganisationSector,
    Phenomenon,
    Qualification,
)

DEMO_PASSPHRASE: Final[str] = "demo-Fictiefdonk-2026"
# A zonal cell (issue 16, point 1): one police zone, two (fictional) municipalities; each case belongs to one.
DEMO_MUNICIPALITIES: Final[tuple[str, ...]] = ("Fictiefdonk", "Verzonnegem")
DEMO_MUNICIPALITY: Final[str] = ", ".join(DEMO_MUNICIPALITIES)  # the "Gemeente(n)" setting
DEMO_CELL_NAME: Final[str] = "LIVC-R Fictiefdonk"
DEMO_USER: Final[str] = "demo-voorzitter"
DEMO_SEED: Final[int] = 2026
DEMO_RETENTION_YEARS: Final[int] = 5

PLACE: Final[str] = "Stadhuis Fictiefdonk, zaal 2"
START_TIME: Final[time] = time(14, 0)
MEETING_INTERVAL_DAYS: Final[int] = 28
PAST_MEETINGS: Final[int] = 3
CODE_PREFIX: Final[str] = "LIVC"
MAX_FEEDBACK: Final[int] = 3  # referrer feedback entries logged in the demo
DECLINE_AT: Final[tuple[int, int]] = (1, 0)  # (past meeting, case item): a partner declines to share


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
# Bound by professional secrecy (art. 458 Sw.): what their members bring starts as "beroepsgeheim"
# (services.secrecy). The police, the prevention service and the youth work are not.
SECRECY_BOUND: Final[frozenset[str]] = frozenset({"OCMW", "JH", "CAW", "CLB", "CGG"})
# (organisation, life domain): facts whose secrecy the member speaking lifts at the meeting, agreeing
# that they may be shared (the probation conditions, the housing situation), unless asked to keep the
# contribution off the wall or out of the minutes.
SECRECY_LIFTED: Final[frozenset[tuple[str, str]]] = frozenset({("JH", "justice_police"), ("OCMW", "finance_housing")})


class MemberSpec(NamedTuple):
    key: str
    name: str
    organisation: str  # short name
    role: str
    kind: MemberKind


# The list has no municipal organisation: the mayor sits for the municipality's prevention service.
MEMBERS: Final[tuple[MemberSpec, ...]] = (
    MemberSpec("chair", "Burgemeester An Voorbeeld", "PREV", "voorzitter (burgemeester)", MemberKind.CORE),
    MemberSpec("secretary", "Jef Fictief", "PREV", "secretaris", MemberKind.CORE),
    MemberSpec("prevention", "Mira Verzonnen", "PREV", "preventieambtenaar", MemberKind.CORE),
    MemberSpec("cm1", "Karim Testman", "PREV", "casemanager", MemberKind.CORE),
    MemberSpec("cm2", "Sara Gefingeerd", "PREV", "casemanager", MemberKind.CORE),
    MemberSpec("info", "Lotte Proefmans", "PZ", "informatieofficier", MemberKind.CORE),
    MemberSpec("ocmw", "Els Nepnaam", "OCMW", "maatschappelijk werker", MemberKind.INVITED),
    MemberSpec("jh", "Tom Oefenaar", "JH", "justitieassistent", MemberKind.INVITED),
    MemberSpec("caw", "Sofie Steekproef", "CAW", "hulpverlener", MemberKind.INVITED),
    MemberSpec("clb", "Noor Zogezegd", "CLB", "CLB-medewerker", MemberKind.INVITED),
    MemberSpec("cgg", "Pieter Placebo", "CGG", "psycholoog", MemberKind.INVITED),
    MemberSpec("jeugd", "Lien Schijnbaar", "JEUGD", "jeugdwerker", MemberKind.INVITED),
)

CORE_KEYS: Final[tuple[str, ...]] = tuple(m.key for m in MEMBERS if m.kind is MemberKind.CORE)
# The kernteam (issue 16, point 3): the prevention officer (for the mayor), a casemanager and the police's
# information officer screen new referrals and urgent cases between two meetings of the whole cell.
KERNTEAM: Final[tuple[str, ...]] = ("prevention", "cm1", "info")
KERNTEAM_DAYS_AGO: Final[int] = 24  # its one meeting in the demo, between the last two regular ones
KERNTEAM_SCREENS: Final[int] = 30  # the referral it screens (by days_ago), marked for the next agenda
KERNTEAM_NUMBER: Final[str] = "KT {year}/01"  # its own series: the regular meetings keep their numbers
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


class Step(NamedTuple):
    """One discussion of a case at a past meeting (index 0 is the oldest of the three)."""

    meeting: int
    decision: DecisionType
    qualification: Qualification


class CaseSpec(NamedTuple):
    days_ago: int  # registration, days before today
    phenomenon: Phenomenon
    ideology: Ideology | None
    minor: bool
    named: bool  # False: pseudonymous, no identity
    referrer: str | None  # referring organisation (short name); None: a citizen or an outside body
    status: CaseStatus | None = None  # only for cases without steps: else the last decision decides
    review: int | None = None  # next review, days from today
    closed_ago: int | None = None  # for closed cases without steps
    steps: tuple[Step, ...] = ()
    on_agenda: bool = False  # proposed on the upcoming meeting's agenda (the flag is then cleared)
    marked: bool = False  # marked for the next agenda after the upcoming one's was drawn up
    note: str = ""


_P, _I, _D, _Q, _S = Phenomenon, Ideology, DecisionType, Qualification, CaseStatus

# Oldest first. Cases without steps were handled before the three past meetings in this vault.
CASES: Final[tuple[CaseSpec, ...]] = (
    CaseSpec(705, _P.EXTREMISM, _I.EXTREME_RIGHT, False, True, "PZ", _S.CLOSED, closed_ago=380),
    CaseSpec(680, _P.RADICALISM, _I.RELIGIOUS, True, False, "CLB", _S.REFERRED_CLOSED, closed_ago=450),
    CaseSpec(640, _P.RADICALISM, _I.ANTI_GOVERNMENT, False, True, "OCMW", _S.FOLLOW_UP, review=62),
    CaseSpec(
        600,
        _P.RADICALISM,
        _I.RELIGIOUS,
        False,
        True,
        "JH",
        review=24,
        steps=(
            Step(0, _D.CONTINUE_FOLLOW_UP, _Q.Q2),
            Step(1, _D.CONTINUE_FOLLOW_UP, _Q.Q2),
            Step(2, _D.ESCALATE, _Q.Q3),
        ),
    ),
    CaseSpec(560, _P.EXTREMISM, _I.EXTREME_LEFT, False, False, None, _S.CLOSED, closed_ago=260),
    CaseSpec(520, _P.EXTREMISM, _I.SINGLE_ISSUE, False, True, "PZ", _S.FOLLOW_UP, review=-30),
    CaseSpec(
        500,
        _P.RADICALISM,
        _I.EXTREME_RIGHT,
        False,
        True,
        "CAW",
        review=6,
        steps=(Step(1, _D.SCALE_DOWN, _Q.Q1),),  # afschalen: a lighter follow-up
    ),
    CaseSpec(
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
    CaseSpec(
        420,
        _P.RADICALISM,
        _I.EXTREME_RIGHT,
        True,
        True,
        "CLB",
        steps=(Step(0, _D.CONTINUE_FOLLOW_UP, _Q.Q2), Step(2, _D.CLOSE, _Q.Q0)),
    ),
    CaseSpec(390, _P.RADICALISM, _I.UNCLEAR, True, False, "JEUGD", _S.CLOSED, closed_ago=150),
    CaseSpec(350, _P.EXTREMISM, _I.ANTI_GOVERNMENT, False, True, "OCMW", _S.FOLLOW_UP, review=48),
    CaseSpec(300, _P.RADICALISM, _I.UNCLEAR, False, False, "CAW", steps=(Step(0, _D.REFER_AND_CLOSE, _Q.Q1),)),
    CaseSpec(270, _P.RADICALISM, _I.RELIGIOUS, True, True, "CLB", _S.FOLLOW_UP, review=20),
    CaseSpec(250, _P.EXTREMISM, _I.EXTREME_RIGHT, False, True, "PZ", review=60, steps=(Step(1, _D.ESCALATE, _Q.Q3),)),
    CaseSpec(220, _P.EXTREMISM, _I.SINGLE_ISSUE, False, False, None, _S.REFERRED_CLOSED, closed_ago=100),
    CaseSpec(200, _P.RADICALISM, _I.ANTI_GOVERNMENT, False, True, "OCMW", steps=(Step(2, _D.REFER_AND_CLOSE, _Q.Q1),)),
    CaseSpec(180, _P.RADICALISM, _I.EXTREME_LEFT, False, True, "JEUGD", _S.CLOSED, closed_ago=95),
    CaseSpec(160, _P.RADICALISM, _I.RELIGIOUS, False, False, "PREV", _S.FOLLOW_UP, review=90),
    CaseSpec(130, _P.EXTREMISM, _I.EXTREME_RIGHT, True, True, "CLB", _S.FOLLOW_UP, review=33),
    CaseSpec(110, _P.RADICALISM, _I.UNCLEAR, False, True, "CGG", _S.CLOSED, closed_ago=80),
    CaseSpec(
        95,
        _P.EXTREMISM,
        _I.ANTI_GOVERNMENT,
        False,
        False,
        "PZ",
        review=-4,
        steps=(Step(0, _D.GATHER_INFORMATION, _Q.Q1), Step(1, _D.START_FOLLOW_UP, _Q.Q2)),
    ),
    CaseSpec(
        88,
        _P.RADICALISM,
        _I.EXTREME_RIGHT,
        True,
        True,
        "CLB",
        review=-20,
        steps=(Step(0, _D.START_FOLLOW_UP, _Q.Q2),),
    ),
    CaseSpec(
        60,
        _P.RADICALISM,
        _I.RELIGIOUS,
        True,
        False,
        "JEUGD",
        review=45,
        steps=(Step(1, _D.GATHER_INFORMATION, _Q.Q1), Step(2, _D.START_FOLLOW_UP, _Q.Q2)),
    ),
    CaseSpec(
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
    CaseSpec(
        30, _P.EXTREMISM, _I.EXTREME_LEFT, False, True, "CAW", review=5, steps=(Step(2, _D.GATHER_INFORMATION, _Q.Q1),)
    ),
    CaseSpec(
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
    CaseSpec(14, _P.EXTREMISM, _I.EXTREME_RIGHT, True, True, "CLB", _S.REGISTERED, on_agenda=True),
    CaseSpec(9, _P.RADICALISM, _I.UNCLEAR, False, False, "PZ", _S.REGISTERED),
    CaseSpec(
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
    CaseSpec(3, _P.EXTREMISM, None, False, False, "JEUGD", _S.REGISTERED),
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
