"""Secrecy by default: a contribution of an organisation bound by professional secrecy starts as
"beroepsgeheim"; lifting the flag records who agreed and when; an action such an organisation owns starts flagged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from livcr_desktop.domain.enums import OrganisationSector
from livcr_desktop.domain.meeting import ContributionDraft
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import assessment, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.secrecy import action_starts_secret
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import make_cell, make_meeting


def _row(ctx: ServiceContext, contribution_id: int) -> models.Contribution:
    with ctx.vault.session() as s:
        row = s.get_one(models.Contribution, contribution_id)
        s.expunge(row)
        return row


def _bound_org(ctx: ServiceContext) -> int:
    return reference.add_organisation(ctx, "CAW Testdorp", "CAW", OrganisationSector.SOCIAL_WELFARE, True)


def test_a_bound_organisations_contribution_starts_secret(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    caw, due = _bound_org(ctx), cell.cases["due"]
    secret = assessment.add_contribution(ctx, ContributionDraft(due, mid, caw, "family", "Huisvesting wankel"))
    assert _row(ctx, secret).professional_secrecy  # the draft said nothing: secret by default
    police = assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["PZ"], "online", "Filmpjes"))
    assert not _row(ctx, police).professional_secrecy  # not bound: the draft decides
    declined = assessment.add_contribution(ctx, ContributionDraft(due, mid, caw, None, declines_to_share=True))
    assert not _row(ctx, declined).professional_secrecy  # "wenst niet te delen" holds no text to protect
    agreed = assessment.add_contribution(
        ctx, ContributionDraft(due, mid, caw, "family", "Werkt mee"), secrecy_lifted_by="CAW-medewerker"
    )
    row = _row(ctx, agreed)
    assert not row.professional_secrecy and row.secrecy_lifted_by == "CAW-medewerker"
    assert row.secrecy_lifted_at == ctx.now()


def test_lifting_the_flag_needs_who_agreed(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    caw, due = _bound_org(ctx), cell.cases["due"]
    draft = ContributionDraft(due, mid, caw, "family", "Huisvesting wankel", professional_secrecy=True)
    cid = assessment.add_contribution(ctx, draft)
    with pytest.raises(ValidationError) as refused:
        assessment.update_contribution(ctx, cid, replace(draft, professional_secrecy=False))
    assert [(i.field, i.code) for i in refused.value.issues] == [("secrecy_lifted_by", ValidationCode.REQUIRED)]
    assert _row(ctx, cid).professional_secrecy  # nothing changed
    with pytest.raises(ValidationError):
        assessment.update_contribution(
            ctx, cid, replace(draft, professional_secrecy=False), secrecy_lifted_by="x\u202ey"
        )
    assessment.update_contribution(ctx, cid, replace(draft, professional_secrecy=False), secrecy_lifted_by="De CAW-lid")
    row = _row(ctx, cid)
    assert not row.professional_secrecy and row.secrecy_lifted_by == "De CAW-lid" and row.secrecy_lifted_at
    assessment.update_contribution(ctx, cid, draft)  # flagged again: the lifting no longer holds
    row = _row(ctx, cid)
    assert row.professional_secrecy and row.secrecy_lifted_by == "" and row.secrecy_lifted_at is None


def test_an_action_owned_by_a_bound_organisation_starts_flagged(ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    caw = _bound_org(ctx)
    with ctx.vault.session() as s:
        assert action_starts_secret(s, caw)
        assert not action_starts_secret(s, cell.orgs["PZ"])
        assert action_starts_secret(s, cell.orgs["PZ"], flagged=True)
        assert not action_starts_secret(s, None)
