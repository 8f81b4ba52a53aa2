"""Intake, the person and linked cases in the services: saved with the case, refused whole when wrong."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from livcr_desktop.domain.case_intake import CaseIntake, LinkEvent, NoteEvent
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Agreement, CaseLinkKind, CaseNoteKind, CaseStatus, Phenomenon
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import case_intake, case_links, case_notes, cases, settings, timeline
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.conftest import TODAY


def draft(code: str = "LIVC-2026-001", **kw: object) -> CaseDraft:
    return CaseDraft(code=code, registration_date=date(2026, 11, 1), phenomenon=Phenomenon.RADICALISM, **kw)  # type: ignore[arg-type]


def full_intake() -> CaseIntake:
    return CaseIntake(
        signal_text="Leerling deelt filmpjes",
        facts_date=date(2026, 10, 20),
        actions_taken="Gesprek met de ouders",
        urgent=True,
        inbound_from_ltf=True,
        signal_giver_name="Mevr. Janssens",
        signal_giver_function="leerkracht",
        signal_giver_contact="0470 12 34 56",
        signal_giver_agreement=Agreement.AGREED,
        informed_on=date(2026, 11, 2),
        informed_by="casemanager",
        participation=Agreement.AGREED,
        parental_consent=Agreement.REFUSED,
    )


def audits(ctx: ServiceContext, action: str) -> int:
    with ctx.vault.session() as s:
        return len(s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == action)).all())


def test_intake_round_trip_and_signal_giver_only_on_request(ctx: ServiceContext) -> None:
    case_id = cases.create_case(ctx, draft(is_minor=True), full_intake())
    plain = case_intake.get_intake(ctx, case_id)
    assert plain.signal_text == "Leerling deelt filmpjes" and plain.urgent and plain.facts_date == date(2026, 10, 20)
    assert plain.signal_giver_name == plain.signal_giver_contact == ""
    assert plain.parental_consent is Agreement.REFUSED
    assert plain.inbound_from_ltf  # a referral from the LTF is an intake fact, not identity-level
    assert case_intake.has_signal_giver(ctx, case_id) and audits(ctx, "read_signal_giver") == 0
    full = case_intake.get_intake(ctx, case_id, with_signal_giver=True)
    assert full == full_intake()
    assert audits(ctx, "read_signal_giver") == 1
    # Saving without revealing keeps the stored signal giver.
    cases.update_case(ctx, case_id, draft(is_minor=True), intake=plain, signal_giver_included=False)
    assert case_intake.get_intake(ctx, case_id, with_signal_giver=True).signal_giver_contact == "0470 12 34 56"


def test_inbound_referral_from_the_ltf_saved_read_and_audited(ctx: ServiceContext) -> None:
    case_id = cases.create_case(ctx, draft(), CaseIntake(inbound_from_ltf=True))
    with ctx.vault.session() as s:
        assert s.get_one(models.Case, case_id).inbound_from_ltf  # the column of migration 0005 and the exchange
    intake = case_intake.get_intake(ctx, case_id)
    assert intake.inbound_from_ltf
    cases.update_case(
        ctx, case_id, draft(), intake=replace(intake, inbound_from_ltf=False), signal_giver_included=False
    )
    assert not case_intake.get_intake(ctx, case_id).inbound_from_ltf
    with ctx.vault.session() as s:
        last = s.scalars(
            select(models.AuditEvent).where(models.AuditEvent.entity == "case").order_by(models.AuditEvent.id.desc())
        ).first()
        assert last is not None and json.loads(last.detail)["inbound_from_ltf"] == {"before": True, "after": False}
    # A case saved without an intake (the register's imports) is not from the LTF.
    assert not case_intake.get_intake(ctx, cases.create_case(ctx, draft("LIVC-2026-002"))).inbound_from_ltf


def test_parental_consent_only_for_a_minor(ctx: ServiceContext) -> None:
    case_id = cases.create_case(ctx, draft(), full_intake())
    assert case_intake.get_intake(ctx, case_id).parental_consent is None


@pytest.mark.parametrize("facts", [date(2026, 11, 5), date(2026, 12, 1)])
def test_facts_after_registration_or_in_future_saves_nothing(ctx: ServiceContext, facts: date) -> None:
    with pytest.raises(ValidationError) as err:
        cases.create_case(ctx, draft(), CaseIntake(facts_date=facts))
    assert [i.field for i in err.value.issues] == ["facts_date"]
    assert cases.list_cases(ctx) == []
    assert facts <= TODAY or err.value.issues[0].code is ValidationCode.DATE_IN_FUTURE


def test_zonal_cell_case_picks_one_municipality(ctx: ServiceContext) -> None:
    settings.set_many(ctx, {"municipality": "Fictiefdonk, Verzonnegem"})
    assert case_intake.cell_municipalities(ctx) == ["Fictiefdonk", "Verzonnegem"]
    with pytest.raises(ValidationError) as err:
        cases.create_case(ctx, draft(), CaseIntake(municipality="Elders"))
    assert err.value.issues[0].field == "municipality"
    case_id = cases.create_case(ctx, draft(), CaseIntake(municipality="Verzonnegem", advice_only=True))
    assert case_intake.get_intake(ctx, case_id).municipality == "Verzonnegem"
    assert case_intake.advice_only_ids(ctx) == {case_id}


def test_form_may_not_set_a_decision_status(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as err:
        cases.create_case(ctx, draft(status=CaseStatus.CLOSED), status_from_form=True)
    assert err.value.issues[0].field == "status"
    case_id = cases.create_case(ctx, draft(status=CaseStatus.SCREENING), status_from_form=True)
    with pytest.raises(ValidationError):
        cases.update_case(ctx, case_id, draft(status=CaseStatus.FOLLOW_UP), status_from_form=True)
    assert cases.case_status(ctx, case_id)[0] is CaseStatus.SCREENING


def test_links_show_on_both_cases_and_refuse_self(ctx: ServiceContext) -> None:
    a = cases.create_case(ctx, draft("LIVC-2026-001", pseudonym="Broer"))
    b = cases.create_case(ctx, draft("LIVC-2026-002", pseudonym="Zus"))
    for other, code in ((a, ValidationCode.SELF), (None, ValidationCode.REQUIRED)):
        with pytest.raises(ValidationError) as err:
            case_links.link_cases(ctx, a, other, CaseLinkKind.FAMILY)
        assert err.value.issues[0].code is code
    link = case_links.link_cases(ctx, a, b, CaseLinkKind.FAMILY, "broer en zus")
    with pytest.raises(ValidationError) as err:
        case_links.link_cases(ctx, b, a, CaseLinkKind.PEER_GROUP)
    assert err.value.issues[0].code is ValidationCode.DUPLICATE
    assert [(r.other_code, r.kind) for r in case_links.list_links(ctx, a)] == [("LIVC-2026-002", CaseLinkKind.FAMILY)]
    assert [r.other_pseudonym for r in case_links.list_links(ctx, b)] == ["Broer"]
    events = [e for e in timeline.case_timeline(ctx, b).events if isinstance(e, LinkEvent)]
    assert [e.organisation for e in events] == ["LIVC-2026-001 (Broer)"]
    case_links.unlink(ctx, link)
    assert case_links.list_links(ctx, a) == case_links.list_links(ctx, b) == []


def test_notes_dated_old_screening_notes_first(ctx: ServiceContext) -> None:
    case_id = cases.create_case(ctx, draft(screening_notes="oude nota"))
    case_notes.add_note(ctx, case_id, CaseNoteKind.ADVICE, date(2026, 11, 10), "Advies: inbrengen")
    for on, text in ((date(2026, 12, 1), "x"), (date(2026, 10, 1), "x"), (date(2026, 11, 10), " ")):
        with pytest.raises(ValidationError):
            case_notes.add_note(ctx, case_id, CaseNoteKind.SCREENING, on, text)
    notes = case_notes.list_notes(ctx, case_id)
    assert [(n.id is None, n.kind, n.text) for n in notes] == [
        (True, CaseNoteKind.SCREENING, "oude nota"),
        (False, CaseNoteKind.ADVICE, "Advies: inbrengen"),
    ]
    events = [e for e in timeline.case_timeline(ctx, case_id).events if isinstance(e, NoteEvent)]
    assert [(e.note_kind, e.text) for e in events] == [
        (CaseNoteKind.SCREENING, "oude nota"),
        (CaseNoteKind.ADVICE, "Advies: inbrengen"),
    ]
