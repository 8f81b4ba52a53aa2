"""The cell's set-up in the services (issue 16, point 1): identity, organisations and members.

Add, edit and retire with the history kept; every refusal writes nothing; a vault of the previous
revision gets the new columns and keeps its rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from livcr_desktop.domain.enums import MeetingStatus, MemberKind, OrganisationSector
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.domain.validation import ValidationCode, ValidationError
from livcr_desktop.services import meetings, reference
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
