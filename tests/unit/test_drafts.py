"""Drafts of the meeting's forms in the vault: kept, replaced, loaded, discarded; never audited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.enums import DraftKind, MeetingStatus
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import drafts
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import MeetingLockedError
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import make_cell, make_meeting


def audit_events(ctx: ServiceContext) -> int:
    with ctx.vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(models.AuditEvent)) or 0)


def test_save_load_replace_discard(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    meeting = make_meeting(ctx, cell)
    case = cell.cases["due"]
    before = audit_events(ctx)
    assert drafts.load_draft(ctx, meeting, case, DraftKind.CONTRIBUTION) is None

    drafts.save_draft(ctx, meeting, case, DraftKind.CONTRIBUTION, {"text": "half getypt", "secrecy": True, "org": 3})
    drafts.save_draft(ctx, meeting, case, DraftKind.ACTION, {"description": "huisbezoek", "owner": None})
    drafts.save_draft(ctx, meeting, case, DraftKind.CONTRIBUTION, {"text": "half getypt, verder", "secrecy": False})

    assert drafts.load_draft(ctx, meeting, case, DraftKind.CONTRIBUTION) == {
        "text": "half getypt, verder",
        "secrecy": False,
    }
    assert drafts.load_draft(ctx, meeting, case, DraftKind.ACTION) == {"description": "huisbezoek", "owner": None}
    assert drafts.load_draft(ctx, meeting, cell.cases["later"], DraftKind.CONTRIBUTION) is None
    assert [(d.case_id, d.kind) for d in drafts.meeting_drafts(ctx, meeting)] == [
        (case, DraftKind.CONTRIBUTION),
        (case, DraftKind.ACTION),
    ]

    drafts.discard_draft(ctx, meeting, case, DraftKind.CONTRIBUTION)
    drafts.discard_draft(ctx, meeting, case, DraftKind.CONTRIBUTION)  # twice: nothing to do
    assert drafts.load_draft(ctx, meeting, case, DraftKind.CONTRIBUTION) is None
    assert drafts.discard_meeting_drafts(ctx, meeting) == 1
    assert drafts.meeting_drafts(ctx, meeting) == []
    assert audit_events(ctx) == before  # a draft is the form's memory, not a record: not audited


def test_only_plain_values_and_bounded(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    meeting = make_meeting(ctx, cell)
    with pytest.raises(TypeError):
        drafts.save_draft(ctx, meeting, cell.cases["due"], DraftKind.DECISION, {"when": object()})  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        drafts.save_draft(
            ctx, meeting, cell.cases["due"], DraftKind.DECISION, {"reasons": "x" * drafts.MAX_DRAFT_CHARS}
        )
    assert drafts.meeting_drafts(ctx, meeting) == []


def test_roles_and_finalised_meeting(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    meeting = make_meeting(ctx, cell)
    case = cell.cases["due"]
    drafts.save_draft(ctx, meeting, case, DraftKind.ACTION, {"description": "x"})
    viewer = ServiceContext(ctx.vault, "lezer", today=ctx.today, now=ctx.now, role=Role.READ_ONLY)
    for call in (
        lambda: drafts.save_draft(viewer, meeting, case, DraftKind.ACTION, {"description": "y"}),
        lambda: drafts.load_draft(viewer, meeting, case, DraftKind.ACTION),
        lambda: drafts.discard_draft(viewer, meeting, case, DraftKind.ACTION),
        lambda: drafts.meeting_drafts(viewer, meeting),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with ctx.vault.session() as s:
        s.get_one(models.Meeting, meeting).status = MeetingStatus.FINALISED
    with pytest.raises(MeetingLockedError):
        drafts.save_draft(ctx, meeting, case, DraftKind.ACTION, {"description": "z"})
    assert drafts.load_draft(ctx, meeting, case, DraftKind.ACTION) == {"description": "x"}
