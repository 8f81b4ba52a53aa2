"""A scripted live meeting, run in a child process that the crash-safety test kills at random moments.

    python -m tests.helpers.scripted_meeting VAULT_PATH SEED      (the passphrase is read as one line from stdin)

The child opens the vault the way the app does (``unlock.open_vault``), reads where the meeting is
(status, current item, agenda order, timers, attendance, actions) and then edits it through the
services, forever, without sleeping. Around every service call it writes one line to stdout, each
with a single ``write`` on the unbuffered file descriptor (so a line is either wholly in the pipe or
not there at all):

    PLAN <kind> <key> <json>        before the call: what the call is about to store
    COMMITTED <kind> <key> <json>   after it returned, i.e. after its transaction committed

``kind``/``key``/``json`` name one stored entity and its whole expected value (see ``KINDS``). For a
new row the PLAN key is ``new`` and the COMMITTED key its id. A kill can land between a PLAN and
its COMMITTED: then the vault holds either the value before or the planned one, nothing else.
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    DecisionType,
    MeetingStatus,
    MemberKind,
    Qualification,
)
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, attendance, cases, decisions, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import open_vault

MEETING_DAY = date(2026, 11, 25)
NEW = "new"

# kind: key format -> value
KINDS = {
    "meeting_status": "<meeting>",  # "in_progress"
    "current_item": "<meeting>",  # agenda item id
    "agenda_order": "<meeting>",  # [item ids by position]
    "elapsed": "<item>",  # elapsed_seconds
    "attendance": "<meeting>/<member>",  # {status, invited_case_id, acknowledged}
    "domain": "<case>/<meeting>/<domain>",  # {concern_level, risk_factors, protective_factors}
    "assessment": "<case>/<meeting>",  # {summary, qualification}
    "contribution": "<id>",  # the contribution's fields (new rows only)
    "decision": "<id>",  # the decision's fields (new rows only)
    "action": "<id>",  # the action's fields, its status and the note of its latest status update
}
APPEND_KINDS = frozenset({"contribution", "decision", "action"})

PHRASES = (
    "Gesprek met de moeder: thuis onrustig sinds de zomer",
    "Spijbelt sinds oktober; school maakt zich zorgen",
    "Deelt filmpjes van een extremistisch kanaal",
    "Pas de nouvelles informations — le CPAS suit le dossier",
    "Heeft een job gevonden via de VDAB, werkt halftijds",
    "Contact met de jeugdwerker loopt goed",
    'Gesprek gepland met de justitieassistent op "woensdag"',
    "Sterke binding met de voetbalclub (beschermende factor)",
    "Uitspraken over geweld op 12/11, niet bevestigd",
    "Schulden bij de huisbaas; OCMW bekijkt een budgetbegeleiding",
    "Ne souhaite pas d'aide pour le moment; à revoir",
    "Broer recent vrijgekomen; invloed onduidelijk",
)
TARGETS = ("CAW Testdorp", "CGG Testdorp", "LTF", "Parket Halle-Vilvoorde")


def emit(line: str) -> None:
    """One line, one write(2) on fd 1: never half a line in the pipe, nothing left in a buffer."""
    data = (line + "\n").encode("utf-8")
    assert len(data) < 4096, "a line must fit in PIPE_BUF to be written atomically"
    os.write(1, data)


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse_line(line: str) -> tuple[str, str, str, Any] | None:
    """``(verb, kind, key, value)`` of a PLAN/COMMITTED line, None for any other line."""
    parts = line.split(" ", 3)
    if len(parts) != 4 or parts[0] not in ("PLAN", "COMMITTED") or parts[1] not in KINDS:
        return None
    return parts[0], parts[1], parts[2], json.loads(parts[3])


class ScriptedMeeting:
    """Walks the agenda item by item and, at each, records what a real meeting records."""

    def __init__(self, ctx: ServiceContext, seed: int) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)
        self.tag = f"s{seed}"
        self.counter = 0
        self.calls = 0
        overview = next(
            m for m in meetings.list_meetings(ctx) if m.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
        )
        self.meeting_id = overview.id
        m = meetings.get_meeting(ctx, self.meeting_id)
        self.status = m.status
        self.current = m.current_item_id
        self.order = [e.id for e in m.agenda]
        self.item_case = {e.id: e.case_id for e in m.agenda}
        self.elapsed = {e.id: e.elapsed_seconds for e in m.agenda}
        self.attendance = {
            a.member_id: {
                "status": a.status.value,
                "invited_case_id": a.invited_case_id,
                "acknowledged": a.acknowledged_at is not None,
            }
            for a in m.attendance
        }
        self.members = reference.list_members(ctx)
        self.org_ids = [o.id for o in reference.list_organisations(ctx)]
        self.case_ids = [c.id for c in cases.list_cases(ctx)]
        self.domains = assessment.life_domains(ctx)
        # Actions of this meeting, as last stored; the note is only known once this run sets a status.
        self.actions: dict[int, dict[str, Any]] = {}
        for case_id in self.case_ids:
            for a in decisions.actions_for(ctx, case_id, self.meeting_id):
                self.actions[a.id] = {
                    "case_id": a.case_id,
                    "meeting_id": a.meeting_id,
                    "description": a.description,
                    "owner_organisation_id": a.owner_organisation_id,
                    "responsible_member_id": a.responsible_member_id,
                    "deadline": a.deadline.isoformat(),
                    "status": a.status.value,
                }

    # -- plumbing ---------------------------------------------------------------------------------

    def call(self, kind: str, key: str, value: Any, fn: Callable[[], Any]) -> Any:
        emit(f"PLAN {kind} {key} {dump(value)}")
        result = fn()
        emit(f"COMMITTED {kind} {result if key == NEW else key} {dump(value)}")
        self.calls += 1
        return result

    def text(self, what: str) -> str:
        """A unique, varied text: a phrase or two, the run's tag and a counter; sometimes padded."""
        self.counter += 1
        rng = self.rng
        body = rng.choice(PHRASES)
        if rng.random() < 0.3:
            body += ("\n" if rng.random() < 0.5 else " ") + rng.choice(PHRASES)
        if rng.random() < 0.1:
            body = " ".join([body] * rng.randint(2, 4))
        text = f"{what} {body} [{self.tag}#{self.counter}]"
        if rng.random() < 0.15:
            text = "  " + text + " \n"  # the services store what was typed, stripped
        return text

    def member_of(self, org_id: int) -> int | None:
        ids = [m.id for m in self.members if m.organisation_id == org_id]
        return self.rng.choice(ids) if ids and self.rng.random() < 0.7 else None

    # -- the script -------------------------------------------------------------------------------

    def run(self, max_calls: int | None = None) -> None:
        mid = self.meeting_id
        self.call(
            "meeting_status", str(mid), MeetingStatus.IN_PROGRESS.value, lambda: meetings.start_meeting(self.ctx, mid)
        )
        steps = {
            "contribution": (6, self.contribution),
            "domain": (3, self.domain),
            "assessment": (2, self.assessment),
            "elapsed": (3, self.add_elapsed),
            "attendance": (1, self.set_attendance),
            "acknowledge": (1.5, self.acknowledge),
            "decision": (1, self.decision),
            "action": (1.5, self.add_action),
            "action_status": (1.5, self.action_status),
            "move": (0.7, self.move),
        }
        names = list(steps)
        weights = [steps[n][0] for n in names]
        while max_calls is None or self.calls < max_calls:
            self.next_item()
            item = self.current
            assert item is not None
            case_id = self.item_case.get(item) or self.rng.choice(self.case_ids)
            for _ in range(self.rng.randint(3, 12)):
                steps[self.rng.choices(names, weights)[0]][1](case_id)

    def next_item(self) -> None:
        """The chair moves to the next agenda item (sometimes jumps to another one)."""
        if self.current in self.order and self.rng.random() < 0.85:
            item = self.order[(self.order.index(self.current) + 1) % len(self.order)]
        else:
            item = self.rng.choice(self.order)
        self.call(
            "current_item",
            str(self.meeting_id),
            item,
            lambda: meetings.set_current_item(self.ctx, self.meeting_id, item),
        )
        self.current = item

    def add_elapsed(self, _case_id: int) -> None:
        item = self.current
        assert item is not None
        seconds = self.rng.randint(1, 30)
        total = self.elapsed.get(item, 0) + seconds
        self.call("elapsed", str(item), total, lambda: meetings.add_elapsed(self.ctx, item, seconds))
        self.elapsed[item] = total

    def move(self, _case_id: int) -> None:
        item = self.rng.choice(self.order)
        position = self.rng.randint(0, len(self.order) - 1)
        order = list(self.order)
        order.insert(position, order.pop(order.index(item)))
        self.call(
            "agenda_order", str(self.meeting_id), order, lambda: meetings.move_agenda_item(self.ctx, item, position)
        )
        self.order = order

    def set_attendance(self, _case_id: int) -> None:
        rng = self.rng
        member = rng.choice(self.members)
        status = rng.choices([AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT], [6, 2, 1])[
            0
        ]
        for_one_case = member.kind is MemberKind.INVITED and status is AttendanceStatus.PRESENT
        invited = rng.choice(self.case_ids) if for_one_case else None
        before = self.attendance.get(member.id)
        value = {
            "status": status.value,
            # None leaves an invitation as it was (services.attendance.set_attendance)
            "invited_case_id": invited if invited is not None else (before["invited_case_id"] if before else None),
            "acknowledged": bool(before and before["acknowledged"]) and status is AttendanceStatus.PRESENT,
        }
        self.call(
            "attendance",
            f"{self.meeting_id}/{member.id}",
            value,
            lambda: attendance.set_attendance(self.ctx, self.meeting_id, member.id, status, invited),
        )
        self.attendance[member.id] = value

    def acknowledge(self, _case_id: int) -> None:
        present = [m for m, a in self.attendance.items() if a["status"] == AttendanceStatus.PRESENT.value]
        if not present:
            return
        member_id = self.rng.choice(sorted(present))
        ack = self.rng.random() < 0.85
        value = {**self.attendance[member_id], "acknowledged": ack}
        self.call(
            "attendance",
            f"{self.meeting_id}/{member_id}",
            value,
            lambda: attendance.acknowledge(self.ctx, self.meeting_id, member_id, ack),
        )
        self.attendance[member_id] = value

    def contribution(self, case_id: int) -> None:
        rng = self.rng
        org = rng.choice(self.org_ids)
        declines = rng.random() < 0.1
        draft = ContributionDraft(
            case_id=case_id,
            meeting_id=self.meeting_id,
            organisation_id=org,
            life_domain=None if declines else rng.choice(self.domains),
            text="" if declines else self.text("Inbreng"),
            professional_secrecy=rng.random() < 0.3,
            no_projection=rng.random() < 0.3,
            confirmed=rng.random() < 0.5,
            declines_to_share=declines,
            in_minutes=rng.random() < 0.8,
            member_id=self.member_of(org),
        )
        value = {
            "case_id": case_id,
            "meeting_id": self.meeting_id,
            "organisation_id": org,
            "member_id": draft.member_id,
            "life_domain": draft.life_domain,
            "text": draft.text.strip(),
            "professional_secrecy": draft.professional_secrecy,
            "no_projection": draft.no_projection,
            "confirmed": draft.confirmed,
            "declines_to_share": declines,
            "in_minutes": draft.in_minutes,
        }
        self.call("contribution", NEW, value, lambda: assessment.add_contribution(self.ctx, draft))

    def domain(self, case_id: int) -> None:
        rng = self.rng
        dom = rng.choice(self.domains)
        level = rng.randint(0, 3)
        risk = self.text("Risico") if rng.random() < 0.7 else ""
        protective = self.text("Beschermend") if rng.random() < 0.5 else ""
        value = {"concern_level": level, "risk_factors": risk, "protective_factors": protective}
        self.call(
            "domain",
            f"{case_id}/{self.meeting_id}/{dom}",
            value,
            lambda: assessment.set_domain_assessment(self.ctx, case_id, self.meeting_id, dom, risk, protective, level),
        )

    def assessment(self, case_id: int) -> None:
        summary = self.text("Samenvatting")
        q = self.rng.choice([*Qualification, None])
        value = {"summary": summary, "qualification": None if q is None else q.value}
        self.call(
            "assessment",
            f"{case_id}/{self.meeting_id}",
            value,
            lambda: assessment.set_assessment(
                self.ctx, case_id, self.meeting_id, summary, q, clear_qualification=q is None
            ),
        )

    def decision(self, case_id: int) -> None:
        rng = self.rng
        status, _ = cases.case_status(self.ctx, case_id)
        kind = rng.choice([t for t in DecisionType if decision_rules.is_allowed(t, status)])
        review = None
        if decision_rules.review_required(kind, status) or (
            not decision_rules.resulting_status(kind, status).is_closed and rng.random() < 0.8
        ):
            review = MEETING_DAY + timedelta(days=rng.randint(0, 180))
        draft = DecisionDraft(
            case_id=case_id,
            meeting_id=self.meeting_id,
            decision_type=kind,
            reasons=self.text("Motivering"),
            expectations=self.text("Verwachting") if rng.random() < 0.5 else "",
            referral_target=rng.choice(TARGETS) if kind is DecisionType.REFER_AND_CLOSE else "",
            escalation_target=rng.choice(TARGETS[2:]) if kind is DecisionType.ESCALATE else "",
            next_review_date=review,
        )
        value = {
            "case_id": case_id,
            "meeting_id": self.meeting_id,
            "decision_type": kind.value,
            "reasons": draft.reasons.strip(),
            "expectations": draft.expectations.strip(),
            "referral_target": draft.referral_target,
            "escalation_target": draft.escalation_target,
            "next_review_date": None if review is None else review.isoformat(),
        }
        self.call("decision", NEW, value, lambda: decisions.record_decision(self.ctx, draft))

    def add_action(self, case_id: int) -> None:
        rng = self.rng
        org = rng.choice(self.org_ids)
        draft = ActionDraft(
            case_id=case_id,
            meeting_id=self.meeting_id,
            description=self.text("Actie"),
            owner_organisation_id=org,
            responsible_member_id=self.member_of(org),
            deadline=MEETING_DAY + timedelta(days=rng.randint(0, 120)),
            status=rng.choices([ActionStatus.OPEN, ActionStatus.IN_PROGRESS], [4, 1])[0],
        )
        assert draft.deadline is not None
        record = {
            "case_id": case_id,
            "meeting_id": self.meeting_id,
            "description": draft.description.strip(),
            "owner_organisation_id": org,
            "responsible_member_id": draft.responsible_member_id,
            "deadline": draft.deadline.isoformat(),
            "status": draft.status.value,
        }
        action_id = self.call("action", NEW, {**record, "note": ""}, lambda: decisions.add_action(self.ctx, draft))
        self.actions[action_id] = record

    def action_status(self, _case_id: int) -> None:
        if not self.actions:
            return
        rng = self.rng
        action_id = rng.choice(sorted(self.actions))
        status = rng.choice(list(ActionStatus))
        note = self.text("Stand van zaken") if rng.random() < 0.6 else ""
        record = {**self.actions[action_id], "status": status.value}
        self.call(
            "action",
            str(action_id),
            {**record, "note": note.strip()},
            lambda: decisions.set_action_status(self.ctx, action_id, status, note),
        )
        self.actions[action_id] = record


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m tests.helpers.scripted_meeting VAULT_PATH SEED  (passphrase on stdin)", file=sys.stderr)
        return 2
    path, seed = Path(args[0]), int(args[1])
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = open_vault(path, passphrase)
    emit(f"OPENED {os.getpid()}")
    ctx = ServiceContext(vault, "voorzitter", today=lambda: MEETING_DAY)
    try:
        ScriptedMeeting(ctx, seed).run()
    finally:  # only reached on an error: the script runs until it is killed
        vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
