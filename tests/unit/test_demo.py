"""The demo vault: a complete, deterministic, internally consistent fictional cell."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.case_intake import municipalities_of
from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CaseLinkKind,
    CaseStatus,
    DecisionType,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
)
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.services import case_links, demo, invitations, settings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo import data as demo_data
from livcr_desktop.services.unlock import create_vault, vault_counts
from livcr_desktop.storage import audit, models
from livcr_desktop.storage.keyslots import TEST_KDF
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    demo.populate(ctx)
    return ctx


def _count(s: Session, model: type[models.Base]) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _planned(s: Session) -> models.Meeting:
    return s.scalars(select(models.Meeting).where(models.Meeting.status == MeetingStatus.PLANNED)).one()


def _attendance(s: Session, meeting: models.Meeting) -> list[models.Attendance]:
    return list(s.scalars(select(models.Attendance).where(models.Attendance.meeting_id == meeting.id)))


def _past_meetings(s: Session) -> list[models.Meeting]:
    """The past meetings of the whole cell (the kernteam's apart: :func:`_kernteam_meetings`)."""
    m = models.Meeting
    stmt = select(m).where(m.status != MeetingStatus.PLANNED, m.kind == MeetingKind.REGULAR)
    return list(s.scalars(stmt.order_by(m.meeting_date)))


def _kernteam_meetings(s: Session) -> list[models.Meeting]:
    return list(s.scalars(select(models.Meeting).where(models.Meeting.kind == MeetingKind.CORE_TEAM)))


def test_counts(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        assert _count(s, models.Organisation) == 8
        assert _count(s, models.Member) == 12
        assert 28 <= _count(s, models.Case) <= 32
        # The past meetings of the cell, one of the kernteam, the upcoming one.
        assert _count(s, models.Meeting) == demo_data.PAST_MEETINGS + 2
        assert len(_past_meetings(s)) == demo_data.PAST_MEETINGS and len(_kernteam_meetings(s)) == 1
        stmt = select(models.Meeting).where(models.Meeting.status == MeetingStatus.PLANNED)
        planned = s.scalars(stmt).all()
        assert len(planned) == 1
        assert planned[0].meeting_date > TODAY
        assert _count(s, models.ActionUpdate) > 0
        assert _count(s, models.ReferrerFeedback) >= 2


def test_settings(demo_ctx: ServiceContext) -> None:
    values = settings.all_settings(demo_ctx)
    assert values["municipality"] == demo.DEMO_MUNICIPALITY
    assert values["cell_name"] == demo.DEMO_CELL_NAME
    assert values["retention_years"] == 5  # the default: services.settings writes no row for it


def test_organisations_and_members(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        orgs = s.scalars(select(models.Organisation)).all()
        members = s.scalars(select(models.Member)).all()
        assert {o.short_name for o in orgs} == {"PZ", "PREV", "OCMW", "JH", "CAW", "CLB", "CGG", "JEUGD"}
        assert {o.sector for o in orgs} >= {
            OrganisationSector.POLICE,
            OrganisationSector.PREVENTION,
            OrganisationSector.SOCIAL_WELFARE,
            OrganisationSector.JUSTICE,
            OrganisationSector.WELFARE,
            OrganisationSector.EDUCATION,
            OrganisationSector.MENTAL_HEALTH,
            OrganisationSector.YOUTH,
        }
        assert any(m.role == "casemanager" for m in members)
        assert {m.kind for m in members} == {MemberKind.CORE, MemberKind.INVITED}
        assert {m.organisation_id for m in members} == {o.id for o in orgs}


def test_cases_cover_every_status_and_are_well_formed(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        cases = s.scalars(select(models.Case)).all()
        casemanagers = set(s.scalars(select(models.Member.id).where(models.Member.role == "casemanager")))
    assert {c.status for c in cases} == set(CaseStatus)
    assert len({c.code for c in cases}) == len(cases)
    for c in cases:
        match = re.fullmatch(r"LIVC-(\d{4})-(\d{3})", c.code)
        assert match is not None and int(match.group(1)) == c.registration_date.year
        assert TODAY - timedelta(days=800) <= c.registration_date <= TODAY
        assert c.case_manager_id in casemanagers
        assert c.created_at <= c.updated_at
        if c.status.is_closed:
            assert c.closed_on is not None and c.next_review_date is None
            assert c.registration_date <= c.closed_on <= TODAY
        else:
            assert c.closed_on is None
        if c.next_review_date is not None:
            assert c.next_review_date >= c.registration_date
        if c.birth_date is not None:
            assert c.birth_date < c.registration_date
    assert any(c.is_minor for c in cases)
    assert any(c.screening_notes for c in cases)
    assert any(c.on_next_agenda for c in cases)
    assert len({c.phenomenon for c in cases}) >= 3
    assert len({c.ideology for c in cases if c.ideology}) >= 5


def test_pseudonymous_and_fictional_identities(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        cases = s.scalars(select(models.Case)).all()
    pseudonymous = [c for c in cases if not (c.first_name or c.last_name or c.birth_date)]
    assert pseudonymous and all(c.pseudonym for c in pseudonymous)
    named = [c for c in cases if c.last_name]
    assert named
    assert {c.last_name for c in named} <= set(demo.LAST_NAMES)
    assert all(c.first_name and c.birth_date for c in named)


def test_review_dates_overdue_soon_and_later(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        cases = s.scalars(select(models.Case)).all()
        upcoming = _planned(s)
    reviews = [c.next_review_date for c in cases if c.next_review_date and not c.status.is_closed]
    assert any(d < TODAY for d in reviews)
    assert any(TODAY <= d <= upcoming.meeting_date for d in reviews)
    assert any(d > upcoming.meeting_date for d in reviews)


def test_past_meetings(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        past = _past_meetings(s)
        assert len(past) == 3
        assert len({m.number for m in past}) == 3
        assert all(re.fullmatch(rf"{m.meeting_date.year}/\d{{2}}", m.number) for m in past)
        for meeting in past:
            assert meeting.status is MeetingStatus.CLOSED
            assert meeting.meeting_date < TODAY
            assert meeting.chair_id is not None and meeting.secretary_id is not None
            assert meeting.started_at is not None and meeting.ended_at is not None
            assert meeting.started_at < meeting.ended_at
            assert meeting.next_meeting_date is not None and meeting.next_meeting_date > meeting.meeting_date
            agenda = meeting.agenda
            assert agenda[0].kind is AgendaItemKind.ACTION_REVIEW and agenda[0].position == 0
            case_items = agenda[1:]
            assert 3 <= len(case_items) <= 5
            assert all(i.case_id is not None for i in case_items)
            assert [i.position for i in agenda] == list(range(len(agenda)))
        gaps = [(b.meeting_date - a.meeting_date).days for a, b in itertools.pairwise(past)]
        assert all(25 <= g <= 35 for g in gaps)


def test_attendance(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        core = set(s.scalars(select(models.Member.id).where(models.Member.kind == MemberKind.CORE)))
        statuses: Counter[AttendanceStatus] = Counter()
        invited_for_a_case = 0
        for meeting in _past_meetings(s):
            rows = _attendance(s, meeting)
            assert core <= {r.member_id for r in rows}
            for r in rows:
                statuses[r.status] += 1
                assert (r.acknowledged_at is not None) == (r.status is AttendanceStatus.PRESENT)
            invited_for_a_case += sum(
                s.scalar(select(func.count()).where(models.AttendanceCase.attendance_id == r.id)) or 0 for r in rows
            )
        upcoming = _planned(s)
        rows = _attendance(s, upcoming)
        assert core <= {r.member_id for r in rows}
        for_cases = {
            r.id for r in rows if s.scalar(select(func.count()).where(models.AttendanceCase.attendance_id == r.id))
        }
        assert for_cases  # partners invited for some cases of the coming meeting
        # Nobody has acknowledged yet; a partner invited for some cases is registered when they arrive
        # (until then the wall shows every case), a guest for the whole meeting is expected present.
        assert all(
            r.acknowledged_at is None
            and r.status
            is (AttendanceStatus.UNREGISTERED if r.member_id in core or r.id in for_cases else AttendanceStatus.PRESENT)
            for r in rows
        )
        for item_id in [None, *(item.id for item in upcoming.agenda)]:  # the chair can project every case
            assert not invitations.withheld_cases(demo_ctx, upcoming.id, item_id)
    assert invited_for_a_case >= 1
    assert statuses[AttendanceStatus.PRESENT] > statuses[AttendanceStatus.EXCUSED] >= 1
    assert statuses[AttendanceStatus.ABSENT] >= 1


def test_contributions(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        rows = s.scalars(select(models.Contribution)).all()
        by_meeting: dict[int | None, set[int]] = {}
        for r in rows:
            by_meeting.setdefault(r.meeting_id, set()).add(r.organisation_id)
        assert max(len(orgs) for orgs in by_meeting.values()) >= 4
        by_case_meeting: dict[tuple[int, int | None], set[int]] = {}
        for r in rows:
            by_case_meeting.setdefault((r.case_id, r.meeting_id), set()).add(r.organisation_id)
        assert all(3 <= len(orgs) <= 5 for orgs in by_case_meeting.values())
    assert any(r.professional_secrecy for r in rows)
    assert any(r.no_projection for r in rows)
    assert any(r.confirmed for r in rows)
    assert any(not r.in_minutes for r in rows)
    declined = [r for r in rows if r.declines_to_share]
    assert declined
    assert all(r.life_domain is None and r.text == "" for r in declined)
    shared = [r for r in rows if not r.declines_to_share]
    assert all(r.life_domain in DEFAULT_LIFE_DOMAINS and r.text for r in shared)
    assert len({r.life_domain for r in shared}) >= 8


def test_bound_organisations_contributions_start_secret(demo_ctx: ServiceContext) -> None:
    """Issue 17: OCMW, JH, CAW, CLB and CGG are bound by professional secrecy, so what their members say starts
    as "beroepsgeheim"; the story lifts it for a few facts, each with the name of the member who agreed."""
    with demo_ctx.vault.session() as s:
        orgs = {o.id: o for o in s.scalars(select(models.Organisation))}
        members = {m.id: m for m in s.scalars(select(models.Member))}
        meetings = {m.id: m for m in s.scalars(select(models.Meeting))}
        rows = s.scalars(select(models.Contribution)).all()
        events = s.scalars(
            select(models.AuditEvent).where(
                models.AuditEvent.entity == "contribution", models.AuditEvent.action == "create"
            )
        ).all()
    assert {o.short_name for o in orgs.values() if o.professional_secrecy} == {"OCMW", "JH", "CAW", "CLB", "CGG"}
    shared = [r for r in rows if not r.declines_to_share]
    free = [r for r in shared if not orgs[r.organisation_id].professional_secrecy]
    bound = [r for r in shared if orgs[r.organisation_id].professional_secrecy]
    assert free and not any(r.professional_secrecy or r.secrecy_lifted_by for r in free)
    lifted = [r for r in bound if not r.professional_secrecy]
    assert all(r.secrecy_lifted_by == "" and r.secrecy_lifted_at is None for r in bound if r.professional_secrecy)
    # Both kinds are shown: mostly secret, a few lifted (the probation conditions, a housing fact).
    assert len(bound) > 4 * len(lifted) and {orgs[r.organisation_id].short_name for r in lifted} == {"JH", "OCMW"}
    lifted_by = {json.loads(e.detail)["secrecy_lifted_by"] for e in events} - {""}
    for r in lifted:
        assert r.member_id is not None and r.secrecy_lifted_by == members[r.member_id].name
        assert members[r.member_id].organisation_id == r.organisation_id  # the member speaking agreed
        assert r.secrecy_lifted_at == r.created_at  # at the meeting, as the contribution was recorded
        meeting = meetings[r.meeting_id]  # type: ignore[index]
        assert meeting.started_at is not None and meeting.started_at < r.secrecy_lifted_at
        assert r.secrecy_lifted_by in lifted_by  # and the audit trail says who agreed
    declined = [r for r in rows if r.declines_to_share]
    assert declined and not any(r.professional_secrecy for r in declined)  # nothing said, nothing to protect
    assert sum(r.professional_secrecy for r in rows) == len(bound) - len(lifted)


def test_domain_assessments_change_across_meetings(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        rows = s.scalars(select(models.DomainAssessment)).all()
        assessments = s.scalars(select(models.Assessment)).all()
        decisions = s.scalars(select(models.Decision)).all()
    assert all(0 <= r.concern_level <= 3 for r in rows)
    assert {r.concern_level for r in rows} == {0, 1, 2, 3}
    history: dict[tuple[int, str], set[int]] = {}
    for r in rows:
        history.setdefault((r.case_id, r.life_domain), set()).add(r.concern_level)
    assert any(len(levels) > 1 for levels in history.values())
    assert {(a.case_id, a.meeting_id) for a in assessments} == {(d.case_id, d.meeting_id) for d in decisions}
    assert all(a.summary and a.qualification is not None for a in assessments)


def test_decisions_and_status_consistency(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        order = (models.Decision.decided_at, models.Decision.id)
        decisions = s.scalars(select(models.Decision).order_by(*order)).all()
        cases = {c.id: c for c in s.scalars(select(models.Case))}
        latest: dict[int, models.Decision] = {}
        for d in decisions:
            latest[d.case_id] = d
        for case_id, decision in latest.items():
            case = cases[case_id]
            assert case.status is decision_rules.resulting_status(decision.decision_type)
            assert case.next_review_date == decision.next_review_date
        per_meeting = Counter((d.case_id, d.meeting_id) for d in decisions)
        assert set(per_meeting.values()) == {1}
        for meeting in _past_meetings(s):
            on_agenda = {i.case_id for i in meeting.agenda if i.case_id is not None}
            assert on_agenda == {d.case_id for d in decisions if d.meeting_id == meeting.id}
    assert {d.decision_type for d in decisions} == set(DecisionType)
    assert all(d.reasons and d.expectations for d in decisions)
    for d in decisions:
        if d.decision_type is DecisionType.ESCALATE:
            assert d.escalation_target
        if d.decision_type is DecisionType.REFER_AND_CLOSE:
            assert d.referral_target
        assert (d.next_review_date is None) == decision_rules.resulting_status(d.decision_type).is_closed


def test_actions(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        actions = s.scalars(select(models.Action)).all()
        decisions = s.scalars(select(models.Decision)).all()
        updates = s.scalars(select(models.ActionUpdate)).all()
        members = {m.id: m for m in s.scalars(select(models.Member))}
    per_decision = Counter((a.case_id, a.meeting_id) for a in actions)
    assert {(d.case_id, d.meeting_id) for d in decisions} == set(per_decision)
    assert all(1 <= n <= 3 for n in per_decision.values())
    assert {a.status for a in actions} == set(ActionStatus)
    assert any(a.status.is_open and a.deadline < TODAY for a in actions)
    for a in actions:
        assert a.responsible_member_id is not None
        assert members[a.responsible_member_id].organisation_id == a.owner_organisation_id
    by_id = {a.id: a for a in actions}
    history: dict[int, list[models.ActionUpdate]] = {}
    for u in sorted(updates, key=lambda u: (u.at, u.id)):
        history.setdefault(u.action_id, []).append(u)
        assert u.at.date() < TODAY
    assert set(history) == set(by_id)
    for action_id, entries in history.items():
        action = by_id[action_id]
        # agreed (open) at the meeting, as decisions.add_action records it; then the tracker's updates
        assert entries[0].status is ActionStatus.OPEN and entries[0].at == action.created_at
        assert entries[-1].status is action.status and entries[-1].at == action.updated_at
        assert all(u.note for u in entries[1:])


def test_upcoming_meeting_agenda(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        meeting = _planned(s)
        assert TODAY + timedelta(days=7) <= meeting.meeting_date <= TODAY + timedelta(days=14)
        agenda = meeting.agenda
        cases = {c.id: c for c in s.scalars(select(models.Case))}
    assert agenda[0].kind is AgendaItemKind.ACTION_REVIEW
    reviews = [cases[i.case_id] for i in agenda if i.kind is AgendaItemKind.CASE_REVIEW and i.case_id]
    new = [cases[i.case_id] for i in agenda if i.kind is AgendaItemKind.NEW_REFERRAL and i.case_id]
    kinds = [i.kind for i in agenda[1:]]
    assert kinds == sorted(kinds, key=lambda k: k is AgendaItemKind.NEW_REFERRAL)
    due = {
        c.id
        for c in cases.values()
        if not c.status.is_closed and c.next_review_date and c.next_review_date <= meeting.meeting_date
    }
    assert {c.id for c in reviews} == due
    # As services.meetings proposes an agenda: the flag is cleared once a case is on it.
    assert new and not any(c.on_next_agenda for c in new)
    assert all(not c.status.is_closed for c in new)
    with demo_ctx.vault.session() as s:
        on_some_agenda = set(s.scalars(select(models.AgendaItem.case_id)))
    waiting = [c for c in cases.values() if c.on_next_agenda]
    assert waiting and not any(c.id in on_some_agenda for c in waiting)


def test_populate_is_deterministic(demo_ctx: ServiceContext, data_dir: Path) -> None:
    other = create_vault(data_dir / "second.vault", PASSPHRASE, kdf=TEST_KDF)
    try:
        demo.populate(ServiceContext(other, "voorzitter", today=demo_ctx.today, now=demo_ctx.now))

        def snapshot(s: Session) -> tuple[list[str], list[str], list[str]]:
            codes = list(s.scalars(select(models.Case.code).order_by(models.Case.id)))
            texts = list(s.scalars(select(models.Contribution.text).order_by(models.Contribution.id)))
            summaries = list(s.scalars(select(models.Assessment.summary).order_by(models.Assessment.id)))
            return codes, texts, summaries

        with demo_ctx.vault.session() as s1, other.session() as s2:
            assert snapshot(s1) == snapshot(s2)
    finally:
        other.close()


def test_populate_refuses_a_vault_with_data(demo_ctx: ServiceContext) -> None:
    before = vault_counts(demo_ctx.vault)
    with pytest.raises(ValueError, match="empty"):
        demo.populate(demo_ctx)
    assert vault_counts(demo_ctx.vault) == before


def test_audit_chain_records_the_demo(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        report = audit.verify_chain(s)
        events = s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "demo")).all()
        counts = {json.loads(e.detail)["kind"]: json.loads(e.detail)["count"] for e in events}
        assert counts["case"] == _count(s, models.Case)
        assert counts["contribution"] == _count(s, models.Contribution)
    assert report.ok, report.reason
    assert all(e.action == "create" and e.user == demo_ctx.user for e in events)


def test_demo_context_and_relative_dates(vault_path: Path, data_dir: Path) -> None:
    day = date(2027, 3, 14)
    vault = create_vault(data_dir / "dated.vault", PASSPHRASE, kdf=TEST_KDF)
    try:
        ctx = demo.demo_context(vault, day)
        assert ctx.user == demo.DEMO_USER == "demo-voorzitter"
        assert ctx.today() == day and ctx.now().date() == day
        demo.populate(ctx)
        with vault.session() as s:
            dates = [m.meeting_date for m in s.scalars(select(models.Meeting))]
            latest_registration = s.scalar(select(func.max(models.Case.registration_date)))
        assert sum(d > day for d in dates) == 1
        assert latest_registration is not None and latest_registration <= day
    finally:
        vault.close()
    assert demo.DEMO_PASSPHRASE == "demo-Fictiefdonk-2026"


def test_kernteam_meeting_screens_the_new_referrals(demo_ctx: ServiceContext) -> None:
    """Issue 16 point 3: a few members sit in the kernteam; it met once between the last two meetings of
    the cell, invited only its members, and its proposal took the new referral marked for the next agenda,
    not the cases due for review; the cell discussed that referral at its next meeting."""
    with demo_ctx.vault.session() as s:
        kern = {m.id for m in s.scalars(select(models.Member).where(models.Member.kernteam.is_(True)))}
        [meeting] = _kernteam_meetings(s)
        past = _past_meetings(s)
        rows = _attendance(s, meeting)
        cases = {c.id: c for c in s.scalars(select(models.Case))}
        screened = [i.case_id for i in meeting.agenda[1:]]
        due = {c.id for c in cases.values() if c.next_review_date and c.next_review_date <= meeting.meeting_date}
        next_of_cell = {i.case_id: i.kind for i in past[-1].agenda}
        decided = s.scalars(select(models.Decision).where(models.Decision.meeting_id == meeting.id)).all()
    names = {m.name for m in demo.MEMBERS if m.key in demo_data.KERNTEAM}
    assert len(kern) == len(names) == 3
    assert meeting.number == f"KT {meeting.meeting_date.year}/01"  # its own series: 2026/nn stays the cell's
    assert (
        meeting.status is MeetingStatus.CLOSED and past[-2].meeting_date < meeting.meeting_date < past[-1].meeting_date
    )
    assert meeting.chair_id in kern and meeting.secretary_id in kern
    assert {r.member_id for r in rows} == kern  # whatever their kind: only the kernteam
    assert all(r.status is AttendanceStatus.PRESENT and r.acknowledged_at is not None for r in rows)
    assert meeting.agenda[0].kind is AgendaItemKind.ACTION_REVIEW
    assert screened and all(i.kind is AgendaItemKind.NEW_REFERRAL for i in meeting.agenda[1:])
    assert due and not due & set(screened)  # reviews are the cell's business
    assert all(i.elapsed_seconds > 0 for i in meeting.agenda)
    assert all(next_of_cell.get(c) is AgendaItemKind.NEW_REFERRAL for c in screened)  # then the whole cell
    assert not any(cases[c].on_next_agenda for c in screened if c is not None)
    assert not decided  # the kernteam screens; the cell decides


def test_the_story_is_written_on_its_own_dates(demo_ctx: ServiceContext) -> None:
    """The demo goes through the services on a moving clock: every time is the story's, not today's."""
    with demo_ctx.vault.session() as s:
        cases = s.scalars(select(models.Case)).all()
        meetings = {m.id: m for m in s.scalars(select(models.Meeting))}
        contributions = s.scalars(select(models.Contribution)).all()
        decisions = s.scalars(select(models.Decision)).all()
        feedback = s.scalars(select(models.ReferrerFeedback)).all()
        events = Counter((e.action, e.entity) for e in s.scalars(select(models.AuditEvent)))
    assert all(c.created_at.date() == c.registration_date for c in cases)
    assert all(c.updated_at.date() <= TODAY for c in cases)
    for c in cases:
        if c.status.is_closed:
            assert c.updated_at.date() >= c.closed_on  # type: ignore[operator]
    for r in contributions:
        meeting = meetings[r.meeting_id]  # type: ignore[index]
        assert meeting.started_at is not None and meeting.ended_at is not None
        assert meeting.started_at < r.created_at < meeting.ended_at
    for d in decisions:
        assert d.decided_at.date() == meetings[d.meeting_id].meeting_date
    assert feedback and all(f.at.date() < TODAY and f.user == demo_ctx.user for f in feedback)
    # each row came with its service's own audit event
    assert events[("create", "case")] == len(cases)
    assert events[("create", "decision")] == len(decisions)
    assert events[("create", "contribution")] == len(contributions)
    assert events[("create", "meeting")] == len(meetings)


def test_a_failing_call_leaves_the_vault_empty(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from livcr_desktop.services import decisions

    before = vault_counts(ctx.vault)

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("refused")

    monkeypatch.setattr(decisions, "record_decision", refuse)
    with pytest.raises(RuntimeError, match="refused"):
        demo.populate(ctx)
    assert vault_counts(ctx.vault) == before


# -- issue 16: each new capability shows in the demo ------------------------------------------------


def test_a_zonal_cell_with_cases_in_both_municipalities(demo_ctx: ServiceContext) -> None:
    municipalities = municipalities_of(str(settings.all_settings(demo_ctx)["municipality"]))
    assert municipalities == list(demo.DEMO_MUNICIPALITIES) and len(municipalities) == 2
    with demo_ctx.vault.session() as s:
        cases = s.scalars(select(models.Case)).all()
    per_municipality = Counter(c.municipality for c in cases)
    assert set(per_municipality) == set(municipalities)  # every case belongs to one of them
    assert all(n >= 3 for n in per_municipality.values())  # enough to show in the statistics


def test_an_advice_only_request_is_on_no_agenda(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        advice = s.scalars(select(models.Case).where(models.Case.advice_only.is_(True))).all()
        on_some_agenda = set(s.scalars(select(models.AgendaItem.case_id)))
        decided = set(s.scalars(select(models.Decision.case_id)))
        notes = s.scalars(select(models.CaseNote).where(models.CaseNote.case_id.in_([c.id for c in advice]))).all()
    assert len(advice) == 1
    [case] = advice
    assert case.signal_text and not case.status.is_closed and not case.on_next_agenda
    assert case.id not in on_some_agenda and case.id not in decided
    assert notes  # the casemanager's advice, dated


def test_a_partner_invited_for_two_cases_of_one_meeting(demo_ctx: ServiceContext) -> None:
    """Need-to-know: a partner is invited for the cases of their organisation only, however many; the
    OCMW's member (``GENERAL_INVITED``) comes for the whole meeting."""
    general = {m.name for m in demo.MEMBERS if m.key in demo_data.GENERAL_INVITED}
    with demo_ctx.vault.session() as s:
        meetings = s.scalars(select(models.Meeting).where(models.Meeting.kind == MeetingKind.REGULAR)).all()
        agendas = {m.id: {i.case_id for i in m.agenda if i.case_id is not None} for m in meetings}
        per_row = Counter(s.scalars(select(models.AttendanceCase.attendance_id)))
        legacy = s.scalar(select(func.count()).where(models.Attendance.invited_case_id.is_not(None)))
    assert max(per_row.values()) >= 2 and legacy == 0  # written through services.invitations
    several = 0
    for meeting_id, agenda in agendas.items():
        for invitation in invitations.invitations(demo_ctx, meeting_id):
            if invitation.name in general:
                assert not invitation.case_ids  # the whole meeting
            elif invitation.case_ids:
                assert invitation.case_ids <= agenda
                several += len(invitation.case_ids) >= 2
    assert several >= 1


def test_linked_cases_show_on_both_ends(demo_ctx: ServiceContext) -> None:
    with demo_ctx.vault.session() as s:
        ids = list(s.scalars(select(models.Case.id)))
    links = {case_id: case_links.list_links(demo_ctx, case_id) for case_id in ids}
    pairs = {(case_id, row.other_case_id, row.kind) for case_id, rows in links.items() for row in rows}
    assert {kind for _, _, kind in pairs} == {CaseLinkKind.FAMILY, CaseLinkKind.PEER_GROUP}
    assert all((other, case_id, kind) in pairs for case_id, other, kind in pairs)


def test_an_escalated_case_still_in_follow_up(demo_ctx: ServiceContext) -> None:
    """Escalation is a flag with its target and date (``decision_rules``): the case stays in follow-up."""
    with demo_ctx.vault.session() as s:
        escalated = s.scalars(
            select(models.Case).where(models.Case.escalated_to != "", models.Case.status == CaseStatus.FOLLOW_UP)
        ).all()
        decisions = s.scalars(select(models.Decision).where(models.Decision.decision_type == DecisionType.ESCALATE))
        by_case = {d.case_id: d for d in decisions}
    assert escalated
    for case in escalated:
        assert case.escalated_on is not None and case.escalated_on <= TODAY
        assert case.next_review_date is not None and case.next_review_date > TODAY  # back on a future agenda
        decision = by_case[case.id]
        assert case.escalated_to == decision.escalation_target
    assert decision_rules.resulting_status(DecisionType.ESCALATE) is CaseStatus.FOLLOW_UP
