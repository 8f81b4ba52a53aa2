"""One rule for what the signal giver may be told: the feedback log and the letter agree on who is a
known signal giver (``domain.outgoing.signal_giver_refusal``); the letter also needs contact details."""

from __future__ import annotations

import itertools

import pytest

from livcr_desktop.domain.followup import AnonymousReferralError
from livcr_desktop.domain.outgoing import Refusal, signal_giver_refusal
from livcr_desktop.services import feedback_log
from livcr_desktop.services import referrer_letter as rl
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.helpers.outgoing import SIGNAL_GIVER, make_scene, set_signal_giver

NOT_KNOWN = {Refusal.SIGNAL_GIVER_ANONYMOUS, Refusal.SIGNAL_GIVER_UNKNOWN}


def test_the_rule() -> None:
    assert signal_giver_refusal(withheld=True, name=SIGNAL_GIVER, has_referrer=True, contact="a") is (
        Refusal.SIGNAL_GIVER_ANONYMOUS
    )
    assert signal_giver_refusal(withheld=False, name="  ", has_referrer=False, contact="a") is (
        Refusal.SIGNAL_GIVER_UNKNOWN
    )
    assert signal_giver_refusal(withheld=False, name=SIGNAL_GIVER, has_referrer=False, contact=" ") is (
        Refusal.SIGNAL_GIVER_UNREACHABLE
    )
    assert signal_giver_refusal(withheld=False, name=SIGNAL_GIVER, has_referrer=False) is None  # the log
    assert signal_giver_refusal(withheld=False, name="", has_referrer=True, contact="a") is None


def test_a_named_signal_giver_without_a_referring_organisation_gets_feedback(ctx: ServiceContext) -> None:
    """The ``due`` case: the signal giver is named and reachable, no organisation referred it."""
    scene = make_scene(ctx)
    assert feedback_log.can_give_feedback(ctx, scene.due)
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.due) is None
    feedback_log.add_feedback(ctx, scene.due, "Uw melding werd besproken.", "discussed_support")
    assert len(feedback_log.list_feedback(ctx, scene.due)) == 1


@pytest.mark.parametrize(
    ("withheld", "named", "referred", "reachable"), list(itertools.product((False, True), repeat=4))
)
def test_the_log_and_the_letter_agree_on_who_is_known(
    ctx: ServiceContext, withheld: bool, named: bool, referred: bool, reachable: bool
) -> None:
    scene = make_scene(ctx)
    set_signal_giver(
        ctx, scene.due, SIGNAL_GIVER if named else "", "Schoolstraat 1" if reachable else "", withheld=withheld
    )
    with ctx.vault.session() as s:
        s.get_one(models.Case, scene.due).referrer_organisation_id = scene.cell.orgs["CLB"] if referred else None
    known = not withheld and (named or referred)
    letter = rl.letter_refusal(ctx, scene.meeting_id, scene.due)
    assert feedback_log.can_give_feedback(ctx, scene.due) is known
    assert (letter not in NOT_KNOWN) is known
    assert (letter is None) is (known and reachable)
    if known:
        feedback_log.add_feedback(ctx, scene.due, "Uw melding werd besproken.")
    else:
        with pytest.raises(AnonymousReferralError):
            feedback_log.add_feedback(ctx, scene.due, "Uw melding werd besproken.")
