"""Builds a cell with organisations, members and cases, and a meeting, through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import MemberKind, OrganisationSector, Phenomenon
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.services import cases, meetings, reference
from livcr_desktop.services.context import ServiceContext


@dataclass
class Cell:
    orgs: dict[str, int]
    members: dict[str, int]
    cases: dict[str, int]


ORGS = [
    ("Politiezone Testdorp", "PZ", OrganisationSector.POLICE),
    ("Preventiedienst Testdorp", "PREV", OrganisationSector.PREVENTION),
    ("OCMW Testdorp", "OCMW", OrganisationSector.SOCIAL_WELFARE),
    ("Justitiehuis Testdorp", "JH", OrganisationSector.JUSTICE),
    ("CLB Testdorp", "CLB", OrganisationSector.EDUCATION),
]


def make_cell(ctx: ServiceContext) -> Cell:
    orgs = {short: reference.add_organisation(ctx, name, short, sector) for name, short, sector in ORGS}
    members = {
        "chair": reference.add_member(ctx, "Burgemeester Voorbeeld", orgs["PREV"], "voorzitter", MemberKind.CORE),
        "secretary": reference.add_member(ctx, "Secretaris Fictief", orgs["PREV"], "secretaris", MemberKind.CORE),
        "police": reference.add_member(ctx, "Inspecteur Verzonnen", orgs["PZ"], "informatieofficier", MemberKind.CORE),
        "ocmw": reference.add_member(
            ctx, "Maatschappelijk Werker Test", orgs["OCMW"], "maatschappelijk werker", MemberKind.CORE
        ),
        "jh": reference.add_member(ctx, "Justitieassistent Demo", orgs["JH"], "justitieassistent", MemberKind.INVITED),
        "clb": reference.add_member(ctx, "CLB-medewerker Proef", orgs["CLB"], "CLB-medewerker", MemberKind.INVITED),
    }
    case_ids = {
        "due": cases.create_case(
            ctx,
            CaseDraft(
                code="LIVC-2026-001",
                pseudonym="Merel",
                first_name="Jan",
                last_name="Geheimnaam",
                registration_date=date(2026, 3, 1),
                phenomenon=Phenomenon.EXTREMISM,
                next_review_date=date(2026, 11, 20),
            ),
        ),
        "later": cases.create_case(
            ctx,
            CaseDraft(
                code="LIVC-2026-002",
                pseudonym="Vink",
                registration_date=date(2026, 4, 1),
                phenomenon=Phenomenon.RADICALISM,
                next_review_date=date(2027, 2, 1),
            ),
        ),
        "pseudo": cases.create_case(
            ctx, CaseDraft(code="LIVC-2026-003", registration_date=date(2026, 10, 1), phenomenon=Phenomenon.RADICALISM)
        ),
    }
    return Cell(orgs, members, case_ids)


def mark_new_referral(ctx: ServiceContext, case_id: int) -> None:
    from livcr_desktop.storage import models

    with ctx.vault.session() as s:
        s.get_one(models.Case, case_id).on_next_agenda = True


def make_meeting(ctx: ServiceContext, cell: Cell, day: date = date(2026, 11, 25), propose: bool = True) -> int:
    draft = MeetingDraft(
        meeting_date=day,
        start_time=time(14, 0),
        place="Stadhuis",
        chair_id=cell.members["chair"],
        secretary_id=cell.members["secretary"],
    )
    return meetings.create_meeting(ctx, draft, propose=propose)
