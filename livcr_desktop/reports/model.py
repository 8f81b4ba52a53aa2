"""What a minutes document shows, as plain data the services collect and the renderer prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Variant(StrEnum):
    FULL = "full"  # the cell's archive
    ACTIONS = "actions"  # action list for one organisation
    ADDENDUM = "addendum"  # a correction after finalising (``minutes.add_addendum``), not chosen in the dialog
    # The feedback form and the letter to the signal giver are documents of their own, with their own rules
    # (services.feedback_form, services.referrer_letter): no variants of the minutes.


@dataclass(frozen=True, slots=True)
class AttendeeLine:
    organisation: str
    name: str
    role: str
    status: str  # code: present / excused / absent
    for_case: str  # the codes of the cases a partner is invited for ("" : the whole meeting)
    acknowledged_at: str  # "HH:MM" or ""


@dataclass(frozen=True, slots=True)
class ActionLine:
    case_code: str
    description: str
    owner: str
    responsible: str
    deadline: str  # ISO date
    status: str  # code
    note: str = ""  # the latest follow-up note in the action's history (why it is not done, ...)


@dataclass(frozen=True, slots=True)
class ContributionLine:
    organisation: str
    domain: str  # life-domain code
    text: str
    confirmed: bool
    professional_secrecy: bool


@dataclass(frozen=True, slots=True)
class DomainLine:
    domain: str
    concern_level: int | None
    previous_level: int | None
    risk_factors: str
    protective_factors: str


@dataclass(frozen=True, slots=True)
class FeedbackFormLine:
    """The case's feedback form to the police as the cell's own minutes record it (issue 17): that it
    was agreed and when; its text only when the cell chose to put it in the minutes."""

    agreed_at: str  # "dd/mm/yyyy HH:MM" once every member present agreed to the text, else ""
    produced_at: str  # "dd/mm/yyyy HH:MM" once produced, else ""
    with_text: bool
    police_reference: str = ""
    follows_up: bool = True
    direction: str = ""
    contact_point: str = ""
    form_date: str = ""  # ISO date or ""


@dataclass(frozen=True, slots=True)
class CaseSection:
    code: str
    pseudonym: str
    identity: str  # "" unless the chair chose the full variant with identities
    qualification: str  # code or ""
    summary: str
    contributions: tuple[ContributionLine, ...]
    withheld_contributions: int  # not printed (print choice, or restricted for the reader's role)
    declined: tuple[str, ...]  # organisations with "geen informatie / wenst niet te delen"
    domains: tuple[DomainLine, ...]
    decision_type: str  # code or ""
    decision_reasons: str
    decision_expectations: str
    referral_target: str
    escalation_target: str
    next_review: str  # ISO date or ""
    actions: tuple[ActionLine, ...]
    number: int = 0  # the item's number on the agenda (0: not on it)
    discussed: bool = True  # False: nothing was recorded for it ("niet behandeld")
    present: tuple[str, ...] = ()  # who was in the room for this case: "name (organisation)"
    feedback_form: FeedbackFormLine | None = None  # the full minutes only


@dataclass(frozen=True, slots=True)
class AgendaLine:
    number: int  # 1-based, in the agenda's order
    kind: str  # AgendaItemKind code: action_review, case_review, new_referral, other
    title: str  # the item's own title (non-case items), "" for case items
    case_code: str = ""
    pseudonym: str = ""


@dataclass(frozen=True, slots=True)
class MinutesData:
    variant: Variant
    language: str
    municipality: str
    cell_name: str
    meeting_number: str
    meeting_kind: str  # code
    meeting_date: str  # ISO
    start_time: str
    end_time: str
    place: str
    chair: str
    secretary: str
    attendees: tuple[AttendeeLine, ...]
    reviewed_actions: tuple[ActionLine, ...]
    cases: tuple[CaseSection, ...]
    next_meeting: str  # ISO or ""
    organisation: str = ""  # for the per-organisation action list
    addendum_text: str = ""
    generated_by: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    logo: bytes = b""  # the cell's logo (PNG or JPEG) for the header, if set
    domain_labels: dict[str, str] = field(default_factory=dict)  # names of the cell's own life domains
    agenda: tuple[AgendaLine, ...] = ()  # every item, case or not, in order (the full minutes open with it)
    draft: bool = False  # not the finalised document: every page is marked "ONTWERP"


class MinutesRenderError(Exception):
    """The document could not be laid out; the message is in the document's language, for the user."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail  # what the layout engine said, for the log


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a signature goes: 0-based page index and a box in PDF points (x1, y1, x2, y2)."""

    field_name: str
    page: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    signature_boxes: tuple[SignatureBox, ...]
