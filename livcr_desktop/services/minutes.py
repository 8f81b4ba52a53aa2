"""Minutes: render the variants (full minutes, action list), finalise, addenda, the stored documents.

What each document shows, and the privacy rules that decide it, are in ``minutes_collect.collect``
(imported here for its callers). The feedback form to the police and the letter to the signal giver
are documents of their own (``services.feedback_form``, ``services.referrer_letter``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.roles import Permission
from livcr_desktop.reports.model import (
    MinutesData,
    RenderedPdf,
    SignatureBox,
    Variant,
)
from livcr_desktop.reports.model import (
    MinutesRenderError as MinutesRenderError,  # re-exported: render_variant and finalise raise it
)
from livcr_desktop.services import meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.minutes_collect import _setting as _setting  # its old home (tests read settings so)
from livcr_desktop.services.minutes_collect import collect as collect  # its old home
from livcr_desktop.storage import audit, models


class NotFinalisedError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class MinutesDocumentInfo:
    id: int
    meeting_id: int
    variant: str
    created_at: datetime
    sha256: str
    is_addendum: bool
    signed_by: str
    signature_boxes: tuple[SignatureBox, ...]


# -- rendering, finalising, storing -------------------------------------------------------------


def render(data: MinutesData) -> RenderedPdf:
    """Lay the document out (reportlab is imported here, not at start-up).

    ``data`` comes from :func:`collect`, which checked the acting role; this function reads nothing.
    """
    from livcr_desktop.reports.minutes_pdf import render as render_pdf

    return render_pdf(data)


def render_variant(
    ctx: ServiceContext,
    meeting_id: int,
    variant: Variant,
    *,
    organisation_id: int | None = None,
    include_identity: bool = False,
    language: str | None = None,
    purpose: str = "export",
) -> RenderedPdf:
    """Render one document (audited as an export or print).

    Until the meeting's full minutes are finalised every page is marked "ONTWERP" (``MinutesData.draft``).
    A layout failure raises :class:`MinutesRenderError`, whose message is for the user.
    """
    ctx.require(Permission.MINUTES)
    if include_identity:
        ctx.require(Permission.READ_IDENTITY)
    if variant is Variant.ACTIONS and organisation_id is None:
        raise ValueError("the action list is per organisation")
    data = collect(
        ctx,
        meeting_id,
        variant,
        organisation_id=organisation_id,
        include_identity=include_identity,
        language=language,
    )
    rendered = render(replace(data, draft=not _has_final_minutes(ctx, meeting_id)))
    with ctx.vault.session() as s:
        audit.append(
            s,
            ctx.user,
            purpose,
            "meeting",
            meeting_id,
            {
                "variant": variant.value,
                "organisation": organisation_id,
                "identity": include_identity,
                "sha256": hashlib.sha256(rendered.pdf).hexdigest(),
            },
        )
    return rendered


def _has_final_minutes(ctx: ServiceContext, meeting_id: int) -> bool:
    """Whether the meeting's full minutes were finalised (until then every document is marked a draft)."""
    doc = models.MinutesDocument
    with ctx.vault.session() as s:
        stmt = select(doc.id).where(
            doc.meeting_id == meeting_id, doc.variant == Variant.FULL.value, doc.is_addendum.is_(False)
        )
        return s.scalar(stmt.limit(1)) is not None


def _store(
    s: Session,
    meeting_id: int,
    variant: str,
    rendered_pdf: bytes,
    boxes: tuple[SignatureBox, ...],
    now: datetime,
    is_addendum: bool = False,
    signed_by: str = "",
) -> models.MinutesDocument:
    doc = models.MinutesDocument(
        meeting_id=meeting_id,
        variant=variant,
        created_at=now,
        sha256=hashlib.sha256(rendered_pdf).hexdigest(),
        pdf=rendered_pdf,
        is_addendum=is_addendum,
        signed_by=signed_by,
        signature_boxes=json.dumps([{"field_name": b.field_name, "page": b.page, "box": list(b.box)} for b in boxes]),
    )
    s.add(doc)
    s.flush()
    return doc


def finalise(ctx: ServiceContext, meeting_id: int, include_identity: bool = False) -> MinutesDocumentInfo:
    """Store the full minutes and their SHA-256 in the vault and lock the meeting."""
    ctx.require(Permission.FINALISE_AND_SIGN)
    if include_identity:
        ctx.require(Permission.READ_IDENTITY)
    m = meetings.get_meeting(ctx, meeting_id)
    if m.status is MeetingStatus.FINALISED:
        raise meetings.MeetingLockedError(m.number)
    rendered = render(collect(ctx, meeting_id, Variant.FULL, include_identity=include_identity))
    with ctx.vault.session() as s:
        meeting = s.get_one(models.Meeting, meeting_id)
        if meeting.ended_at is None:
            meeting.ended_at = ctx.now()
        meeting.status = MeetingStatus.FINALISED
        doc = _store(s, meeting_id, Variant.FULL.value, rendered.pdf, rendered.signature_boxes, ctx.now())
        audit.append(s, ctx.user, "finalise", "meeting", meeting_id, {"document": doc.id, "sha256": doc.sha256})
        info = _info(doc)
    from livcr_desktop.services import backup

    backup.backup_after_finalise(ctx, meeting_id)  # never raises: a failure is an audit event
    return info


def add_addendum(ctx: ServiceContext, meeting_id: int, text: str) -> MinutesDocumentInfo:
    """A correction after finalising: its own PDF, stored beside the minutes; the minutes stay as they were."""
    ctx.require(Permission.FINALISE_AND_SIGN)
    if not text.strip():
        raise ValueError("empty addendum")
    m = meetings.get_meeting(ctx, meeting_id)
    if m.status is not MeetingStatus.FINALISED:
        raise NotFinalisedError(m.number)
    rendered = render(collect(ctx, meeting_id, Variant.ADDENDUM, addendum_text=text.strip()))
    with ctx.vault.session() as s:
        doc = _store(
            s, meeting_id, Variant.ADDENDUM.value, rendered.pdf, rendered.signature_boxes, ctx.now(), is_addendum=True
        )
        audit.append(s, ctx.user, "create", "addendum", doc.id, {"meeting": meeting_id, "sha256": doc.sha256})
        return _info(doc)


def store_signed(ctx: ServiceContext, document_id: int, signed_pdf: bytes, signer: str) -> MinutesDocumentInfo:
    """Keep a signed revision beside the document it signs (same boxes, its own hash)."""
    ctx.require(Permission.FINALISE_AND_SIGN)
    with ctx.vault.session() as s:
        base = s.get_one(models.MinutesDocument, document_id)
        signed_by = ",".join(x for x in (base.signed_by, signer) if x)
        doc = models.MinutesDocument(
            meeting_id=base.meeting_id,
            variant=base.variant,
            created_at=ctx.now(),
            sha256=hashlib.sha256(signed_pdf).hexdigest(),
            pdf=signed_pdf,
            is_addendum=base.is_addendum,
            signature_boxes=base.signature_boxes,
            signed_by=signed_by,
        )
        s.add(doc)
        s.flush()
        audit.append(
            s, ctx.user, "sign", "minutes_document", doc.id, {"signer": signer, "of": document_id, "sha256": doc.sha256}
        )
        return _info(doc)


def _info(doc: models.MinutesDocument) -> MinutesDocumentInfo:
    boxes = tuple(
        SignatureBox(b["field_name"], int(b["page"]), (b["box"][0], b["box"][1], b["box"][2], b["box"][3]))
        for b in json.loads(doc.signature_boxes or "[]")
    )
    return MinutesDocumentInfo(
        doc.id, doc.meeting_id, doc.variant, doc.created_at, doc.sha256, doc.is_addendum, doc.signed_by, boxes
    )


def documents(ctx: ServiceContext, meeting_id: int) -> list[MinutesDocumentInfo]:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        rows = s.scalars(
            select(models.MinutesDocument)
            .where(models.MinutesDocument.meeting_id == meeting_id)
            .order_by(models.MinutesDocument.id)
        ).all()
        return [_info(d) for d in rows]


def document_pdf(ctx: ServiceContext, document_id: int) -> bytes:
    ctx.require(Permission.MINUTES)
    with ctx.vault.session() as s:
        doc = s.get_one(models.MinutesDocument, document_id)
        audit.append(s, ctx.user, "export", "minutes_document", document_id, {"sha256": doc.sha256})
        return doc.pdf


def find_by_hash(ctx: ServiceContext, sha256: str) -> MinutesDocumentInfo | None:
    ctx.require(Permission.VIEW)
    with ctx.vault.session() as s:
        doc = s.scalar(select(models.MinutesDocument).where(models.MinutesDocument.sha256 == sha256))
        return _info(doc) if doc else None
