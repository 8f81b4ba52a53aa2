"""The feedback form per case: neutral pre-fill, consent per member present for the case on the exact
text, any edit voids it, produced only with complete consent; every refusal changes nothing and is audited."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from livcr_desktop.domain.outgoing import OutgoingRefusedError, Refusal
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import feedback_form as ff
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.helpers.meeting_factory import make_meeting
from tests.helpers.outgoing import (
    ACTION,
    DECISION_REASON,
    OPEN_CONTRIBUTION,
    SECRET_CONTRIBUTION,
    Scene,
    make_scene,
)
from tests.helpers.recorded_meeting import pages_text


@pytest.fixture
def scene(ctx: ServiceContext) -> Scene:
    return make_scene(ctx)


def _refusals(ctx: ServiceContext) -> list[str]:
    with ctx.vault.session() as s:
        ae = models.AuditEvent
        rows = s.scalars(select(ae).where(ae.entity == "feedback_form", ae.action == "refused").order_by(ae.id))
        return [json.loads(r.detail)["reason"] for r in rows]


def _consent_all(ctx: ServiceContext, scene: Scene) -> None:
    for key in ("chair", "secretary", "police"):
        ff.record_consent(ctx, scene.meeting_id, scene.due, scene.cell.members[key])


def test_the_form_is_prefilled_with_neutral_text_only(ctx: ServiceContext, scene: Scene) -> None:
    form = ff.compose_form(ctx, scene.meeting_id, scene.due)
    text = " ".join(str(v) for v in (form.fields.police_reference, form.fields.direction, form.fields.contact_point))
    assert form.fields.police_reference == "LIVC-2026-001" and form.fields.follows_up
    for canary in (SECRET_CONTRIBUTION, OPEN_CONTRIBUTION, DECISION_REASON, ACTION):
        assert canary not in text
    assert [c.member_name for c in form.consents] == [
        "Burgemeester Voorbeeld",
        "Secretaris Fictief",
        "Inspecteur Verzonnen",
    ]  # the justitiehuis partner is invited for the other case, the OCMW member excused
    assert not form.complete
    # referred and closed: the cell does not follow it up
    assert not ff.compose_form(ctx, scene.meeting_id, scene.pseudo).fields.follows_up


def test_consent_edit_voids_consent_again_and_produce(ctx: ServiceContext, scene: Scene) -> None:
    mid, due = scene.meeting_id, scene.due
    form = ff.compose_form(ctx, mid, due)
    with pytest.raises(OutgoingRefusedError) as refused:
        ff.produce_form(ctx, mid, due)
    assert refused.value.reason is Refusal.CONSENT_INCOMPLETE
    _consent_all(ctx, scene)
    assert ff.get_form(ctx, mid, due).complete  # type: ignore[union-attr]
    edited = ff.update_form(ctx, mid, due, replace(form.fields, direction="De cel begeleidt de persoon."))
    assert edited.text_hash != form.text_hash and not edited.complete
    assert all(c.agreed_at is None for c in edited.consents)  # every consent voided
    with pytest.raises(OutgoingRefusedError):
        ff.produce_form(ctx, mid, due)
    _consent_all(ctx, scene)
    pdf = ff.produce_form(ctx, mid, due)
    text = " ".join(pages_text(pdf))
    assert "De cel begeleidt de persoon." in text and "LIVC-2026-001" in text
    for canary in (SECRET_CONTRIBUTION, OPEN_CONTRIBUTION, DECISION_REASON, ACTION, "Geheimnaam", "Merel"):
        assert canary not in text
    after = ff.get_form(ctx, mid, due)
    assert after is not None and after.produced_at == ctx.now()
    with ctx.vault.session() as s:
        ae = models.AuditEvent
        assert s.scalar(select(ae).where(ae.entity == "feedback_form", ae.action == "export")) is not None
    with pytest.raises(OutgoingRefusedError) as late:  # it has left the cell: its text stays
        ff.update_form(ctx, mid, due, replace(form.fields, direction="Anders"))
    assert late.value.reason is Refusal.ALREADY_PRODUCED


def test_an_unchanged_save_keeps_consent(ctx: ServiceContext, scene: Scene) -> None:
    form = ff.compose_form(ctx, scene.meeting_id, scene.due)
    _consent_all(ctx, scene)
    assert ff.update_form(ctx, scene.meeting_id, scene.due, form.fields).complete


def test_consent_of_a_member_not_present_for_the_case_is_refused_and_audited(ctx: ServiceContext, scene: Scene) -> None:
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    for key in ("jh", "ocmw", "clb"):  # invited for the other case, excused, not registered
        with pytest.raises(OutgoingRefusedError) as refused:
            ff.record_consent(ctx, scene.meeting_id, scene.due, scene.cell.members[key])
        assert refused.value.reason is Refusal.NOT_PRESENT_FOR_CASE
    assert _refusals(ctx) == ["not_present_for_case"] * 3
    with ctx.vault.session() as s:
        assert s.scalar(select(models.FeedbackConsent)) is None
    # the invited partner does consent for the case they were invited for
    ff.compose_form(ctx, scene.meeting_id, scene.pseudo)
    form = ff.record_consent(ctx, scene.meeting_id, scene.pseudo, scene.cell.members["jh"])
    assert [c.member_name for c in form.consents if c.agreed_at] == ["Justitieassistent Demo"]


def test_a_withdrawn_consent_stops_production_until_the_room_agrees_again(ctx: ServiceContext, scene: Scene) -> None:
    mid, due = scene.meeting_id, scene.due
    ff.compose_form(ctx, mid, due)
    _consent_all(ctx, scene)
    ff.record_consent(ctx, mid, due, scene.cell.members["police"], agreed=False)
    with pytest.raises(OutgoingRefusedError) as refused:
        ff.produce_form(ctx, mid, due)
    assert refused.value.reason is Refusal.CONSENT_INCOMPLETE
    ff.record_consent(ctx, mid, due, scene.cell.members["police"])
    assert ff.produce_form(ctx, mid, due).startswith(b"%PDF")


def test_a_form_for_a_case_of_another_meeting_is_refused(ctx: ServiceContext, scene: Scene) -> None:
    later = scene.cell.cases["later"]  # not on this meeting's agenda
    for call in (
        lambda: ff.compose_form(ctx, scene.meeting_id, later),
        lambda: ff.record_consent(ctx, scene.meeting_id, later, scene.cell.members["chair"]),
        lambda: ff.produce_form(ctx, scene.meeting_id, later),
    ):
        with pytest.raises(OutgoingRefusedError) as refused:
            call()
        assert refused.value.reason is Refusal.CASE_NOT_IN_MEETING
    assert _refusals(ctx) == ["case_not_in_meeting"] * 3
    other = make_meeting(ctx, scene.cell, propose=False)
    with pytest.raises(OutgoingRefusedError):
        ff.produce_form(ctx, other, scene.due)


def test_the_old_per_meeting_consent_opens_no_door(ctx: ServiceContext, scene: Scene) -> None:
    """A vault or an exchange file of an older version may hold the retired per-meeting consent."""
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    with ctx.vault.session() as s:
        a = models.Attendance
        for row in s.scalars(select(a).where(a.meeting_id == scene.meeting_id)):
            row.feedback_consent = True
        s.get_one(models.Meeting, scene.meeting_id).feedback_consensus_at = ctx.now()
    with pytest.raises(OutgoingRefusedError):
        ff.produce_form(ctx, scene.meeting_id, scene.due)


def test_roles_and_validation(ctx: ServiceContext, scene: Scene) -> None:
    form = ff.compose_form(ctx, scene.meeting_id, scene.due)
    for role in (Role.CASE_MANAGER, Role.READ_ONLY):
        other = replace(ctx, role=role)
        with pytest.raises(PermissionDenied):
            ff.update_form(other, scene.meeting_id, scene.due, replace(form.fields, direction="x"))
        with pytest.raises(PermissionDenied):
            ff.record_consent(other, scene.meeting_id, scene.due, scene.cell.members["chair"])
    with pytest.raises(PermissionDenied):
        ff.produce_form(replace(ctx, role=Role.READ_ONLY), scene.meeting_id, scene.due)
    with pytest.raises(ValidationError) as bad:
        ff.update_form(ctx, scene.meeting_id, scene.due, replace(form.fields, direction="  ", contact_point="a\u202eb"))
    assert {(i.field, i.code) for i in bad.value.issues} == {
        ("direction", ValidationCode.REQUIRED),
        ("contact_point", ValidationCode.BAD_CHARACTERS),
    }
    assert ff.get_form(ctx, scene.meeting_id, scene.due) == form  # nothing changed


def test_forms_for_meeting_give_the_minutes_what_was_agreed(ctx: ServiceContext, scene: Scene) -> None:
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    _consent_all(ctx, scene)
    ff.set_content_in_minutes(ctx, scene.meeting_id, scene.due, True)
    (form,) = ff.forms_for_meeting(ctx, scene.meeting_id)
    assert form.complete and form.agreed_at == ctx.now() and form.content_in_minutes


def test_a_role_refusal_is_audited_before_permission_denied(ctx: ServiceContext, scene: Scene) -> None:
    """The attempt of a role that may not stays on record (reason ``not_allowed``), and nothing changes."""
    mid, due, chair = scene.meeting_id, scene.due, scene.cell.members["chair"]
    form = ff.compose_form(ctx, mid, due)
    manager, reader = replace(ctx, role=Role.CASE_MANAGER), replace(ctx, role=Role.READ_ONLY)
    for call in (
        lambda: ff.update_form(manager, mid, due, replace(form.fields, direction="Anders")),
        lambda: ff.record_consent(manager, mid, due, chair),
        lambda: ff.record_consent(reader, mid, due, chair, agreed=False),
        lambda: ff.set_content_in_minutes(manager, mid, due, True),
        lambda: ff.compose_form(reader, mid, scene.pseudo),
        lambda: ff.produce_form(reader, mid, due),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert _refusals(ctx) == ["not_allowed"] * 6
    with ctx.vault.session() as s:
        ae = models.AuditEvent
        rows = s.scalars(select(ae).where(ae.entity == "feedback_form", ae.action == "refused").order_by(ae.id))
        details = [json.loads(r.detail) for r in rows]
    assert [d["permission"] for d in details] == ["run_meeting"] * 5 + ["minutes"]
    assert all(d["meeting"] == mid for d in details) and details[1]["member"] == chair
    assert ff.get_form(ctx, mid, due) == form  # nothing changed
    assert ff.get_form(ctx, mid, scene.pseudo) is None


def test_asking_for_the_form_of_a_case_of_another_meeting_is_refused_and_audited(
    ctx: ServiceContext, scene: Scene
) -> None:
    later = scene.cell.cases["later"]  # not on this meeting's agenda
    assert ff.get_form(ctx, scene.meeting_id, later) is None  # the plain read refuses nothing
    with pytest.raises(OutgoingRefusedError) as elsewhere:
        ff.get_form(ctx, scene.meeting_id, later, required=True)
    assert elsewhere.value.reason is Refusal.CASE_NOT_IN_MEETING and elsewhere.value.case_code == "LIVC-2026-002"
    with pytest.raises(OutgoingRefusedError) as none_yet:
        ff.get_form(ctx, scene.meeting_id, scene.due, required=True)
    assert none_yet.value.reason is Refusal.NO_FORM
    assert _refusals(ctx) == ["case_not_in_meeting", "no_form"]
    form = ff.compose_form(ctx, scene.meeting_id, scene.due)
    assert ff.get_form(ctx, scene.meeting_id, scene.due, required=True) == form
