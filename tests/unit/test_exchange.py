"""The exchange format: exact round trips, all-or-nothing import, bad and hostile documents.

Run ``python -m tests.unit.test_exchange`` to regenerate ``docs/examples/demo-export.json``,
``docs/exchange.schema.json`` and the field tables in ``docs/exchange-format.md``.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import demo, exchange, exchange_spec, exchange_validate
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo import data as demo_data
from livcr_desktop.services.exchange import ExchangeError
from livcr_desktop.services.exchange_spec import FORMAT, FORMAT_VERSION
from livcr_desktop.services.exchange_validate import ImportIssue, IssueCode, validate
from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from tests.conftest import PASSPHRASE, TODAY

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
EXAMPLE = DOCS / "examples" / "demo-export.json"
SCHEMA_FILE = DOCS / "exchange.schema.json"
FORMAT_DOC = DOCS / "exchange-format.md"
NOW = datetime(2026, 11, 21, 15, 0)
TABLES_START, TABLES_END = "<!-- field tables: start -->", "<!-- field tables: end -->"


def clocked(vault: Vault, role: Role = Role.CHAIR) -> ServiceContext:
    return ServiceContext(vault, "tester", today=lambda: TODAY, now=lambda: NOW, role=role)


def counts(vault: Vault) -> dict[str, int]:
    with vault.session() as s:
        return {t.__tablename__: int(s.scalar(select(func.count()).select_from(t)) or 0) for t in exchange.DATA_TABLES}


def demo_export(folder: Path) -> dict[str, Any]:
    vault = create_vault(folder / "demo.vault", PASSPHRASE, kdf=TEST_KDF)
    try:
        demo.populate(demo.demo_context(vault, TODAY))
        return exchange.export_vault(clocked(vault))
    finally:
        vault.close()


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return demo_export(tmp_path_factory.mktemp("demo"))


class Vaults:
    """Fresh, empty vaults in a folder; all closed at the end of the test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened: list[Vault] = []

    def new(self) -> ServiceContext:
        vault = create_vault(self.folder / f"v{len(self.opened)}.vault", PASSPHRASE, kdf=TEST_KDF)
        self.opened.append(vault)
        return clocked(vault)

    def close(self) -> None:
        for v in self.opened:
            v.close()


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[Vaults]:
    v = Vaults(tmp_path / "vaults")
    v.folder.mkdir()
    yield v
    v.close()


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    demo.populate(demo.demo_context(ctx.vault, TODAY))
    return clocked(ctx.vault)


def schema_validator() -> Any:
    import jsonschema  # type: ignore[import-untyped]

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# -- round trips --------------------------------------------------------------------------------


def test_demo_round_trip_is_exact(demo_doc: dict[str, Any], vaults: Vaults) -> None:
    assert validate(demo_doc) == []
    ctx = vaults.new()
    summary = exchange.import_document(ctx, copy.deepcopy(demo_doc))
    assert summary.counts["cases"] == 30 and summary.counts["meetings"] == demo_data.PAST_MEETINGS + 2
    again = exchange.export_vault(ctx)
    assert again == demo_doc
    assert exchange.dumps(again) == exchange.dumps(demo_doc)  # byte for byte, with the same clock
    third = vaults.new()
    exchange.import_document(third, again)
    assert exchange.export_vault(third) == demo_doc


V1_DEMO = Path(__file__).parents[1] / "helpers" / "data" / "exchange-v1-demo.json"


def test_a_version_1_file_is_read_and_its_invitations_kept(vaults: Vaults) -> None:
    """The demo exported by the release before version 2 (kept as it was written) imports as it is: the new
    fields at their defaults, each version-1 ``invited_case`` an invitation for that case."""
    old = json.loads(V1_DEMO.read_text(encoding="utf-8"))
    assert old["version"] == 1 and "invitations" not in old
    assert validate(old) == []
    ctx = vaults.new()
    exchange.import_document(ctx, copy.deepcopy(old))
    doc = exchange.export_vault(ctx)
    assert doc["version"] == FORMAT_VERSION == 2
    invited = {
        (m["number"], a["member"], a["invited_case"])
        for m in old["meetings"]
        for a in m["attendance"]
        if a["invited_case"] is not None
    }
    assert invited, "the old demo had an invited partner"
    assert {(i["meeting"], i["member"], i["case"]) for i in doc["invitations"]} == invited
    assert all(c["signal_giver_agreement"] == "not_asked" and c["urgent"] is False for c in doc["cases"])
    assert all(m["kernteam"] is False for m in doc["members"])
    for key in ("cases", "meetings", "contributions", "decisions", "actions"):
        assert len(doc[key]) == len(old[key])


def test_an_invitation_for_a_member_not_on_the_meeting_is_refused(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    number, stranger = next(
        (m["number"], member["key"])
        for m in doc["meetings"]
        for member in doc["members"]
        if member["key"] not in {a["member"] for a in m["attendance"]}
    )
    doc["invitations"] = [{"meeting": number, "member": stranger, "case": doc["cases"][0]["code"]}]
    issues = validate(doc)
    assert [(i.path, i.code) for i in issues] == [("$.invitations[0].member", IssueCode.UNKNOWN_REFERENCE)]
    assert "attendance list" in str(issues[0])


def test_round_trip_keeps_what_the_app_shows(demo_doc: dict[str, Any], vaults: Vaults) -> None:
    """Not only the document: the services read the same register, identities and meetings back."""
    from livcr_desktop.services import cases, meetings

    source = Vaults(vaults.folder / "src")
    source.folder.mkdir()
    original = source.new()
    demo.populate(demo.demo_context(original.vault, TODAY))
    ctx = vaults.new()
    exchange.import_document(ctx, exchange.export_vault(original))
    try:
        assert [(c.code, c.pseudonym, c.status, c.case_manager, c.referrer) for c in cases.list_cases(original)] == [
            (c.code, c.pseudonym, c.status, c.case_manager, c.referrer) for c in cases.list_cases(ctx)
        ]
        first = cases.list_cases(original)[0]
        twin = next(c for c in cases.list_cases(ctx) if c.code == first.code)
        assert cases.get_case(original, first.id, with_identity=True) == cases.get_case(
            ctx, twin.id, with_identity=True
        )
        old = [meetings.get_meeting(original, m.id) for m in meetings.list_meetings(original)]
        new = [meetings.get_meeting(ctx, m.id) for m in meetings.list_meetings(ctx)]
        strip = [
            (
                m.number,
                m.status,
                m.chair,
                [(a.position, a.case_code, a.elapsed_seconds) for a in m.agenda],
                sorted((a.member_name, a.status, a.acknowledged_at) for a in m.attendance),
            )
            for m in old
        ]
        assert strip == [
            (
                m.number,
                m.status,
                m.chair,
                [(a.position, a.case_code, a.elapsed_seconds) for a in m.agenda],
                sorted((a.member_name, a.status, a.acknowledged_at) for a in m.attendance),
            )
            for m in new
        ]
    finally:
        source.close()


def test_import_writes_one_audit_event_and_exports_are_audited(demo_doc: dict[str, Any], vaults: Vaults) -> None:
    ctx = vaults.new()
    with ctx.vault.session() as s:
        before = s.scalar(select(func.max(models.AuditEvent.id))) or 0
    exchange.import_document(ctx, demo_doc)
    exchange.export_vault(ctx)
    exchange.export_case(ctx, demo_doc["cases"][0]["code"])
    with ctx.vault.session() as s:
        events = s.scalars(
            select(models.AuditEvent).where(models.AuditEvent.id > before).order_by(models.AuditEvent.id)
        ).all()
        case_id = s.scalar(select(models.Case.id).where(models.Case.code == demo_doc["cases"][0]["code"]))
    assert [(e.action, e.entity) for e in events] == [("import", "vault"), ("export", "vault"), ("export", "case")]
    detail = json.loads(events[0].detail)
    assert detail["counts"]["cases"] == 30 and detail["exported_at"] == demo_doc["exported_at"]
    assert events[2].entity_id == case_id and json.loads(events[2].detail)["purpose"] == "data_subject_request"
    assert demo_doc["cases"][0]["last_name"] not in events[2].detail  # no identity in the audit trail


# -- generated files stay in sync ---------------------------------------------------------------


def without_generator(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "generator"}


def test_example_file_is_the_demo_export(demo_doc: dict[str, Any]) -> None:
    committed = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert without_generator(committed) == without_generator(demo_doc), (
        "docs/examples/demo-export.json is stale: run python -m tests.unit.test_exchange"
    )
    assert validate(committed) == []


def test_example_and_exports_validate_against_the_json_schema(demo_ctx: ServiceContext) -> None:
    validator = schema_validator()
    committed = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(committed)) == []
    case_doc = exchange.export_case(demo_ctx, committed["cases"][3]["code"])
    assert list(validator.iter_errors(case_doc)) == []
    bad = copy.deepcopy(committed)
    bad["cases"][0]["status"] = "lost"
    del bad["meetings"][0]["number"]
    assert len(list(validator.iter_errors(bad))) == 2


def test_committed_schema_is_the_generated_one() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == exchange_spec.json_schema(), (
        "docs/exchange.schema.json is stale: run python -m tests.unit.test_exchange"
    )


def test_format_doc_holds_the_field_tables() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    section = text.split(TABLES_START, 1)[1].split(TABLES_END, 1)[0]
    assert section.strip() == exchange_spec.field_tables_markdown().strip(), (
        "the field tables in docs/exchange-format.md are stale: run python -m tests.unit.test_exchange"
    )


# Columns deliberately not in the format, with the reason (docs/exchange-format.md says the same).
NOT_EXPORTED = {
    ("minutes_document", "pdf"): "the PDF stays in the vault; a case export lists it by hash",
    ("minutes_document", "signature_boxes"): "layout of the signature fields of the stored PDF",
}
# setting: exported as one object; draft: unfinished typing of the live meeting, never leaves the vault.
NOT_EXPORTED_TABLES = {"audit_event", "app_user", "setting", "draft"}
NESTED_PARENT = {
    "agenda_item": "meeting_id",
    "attendance": "meeting_id",
    "action_update": "action_id",
    "feedback_consent": "form_id",
    "attendance_case": "attendance_id",  # an invitation names its attendance by meeting and member
}


def test_every_column_of_the_vault_is_in_the_format() -> None:
    """Fails when a column or table is added without deciding what the exchange format does with it."""
    by_table = {}
    for name, model in exchange._MODEL.items():
        by_table[model.__tablename__] = exchange_spec_entity(name)
    for table in models.Base.metadata.sorted_tables:
        if table.name in NOT_EXPORTED_TABLES:
            continue
        assert table.name in by_table, f"table {table.name} is neither exported nor listed as not exported"
        entity = by_table[table.name]
        covered = {f.attribute for f in entity.fields} | {"id", NESTED_PARENT.get(table.name, "")}
        if table.name == "meeting":
            covered.add("current_item_id")
        missing = {c.name for c in table.columns} - covered - {c for t, c in NOT_EXPORTED if t == table.name}
        assert not missing, f"columns of {table.name} not in the exchange format: {sorted(missing)}"


def exchange_spec_entity(name: str) -> exchange_spec.EntitySpec:
    def walk(e: exchange_spec.EntitySpec) -> Iterator[exchange_spec.EntitySpec]:
        yield e
        for c in e.children:
            yield from walk(c)

    return next(e for top in exchange_spec.ENTITIES for e in walk(top) if e.name == name)


def test_internal_settings_are_the_vaults_own(vaults: Vaults) -> None:
    from livcr_desktop.storage import vault as vault_module

    known = getattr(vault_module, "AUDIT_HEAD_SETTING", "audit_head")
    assert known in exchange_spec.INTERNAL_SETTINGS
    ctx = vaults.new()
    with ctx.vault.session() as s:
        s.merge(models.Setting(key=known, value='{"events": 1}'))
        s.merge(models.Setting(key="cell_name", value='"LIVC-R Test"'))
    assert exchange.export_vault(ctx)["settings"] == {"cell_name": "LIVC-R Test"}


def test_anonymised_cases_survive_renumbering(vaults: Vaults) -> None:
    """The retention marker lists case IDs; an import renumbers, so the format carries it per case."""
    from livcr_desktop.domain.entities import CaseDraft
    from livcr_desktop.domain.enums import Phenomenon
    from livcr_desktop.services import cases

    try:
        from livcr_desktop.services import retention
    except ImportError:  # pragma: no cover - the retention module is optional here
        retention = None  # type: ignore[assignment]
    if retention is not None:
        assert retention.ANONYMISED_SETTING == exchange_spec.ANONYMISED_CASES_SETTING
    ctx = vaults.new()
    ids = [
        cases.create_case(
            ctx,
            CaseDraft(code=f"LIVC-2025-{n:03d}", registration_date=date(2025, 1, n), phenomenon=Phenomenon.RADICALISM),
        )
        for n in (1, 2, 3)
    ]
    with ctx.vault.session() as s:
        s.delete(s.get_one(models.Case, ids[0]))  # erased: the IDs now start at 2
        s.merge(models.Setting(key=exchange_spec.ANONYMISED_CASES_SETTING, value=json.dumps([ids[2]])))
    doc = exchange.export_vault(ctx)
    assert [(c["code"], c["anonymised"]) for c in doc["cases"]] == [("LIVC-2025-002", False), ("LIVC-2025-003", True)]
    assert exchange_spec.ANONYMISED_CASES_SETTING not in doc["settings"]
    target = vaults.new()
    exchange.import_document(target, doc)
    assert exchange.export_vault(target) == doc
    with target.vault.session() as s:
        marked = json.loads(s.get_one(models.Setting, exchange_spec.ANONYMISED_CASES_SETTING).value)
        assert [s.get_one(models.Case, i).code for i in marked] == ["LIVC-2025-003"]


# -- the data-subject export --------------------------------------------------------------------


def test_case_export_holds_everything_about_the_case_and_nothing_else(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        # The case discussed most often, with an identity.
        c = models.Case
        rows = s.execute(
            select(c.id, c.code, func.count(models.Contribution.id))
            .join(models.Contribution, models.Contribution.case_id == c.id)
            .where(c.last_name != "")
            .group_by(c.id)
            .order_by(func.count(models.Contribution.id).desc(), c.id)
        ).first()
        assert rows is not None
        case_id, code = rows[0], rows[1]
        case = s.get_one(c, case_id)
        other_codes = set(s.scalars(select(c.code).where(c.id != case_id)))
        expected = {
            "contributions": s.scalar(select(func.count()).where(models.Contribution.case_id == case_id)),
            "domain_assessments": s.scalar(select(func.count()).where(models.DomainAssessment.case_id == case_id)),
            "assessments": s.scalar(select(func.count()).where(models.Assessment.case_id == case_id)),
            "decisions": s.scalar(select(func.count()).where(models.Decision.case_id == case_id)),
            "actions": s.scalar(select(func.count()).where(models.Action.case_id == case_id)),
            "referrer_feedback": s.scalar(select(func.count()).where(models.ReferrerFeedback.case_id == case_id)),
        }
        meeting_id = s.scalar(select(models.AgendaItem.meeting_id).where(models.AgendaItem.case_id == case_id))
        s.add(
            models.MinutesDocument(
                meeting_id=meeting_id,
                variant="full",
                created_at=NOW,
                sha256="ab" * 32,
                pdf=b"%PDF-1.7 not exported",
                is_addendum=False,
            )
        )
        identity = (case.first_name, case.last_name, case.birth_date.isoformat() if case.birth_date else None)
    doc = exchange.export_case(demo_ctx, code)
    assert validate(doc) == []
    assert doc["scope"] == "case" and [x["code"] for x in doc["cases"]] == [code]
    assert (doc["cases"][0]["first_name"], doc["cases"][0]["last_name"], doc["cases"][0]["birth_date"]) == identity
    assert {k: len(doc[k]) for k in expected} == expected
    assert all(item["case"] == code for k in expected for item in doc[k])
    text = exchange.dumps(doc).decode("utf-8")
    leaked = [other for other in other_codes if other in text]
    assert leaked == [], "another case's code is in the data-subject export"
    for m in doc["meetings"]:
        assert m["agenda"] and all(a["case"] == code for a in m["agenda"])
        assert all(a["invited_case"] in (None, code) for a in m["attendance"])
    assert doc["minutes_documents"] == [
        {
            "meeting": next(m["number"] for m in doc["meetings"] if any(a["case"] == code for a in m["agenda"])),
            "variant": "full",
            "created_at": NOW.isoformat(),
            "sha256": "ab" * 32,
            "is_addendum": False,
            "signed_by": "",
        }
    ]
    assert "PDF-1.7" not in text
    used_orgs = (
        {m["organisation"] for m in doc["members"]}
        | {x["organisation"] for x in doc["contributions"]}
        | {x["owner_organisation"] for x in doc["actions"]}
        | {doc["cases"][0]["referrer_organisation"]} - {None}
    )
    assert {o["key"] for o in doc["organisations"]} == used_orgs - {None}
    with pytest.raises(ExchangeError) as refused:
        exchange.import_document(clocked(demo_ctx.vault), doc)
    assert [i.code for i in refused.value.issues] == [IssueCode.CASE_EXPORT]


def test_case_export_of_a_pseudonymous_case_without_meetings(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        c = models.Case
        on_agenda = select(models.AgendaItem.case_id).where(models.AgendaItem.case_id.is_not(None))
        code = s.scalar(select(c.code).where(c.last_name == "", c.id.not_in(on_agenda)).order_by(c.id))
    assert code is not None
    doc = exchange.export_case(demo_ctx, code)
    assert validate(doc) == [] and doc["meetings"] == [] and doc["cases"][0]["first_name"] == ""
    with pytest.raises(LookupError):
        exchange.export_case(demo_ctx, "LIVC-1999-999")


def test_export_and_import_need_the_export_permission(demo_doc: dict[str, Any], vaults: Vaults) -> None:
    ctx = vaults.new()
    reader = clocked(ctx.vault, Role.READ_ONLY)
    with pytest.raises(PermissionDenied):
        exchange.import_document(reader, demo_doc)
    with pytest.raises(PermissionDenied):
        exchange.export_vault(reader)
    assert sum(counts(ctx.vault).values()) == 0


# -- all or nothing -----------------------------------------------------------------------------


def test_import_refuses_a_vault_that_holds_data(demo_doc: dict[str, Any], demo_ctx: ServiceContext) -> None:
    before = counts(demo_ctx.vault)
    with pytest.raises(ExchangeError) as refused:
        exchange.import_document(demo_ctx, demo_doc)
    assert [i.code for i in refused.value.issues] == [IssueCode.NOT_EMPTY]
    assert counts(demo_ctx.vault) == before
    assert [i.code for i in exchange.import_issues(demo_ctx, demo_doc)] == [IssueCode.NOT_EMPTY]


def test_a_failure_half_way_rolls_everything_back(
    demo_doc: dict[str, Any], vaults: Vaults, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = vaults.new()
    real_add = exchange._Importer.add

    def failing_add(self: Any, e: Any, items: Any, **fixed: Any) -> Any:
        if e is exchange_spec.ACTION:  # organisations, cases, meetings, contributions ... are flushed by now
            raise RuntimeError("disk full")
        return real_add(self, e, items, **fixed)

    monkeypatch.setattr(exchange._Importer, "add", failing_add)
    with pytest.raises(RuntimeError):
        exchange.import_document(ctx, demo_doc)
    assert sum(counts(ctx.vault).values()) == 0
    monkeypatch.undo()
    exchange.import_document(ctx, demo_doc)  # the vault is still empty and usable
    assert exchange.export_vault(ctx) == demo_doc


def test_a_database_refusal_is_reported_as_an_issue(
    demo_doc: dict[str, Any], vaults: Vaults, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import IntegrityError

    ctx = vaults.new()

    def refuse(*_: Any, **__: Any) -> None:
        raise IntegrityError("INSERT", {}, Exception("constraint"))

    monkeypatch.setattr(audit, "append", refuse)
    with pytest.raises(ExchangeError) as refused:
        exchange.import_document(ctx, demo_doc)
    assert [i.code for i in refused.value.issues] == [IssueCode.STORAGE]
    assert sum(counts(ctx.vault).values()) == 0


def test_import_into_a_new_vault(demo_doc: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = copy.deepcopy(demo_doc)
    bad["cases"][0]["status"] = "lost"
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "new.vault"
    with pytest.raises(ExchangeError):
        exchange.import_into_new_vault(target, PASSPHRASE, bad, kdf=TEST_KDF)
    assert list(folder.iterdir()) == []  # an invalid file creates no vault

    def broken(*_: Any, **__: Any) -> Any:
        raise ExchangeError([ImportIssue("$", IssueCode.STORAGE, "simulated")])

    monkeypatch.setattr(exchange, "import_document", broken)
    with pytest.raises(ExchangeError):
        exchange.import_into_new_vault(target, PASSPHRASE, demo_doc, kdf=TEST_KDF)
    assert list(folder.iterdir()) == []  # the vault made for it is removed again
    monkeypatch.undo()
    vault, summary = exchange.import_into_new_vault(
        target, PASSPHRASE, demo_doc, kdf=TEST_KDF, today=lambda: TODAY, now=lambda: NOW
    )
    try:
        assert summary.counts["cases"] == 30
        assert exchange.export_vault(clocked(vault)) == demo_doc
    finally:
        vault.close()


def test_written_files_are_owner_only_and_complete(demo_doc: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "export.json"
    out.write_text("old content")
    os.chmod(out, 0o644)
    exchange.write_document(out, demo_doc)
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == ["export.json"]  # no temporary file left
    assert exchange.read_document(out) == demo_doc
    assert exchange.load_document(out) == demo_doc


# -- bad documents, written by hand -------------------------------------------------------------

Mutator = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutator:
    def apply(doc: dict[str, Any]) -> None:
        *parents, last = _steps(path)
        target: Any = doc
        for step in parents:
            target = target[step]
        target[last] = value

    return apply


def _delete(path: str) -> Mutator:
    def apply(doc: dict[str, Any]) -> None:
        *parents, last = _steps(path)
        target: Any = doc
        for step in parents:
            target = target[step]
        del target[last]

    return apply


def _steps(path: str) -> list[Any]:
    steps: list[Any] = []
    for part in path.replace("]", "").replace("[", ".").split(".")[1:]:
        steps.append(int(part) if part.isdigit() else part)
    return steps


def _copy_field(src: str, dst: str) -> Mutator:
    def apply(doc: dict[str, Any]) -> None:
        value: Any = doc
        for step in _steps(src):
            value = value[step]
        _set(dst, copy.deepcopy(value))(doc)

    return apply


def _append_copy(path: str, index: int = 0) -> Mutator:
    def apply(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in _steps(path):
            target = target[step]
        target.append(copy.deepcopy(target[index]))

    return apply


BAD: dict[str, tuple[Mutator, list[tuple[str, IssueCode]]]] = {
    # wrong types
    "text-for-boolean": (_set("$.cases[0].is_minor", "ja"), [("$.cases[0].is_minor", IssueCode.TYPE)]),
    "integer-for-boolean": (_set("$.organisations[0].active", 1), [("$.organisations[0].active", IssueCode.TYPE)]),
    "boolean-for-integer": (
        _set("$.domain_assessments[0].concern_level", True),
        [("$.domain_assessments[0].concern_level", IssueCode.TYPE)],
    ),
    "text-for-integer": (
        _set("$.meetings[0].planned_minutes", "120"),
        [("$.meetings[0].planned_minutes", IssueCode.TYPE)],
    ),
    "float-for-integer": (
        _set("$.meetings[0].agenda[0].elapsed_seconds", 12.5),
        [("$.meetings[0].agenda[0].elapsed_seconds", IssueCode.TYPE)],
    ),
    "object-for-list": (_set("$.organisations", {}), [("$.organisations", IssueCode.TYPE)]),
    "text-for-item": (_set("$.cases[2]", "LIVC-2026-001"), [("$.cases[2]", IssueCode.TYPE)]),
    "null-for-required": (_set("$.cases[0].status", None), [("$.cases[0].status", IssueCode.TYPE)]),
    "missing-required": (
        _delete("$.cases[0].registration_date"),
        [("$.cases[0].registration_date", IssueCode.REQUIRED)],
    ),
    "unknown-field": (
        _set("$.cases[0].national_number", "00.00.00-000.00"),
        [("$.cases[0].national_number", IssueCode.UNKNOWN_FIELD)],
    ),
    "unknown-top-level-field": (_set("$.audit_events", []), [("$.audit_events", IssueCode.UNKNOWN_FIELD)]),
    # enumerations and ranges
    "unknown-status": (_set("$.cases[1].status", "lost"), [("$.cases[1].status", IssueCode.BAD_VALUE)]),
    "unknown-sector": (
        _set("$.organisations[0].sector", "POLICE"),
        [("$.organisations[0].sector", IssueCode.BAD_VALUE)],
    ),
    "concern-level-4": (
        _set("$.domain_assessments[0].concern_level", 4),
        [("$.domain_assessments[0].concern_level", IssueCode.OUT_OF_RANGE)],
    ),
    "negative-minutes": (
        _set("$.meetings[0].planned_minutes", -5),
        [("$.meetings[0].planned_minutes", IssueCode.OUT_OF_RANGE)],
    ),
    "huge-integer": (
        _set("$.meetings[0].agenda[0].elapsed_seconds", 2**70),
        [("$.meetings[0].agenda[0].elapsed_seconds", IssueCode.OUT_OF_RANGE)],
    ),
    # unknown references
    "unknown-organisation": (
        _set("$.members[0].organisation", "org-99"),
        [("$.members[0].organisation", IssueCode.UNKNOWN_REFERENCE)],
    ),
    "unknown-case": (
        _set("$.contributions[0].case", "LIVC-1999-999"),
        [("$.contributions[0].case", IssueCode.UNKNOWN_REFERENCE)],
    ),
    "unknown-meeting": (
        _set("$.decisions[0].meeting", "1999/01"),
        [("$.decisions[0].meeting", IssueCode.UNKNOWN_REFERENCE)],
    ),
    "unknown-member-in-attendance": (
        _set("$.meetings[0].attendance[0].member", "member-404"),
        [("$.meetings[0].attendance[0].member", IssueCode.UNKNOWN_REFERENCE)],
    ),
    "unknown-case-on-agenda": (
        _set("$.meetings[0].agenda[1].case", "LIVC-1999-999"),
        [("$.meetings[0].agenda[1].case", IssueCode.UNKNOWN_REFERENCE)],
    ),
    "current-item-not-on-agenda": (
        _set("$.meetings[0].current_item", 99),
        [("$.meetings[0].current_item", IssueCode.NOT_IN_AGENDA)],
    ),
    # duplicates
    "duplicate-case-code": (
        _copy_field("$.cases[0].code", "$.cases[1].code"),
        [("$.cases[1].code", IssueCode.DUPLICATE)],
    ),
    "duplicate-meeting": (_append_copy("$.meetings", 1), [("$.meetings[5].number", IssueCode.DUPLICATE)]),
    "duplicate-organisation": (
        _append_copy("$.organisations", 2),
        [("$.organisations[8].key", IssueCode.DUPLICATE), ("$.organisations[8].name", IssueCode.DUPLICATE)],
    ),
    "duplicate-organisation-name": (
        _copy_field("$.organisations[0].name", "$.organisations[1].name"),
        [("$.organisations[1].name", IssueCode.DUPLICATE)],
    ),
    "duplicate-agenda-position": (
        _copy_field("$.meetings[0].agenda[0].position", "$.meetings[0].agenda[1].position"),
        [("$.meetings[0].agenda[1].position", IssueCode.DUPLICATE)],
    ),
    "duplicate-attendance": (
        _append_copy("$.meetings[0].attendance"),
        [("$.meetings[0].attendance[12].member", IssueCode.DUPLICATE)],
    ),
    "duplicate-assessment": (_append_copy("$.assessments"), [("$.assessments[15]", IssueCode.DUPLICATE)]),
    # huge strings
    "huge-notes": (
        _set("$.cases[0].screening_notes", "x" * 20_001),
        [("$.cases[0].screening_notes", IssueCode.TOO_LONG)],
    ),
    "huge-name": (
        _set("$.organisations[0].name", "Politiezone " * 100_000),
        [("$.organisations[0].name", IssueCode.TOO_LONG)],
    ),
    "long-code": (_set("$.cases[0].code", "LIVC-2026-" + "1" * 40), [("$.cases[0].code", IssueCode.TOO_LONG)]),
    "empty-name": (_set("$.members[0].name", ""), [("$.members[0].name", IssueCode.EMPTY)]),
    # characters and forms
    "nul-character": (_set("$.cases[0].pseudonym", "Eik\x00"), [("$.cases[0].pseudonym", IssueCode.BAD_CHARACTERS)]),
    "lone-surrogate": (
        _set("$.contributions[0].text", "tekst \ud800"),
        [("$.contributions[0].text", IssueCode.BAD_CHARACTERS)],
    ),
    "lower-case-code": (_set("$.cases[0].code", "livc-2026-001"), [("$.cases[0].code", IssueCode.BAD_FORMAT)]),
    "code-with-newline": (_set("$.cases[0].code", "LIVC-2025-001\n"), [("$.cases[0].code", IssueCode.BAD_FORMAT)]),
    # dates
    "30-february": (
        _set("$.cases[0].registration_date", "2026-02-30"),
        [("$.cases[0].registration_date", IssueCode.BAD_DATE)],
    ),
    "belgian-date": (_set("$.cases[0].birth_date", "21/11/2006"), [("$.cases[0].birth_date", IssueCode.BAD_DATE)]),
    "date-as-number": (_set("$.actions[0].deadline", 20261121), [("$.actions[0].deadline", IssueCode.TYPE)]),
    "hour-25": (
        _set("$.cases[0].created_at", "2026-11-21T25:00:00"),
        [("$.cases[0].created_at", IssueCode.BAD_DATETIME)],
    ),
    "timezone": (
        _set("$.cases[0].updated_at", "2026-11-21T10:00:00+01:00"),
        [("$.cases[0].updated_at", IssueCode.BAD_DATETIME)],
    ),
    "bad-time": (_set("$.meetings[0].start_time", "14u"), [("$.meetings[0].start_time", IssueCode.BAD_TIME)]),
    # header
    "scope": (_set("$.scope", "everything"), [("$.scope", IssueCode.BAD_VALUE)]),
    "no-exported-at": (_delete("$.exported_at"), [("$.exported_at", IssueCode.REQUIRED)]),
    "minutes-in-vault-export": (_set("$.minutes_documents", []), [("$.minutes_documents", IssueCode.CASE_SCOPE_ONLY)]),
    "case-scope-with-30-cases": (_set("$.scope", "case"), [("$.cases", IssueCode.ONE_CASE)]),
    # settings
    "settings-list": (_set("$.settings", []), [("$.settings", IssueCode.TYPE)]),
    "settings-language": (_set("$.settings.language", "de"), [("$.settings.language", IssueCode.BAD_VALUE)]),
    "settings-grid": (
        _set("$.settings.assessment_domains", ["family", "family"]),
        [("$.settings.assessment_domains", IssueCode.BAD_VALUE)],
    ),
    "settings-deep": (
        _set("$.settings.custom", json.loads("[" * 40 + "]" * 40)),
        [("$.settings.custom" + "[0]" * 17, IssueCode.TOO_DEEP)],
    ),
    "settings-internal": (
        _set("$.settings.audit_head", {"events": 3}),
        [("$.settings.audit_head", IssueCode.INTERNAL_SETTING)],
    ),
    "settings-odd-name": (_set("$.settings", {"": 1}), [('$.settings[""]', IssueCode.BAD_FORMAT)]),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_document_is_refused_with_its_path(name: str, demo_doc: dict[str, Any], vaults: Vaults) -> None:
    mutate, expected = BAD[name]
    doc = copy.deepcopy(demo_doc)
    mutate(doc)
    issues = validate(doc)
    assert [(i.path, i.code) for i in issues] == expected, [str(i) for i in issues]
    ctx = vaults.new()
    with pytest.raises(ExchangeError) as refused:
        exchange.import_document(ctx, doc)
    assert refused.value.issues == issues
    assert sum(counts(ctx.vault).values()) == 0
    for issue in issues:  # short messages; never a whole text from the file
        assert len(issue.message) < 300 and "xxxxxxxxxx" not in issue.message
        assert "Politiezone Politiezone" not in str(issue)


def test_every_error_is_listed(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    for name in (
        "unknown-status",
        "unknown-case",
        "duplicate-case-code",
        "huge-notes",
        "30-february",
        "bad-time",
        "unknown-field",
        "settings-language",
    ):
        BAD[name][0](doc)
    paths = {(i.path, i.code) for i in validate(doc)}
    assert paths == {
        p
        for name in (
            "unknown-status",
            "unknown-case",
            "duplicate-case-code",
            "huge-notes",
            "30-february",
            "bad-time",
            "unknown-field",
            "settings-language",
        )
        for p in BAD[name][1]
    }


def test_a_renamed_key_reports_every_reference_left_dangling(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["organisations"][1]["key"] = "org-1"
    issues = validate(doc)
    assert (issues[0].path, issues[0].code) == ("$.organisations[1].key", IssueCode.DUPLICATE)
    dangling = [i for i in issues[1:] if i.code is IssueCode.UNKNOWN_REFERENCE and i.params["value"] == "org-2"]
    assert dangling == issues[1:] and len(dangling) > 20
    assert {"$.members[0].organisation", "$.actions[0].owner_organisation"} <= {i.path for i in dangling}


def test_a_broken_list_does_not_flood_the_report_with_references(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["members"][3] = "Jef Fictief"
    doc["organisations"][0]["key"] = 7
    assert [(i.path, i.code) for i in validate(doc)] == [
        ("$.organisations[0].key", IssueCode.TYPE),
        ("$.members[3]", IssueCode.TYPE),
    ]


def test_a_newer_version_gives_one_clear_issue(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["version"] = FORMAT_VERSION + 1
    doc["cases"] = "whatever a later version holds"
    issues = validate(doc)
    assert [(i.path, i.code) for i in issues] == [("$.version", IssueCode.NEWER_VERSION)]
    assert "newer version" in issues[0].message and "update" in issues[0].message
    for version in ("1", 0, True, None, 1.0):
        doc["version"] = version
        assert [i.code for i in validate(doc)] == [IssueCode.BAD_VERSION]


@pytest.mark.parametrize(
    "doc",
    [
        [],
        "livcr",
        None,
        {"format": "something-else", "version": 1},
        {"version": 1},
        {"format": FORMAT.upper()},
    ],
    ids=["list", "string", "null", "other-format", "no-format", "upper-case-format"],
)
def test_not_an_exchange_document(doc: Any) -> None:
    assert [i.code for i in validate(doc)] == [IssueCode.NOT_EXCHANGE]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", IssueCode.NOT_JSON),
        (b'{"format": ', IssueCode.NOT_JSON),
        (b"\xff\xfe{}", IssueCode.NOT_UTF8),
        (b'{"version": NaN}', IssueCode.NOT_JSON),
        (b'{"version": Infinity}', IssueCode.NOT_JSON),
        (b'{"version": ' + b"9" * 5000 + b"}", IssueCode.NOT_JSON),
        (b"[" * 100_000 + b"]" * 100_000, IssueCode.TOO_DEEP),
    ],
    ids=["empty", "truncated", "utf16", "nan", "infinity", "long-integer", "deep"],
)
def test_unreadable_files(data: bytes, code: IssueCode) -> None:
    doc, issues = exchange.parse(data)
    assert doc is None and [i.code for i in issues] == [code]


def test_parse_reports_duplicate_keys_and_accepts_a_bom(demo_doc: dict[str, Any]) -> None:
    text = exchange.dumps(demo_doc).decode("utf-8")
    doc, issues = exchange.parse(("\ufeff" + text).encode("utf-8"))
    assert issues == [] and doc == demo_doc
    dup = text.replace('"status": "closed",', '"status": "closed", "status": "screening",', 1)
    doc, issues = exchange.parse(dup.encode("utf-8"))
    assert issues == []
    found = [(i.path, i.code) for i in validate(doc)]
    assert len(found) == 1 and found[0][1] is IssueCode.DUPLICATE_FIELD and found[0][0].endswith(".status")


def test_a_file_too_large_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2000)
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(exchange_validate, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ExchangeError) as refused:
        exchange.read_document(big)
    assert [i.code for i in refused.value.issues] == [IssueCode.TOO_LARGE]
    assert [i.code for i in exchange.parse(b" " * 2000)[1]] == [IssueCode.TOO_LARGE]
    with pytest.raises(ExchangeError) as missing:
        exchange.read_document(tmp_path / "nothing.json")
    assert [i.code for i in missing.value.issues] == [IssueCode.UNREADABLE]


# -- property-based: generated documents round-trip exactly --------------------------------------

TEXT_CHARS = st.characters(
    blacklist_categories=["Cs"], blacklist_characters="\x00\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)  # NUL and bidi controls are refused
texts = st.text(TEXT_CHARS, max_size=30)
names = st.text(TEXT_CHARS, min_size=1, max_size=15)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31))
json_scalars = (
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.floats(allow_nan=False, allow_infinity=False) | texts
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(TEXT_CHARS, max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _enum(field: exchange_spec.FieldSpec) -> st.SearchStrategy[str]:
    return st.sampled_from(field.values)


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _iso(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[str]:
    return strategy.map(lambda v: v.isoformat())


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid whole-vault document in canonical form: every field present, keys numbered in order."""
    E = exchange_spec
    orgs = [
        {
            "key": f"org-{i + 1}",
            "name": f"{i}. {draw(names)}",
            "short_name": draw(names),
            "sector": draw(_enum(E.ORGANISATION.field("sector"))),
            "active": draw(st.booleans()),
            "professional_secrecy": draw(st.booleans()),
        }
        for i in range(draw(st.integers(1, 3)))
    ]
    org_keys = st.sampled_from([o["key"] for o in orgs])
    members = [
        {
            "key": f"member-{i + 1}",
            "name": draw(names),
            "organisation": draw(org_keys),
            "role": draw(texts),
            "kind": draw(_enum(E.MEMBER.field("kind"))),
            "active": draw(st.booleans()),
            "function": draw(texts),
            "active_from": draw(st.none() | st.dates().map(date.isoformat)),
            "active_to": draw(st.none() | st.dates().map(date.isoformat)),
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    member_keys = st.sampled_from([m["key"] for m in members]) if members else st.nothing()
    years = draw(st.lists(st.integers(2000, 2030), max_size=4))
    cases = [
        {
            "code": f"LIVC-{year}-{i + 1:03d}",
            "pseudonym": draw(texts),
            "first_name": draw(texts),
            "last_name": draw(texts),
            "birth_date": draw(_opt(_iso(days))),
            "is_minor": draw(st.booleans()),
            "phenomenon": draw(_opt(_enum(E.CASE.field("phenomenon")))),
            "ideology": draw(_opt(_enum(E.CASE.field("ideology")))),
            "referrer_organisation": draw(_opt(org_keys)),
            "referrer_sector": draw(texts),
            "registration_date": draw(_iso(days)),
            "status": draw(_enum(E.CASE.field("status"))),
            "case_manager": draw(_opt(member_keys)),
            "next_review_date": draw(_opt(_iso(days))),
            "closed_on": draw(_opt(_iso(days))),
            "on_next_agenda": draw(st.booleans()),
            "screening_notes": draw(st.text(TEXT_CHARS, max_size=200)),
            "created_at": draw(_iso(moments)),
            "updated_at": draw(_iso(moments)),
            "anonymised": draw(st.booleans()),
        }
        for i, year in enumerate(years)
    ]
    case_codes = st.sampled_from([c["code"] for c in cases]) if cases else st.nothing()
    meetings = []
    for i in range(draw(st.integers(0, 3))):
        positions = sorted(draw(st.sets(st.integers(0, 20), max_size=4)))
        agenda = [
            {
                "position": p,
                "kind": draw(_enum(E.AGENDA_ITEM.field("kind"))),
                "case": draw(_opt(case_codes)),
                "title": draw(texts),
                "planned_minutes": draw(st.integers(0, 600)),
                "elapsed_seconds": draw(st.integers(0, 10**6)),
            }
            for p in positions
        ]
        present = draw(st.lists(member_keys, unique=True, max_size=4)) if members else []
        attendance = [
            {
                "member": m,
                "status": draw(_enum(E.ATTENDANCE.field("status"))),
                "invited_case": draw(_opt(case_codes)),
                "acknowledged_at": draw(_opt(_iso(moments))),
                "feedback_consent": draw(st.booleans()),
            }
            for m in present
        ]
        meetings.append(
            {
                "number": f"{2020 + i}/{draw(st.integers(1, 99)):02d}",
                "kind": draw(_enum(E.MEETING.field("kind"))),
                "status": draw(_enum(E.MEETING.field("status"))),
                "meeting_date": draw(_iso(days)),
                "start_time": draw(_iso(st.times())),
                "planned_minutes": draw(st.integers(0, 10**4)),
                "place": draw(texts),
                "chair": draw(_opt(member_keys)),
                "secretary": draw(_opt(member_keys)),
                "current_item": draw(_opt(st.sampled_from(positions))) if positions else None,
                "started_at": draw(_opt(_iso(moments))),
                "ended_at": draw(_opt(_iso(moments))),
                "next_meeting_date": draw(_opt(_iso(days))),
                "feedback_consensus_at": draw(_opt(_iso(moments))),
                "agenda": agenda,
                "attendance": attendance,
            }
        )
    numbers = st.sampled_from([m["number"] for m in meetings]) if meetings else st.nothing()
    domains = st.sampled_from(("family", "online", "ideology", "x" * 60))
    contributions, domain_rows, assessments, decisions, actions, feedback = [], [], [], [], [], []
    if cases:
        for _ in range(draw(st.integers(0, 4))):
            contributions.append(
                {
                    "case": draw(case_codes),
                    "meeting": draw(_opt(numbers)),
                    "organisation": draw(org_keys),
                    "member": draw(_opt(member_keys)),
                    "life_domain": draw(_opt(domains)),
                    "text": draw(texts),
                    **{
                        f: draw(st.booleans())
                        for f in (
                            "professional_secrecy",
                            "no_projection",
                            "confirmed",
                            "declines_to_share",
                            "in_minutes",
                        )
                    },
                    "created_at": draw(_iso(moments)),
                    "updated_at": draw(_iso(moments)),
                }
            )
        if meetings:
            for c, m, d in draw(st.sets(st.tuples(case_codes, numbers, domains), max_size=4)):
                domain_rows.append(
                    {
                        "case": c,
                        "meeting": m,
                        "life_domain": d,
                        "risk_factors": draw(texts),
                        "protective_factors": draw(texts),
                        "concern_level": draw(st.integers(0, 3)),
                        "updated_at": draw(_iso(moments)),
                    }
                )
            for c, m in draw(st.sets(st.tuples(case_codes, numbers), max_size=3)):
                assessments.append(
                    {
                        "case": c,
                        "meeting": m,
                        "summary": draw(texts),
                        "qualification": draw(_opt(_enum(E.ASSESSMENT.field("qualification")))),
                        "updated_at": draw(_iso(moments)),
                    }
                )
            for _ in range(draw(st.integers(0, 3))):
                decisions.append(
                    {
                        "case": draw(case_codes),
                        "meeting": draw(numbers),
                        "decision_type": draw(_enum(E.DECISION.field("decision_type"))),
                        "reasons": draw(texts),
                        "expectations": draw(texts),
                        "referral_target": draw(texts),
                        "escalation_target": draw(texts),
                        "next_review_date": draw(_opt(_iso(days))),
                        "decided_at": draw(_iso(moments)),
                    }
                )
        for _ in range(draw(st.integers(0, 3))):
            actions.append(
                {
                    "case": draw(case_codes),
                    "meeting": draw(_opt(numbers)) if meetings else None,
                    "description": draw(names),
                    "owner_organisation": draw(org_keys),
                    "responsible_member": draw(_opt(member_keys)),
                    "deadline": draw(_iso(days)),
                    "status": draw(_enum(E.ACTION.field("status"))),
                    "created_at": draw(_iso(moments)),
                    "updated_at": draw(_iso(moments)),
                    "updates": [
                        {
                            "at": draw(_iso(moments)),
                            "status": draw(_enum(E.ACTION_UPDATE.field("status"))),
                            "note": draw(texts),
                            "user": draw(st.text(TEXT_CHARS, max_size=100)),
                        }
                        for _ in range(draw(st.integers(0, 2)))
                    ],
                }
            )
        for _ in range(draw(st.integers(0, 2))):
            feedback.append(
                {"case": draw(case_codes), "at": draw(_iso(moments)), "user": draw(texts), "text": draw(texts)}
            )
    settings_doc = draw(
        st.dictionaries(
            st.text(TEXT_CHARS, min_size=1, max_size=20).filter(lambda k: k not in exchange_spec.KNOWN_SETTINGS),
            json_values,
            max_size=3,
        )
    )
    if draw(st.booleans()):
        settings_doc["assessment_domains"] = ["family", "online", "x" * 60]
        settings_doc["language"] = draw(st.sampled_from(exchange_spec.LANGUAGES))
        settings_doc["cell_name"] = draw(texts)
        settings_doc["retention_years"] = draw(st.integers(0, 100))
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": NOW.isoformat(),
        "scope": "vault",
        "generator": exchange.GENERATOR,
        "settings": dict(sorted(settings_doc.items())),
        "organisations": orgs,
        "members": members,
        "cases": cases,
        "meetings": meetings,
        "contributions": contributions,
        "domain_assessments": domain_rows,
        "assessments": assessments,
        "decisions": decisions,
        "actions": actions,
        "referrer_feedback": feedback,
        # Version 2's lists (the generator draws version-1 content; the exporter writes them empty).
        "invitations": [],
        "case_notes": [],
        "case_links": [],
        "feedback_forms": [],
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(doc=documents())
def test_property_generated_documents_round_trip_exactly(
    doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert validate(doc) == []
    folder = tmp_path_factory.mktemp("prop")
    vault = create_vault(folder / "p.vault", PASSPHRASE, kdf=TEST_KDF)
    try:
        ctx = clocked(vault)
        exchange.import_document(ctx, doc)
        exported = exchange.export_vault(ctx)
        assert exported == _with_defaults(doc)
        assert exchange.parse(exchange.dumps(exported)) == (_with_defaults(doc), [])
    finally:
        vault.close()


def _with_defaults(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with the fields it leaves out (version 2's, drawn by nobody) at their defaults."""

    def fill(item: dict[str, Any], e: exchange_spec.EntitySpec) -> dict[str, Any]:
        out = dict(item)
        for f in e.fields:
            if f.name not in out and f.default is not exchange_spec.NOW:
                out[f.name] = f.default
        for c in e.children:
            out[c.key] = [fill(i, c) for i in out.get(c.key, [])]
        return out

    full = dict(doc)
    for e in exchange_spec.ENTITIES:
        if e.key in full:
            full[e.key] = [fill(i, e) for i in full[e.key]]
    if not full.get("invitations"):  # a version-1 invitation (invited_case) is an invitation in version 2
        full["invitations"] = [
            {"meeting": m["number"], "member": a["member"], "case": a["invited_case"]}
            for m in full.get("meetings", [])
            for a in m.get("attendance", [])
            if a.get("invited_case") is not None
        ]
    return full


# -- property-based: mutated documents are refused whole, or imported whole ---------------------


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _small_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """The demo export cut down (fewer cases and items), so a mutation often hits a reference."""
    small = copy.deepcopy(doc)
    keep = {c["code"] for c in small["cases"][:8]}
    small["cases"] = small["cases"][:8]
    for m in small["meetings"]:
        m["agenda"] = [a for a in m["agenda"] if a["case"] in keep | {None}]
        m["attendance"] = [a for a in m["attendance"] if a["invited_case"] in keep | {None}]
        if m["current_item"] not in {a["position"] for a in m["agenda"]}:
            m["current_item"] = None
    for key in ("contributions", "domain_assessments", "assessments", "decisions", "actions", "referrer_feedback"):
        small[key] = [x for x in small[key] if x["case"] in keep][:6]
    listed = {(m["number"], a["member"]) for m in small["meetings"] for a in m["attendance"]}
    small["invitations"] = [
        i for i in small["invitations"] if i["case"] in keep and (i["meeting"], i["member"]) in listed
    ]
    for key in ("case_notes", "feedback_forms"):
        small[key] = [x for x in small[key] if x["case"] in keep]
    small["case_links"] = [x for x in small["case_links"] if {x["case"], x["other_case"]} <= keep]
    assert validate(small) == []
    return small


def _mutated_value(doc: dict[str, Any]) -> st.SearchStrategy[Any]:
    refs = (
        [o["key"] for o in doc["organisations"]]
        + [m["key"] for m in doc["members"]]
        + [c["code"] for c in doc["cases"]]
        + [m["number"] for m in doc["meetings"]]
    )
    return st.one_of(
        json_values,
        st.sampled_from(refs),
        st.just("x" * 20_001),
        st.just("2026-02-30"),
        st.just("\ud800"),
        st.integers(),
        st.just(2**63),
        st.just([]),
        st.just({}),
        st.sampled_from(["open", "closed", "Q2", "police"]),
    )


@st.composite
def mutations(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    paths = list(_paths(doc))[1:]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        parent: Any = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed it
        op = draw(st.sampled_from(("replace", "delete", "duplicate", "rename")))
        if op == "replace":
            parent[path[-1]] = draw(_mutated_value(base))
        elif op == "delete":
            del parent[path[-1]]
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif op == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(("code", "case", "key", "position", "odd", "")))] = parent.pop(path[-1])
    return doc


@pytest.fixture(scope="module")
def small_doc(demo_doc: dict[str, Any]) -> dict[str, Any]:
    return _small_doc(demo_doc)


@pytest.mark.slow
def test_property_mutated_documents_are_all_or_nothing(
    small_doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("mutations")
    vault = create_vault(folder / "empty.vault", PASSPHRASE, kdf=TEST_KDF)
    validator = schema_validator()
    seen = {"valid": 0, "invalid": 0}

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(doc=mutations(small_doc))
    def check(doc: dict[str, Any]) -> None:
        issues = exchange.document_issues(doc)  # never raises, whatever the document
        assert all(isinstance(i, ImportIssue) and i.path.startswith("$") for i in issues)
        if issues:
            seen["invalid"] += 1
            with pytest.raises(ExchangeError):
                exchange.import_document(clocked(vault), doc)
            assert sum(counts(vault).values()) == 0
            return
        seen["valid"] += 1
        assert list(validator.iter_errors(doc)) == [], "the importer accepts what the JSON Schema refuses"
        target = create_vault(folder / f"ok{seen['valid']}.vault", PASSPHRASE, kdf=TEST_KDF)
        try:
            ctx = clocked(target)
            exchange.import_document(ctx, doc)  # a valid document never fails half-way
            assert sum(counts(target).values()) > 0
            again = exchange.export_vault(ctx)
            assert exchange.document_issues(again) == []
        finally:
            target.close()

    try:
        check()
    finally:
        vault.close()
    assert seen["invalid"] > 0 and seen["valid"] > 0, seen


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_property_parse_never_raises(data: bytes) -> None:
    doc, issues = exchange.parse(data)
    if not issues:
        validate(doc)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    doc=st.fixed_dictionaries(
        {"format": st.just(FORMAT), "version": st.just(1)},
        optional={
            k: json_values
            for k in (
                "exported_at",
                "scope",
                "settings",
                "cases",
                "meetings",
                "members",
                "organisations",
                "actions",
                "assessments",
                "x",
            )
        },
    )
)
def test_property_validate_never_raises_on_arbitrary_json(doc: dict[str, Any]) -> None:
    issues = validate(doc)
    assert all(isinstance(i, ImportIssue) and i.path.startswith("$") and i.message for i in issues)


# -- the command line ---------------------------------------------------------------------------


def run_cli(*args: str, stdin: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["LIVCR_DATA_DIR"] = str(cwd)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        [sys.executable, "-m", "livcr_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=180,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def strip_clock(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@pytest.fixture
def demo_vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "cli" / "demo.vault"
    path.parent.mkdir()
    vault = create_vault(path, PASSPHRASE, kdf=TEST_KDF)
    demo.populate(demo.demo_context(vault, TODAY))
    vault.close()
    return path


@pytest.mark.slow
def test_cli_export_import_export(demo_vault_path: Path, tmp_path: Path) -> None:
    cwd = demo_vault_path.parent
    out = cwd / "export.json"
    proc = run_cli("export", "--vault", str(demo_vault_path), "--out", str(out), stdin=PASSPHRASE + "\n", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    assert "30 cases" in proc.stdout and "NOT encrypted" in proc.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    first = json.loads(out.read_text(encoding="utf-8"))
    assert validate(first) == [] and first["scope"] == "vault"

    new_vault = cwd / "copy" / "copy.vault"
    new_passphrase = "een nieuwe lange wachtwoordzin 2026"
    proc = run_cli("import", "--vault", str(new_vault), str(out), stdin=new_passphrase + "\n", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    assert "30 cases" in proc.stdout
    assert key_path_for(new_vault).exists()

    again = cwd / "again.json"
    proc = run_cli("export", "--vault", str(new_vault), "--out", str(again), stdin=new_passphrase + "\n", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    assert strip_clock(json.loads(again.read_text(encoding="utf-8"))) == strip_clock(first)

    case_code = first["cases"][5]["code"]
    one = cwd / "case.json"
    proc = run_cli(
        "export",
        "--vault",
        str(new_vault),
        "--out",
        str(one),
        "--case",
        case_code,
        stdin=new_passphrase + "\n",
        cwd=cwd,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(one.read_text(encoding="utf-8"))["cases"][0]["code"] == case_code
    proc = run_cli(
        "export",
        "--vault",
        str(new_vault),
        "--out",
        str(cwd / "none.json"),
        "--case",
        "LIVC-1999-999",
        stdin=new_passphrase + "\n",
        cwd=cwd,
    )
    assert proc.returncode == 1 and "no case with code" in proc.stderr and not (cwd / "none.json").exists()

    proc = run_cli("import", "--vault", str(new_vault), str(out), stdin=new_passphrase + "\n", cwd=cwd)
    assert proc.returncode == 1 and "empty vault" in proc.stderr
    proc = run_cli("import", "--vault", str(cwd / "x.vault"), str(one), stdin=new_passphrase + "\n", cwd=cwd)
    assert proc.returncode == 1 and "$.scope" in proc.stderr and not (cwd / "x.vault").exists()


@pytest.mark.slow
def test_cli_import_of_a_bad_file_changes_nothing(demo_doc: dict[str, Any], tmp_path: Path) -> None:
    cwd = tmp_path / "cli"
    cwd.mkdir()
    vault = create_vault(cwd / "empty.vault", PASSPHRASE, kdf=TEST_KDF)
    vault.close()
    bad = copy.deepcopy(demo_doc)
    for name in ("unknown-status", "unknown-case", "duplicate-case-code", "30-february"):
        BAD[name][0](bad)
    bad_file = cwd / "bad.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")
    before = snapshot(cwd)
    proc = run_cli("import", "--vault", str(cwd / "empty.vault"), str(bad_file), stdin=PASSPHRASE + "\n", cwd=cwd)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith("livcr-desktop: ") and "4 problem(s); nothing was imported" in lines[0]
    assert sorted(line.split(":")[0].strip() for line in lines[1:]) == sorted(
        p for name in ("unknown-status", "unknown-case", "duplicate-case-code", "30-february") for p, _ in BAD[name][1]
    )
    assert "Traceback" not in proc.stderr
    assert snapshot(cwd) == before  # the vault is byte-identical: it was not even opened

    proc = run_cli("import", "--vault", str(cwd / "new.vault"), str(bad_file), stdin=PASSPHRASE + "\n", cwd=cwd)
    assert proc.returncode == 1 and not (cwd / "new.vault").exists()
    (cwd / "newer.json").write_text(json.dumps({"format": FORMAT, "version": 9}), encoding="utf-8")
    proc = run_cli(
        "import", "--vault", str(cwd / "new.vault"), str(cwd / "newer.json"), stdin=PASSPHRASE + "\n", cwd=cwd
    )
    assert proc.returncode == 1 and "newer version" in proc.stderr and not (cwd / "new.vault").exists()
    proc = run_cli(
        "import", "--vault", str(cwd / "new.vault"), str(cwd / "missing.json"), stdin=PASSPHRASE + "\n", cwd=cwd
    )
    assert proc.returncode == 1 and "cannot read" in proc.stderr
    good = cwd / "good.json"
    good.write_text(json.dumps(demo_doc), encoding="utf-8")
    proc = run_cli("import", "--vault", str(cwd / "short.vault"), str(good), stdin="kort\n", cwd=cwd)
    assert proc.returncode == 1 and "too short" in proc.stderr and not (cwd / "short.vault").exists()


# -- regenerate the committed files -------------------------------------------------------------


def write_generated_files() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        doc = demo_export(Path(folder))
    EXAMPLE.parent.mkdir(parents=True, exist_ok=True)
    EXAMPLE.write_bytes(exchange.dumps(doc))
    SCHEMA_FILE.write_text(exchange_spec.schema_text(), encoding="utf-8")
    text = FORMAT_DOC.read_text(encoding="utf-8")
    head, rest = text.split(TABLES_START, 1)
    tail = rest.split(TABLES_END, 1)[1]
    tables = exchange_spec.field_tables_markdown().strip()
    FORMAT_DOC.write_text(f"{head}{TABLES_START}\n\n{tables}\n\n{TABLES_END}{tail}", encoding="utf-8")
    print(f"wrote {EXAMPLE}, {SCHEMA_FILE} and the field tables of {FORMAT_DOC}")


if __name__ == "__main__":
    write_generated_files()
