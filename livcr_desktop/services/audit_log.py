"""The audit trail as a service: checking the chain against its recorded head, failed logins, locks.

Events are appended by every service in the same transaction as the change they describe
(``storage.audit.append``); each event's SHA-256 covers the previous one's, so an edited, deleted
or reordered row breaks the chain where :func:`storage.audit.verify_chain` says.

Deleting the *last* rows leaves a shorter chain that is still intact. Against that the vault
records the chain's head (event count, last id, last hash) when it closes, locks, backs up or
rotates its key: in the ``setting`` table and in the key file, authenticated with an HMAC under a
key derived from the database key (``Vault.record_audit_head``). :func:`check_vault` reports
"events missing at the end" when the table is shorter than a recorded head, and "rewritten" when
the event at the recorded head has another hash. Backups carry their own copy of the head, which is
checked too. Limits (see ``docs/security.md``): whoever holds the database key can rewrite the
table, the setting and the key file consistently; the backups kept elsewhere are then the witness.

The recorded head is a high-water mark (``Vault.record_audit_head``): closing never lowers it. When
the chain no longer reaches it, an ``audit_truncated`` event is appended (once per head) and reported
by :func:`check_vault` and at every login (:func:`open_truncations`) until an administrator
acknowledges it with a reason (:func:`acknowledge_truncations`). At login the newest backup's head is
compared too, so a vault and key file copied back from an older state are noticed
(:func:`note_audit_gaps`).

Failed logins cannot be written when they happen (the vault is locked without its key): they are
recorded beside the vault in ``<vault>.attempts`` (times only, owner-only, written durably), so every
process sees them and the growing delay survives a restart, and appended at the next successful
login. Where that file cannot be written they are kept in memory (:class:`FailedLoginMemory`).
Limit: whoever may delete files in the vault's folder can delete the record; that resets the delay
and hides those attempts from the trail.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, select

from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, durable, models
from livcr_desktop.storage.keyslots import KeyFile
from livcr_desktop.storage.vault import (
    AUDIT_HEAD_SETTING,
    TRUNCATION_ACK_ACTION,
    TRUNCATION_ACTION,
    AuditHead,
    Vault,
)

FAILED_LOGIN: Final = "failed_login"
LOCK: Final = "lock"
UNKNOWN_USER: Final = "?"  # who typed a wrong passphrase is not known
ATTEMPTS_FORMAT: Final = "livcr-desktop-attempts"
MAX_ATTEMPTS_KEPT: Final = 1000

_log = logging.getLogger(__name__)


def attempts_path_for(vault_path: Path) -> Path:
    """``<vault>.attempts``: the wrong passphrases typed for this vault since its last login (times only)."""
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + ".attempts")


def read_attempts(vault_path: Path) -> list[datetime]:
    """The recorded failed attempts (UTC, oldest first); a missing or unreadable record counts as none."""
    try:
        doc = json.loads(attempts_path_for(vault_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    times = doc.get("times") if isinstance(doc, dict) and doc.get("format") == ATTEMPTS_FORMAT else None
    found = []
    for item in times if isinstance(times, list) else []:
        at = _naive_utc(item) if isinstance(item, str) else None
        if at is not None:
            found.append(at.replace(tzinfo=UTC))
    return sorted(found)


def note_attempt(vault_path: Path, at: datetime | None = None) -> list[datetime] | None:
    """Add one failed attempt to ``<vault>.attempts``; returns all recorded, or None if it cannot be written."""
    times = [*read_attempts(vault_path), at or datetime.now(UTC)][-MAX_ATTEMPTS_KEPT:]
    doc = {"format": ATTEMPTS_FORMAT, "times": [_utc_text(t) for t in times]}
    try:
        durable.write_text(attempts_path_for(vault_path), json.dumps(doc) + "\n")
    except OSError as e:  # a read-only medium or a full disk: the attempt stays in memory
        _log.info("failed login not recorded beside the vault (%s)", type(e).__name__)
        return None
    return times


def clear_attempts(vault_path: Path) -> None:
    path = attempts_path_for(vault_path)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
        durable.fsync_dir(path.parent)


# -- failed logins and locks ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FailedLogin:
    at: datetime  # UTC
    user: str = ""  # the user name that was tried, when the dialog asked for one


class FailedLoginMemory:
    """Wrong passphrases, kept in memory until the next successful login writes them down.

    Attempts are kept per vault file, so a wrong passphrase for one vault is never written into
    another; attempts noted without a vault go to whichever vault is flushed next.
    """

    def __init__(self) -> None:
        self._attempts: dict[str, list[FailedLogin]] = {}

    @staticmethod
    def _key(vault_path: Path | None) -> str:
        return str(Path(vault_path).resolve()) if vault_path is not None else ""

    def note(self, user: str = "", vault_path: Path | None = None) -> None:
        """Remember one attempt: in ``<vault>.attempts`` when a vault is named (every process sees
        it), in memory when none is or that file cannot be written."""
        at = datetime.now(UTC)
        if vault_path is not None and note_attempt(Path(vault_path), at) is not None:
            return
        self._attempts.setdefault(self._key(vault_path), []).append(FailedLogin(at, user))

    def __len__(self) -> int:
        return sum(len(v) for v in self._attempts.values())

    def flush(self, vault: Vault) -> int:
        """Append this vault's attempts (file and memory) to its audit trail (one event) and forget them."""
        recorded = [FailedLogin(at) for at in read_attempts(vault.path)]
        attempts = self._attempts.pop(self._key(vault.path), []) + self._attempts.pop("", []) + recorded
        attempts.sort(key=lambda a: a.at)
        record_failed_logins(vault, attempts)
        if recorded:
            clear_attempts(vault.path)
        return len(attempts)


def record_failed_logins(vault: Vault, attempts: Sequence[FailedLogin | datetime]) -> None:
    """One ``failed_login`` event for the attempts since the last login (nothing when there were none)."""
    if not attempts:
        return
    normal = [a if isinstance(a, FailedLogin) else FailedLogin(a) for a in attempts]
    detail: dict[str, Any] = {
        "count": len(normal),
        "times": [_utc_text(a.at) for a in normal],
        "reported_at_login_of": vault.unlocked_by.user,
    }
    tried = sorted({a.user for a in normal if a.user})
    if tried:
        detail["users_tried"] = tried
    with vault.session() as s:
        audit.append(s, UNKNOWN_USER, FAILED_LOGIN, "vault", None, detail)


def record_lock(ctx: ServiceContext) -> None:
    """A ``lock`` event, and the chain's head recorded (call it before the vault is closed)."""
    with ctx.vault.session() as s:
        audit.append(s, ctx.user, LOCK, "vault")
    ctx.vault.record_audit_head()


def _utc_text(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="seconds") + "Z"


# -- checking the chain --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One finding. ``code``: changed | missing | link | truncated | rewritten | head_forged | backup_differs
    | truncation_recorded (an ``audit_truncated`` event not yet acknowledged by an administrator)."""

    code: str
    event_id: int | None
    text: str  # one English line (the window has its own Dutch sentence per code)


@dataclass(frozen=True, slots=True)
class AuditCheck:
    events: int  # rows in the table
    last_id: int
    recorded: AuditHead | None  # the furthest head recorded in the key file or the setting table
    backups_checked: int
    problems: tuple[ChainProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> ChainProblem | None:
        return self.problems[0] if self.problems else None

    @property
    def first_broken_id(self) -> int | None:
        return self.first.event_id if self.first else None

    def summary(self) -> str:
        if self.ok:
            return f"audit chain: ok, {self.events} events"
        assert self.first is not None
        where = f" at event {self.first.event_id}" if self.first.event_id is not None else ""
        return f"audit chain: BROKEN{where}: {self.first.text}"


_CHAIN_CODES = {"is missing": "missing", "previous hash": "link", "was changed": "changed"}


def check_chain(ctx: ServiceContext, backups: Iterable[Path] | None = None) -> AuditCheck:
    """Check the chain for the window or the command line (needs the administer permission)."""
    ctx.require(Permission.ADMINISTER)
    return check_vault(ctx.vault, backups)


def check_vault(vault: Vault, backups: Iterable[Path] | None = None) -> AuditCheck:
    """Verify every link, then the recorded heads (key file, setting) and the heads kept in backups.

    ``backups``: key files (``*.vault.keys``) of backups to compare with; default: this vault's
    backup folder. Problems are ordered by the event they point at; the first is the first broken link.
    """
    if backups is None:
        from livcr_desktop.services.backup import list_backups

        backups = [b.key_path for b in list_backups(vault.path)]
    problems: list[ChainProblem] = []
    with vault.session() as s:
        chain = audit.verify_chain(s)
        count, last_id = s.execute(select(func.count(), func.max(models.AuditEvent.id))).one()
        count, last_id = int(count), int(last_id or 0)
        if not chain.ok:
            code = next((c for k, c in _CHAIN_CODES.items() if k in chain.reason), "changed")
            problems.append(ChainProblem(code, chain.first_broken_id, chain.reason))
        hashes = _HashLookup(s)
        key_head, authentic = vault.recorded_audit_head()
        if not authentic:
            problems.append(ChainProblem("head_forged", None, "the audit head recorded in the key file was altered"))
        setting_row = s.get(models.Setting, AUDIT_HEAD_SETTING)
        setting_head = _parse_head(setting_row.value) if setting_row is not None else None
        heads = [
            (h, source)
            for h, source in ((key_head if authentic else None, "key file"), (setting_head, "vault settings"))
            if h is not None
        ]
        for head, source in heads:
            problems.extend(_compare_head(head, source, last_id, hashes))
        checked = 0
        windows = _restore_windows(s) + _acknowledged_windows(s)
        for key_path in backups:
            backup_head, created = _backup_head(key_path)
            if backup_head is None or any(start < created < end for start, end in windows):
                continue
            checked += 1
            for p in _compare_head(backup_head, f"backup {key_path.name.removesuffix('.keys')}", last_id, hashes):
                problems.append(ChainProblem("backup_differs" if p.code == "rewritten" else p.code, p.event_id, p.text))
        for t in _truncations(s):
            if not t.acknowledged:
                problems.append(ChainProblem("truncation_recorded", t.event_id, t.text()))
    recorded = max((h for h, _ in heads), key=lambda h: h.last_id, default=None)
    unique = list({(p.code, p.event_id): p for p in problems}.values())
    unique.sort(key=lambda p: p.event_id if p.event_id is not None else 1 << 62)
    return AuditCheck(count, last_id, recorded, checked, tuple(unique))


class _HashLookup:
    def __init__(self, s: Any) -> None:
        self.s = s

    def __call__(self, event_id: int) -> str | None:
        value = self.s.scalar(select(models.AuditEvent.hash).where(models.AuditEvent.id == event_id))
        return None if value is None else str(value)


def _compare_head(head: AuditHead, source: str, last_id: int, hash_of: _HashLookup) -> list[ChainProblem]:
    if head.last_id == 0:
        return []
    if last_id < head.last_id:
        first_missing = last_id + 1
        return [
            ChainProblem(
                "truncated",
                first_missing,
                f"events {first_missing} to {head.last_id} are missing at the end "
                f"(the {source} recorded {head.events} events)",
            )
        ]
    found = hash_of(head.last_id)
    if found is not None and found != head.last_hash:
        return [ChainProblem("rewritten", head.last_id, f"event {head.last_id} is not the one the {source} recorded")]
    return []


def _parse_head(text: str) -> AuditHead | None:
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    return AuditHead.from_dict(doc) if isinstance(doc, dict) else None


def _naive_utc(text: str) -> datetime | None:
    try:
        at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def _backup_head(key_path: Path) -> tuple[AuditHead | None, datetime]:
    """The head a backup's key file recorded (not authenticated here) and when."""
    try:
        recorded = KeyFile.load(key_path).audit_head
    except Exception:  # an unreadable backup is the backup screen's business, not this check's
        return None, datetime.min
    head = AuditHead.from_dict(recorded) if recorded else None
    created = _naive_utc(head.recorded_at) if head is not None else None
    return head, created or datetime.min


@dataclass(frozen=True, slots=True)
class Truncation:
    """An ``audit_truncated`` event: the chain no longer reached a recorded head when it was written."""

    event_id: int
    at: datetime  # UTC, when it was noticed
    source: str  # key file | vault settings | backup <name>
    missing: int  # events fewer than recorded (0: as many, but rewritten)
    recorded_at: str  # when the head that is no longer reached was recorded
    acknowledged: bool

    def text(self) -> str:
        since = f" since {self.recorded_at}" if self.recorded_at else ""
        what = f"{self.missing} events missing{since}" if self.missing else f"events rewritten{since}"
        return (
            f"audit trail incomplete: {what} (found by the {self.source}, recorded as event {self.event_id}); "
            "not acknowledged by an administrator"
        )


def _truncations(s: Any) -> list[Truncation]:
    acknowledged: set[int] = set()
    for detail in s.scalars(select(models.AuditEvent.detail).where(models.AuditEvent.action == TRUNCATION_ACK_ACTION)):
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            acknowledged.update(int(i) for i in json.loads(detail).get("events", []))
    found = []
    for ev in s.scalars(
        select(models.AuditEvent).where(models.AuditEvent.action == TRUNCATION_ACTION).order_by(models.AuditEvent.id)
    ):
        try:
            doc = json.loads(ev.detail)
        except ValueError:
            doc = {}
        doc = doc if isinstance(doc, dict) else {}
        missing = doc.get("missing", 0)
        found.append(
            Truncation(
                ev.id,
                ev.at,
                str(doc.get("source", "")),
                missing if isinstance(missing, int) else 0,
                str(doc.get("recorded_at", "")),
                ev.id in acknowledged,
            )
        )
    return found


def open_truncations(vault: Vault) -> list[Truncation]:
    """The ``audit_truncated`` events no administrator has acknowledged yet (for the login banner)."""
    with vault.session() as s:
        return [t for t in _truncations(s) if not t.acknowledged]


def acknowledge_truncations(ctx: ServiceContext, reason: str) -> int:
    """The chair acknowledges every open truncation with a reason (audited); the recorded head then
    moves to the chain as it is. Returns how many were acknowledged. ValueError without a reason."""
    ctx.require(Permission.ADMINISTER)
    reason = reason.strip()
    if not reason:
        raise ValueError("a reason is required")
    open_ = open_truncations(ctx.vault)
    if not open_:
        return 0
    with ctx.vault.session() as s:
        audit.append(
            s, ctx.user, TRUNCATION_ACK_ACTION, "vault", None, {"events": [t.event_id for t in open_], "reason": reason}
        )
    ctx.vault.record_audit_head(accept_current=True)
    return len(open_)


def note_audit_gaps(vault: Vault, backups: Iterable[Path] | None = None) -> list[Truncation]:
    """At login: note (once) a chain that no longer reaches a recorded head, or the newest backup's head
    (a vault and key file copied back from an older state); returns the open truncations."""
    if backups is None:
        from livcr_desktop.services.backup import list_backups

        backups = [b.key_path for b in list_backups(vault.path)]
    current = vault.current_audit_head()
    for head, source in vault.heads_not_reached(current):
        vault.note_truncation(head, source, current)
    with vault.session() as s:
        windows = _restore_windows(s) + _acknowledged_windows(s)
    newest: tuple[AuditHead, str] | None = None
    for key_path in backups:
        found, created = _backup_head(key_path)
        if found is None or any(start < created < end for start, end in windows):
            continue
        if newest is None or (found.last_id, found.events) > (newest[0].last_id, newest[0].events):
            newest = (found, f"backup {key_path.name.removesuffix('.keys')}")
    if newest is not None and not vault.reaches(newest[0], current):
        vault.note_truncation(newest[0], newest[1], current)
    return open_truncations(vault)


def _acknowledged_windows(s: Any) -> list[tuple[datetime, datetime]]:
    """Backups older than an acknowledged truncation belong to the history before it: not compared."""
    return [(datetime.min, t.at) for t in _truncations(s) if t.acknowledged]


def _restore_windows(s: Any) -> list[tuple[datetime, datetime]]:
    """Periods whose backups belong to another branch of history: from a restored backup to its restore."""
    windows = []
    for ev in s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "restore")):
        try:
            start = _naive_utc(str(json.loads(ev.detail).get("backup_recorded_at", "")))
        except (ValueError, AttributeError):
            start = None
        windows.append((start or datetime.min, ev.at))
    return windows


# -- a view of the trail without identities ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    user: str
    action: str
    entity: str
    entity_id: int | None
    summary: str  # field names and enum-like values only: no free text, no identity


_SIMPLE = re.compile(r"^[a-z0-9_.:-]{1,32}$")


def _simple(value: Any) -> str | None:
    if value is None or isinstance(value, bool | int | float):
        return json.dumps(value)
    if isinstance(value, str) and _SIMPLE.match(value):
        return value
    return None


def summarise_detail(detail: str) -> str:
    """The detail JSON reduced to what is safe on any screen: keys, numbers, flags and codes."""
    try:
        doc = json.loads(detail or "{}")
    except ValueError:
        return ""
    if not isinstance(doc, dict):
        return ""
    parts = []
    for key in sorted(doc):
        value = doc[key]
        if isinstance(value, dict) and set(value) == {"before", "after"}:
            before, after = _simple(value["before"]), _simple(value["after"])
            parts.append(f"{key}: {before} → {after}" if before is not None and after is not None else key)
        elif isinstance(value, list):
            parts.append(f"{key} ({len(value)})")
        else:
            simple = _simple(value)
            parts.append(f"{key}={simple}" if simple is not None else key)
    return ", ".join(parts)


def recent_events(ctx: ServiceContext, limit: int = 500) -> list[AuditRow]:
    """The latest events, newest first, summarised without free text."""
    ctx.require(Permission.ADMINISTER)
    e = models.AuditEvent
    with ctx.vault.session() as s:
        rows = s.execute(
            select(e.id, e.at, e.user, e.action, e.entity, e.entity_id, e.detail).order_by(e.id.desc()).limit(limit)
        ).all()
    return [AuditRow(r[0], r[1], r[2], r[3], r[4], r[5], summarise_detail(r[6])) for r in rows]
