"""Append-only, hash-chained audit events.

Each event's hash covers its own fields and the previous event's hash, so editing, deleting or
reordering rows breaks the chain at a point :func:`verify_chain` can name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.storage.models import AuditEvent

GENESIS = "0" * 64


def utcnow() -> datetime:
    """UTC now, naive, to the millisecond (the clock is read once)."""
    now = datetime.now(UTC)
    return now.replace(tzinfo=None, microsecond=now.microsecond // 1000 * 1000)


def _digest(
    prev_hash: str, event_id: int, at: datetime, user: str, action: str, entity: str, entity_id: int | None, detail: str
) -> str:
    payload = json.dumps(
        [prev_hash, event_id, at.isoformat(), user, action, entity, entity_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    session: Session,
    user: str,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: dict[str, Any] | None = None,
    coalesce_seconds: float = 0,
) -> AuditEvent | None:
    """Add an event in the caller's transaction (it commits or rolls back with the change).

    ``coalesce_seconds``: for text committed as it is typed, one event stands for an editing burst.
    When the newest event is the same user, action, record and detail, and is younger than this,
    no new event is written (and None is returned). Only the chain's tail is looked at.
    """
    last = session.execute(
        select(
            AuditEvent.id,
            AuditEvent.hash,
            AuditEvent.at,
            AuditEvent.user,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_id,
            AuditEvent.detail,
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    prev_hash = last.hash if last else GENESIS
    event_id = (last.id + 1) if last else 1
    at = utcnow()
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    if (
        coalesce_seconds > 0
        and last is not None
        and (at - last.at).total_seconds() < coalesce_seconds
        and (last.user, last.action, last.entity, last.entity_id, last.detail)
        == (user, action, entity, entity_id, detail_text)
    ):
        return None
    event = AuditEvent(
        id=event_id,
        at=at,
        user=user,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail_text,
        prev_hash=prev_hash,
        hash=_digest(prev_hash, event_id, at, user, action, entity, entity_id, detail_text),
    )
    session.add(event)
    return event


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    events: int
    first_broken_id: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> ChainReport:
    prev_hash = GENESIS
    expected_id = 1
    count = 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        count += 1
        if ev.id != expected_id:
            return ChainReport(False, count, ev.id, f"event {expected_id} is missing")
        if ev.prev_hash != prev_hash:
            return ChainReport(False, count, ev.id, "previous hash does not match")
        recomputed = _digest(ev.prev_hash, ev.id, ev.at, ev.user, ev.action, ev.entity, ev.entity_id, ev.detail)
        if recomputed != ev.hash:
            return ChainReport(False, count, ev.id, "event was changed")
        prev_hash = ev.hash
        expected_id += 1
    return ChainReport(True, count)
