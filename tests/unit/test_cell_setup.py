"""The cell's set-up in the services (issue 16, point 1): identity, organisations and members.

Add, edit and retire with the history kept; every refusal writes nothing; a vault of the previous
revision gets the new columns and keeps its rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import ActionStatus, MeetingStatus, MemberKind, OrganisationSector, Phenomenon
from livcr_desktop.domain.meeting import ActionDraft, MeetingDraft
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import cases, decisions, followup, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models, schema
from livcr_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY

POLICE, WELFARE = OrganisationSector.POLICE, OrganisationSector.WELFARE


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, ValidationCode]]:
    return {(i.field, i.code) for i in exc.value.issues}


def audit_count(vault: Vault) -> int:
    with vault.session() as s:
        return len(s.scalars(select(models.AuditEvent)).all())


def test_identity_is_stored_in_the_settings_and_audited(ctx: ServiceContext, vault: Vault) -> None:
    before = audit_count(vault)
    reference.set_cell_identity(ctx, " Fictiefdonk ", "LIVC-R Fictiefdonk")
    assert reference.cell_identity(ctx) == reference.CellIdentity("Fictiefdonk", "LIVC-R Fictiefdonk")
    assert audit_count(vault) == before + 2  # one event per changed setting
    with pytest.raises(ValidationError) as exc:
        reference.set_cell_identity(ctx, "", " ")
    assert codes(exc) == {("municipality", ValidationCode.REQUIRED), ("cell_name", ValidationCode.REQUIRED)}
    assert reference.cell_identity(ctx).cell_name == "LIVC-R Fictiefdonk"


def test_organisations_add_edit_retire_and_list(ctx: ServiceContext) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    caw = reference.add_organisation(ctx, "CAW Noord", "CAW", WELFARE, professional_secrecy=True)
    listed = {o.id: o for o in reference.organisation_records(ctx)}
    assert listed[caw].professional_secrecy and not listed[pz].professional_secrecy
    reference.update_organisation(ctx, pz, "Politiezone Noord-Oost", "PZNO", POLICE, True)
    assert [o.short_name for o in reference.organisation_records(ctx)] == ["CAW", "PZNO"]
    reference.retire_organisation(ctx, caw)
    assert [o.id for o in reference.organisation_records(ctx)] == [pz]
    retired = {o.id: o for o in reference.organisation_records(ctx, include_retired=True)}[caw]
    assert not retired.active
    assert {o.id for o in reference.list_organisations(ctx)} == {pz, caw}  # old cases still name it


def test_organisation_refusals_write_nothing(ctx: ServiceContext, vault: Vault) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    reference.add_organisation(ctx, "CAW Noord", "CAW", WELFARE)
    before = audit_count(vault)
    with pytest.raises(ValidationError) as exc:
        reference.add_organisation(ctx, "  ", "", POLICE)
    assert codes(exc) == {("name", ValidationCode.REQUIRED), ("short_name", ValidationCode.REQUIRED)}
    with pytest.raises(ValidationError) as exc:
        reference.add_organisation(ctx, "politiezone noord", "pzn", POLICE)
    assert codes(exc) == {("name", ValidationCode.DUPLICATE), ("short_name", ValidationCode.DUPLICATE)}
    with pytest.raises(ValidationError) as exc:
        reference.update_organisation(ctx, pz, "Politiezone Noord", "CAW", POLICE, False)
    assert codes(exc) == {("short_name", ValidationCode.DUPLICATE)}
    with pytest.raises(ValidationError) as exc:
        reference.add_organisation(ctx, "Lang", "X" * 41, POLICE)
    assert codes(exc) == {("short_name", ValidationCode.TOO_LONG)}
    with pytest.raises(LookupError):
        reference.update_organisation(ctx, 999, "Nieuw", "NW", POLICE, False)
    assert audit_count(vault) == before
    assert len(reference.organisation_records(ctx, include_retired=True)) == 2


def test_members_add_edit_retire_keep_history(ctx: ServiceContext) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    an = reference.add_member(ctx, "An Peeters", pz, "informatieofficier", MemberKind.CORE, function="inspecteur")
    old = reference.add_member(ctx, "Bert Oud", pz, "", MemberKind.INVITED)  # the old signature still works
    record = {m.id: m for m in reference.member_records(ctx)}[an]
    assert (record.function, record.role, record.organisation_short_name) == (
        "inspecteur",
        "informatieofficier",
        "PZN",
    )
    assert record.active_from == TODAY and record.active_to is None
    reference.update_member(ctx, an, "An Peeters-Claes", pz, "voorzitter", MemberKind.CORE, "commissaris", None)
    assert {m.id: m for m in reference.member_records(ctx)}[an].function == "commissaris"
    reference.retire_member(ctx, old)
    assert [m.id for m in reference.member_records(ctx)] == [an]
    gone = {m.id: m for m in reference.member_records(ctx, include_retired=True)}[old]
    assert not gone.active and gone.active_to == TODAY
    assert old in {m.id for m in reference.list_members(ctx)}  # old minutes still name them


def test_member_refusals(ctx: ServiceContext, vault: Vault) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    caw = reference.add_organisation(ctx, "CAW Noord", "CAW", WELFARE)
    reference.retire_organisation(ctx, caw)
    before = audit_count(vault)
    with pytest.raises(ValidationError) as exc:
        reference.add_member(ctx, " ", 999, "", MemberKind.CORE)
    assert codes(exc) == {("name", ValidationCode.REQUIRED), ("organisation_id", ValidationCode.REQUIRED)}
    with pytest.raises(ValidationError) as exc:
        reference.add_member(ctx, "Nieuw Lid", caw, "", MemberKind.CORE)
    assert codes(exc) == {("organisation_id", ValidationCode.BAD_FORMAT)}  # a retired organisation
    assert audit_count(vault) == before
    assert reference.member_records(ctx) == []
    with pytest.raises(LookupError):
        reference.retire_member(ctx, 999)
    assert reference.organisation_records(ctx)[0].id == pz


def test_a_member_chairing_a_planned_meeting_is_not_retired(ctx: ServiceContext) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    chair = reference.add_member(ctx, "Voorzitter", pz, "voorzitter", MemberKind.CORE)
    meeting = meetings.create_meeting(
        ctx, MeetingDraft(meeting_date=date(2026, 12, 10), place="Stadhuis", chair_id=chair), propose=False
    )
    number = meetings.get_meeting(ctx, meeting).number
    with pytest.raises(reference.InUseError) as exc:
        reference.retire_member(ctx, chair)
    assert exc.value.meetings == [number]
    with pytest.raises(reference.InUseError):
        reference.retire_organisation(ctx, pz)  # its member is needed: nothing retired
    assert [m.id for m in reference.member_records(ctx)] == [chair]
    assert [o.id for o in reference.organisation_records(ctx)] == [pz]
    meetings.start_meeting(ctx, meeting)
    assert meetings.get_meeting(ctx, meeting).status is MeetingStatus.IN_PROGRESS
    assert reference.retire_organisation(ctx, pz) == [chair]  # no longer planned: organisation and member go
    assert reference.member_records(ctx) == []


def _meeting(ctx: ServiceContext, day: date, chair: int | None = None, secretary: int | None = None) -> int:
    draft = MeetingDraft(meeting_date=day, place="Stadhuis", chair_id=chair, secretary_id=secretary)
    return meetings.create_meeting(ctx, draft, propose=False)


def _action(ctx: ServiceContext, case: int, org: int, member: int, what: str) -> int:
    return followup.add_action(ctx, ActionDraft(case, None, what, org, member, date(2026, 12, 20)))


def _case(ctx: ServiceContext) -> int:
    draft = CaseDraft(code="LIVC-2026-001", registration_date=date(2026, 10, 1), phenomenon=Phenomenon.EXTREMISM)
    return cases.create_case(ctx, draft)


def _responsible(vault: Vault, action_id: int) -> int | None:
    with vault.session() as s:
        return s.get_one(models.Action, action_id).responsible_member_id


def test_a_secretary_of_a_planned_meeting_is_not_retired(ctx: ServiceContext, vault: Vault) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    chair = reference.add_member(ctx, "Voorzitter", pz, "voorzitter", MemberKind.CORE)
    secretary = reference.add_member(ctx, "Secretaris", pz, "secretaris", MemberKind.CORE)
    number = meetings.get_meeting(ctx, _meeting(ctx, date(2026, 12, 10), chair, secretary)).number
    before = audit_count(vault)
    with pytest.raises(reference.InUseError) as exc:
        reference.retire_member(ctx, secretary)
    assert (exc.value.meetings, exc.value.open_actions) == ([number], 0)
    with pytest.raises(reference.InUseError):
        reference.retire_organisation(ctx, pz)
    assert audit_count(vault) == before
    assert {m.id for m in reference.member_records(ctx)} == {chair, secretary}


def test_a_member_responsible_for_open_actions_is_not_retired(ctx: ServiceContext, vault: Vault) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    an = reference.add_member(ctx, "An Peeters", pz, "inspecteur", MemberKind.CORE)
    case = _case(ctx)
    _action(ctx, case, pz, an, "Huisbezoek")
    in_progress = _action(ctx, case, pz, an, "Gesprek school")
    decisions.set_action_status(ctx, in_progress, ActionStatus.IN_PROGRESS)
    done = _action(ctx, case, pz, an, "Dossier opvragen")
    decisions.set_action_status(ctx, done, ActionStatus.DONE)
    before = audit_count(vault)
    with pytest.raises(reference.InUseError) as exc:
        reference.retire_member(ctx, an)
    assert (exc.value.meetings, exc.value.open_actions) == ([], 2)  # the done action does not count
    with pytest.raises(reference.InUseError) as exc:
        reference.retire_organisation(ctx, pz)
    assert exc.value.open_actions == 2
    assert audit_count(vault) == before
    assert [m.id for m in reference.member_records(ctx)] == [an]


def test_reassign_moves_planned_meetings_and_open_actions_then_retire_succeeds(
    ctx: ServiceContext, vault: Vault
) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    old = reference.add_member(ctx, "Oud Lid", pz, "voorzitter", MemberKind.CORE)
    new = reference.add_member(ctx, "Nieuw Lid", pz, "voorzitter", MemberKind.CORE)
    third = reference.add_member(ctx, "Derde Lid", pz, "secretaris", MemberKind.CORE)
    held = _meeting(ctx, date(2026, 11, 21), chair=old, secretary=old)  # started and closed: history
    meetings.start_meeting(ctx, held)
    meetings.close_meeting(ctx, held, None)
    chaired = _meeting(ctx, date(2026, 12, 10), chair=old, secretary=third)
    minuted = _meeting(ctx, date(2027, 1, 14), chair=third, secretary=old)
    case = _case(ctx)
    open_action = _action(ctx, case, pz, old, "Huisbezoek")
    running = _action(ctx, case, pz, old, "Gesprek school")
    decisions.set_action_status(ctx, running, ActionStatus.IN_PROGRESS)
    done = _action(ctx, case, pz, old, "Dossier opvragen")
    decisions.set_action_status(ctx, done, ActionStatus.DONE)
    not_done = _action(ctx, case, pz, old, "Brief sturen")
    decisions.set_action_status(ctx, not_done, ActionStatus.NOT_DONE)
    others = _action(ctx, case, pz, third, "Overleg")
    history_before = len(followup.action_history(ctx, open_action))
    before = audit_count(vault)

    moved = reference.reassign_member(ctx, old, new)

    numbers = {i: meetings.get_meeting(ctx, i).number for i in (held, chaired, minuted)}
    assert moved == reference.Reassignment([numbers[chaired]], [numbers[minuted]], [open_action, running])
    assert audit_count(vault) == before + 1  # one event names everything moved
    with vault.session() as s:
        event = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
        assert event is not None and (event.action, event.entity_id) == ("reassign", old)
        people = {i: (m.chair_id, m.secretary_id) for i in (held, chaired, minuted) if (m := s.get(models.Meeting, i))}
    assert people == {held: (old, old), chaired: (new, third), minuted: (third, new)}
    assert [_responsible(vault, a) for a in (open_action, running, done, not_done, others)] == [
        new,
        new,
        old,
        old,
        third,
    ]
    assert len(followup.action_history(ctx, open_action)) == history_before + 1  # the action's own history
    reference.retire_member(ctx, old)
    assert old not in {m.id for m in reference.member_records(ctx)}
    assert reference.reassign_member(ctx, third, new) == reference.Reassignment(
        [numbers[minuted]], [numbers[chaired]], [others]
    )


def test_reassign_refusals_change_nothing(ctx: ServiceContext, vault: Vault) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", POLICE)
    chair = reference.add_member(ctx, "Voorzitter", pz, "voorzitter", MemberKind.CORE)
    gone = reference.add_member(ctx, "Vertrokken", pz, "", MemberKind.CORE)
    reference.retire_member(ctx, gone)
    meeting = _meeting(ctx, date(2026, 12, 10), chair=chair)
    before = audit_count(vault)
    for to_id, code in (
        (chair, ValidationCode.SELF),
        (gone, ValidationCode.BAD_FORMAT),
        (999, ValidationCode.REQUIRED),
    ):
        with pytest.raises(ValidationError) as exc:
            reference.reassign_member(ctx, chair, to_id)
        assert codes(exc) == {("to_member_id", code)}
    with pytest.raises(LookupError):
        reference.reassign_member(ctx, 999, chair)
    secretary = ServiceContext(vault, "secretaris", role=Role.SECRETARY)
    with pytest.raises(PermissionDenied):
        reference.reassign_member(secretary, chair, chair)
    assert audit_count(vault) == before
    assert meetings.get_meeting(ctx, meeting).chair_id == chair
    assert reference.reassign_member(ctx, gone, chair) == reference.Reassignment([], [], [])  # nothing to move
    assert audit_count(vault) == before


def test_only_an_administrator_sets_up_the_cell(vault: Vault) -> None:
    secretary = ServiceContext(vault, "secretaris", role=Role.SECRETARY)
    with pytest.raises(PermissionDenied):
        reference.add_organisation(secretary, "Politiezone", "PZ", POLICE)
    with pytest.raises(PermissionDenied):
        reference.set_cell_identity(secretary, "Fictiefdonk", "LIVC-R")
    assert reference.organisation_records(secretary) == []  # reading needs only VIEW


def test_a_vault_of_the_previous_revision_gains_the_columns_and_keeps_its_rows(vault_path: Path) -> None:
    from alembic import command

    from livcr_desktop.services.unlock import create_vault
    from livcr_desktop.storage.keyslots import TEST_KDF

    v = create_vault(vault_path, PASSPHRASE, kdf=TEST_KDF)
    with v.engine.begin() as conn:
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        conn.execute(
            text("INSERT INTO organisation (name, short_name, sector, active) VALUES ('PZ', 'PZ', 'police', 1)")
        )
        conn.execute(
            text(
                "INSERT INTO member (name, organisation_id, role, kind, active) VALUES ('Oud Lid', 1, 'lid', 'core', 1)"
            )
        )
    v.close()
    v = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    try:
        assert v.schema_revision() == schema.head_revision()
        ctx = ServiceContext(v, "voorzitter")
        [member] = reference.member_records(ctx)
        assert (member.name, member.function, member.active_from, member.active) == ("Oud Lid", "", None, True)
        assert not reference.organisation_records(ctx)[0].professional_secrecy
    finally:
        v.close()
