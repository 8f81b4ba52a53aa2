"""Roles hold in the services, whatever the caller (issue 12, point 7).

Every public function of every module of ``livcr_desktop.services`` whose first parameter is a
``ServiceContext`` is called as each role against a fresh copy of the demo vault, in which one case
carries an identity canary (names, birth date) and restricted contributions carry a text canary.
For each call the role either gets ``PermissionDenied`` (exactly when ``services.ACCESS`` says it
lacks a permission) or a result that holds no identity unless the role has READ_IDENTITY and no
restricted contribution unless it has READ_RESTRICTED. Results are walked recursively (dataclasses,
mappings, sequences, text; PDFs read back with pypdf). A function without an entry in ``CALLS``
(here) or ``ACCESS`` (in the package) fails :func:`test_every_service_function_is_classified`.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CaseLinkKind,
    CaseNoteKind,
    CaseStatus,
    DecisionType,
    DraftKind,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
    Phenomenon,
)
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft, MeetingDraft
from livcr_desktop.domain.outgoing import FeedbackFormFields, OutgoingRefusedError
from livcr_desktop.domain.roles import PERMISSIONS, Permission, PermissionDenied, Role, allows
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import (
    ACCESS,
    annual_report,
    csv_import,
    decisions,
    demo,
    meetings,
    minutes,
    public_functions,
    statistics,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from tests.conftest import PASSPHRASE, TODAY

FIRST, LAST = "Idkanarievoornaam", "Idkanariefamilie"
BIRTH = date(1999, 7, 13)
IDENTITY_FORMS = (FIRST, LAST, "1999-07-13", "13/07/1999", "13.07.1999", "13-07-1999")
SECRET = "Geheimkanarie"  # in every restricted contribution's text
OPEN = "Openkanarie"  # in an ordinary contribution: every role with VIEW may read it
NOW = datetime(2026, 11, 21, 14, 0)
NEW_PASSPHRASE = "a brand new passphrase for tests"


# -- the demo vault with canaries -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ids:
    """Rows of the template vault the calls refer to (the same in every copy)."""

    meeting: int  # the planned meeting, with the canary case on its agenda
    closed_meeting: int  # a past meeting (closed, not finalised)
    finalised_meeting: int  # a past meeting, finalised (a stored document)
    case: int
    item: int  # the canary case's agenda item
    organisation: int
    member: int  # present at the planned meeting
    secret_contribution: int
    open_contribution: int
    decision: int
    action: int
    document: int
    document_sha: str


def _build_template(folder: Path) -> tuple[Path, Ids]:
    from livcr_desktop.services.unlock import create_vault

    path = folder / "demo.vault"
    vault = create_vault(path, PASSPHRASE, kdf=TEST_KDF)
    chair = ServiceContext(vault, "voorzitter", today=lambda: TODAY, now=lambda: NOW)
    demo.populate(demo.demo_context(vault, TODAY))
    with vault.session() as s:
        planned = s.scalars(select(models.Meeting).where(models.Meeting.status == MeetingStatus.PLANNED)).one()
        past = s.scalars(
            select(models.Meeting)
            .where(models.Meeting.status != MeetingStatus.PLANNED)
            .order_by(models.Meeting.meeting_date)
        ).all()
        item = next(a for a in planned.agenda if a.case_id is not None)
        case_id = item.case_id
        assert case_id is not None
        case = s.get_one(models.Case, case_id)
        case.first_name, case.last_name, case.birth_date = FIRST, LAST, BIRTH
        attendance = s.scalars(
            select(models.Attendance).where(
                models.Attendance.meeting_id == planned.id, models.Attendance.status == AttendanceStatus.PRESENT
            )
        ).first()
        assert attendance is not None
        member = s.get_one(models.Member, attendance.member_id)
        org_id = member.organisation_id
        ids_planned, ids_item, ids_member = planned.id, item.id, member.id
        closed_id, finalised_id = past[-1].id, past[0].id
        rows = []
        for n, (secrecy, no_projection, in_minutes) in enumerate(
            ((True, False, True), (False, True, True), (False, False, False), (True, True, False))
        ):
            rows.append(
                models.Contribution(
                    case_id=case_id,
                    meeting_id=planned.id,
                    organisation_id=org_id,
                    member_id=member.id,
                    life_domain="family",
                    text=f"{SECRET} {n} beroepsgeheim",
                    professional_secrecy=secrecy,
                    no_projection=no_projection,
                    in_minutes=in_minutes,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        rows.append(
            models.Contribution(
                case_id=case_id,
                meeting_id=planned.id,
                organisation_id=org_id,
                member_id=member.id,
                life_domain="family",
                text=f"{OPEN} gewone inbreng",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        s.add_all(rows)
        s.flush()
        secret_id, open_id = rows[0].id, rows[-1].id
    decision_id = decisions.record_decision(
        chair,
        DecisionDraft(
            case_id, ids_planned, DecisionType.CONTINUE_FOLLOW_UP, reasons="Reden", next_review_date=date(2027, 1, 20)
        ),
    )
    action_id = decisions.add_action(
        chair, ActionDraft(case_id, ids_planned, "Actie", org_id, None, date(2026, 12, 20))
    )
    info = minutes.finalise(chair, finalised_id)
    vault.close()
    return path, Ids(
        ids_planned,
        closed_id,
        finalised_id,
        case_id,
        ids_item,
        org_id,
        ids_member,
        secret_id,
        open_id,
        decision_id,
        action_id,
        info.id,
        info.sha256,
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ids]:
    folder = tmp_path_factory.mktemp("demo-template")
    (folder / "data").mkdir(mode=0o700)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIVCR_DATA_DIR", str(folder / "data"))
        return _build_template(folder)


@dataclass
class Scene:
    """A fresh copy of the template, opened as one role."""

    ctx: ServiceContext
    chair: ServiceContext  # the same vault as chair: to prepare arguments
    ids: Ids
    tmp: Path
    opened: list[Vault] = field(default_factory=list)


def open_copy(template: tuple[Path, Ids], folder: Path, role: Role) -> Scene:
    source, ids = template
    folder.mkdir(parents=True, mode=0o700)
    path = folder / source.name
    shutil.copyfile(source, path)
    shutil.copyfile(key_path_for(source), key_path_for(path))
    vault = Vault.open_with_passphrase(path, PASSPHRASE)
    ctx = ServiceContext(vault, "voorzitter", today=lambda: TODAY, now=lambda: NOW, role=role)
    chair = ServiceContext(vault, "voorzitter", today=lambda: TODAY, now=lambda: NOW)
    return Scene(ctx, chair, ids, folder, [vault])


# -- what each function is called with ----------------------------------------------------------------

Call = tuple[tuple[Any, ...], dict[str, Any]]


@dataclass(frozen=True)
class Calls:
    """How to call one function (``build`` gives one or more argument lists) and which errors other
    than PermissionDenied an allowed role may get (the call reached the data, or refused for another
    reason: not due, not empty, ...)."""

    build: Callable[[Scene], list[Call]]
    may_raise: tuple[type[Exception], ...] = ()


def one(*args: Any, **kwargs: Any) -> Callable[[Scene], list[Call]]:
    """Constant arguments; an ``Ids`` attribute name given as ``"@name"`` is looked up per scene."""

    def build(sc: Scene) -> list[Call]:
        def value(v: Any) -> Any:
            return getattr(sc.ids, v[1:]) if isinstance(v, str) and v.startswith("@") else v

        return [(tuple(value(a) for a in args), {k: value(v) for k, v in kwargs.items()})]

    return build


def both(flag: str, *args: Any, **kwargs: Any) -> Callable[[Scene], list[Call]]:
    """Once without identities and once asking for them (``flag=True``)."""
    plain = one(*args, **kwargs)
    asking = one(*args, **kwargs, **{flag: True})
    return lambda sc: plain(sc) + asking(sc)


def _csv(sc: Scene) -> list[Call]:
    table = csv_import.read_csv(
        b"code;voornaam;achternaam;aanmelding;fenomeen\nLIVC-2026-901;Ann;Peeters;01/02/2026;extremisme\n"
    )
    return [((table, csv_import.propose_mapping(table.header)), {})]


def _stats(sc: Scene, path: bool) -> list[Call]:
    stats = statistics.compute(sc.chair)
    extra: tuple[Any, ...] = (sc.tmp / "stats.csv",) if path else ()
    fmt = statistics.ExportFormat.CSV if path else statistics.ExportFormat.PDF
    return [((stats, fmt, *extra), {})]


def _annual(sc: Scene, path: bool) -> list[Call]:
    report = annual_report.annual_report(sc.chair, 2026)
    extra: tuple[Any, ...] = (sc.tmp / "annual.csv",) if path else ()
    fmt = annual_report.ExportFormat.CSV if path else annual_report.ExportFormat.PDF
    return [((report, fmt, *extra), {})]


def _other_user(sc: Scene) -> list[Call]:
    from livcr_desktop.services import users

    users.add_user(sc.chair, "lid", "Een lid", Role.READ_ONLY, NEW_PASSPHRASE, kdf=TEST_KDF)
    return [(("lid",), {})]


def _other_user_role(sc: Scene) -> list[Call]:
    return [((*_other_user(sc)[0][0], Role.SECRETARY), {})]


def _p12(sc: Scene) -> Any:
    from livcr_desktop.services import signatures
    from tests.helpers.certs import make_p12

    make_p12(sc.tmp / "chair.p12", "Voorzitter Test", "p12-wachtwoord")
    return signatures.Pkcs12File(sc.tmp / "chair.p12", "p12-wachtwoord")


def _case_draft(code: str) -> CaseDraft:
    return CaseDraft(code=code, pseudonym="Nieuw", registration_date=date(2026, 11, 1), phenomenon=Phenomenon.EXTREMISM)


def _contribution(sc: Scene) -> ContributionDraft:
    return ContributionDraft(sc.ids.case, sc.ids.meeting, sc.ids.organisation, "family", "Nieuwe inbreng")


def _decision(sc: Scene) -> DecisionDraft:
    return DecisionDraft(
        sc.ids.case,
        sc.ids.meeting,
        DecisionType.CONTINUE_FOLLOW_UP,
        reasons="Andere reden",
        next_review_date=date(2027, 2, 1),
    )


def _action(sc: Scene) -> ActionDraft:
    return ActionDraft(sc.ids.case, sc.ids.meeting, "Andere actie", sc.ids.organisation, None, date(2026, 12, 30))


_OUT = (OutgoingRefusedError,)


def _other_case(sc: Scene) -> int:
    with sc.chair.vault.session() as s:
        other = s.scalars(select(models.Case.id).where(models.Case.id != sc.ids.case).order_by(models.Case.id)).first()
    assert other is not None
    return other


def _link(sc: Scene) -> list[Call]:
    from livcr_desktop.services import case_links

    return [((case_links.link_cases(sc.chair, sc.ids.case, _other_case(sc), CaseLinkKind.PEER_GROUP),), {})]


def _other_member(sc: Scene) -> int:
    """An active member other than ``Ids.member`` (who takes over what that member does)."""
    with sc.chair.vault.session() as s:
        other = s.scalars(
            select(models.Member.id)
            .where(models.Member.id != sc.ids.member, models.Member.active.is_(True))
            .order_by(models.Member.id)
        ).first()
    assert other is not None
    return other


CALLS: dict[str, Calls] = {
    "annual_report.annual_report": Calls(one(2026)),
    "annual_report.export": Calls(lambda sc: _annual(sc, path=True)),
    "annual_report.render": Calls(lambda sc: _annual(sc, path=False)),
    "assessment.add_contribution": Calls(lambda sc: [((_contribution(sc),), {})]),
    "assessment.assessment_grid": Calls(one("@case", "@meeting")),
    "assessment.delete_contribution": Calls(one("@secret_contribution")),
    "assessment.life_domains": Calls(one()),
    "assessment.set_assessment": Calls(one("@case", "@meeting", summary="Samenvatting")),
    "assessment.set_domain_assessment": Calls(one("@case", "@meeting", "family", concern_level=2)),
    "assessment.update_contribution": Calls(lambda sc: [((sc.ids.open_contribution, _contribution(sc)), {})]),
    "attendance.acknowledge": Calls(one("@meeting", "@member")),
    "attendance.acknowledge_all_present": Calls(one("@meeting")),
    "attendance.attendance_complete": Calls(one("@meeting")),
    "attendance.pending_acknowledgements": Calls(one("@meeting")),
    "attendance.set_attendance": Calls(one("@meeting", "@member", AttendanceStatus.EXCUSED)),
    "audit_log.acknowledge_truncations": Calls(one("nagekeken")),
    "audit_log.check_chain": Calls(one()),
    "audit_log.recent_events": Calls(one()),
    "audit_log.record_lock": Calls(one()),
    "backup.backup_after_finalise": Calls(one("@finalised_meeting")),
    "backup.backup_keep": Calls(one()),
    "backup.create_backup": Calls(lambda sc: [((), {"directory": sc.tmp / "backups"})]),
    "backup.set_backup_keep": Calls(one(5)),
    "cases.case_status": Calls(one("@case")),
    "cases.create_case": Calls(lambda sc: [((_case_draft("LIVC-2026-900"),), {})]),
    "cases.get_case": Calls(both("with_identity", "@case")),
    "cases.has_identity": Calls(one("@case")),
    "cases.list_cases": Calls(one()),
    "cases.restore_status": Calls(one("@case", CaseStatus.FOLLOW_UP, date(2027, 1, 1))),
    "cases.suggest_code": Calls(one()),
    "cases.update_case": Calls(
        lambda sc: [((sc.ids.case, _case_draft("LIVC-2026-899")), {"identity_included": False})]
    ),
    "csv_import.convert": Calls(_csv),
    "csv_import.import_cases": Calls(_csv),
    "decisions.actions_for": Calls(one("@case")),
    "decisions.add_action": Calls(lambda sc: [((_action(sc),), {})]),
    "decisions.decisions_for": Calls(one("@case")),
    "decisions.delete_action": Calls(one("@action")),
    "decisions.delete_decision": Calls(one("@decision")),
    "decisions.open_actions_for_review": Calls(one("@meeting")),
    "decisions.record_decision": Calls(lambda sc: [((_decision(sc),), {})]),
    "decisions.set_action_secrecy": Calls(one("@action", True)),
    "decisions.set_action_status": Calls(one("@action", ActionStatus.IN_PROGRESS, note="bezig")),
    "decisions.update_action": Calls(lambda sc: [((sc.ids.action, _action(sc)), {})]),
    "decisions.update_decision": Calls(lambda sc: [((sc.ids.decision, _decision(sc)), {})]),
    "demo.populate": Calls(one(), may_raise=(ValueError,)),  # the vault is not empty
    "exchange.export_case": Calls(lambda sc: [((demo_code(sc),), {})]),
    "exchange.export_vault": Calls(one()),
    "exchange.import_document": Calls(one({}), may_raise=(Exception,)),  # refused: not a document
    "exchange.import_issues": Calls(one({})),
    "feedback_log.add_feedback": Calls(one("@case", "De casus werd besproken.")),
    "feedback_log.can_give_feedback": Calls(one("@case")),
    "feedback_log.check_text": Calls(one("@case", f"{FIRST} {SECRET}")),
    "feedback_log.list_feedback": Calls(one("@case")),
    "feedback_log.referrer_name": Calls(one("@case")),
    "followup.action_history": Calls(one("@action")),
    "followup.fill_next_agenda": Calls(one()),
    "followup.list_tracked_actions": Calls(one()),
    "followup.next_agenda": Calls(one()),
    "followup.overdue_action_count": Calls(one()),
    "followup.set_on_next_agenda": Calls(one("@case")),
    "followup.update_action": Calls(one("@action", ActionStatus.IN_PROGRESS, note="bezig")),
    "meetings.add_agenda_item": Calls(one("@meeting", title="Varia")),
    "meetings.add_elapsed": Calls(one("@item", 30)),
    "meetings.close_meeting": Calls(one("@meeting", date(2027, 1, 20)), may_raise=(ValueError,)),
    "meetings.closing_check": Calls(one("@meeting")),
    "meetings.create_meeting": Calls(
        lambda sc: [
            (
                (
                    MeetingDraft(
                        MeetingKind.REGULAR, date(2027, 3, 1), time(14, 0), place="Stadhuis", chair_id=sc.ids.member
                    ),
                ),
                {},
            )
        ]
    ),
    "meetings.get_meeting": Calls(one("@meeting")),
    "meetings.list_meetings": Calls(one()),
    "meetings.move_agenda_item": Calls(one("@item", 1)),
    "meetings.remove_agenda_item": Calls(one("@item")),
    "meetings.reopen_meeting": Calls(one("@closed_meeting")),
    "meetings.set_current_item": Calls(one("@meeting", "@item")),
    "meetings.start_meeting": Calls(one("@meeting")),
    "minutes.add_addendum": Calls(one("@finalised_meeting", "Verbetering")),
    "minutes.document_pdf": Calls(one("@document")),
    "minutes.documents": Calls(one("@finalised_meeting")),
    "minutes.finalise": Calls(both("include_identity", "@meeting"), may_raise=(meetings.MeetingLockedError,)),
    "minutes.find_by_hash": Calls(one("@document_sha")),
    "minutes.render_variant": Calls(both("include_identity", "@meeting", Variant.FULL)),
    "minutes.store_signed": Calls(one("@document", b"%PDF-1.7 signed", "voorzitter")),
    "minutes_collect.collect": Calls(both("include_identity", "@meeting", Variant.FULL)),
    "passphrase.change_passphrase": Calls(one(PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)),
    "passphrase.rotate_key": Calls(one(PASSPHRASE, kdf=TEST_KDF)),
    "passphrase.rotation_preview": Calls(one()),
    "projection.build_projection": Calls(one("@meeting", "@item")),
    "projection.reveal_identity": Calls(one("@meeting", "@item")),
    "reference.add_member": Calls(one("Nieuw lid", "@organisation", "medewerker", MemberKind.INVITED)),
    "reference.add_organisation": Calls(one("Nieuwe dienst", "ND", OrganisationSector.YOUTH)),
    "reference.cell_identity": Calls(one()),
    "reference.list_members": Calls(one()),
    "reference.list_organisations": Calls(one()),
    "reference.member_records": Calls(one(include_retired=True)),
    "reference.organisation_records": Calls(one(include_retired=True)),
    "reference.reassign_member": Calls(lambda sc: [((sc.ids.member, _other_member(sc)), {})]),
    "reference.retire_member": Calls(one("@member"), may_raise=(ValueError,)),  # in use
    "reference.retire_organisation": Calls(one("@organisation"), may_raise=(ValueError,)),  # in use
    "reference.set_cell_identity": Calls(one("Testdorp", "LIVC-R Testdorp")),
    "reference.update_member": Calls(
        one("@member", "Lid Hernoemd", "@organisation", "lid", MemberKind.CORE, "inspecteur", None)
    ),
    "reference.update_organisation": Calls(
        one("@organisation", "Dienst Hernoemd", "DH", OrganisationSector.YOUTH, True)
    ),
    "retention.anonymise_cases": Calls(one(["@case"]), may_raise=(ValueError,)),  # not due
    "retention.due_cases": Calls(one()),
    "retention.erase_cases": Calls(one(["@case"]), may_raise=(ValueError,)),
    "retention.retention_years": Calls(one()),
    "retention.set_retention_years": Calls(one(7)),
    "search.search": Calls(lambda sc: [(("Geheimkanarie",), {}), ((OPEN,), {}), ((FIRST,), {})]),
    "signatures.finalise_minutes": Calls(
        both("include_identity", "@closed_meeting"), may_raise=(meetings.MeetingLockedError,)
    ),
    "signatures.stored_minutes": Calls(one("@finalised_meeting")),
    "signatures.sign_minutes": Calls(lambda sc: [((sc.ids.finalised_meeting, _p12(sc)), {})]),
    "signatures.verify_in_vault": Calls(lambda sc: [((minutes.document_pdf(sc.chair, sc.ids.document),), {})]),
    "settings.all_settings": Calls(one()),
    "settings.domain_labels": Calls(one()),
    "settings.get": Calls(one("cell_name")),
    "settings.is_default": Calls(one("cell_name")),
    "settings.reset": Calls(one("cell_name")),
    "settings.set": Calls(one("cell_name", "LIVC-R Test")),
    "settings.set_many": Calls(one({"cell_name": "LIVC-R Test"})),
    "statistics.available_years": Calls(one()),
    "statistics.compute": Calls(one()),
    "statistics.export": Calls(lambda sc: _stats(sc, path=True)),
    "statistics.render": Calls(lambda sc: _stats(sc, path=False)),
    "timeline.case_timeline": Calls(one("@case")),
    "users.add_user": Calls(one("nieuw", "Nieuw", Role.READ_ONLY, NEW_PASSPHRASE, kdf=TEST_KDF)),
    "users.list_users": Calls(one()),
    "users.remove_user": Calls(_other_user),
    "users.set_role": Calls(_other_user_role),
    "case_intake.advice_only_ids": Calls(one()),
    "case_intake.cell_municipalities": Calls(one()),
    "case_intake.get_intake": Calls(both("with_signal_giver", "@case")),
    "case_intake.has_signal_giver": Calls(one("@case")),
    "case_links.link_cases": Calls(lambda sc: [((sc.ids.case, _other_case(sc), CaseLinkKind.FAMILY), {})]),
    "case_links.link_choices": Calls(one("@case")),
    "case_links.list_links": Calls(one("@case")),
    "case_links.unlink": Calls(_link),
    "case_notes.add_note": Calls(one("@case", CaseNoteKind.ADVICE, TODAY, "Advies"), may_raise=(ValidationError,)),
    "case_notes.list_notes": Calls(one("@case")),
    "decisions.case_escalation": Calls(one("@case")),
    "drafts.discard_draft": Calls(one("@meeting", "@case", DraftKind.ACTION)),
    "drafts.discard_meeting_drafts": Calls(one("@meeting")),
    "drafts.load_draft": Calls(one("@meeting", "@case", DraftKind.ACTION)),
    "drafts.meeting_drafts": Calls(one("@meeting")),
    "drafts.save_draft": Calls(one("@meeting", "@case", DraftKind.ACTION, {"description": "x"})),
    "feedback_form.compose_form": Calls(one("@meeting", "@case"), may_raise=_OUT),
    "feedback_form.forms_for_meeting": Calls(one("@meeting")),
    "feedback_form.get_form": Calls(one("@meeting", "@case")),
    "feedback_form.meetings_for_case": Calls(one("@case")),
    "feedback_form.neutral_fields": Calls(one("@meeting", "@case")),
    "feedback_form.produce_form": Calls(one("@meeting", "@case"), may_raise=_OUT),
    "feedback_form.record_consent": Calls(one("@meeting", "@case", "@member"), may_raise=_OUT),
    "feedback_form.set_content_in_minutes": Calls(one("@meeting", "@case", True), may_raise=_OUT),
    "feedback_form.update_form": Calls(
        one("@meeting", "@case", FeedbackFormFields("X", True, "Richting", "Contact", date(2026, 11, 21))),
        may_raise=_OUT,
    ),
    "followup.add_action": Calls(lambda sc: [((_action(sc),), {})]),
    "followup.change_action": Calls(
        lambda sc: [((sc.ids.action, date(2030, 1, 1), _action(sc).owner_organisation_id, None), {})]
    ),
    "invitations.invite": Calls(one("@meeting", "@member")),
    "invitations.invitations": Calls(one("@meeting")),
    "invitations.in_room": Calls(one("@meeting", None)),
    "invitations.partners_in_room": Calls(one("@meeting", None)),
    "invitations.withheld_cases": Calls(one("@meeting", None)),
    "referrer_letter.default_statement": Calls(one("@meeting", "@case")),
    "referrer_letter.letter_meeting": Calls(one("@case")),
    "referrer_letter.letter_refusal": Calls(one("@meeting", "@case")),
    "referrer_letter.produce_letter": Calls(one("@meeting", "@case"), may_raise=_OUT),
}

# Functions of modules this change may not edit that lack a check the test asks for: listed for the
# lead, each an xfail(strict=True) so it flips when fixed.
KNOWN_HOLES: dict[str, str] = {}


def demo_code(sc: Scene) -> str:
    with sc.chair.vault.session() as s:
        return s.get_one(models.Case, sc.ids.case).code


# -- reading a result -----------------------------------------------------------------------------


def texts_of(value: Any, depth: int = 0) -> Iterator[str]:
    """Every text a result holds (dates in the forms a screen or a document shows them)."""
    if depth > 12 or value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        if data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]:
            yield " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
        else:
            yield data.decode("utf-8", errors="replace")
    elif isinstance(value, date):
        yield value.isoformat()
        yield value.strftime("%d/%m/%Y")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from texts_of(k, depth + 1)
            yield from texts_of(v, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from texts_of(v, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from texts_of(getattr(value, f.name), depth + 1)
    elif isinstance(value, Path) and value.is_file():
        yield from texts_of(value.read_bytes(), depth + 1)


def holds(result: Any, forms: tuple[str, ...]) -> list[str]:
    text = "\n".join(texts_of(result))
    return [f for f in forms if f in text]


# -- the tests ------------------------------------------------------------------------------------

ROLES = (Role.CHAIR, Role.SECRETARY, Role.CASE_MANAGER, Role.READ_ONLY)


def test_every_service_function_is_classified() -> None:
    """A new public service function must get its permissions (services.ACCESS) and its calls here."""
    found = set(public_functions())
    assert found, "the enumeration found nothing"
    assert sorted(found - set(ACCESS)) == [], "add these to livcr_desktop.services.ACCESS"
    assert sorted(set(ACCESS) - found) == [], "no such service function: remove from ACCESS"
    assert sorted(found - set(CALLS)) == [], "add these to CALLS in this test"
    assert sorted(set(CALLS) - found) == []


def test_the_permission_table_is_consistent() -> None:
    for role in Role:
        granted = PERMISSIONS[role]
        # who runs a meeting reads every contribution on the meeting screen
        assert Permission.RUN_MEETING not in granted or Permission.READ_RESTRICTED in granted, role
        # an export of the vault holds identities and every contribution
        assert (
            Permission.EXPORT_DATA not in granted or {Permission.READ_IDENTITY, Permission.READ_RESTRICTED} <= granted
        ), role


def _params(name: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_HOLES[name])] if name in KNOWN_HOLES else []
    return pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", [_params(n) for n in sorted(CALLS)])
def test_roles_hold_in_every_service_function(name: str, template: tuple[Path, Ids], tmp_path: Path) -> None:
    function = public_functions()[name]
    access = ACCESS[name]
    import inspect

    signature = inspect.signature(function)
    problems: list[str] = []
    for role in ROLES:
        scene = open_copy(template, tmp_path / role.value, role)
        try:
            for args, kwargs in CALLS[name].build(scene):
                bound = signature.bind(scene.ctx, *args, **kwargs)
                bound.apply_defaults()
                expected = access.allows(role, bound.arguments)
                label = f"{name} as {role.value} ({', '.join(f'{k}={v!r}' for k, v in kwargs.items())})"
                try:
                    result = function(scene.ctx, *args, **kwargs)
                except PermissionDenied as e:
                    if expected:
                        problems.append(f"{label}: refused ({e}) though ACCESS allows it")
                    continue
                except CALLS[name].may_raise:
                    if not expected:
                        problems.append(f"{label}: no PermissionDenied though ACCESS refuses it")
                    continue
                if not expected:
                    problems.append(f"{label}: no PermissionDenied though ACCESS refuses it")
                if not allows(role, Permission.READ_IDENTITY) and (leak := holds(result, IDENTITY_FORMS)):
                    problems.append(f"{label}: identity in the result: {leak}")
                if not allows(role, Permission.READ_RESTRICTED) and holds(result, (SECRET,)):
                    problems.append(f"{label}: restricted contribution in the result")
        finally:
            for v in scene.opened:
                v.close()
    assert not problems, "\n".join(problems)


# -- the oracle sees what it looks for (controls) ------------------------------------------------------


def test_the_canaries_are_found_where_the_role_may_read_them(template: tuple[Path, Ids], tmp_path: Path) -> None:
    from livcr_desktop.services import assessment, cases, search

    chair = open_copy(template, tmp_path / "chair", Role.CHAIR)
    manager = open_copy(template, tmp_path / "manager", Role.CASE_MANAGER)
    ids = chair.ids
    try:
        assert set(holds(cases.get_case(chair.ctx, ids.case, with_identity=True), IDENTITY_FORMS)) >= {
            FIRST,
            LAST,
            "1999-07-13",
        }
        assert holds(
            minutes.render_variant(chair.ctx, ids.meeting, Variant.FULL, include_identity=True), IDENTITY_FORMS
        )
        assert holds(assessment.assessment_grid(chair.ctx, ids.case, ids.meeting), (SECRET, OPEN)) == [SECRET, OPEN]
        assert holds(minutes.render_variant(chair.ctx, ids.meeting, Variant.FULL), (SECRET,)) == [SECRET]
        assert holds(search.search(chair.ctx, SECRET), (SECRET,)) == [SECRET]
        # the case manager reads the ordinary contribution, and is told restricted ones exist
        grid = assessment.assessment_grid(manager.ctx, ids.case, ids.meeting)
        assert holds(grid, (SECRET, OPEN)) == [OPEN]
        hidden = [c for r in grid.rows for v in r.contributions.values() for c in v if c.restricted]
        assert len(hidden) == 3 and all(c.text == "" for c in hidden)
        data = minutes.collect(manager.ctx, ids.meeting, Variant.FULL)
        section = next(c for c in data.cases if c.code == demo_code(manager))
        assert section.withheld_contributions == 4 and holds(section, (OPEN,)) == [OPEN]
        assert search.search(manager.ctx, SECRET) == []
    finally:
        chair.ctx.vault.close()
        manager.ctx.vault.close()


# -- the table in docs/security.md -------------------------------------------------------------------


def _table_script() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "permissions_table.py"
    spec = importlib.util.spec_from_file_location("permissions_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_permissions_table_in_security_md_is_up_to_date() -> None:
    script = _table_script()
    block = script.render()
    doc = script.DOC.read_text(encoding="utf-8")
    assert script.replace_block(doc, block) == doc, "run: python scripts/permissions_table.py"
    # the table says what the code does: one row per permission, one mark per role that has it
    for permission in Permission:
        # the first row naming it is in the role x permission table (the functions table follows)
        row = next(line for line in block.splitlines() if line.startswith(f"| `{permission.value}` | "))
        assert row.count("✓") == sum(permission in PERMISSIONS[r] for r in ROLES)
    assert "`minutes_collect.collect` (with `include_identity=True`)" in block
    assert script.main(["--check"]) == 0
