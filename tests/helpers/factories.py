"""Small, deterministic builders of test data through the real services."""

from __future__ import annotations

from datetime import date, timedelta

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, Ideology, MemberKind, OrganisationSector, Phenomenon
from livcr_desktop.services import cases, reference
from livcr_desktop.services.context import ServiceContext


def add_cases(ctx: ServiceContext, n: int, start: date = date(2025, 1, 1)) -> list[int]:
    statuses = list(CaseStatus)
    phenomena = list(Phenomenon)
    ideologies = list(Ideology)
    ids = []
    for i in range(n):
        reg = start + timedelta(days=i % 300)
        ids.append(
            cases.create_case(
                ctx,
                CaseDraft(
                    code=f"LIVC-{reg.year}-{i + 1:03d}",
                    pseudonym=f"Pseudo{i:03d}" if i % 3 else "",
                    phenomenon=phenomena[i % 3],
                    ideology=ideologies[i % len(ideologies)],
                    registration_date=reg,
                    status=statuses[i % len(statuses)],
                    next_review_date=reg + timedelta(days=30 + (i * 37) % 700),
                    is_minor=i % 4 == 0,
                ),
            )
        )
    return ids


def add_reference_data(ctx: ServiceContext) -> dict[str, int]:
    police = reference.add_organisation(ctx, "Politiezone Testdorp", "PZ", OrganisationSector.POLICE)
    prev = reference.add_organisation(ctx, "Preventiedienst Testdorp", "PREV", OrganisationSector.PREVENTION)
    cm = reference.add_member(ctx, "Casemanager Fictief", prev, "casemanager", MemberKind.CORE)
    return {"police": police, "prevention": prev, "case_manager": cm}
