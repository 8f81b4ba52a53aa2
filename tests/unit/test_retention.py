"""Retention: due cases listed by the cell's period; erased or anonymised text is gone from the file.

The vault is encrypted, so searching its bytes proves nothing. These tests decrypt *every page* of
the database file (SQLCipher 4: AES-256-CBC per page under the raw key, IV in the page's reserved
tail), free pages included, and search the plaintext for the canary: that is what shows that the
erasure and ``secure_delete`` left nothing behind. A control shows the same search does find
deleted text when ``secure_delete`` is off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import Enum, String, Table, func, select, text, update

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    ActionStatus,
    CaseLinkKind,
    CaseNoteKind,
    CaseStatus,
    DecisionType,
    DraftKind,
    Phenomenon,
    Qualification,
)
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.domain.outgoing import FeedbackFormFields
from livcr_desktop.domain.roles import PermissionDenied, Role
from livcr_desktop.services import (
    assessment,
    audit_log,
    case_links,
    case_notes,
    cases,
    decisions,
    drafts,
    feedback_form,
    meetings,
    minutes,
    retention,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.storage.engine import open_raw
from livcr_desktop.storage.keyslots import KeyFile
from livcr_desktop.storage.vault import Vault, key_path_for
from tests.conftest import PASSPHRASE, TODAY
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.unit.test_vault import leaks, needle_forms

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY = "Qzxretentie-kanarie-6b1d"  # one canary, planted in every kind of field
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: page size, reserved bytes (16 IV + 64 HMAC)
LONG_AGO = date(2020, 6, 1)  # closed then: past a 5-year period on TODAY (2026-11-21)


# -- reading the database file in the clear ------------------------------------------------------


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 starts with the salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def plaintext_of(db_path: Path, key: bytes) -> bytes:
    """Every page of the database file and of its WAL (if any), decrypted."""
    data = db_path.read_bytes()
    out = [_decrypt_page(key, data[i : i + PAGE], i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        for i in range(0, len(frames) - (24 + PAGE) + 1, 24 + PAGE):
            page_no = int.from_bytes(frames[i : i + 4], "big")
            out.append(_decrypt_page(key, frames[i + 24 : i + 24 + PAGE], page_no == 1))
    return b"".join(out)


def found_in_plaintext(db_path: Path, secret: str = CANARY, passphrase: str = PASSPHRASE) -> list[bytes]:
    key, _slot = KeyFile.load(key_path_for(db_path)).unlock_with_passphrase(passphrase)
    clear = plaintext_of(db_path, key)
    return [form for form in needle_forms(secret) if form in clear]


def test_decryption_reads_the_schema(vault: Vault) -> None:
    """Self-test of the page decryption: table names appear in the clear."""
    path = vault.path
    vault.close()
    key, _ = KeyFile.load(key_path_for(path)).unlock_with_passphrase(PASSPHRASE)
    clear = plaintext_of(path, key)
    assert b"CREATE TABLE case_file" in clear and b"audit_event" in clear


# -- the cases -----------------------------------------------------------------------------------


def ctx_on(v: Vault, today: date = TODAY, role: Role = Role.CHAIR) -> ServiceContext:
    return ServiceContext(v, "voorzitter", today=lambda: today, now=lambda: datetime(2026, 11, 21, 14, 0), role=role)


def canary_case(ctx: ServiceContext, cell: Cell, mid: int, code: str = "LIVC-2019-001") -> int:
    """A case with the canary in its identity, notes, a restricted contribution, assessment texts,
    decision reasons, an action and its follow-up note, and the feedback to the signal giver."""
    case_id = cases.create_case(
        ctx,
        CaseDraft(
            code=code,
            pseudonym="Kanariepseudo",
            first_name=CANARY,
            last_name=CANARY + "-achternaam",
            birth_date=date(2004, 2, 3),
            screening_notes=f"Notitie {CANARY}",
            phenomenon=Phenomenon.EXTREMISM,
            registration_date=date(2019, 1, 10),
        ),
    )
    meetings.add_agenda_item(ctx, mid, case_id=case_id)
    assessment.add_contribution(
        ctx,
        ContributionDraft(
            case_id,
            mid,
            cell.orgs["OCMW"],
            "family",
            f"Inbreng {CANARY}",
            professional_secrecy=True,
            no_projection=True,
            in_minutes=False,
        ),
    )
    assessment.set_domain_assessment(
        ctx,
        case_id,
        mid,
        "family",
        risk_factors=f"Risico {CANARY}",
        protective_factors=f"Bescherming {CANARY}",
        concern_level=2,
    )
    assessment.set_assessment(ctx, case_id, mid, summary=f"Samenvatting {CANARY}", qualification=Qualification.Q2)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            case_id,
            mid,
            DecisionType.START_FOLLOW_UP,
            reasons=f"Reden {CANARY}",
            expectations=f"Verwachting {CANARY}",
            next_review_date=date(2027, 1, 20),
        ),
    )
    aid = decisions.add_action(
        ctx, ActionDraft(case_id, mid, f"Actie {CANARY}", cell.orgs["PZ"], None, date(2026, 12, 20))
    )
    decisions.set_action_status(ctx, aid, ActionStatus.DONE, note=f"Opvolging {CANARY}")
    with ctx.vault.session() as s:
        s.add(
            models.ReferrerFeedback(
                case_id=case_id, at=datetime(2026, 11, 21, 15, 0), user="voorzitter", text=f"Terugkoppeling {CANARY}"
            )
        )
    # Version 2's rows: a dated note, a link to another case, a draft, a feedback form.
    case_notes.add_note(ctx, case_id, CaseNoteKind.SCREENING, date(2019, 2, 1), f"Nota {CANARY}")
    case_links.link_cases(ctx, case_id, cell.cases["due"], CaseLinkKind.FAMILY, f"Broer {CANARY}")
    drafts.save_draft(ctx, mid, case_id, DraftKind.CONTRIBUTION, {"text": f"Half getypt {CANARY}"})
    feedback_form.compose_form(ctx, mid, case_id)
    feedback_form.update_form(
        ctx,
        mid,
        case_id,
        FeedbackFormFields(f"PV {CANARY}", True, f"Richting {CANARY}", f"Contact {CANARY}", date(2026, 11, 21)),
    )
    return case_id


def close_long_ago(v: Vault, case_id: int) -> None:
    cases.restore_status(ctx_on(v, LONG_AGO), case_id, CaseStatus.CLOSED, None)


@pytest.fixture
def scene(vault: Vault, ctx: ServiceContext) -> tuple[Cell, int, int]:
    """A cell, a meeting (closed, not finalised), the canary case closed in 2020, and other cases."""
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell, propose=False)
    meetings.start_meeting(ctx, mid)
    case_id = canary_case(ctx, cell, mid)
    item = next(e.id for e in meetings.get_meeting(ctx, mid).agenda if e.case_id == case_id)
    with vault.session() as s:
        s.get_one(models.Meeting, mid).current_item_id = item
    close_long_ago(vault, case_id)
    close_long_ago(vault, cell.cases["later"])  # due too, but not chosen
    return cell, mid, case_id


def rows_about(v: Vault, case_id: int) -> dict[str, int]:
    counts = {}
    with v.session() as s:
        for model in (
            models.Contribution,
            models.DomainAssessment,
            models.Assessment,
            models.Decision,
            models.Action,
            models.AgendaItem,
            models.ReferrerFeedback,
        ):
            counts[model.__tablename__] = int(
                s.scalar(select(func.count()).select_from(model).where(model.case_id == case_id)) or 0
            )
        counts["case_file"] = int(
            s.scalar(select(func.count()).select_from(models.Case).where(models.Case.id == case_id)) or 0
        )
        counts["search_index"] = int(
            s.execute(text("SELECT count(*) FROM search_index WHERE case_id = :c"), {"c": case_id}).scalar() or 0
        )
    return counts


# -- what is due ---------------------------------------------------------------------------------


def test_due_cases_follow_the_cells_period(vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]) -> None:
    cell, _mid, case_id = scene
    assert retention.retention_years(ctx) == 5
    due = retention.due_cases(ctx)
    assert {d.id for d in due} == {case_id, cell.cases["later"]}
    first = next(d for d in due if d.id == case_id)
    assert first.closed_on == LONG_AGO and first.due_since == date(2025, 6, 1) and first.status is CaseStatus.CLOSED
    # Closed four years ago: not yet due; an open case never is.
    cases.restore_status(ctx_on(vault, date(2022, 12, 1)), cell.cases["pseudo"], CaseStatus.CLOSED, None)
    assert cell.cases["pseudo"] not in {d.id for d in retention.due_cases(ctx)}
    assert cell.cases["due"] not in {d.id for d in retention.due_cases(ctx)}
    retention.set_retention_years(ctx, 3)
    assert cell.cases["pseudo"] in {d.id for d in retention.due_cases(ctx)}
    retention.set_retention_years(ctx, 10)
    assert retention.due_cases(ctx) == []
    with pytest.raises(ValueError):
        retention.set_retention_years(ctx, 0)


def test_not_due_is_refused_and_nothing_changes(
    vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]
) -> None:
    cell, _mid, case_id = scene
    before = rows_about(vault, cell.cases["due"])
    with pytest.raises(retention.NotDueError):
        retention.erase_cases(ctx, [case_id, cell.cases["due"]])
    assert rows_about(vault, case_id)["case_file"] == 1 and rows_about(vault, cell.cases["due"]) == before


def test_only_the_chair(vault: Vault, scene: tuple[Cell, int, int]) -> None:
    _cell, _mid, case_id = scene
    secretary = ctx_on(vault, role=Role.SECRETARY)
    for call in (
        retention.due_cases,
        lambda c: retention.erase_cases(c, [case_id]),
        lambda c: retention.anonymise_cases(c, [case_id]),
        lambda c: retention.set_retention_years(c, 2),
    ):
        with pytest.raises(PermissionDenied):
            call(secretary)


# -- erase ---------------------------------------------------------------------------------------


def test_erase_removes_everything_about_the_case(
    vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]
) -> None:
    cell, mid, case_id = scene
    path = vault.path
    others_before = {k: rows_about(vault, cell.cases[k]) for k in ("due", "later", "pseudo")}
    assert all(rows_about(vault, case_id)[t] for t in ("contribution", "decision", "action", "agenda_item"))
    vault.close()
    assert found_in_plaintext(path), "control: before erasure the canary is in the decrypted file"
    v = Vault.open_with_passphrase(path, PASSPHRASE)
    ctx = ctx_on(v)
    result = retention.erase_cases(ctx, [case_id])
    assert result.action == "erase" and result.codes == ("LIVC-2019-001",) and result.checkpointed
    assert result.rows["case_file"] == 1 and result.rows["action_update"] >= 1 and result.minutes_kept == 0
    assert set(rows_about(v, case_id).values()) == {0}
    assert {k: rows_about(v, cell.cases[k]) for k in ("due", "later", "pseudo")} == others_before
    with v.session() as s:
        assert s.get_one(models.Meeting, mid).current_item_id is None
        event = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
        assert event is not None and event.action == "erase" and event.entity_id == case_id
        assert json.loads(event.detail)["code"] == "LIVC-2019-001"
        all_details = " ".join(s.scalars(select(models.AuditEvent.detail)))
    assert CANARY not in all_details
    assert audit_log.check_vault(v).ok
    assert case_id not in {d.id for d in retention.due_cases(ctx)}
    # Before closing: the canary is gone from the database file and the WAL, decrypted.
    assert found_in_plaintext(path) == []
    v.close()
    assert found_in_plaintext(path) == []
    assert leaks(path.parent, [CANARY]) == []


def test_the_search_is_meaningful_without_secure_delete(
    vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]
) -> None:
    """Control: deleting with secure_delete OFF leaves the text in free pages, and the search finds it."""
    _cell, _mid, case_id = scene
    path = vault.path
    vault.close()
    key, _ = KeyFile.load(key_path_for(path)).unlock_with_passphrase(PASSPHRASE)
    conn = open_raw(path, key)
    conn.execute("PRAGMA secure_delete = OFF")
    conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 0)")
    for table in ("contribution", "referrer_feedback"):
        conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert b"Inbreng " + CANARY.encode() in plaintext_of(path, key)


def test_erase_keeps_the_finalised_minutes_and_says_so(
    vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]
) -> None:
    _cell, mid, case_id = scene
    minutes.finalise(ctx, mid)
    due = next(d for d in retention.due_cases(ctx) if d.id == case_id)
    assert due.minutes_meetings == 1
    with vault.session() as s:
        docs = s.scalar(select(func.count()).select_from(models.MinutesDocument)) or 0
    result = retention.erase_cases(ctx, [case_id])
    assert result.minutes_kept == 1
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(models.MinutesDocument)) == docs  # the record stays
    path = vault.path
    vault.close()
    # The restricted contribution was never printed: it is gone everywhere.
    assert found_in_plaintext(path, f"Inbreng {CANARY}") == []


def test_erase_from_the_command_line(vault: Vault, scene: tuple[Cell, int, int], data_dir: Path) -> None:
    path = vault.path
    vault.close()
    listed = run_cli(data_dir, "retention", "--vault", str(path))
    assert listed.returncode == 0, listed.stderr
    assert "LIVC-2019-001\tclosed\tclosed 2020-06-01" in listed.stdout
    unconfirmed = run_cli(data_dir, "retention", "--vault", str(path), "--erase", "LIVC-2019-001")
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    erased = run_cli(data_dir, "retention", "--vault", str(path), "--erase", "LIVC-2019-001", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.startswith("erased: LIVC-2019-001")
    assert found_in_plaintext(path) == []


# -- anonymise -----------------------------------------------------------------------------------


def test_anonymise_keeps_statistics_and_removes_the_text(
    vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]
) -> None:
    _cell, mid, case_id = scene
    result = retention.anonymise_cases(ctx, [case_id])
    assert result.action == "anonymise" and result.rows["case_file"] == 1 and result.rows["contribution"] == 1
    with vault.session() as s:
        case = s.get_one(models.Case, case_id)
        assert (case.code, case.pseudonym, case.first_name, case.last_name, case.birth_date, case.screening_notes) == (
            "LIVC-2019-001",
            retention.ANONYMISED,
            "",
            "",
            None,
            "",
        )
        assert (case.phenomenon, case.status, case.closed_on, case.registration_date) == (
            Phenomenon.EXTREMISM,
            CaseStatus.CLOSED,
            LONG_AGO,
            date(2019, 1, 10),
        )
        a = s.scalar(select(models.Assessment).where(models.Assessment.case_id == case_id))
        assert a is not None and a.qualification is Qualification.Q2 and a.summary == ""
        d = s.scalar(select(models.DomainAssessment).where(models.DomainAssessment.case_id == case_id))
        assert d is not None and d.concern_level == 2 and d.risk_factors == d.protective_factors == ""
        assert s.scalar(select(models.Contribution.text).where(models.Contribution.case_id == case_id)) == ""
        assert (
            s.scalar(select(func.count()).select_from(models.Decision).where(models.Decision.case_id == case_id)) == 1
        )
        event = s.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
        assert event is not None and event.action == "anonymise"
    assert case_id not in {d.id for d in retention.due_cases(ctx)}  # done: no longer listed
    assert meetings.get_meeting(ctx, mid) is not None
    path = vault.path
    vault.close()
    assert found_in_plaintext(path) == []
    assert found_in_plaintext(path, CANARY + "-achternaam") == []


def test_no_case_text_in_audit_details(vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]) -> None:
    cell, mid, _case_id = scene
    aid = decisions.add_action(
        ctx, ActionDraft(cell.cases["due"], mid, "eerst", cell.orgs["PZ"], None, date(2026, 12, 20))
    )
    decisions.update_action(
        ctx, aid, ActionDraft(cell.cases["due"], mid, f"Later {CANARY}", cell.orgs["PZ"], None, date(2026, 12, 20))
    )
    with vault.session() as s:
        assert CANARY not in " ".join(s.scalars(select(models.AuditEvent.detail)))


def run_cli(data_dir: Path, *args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIVCR_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        [sys.executable, "-m", "livcr_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=data_dir,
        timeout=120,
        check=False,
    )


# -- anonymise: every free text tied to a case is classified, and the blanked ones are blank --------


def _text_columns(table: Table) -> list[str]:
    """The columns that can hold free text: String and Text, not enumerations (closed sets)."""
    return [c.name for c in table.columns if isinstance(c.type, String) and not isinstance(c.type, Enum)]


def _tables_tied_to_a_case() -> list[Table]:
    """Walked here on its own (not with the code under test): case_file, and every table with a
    foreign key to a table already found, until nothing is added."""
    tables = models.Base.metadata.tables
    found = [tables["case_file"]]
    grew = True
    while grew:
        grew = False
        for table in tables.values():
            if table not in found and any(fk.column.table in found for fk in table.foreign_keys):
                found.append(table)
                grew = True
    return found


def test_every_text_column_tied_to_a_case_is_kept_or_blanked() -> None:
    tied = _tables_tied_to_a_case()
    names = {t.name for t in tied}
    # through meeting items, decisions, actions, contributions, ...: the walk reaches the follow-up history
    assert {"agenda_item", "decision", "action", "action_update", "contribution", "referrer_feedback"} <= names
    assert {t.name for t in retention.case_tables()} == names
    unclassified, both, unknown = [], [], []
    for table in tied:
        blanked = set(retention.BLANKED.get(table.name, {}))
        kept = set(retention.KEPT.get(table.name, frozenset()))
        for column in _text_columns(table):
            if column not in blanked and column not in kept:
                unclassified.append(f"{table.name}.{column}")
        both += [f"{table.name}.{c}" for c in blanked & kept]
        unknown += [f"{table.name}.{c}" for c in (blanked | kept) - set(table.columns.keys())]
    assert unclassified == [], "classify these in retention.BLANKED or retention.KEPT"
    assert both == [] and unknown == []
    assert set(retention.BLANKED) | set(retention.KEPT) <= names


def test_anonymise_blanks_a_canary_in_every_blanked_column(
    vault: Vault, ctx: ServiceContext, scene: tuple[Cell, int, int]
) -> None:
    """A canary in every BLANKED text column of every row of the case (agenda item titles, referral
    and escalation targets included); after anonymising, no row of any table holds one, and the
    decrypted database file does not either."""
    cell, _mid, case_id = scene
    other = cell.cases["due"]
    with vault.session() as s:
        s.execute(
            update(models.AgendaItem).where(models.AgendaItem.case_id == case_id).values(title=f"Agendapunt {CANARY}")
        )
        planted: dict[str, int] = {}
        ids: dict[str, set[int]] = {}
        for table in _tables_tied_to_a_case():
            pk = next(iter(table.primary_key.columns))
            if table.name == "case_file":
                ids[table.name] = {case_id}
            else:
                ids[table.name] = {
                    i
                    for fk in table.foreign_keys
                    if fk.column.table.name in ids
                    for i in s.scalars(select(pk).where(fk.parent.in_(ids[fk.column.table.name])))
                }
            columns = [c for c in _text_columns(table) if c in retention.BLANKED.get(table.name, {})]
            if columns and ids[table.name]:
                s.execute(
                    update(table)
                    .where(pk.in_(ids[table.name]))
                    .values({c: f"{CANARY}-{table.name}-{c}" for c in columns})
                )
                planted[table.name] = len(ids[table.name])
    # every table with a blanked text column got its canary
    assert set(planted) == {
        t
        for t, cols in retention.BLANKED.items()
        if any(isinstance(models.Base.metadata.tables[t].c[c].type, String) for c in cols)
    }
    before_other = rows_about(vault, other)
    result = retention.anonymise_cases(ctx, [case_id])
    assert result.rows["agenda_item"] >= 1 and result.rows["decision"] == 1
    with vault.session() as s:
        left = []
        for table in models.Base.metadata.sorted_tables:
            for column in _text_columns(table):
                col = table.c[column]
                n = s.scalar(select(func.count()).select_from(table).where(col.contains(CANARY)))
                if n:
                    left.append(f"{table.name}.{column}")
        case = s.get_one(models.Case, case_id)
        assert (case.code, case.pseudonym) == ("LIVC-2019-001", retention.ANONYMISED)
        decision = s.scalars(select(models.Decision).where(models.Decision.case_id == case_id)).one()
        assert decision.decision_type is DecisionType.START_FOLLOW_UP  # kept for statistics
        assert decision.referral_target == decision.escalation_target == ""
    assert left == []
    assert rows_about(vault, other) == before_other  # other cases untouched
    path = vault.path
    vault.close()
    assert found_in_plaintext(path) == []
