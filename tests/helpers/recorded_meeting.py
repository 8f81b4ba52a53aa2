"""A closed meeting with two discussed cases, secret and not-printed contributions, decisions and
actions: the fixture the minutes tests (service, dialog, CLI, faults, background work) share."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from livcr_desktop.domain.enums import AttendanceStatus, DecisionType, Qualification
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, attendance, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

SECRET = "BEROEPSGEHEIM-KANARIE"
NOT_PRINTED = "NIET-IN-VERSLAG-KANARIE"


@pytest.fixture
def recorded(ctx: ServiceContext) -> tuple[Cell, int]:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    attendance.set_attendance(ctx, mid, cell.members["ocmw"], AttendanceStatus.EXCUSED)
    for key in ("chair", "secretary", "police"):
        attendance.acknowledge(ctx, mid, cell.members[key])
    due, pseudo = cell.cases["due"], cell.cases["pseudo"]
    assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["PZ"], "online", "Deelt filmpjes"))
    assessment.add_contribution(
        ctx, ContributionDraft(due, mid, cell.orgs["OCMW"], "family", SECRET, professional_secrecy=True)
    )
    assessment.add_contribution(
        ctx, ContributionDraft(due, mid, cell.orgs["CLB"], "education_work", NOT_PRINTED, in_minutes=False)
    )
    assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["JH"], None, declines_to_share=True))
    assessment.set_domain_assessment(ctx, due, mid, "online", risk_factors="Extreme fora", concern_level=2)
    assessment.set_assessment(ctx, due, mid, summary="Zorgwekkend maar aanspreekbaar", qualification=Qualification.Q2)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            due,
            mid,
            DecisionType.START_FOLLOW_UP,
            reasons="Traject",
            expectations="Terugkoppeling in januari",
            next_review_date=date(2027, 1, 20),
        ),
    )
    decisions.add_action(
        ctx, ActionDraft(due, mid, "Schuldhulp opstarten", cell.orgs["OCMW"], None, date(2026, 12, 20))
    )
    decisions.add_action(
        ctx,
        ActionDraft(due, mid, "Gesprek met de jongere", cell.orgs["PREV"], cell.members["chair"], date(2026, 12, 10)),
    )
    assessment.add_contribution(ctx, ContributionDraft(pseudo, mid, cell.orgs["CLB"], "education_work", "Spijbelt"))
    decisions.record_decision(
        ctx,
        DecisionDraft(
            pseudo,
            mid,
            DecisionType.ESCALATE,
            reasons="Dreiging",
            escalation_target="LTF",
            next_review_date=date(2026, 12, 15),
        ),
    )
    decisions.add_action(ctx, ActionDraft(pseudo, mid, "Melding aan de LTF", cell.orgs["PZ"], None, date(2026, 11, 28)))
    meetings.close_meeting(ctx, mid, date(2026, 12, 16))
    return cell, mid


def pages_text(pdf: bytes) -> list[str]:
    """Text per page, with line breaks inside table cells folded to spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]
