"""The demo's story: a cell set up two years ago, its cases, three past meetings and the next one.

:func:`tell` turns the facts of ``data`` into a :class:`~.build.Timeline` of service calls. It is
deterministic: the same seed and the same "today" give the same calls at the same times. Every
date is relative to "today", so a demo made on any day has overdue reviews, overdue actions and an
upcoming meeting.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    CaseStatus,
    MeetingKind,
    MemberKind,
    OrganisationSector,
)
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.services import (
    attendance,
    cases,
    feedback_form,
    followup,
    invitations,
    meetings,
    reference,
    settings,
)
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo import practice
from livcr_desktop.services.demo.build import Call, Ids, Timeline
from livcr_desktop.services.demo.data import (
    ABSENT,
    CASES,
    CODE_PREFIX,
    CORE_KEYS,
    DECLINE_AT,
    DEMO_CELL_NAME,
    DEMO_MUNICIPALITY,
    DEMO_RETENTION_YEARS,
    DEMO_SEED,
    EXCUSED,
    FIRST_NAMES,
    GENERAL_INVITED,
    KERNTEAM,
    KERNTEAM_DAYS_AGO,
    KERNTEAM_NUMBER,
    KERNTEAM_SCREENS,
    LAST_NAMES,
    MEETING_INTERVAL_DAYS,
    MEMBERS,
    ORGANISATIONS,
    PARTNERS_ADULT,
    PARTNERS_MINOR,
    PAST_MEETINGS,
    PLACE,
    PSEUDONYMS,
    SECRECY_BOUND,
    SPEAKER,
    START_TIME,
    CaseSpec,
    Step,
)
from livcr_desktop.services.demo.discussion import CaseRec, Discussion, Sitting, at

UPCOMING = PAST_MEETINGS  # the upcoming meeting's index
KERNTEAM_MEETING = UPCOMING + 1  # the kernteam meeting's index (held before the last regular one)


@dataclass(frozen=True, slots=True)
class Schedule:
    past: tuple[date, ...]  # oldest first
    upcoming: date


def schedule(today: date) -> Schedule:
    """A Tuesday one to two weeks ahead, and past meetings every four weeks before it."""
    first = today + timedelta(days=7)
    upcoming = first + timedelta(days=(1 - first.weekday()) % 7)
    past = tuple(upcoming - timedelta(days=MEETING_INTERVAL_DAYS * k) for k in range(PAST_MEETINGS, 0, -1))
    return Schedule(past, upcoming)


def planned_minutes(kind: AgendaItemKind) -> int:
    return 10 if kind is AgendaItemKind.ACTION_REVIEW else 15


def final_status(spec: CaseSpec) -> CaseStatus:
    if spec.steps:
        return decision_rules.resulting_status(spec.steps[-1].decision)
    assert spec.status is not None, "a case without steps needs a status"
    return spec.status


def tell(today: date) -> Timeline:
    story = _Story(today)
    story.set_up()
    story.register_cases()
    for index in range(PAST_MEETINGS):
        story.past_meeting(index)
    story.kernteam_meeting()
    story.upcoming_meeting()
    practice.tell(story.t, today)
    return story.t


class _Story:
    def __init__(self, today: date) -> None:
        self.today = today
        self.rng = random.Random(DEMO_SEED)
        self.dates = schedule(today)
        self.t = Timeline()
        self.recs: list[CaseRec] = []
        self.talk = Discussion(self.rng, self.t, today, self.dates.past)

    # -- the cell --------------------------------------------------------------------------------

    def set_up(self) -> None:
        """The settings, organisations and members, a few days before the oldest case."""
        when = at(self.today - timedelta(days=max(spec.days_ago for spec in CASES) + 7), 10)
        values: dict[str, object] = {
            "cell_name": DEMO_CELL_NAME,
            "municipality": DEMO_MUNICIPALITY,
            "retention_years": DEMO_RETENTION_YEARS,
        }
        self.t.at(when, lambda ctx, _ids: settings.set_many(ctx, values))
        self.t.counts["setting"] += len(values)
        for name, short, sector in ORGANISATIONS:
            self.t.at(when, _organisation(name, short, sector), "organisation")
        for spec in MEMBERS:
            member = _member(spec.key, spec.name, spec.organisation, spec.role, spec.kind, spec.key in KERNTEAM)
            self.t.at(when, member, "member")

    # -- cases -----------------------------------------------------------------------------------

    def register_cases(self) -> None:
        pseudonyms = self.rng.sample(PSEUDONYMS, len(CASES))
        names = self.rng.sample(list(itertools.product(FIRST_NAMES, LAST_NAMES)), len(CASES))
        numbers: Counter[int] = Counter()
        for index, spec in enumerate(CASES):
            registered = self.today - timedelta(days=spec.days_ago)
            numbers[registered.year] += 1
            code = f"{CODE_PREFIX}-{registered.year}-{numbers[registered.year]:03d}"
            created = at(registered, 9) + timedelta(minutes=self.rng.randint(0, 180))
            status = final_status(spec)
            draft = CaseDraft(
                code=code,
                pseudonym=pseudonyms[index] if not spec.named or self.rng.random() < 0.6 else "",
                is_minor=spec.minor,
                phenomenon=spec.phenomenon,
                ideology=spec.ideology,
                referrer_sector=_sector(spec.referrer).value,
                registration_date=registered,
                screening_notes=spec.note,
            )
            if spec.named:
                age = self.rng.randint(14, 17) if spec.minor else self.rng.randint(19, 45)
                first, last = names.pop()
                born = registered - timedelta(days=365 * age + self.rng.randint(0, 300))
                draft = replace(draft, first_name=first, last_name=last, birth_date=born)
            review = None if status.is_closed or spec.review is None else self.today + timedelta(days=spec.review)
            manager = "cm1" if index % 2 == 0 else "cm2"
            rec = CaseRec(index, spec, registered, draft, manager, self.partners(spec), review, spec.on_agenda)
            self.recs.append(rec)
            self.register(rec, created)

    def partners(self, spec: CaseSpec) -> tuple[str, ...]:
        """One or two organisations invited for the case, the referrer first when it is one of them."""
        pool = PARTNERS_MINOR if spec.minor else PARTNERS_ADULT
        chosen = [spec.referrer] if spec.referrer in pool else []
        chosen += self.rng.sample([org for org in pool if org not in chosen], 2 - len(chosen))
        return tuple(chosen[: self.rng.choice((1, 2, 2))])

    def register(self, rec: CaseRec, created: datetime) -> None:
        """The case form, as the casemanager fills it in; later changes of status at their date."""
        spec, draft = rec.spec, rec.draft
        status, review = final_status(spec), rec.next_review
        closed_later = not spec.steps and status.is_closed
        if spec.steps:  # its status and review date are set by the decisions
            first = spec.steps[0].meeting
            fresh = (self.dates.past[first] - rec.registered).days < 60
            status = CaseStatus.SCREENING if fresh else CaseStatus.FOLLOW_UP
            review = None if fresh else self.dates.past[first]
        elif closed_later:
            status = CaseStatus.FOLLOW_UP
        draft = replace(draft, status=status, next_review_date=review)
        intake = practice.intake_for(spec.days_ago, rec.registered)
        self.t.at(created, _create_case(rec.index, rec.manager, spec.referrer, draft, intake), "case")
        if closed_later:
            assert spec.closed_ago is not None, "a closed case without steps needs closed_ago"
            closing = replace(draft, status=final_status(spec), next_review_date=None)
            when = at(self.today - timedelta(days=spec.closed_ago), 16)
            self.t.at(when, _update_case(rec.index, rec.manager, spec.referrer, closing))
        if spec.on_agenda:  # proposed on the upcoming meeting's agenda
            self.t.at(created + timedelta(days=1), _mark(rec.index))
        if spec.marked:  # marked after the upcoming meeting's agenda was drawn up
            self.t.at(max(created + timedelta(days=1), self.agenda_drawn_up() + timedelta(hours=1)), _mark(rec.index))

    def agenda_drawn_up(self) -> datetime:
        return at(self.today - timedelta(days=7), 10)

    # -- past meetings ---------------------------------------------------------------------------

    def items_for(self, index: int) -> list[tuple[CaseRec, Step, AgendaItemKind]]:
        day = self.dates.past[index]
        items: list[tuple[CaseRec, Step, AgendaItemKind]] = []
        for rec in self.recs:
            for number, step in enumerate(rec.spec.steps):
                if step.meeting != index:
                    continue
                fresh = number == 0 and (day - rec.registered).days < 60
                items.append((rec, step, AgendaItemKind.NEW_REFERRAL if fresh else AgendaItemKind.CASE_REVIEW))
        items.sort(key=lambda i: (i[2] is AgendaItemKind.NEW_REFERRAL, i[0].registered))
        return items

    def past_meeting(self, index: int) -> None:
        day = self.dates.past[index]
        items = self.items_for(index)
        kinds = (AgendaItemKind.ACTION_REVIEW, *(kind for _, _, kind in items))
        self.t.at(at(day - timedelta(days=14), 10), _create_meeting(index, day, kinds, propose=False), "meeting")
        prepared = at(day - timedelta(days=1), 16)
        self.t.at(prepared, _agenda_item(index, 0, None, AgendaItemKind.ACTION_REVIEW), "agenda_item")
        for position, (rec, _, kind) in enumerate(items, start=1):
            self.t.at(prepared, _agenda_item(index, position, rec.index, kind), "agenda_item")
        started = at(day, START_TIME.hour, self.rng.randint(0, 8))
        self.t.at(started, _start(index))
        present = self.past_attendance(index, [rec for rec, _, _ in items], started)
        clock = started + timedelta(seconds=self.elapsed(index, 0, started, AgendaItemKind.ACTION_REVIEW))
        for position, (rec, step, kind) in enumerate(items, start=1):
            start = clock
            clock += timedelta(seconds=self.elapsed(index, position, start, kind))
            sitting = Sitting(index, day, position, rec, step, start, clock, present)
            decline = (index, position - 1) == DECLINE_AT
            self.talk.discuss(sitting, decline, first=position == 1 and index == PAST_MEETINGS - 1)
        if index == PAST_MEETINGS - 1 and items:  # the room agrees to the first case's feedback form
            self.t.at(clock, _feedback_form(index, items[0][0].index))
        self.t.at(clock + timedelta(minutes=5), _close(index, day + timedelta(days=MEETING_INTERVAL_DAYS)))

    def elapsed(self, index: int, position: int, start: datetime, kind: AgendaItemKind) -> int:
        """The seconds an item took (the meeting screen's timer, saved as the item ends)."""
        planned = planned_minutes(kind)
        seconds = self.rng.randint(planned * 40, planned * 80)

        def call(ctx: ServiceContext, ids: Ids) -> None:
            meetings.add_elapsed(ctx, ids.items[(index, position)], seconds)

        self.t.at(start + timedelta(seconds=seconds), call)
        return seconds

    def invitations(self, recs: list[CaseRec]) -> dict[str, frozenset[int]]:
        """Member key → the case indexes they are invited for (need-to-know: only the cases of their
        organisation, however many; the members of ``GENERAL_INVITED`` come for the whole meeting)."""
        invited: dict[str, set[int]] = {}
        for rec in recs:
            for org in rec.partners:
                key = SPEAKER[org]
                if key not in GENERAL_INVITED:
                    invited.setdefault(key, set()).add(rec.index)
        return {key: frozenset(indexes) for key, indexes in invited.items()}

    def past_attendance(self, index: int, recs: list[CaseRec], started: datetime) -> frozenset[str]:
        """Who came, recorded as the meeting opens; each one present acknowledges art. 458ter."""
        rows: dict[str, tuple[AttendanceStatus, frozenset[int]]] = {}
        for key in (*CORE_KEYS, *GENERAL_INVITED):
            status = AttendanceStatus.PRESENT
            if EXCUSED.get(index) == key:
                status = AttendanceStatus.EXCUSED
            elif ABSENT.get(index) == key:
                status = AttendanceStatus.ABSENT
            rows[key] = (status, frozenset())
        rows.update({key: (AttendanceStatus.PRESENT, indexes) for key, indexes in self.invitations(recs).items()})
        self.t.counts["attendance"] += len(rows)
        for key, (status, indexes) in rows.items():
            if key not in CORE_KEYS or status is not AttendanceStatus.PRESENT:
                self.t.at(started, _attend(index, key, status, indexes))
        present = frozenset(key for key, (status, _) in rows.items() if status is AttendanceStatus.PRESENT)
        for key in sorted(present, key=_member_order):
            self.t.at(started + timedelta(minutes=1), _acknowledge(index, key))
        return present

    # -- the kernteam ----------------------------------------------------------------------------

    def kernteam_meeting(self) -> None:
        """The kernteam meets between the last two meetings of the cell. A new referral is marked for the
        next agenda; the kernteam meeting's proposal takes it (the meeting of the cell planned then has no
        agenda yet), the kernteam screens it and the cell discusses it at its next meeting."""
        day = self.today - timedelta(days=KERNTEAM_DAYS_AGO)
        assert self.dates.past[-2] < day < self.dates.past[-1], "between two meetings of the cell"
        [rec] = [r for r in self.recs if r.spec.days_ago == KERNTEAM_SCREENS]
        assert rec.registered < day - timedelta(days=3) and rec.spec.steps[0].meeting == PAST_MEETINGS - 1
        self.t.at(at(rec.registered + timedelta(days=1), 11), _mark(rec.index))
        index = KERNTEAM_MEETING
        self.t.at(at(day - timedelta(days=2), 10), _kernteam_meeting(index, day, 1), "meeting")
        self.t.counts["agenda_item"] += 2
        self.t.counts["attendance"] += len(KERNTEAM)
        started = at(day, 10)
        self.t.at(started, _start(index))
        for key in KERNTEAM:  # each one present acknowledges art. 458ter
            self.t.at(started + timedelta(minutes=1), _acknowledge(index, key))
        clock = started + timedelta(minutes=2)
        for position, minutes in enumerate((8, 20)):  # the timers: the open actions, the screening
            clock += timedelta(minutes=minutes)
            self.t.at(clock, _kernteam_elapsed(index, position, minutes * 60))
        self.t.at(clock + timedelta(minutes=5), _close(index, self.dates.past[-1]))

    # -- the upcoming meeting --------------------------------------------------------------------

    def proposed_agenda(self, day: date) -> list[tuple[CaseRec, AgendaItemKind]]:
        """What meetings.create_meeting will propose: cases due for review by the meeting day, then
        new referrals marked for the next agenda."""
        due = [
            r
            for r in self.recs
            if not final_status(r.spec).is_closed and r.next_review is not None and r.next_review <= day
        ]
        due.sort(key=lambda r: (r.next_review or day, r.draft.code))
        new = [r for r in self.recs if r.on_next_agenda and r not in due]
        new.sort(key=lambda r: (r.registered, r.draft.code))
        return [(r, AgendaItemKind.CASE_REVIEW) for r in due] + [(r, AgendaItemKind.NEW_REFERRAL) for r in new]

    def upcoming_meeting(self) -> None:
        day = self.dates.upcoming
        proposal = self.proposed_agenda(day)
        kinds = (AgendaItemKind.ACTION_REVIEW, *(kind for _, kind in proposal))
        when = self.agenda_drawn_up()
        self.t.at(when, _create_meeting(UPCOMING, day, kinds, propose=True), "meeting")
        self.t.counts["agenda_item"] += len(kinds)
        invited: dict[str, frozenset[int]] = dict.fromkeys(GENERAL_INVITED, frozenset())
        invited.update(self.invitations([rec for rec, _ in proposal]))
        self.t.counts["attendance"] += len(CORE_KEYS) + len(invited)
        for key, indexes in invited.items():
            # A partner invited for some cases comes for those: registered when they arrive, so until then
            # the wall shows every case (someone present for other cases withholds them).
            status = AttendanceStatus.UNREGISTERED if indexes else AttendanceStatus.PRESENT
            self.t.at(when + timedelta(minutes=5), _attend(UPCOMING, key, status, indexes))


# -- the calls ----------------------------------------------------------------------------------


def _member_order(key: str) -> int:
    return next(i for i, spec in enumerate(MEMBERS) if spec.key == key)


def _sector(referrer: str | None) -> OrganisationSector:
    return next((sector for _, short, sector in ORGANISATIONS if short == referrer), OrganisationSector.OTHER)


def _organisation(name: str, short: str, sector: OrganisationSector) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        bound = short in SECRECY_BOUND  # its members' contributions and actions start as secret
        ids.orgs[short] = reference.add_organisation(ctx, name, short, sector, professional_secrecy=bound)

    return call


def _member(key: str, name: str, org: str, role: str, kind: MemberKind, kernteam: bool) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        ids.members[key] = reference.add_member(ctx, name, ids.orgs[org], role, kind, kernteam=kernteam)

    return call


def _with_ids(draft: CaseDraft, ids: Ids, manager: str, referrer: str | None) -> CaseDraft:
    return replace(
        draft, case_manager_id=ids.members[manager], referrer_organisation_id=ids.orgs[referrer] if referrer else None
    )


def _create_case(
    index: int, manager: str, referrer: str | None, draft: CaseDraft, intake: CaseIntake | None = None
) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        ids.cases[index] = cases.create_case(ctx, _with_ids(draft, ids, manager, referrer), intake)

    return call


def _update_case(index: int, manager: str, referrer: str | None, draft: CaseDraft) -> Call:
    return lambda ctx, ids: cases.update_case(ctx, ids.cases[index], _with_ids(draft, ids, manager, referrer))


def _mark(index: int) -> Call:
    return lambda ctx, ids: followup.set_on_next_agenda(ctx, ids.cases[index], True)


def _create_meeting(index: int, day: date, kinds: tuple[AgendaItemKind, ...], propose: bool) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        draft = MeetingDraft(
            meeting_date=day,
            start_time=START_TIME,
            planned_minutes=sum(planned_minutes(kind) for kind in kinds),
            place=PLACE,
            chair_id=ids.members["chair"],
            secretary_id=ids.members["secretary"],
        )
        ids.meetings[index] = meetings.create_meeting(ctx, draft, propose=propose)

    return call


def _kernteam_meeting(index: int, day: date, cases: int) -> Call:
    """Created with the proposal: the kernteam invited, the marked new referrals on the agenda."""

    def call(ctx: ServiceContext, ids: Ids) -> None:
        draft = MeetingDraft(
            kind=MeetingKind.CORE_TEAM,
            meeting_date=day,
            start_time=START_TIME.replace(hour=10),
            planned_minutes=10 + 20 * cases,
            place=PLACE,
            chair_id=ids.members["prevention"],
            secretary_id=ids.members["cm1"],
            number=KERNTEAM_NUMBER.format(year=day.year),
        )
        ids.meetings[index] = meetings.create_meeting(ctx, draft, propose=True)

    return call


def _kernteam_elapsed(index: int, position: int, seconds: int) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        item = meetings.get_meeting(ctx, ids.meetings[index]).agenda[position]
        ids.items[(index, position)] = item.id
        meetings.add_elapsed(ctx, item.id, seconds)

    return call


def _agenda_item(index: int, position: int, case: int | None, kind: AgendaItemKind) -> Call:
    def call(ctx: ServiceContext, ids: Ids) -> None:
        meeting, case_id = ids.meetings[index], None if case is None else ids.cases[case]
        title = meetings.ACTION_REVIEW_TITLE if case is None else ""
        ids.items[(index, position)] = meetings.add_agenda_item(ctx, meeting, case_id, title, kind)

    return call


def _start(index: int) -> Call:
    return lambda ctx, ids: meetings.start_meeting(ctx, ids.meetings[index])


def _attend(index: int, key: str, status: AttendanceStatus, for_cases: frozenset[int]) -> Call:
    """Invited for these cases of the meeting (none: the whole meeting), then registered as ``status``."""

    def call(ctx: ServiceContext, ids: Ids) -> None:
        meeting, member = ids.meetings[index], ids.members[key]
        if for_cases:
            invitations.invite(ctx, meeting, member, [ids.cases[case] for case in sorted(for_cases)])
        attendance.set_attendance(ctx, meeting, member, status)

    return call


def _acknowledge(index: int, key: str) -> Call:
    return lambda ctx, ids: attendance.acknowledge(ctx, ids.meetings[index], ids.members[key])


def _feedback_form(index: int, case: int) -> Call:
    """The feedback form to the police for one case, with the neutral pre-fill, agreed by every member
    present for that case (not produced: the demo shows a form ready to go)."""

    def call(ctx: ServiceContext, ids: Ids) -> None:
        mid, cid = ids.meetings[index], ids.cases[case]
        form = feedback_form.compose_form(ctx, mid, cid)
        for line in form.consents:
            feedback_form.record_consent(ctx, mid, cid, line.member_id)

    return call


def _close(index: int, next_day: date) -> Call:
    return lambda ctx, ids: meetings.close_meeting(ctx, ids.meetings[index], next_day)
