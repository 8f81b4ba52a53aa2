"""The letter to the signal giver: only the allowed statements, to the contact person, recorded in the
feedback log; refused (and audited) for an anonymous or unreachable signal giver or a case of another meeting."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain.enums import DecisionType
from livcr_desktop.domain.meeting import DecisionDraft
from livcr_desktop.domain.outgoing import LetterStatement, OutgoingRefusedError, Refusal
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import decisions, feedback_log
from livcr_desktop.services import referrer_letter as rl
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.helpers.outgoing import (
    ACTION,
    DECISION_REASON,
    OPEN_CONTRIBUTION,
    SECRET_CONTRIBUTION,
    SIGNAL_GIVER,
    Scene,
    make_scene,
    set_signal_giver,
)
from tests.helpers.recorded_meeting import pages_text


@pytest.fixture
def scene(ctx: ServiceContext) -> Scene:
    return make_scene(ctx)


def _refused(ctx: ServiceContext) -> list[str]:
    ae = models.AuditEvent
    with ctx.vault.session() as s:
        rows = s.scalars(select(ae).where(ae.entity == "referrer_letter", ae.action == "refused").order_by(ae.id))
        return [json.loads(r.detail)["reason"] for r in rows]


def test_the_letter_says_only_what_the_law_allows(ctx: ServiceContext, scene: Scene) -> None:
    assert rl.default_statement(ctx, scene.meeting_id, scene.due) is LetterStatement.TAKEN_UP
    text = " ".join(pages_text(rl.produce_letter(ctx, scene.meeting_id, scene.due)))
    assert f"Aan {SIGNAL_GIVER}" in text and "Schoolstraat 1" in text
    assert "werd goed ontvangen en werd besproken" in text and "De cel neemt het signaal op." in text
    for never in (
        "LIVC-2026-001",  # the case code
        "Merel",  # the pseudonym
        "Geheimnaam",  # the identity
        scene_number(ctx, scene),  # the meeting number
        "opvolging opstarten",
        "PZ",
        "Politiezone",
        "OCMW",
        SECRET_CONTRIBUTION,
        OPEN_CONTRIBUTION,
        DECISION_REASON,
        ACTION,
    ):
        assert never not in text
    (entry,) = feedback_log.list_feedback(ctx, scene.due)  # recorded in the feedback log
    assert entry.template == "letter_taken_up" and "De cel neemt het signaal op." in entry.text


def scene_number(ctx: ServiceContext, scene: Scene) -> str:
    with ctx.vault.session() as s:
        return s.get_one(models.Meeting, scene.meeting_id).number


def test_an_escalation_is_never_named(ctx: ServiceContext, scene: Scene) -> None:
    """The cell escalated the case to the LTF (the flag, its target and date are recorded): the letter
    says only that the cell takes the signal up, without the escalation, the meeting or its date."""
    escalated_on = date(2026, 11, 26)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            scene.due,
            scene.meeting_id,
            DecisionType.ESCALATE,
            reasons="Opschaling naar de LTF en melding aan het parket",
            escalation_target="LTF",
            next_review_date=date(2027, 1, 20),
            escalation_date=escalated_on,
        ),
    )
    assert decisions.case_escalation(ctx, scene.due) == ("LTF", escalated_on)  # the flag is on the case
    number, held = scene_number(ctx, scene), date(2026, 11, 25)
    assert rl.default_statement(ctx, scene.meeting_id, scene.due) is LetterStatement.TAKEN_UP
    for statement in (None, LetterStatement.REFERRED):
        text = " ".join(pages_text(rl.produce_letter(ctx, scene.meeting_id, scene.due, statement)))
        assert "werd goed ontvangen en werd besproken" in text
        assert ("doorverwezen naar de gepaste hulpverlening" in text) is (statement is not None)
        for never in ("opschal", "Opschal", "LTF", "parket", "Parket", "politie", "Politie", number):
            assert never not in text
        for day in (held, escalated_on):
            for form in (
                f"{day:%d/%m/%Y}",
                f"{day:%d-%m-%Y}",
                f"{day:%d.%m.%Y}",
                day.isoformat(),
                f"{day.day} november",
            ):
                assert form not in text, form


def test_an_anonymous_or_unreachable_signal_giver_gets_no_letter(ctx: ServiceContext, scene: Scene) -> None:
    with pytest.raises(OutgoingRefusedError) as anonymous:
        rl.produce_letter(ctx, scene.meeting_id, scene.pseudo, LetterStatement.REFERRED)
    assert anonymous.value.reason is Refusal.SIGNAL_GIVER_ANONYMOUS
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.pseudo) is Refusal.SIGNAL_GIVER_ANONYMOUS
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "   ")
    with pytest.raises(OutgoingRefusedError) as unreachable:
        rl.produce_letter(ctx, scene.meeting_id, scene.due)
    assert unreachable.value.reason is Refusal.SIGNAL_GIVER_UNREACHABLE
    with pytest.raises(OutgoingRefusedError) as elsewhere:
        rl.produce_letter(ctx, scene.meeting_id, scene.cell.cases["later"], LetterStatement.TAKEN_UP)
    assert elsewhere.value.reason is Refusal.CASE_NOT_IN_MEETING
    assert _refused(ctx) == ["signal_giver_anonymous", "signal_giver_unreachable", "case_not_in_meeting"]
    assert feedback_log.list_feedback(ctx, scene.due) == []  # nothing was logged


def test_the_feedback_log_refuses_a_signal_giver_who_chose_anonymity(ctx: ServiceContext, scene: Scene) -> None:
    with ctx.vault.session() as s:
        org = s.scalar(select(models.Organisation.id))
        s.get_one(models.Case, scene.pseudo).referrer_organisation_id = org
    assert not feedback_log.can_give_feedback(ctx, scene.pseudo)


def test_a_role_that_may_not_make_the_letter_is_refused_and_audited(ctx: ServiceContext, scene: Scene) -> None:
    with pytest.raises(PermissionDenied):
        rl.produce_letter(replace(ctx, role=Role.READ_ONLY), scene.meeting_id, scene.due)
    assert _refused(ctx) == ["not_allowed"]
    assert feedback_log.list_feedback(ctx, scene.due) == []  # nothing was logged


def test_the_pre_check_records_a_refusal_only_when_asked_to(ctx: ServiceContext, scene: Scene) -> None:
    """The window asks up front (nothing recorded) and again when the user asks for the letter (recorded)."""
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "")
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.due) is Refusal.SIGNAL_GIVER_UNREACHABLE
    assert _refused(ctx) == []
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.due, record=True) is Refusal.SIGNAL_GIVER_UNREACHABLE
    assert _refused(ctx) == ["signal_giver_unreachable"]
    # no meeting decided on the case: nothing to tell yet, unless the signal giver rules the letter out first
    later = scene.cell.cases["later"]
    set_signal_giver(ctx, later, SIGNAL_GIVER, "Schoolstraat 1")
    assert rl.letter_meeting(ctx, later) is None
    assert rl.letter_refusal(ctx, None, later, record=True) is Refusal.NOT_DECIDED
    assert rl.letter_refusal(ctx, None, scene.pseudo) is Refusal.SIGNAL_GIVER_ANONYMOUS
    assert _refused(ctx) == ["signal_giver_unreachable", "not_decided"]
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "Schoolstraat 1")
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.due, record=True) is None
    assert _refused(ctx) == ["signal_giver_unreachable", "not_decided"]
