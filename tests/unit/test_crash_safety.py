"""Crash safety: a meeting process killed at random moments loses nothing it reported done.

A child process (``tests/helpers/scripted_meeting.py``) runs a scripted live meeting on a real vault and
reports each edit before (PLAN) and after (COMMITTED) its service call. The test SIGKILLs it after
a random number of reported commits or a random delay (which can land while it is still opening
the vault), sometimes twice in a row so that the second process recovers the first one's WAL
itself, and then reopens the vault and checks that:

- ``PRAGMA integrity_check`` is ok and the audit hash chain verifies;
- every stored value is the last one reported committed, or the one planned by a call that was in
  flight at the kill (its commit may have landed before the COMMITTED line was written), and no
  value changed that no call touched; new rows are exactly the reported ones plus at most the one
  in flight, with the planned content;
- what commits together stayed together: a decision and its case's status, an action status and
  its history line, every new row and its audit event;
- the meeting reopens in progress, on the agenda item it was on.

The same vault is used throughout, so the state (and the file) grows from kill to kill.
"""

from __future__ import annotations

import contextlib
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.enums import DecisionType, MeetingStatus
from livcr_desktop.services import meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.helpers.meeting_factory import make_cell, make_meeting
from tests.helpers.scripted_meeting import APPEND_KINDS, MEETING_DAY, NEW, parse_line

REPO_ROOT = Path(__file__).resolve().parents[2]
MASTER_SEED = 4582018  # art. 458 Sw., wet van 30 juli 2018
VERIFICATIONS = 24  # each after one kill, every fourth after two kills in a row: 30 kills
PROGRESS_TIMEOUT = 30.0  # a child that reports nothing this long has hung: fail

Key = tuple[str, str]
MISSING = object()  # a key with no stored row


@dataclass
class Run:
    lines: list[str]
    opened: bool
    returncode: int
    stderr: str
    wal_bytes: int

    @property
    def in_flight(self) -> bool:
        """The kill landed after a PLAN line and before its COMMITTED line."""
        return bool(self.lines) and self.lines[-1].startswith("PLAN ")


@dataclass
class Expectation:
    """What the vault must hold: the last committed value per key plus what was in flight."""

    committed: dict[Key, Any]
    in_flight: dict[Key, list[Any]] = field(default_factory=dict)
    new_rows: dict[str, list[Any]] = field(default_factory=dict)  # planned rows without an id yet

    def feed(self, lines: list[str]) -> None:
        """Take one run's output: PLAN and COMMITTED lines alternate, one call at a time."""
        planned_new = False
        for line in lines:
            parsed = parse_line(line)
            if parsed is None:
                continue
            verb, kind, key, value = parsed
            if verb == "PLAN":
                planned_new = key == NEW
                if planned_new:
                    self.new_rows.setdefault(kind, []).append(value)
                else:
                    self.in_flight.setdefault((kind, key), []).append(value)
            else:
                self.committed[(kind, key)] = value
                self.in_flight.pop((kind, key), None)
                if planned_new:
                    assert self.new_rows[kind].pop() == value
                planned_new = False


# -- reading the vault back ---------------------------------------------------------------------


def snapshot(s: Session) -> dict[Key, Any]:
    """Every stored value the script can change, keyed and shaped as the child reports them."""
    snap: dict[Key, Any] = {}

    def put(key: Key, value: Any) -> None:
        assert key not in snap, f"two rows for {key}"
        snap[key] = value

    for m in s.scalars(select(models.Meeting)):
        put(("meeting_status", str(m.id)), m.status.value)
        put(("current_item", str(m.id)), m.current_item_id)
        items = s.scalars(
            select(models.AgendaItem).where(models.AgendaItem.meeting_id == m.id).order_by(models.AgendaItem.position)
        ).all()
        assert [i.position for i in items] == list(range(len(items))), "agenda positions not contiguous"
        put(("agenda_order", str(m.id)), [i.id for i in items])
        for i in items:
            put(("elapsed", str(i.id)), i.elapsed_seconds)
    invited = {a: c for a, c in s.execute(select(models.AttendanceCase.attendance_id, models.AttendanceCase.case_id))}
    for at in s.scalars(select(models.Attendance)):
        put(
            ("attendance", f"{at.meeting_id}/{at.member_id}"),
            {
                "status": at.status.value,
                "invited_case_id": invited.get(at.id, at.invited_case_id),
                "acknowledged": at.acknowledged_at is not None,
            },
        )
    for da in s.scalars(select(models.DomainAssessment)):
        put(
            ("domain", f"{da.case_id}/{da.meeting_id}/{da.life_domain}"),
            {
                "concern_level": da.concern_level,
                "risk_factors": da.risk_factors,
                "protective_factors": da.protective_factors,
            },
        )
    for r in s.scalars(select(models.Assessment)):
        put(
            ("assessment", f"{r.case_id}/{r.meeting_id}"),
            {"summary": r.summary, "qualification": None if r.qualification is None else r.qualification.value},
        )
    for c in s.scalars(select(models.Contribution)):
        put(
            ("contribution", str(c.id)),
            {
                "case_id": c.case_id,
                "meeting_id": c.meeting_id,
                "organisation_id": c.organisation_id,
                "member_id": c.member_id,
                "life_domain": c.life_domain,
                "text": c.text,
                "professional_secrecy": c.professional_secrecy,
                "no_projection": c.no_projection,
                "confirmed": c.confirmed,
                "declines_to_share": c.declines_to_share,
                "in_minutes": c.in_minutes,
            },
        )
    for d in s.scalars(select(models.Decision)):
        put(
            ("decision", str(d.id)),
            {
                "case_id": d.case_id,
                "meeting_id": d.meeting_id,
                "decision_type": d.decision_type.value,
                "reasons": d.reasons,
                "expectations": d.expectations,
                "referral_target": d.referral_target,
                "escalation_target": d.escalation_target,
                "next_review_date": None if d.next_review_date is None else d.next_review_date.isoformat(),
            },
        )
    latest_update = {u.action_id: u for u in s.scalars(select(models.ActionUpdate).order_by(models.ActionUpdate.id))}
    for a in s.scalars(select(models.Action)):
        put(
            ("action", str(a.id)),
            {
                "case_id": a.case_id,
                "meeting_id": a.meeting_id,
                "description": a.description,
                "owner_organisation_id": a.owner_organisation_id,
                "responsible_member_id": a.responsible_member_id,
                "deadline": a.deadline.isoformat(),
                "status": a.status.value,
                "note": latest_update[a.id].note,
            },
        )
    return snap


def case_states(s: Session) -> dict[int, tuple[Any, ...]]:
    return {c.id: (c.status, c.next_review_date, c.closed_on) for c in s.scalars(select(models.Case))}


def check_invariants(s: Session, cases_at_setup: dict[int, tuple[Any, ...]]) -> list[str]:
    """What one transaction writes together is found together."""
    problems = []
    # A decision and the case status that follows it.
    latest: dict[int, models.Decision] = {
        d.case_id: d for d in s.scalars(select(models.Decision).order_by(models.Decision.id))
    }
    for case_id, (status, review, closed_on) in case_states(s).items():
        d = latest.get(case_id)
        if d is None:
            want = cases_at_setup[case_id]
        else:
            # "bijkomende informatie" keeps a discussed case's status (the status before is not stored: the
            # case's own status stands for it; every other type sets its status whatever came before)
            st = decision_rules.resulting_status(DecisionType(d.decision_type), status)
            want = (st, None if st.is_closed else d.next_review_date, MEETING_DAY if st.is_closed else None)
        if (status, review, closed_on) != want:
            problems.append(f"case {case_id} is {(status, review, closed_on)}, its last decision says {want}")
    # An action's status and its history; each status change and its audit event.
    updates: dict[int, list[models.ActionUpdate]] = {}
    for u in s.scalars(select(models.ActionUpdate).order_by(models.ActionUpdate.id)):
        updates.setdefault(u.action_id, []).append(u)
    events = s.scalars(select(models.AuditEvent)).all()
    creates = Counter((e.entity, e.entity_id) for e in events if e.action == "create")
    action_updates = Counter(e.entity_id for e in events if e.action == "update" and e.entity == "action")
    for a in s.scalars(select(models.Action)):
        if updates[a.id][-1].status != a.status:
            problems.append(f"action {a.id} is {a.status}, its last history line says {updates[a.id][-1].status}")
        if action_updates[a.id] != len(updates[a.id]) - 1:
            problems.append(f"action {a.id}: {len(updates[a.id])} history lines, {action_updates[a.id]} audit updates")
    # Every new row and its audit event, both or neither.
    for model, entity in (
        (models.Contribution, "contribution"),
        (models.Decision, "decision"),
        (models.Action, "action"),
    ):
        ids = set(s.scalars(select(model.id)))
        audited = {i for (e, i), n in creates.items() if e == entity and n == 1 and i is not None}
        if ids != audited:
            problems.append(
                f"{entity}: rows without audit {sorted(ids - audited)}, audit without rows {sorted(audited - ids)}"
            )
    for graded, entity in ((models.DomainAssessment, "domain_assessment"), (models.Assessment, "assessment")):
        audited_ids = {e.entity_id for e in events if e.entity == entity}
        missing = set(s.scalars(select(graded.id))) - audited_ids
        if missing:
            problems.append(f"{entity} rows without audit: {sorted(missing)}")
    return problems


def compare(snap: dict[Key, Any], exp: Expectation, stats: Counter[str]) -> list[str]:
    problems = []
    unclaimed = {kind: list(rows) for kind, rows in exp.new_rows.items()}
    for key in sorted(set(snap) | set(exp.committed) | set(exp.in_flight)):
        got = snap.get(key, MISSING)
        before = exp.committed.get(key, MISSING)
        planned = exp.in_flight.get(key, [])
        if got == before:  # MISSING == MISSING: identity
            if any(p != before for p in planned):
                stats["in-flight call rolled back (old value kept)"] += 1
            continue
        if got is not MISSING and got in planned:
            stats["in-flight call committed before its COMMITTED line (planned value found)"] += 1
            continue
        if before is MISSING and key[0] in APPEND_KINDS and got in unclaimed.get(key[0], []):
            unclaimed[key[0]].remove(got)
            stats["in-flight call committed before its COMMITTED line (planned row found)"] += 1
            continue
        problems.append(
            f"{key}: stored {'<missing>' if got is MISSING else got!r}, "
            f"last committed {'<missing>' if before is MISSING else before!r}, in flight {planned!r}"
        )
    stats["in-flight new row absent (rolled back or never written)"] += sum(len(v) for v in unclaimed.values())
    return problems


# -- the child process --------------------------------------------------------------------------


def run_child(
    vault_path: Path,
    seed: int,
    commits: int | None,
    delay: float | None,
    jitter: float,
    err_path: Path,
) -> Run:
    """Start the scripted meeting; SIGKILL it ``jitter`` seconds after its ``commits``-th COMMITTED line
    (so that the kill lands anywhere in the next call, not always at its start) or after ``delay`` seconds."""
    env = {**os.environ, "LIVCR_DATA_DIR": str(vault_path.parent), "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "tests.helpers.scripted_meeting", str(vault_path), str(seed)]
    data = b""
    committed = 0
    with (
        err_path.open("wb") as err,
        subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            bufsize=0,
        ) as proc,
    ):
        assert proc.stdin is not None and proc.stdout is not None
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.write(PASSPHRASE.encode() + b"\n")
        proc.stdin.close()
        fd = proc.stdout.fileno()
        start = time.monotonic()
        deadline = start + (delay if delay is not None else PROGRESS_TIMEOUT)
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while (commits is None or committed < commits) and (left := deadline - time.monotonic()) > 0:
                if not sel.select(left):
                    continue
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break  # the child ended on its own: a failure, reported below
                data += chunk
                committed = data.count(b"\nCOMMITTED ")
        if delay is None and committed < (commits or 0) and time.monotonic() >= deadline:
            proc.kill()
            pytest.fail(f"the child reported {committed} of {commits} commits in {PROGRESS_TIMEOUT} s")
        if delay is None:
            time.sleep(jitter)
        proc.kill()
        # What the child wrote before it died is still in the pipe.
        while chunk := os.read(fd, 1 << 16):
            data += chunk
        returncode = proc.wait()
    wal = vault_path.with_name(vault_path.name + "-wal")
    text = data.decode("utf-8")
    assert text == "" or text.endswith("\n"), f"a half-written line reached the pipe: {text[-200:]!r}"
    lines = text.splitlines()
    return Run(
        lines=lines,
        opened=bool(lines) and lines[0].startswith("OPENED "),
        returncode=returncode,
        stderr=err_path.read_text(errors="replace"),
        wal_bytes=wal.stat().st_size if wal.exists() else 0,
    )


def setup_meeting(vault_path: Path) -> tuple[int, dict[int, tuple[Any, ...]]]:
    vault = create_vault(vault_path, PASSPHRASE, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(vault, "voorzitter", today=lambda: TODAY, now=lambda: datetime(2026, 11, 21, 9, 0))
        cell = make_cell(ctx)
        mid = make_meeting(ctx, cell, MEETING_DAY)
        meetings.add_agenda_item(ctx, mid, case_id=cell.cases["later"])
        meetings.add_agenda_item(ctx, mid, case_id=cell.cases["pseudo"])
        meetings.add_agenda_item(ctx, mid, title="Varia: nieuwe omzendbrief", position=1)
        with vault.session() as s:
            return mid, case_states(s)
    finally:
        vault.close()


@pytest.mark.slow
def test_killed_meeting_reopens_where_it_was(tmp_path: Path, data_dir: Path) -> None:
    vault_path = data_dir / "crash.vault"
    mid, cases_at_setup = setup_meeting(vault_path)
    rng = random.Random(MASTER_SEED)
    stats: Counter[str] = Counter()
    vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    with vault.session() as s:
        committed = snapshot(s)
        logins = sum(1 for e in s.scalars(select(models.AuditEvent)) if e.action == "login")
    vault.close()
    runs = 0
    t0 = time.monotonic()
    for verification in range(VERIFICATIONS):
        exp = Expectation(dict(committed))
        batch: list[Run] = []
        # One kill, or two in a row: then the second child recovers the first one's WAL itself,
        # and is killed early, often while it is still opening the vault.
        plans: list[tuple[int | None, float | None]] = [(rng.randint(5, 200), None)]
        if verification % 4 == 3:
            plans.append((None, rng.uniform(0.05, 1.0)))
        elif verification % 4 == 1:
            plans = [(None, rng.uniform(0.05, 1.5))]  # by time: lands anywhere, startup included
        for commits, delay in plans:
            runs += 1
            run = run_child(
                vault_path, 1000 + runs, commits, delay, rng.uniform(0, 0.002), tmp_path / f"child-{runs}.err"
            )
            assert run.returncode == -signal.SIGKILL, (
                f"run {runs} ended by itself (rc {run.returncode}):\n{run.stderr}\n" + "\n".join(run.lines[-5:])
            )
            assert run.stderr == "", f"run {runs} wrote to stderr:\n{run.stderr}"
            exp.feed(run.lines)
            batch.append(run)
            stats["kills"] += 1
            stats["kills during startup (vault not yet open)"] += not run.opened
            stats["kills with a service call in flight"] += run.in_flight
            stats["kills with an un-checkpointed WAL left behind"] += run.wal_bytes > 0
            stats["COMMITTED lines"] += sum(line.startswith("COMMITTED ") for line in run.lines)

        vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
        try:
            assert vault.integrity_check() == "ok", f"after run {runs}"
            with vault.session() as s:
                chain = audit.verify_chain(s)
                assert chain.ok, f"after run {runs}: audit chain broken at {chain.first_broken_id}: {chain.reason}"
                snap = snapshot(s)
                problems = check_invariants(s, cases_at_setup) + compare(snap, exp, stats)
                now_logins = sum(1 for e in s.scalars(select(models.AuditEvent)) if e.action == "login")
            assert not problems, f"after run {runs}:\n" + "\n".join(problems)
            # Every child that reported the vault open had recorded its login, none recorded two.
            assert sum(r.opened for r in batch) <= now_logins - logins <= len(batch)
            logins = now_logins
            # "Reopening the vault shows the meeting where it was", through the services as the app does.
            ctx = ServiceContext(vault, "voorzitter")
            meeting = meetings.get_meeting(ctx, mid)
            where = ("current_item", str(mid))
            if exp.committed[("meeting_status", str(mid))] == MeetingStatus.IN_PROGRESS.value:
                assert meeting.status is MeetingStatus.IN_PROGRESS
            assert meeting.current_item_id in [exp.committed[where], *exp.in_flight.get(where, [])]
            assert meeting.current_item_id == snap[where]
        finally:
            vault.close()
        committed = snap

    elapsed = time.monotonic() - t0
    assert stats["kills"] >= 20
    assert committed[("meeting_status", str(mid))] == MeetingStatus.IN_PROGRESS.value
    assert committed[("current_item", str(mid))] is not None
    assert stats["COMMITTED lines"] > 1000
    # Sanity of the harness itself: the kills did land while a call was running.
    assert stats["kills with a service call in flight"] >= 5, stats
    print(
        f"\ncrash safety: {stats['kills']} kills in {elapsed:.1f} s, "
        f"{len([k for k in committed if k[0] == 'contribution'])} contributions stored"
    )
    for name, n in sorted(stats.items()):
        print(f"  {name}: {n}")
