"""Issue 17, point 2: actions and decisions carry the "beroepsgeheim" flag. An action owned by an
organisation bound by professional secrecy starts flagged; an older caller's draft never lifts the flag;
lifting or setting it is its own audited step; a flagged action never reaches the organisation's action
list (the default reaches the document)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain.enums import DecisionType, OrganisationSector
from livcr_desktop.domain.meeting import ActionDraft, DecisionDraft
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import decisions, meetings, minutes, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.helpers.recorded_meeting import raw_text

DEADLINE = date(2026, 12, 20)


def _bound_org(ctx: ServiceContext) -> int:
    return reference.add_organisation(ctx, "OCMW Geheimdorp", "OCMWG", OrganisationSector.SOCIAL_WELFARE, True)


def _flag(ctx: ServiceContext, action_id: int) -> bool:
    with ctx.vault.session() as s:
        return s.get_one(models.Action, action_id).professional_secrecy


def _details(ctx: ServiceContext, entity: str, entity_id: int) -> list[tuple[str, dict[str, object]]]:
    e = models.AuditEvent
    with ctx.vault.session() as s:
        rows = s.scalars(select(e).where(e.entity == entity, e.entity_id == entity_id).order_by(e.id)).all()
        return [(r.action, json.loads(r.detail) if r.detail else {}) for r in rows]


def _started(ctx: ServiceContext) -> tuple[Cell, int]:
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    return cell, mid


def test_an_action_of_a_bound_owner_starts_flagged_and_the_draft_can_flag_any(ctx: ServiceContext) -> None:
    cell, mid = _started(ctx)
    bound, due = _bound_org(ctx), cell.cases["due"]
    secret = decisions.add_action(ctx, ActionDraft(due, mid, "Schuldhulp opstarten", bound, None, DEADLINE))
    assert _flag(ctx, secret)  # the draft said nothing: the owner's secrecy decides
    [(created, detail)] = _details(ctx, "action", secret)
    assert created == "create" and detail["secrecy"] is True
    plain = decisions.add_action(ctx, ActionDraft(due, mid, "Gesprek", cell.orgs["PZ"], None, DEADLINE))
    assert not _flag(ctx, plain)
    asked = decisions.add_action(
        ctx, ActionDraft(due, mid, "Huisbezoek", cell.orgs["PZ"], None, DEADLINE, professional_secrecy=True)
    )
    assert _flag(ctx, asked)  # not bound, but the chair ticked it
    assert _details(ctx, "action", asked)[0][1]["secrecy"] is True
    views = {a.id: a.professional_secrecy for a in decisions.actions_for(ctx, due, mid)}
    assert views == {secret: True, plain: False, asked: True}


def test_an_old_style_draft_keeps_the_flag(ctx: ServiceContext) -> None:
    cell, mid = _started(ctx)
    due = cell.cases["due"]
    draft = ActionDraft(due, mid, "Huisbezoek", cell.orgs["PZ"], None, DEADLINE, professional_secrecy=True)
    aid = decisions.add_action(ctx, draft)
    old_style = ActionDraft(due, mid, "Huisbezoek bij de ouders", cell.orgs["PZ"], None, date(2026, 12, 22))
    decisions.update_action(ctx, aid, old_style)  # a caller that knows nothing of the flag
    assert _flag(ctx, aid)
    assert "professional_secrecy" not in _details(ctx, "action", aid)[-1][1]
    plain = decisions.add_action(ctx, replace(draft, professional_secrecy=False))
    decisions.update_action(ctx, plain, draft)  # update may set the flag (never clear it)
    assert _flag(ctx, plain)
    assert _details(ctx, "action", plain)[-1][1]["professional_secrecy"] == {"before": False, "after": True}


def test_set_action_secrecy_toggles_and_audits(ctx: ServiceContext) -> None:
    cell, mid = _started(ctx)
    aid = decisions.add_action(ctx, ActionDraft(cell.cases["due"], mid, "Gesprek", _bound_org(ctx), None, DEADLINE))
    before = len(_details(ctx, "action", aid))
    with pytest.raises(ValidationError) as refused:  # a bound owner's flag: who of it agreed is required
        decisions.set_action_secrecy(ctx, aid, False)
    assert [(i.field, i.code) for i in refused.value.issues] == [("secrecy_lifted_by", ValidationCode.REQUIRED)]
    assert _flag(ctx, aid) and len(_details(ctx, "action", aid)) == before
    decisions.set_action_secrecy(ctx, aid, False, lifted_by="CAW-medewerker")
    assert not _flag(ctx, aid)
    assert _details(ctx, "action", aid)[-1] == (
        "update",
        {"professional_secrecy": {"before": True, "after": False}, "secrecy_lifted_by": "CAW-medewerker"},
    )
    decisions.set_action_secrecy(ctx, aid, False)  # unchanged: nothing to audit
    assert len(_details(ctx, "action", aid)) == before + 1
    decisions.set_action_secrecy(ctx, aid, True)
    assert _flag(ctx, aid)
    assert _details(ctx, "action", aid)[-1] == ("update", {"professional_secrecy": {"before": False, "after": True}})


def test_a_decision_carries_the_flag(ctx: ServiceContext) -> None:
    cell, mid = _started(ctx)
    due = cell.cases["due"]
    draft = DecisionDraft(due, mid, DecisionType.CLOSE, "Feit onder beroepsgeheim", professional_secrecy=True)
    did = decisions.record_decision(ctx, draft)
    [view] = decisions.decisions_for(ctx, due, mid)
    assert view.professional_secrecy
    assert _details(ctx, "decision", did)[0][1]["secrecy"] is True
    with ctx.vault.session() as s:
        assert s.get_one(models.Decision, did).professional_secrecy
    decisions.update_decision(ctx, did, replace(draft, professional_secrecy=False))  # the form sends it whole
    [view] = decisions.decisions_for(ctx, due, mid)
    assert not view.professional_secrecy
    assert _details(ctx, "decision", did)[-1][1]["professional_secrecy"] == {"before": True, "after": False}
    other = decisions.record_decision(ctx, DecisionDraft(cell.cases["later"], mid, DecisionType.CLOSE, "Geen zorgen"))
    assert not decisions.decisions_for(ctx, cell.cases["later"], mid)[0].professional_secrecy
    assert _details(ctx, "decision", other)[0][1]["secrecy"] is False


def test_a_bound_owners_action_stays_off_its_action_list(ctx: ServiceContext) -> None:
    cell, mid = _started(ctx)
    bound, due = _bound_org(ctx), cell.cases["due"]
    decisions.add_action(ctx, ActionDraft(due, mid, "KANARIE-ACTIE-VAN-GEBONDEN-EIGENAAR", bound, None, DEADLINE))
    lifted = decisions.add_action(ctx, ActionDraft(due, mid, "KANARIE-ACTIE-OPGEHEVEN", bound, None, DEADLINE))
    decisions.set_action_secrecy(ctx, lifted, False, "CAW-lid")  # the control: this list does print the owner's actions
    text = " ".join(raw_text(minutes.render_variant(ctx, mid, Variant.ACTIONS, organisation_id=bound).pdf).split())
    assert "KANARIE-ACTIE-OPGEHEVEN" in text
    assert "KANARIE-ACTIE-VAN-GEBONDEN-EIGENAAR" not in text
