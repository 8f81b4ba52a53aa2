"""A meeting for the documents that leave the cell: who is present for which case, canary texts in
the places that must never leave (secret contribution, decision reasons, action, another
organisation's input), and the signal giver's details of each case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from livcr_desktop.domain.enums import AttendanceStatus, DecisionType
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, attendance, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

SECRET_CONTRIBUTION = "KANARIE-GEHEIME-BIJDRAGE"
OPEN_CONTRIBUTION = "KANARIE-OPEN-BIJDRAGE-PZ"
DECISION_REASON = "KANARIE-BESLISSINGSREDEN"
SECRET_ACTION = "KANARIE-GEHEIME-ACTIE"
ACTION = "KANARIE-ACTIE-PREVENTIE"
SIGNAL_GIVER = "Mevrouw Signaal Gever"


@dataclass
class Scene:
    cell: Cell
    meeting_id: int
    due: int  # discussed; chair, secretary and police present for it
    pseudo: int  # also the justitiehuis partner, invited for this case only


def set_signal_giver(ctx: ServiceContext, case_id: int, name: str, contact: str, withheld: bool = False) -> None:
    from livcr_desktop.storage import models

    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        case.signal_giver_name, case.signal_giver_contact, case.signal_giver_withheld = name, contact, withheld


def make_scene(ctx: ServiceContext) -> Scene:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    for key in ("chair", "secretary", "police"):
        attendance.acknowledge(ctx, mid, cell.members[key])
    attendance.set_attendance(ctx, mid, cell.members["ocmw"], AttendanceStatus.EXCUSED)
    due, pseudo = cell.cases["due"], cell.cases["pseudo"]
    attendance.set_attendance(ctx, mid, cell.members["jh"], AttendanceStatus.PRESENT, invited_case_id=pseudo)
    assessment.add_contribution(
        ctx, ContributionDraft(due, mid, cell.orgs["OCMW"], "family", SECRET_CONTRIBUTION, professional_secrecy=True)
    )
    assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["PZ"], "online", OPEN_CONTRIBUTION))
    decisions.record_decision(
        ctx,
        DecisionDraft(
            due, mid, DecisionType.START_FOLLOW_UP, reasons=DECISION_REASON, next_review_date=date(2027, 1, 20)
        ),
    )
    decisions.add_action(ctx, ActionDraft(due, mid, ACTION, cell.orgs["PREV"], None, date(2026, 12, 20)))
    decisions.record_decision(
        ctx,
        DecisionDraft(pseudo, mid, DecisionType.REFER_AND_CLOSE, reasons=DECISION_REASON, referral_target="CGG"),
    )
    set_signal_giver(ctx, due, SIGNAL_GIVER, "Schoolstraat 1, 9999 Testdorp")
    set_signal_giver(ctx, pseudo, "", "", withheld=True)
    return Scene(cell, mid, due, pseudo)
