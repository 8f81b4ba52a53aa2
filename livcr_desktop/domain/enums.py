"""Enumerations of the LIVC-R vocabulary (see shared/domain.md).

Values are stable English codes stored in the vault; user-facing labels live in the views'
translation layer, never here.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    REGISTERED = "registered"  # aangemeld
    SCREENING = "screening"  # in screening
    FOLLOW_UP = "follow_up"  # in opvolging
    ESCALATED = "escalated"  # opgeschaald
    REFERRED_CLOSED = "referred_closed"  # doorverwezen en afgesloten
    CLOSED = "closed"  # afgesloten

    @property
    def is_closed(self) -> bool:
        return self in (CaseStatus.REFERRED_CLOSED, CaseStatus.CLOSED)


class Phenomenon(StrEnum):
    RADICALISM = "radicalism"
    EXTREMISM = "extremism"
    TERRORISM = "terrorism"


class Ideology(StrEnum):
    RELIGIOUS = "religious"
    EXTREME_RIGHT = "extreme_right"
    EXTREME_LEFT = "extreme_left"
    ANTI_GOVERNMENT = "anti_government"
    SINGLE_ISSUE = "single_issue"
    UNCLEAR = "unclear"


class Qualification(StrEnum):
    Q0 = "Q0"  # geen radicaliseringsproblematiek
    Q1 = "Q1"  # zorgwekkend, onvoldoende informatie
    Q2 = "Q2"  # radicaliseringsproces, sociaal-preventieve aanpak
    Q3 = "Q3"  # verhoogd risico, veiligheidsluik nodig


class DecisionType(StrEnum):
    START_FOLLOW_UP = "start_follow_up"
    CONTINUE_FOLLOW_UP = "continue_follow_up"
    REFER_AND_CLOSE = "refer_and_close"
    ESCALATE = "escalate"
    CLOSE = "close"
    GATHER_INFORMATION = "gather_information"
    SCALE_DOWN = "scale_down"  # afschalen: lighter follow-up (kernteam, regular care)


class EscalationTarget(StrEnum):
    """Where a case is escalated to; the stored code is the practitioners' own word."""

    LTF = "LTF"  # Local Task Force
    PUBLIC_PROSECUTOR = "parket"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"  # lopend
    DONE = "done"  # afgerond
    NOT_DONE = "not_done"  # niet uitgevoerd

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class MemberKind(StrEnum):
    CORE = "core"
    INVITED = "invited"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    # Nobody recorded this member yet: every member starts so, and counts as neither present nor away.
    UNREGISTERED = "unregistered"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    CORE_TEAM = "core_team"  # kernteam
    EXTRAORDINARY = "extraordinary"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    FINALISED = "finalised"


class AgendaItemKind(StrEnum):
    ACTION_REVIEW = "action_review"  # review of open actions from the previous meeting
    CASE_REVIEW = "case_review"  # case due for review
    NEW_REFERRAL = "new_referral"
    OTHER = "other"


class OrganisationSector(StrEnum):
    POLICE = "police"
    PREVENTION = "prevention"
    SOCIAL_WELFARE = "social_welfare"  # OCMW / CPAS
    JUSTICE = "justice"  # justitiehuis
    WELFARE = "welfare"  # CAW
    EDUCATION = "education"  # school, CLB
    MENTAL_HEALTH = "mental_health"  # CGG
    YOUTH = "youth"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class Agreement(StrEnum):
    """A person's yes or no to a step (voluntary participation, the signal giver's agreement, a parent's consent)."""

    NOT_ASKED = "not_asked"
    AGREED = "agreed"
    REFUSED = "refused"


class CaseLinkKind(StrEnum):
    FAMILY = "family"  # familie, gezin
    PEER_GROUP = "peer_group"  # vriendengroep, peergroep
    OTHER = "other"


class CaseNoteKind(StrEnum):
    """A dated entry of the casemanager in the case timeline."""

    SCREENING = "screening"  # screeningsnota
    ADVICE = "advice"  # advies van de casemanager


class DraftKind(StrEnum):
    """What a meeting form was typing when it was left (kept in the vault until recorded or discarded)."""

    CONTRIBUTION = "contribution"
    DECISION = "decision"
    ACTION = "action"
