"""Drafts of the live meeting's forms: what was typed into a contribution, decision or action that was not
recorded yet, kept in the vault so that it survives a close or a crash.

A draft is the form's memory, not a record of the cell: it is **not audited**. The audit trail records
what the cell records (the contribution, decision or action, when it is recorded) and who saw what; a
draft is written every few hundred milliseconds while someone types, holds nothing that is not shown on
the chair's own screen, and is deleted when the thing is recorded or the chair discards it. Auditing it
would flood the hash chain with typing bursts and add nothing a reviewer could act on. Like every other
row it lives only in the encrypted vault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from livcr_desktop.domain.enums import DraftKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import MAX_TEXT
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.meetings import ensure_editable
from livcr_desktop.storage import models

DraftValue = str | int | bool | None
DraftFields = dict[str, DraftValue]

# A draft holds a handful of fields, each at most MAX_TEXT long; anything bigger is not a form's draft.
MAX_DRAFT_CHARS = 8 * MAX_TEXT


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """One draft of a meeting, as the closing question lists it (no text)."""

    case_id: int
    kind: DraftKind
    updated_at: datetime


def _check(fields: Mapping[str, DraftValue]) -> str:
    """The fields as JSON; a programming error (not a user's) when they are not plain values."""
    for name, value in fields.items():
        if not isinstance(name, str) or not (value is None or isinstance(value, (str, int, bool))):
            raise TypeError(f"draft field {name!r}: {type(value).__name__} is not a plain value")
    text = json.dumps(dict(fields), ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DRAFT_CHARS:
        raise ValueError(f"a draft of {len(text)} characters is larger than {MAX_DRAFT_CHARS}")
    return text


def save_draft(
    ctx: ServiceContext, meeting_id: int, case_id: int, kind: DraftKind, fields: Mapping[str, DraftValue]
) -> None:
    """Keep the form's fields (insert or replace); refused once the meeting's minutes are final."""
    ctx.require(Permission.RUN_MEETING)
    text = _check(fields)
    with ctx.vault.session() as s:
        ensure_editable(s, meeting_id)
        row = s.scalars(
            select(models.Draft).where(
                models.Draft.meeting_id == meeting_id, models.Draft.case_id == case_id, models.Draft.kind == kind
            )
        ).one_or_none()
        if row is None:
            s.add(
                models.Draft(
                    meeting_id=meeting_id,
                    case_id=case_id,
                    kind=kind,
                    fields=text,
                    user=ctx.user,
                    updated_at=ctx.now(),
                )
            )
        elif row.fields != text:
            row.fields, row.user, row.updated_at = text, ctx.user, ctx.now()


def load_draft(ctx: ServiceContext, meeting_id: int, case_id: int, kind: DraftKind) -> DraftFields | None:
    """The kept fields, or None when there is no draft."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        text = s.scalars(
            select(models.Draft.fields).where(
                models.Draft.meeting_id == meeting_id, models.Draft.case_id == case_id, models.Draft.kind == kind
            )
        ).one_or_none()
    if text is None:
        return None
    loaded = json.loads(text)
    return {str(k): v for k, v in loaded.items() if v is None or isinstance(v, (str, int, bool))}


def discard_draft(ctx: ServiceContext, meeting_id: int, case_id: int, kind: DraftKind) -> None:
    """Forget the draft (it was recorded, emptied or discarded); nothing happens when there is none."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        s.execute(
            delete(models.Draft).where(
                models.Draft.meeting_id == meeting_id, models.Draft.case_id == case_id, models.Draft.kind == kind
            )
        )


def meeting_drafts(ctx: ServiceContext, meeting_id: int) -> list[DraftSummary]:
    """The meeting's drafts, oldest first: what the chair is asked about when the window closes."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        rows = s.execute(
            select(models.Draft.case_id, models.Draft.kind, models.Draft.updated_at)
            .where(models.Draft.meeting_id == meeting_id)
            .order_by(models.Draft.updated_at, models.Draft.id)
        ).all()
    return [DraftSummary(case_id, DraftKind(kind), at) for case_id, kind, at in rows]


def discard_meeting_drafts(ctx: ServiceContext, meeting_id: int) -> int:
    """Forget every draft of the meeting; returns how many there were."""
    ctx.require(Permission.RUN_MEETING)
    with ctx.vault.session() as s:
        ids = s.scalars(select(models.Draft.id).where(models.Draft.meeting_id == meeting_id)).all()
        if ids:
            s.execute(delete(models.Draft).where(models.Draft.id.in_(ids)))
        return len(ids)
