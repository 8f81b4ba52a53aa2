"""The cell's practice in the demo (issue 16): intakes as the seeds describe them, each case in one of the
zonal cell's two municipalities, an advice-only request, the person informed or not, the casemanager's
dated notes, linked cases.

Chosen by the cases' registration ages (``CaseSpec.days_ago``), with no random draws, so the rest of the
story (its random draws) stays as it was. The advice request is not a case: the statistics and the annual
report count one case fewer than ``CASES`` holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Final

from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.enums import Agreement, CaseLinkKind, CaseNoteKind
from livcr_desktop.services import case_links, case_notes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo.build import Call, Ids, Timeline
from livcr_desktop.services.demo.data import CASES, DEMO_MUNICIPALITIES

# The cases of the smaller municipality, by registration age (``CaseSpec.days_ago``); the others are
# Fictiefdonk's. The brother and sister (14 and 130) live in the same one.
VERZONNEGEM_CASES: Final[frozenset[int]] = frozenset({680, 520, 470, 390, 300, 250, 180, 130, 88, 55, 14, 9})

# Intakes, by the case's registration age in days.
INTAKES: Final[dict[int, CaseIntake]] = {
    20: CaseIntake(
        signal_text="Een maatschappelijk werker van het OCMW hoort betrokkene herhaaldelijk uitspraken doen die "
        "geweld tegen een bevolkingsgroep goedpraten; hij deelt filmpjes van een buitenlandse strijdgroep.",
        actions_taken="Gesprek met betrokkene over de uitspraken; afspraak met de leidinggevende.",
        signal_giver_name="M. Verbeke",
        signal_giver_function="Maatschappelijk werker OCMW",
        signal_giver_contact="m.verbeke@ocmw.fictiefdonk.example — 011 00 00 00",
        signal_giver_agreement=Agreement.AGREED,
    ),
    14: CaseIntake(
        signal_text="De leerlingenbegeleider van het CLB meldt dat een leerling van 15 op school extreemrechtse "
        "symbolen verspreidt en klasgenoten uitnodigt voor een besloten chatgroep.",
        actions_taken="Gesprek met de leerling en de ouders door het CLB.",
        urgent=True,
        signal_giver_name="S. De Wilde",
        signal_giver_function="Leerlingenbegeleider CLB",
        signal_giver_contact="s.dewilde@clb.fictiefdonk.example",
        signal_giver_agreement=Agreement.AGREED,
        informed_by="CLB, in het gesprek met de ouders",
        participation=Agreement.AGREED,
        parental_consent=Agreement.AGREED,
    ),
    55: CaseIntake(
        signal_text="Een buurtbewoner meldt aan de wijkagent dat een buurman wapens zou verzamelen en dreigende "
        "berichten over de gemeente plaatst.",
        signal_giver_withheld=True,
        signal_giver_agreement=Agreement.AGREED,
        not_informed_reason="Lopend politioneel onderzoek",
    ),
    # An advice request, not a case (counted apart): the casemanager advises; no meeting discusses it.
    9: CaseIntake(
        signal_text="De wijkagent vraagt advies over een jongvolwassene die op sociale media complotberichten "
        "deelt; er zijn geen signalen van geweld of van een oproep daartoe.",
        actions_taken="Gesprek van de wijkagent met betrokkene.",
        advice_only=True,
        signal_giver_name="B. Claes",
        signal_giver_function="Wijkagent",
    ),
}
# The registration day is the day the person was informed (by the signal giver) for these.
INFORMED_AT_REGISTRATION: Final[frozenset[int]] = frozenset({14})
# (age of one case, age of the other, kind, note): a brother and sister, a peer group.
LINKS: Final[tuple[tuple[int, int, CaseLinkKind, str], ...]] = (
    (14, 130, CaseLinkKind.FAMILY, "Broer en zus; beide minderjarig"),
    (250, 88, CaseLinkKind.PEER_GROUP, "Zelfde vriendengroep rond een extreemrechtse chatgroep"),
)
# (age of the case, days after registration, kind, text)
NOTES: Final[tuple[tuple[int, int, CaseNoteKind, str], ...]] = (
    (20, 2, CaseNoteKind.SCREENING, "Gesprek met de signaalgever: de signalen zijn concreet en herhaald."),
    (20, 9, CaseNoteKind.ADVICE, "Advies: bespreken op de LIVC-R; de signaalgever gaat akkoord."),
    (55, 4, CaseNoteKind.SCREENING, "Wijkagent bevestigt de melding; screening loopt in overleg met de politie."),
    (9, 2, CaseNoteKind.ADVICE, "Advies aan de wijkagent: in gesprek blijven en opnieuw melden bij nieuwe signalen."),
)


def _index(days_ago: int) -> int:
    return next(i for i, spec in enumerate(CASES) if spec.days_ago == days_ago)


def municipality_of(days_ago: int) -> str:
    fictiefdonk, verzonnegem = DEMO_MUNICIPALITIES
    return verzonnegem if days_ago in VERZONNEGEM_CASES else fictiefdonk


def intake_for(days_ago: int, registered: date) -> CaseIntake:
    """The intake of the case registered ``days_ago``: at least its municipality (a zonal cell asks it)."""
    municipality = municipality_of(days_ago)
    intake = INTAKES.get(days_ago)
    if intake is None:
        return CaseIntake(municipality=municipality)
    facts = registered - timedelta(days=5)
    informed = registered if days_ago in INFORMED_AT_REGISTRATION else None
    return replace(intake, municipality=municipality, facts_date=facts, informed_on=informed)


def tell(t: Timeline, today: date) -> None:
    """The notes on their days, the links the day before today."""
    for days_ago, after, note_kind, text in NOTES:
        on = today - timedelta(days=days_ago - after)
        t.at(datetime.combine(on, time(14, 0)), _note(_index(days_ago), note_kind, on, text))
    for a, b, link_kind, note in LINKS:
        t.at(datetime.combine(today - timedelta(days=1), time(11, 0)), _link(_index(a), _index(b), link_kind, note))


def _note(index: int, kind: CaseNoteKind, on: date, text: str) -> Call:
    return lambda ctx, ids: case_notes.add_note(ctx, ids.cases[index], kind, on, text)


def _link(a: int, b: int, kind: CaseLinkKind, note: str) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        case_links.link_cases(ctx, ids.cases[a], ids.cases[b], kind, note)

    return call
