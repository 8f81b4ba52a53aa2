"""A case's history in one chronological list, and its concern levels per life domain.

What it shows: registration, screening notes, each meeting the case was on (with the integral
assessment's summary and qualification), decisions, actions and their updates, status changes
recorded in the audit trail, marks for the next agenda, feedback to the signal giver, the
casemanager's dated notes (screening, advice) and the links to other cases (code and pseudonym).

What it never shows: identity fields, and raw contributions (the consolidated assessment is
shown instead, so professional-secrecy and "niet projecteren" texts cannot surface here).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.case_intake import LinkEvent, NoteEvent
from livcr_desktop.domain.enums import CaseStatus
from livcr_desktop.domain.followup import CaseTimeline, DomainSeries, TimelineEvent, TimelineKind
from livcr_desktop.domain.outgoing import signal_giver_refusal
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services.assessment import life_domains
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models

# Order of events that share a timestamp: the natural order of a discussion. Events read from the
# audit trail share one rank, so the (stable) sort keeps them in the order they were recorded.
_RANK = {kind: i for i, kind in enumerate(TimelineKind)}
_RANK[TimelineKind.AGENDA_MARK] = _RANK[TimelineKind.STATUS]


def _status(value: Any) -> CaseStatus | None:
    try:
        return CaseStatus(value) if value is not None else None
    except ValueError:
        return None


def _local(at: datetime) -> datetime:
    """Audit events are stamped in UTC; everything else in the vault in local time."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _case_audit_events(rows: list[models.AuditEvent]) -> list[TimelineEvent]:
    """Status changes and agenda marks recorded in the audit trail for entity "case"."""
    out: list[TimelineEvent] = []
    for ev in rows:
        at = _local(ev.at)
        try:
            detail = json.loads(ev.detail or "{}")
        except ValueError:
            continue
        if not isinstance(detail, dict):
            continue
        status = detail.get("status")
        if ev.action == "update" and isinstance(status, dict):
            before, after = _status(status.get("before")), _status(status.get("after"))
            if after is not None and before != after:
                out.append(
                    TimelineEvent(
                        at,
                        TimelineKind.STATUS,
                        status_before=before,
                        status_after=after,
                        user=ev.user,
                        text="undo" if detail.get("reason") == "undo" else "",
                    )
                )
        mark = detail.get("on_next_agenda")
        if ev.action == "update" and isinstance(mark, dict) and mark.get("after") is True:
            out.append(TimelineEvent(at, TimelineKind.AGENDA_MARK, user=ev.user))
    return out


def _notes_and_links(s: Session, case: models.Case) -> list[TimelineEvent]:
    """The casemanager's notes (the old free text first) and the links to other cases (code and pseudonym)."""
    out: list[TimelineEvent] = []
    if case.screening_notes.strip():
        at = datetime.combine(case.registration_date, time(0, 0, 1))
        out.append(NoteEvent(at, TimelineKind.SCREENING, text=case.screening_notes.strip()))
    n = models.CaseNote
    for note in s.scalars(select(n).where(n.case_id == case.id).order_by(n.on, n.id)):
        at = datetime.combine(note.on, note.created_at.time())
        out.append(NoteEvent(at, TimelineKind.SCREENING, text=note.text, user=note.user, note_kind=note.kind))
    k = models.CaseLink
    for link in s.scalars(select(k).where(or_(k.case_id == case.id, k.other_case_id == case.id))):
        other = s.get_one(models.Case, link.other_case_id if link.case_id == case.id else link.case_id)
        name = other.code + (f" ({other.pseudonym})" if other.pseudonym else "")
        out.append(
            LinkEvent(link.created_at, TimelineKind.SCREENING, text=link.note, organisation=name, link_kind=link.kind)
        )
    return out


def case_timeline(ctx: ServiceContext, case_id: int) -> CaseTimeline:
    ctx.require(Permission.VIEW)
    domains = life_domains(ctx)
    with ctx.vault.session() as s:
        case = s.get_one(models.Case, case_id)
        orgs = {o.id: o.short_name for o in s.scalars(select(models.Organisation))}
        events: list[TimelineEvent] = [
            TimelineEvent(
                datetime.combine(case.registration_date, time()),
                TimelineKind.REGISTRATION,
                organisation=orgs.get(case.referrer_organisation_id or -1, ""),
            )
        ]
        events += _notes_and_links(s, case)

        mt, ai = models.Meeting, models.AgendaItem
        met = (
            s.execute(
                select(mt)
                .join(ai, ai.meeting_id == mt.id)
                .where(ai.case_id == case_id)
                .order_by(mt.meeting_date, mt.id)
                .distinct()
            )
            .scalars()
            .all()
        )
        assessed = {
            a.meeting_id: a for a in s.scalars(select(models.Assessment).where(models.Assessment.case_id == case_id))
        }
        meeting_ids = [m.id for m in met]
        extra = [mid for mid in assessed if mid not in meeting_ids]  # assessed without an agenda item
        if extra:
            met = sorted([*met, *s.scalars(select(mt).where(mt.id.in_(extra)))], key=lambda m: (m.meeting_date, m.id))
        numbers = {m.id: m.number for m in met}
        for m in met:
            a = assessed.get(m.id)
            events.append(
                TimelineEvent(
                    datetime.combine(m.meeting_date, m.start_time),
                    TimelineKind.MEETING,
                    meeting_number=m.number,
                    text=a.summary.strip() if a else "",
                    qualification=a.qualification if a else None,
                )
            )

        for d in s.scalars(select(models.Decision).where(models.Decision.case_id == case_id)):
            text = "\n".join(x for x in (d.reasons.strip(), d.expectations.strip()) if x)
            target = d.referral_target or d.escalation_target
            events.append(
                TimelineEvent(
                    d.decided_at,
                    TimelineKind.DECISION,
                    text=text,
                    decision_type=d.decision_type,
                    meeting_number=numbers.get(d.meeting_id, ""),
                    status_after=decision_rules.resulting_status(d.decision_type),
                    organisation=target,
                )
            )

        actions = {a.id: a for a in s.scalars(select(models.Action).where(models.Action.case_id == case_id))}
        for act in actions.values():
            events.append(
                TimelineEvent(
                    act.created_at,
                    TimelineKind.ACTION,
                    text=act.description,
                    organisation=orgs.get(act.owner_organisation_id, ""),
                    deadline=act.deadline,
                    meeting_number=numbers.get(act.meeting_id or -1, ""),
                )
            )
        if actions:
            u = models.ActionUpdate
            for up in s.scalars(select(u).where(u.action_id.in_(actions)).order_by(u.at, u.id)):
                act = actions[up.action_id]
                if up.at == act.created_at and not up.note:
                    continue  # the row add_action writes with the action itself
                events.append(
                    TimelineEvent(
                        up.at,
                        TimelineKind.ACTION_UPDATE,
                        text=up.note,
                        action_status=up.status,
                        user=up.user,
                        organisation=orgs.get(act.owner_organisation_id, ""),
                    )
                )

        ae = models.AuditEvent
        audit_rows = list(s.scalars(select(ae).where(ae.entity == "case", ae.entity_id == case_id).order_by(ae.id)))
        events += _case_audit_events(audit_rows)

        f = models.ReferrerFeedback
        for fb in s.scalars(select(f).where(f.case_id == case_id)):
            events.append(
                TimelineEvent(
                    fb.at,
                    TimelineKind.FEEDBACK,
                    text=fb.text,
                    user=fb.user,
                    organisation=orgs.get(case.referrer_organisation_id or -1, ""),
                )
            )

        d_a = models.DomainAssessment
        levels: dict[tuple[int, str], int] = {
            (r.meeting_id, r.life_domain): r.concern_level for r in s.scalars(select(d_a).where(d_a.case_id == case_id))
        }
        assessed_meetings = [m for m in met if any(k[0] == m.id for k in levels)]
        known = [*domains, *sorted({dom for _, dom in levels} - set(domains))]
        series = tuple(
            DomainSeries(dom, tuple(levels.get((m.id, dom)) for m in assessed_meetings))
            for dom in known
            if any((m.id, dom) in levels for m in assessed_meetings)
        )
        events.sort(key=lambda e: (e.at, _RANK[e.kind]))
        return CaseTimeline(
            case_id=case.id,
            code=case.code,
            pseudonym=case.pseudonym,
            status=case.status,
            # the one rule of the feedback log and the letter: nobody known to tell (domain.outgoing)
            anonymous_referral=signal_giver_refusal(
                withheld=case.signal_giver_withheld,
                name=case.signal_giver_name,
                has_referrer=case.referrer_organisation_id is not None,
            )
            is not None,
            on_next_agenda=case.on_next_agenda,
            events=tuple(events),
            meetings=tuple((m.number, m.meeting_date) for m in assessed_meetings),
            series=series,
        )
