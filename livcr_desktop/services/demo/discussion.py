"""One case discussed at a past meeting of the demo: the partners' contributions, the grid, the
summary and qualification, the decision, the plan of approach and what followed it.

The random draws are made in the order the demo has always made them, so the same seed and the
same "today" give the same vault.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import ActionStatus, DecisionType
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, decisions, feedback_log, followup
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo.build import Call, Ids, Timeline
from livcr_desktop.services.demo.data import (
    CORE_BASE_LEVEL,
    CORE_DOMAINS,
    MAX_FEEDBACK,
    MEMBERS,
    ORGANISATIONS,
    SECRECY_LIFTED,
    SPEAKER,
    CaseSpec,
    Step,
)
from livcr_desktop.services.demo.texts import (
    ACTION_COUNT,
    ACTIONS,
    CONTRIBUTION_TEXTS,
    DOMAIN_LABELS,
    ESCALATION_TARGETS,
    EXPECTATIONS,
    FEEDBACK_TEMPLATES,
    FEEDBACK_TEXTS,
    ORG_DOMAINS,
    ORG_TEXTS,
    PROTECTIVE,
    QUALIFICATION_SHIFT,
    QUALIFICATION_TEXT,
    REASONS,
    REFERRAL_TARGETS,
    RISKS,
    UPDATE_NOTES,
)

ORG_NAMES = {short: name for name, short, _ in ORGANISATIONS}
MEMBER_NAMES = {spec.key: spec.name for spec in MEMBERS}


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


@dataclass(slots=True)
class CaseRec:
    """What the story knows of one case: its facts and its state at the end of the story."""

    index: int  # in CASES
    spec: CaseSpec
    registered: date
    draft: CaseDraft  # as registered
    manager: str  # member key
    partners: tuple[str, ...]  # organisations invited for this case
    next_review: date | None  # at the end of the story
    on_next_agenda: bool = False
    base_levels: dict[str, int] = field(default_factory=dict)
    last_levels: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sitting:
    """A case item at a past meeting: when it ran and who was there."""

    meeting: int  # index
    day: date
    position: int
    rec: CaseRec
    step: Step
    start: datetime
    end: datetime
    present: frozenset[str]


class _Flags(NamedTuple):
    lifted: bool  # the member agrees the fact may be shared: the "beroepsgeheim" default is lifted
    no_projection: bool
    confirmed: bool
    in_minutes: bool


class Discussion:
    def __init__(self, rng: random.Random, timeline: Timeline, today: date, meeting_days: tuple[date, ...]) -> None:
        self.rng = rng
        self.t = timeline
        self.today = today
        self.meeting_days = meeting_days  # the past meetings, oldest first
        self.escalations = itertools.cycle(ESCALATION_TARGETS)
        self.feedback_given = 0
        self.actions_added = 0
        self.spoken = 0  # contributions in the current sitting

    def discuss(self, sit: Sitting, decline: bool, first: bool) -> None:
        self.spoken = 0
        covered = self.contributions(sit, decline)
        levels = self.domain_assessments(sit, covered)
        self.assessment(sit, levels)
        kind, target = self.decision(sit)
        self.actions(sit, kind, target, first)
        self.feedback(sit, kind)
        sit.rec.on_next_agenda = False

    # -- the pieces of the puzzle ----------------------------------------------------------------

    def prevention_speaker(self, rec: CaseRec, present: frozenset[str]) -> str:
        for key in (rec.manager, "cm1", "cm2", "prevention"):
            if key in present:
                return key
        return "chair"

    def contributions(self, sit: Sitting, decline: bool) -> list[str]:
        """Each present organisation's contributions; returns the life domains covered."""
        rec, present = sit.rec, sit.present
        orgs = ["PZ", "PREV", *rec.partners]
        if "ocmw" in present and self.rng.random() < 0.6:
            orgs.append("OCMW")
        covered: list[str] = []
        for org in orgs:
            speaker = self.prevention_speaker(rec, present) if org == "PREV" else SPEAKER[org]
            if speaker not in present:
                continue
            if decline and org == rec.partners[0]:
                self.contribution(sit, org, speaker, None, _Flags(False, False, False, True))  # nothing to lift
                continue
            for domain in self.rng.sample(ORG_DOMAINS[org], self.rng.randint(1, 2)):
                self.contribution(sit, org, speaker, domain, self.flags(org, domain))
                covered.append(domain)
        return covered

    def flags(self, org: str, domain: str) -> _Flags:
        """The flags the secretary sets. Secrecy is not among them: a contribution of an organisation bound
        by professional secrecy starts as "beroepsgeheim" (``assessment.add_contribution``) unless lifted."""
        rng = self.rng
        # Held close (all of the CGG's, some of the other bound partners'): maybe off the wall, out of the minutes.
        close = org == "CGG" or (org in ("OCMW", "CAW", "JH", "CLB") and rng.random() < 0.4)
        no_projection = domain == "health" or (org == "PZ" and rng.random() < 0.3) or (close and rng.random() < 0.5)
        confirmed = rng.random() < (0.8 if org in ("PZ", "JH") else 0.5)
        in_minutes = not (domain == "health" or (close and rng.random() < 0.5))
        lifted = not close and (org, domain) in SECRECY_LIFTED
        return _Flags(lifted, no_projection, confirmed, in_minutes)

    def contribution(self, sit: Sitting, org: str, speaker: str, domain: str | None, flags: _Flags) -> None:
        text = ""
        if domain is not None:
            text = self.rng.choice(ORG_TEXTS.get((org, domain), CONTRIBUTION_TEXTS[domain]))
        when = sit.start + timedelta(seconds=60 + 40 * self.spoken)
        self.spoken += 1

        def call(ctx: ServiceContext, ids: Ids) -> None:
            draft = ContributionDraft(
                case_id=ids.cases[sit.rec.index],
                meeting_id=ids.meetings[sit.meeting],
                organisation_id=ids.orgs[org],
                life_domain=domain,
                text=text,
                professional_secrecy=False,  # the organisation decides (secrecy by default)
                no_projection=flags.no_projection,
                confirmed=flags.confirmed,
                declines_to_share=domain is None,
                in_minutes=flags.in_minutes,
                member_id=ids.members[speaker],
            )
            # The speaker agrees at the meeting: the service records who and when.
            assessment.add_contribution(ctx, draft, secrecy_lifted_by=MEMBER_NAMES[speaker] if flags.lifted else "")

        self.t.at(when, call, "contribution")

    # -- the grid and the consolidated assessment ------------------------------------------------

    def levels_for(self, rec: CaseRec, step: Step, domains: list[str]) -> dict[str, int]:
        """Concern per domain: the case's profile, moved by the qualification and a little noise."""
        for domain in domains:
            if domain not in rec.base_levels:
                base = CORE_BASE_LEVEL.get(domain)
                rec.base_levels[domain] = base if base is not None else self.rng.randint(0, 2)
        shift = QUALIFICATION_SHIFT[step.qualification]
        levels = {d: max(0, min(3, rec.base_levels[d] + shift)) for d in domains}
        # Noise outside the domains that carry the qualification, so Q3 keeps a high concern.
        others = [d for d in domains if d not in CORE_DOMAINS]
        if others:
            moved = self.rng.choice(others)
            levels[moved] = max(0, min(3, levels[moved] + self.rng.choice((-1, 1))))
        return levels

    def domain_assessments(self, sit: Sitting, covered: list[str]) -> list[tuple[str, int, str]]:
        """Rates each domain covered (and the core domains); returns (domain, level, protective)."""
        wanted = {*covered, *CORE_DOMAINS}
        domains = [d for d in DEFAULT_LIFE_DOMAINS if d in wanted]
        rows: list[tuple[str, int, str]] = []
        when = sit.start + timedelta(seconds=(sit.end - sit.start).seconds * 2 // 3)
        for domain, level in self.levels_for(sit.rec, sit.step, domains).items():
            risk = self.rng.choice(RISKS[domain]) if level >= 2 or self.rng.random() < 0.3 else ""
            protective = self.rng.choice(PROTECTIVE[domain]) if level <= 1 or self.rng.random() < 0.4 else ""
            self.t.at(when, self._rate(sit, domain, risk, protective, level), "domain_assessment")
            rows.append((domain, level, protective))
        return rows

    def _rate(self, sit: Sitting, domain: str, risk: str, protective: str, level: int) -> Call:
        def call(ctx: ServiceContext, ids: Ids) -> None:
            case_id, meeting_id = ids.cases[sit.rec.index], ids.meetings[sit.meeting]
            assessment.set_domain_assessment(ctx, case_id, meeting_id, domain, risk, protective, level)

        return call

    def assessment(self, sit: Sitting, grid: list[tuple[str, int, str]]) -> None:
        rec, step = sit.rec, sit.step
        parts = [QUALIFICATION_TEXT[step.qualification]]
        levels = {domain: level for domain, level, _ in grid}
        worries = sorted((d for d, v in levels.items() if v >= 2), key=lambda d: -levels[d])[:3]
        if worries:
            parts.append("Zorgen vooral rond " + ", ".join(DOMAIN_LABELS[d] for d in worries) + ".")
        strengths = [protective for _, _, protective in grid if protective]
        if strengths:
            picked = self.rng.sample(strengths, min(2, len(strengths)))
            parts.append(f"Beschermend: {', '.join(picked).lower()}.")
        if rec.last_levels:
            parts.append(_trend_text(rec.last_levels, levels))
        rec.last_levels = levels
        summary = " ".join(parts)

        def call(ctx: ServiceContext, ids: Ids) -> None:
            case_id, meeting_id = ids.cases[rec.index], ids.meetings[sit.meeting]
            assessment.set_assessment(ctx, case_id, meeting_id, summary, step.qualification)

        self.t.at(sit.end - timedelta(minutes=2), call, "assessment")

    # -- decision, plan of approach and what followed --------------------------------------------

    def decision(self, sit: Sitting) -> tuple[DecisionType, str]:
        """Records the decision; returns its type and the target the actions name."""
        kind = sit.step.decision
        reasons = self.rng.choice(REASONS[kind])
        referral = self.rng.choice(REFERRAL_TARGETS) if kind is DecisionType.REFER_AND_CLOSE else ""
        escalation = next(self.escalations) if kind is DecisionType.ESCALATE else ""
        review = self.review_after(sit)

        def call(ctx: ServiceContext, ids: Ids) -> None:
            draft = DecisionDraft(
                case_id=ids.cases[sit.rec.index],
                meeting_id=ids.meetings[sit.meeting],
                decision_type=kind,
                reasons=reasons,
                expectations=EXPECTATIONS[kind],
                referral_target=referral,
                escalation_target=escalation,
                next_review_date=review,
            )
            decisions.record_decision(ctx, draft)

        self.t.at(sit.end, call, "decision")
        return kind, ESCALATION_TARGETS[escalation] if escalation else referral

    def review_after(self, sit: Sitting) -> date | None:
        if decision_rules.resulting_status(sit.step.decision).is_closed:
            return None
        later = [s for s in sit.rec.spec.steps if s.meeting > sit.meeting]
        if later:
            return self.meeting_days[later[0].meeting]
        return sit.rec.next_review

    def actions(self, sit: Sitting, kind: DecisionType, target: str, first: bool) -> None:
        low, high = ACTION_COUNT[kind]
        closing = decision_rules.resulting_status(kind).is_closed
        for number, (owner, text) in enumerate(ACTIONS[kind][: self.rng.randint(low, high)]):
            org, member = self.owner(sit.rec, owner)
            days = 14 if closing else self.rng.choice((14, 21, 28, 42))
            deadline = sit.day + timedelta(days=days)
            status = self.action_status(deadline, closing)
            if first and number == 0:
                deadline, status = sit.day + timedelta(days=14), ActionStatus.OPEN  # overdue
            self.actions_added += 1
            key = self.actions_added
            description = text.format(org=ORG_NAMES[org], target=target)
            add = _add_action(sit, key, description, deadline, (org, member))
            self.t.at(sit.end + timedelta(seconds=30), add, "action")
            self.action_update(sit.day, key, deadline, status)

    def owner(self, rec: CaseRec, owner: str) -> tuple[str, str]:
        if owner == "CM":
            return "PREV", rec.manager
        org = rec.partners[0] if owner == "PARTNER" else owner
        return org, SPEAKER[org]

    def action_status(self, deadline: date, closing: bool) -> ActionStatus:
        if closing:
            return ActionStatus.DONE if deadline < self.today else ActionStatus.IN_PROGRESS
        done, not_done, open_, busy = (
            ActionStatus.DONE,
            ActionStatus.NOT_DONE,
            ActionStatus.OPEN,
            ActionStatus.IN_PROGRESS,
        )
        if deadline < self.today:
            return self.rng.choice((done, done, done, not_done, open_, busy))
        return self.rng.choice((open_, open_, busy, busy, done))

    def action_update(self, meeting_day: date, key: int, deadline: date, status: ActionStatus) -> None:
        """The action tracker's "Bijwerken" after the meeting, for an action no longer open."""
        if status is ActionStatus.OPEN:
            return
        latest = min(deadline, self.today - timedelta(days=1))
        span = max(0, (latest - meeting_day).days - 3)
        # Half of these draw their day (as the demo always has); the others are updated halfway.
        days = span // 2 if self.rng.random() < 0.5 else self.rng.randint(0, span)
        note = UPDATE_NOTES[status]

        def call(ctx: ServiceContext, ids: Ids) -> None:
            followup.update_action(ctx, ids.actions[key], status, note)

        self.t.at(at(meeting_day + timedelta(days=3 + days), 10, 30), call, "action_update")

    def feedback(self, sit: Sitting, kind: DecisionType) -> None:
        text = FEEDBACK_TEXTS.get(kind)
        anonymous = sit.rec.spec.referrer is None
        if text is None or anonymous or self.feedback_given >= MAX_FEEDBACK:
            return
        self.feedback_given += 1
        template = FEEDBACK_TEMPLATES[kind]

        def call(ctx: ServiceContext, ids: Ids) -> None:
            feedback_log.add_feedback(ctx, ids.cases[sit.rec.index], text, template)

        self.t.at(at(sit.day + timedelta(days=3), 11), call, "referrer_feedback")


def _add_action(sit: Sitting, key: int, description: str, deadline: date, owner: tuple[str, str]) -> Call:
    """Agreed at the meeting, so open; the tracker records what became of it later."""

    def call(ctx: ServiceContext, ids: Ids) -> None:
        draft = ActionDraft(
            case_id=ids.cases[sit.rec.index],
            meeting_id=ids.meetings[sit.meeting],
            description=description,
            owner_organisation_id=ids.orgs[owner[0]],
            responsible_member_id=ids.members[owner[1]],
            deadline=deadline,
        )
        ids.actions[key] = decisions.add_action(ctx, draft)

    return call


def _trend_text(before: dict[str, int], after: dict[str, int]) -> str:
    common = [d for d in after if d in before]
    delta = sum(after[d] - before[d] for d in common)
    if delta > 0:
        return "Sinds de vorige bespreking is de zorg toegenomen."
    if delta < 0:
        return "Sinds de vorige bespreking is de zorg afgenomen."
    return "Sinds de vorige bespreking is de zorg ongeveer gelijk gebleven."
