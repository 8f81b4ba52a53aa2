"""Every service that stores a typed name or free text refuses bidirectional control characters.

Like the case register (``services/cases.py``): a text holding U+202A–U+202E or U+2066–U+2069 is
refused with ``ValidationError`` (``BAD_CHARACTERS`` on the field) and nothing is written; the same
call with a normal text is accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

import pytest
from sqlalchemy import select

from livcr_desktop.domain.enums import ActionStatus, DecisionType, MemberKind, OrganisationSector
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft, MeetingDraft
from livcr_desktop.domain.roles import Role
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import assessment, cases, decisions, feedback_log, followup, meetings, reference, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.keyslots import TEST_KDF
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "evil\u202efdp.exe" shows as "evilexe.pdf"
EVIL = f"evil{RLO}fdp.exe"


def snapshot(ctx: ServiceContext) -> dict[str, Any]:
    """Every row of every table, and the key slots: equal before and after means nothing was written."""
    with ctx.vault.session() as s:
        tables = {
            t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]
            for t in models.Base.metadata.sorted_tables
        }
    tables["<key slots>"] = [(x.slot_id, x.user, x.kind) for x in ctx.vault.key_file.slots]
    return tables


def assert_refused(ctx: ServiceContext, call: Callable[[], object], field: str) -> None:
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as err:
        call()
    assert (field, ValidationCode.BAD_CHARACTERS) in {(i.field, i.code) for i in err.value.issues}
    assert snapshot(ctx) == before, "a refused text must leave the vault untouched"


def count(ctx: ServiceContext, model: type[models.Base]) -> int:
    from sqlalchemy import func

    with ctx.vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def cell(ctx: ServiceContext) -> Cell:
    return make_cell(ctx)


@pytest.fixture
def meeting(ctx: ServiceContext, cell: Cell) -> int:
    return make_meeting(ctx, cell)


# -- reference ----------------------------------------------------------------------------------


def test_add_organisation(ctx: ServiceContext) -> None:
    assert_refused(ctx, lambda: reference.add_organisation(ctx, EVIL, "EV", OrganisationSector.POLICE), "name")
    assert_refused(
        ctx, lambda: reference.add_organisation(ctx, "Politie", f"P{RLO}Z", OrganisationSector.POLICE), "short_name"
    )
    reference.add_organisation(ctx, "Politiezone Noord", "PZN", OrganisationSector.POLICE)
    assert [o.name for o in reference.list_organisations(ctx)] == ["Politiezone Noord"]


def test_add_member(ctx: ServiceContext, cell: Cell) -> None:
    org = cell.orgs["PZ"]
    assert_refused(ctx, lambda: reference.add_member(ctx, EVIL, org, "inspecteur", MemberKind.CORE), "name")
    assert_refused(ctx, lambda: reference.add_member(ctx, "Inspecteur", org, EVIL, MemberKind.CORE), "role")
    before = count(ctx, models.Member)
    reference.add_member(ctx, "Inspecteur Nieuw", org, "inspecteur", MemberKind.CORE)
    assert count(ctx, models.Member) == before + 1


# -- meetings -----------------------------------------------------------------------------------


def test_create_meeting(ctx: ServiceContext, cell: Cell) -> None:
    def draft(place: str) -> MeetingDraft:
        return MeetingDraft(meeting_date=date(2026, 12, 2), place=place, chair_id=cell.members["chair"])

    assert_refused(ctx, lambda: meetings.create_meeting(ctx, draft(EVIL)), "place")
    assert meetings.list_meetings(ctx) == []
    meetings.create_meeting(ctx, draft("Stadhuis, zaal 2"))
    assert [m.place for m in meetings.list_meetings(ctx)] == ["Stadhuis, zaal 2"]


def test_add_agenda_item(ctx: ServiceContext, meeting: int) -> None:
    assert_refused(ctx, lambda: meetings.add_agenda_item(ctx, meeting, title=EVIL), "title")
    before = count(ctx, models.AgendaItem)
    meetings.add_agenda_item(ctx, meeting, title="Varia")
    assert count(ctx, models.AgendaItem) == before + 1


# -- assessment ---------------------------------------------------------------------------------


def contribution(cell: Cell, meeting: int, text: str) -> ContributionDraft:
    return ContributionDraft(cell.cases["due"], meeting, cell.orgs["PZ"], "online", text)


def test_add_contribution(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    assert_refused(ctx, lambda: assessment.add_contribution(ctx, contribution(cell, meeting, EVIL)), "text")
    assessment.add_contribution(ctx, contribution(cell, meeting, "Gezien op forum"))
    assert count(ctx, models.Contribution) == 1


def test_update_contribution(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    cid = assessment.add_contribution(ctx, contribution(cell, meeting, "Gezien op forum"))
    assert_refused(ctx, lambda: assessment.update_contribution(ctx, cid, contribution(cell, meeting, EVIL)), "text")
    assessment.update_contribution(ctx, cid, contribution(cell, meeting, "Gezien op twee fora"))
    with ctx.vault.session() as s:
        assert s.get_one(models.Contribution, cid).text == "Gezien op twee fora"


def test_set_domain_assessment(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    case = cell.cases["due"]
    assert_refused(
        ctx, lambda: assessment.set_domain_assessment(ctx, case, meeting, "online", risk_factors=EVIL), "risk_factors"
    )
    assert_refused(
        ctx,
        lambda: assessment.set_domain_assessment(ctx, case, meeting, "online", protective_factors=EVIL),
        "protective_factors",
    )
    assessment.set_domain_assessment(ctx, case, meeting, "online", risk_factors="Forums", protective_factors="Sport")
    row = next(r for r in assessment.assessment_grid(ctx, case, meeting).rows if r.life_domain == "online")
    assert (row.risk_factors, row.protective_factors) == ("Forums", "Sport")


def test_set_assessment(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    case = cell.cases["due"]
    assert_refused(ctx, lambda: assessment.set_assessment(ctx, case, meeting, summary=EVIL), "summary")
    assessment.set_assessment(ctx, case, meeting, summary="Zorgwekkend")
    assert assessment.assessment_grid(ctx, case, meeting).summary == "Zorgwekkend"


# -- decisions and actions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "draft"),
    [
        ("reasons", {"decision_type": DecisionType.CLOSE, "reasons": EVIL}),
        (
            "expectations",
            {"decision_type": DecisionType.START_FOLLOW_UP, "expectations": EVIL, "next_review_date": date(2027, 1, 5)},
        ),
        ("referral_target", {"decision_type": DecisionType.REFER_AND_CLOSE, "referral_target": EVIL}),
        (
            "escalation_target",
            {"decision_type": DecisionType.ESCALATE, "escalation_target": EVIL, "next_review_date": date(2027, 1, 5)},
        ),
    ],
)
def test_record_decision(ctx: ServiceContext, cell: Cell, meeting: int, field: str, draft: dict[str, Any]) -> None:
    case = cell.cases["due"]
    assert_refused(ctx, lambda: decisions.record_decision(ctx, DecisionDraft(case, meeting, **draft)), field)
    normal: dict[str, Any] = {k: ("Een gewone tekst" if v == EVIL else v) for k, v in draft.items()}
    decisions.record_decision(ctx, DecisionDraft(case, meeting, **normal))
    assert [getattr(d, field) for d in decisions.decisions_for(ctx, case)] == ["Een gewone tekst"]


def test_update_decision(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    case = cell.cases["due"]
    did = decisions.record_decision(ctx, DecisionDraft(case, meeting, DecisionType.CLOSE, reasons="Geen zorgen"))
    for field in ("reasons", "expectations", "referral_target"):
        texts: dict[str, Any] = {"referral_target": "OCMW", field: EVIL}
        bad = DecisionDraft(case, meeting, DecisionType.REFER_AND_CLOSE, **texts)
        assert_refused(ctx, partial(decisions.update_decision, ctx, did, bad), field)
    decisions.update_decision(
        ctx,
        did,
        DecisionDraft(case, meeting, DecisionType.REFER_AND_CLOSE, reasons="Hulp elders", referral_target="OCMW"),
    )
    [d] = decisions.decisions_for(ctx, case)
    assert (d.reasons, d.referral_target) == ("Hulp elders", "OCMW")


def action(cell: Cell, meeting: int | None, description: str) -> ActionDraft:
    return ActionDraft(cell.cases["due"], meeting, description, cell.orgs["OCMW"], None, date(2026, 12, 1))


def test_add_action(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    assert_refused(ctx, lambda: decisions.add_action(ctx, action(cell, meeting, EVIL)), "description")
    decisions.add_action(ctx, action(cell, meeting, "Huisbezoek"))
    assert [a.description for a in decisions.actions_for(ctx, cell.cases["due"])] == ["Huisbezoek"]


def test_update_action(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    aid = decisions.add_action(ctx, action(cell, meeting, "Huisbezoek"))
    assert_refused(ctx, lambda: decisions.update_action(ctx, aid, action(cell, meeting, EVIL)), "description")
    decisions.update_action(ctx, aid, action(cell, meeting, "Huisbezoek met CLB"))
    assert [a.description for a in decisions.actions_for(ctx, cell.cases["due"])] == ["Huisbezoek met CLB"]


def test_set_action_status(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    aid = decisions.add_action(ctx, action(cell, meeting, "Huisbezoek"))
    assert_refused(ctx, lambda: decisions.set_action_status(ctx, aid, ActionStatus.DONE, EVIL), "note")
    decisions.set_action_status(ctx, aid, ActionStatus.DONE, "Bezoek gebeurd")
    assert [h.note for h in followup.action_history(ctx, aid)][-1] == "Bezoek gebeurd"


def test_followup_update_action(ctx: ServiceContext, cell: Cell) -> None:
    aid = decisions.add_action(ctx, action(cell, None, "Huisbezoek"))
    assert_refused(ctx, lambda: followup.update_action(ctx, aid, ActionStatus.IN_PROGRESS, EVIL), "note")
    followup.update_action(ctx, aid, ActionStatus.IN_PROGRESS, "Afspraak gemaakt")
    assert [h.note for h in followup.action_history(ctx, aid)][-1] == "Afspraak gemaakt"


# -- referrer feedback and users ----------------------------------------------------------------


def test_add_feedback(ctx: ServiceContext, cell: Cell) -> None:
    case_id = cell.cases["later"]
    draft = cases.get_case(ctx, case_id)
    draft.referrer_organisation_id = cell.orgs["CLB"]
    cases.update_case(ctx, case_id, draft, identity_included=False)
    assert_refused(ctx, lambda: feedback_log.add_feedback(ctx, case_id, EVIL, "discussed_support"), "text")
    feedback_log.add_feedback(ctx, case_id, "Uw melding werd besproken.", "discussed_support")
    assert [e.text for e in feedback_log.list_feedback(ctx, case_id)] == ["Uw melding werd besproken."]


def test_add_user(ctx: ServiceContext) -> None:
    passphrase = "secretaris eigen wachtwoordzin"
    assert_refused(
        ctx, lambda: users.add_user(ctx, "secretaris", EVIL, Role.SECRETARY, passphrase, kdf=TEST_KDF), "display_name"
    )
    with pytest.raises(ValidationError):  # the login name was already limited to ASCII
        users.add_user(ctx, f"secr{RLO}etaris", "Secretaris", Role.SECRETARY, passphrase, kdf=TEST_KDF)
    users.add_user(ctx, "secretaris", "Secretaris Fictief", Role.SECRETARY, passphrase, kdf=TEST_KDF)
    assert {u.name: u.display_name for u in users.list_users(ctx)}["secretaris"] == "Secretaris Fictief"


def test_plain_direction_marks_stay_allowed(ctx: ServiceContext, cell: Cell, meeting: int) -> None:
    """U+200E / U+200F cannot reorder other text (as for cases): still accepted."""
    assessment.set_assessment(ctx, cell.cases["due"], meeting, summary="Zorgwekkend\u200f")
    assert assessment.assessment_grid(ctx, cell.cases["due"], meeting).summary == "Zorgwekkend\u200f"
