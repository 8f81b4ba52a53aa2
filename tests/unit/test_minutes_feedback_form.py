"""Issue 17, point 1: the cell's own minutes record that a case's feedback form to the police was
agreed (and when), and its text only when the cell chose so; the action list per organisation never
mentions it."""

from __future__ import annotations

from dataclasses import replace

from livcr_desktop.reports.model import Variant
from livcr_desktop.services import feedback_form as ff
from livcr_desktop.services import minutes
from livcr_desktop.services.context import ServiceContext
from tests.helpers.outgoing import make_scene
from tests.helpers.recorded_meeting import pages_text

DIRECTION = "Begeleiding door de preventiedienst met de school."


def _text(
    ctx: ServiceContext, meeting_id: int, variant: Variant = Variant.FULL, organisation_id: int | None = None
) -> str:
    pdf = minutes.render_variant(ctx, meeting_id, variant, organisation_id=organisation_id).pdf
    return " ".join(" ".join(pages_text(pdf)).split())


def test_the_minutes_say_the_form_was_agreed_and_its_text_only_if_chosen(ctx: ServiceContext) -> None:
    scene = make_scene(ctx)
    mid, due = scene.meeting_id, scene.due
    assert "Terugkoppelingsfiche" not in _text(ctx, mid)  # no form composed: nothing said

    form = ff.compose_form(ctx, mid, due)
    ff.update_form(ctx, mid, due, replace(form.fields, direction=DIRECTION))
    text = _text(ctx, mid)
    assert "Terugkoppelingsfiche aan de politie" in text
    assert "nog niet door alle aanwezige leden goedgekeurd" in text and DIRECTION not in text

    for key in ("chair", "secretary", "police"):
        ff.record_consent(ctx, mid, due, scene.cell.members[key])
    agreed = ff.get_form(ctx, mid, due)
    assert agreed is not None and agreed.agreed_at is not None
    text = _text(ctx, mid)
    assert (
        f"In consensus goedgekeurd door alle leden aanwezig voor deze casus op {agreed.agreed_at:%d/%m/%Y %H:%M}"
        in text
    )
    assert DIRECTION not in text  # the cell did not choose to put the text in the minutes

    ff.set_content_in_minutes(ctx, mid, due, True)
    text = _text(ctx, mid)
    assert f"Richting van de aanpak: {DIRECTION}" in text and "De cel volgt de casus op." in text

    police = scene.cell.orgs["PZ"]
    actions = _text(ctx, mid, Variant.ACTIONS, organisation_id=police)
    assert "Terugkoppelingsfiche" not in actions and DIRECTION not in actions
