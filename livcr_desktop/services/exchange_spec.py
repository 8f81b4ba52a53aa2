"""The exchange format, declared once: every entity, field, type, limit and reference.

The validator (:mod:`exchange_validate`), the importer and exporter (:mod:`exchange`), the JSON
Schema in ``docs/exchange.schema.json`` and the field tables in ``docs/exchange-format.md`` all
come from these declarations, so they cannot drift apart: tests compare the committed files with
:func:`json_schema` and :func:`field_tables_markdown`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Final

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Agreement,
    AttendanceStatus,
    CaseLinkKind,
    CaseNoteKind,
    CaseStatus,
    DecisionType,
    Ideology,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
    Phenomenon,
    Qualification,
)
from livcr_desktop.domain.validation import CASE_CODE_PATTERN, MAX_SHORT_TEXT, MAX_TEXT

FORMAT: Final[str] = "livcr-exchange"
FORMAT_VERSION: Final[int] = 2
# Version 2 (2026-12): intake, the person, escalation alongside follow-up, secrecy on actions and
# decisions, kernteam members, invitations per case, case notes and links, feedback forms per case.
# A version-1 file is read as it is: every new field has a default, and a version-1 attendance's
# ``invited_case`` becomes an invitation for that case.
OLDEST_VERSION: Final[int] = 1
SCOPES: Final[tuple[str, ...]] = ("vault", "case")

MAX_CODE: Final[int] = 40  # case codes, meeting numbers, keys, short names
MAX_DOMAIN: Final[int] = 60  # life-domain keys
MAX_USER: Final[int] = 100  # user names in action updates and feedback
MAX_SETTING_KEY: Final[int] = 100
MAX_SETTING_DEPTH: Final[int] = 16  # nesting of a setting's JSON value
MAX_SETTING_CHARS: Final[int] = 1_000_000  # a setting's value as JSON text (the logo is base64 in a setting)
MAX_INT: Final[int] = 2**31 - 1
# Bounds of a file, checked before it is parsed, so that no file can exhaust memory (measured in
# tests/unit/test_import_bounds.py: a file at both limits parses and validates within 1 GB of memory).
# The demo vault exports about 4.6 kB and 135 "values" per case: 10,000 such cases are 46 MB and
# 1.35 million values; the limits leave room for about 14,000 and 18,000 of them. The worst file
# within both limits measured 690 MiB peak RSS (2.5 million short strings holding an emoji).
MAX_FILE_BYTES: Final[int] = 64 * 1024 * 1024
# An upper bound of the number of JSON values, counted before parsing as the commas, "[" and "{"
# of the file (also those inside strings, so a text full of commas counts more than it holds).
MAX_JSON_VALUES: Final[int] = 2_500_000
MAX_ISSUES: Final[int] = 50  # issues listed; the rest are counted in one last "and N more" issue

DATE_PATTERN: Final[str] = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN: Final[str] = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$"
TIME_PATTERN: Final[str] = r"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?$"
SHA256_PATTERN: Final[str] = r"^[0-9a-f]{64}$"
CODE_PATTERN: Final[str] = CASE_CODE_PATTERN.pattern

LANGUAGES: Final[tuple[str, ...]] = ("nl", "fr", "en")


class Kind(StrEnum):
    KEY = "key"  # a key that other items of the same document refer to
    STR = "str"
    TEXT = "text"
    BOOL = "bool"
    INT = "int"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    ENUM = "enum"
    REF = "ref"  # a reference: organisation/member key, case code or meeting number


class _Now:
    """Default of a timestamp that a document leaves out: the time of the import."""

    def __repr__(self) -> str:
        return "NOW"


NOW: Final = _Now()


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    doc: str
    required: bool = False
    nullable: bool = False
    default: Any = None  # in document form; NOW for "the time of the import"
    min_len: int = 0
    max_len: int = MAX_SHORT_TEXT
    values: tuple[str, ...] = ()  # ENUM: the codes
    ref: str = ""  # REF: organisation | member | case | meeting
    minimum: int = 0
    maximum: int = MAX_INT
    pattern: str = ""
    column: str = ""  # the model's attribute when the document uses another name
    enum_type: type[Enum] | None = None  # ENUM: the domain enumeration the codes come from
    derived: bool = False  # not a column of the item's table: the exporter and importer handle it

    @property
    def attribute(self) -> str:
        return self.column or self.name


@dataclass(frozen=True, slots=True)
class EntitySpec:
    name: str  # singular, for the schema's $defs and the docs
    key: str  # the list's key in its parent object
    doc: str
    fields: tuple[FieldSpec, ...]
    children: tuple[EntitySpec, ...] = ()
    unique: tuple[tuple[str, ...], ...] = ()  # field combinations unique within the list (or per parent)
    case_scope_only: bool = False

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def _codes(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in enum)


def _key(what: str) -> FieldSpec:
    return FieldSpec(
        "key",
        Kind.KEY,
        f"Key of this {what} inside the document (other items refer to it).",
        required=True,
        min_len=1,
        max_len=MAX_CODE,
    )


def _ref(name: str, target: str, doc: str, required: bool = False, column: str = "") -> FieldSpec:
    return FieldSpec(
        name,
        Kind.REF,
        doc,
        required=required,
        nullable=not required,
        ref=target,
        min_len=1,
        max_len=MAX_CODE,
        column=column,
    )


def _text(name: str, doc: str, required: bool = False, min_len: int = 0) -> FieldSpec:
    return FieldSpec(
        name, Kind.TEXT, doc, required=required, default=None if required else "", min_len=min_len, max_len=MAX_TEXT
    )


def _str(name: str, doc: str, max_len: int = MAX_SHORT_TEXT, required: bool = False, min_len: int = 0) -> FieldSpec:
    return FieldSpec(
        name, Kind.STR, doc, required=required, default=None if required else "", min_len=min_len, max_len=max_len
    )


def _bool(name: str, doc: str, default: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.BOOL, doc, default=default)


def _enum(name: str, enum: type[Enum], doc: str, required: bool = True) -> FieldSpec:
    return FieldSpec(
        name, Kind.ENUM, doc, required=required, nullable=not required, values=_codes(enum), enum_type=enum
    )


def _date(name: str, doc: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.DATE, doc, required=required, nullable=not required)


def _datetime(name: str, doc: str, required: bool = False, nullable: bool = False) -> FieldSpec:
    default = None if (required or nullable) else NOW
    return FieldSpec(name, Kind.DATETIME, doc, required=required, nullable=nullable, default=default)


def _int(name: str, doc: str, default: int, minimum: int = 0, maximum: int = MAX_INT) -> FieldSpec:
    return FieldSpec(name, Kind.INT, doc, default=default, minimum=minimum, maximum=maximum)


ORGANISATION = EntitySpec(
    "organisation",
    "organisations",
    "An organisation taking part in the cell (police, OCMW, CLB, ...).",
    (
        _key("organisation"),
        _str("name", "Full name; unique in the vault.", required=True, min_len=1),
        _str(
            "short_name",
            "Short name shown in grids and lists (PZ, OCMW, ...).",
            max_len=MAX_CODE,
            required=True,
            min_len=1,
        ),
        _enum("sector", OrganisationSector, "Sector code."),
        _bool("active", "Still taking part.", default=True),
        _bool("professional_secrecy", "Its members are bound by professional secrecy (OCMW, CAW, CLB, CGG, ...)."),
    ),
    unique=(("key",), ("name",)),
)

MEMBER = EntitySpec(
    "member",
    "members",
    "A person sitting in the cell for an organisation.",
    (
        _key("member"),
        _str("name", "Name of the member.", required=True, min_len=1),
        _ref(
            "organisation", "organisation", "Organisation the member sits for.", required=True, column="organisation_id"
        ),
        _str("role", "Role (voorzitter, informatieofficier, casemanager, ...)."),
        _enum("kind", MemberKind, "Core member or invited."),
        _bool("active", "Still a member.", default=True),
        _str("function", "Function in their organisation."),
        _date("active_from", "Member of the cell since, or null."),
        _date("active_to", "Retired from the cell on, or null."),
        _bool("kernteam", "Also a member of the kernteam (version 2)."),
    ),
    unique=(("key",),),
)

CASE = EntitySpec(
    "case",
    "cases",
    "A case (dossier), with its identity fields: they are empty for a pseudonymous case.",
    (
        FieldSpec(
            "code",
            Kind.STR,
            "Case code such as LIVC-2026-014; unique; other items refer to the case by it.",
            required=True,
            min_len=1,
            max_len=MAX_CODE,
            pattern=CODE_PATTERN,
        ),
        _str("pseudonym", "Pseudonym shown instead of a name."),
        _str("first_name", "Identity: first name (empty for a pseudonymous case)."),
        _str("last_name", "Identity: last name (empty for a pseudonymous case)."),
        _date("birth_date", "Identity: date of birth, or null."),
        _bool("is_minor", "The subject is a minor."),
        _enum("phenomenon", Phenomenon, "Phenomenon, or null.", required=False),
        _enum("ideology", Ideology, "Ideology, or null.", required=False),
        _ref(
            "referrer_organisation",
            "organisation",
            "Referring organisation (signaalgever), or null.",
            column="referrer_organisation_id",
        ),
        _str("referrer_sector", "Sector of the signal giver, as recorded."),
        _date("registration_date", "Date of the referral (aanmelding).", required=True),
        _enum("status", CaseStatus, "Case status."),
        _ref("case_manager", "member", "Member who is the case manager, or null.", column="case_manager_id"),
        _date("next_review_date", "Next review, or null."),
        _date("closed_on", "Date the case was closed, or null."),
        _bool("on_next_agenda", "Marked for the next meeting's agenda."),
        _text("screening_notes", "Notes of the screening (before version 2; dated notes are in case_notes)."),
        _str("municipality", "Municipality of the case in a zonal cell, or empty (version 2)."),
        _text("signal_text", "Intake: the signal as the signal giver brought it (version 2)."),
        _date("facts_date", "Intake: date of the facts, or null (version 2)."),
        _text("actions_taken", "Intake: what was already done (version 2)."),
        _bool("urgent", "Intake: urgent (version 2)."),
        _bool("advice_only", "Intake: a request for advice only, not a case (version 2)."),
        _str("signal_giver_name", "Identity-level: the signal giver's contact person (version 2)."),
        _str("signal_giver_function", "The signal giver's function (version 2)."),
        _text("signal_giver_contact", "Identity-level: the signal giver's contact details (version 2)."),
        _bool("signal_giver_withheld", "The signal giver chose to stay anonymous (version 2)."),
        FieldSpec(
            "signal_giver_agreement",
            Kind.ENUM,
            "The signal giver's agreement to bring the case to the kernteam or the cell (version 2).",
            values=_codes(Agreement),
            enum_type=Agreement,
            default=Agreement.NOT_ASKED.value,
        ),
        _bool("inbound_from_ltf", "Referred to the cell by the Local Task Force (version 2)."),
        _date("informed_on", "The person was informed on, or null (version 2)."),
        _str("informed_by", "Who informed the person (version 2)."),
        _str("not_informed_reason", "Why the person was not informed, e.g. a running investigation (version 2)."),
        FieldSpec(
            "participation",
            Kind.ENUM,
            "Voluntary participation of the person (version 2).",
            values=_codes(Agreement),
            enum_type=Agreement,
            default=Agreement.NOT_ASKED.value,
        ),
        _enum("parental_consent", Agreement, "A parent's consent for a minor, or null (version 2).", required=False),
        _str("escalated_to", "Escalated to (LTF, parket) while the cell's follow-up goes on, or empty (version 2)."),
        _date("escalated_on", "Escalated on, or null (version 2)."),
        _datetime("created_at", "When the case was recorded (local time)."),
        _datetime("updated_at", "Last change (local time)."),
        FieldSpec(
            "anonymised",
            Kind.BOOL,
            "The retention period was applied by anonymising the case (identity, "
            "pseudonym and texts blanked); it is no longer listed for erasure.",
            default=False,
            derived=True,
        ),
    ),
    unique=(("code",),),
)

AGENDA_ITEM = EntitySpec(
    "agenda_item",
    "agenda",
    "One item of a meeting's agenda.",
    (
        FieldSpec("position", Kind.INT, "Position on the agenda (0 first); unique within the meeting.", required=True),
        _enum("kind", AgendaItemKind, "Kind of item."),
        _ref("case", "case", "Case discussed, or null.", column="case_id"),
        _str("title", "Title of an item without a case."),
        _int("planned_minutes", "Planned duration in minutes.", default=15),
        _int("elapsed_seconds", "Time spent on the item, in seconds.", default=0),
    ),
    unique=(("position",),),
)

ATTENDANCE = EntitySpec(
    "attendance",
    "attendance",
    "Presence of one member at a meeting.",
    (
        _ref("member", "member", "The member.", required=True, column="member_id"),
        _enum("status", AttendanceStatus, "Present, excused, absent, or unregistered (not yet recorded)."),
        _ref(
            "invited_case", "case", "Invited for this case only, or null (the whole meeting).", column="invited_case_id"
        ),
        _datetime(
            "acknowledged_at", "When the member acknowledged the confidentiality reminder, or null.", nullable=True
        ),
        _bool("feedback_consent", "Agreed to the feedback form (terugkoppelingsfiche)."),
    ),
    unique=(("member",),),
)

MEETING = EntitySpec(
    "meeting",
    "meetings",
    "A meeting of the cell, with its agenda and attendance list.",
    (
        _str(
            "number",
            "Meeting number such as 2026/03; unique; other items refer to the meeting by it.",
            max_len=MAX_CODE,
            required=True,
            min_len=1,
        ),
        _enum("kind", MeetingKind, "Kind of meeting."),
        _enum("status", MeetingStatus, "Planned, in progress, closed or finalised."),
        _date("meeting_date", "Date of the meeting.", required=True),
        FieldSpec("start_time", Kind.TIME, "Start time (HH:MM:SS).", required=True),
        _int("planned_minutes", "Planned duration in minutes.", default=120),
        _str("place", "Place of the meeting."),
        _ref("chair", "member", "Chair, or null.", column="chair_id"),
        _ref("secretary", "member", "Secretary, or null.", column="secretary_id"),
        FieldSpec("current_item", Kind.INT, "Position of the agenda item on screen, or null.", nullable=True),
        _datetime("started_at", "When the meeting started, or null.", nullable=True),
        _datetime("ended_at", "When the meeting ended, or null.", nullable=True),
        _date("next_meeting_date", "Date of the next meeting, or null."),
        _datetime(
            "feedback_consensus_at", "When every member present agreed to the feedback form, or null.", nullable=True
        ),
    ),
    children=(AGENDA_ITEM, ATTENDANCE),
    unique=(("number",),),
)

CONTRIBUTION = EntitySpec(
    "contribution",
    "contributions",
    "One organisation's piece of the puzzle for one life domain.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _ref("meeting", "meeting", "Meeting it was brought in, or null (between meetings).", column="meeting_id"),
        _ref("organisation", "organisation", "Organisation that contributed.", required=True, column="organisation_id"),
        _ref("member", "member", "Member who spoke, or null.", column="member_id"),
        FieldSpec(
            "life_domain",
            Kind.STR,
            'Life-domain key of the assessment grid; null for "no information".',
            nullable=True,
            max_len=MAX_DOMAIN,
            min_len=1,
        ),
        _text("text", "What the organisation shared."),
        _bool("professional_secrecy", "Covered by professional secrecy (beroepsgeheim)."),
        _bool("no_projection", "Never on the projector (niet projecteren)."),
        _bool("confirmed", "The information is confirmed."),
        _bool("declines_to_share", "No information / declines to share (geen info / wenst niet te delen)."),
        _bool("in_minutes", "May appear in the printed minutes.", default=True),
        _str(
            "secrecy_lifted_by",
            "Who agreed to lift the professional-secrecy flag, or empty (version 2).",
            max_len=MAX_USER,
        ),
        _datetime("secrecy_lifted_at", "When the flag was lifted, or null (version 2).", nullable=True),
        _datetime("created_at", "When it was recorded (local time)."),
        _datetime("updated_at", "Last change (local time)."),
    ),
)

DOMAIN_ASSESSMENT = EntitySpec(
    "domain_assessment",
    "domain_assessments",
    "Risk and protective factors and concern level of one life "
    "domain of a case at a meeting; unique per case, meeting and life domain.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _ref("meeting", "meeting", "The meeting.", required=True, column="meeting_id"),
        FieldSpec("life_domain", Kind.STR, "Life-domain key.", required=True, min_len=1, max_len=MAX_DOMAIN),
        _text("risk_factors", "Risk factors."),
        _text("protective_factors", "Protective factors."),
        _int("concern_level", "Concern level: 0 none/unknown, 1 low, 2 moderate, 3 high.", default=0, maximum=3),
        _datetime("updated_at", "Last change (local time)."),
    ),
    unique=(("case", "meeting", "life_domain"),),
)

ASSESSMENT = EntitySpec(
    "assessment",
    "assessments",
    "The integral assessment of a case at a meeting; unique per case and meeting.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _ref("meeting", "meeting", "The meeting.", required=True, column="meeting_id"),
        _text("summary", "Summary of the integral assessment."),
        _enum("qualification", Qualification, "Qualification Q0-Q3, or null.", required=False),
        _datetime("updated_at", "Last change (local time)."),
    ),
    unique=(("case", "meeting"),),
)

DECISION = EntitySpec(
    "decision",
    "decisions",
    "A decision on a case at a meeting.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _ref("meeting", "meeting", "The meeting.", required=True, column="meeting_id"),
        _enum("decision_type", DecisionType, "The decision."),
        _text("reasons", "Reasons."),
        _text("expectations", "What is expected of whom."),
        _str("referral_target", "Where the case is referred to."),
        _str("escalation_target", "Where the case is escalated to (LTF, parket)."),
        _date("next_review_date", "Next review, or null."),
        _date("escalation_date", "Date of the escalation, or null (version 2)."),
        _bool("professional_secrecy", "Taken because of a fact under professional secrecy (version 2)."),
        _datetime("decided_at", "When it was decided (local time)."),
    ),
)

ACTION_UPDATE = EntitySpec(
    "action_update",
    "updates",
    "A dated status change or note in an action's follow-up history.",
    (
        _datetime("at", "When (local time).", required=True),
        _enum("status", ActionStatus, "Status from then on."),
        _text("note", "Note."),
        _str("user", "Who recorded it.", max_len=MAX_USER),
    ),
)

ACTION = EntitySpec(
    "action",
    "actions",
    "An action of the plan of approach (plan van aanpak), with its history.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _ref("meeting", "meeting", "Meeting that agreed it, or null.", column="meeting_id"),
        _text("description", "What is to be done.", required=True, min_len=1),
        _ref(
            "owner_organisation",
            "organisation",
            "Organisation that carries it out.",
            required=True,
            column="owner_organisation_id",
        ),
        _ref("responsible_member", "member", "Member responsible, or null.", column="responsible_member_id"),
        _date("deadline", "Deadline.", required=True),
        _enum("status", ActionStatus, "Current status."),
        _bool("professional_secrecy", "Taken because of a fact under professional secrecy (version 2)."),
        _datetime("created_at", "When it was recorded (local time)."),
        _datetime("updated_at", "Last change (local time)."),
    ),
    children=(ACTION_UPDATE,),
)

REFERRER_FEEDBACK = EntitySpec(
    "referrer_feedback",
    "referrer_feedback",
    "What the signal giver was told, when and by whom.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _datetime("at", "When (local time).", required=True),
        _str("user", "Who gave the feedback.", max_len=MAX_USER),
        _text("text", "What was told.", required=True),
    ),
)

INVITATION = EntitySpec(
    "invitation",
    "invitations",
    "Version 2: a member is in the room for this case of the meeting only (a member with no invitation at a "
    "meeting is there for the whole meeting); the member's attendance must be on that meeting.",
    (
        FieldSpec(
            "meeting", Kind.REF, "The meeting.", required=True, ref="meeting", min_len=1, max_len=MAX_CODE, derived=True
        ),
        FieldSpec(
            "member", Kind.REF, "The member.", required=True, ref="member", min_len=1, max_len=MAX_CODE, derived=True
        ),
        _ref("case", "case", "The case.", required=True, column="case_id"),
    ),
    unique=(("meeting", "member", "case"),),
)

CASE_NOTE = EntitySpec(
    "case_note",
    "case_notes",
    "Version 2: a dated entry of the casemanager (screening note, advice) in a case's timeline.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _enum("kind", CaseNoteKind, "Screening note or advice."),
        _date("on", "Date of the note.", required=True),
        _text("text", "The note."),
        _str("user", "Who wrote it.", max_len=MAX_USER),
        _datetime("created_at", "When it was recorded (local time)."),
    ),
)

CASE_LINK = EntitySpec(
    "case_link",
    "case_links",
    "Version 2: two cases that concern related people (family, peer group); only in a vault export.",
    (
        _ref("case", "case", "One case.", required=True, column="case_id"),
        _ref("other_case", "case", "The other case.", required=True, column="other_case_id"),
        _enum("kind", CaseLinkKind, "Family, peer group or other."),
        _str("note", "A short note."),
        _datetime("created_at", "When it was recorded (local time)."),
    ),
    unique=(("case", "other_case"),),
)

FEEDBACK_CONSENT = EntitySpec(
    "feedback_consent",
    "consents",
    "One member present for the case agreed to the form's exact text.",
    (
        _ref("member", "member", "The member.", required=True, column="member_id"),
        FieldSpec(
            "text_hash",
            Kind.STR,
            "SHA-256 of the text agreed to, lower-case hex.",
            required=True,
            min_len=64,
            max_len=64,
            pattern=SHA256_PATTERN,
        ),
        _datetime("at", "When (local time).", required=True),
    ),
    unique=(("member",),),
)

FEEDBACK_FORM = EntitySpec(
    "feedback_form",
    "feedback_forms",
    "Version 2: the feedback form (terugkoppelingsfiche) of one case at one meeting, with the consents to its text.",
    (
        _ref("case", "case", "The case.", required=True, column="case_id"),
        _ref("meeting", "meeting", "The meeting.", required=True, column="meeting_id"),
        _str("police_reference", "The case's reference for the police."),
        _bool("follows_up", "The cell follows the case up.", default=True),
        _text("direction", "The general direction of the approach, in the cell's words."),
        _text("contact_point", "The cell's contact point."),
        _date("form_date", "Date on the form, or null."),
        FieldSpec(
            "text_hash",
            Kind.STR,
            "SHA-256 of the form's canonical text (empty until composed).",
            max_len=64,
            default="",
        ),
        _bool("content_in_minutes", "The minutes hold the form's content (otherwise only that it was agreed)."),
        _datetime("updated_at", "Last change (local time)."),
        _datetime("produced_at", "When the form was produced, or null.", nullable=True),
    ),
    children=(FEEDBACK_CONSENT,),
    unique=(("case", "meeting"),),
)

MINUTES_DOCUMENT = EntitySpec(
    "minutes_document",
    "minutes_documents",
    "Only in a case export: a minutes document of a meeting the case "
    "was discussed in, listed by date and SHA-256 (the PDF itself stays in the vault).",
    (
        _ref("meeting", "meeting", "The meeting.", required=True, column="meeting_id"),
        _str("variant", "Variant (full, addendum, ...).", max_len=MAX_CODE, required=True, min_len=1),
        _datetime("created_at", "When it was stored (local time).", required=True),
        FieldSpec(
            "sha256",
            Kind.STR,
            "SHA-256 of the PDF, lower-case hex.",
            required=True,
            min_len=64,
            max_len=64,
            pattern=SHA256_PATTERN,
        ),
        _bool("is_addendum", "An addendum (correction) rather than the minutes."),
        _str("signed_by", "Signature fields signed in this revision, comma-separated.", max_len=MAX_USER),
    ),
    case_scope_only=True,
)

# Import order: a list only refers to lists before it (and a meeting's agenda to cases).
ENTITIES: Final[tuple[EntitySpec, ...]] = (
    ORGANISATION,
    MEMBER,
    CASE,
    MEETING,
    CONTRIBUTION,
    DOMAIN_ASSESSMENT,
    ASSESSMENT,
    DECISION,
    ACTION,
    REFERRER_FEEDBACK,
    INVITATION,
    CASE_NOTE,
    CASE_LINK,
    FEEDBACK_FORM,
    MINUTES_DOCUMENT,
)

REF_TARGETS: Final[dict[str, tuple[EntitySpec, str]]] = {
    "organisation": (ORGANISATION, "key"),
    "member": (MEMBER, "key"),
    "case": (CASE, "code"),
    "meeting": (MEETING, "number"),
}

HEADER_FIELDS: Final[tuple[FieldSpec, ...]] = (
    FieldSpec("format", Kind.STR, f'Always "{FORMAT}".', required=True),
    FieldSpec(
        "version",
        Kind.INT,
        f"Format version; this application writes {FORMAT_VERSION} and reads {OLDEST_VERSION} to {FORMAT_VERSION}.",
        required=True,
    ),
    _datetime("exported_at", "When the document was written (local time).", required=True),
    FieldSpec(
        "scope",
        Kind.ENUM,
        '"vault": everything the vault holds; "case": one case (data-subject request).',
        required=True,
        values=SCOPES,
    ),
    _str("generator", "Application and version that wrote the document (informative)."),
)

# Rows of the setting table that are the vault's own bookkeeping, not the cell's settings: never
# exported, refused on import. "audit_head" is the audit trail's head (Vault.record_audit_head);
# carried into another vault it would contradict that vault's own trail.
# "retention_anonymised_cases" lists case IDs, which an import renumbers: the format carries it as
# each case's "anonymised" field instead.
ANONYMISED_CASES_SETTING: Final[str] = "retention_anonymised_cases"
INTERNAL_SETTINGS: Final[frozenset[str]] = frozenset({"audit_head", ANONYMISED_CASES_SETTING})

# Known settings and the JSON type of their value (others: any JSON value).
KNOWN_SETTINGS: Final[dict[str, str]] = {
    "cell_name": "Name of the cell (string).",
    "municipality": "Municipality or municipalities (string).",
    "language": "Language of documents: nl, fr or en.",
    "retention_years": "Retention period in years (integer 0-100).",
    "assessment_domains": "The cell's assessment grid: a non-empty list of unique life-domain keys.",
}


# -- JSON Schema --------------------------------------------------------------------------------


def _field_schema(f: FieldSpec) -> dict[str, Any]:
    schema: dict[str, Any]
    match f.kind:
        case Kind.KEY | Kind.STR | Kind.TEXT | Kind.REF:
            schema = {"type": "string", "maxLength": f.max_len}
            if f.min_len:
                schema["minLength"] = f.min_len
            if f.pattern:
                schema["pattern"] = f.pattern
        case Kind.BOOL:
            schema = {"type": "boolean"}
        case Kind.INT:
            schema = {"type": "integer", "minimum": f.minimum, "maximum": f.maximum}
        case Kind.DATE:
            schema = {"$ref": "#/$defs/date"}
        case Kind.DATETIME:
            schema = {"$ref": "#/$defs/datetime"}
        case Kind.TIME:
            schema = {"$ref": "#/$defs/time"}
        case Kind.ENUM:
            schema = {"enum": list(f.values)}
    if f.nullable:
        if "type" in schema:
            schema["type"] = [schema["type"], "null"]
        elif "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        else:
            schema = {"anyOf": [schema, {"type": "null"}]}
    out: dict[str, Any] = {"description": f.doc, **schema}
    if f.ref:
        out["description"] = f"{f.doc} Refers to a {f.ref} by its {REF_TARGETS[f.ref][1]}."
    if not f.required and f.default is not None and f.default is not NOW:
        out["default"] = f.default
    return out


def _entity_schema(e: EntitySpec) -> dict[str, Any]:
    props: dict[str, Any] = {f.name: _field_schema(f) for f in e.fields}
    for child in e.children:
        props[child.key] = {"type": "array", "items": {"$ref": f"#/$defs/{child.name}"}}
    return {
        "description": e.doc,
        "type": "object",
        "required": [f.name for f in e.fields if f.required],
        "additionalProperties": False,
        "properties": props,
    }


def _all_entities() -> list[EntitySpec]:
    out: list[EntitySpec] = []

    def walk(e: EntitySpec) -> None:
        out.append(e)
        for c in e.children:
            walk(c)

    for e in ENTITIES:
        walk(e)
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the format; ``docs/exchange.schema.json`` is this, dumped.

    The schema describes structure and types. The importer checks more than a schema can say:
    references resolve, codes and keys are unique, dates exist (no 30 February), strings hold
    no NUL or unpaired surrogate, integers have no fraction part.
    """
    props: dict[str, Any] = {f.name: _field_schema(f) for f in HEADER_FIELDS}
    props["format"] = {"description": HEADER_FIELDS[0].doc, "const": FORMAT}
    props["version"] = {
        "description": HEADER_FIELDS[1].doc,
        "type": "integer",
        "minimum": OLDEST_VERSION,
        "maximum": FORMAT_VERSION,
    }
    setting_props: dict[str, Any] = {
        "cell_name": {"type": "string", "maxLength": MAX_SHORT_TEXT},
        "municipality": {"type": "string", "maxLength": MAX_SHORT_TEXT},
        "language": {"enum": list(LANGUAGES)},
        "retention_years": {"type": "integer", "minimum": 0, "maximum": 100},
        "assessment_domains": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"type": "string", "minLength": 1, "maxLength": MAX_DOMAIN},
        },
    }
    for key, doc in KNOWN_SETTINGS.items():
        setting_props[key] = {"description": doc, **setting_props[key]}
    props["settings"] = {
        "description": "The cell's settings: key → JSON value.",
        "type": "object",
        "propertyNames": {"minLength": 1, "maxLength": MAX_SETTING_KEY, "not": {"enum": sorted(INTERNAL_SETTINGS)}},
        "properties": setting_props,
    }
    for e in ENTITIES:
        props[e.key] = {"description": e.doc, "type": "array", "items": {"$ref": f"#/$defs/{e.name}"}}
    defs: dict[str, Any] = {
        "date": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
        "datetime": {
            "type": "string",
            "pattern": DATETIME_PATTERN,
            "description": "Local date and time without offset: YYYY-MM-DDTHH:MM:SS[.ffffff].",
        },
        "time": {"type": "string", "pattern": TIME_PATTERN},
    }
    for e in _all_entities():
        defs[e.name] = _entity_schema(e)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:livcr-desktop:exchange:{FORMAT_VERSION}",
        "title": f"LIVC-R Desktop exchange format, version {FORMAT_VERSION}",
        "type": "object",
        "required": [f.name for f in HEADER_FIELDS if f.required],
        "additionalProperties": False,
        "properties": props,
        "allOf": [
            {
                "if": {"properties": {"scope": {"const": "vault"}}},
                "then": {"not": {"required": [e.key for e in ENTITIES if e.case_scope_only]}},
            },
            {
                "if": {"properties": {"scope": {"const": "case"}}},
                "then": {"required": [CASE.key], "properties": {CASE.key: {"minItems": 1, "maxItems": 1}}},
            },
        ],
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


# -- documentation ------------------------------------------------------------------------------


def _type_text(f: FieldSpec) -> str:
    match f.kind:
        case Kind.KEY:
            text = f"key (1-{f.max_len} chars)"
        case Kind.STR | Kind.TEXT:
            text = f"string (≤ {f.max_len:,} chars)".replace(",", " ")
            if f.pattern:
                text += f", pattern `{f.pattern}`"
        case Kind.BOOL:
            text = "boolean"
        case Kind.INT:
            text = f"integer {f.minimum}-{f.maximum}" if f.maximum != MAX_INT else f"integer ≥ {f.minimum}"
        case Kind.DATE:
            text = "date `YYYY-MM-DD`"
        case Kind.DATETIME:
            text = "date-time `YYYY-MM-DDTHH:MM:SS`"
        case Kind.TIME:
            text = "time `HH:MM:SS`"
        case Kind.ENUM:
            text = " \\| ".join(f"`{v}`" for v in f.values)
        case Kind.REF:
            target, by = REF_TARGETS[f.ref]
            text = f"→ {target.name} `{by}`"
    if f.nullable:
        text += " or null"
    return text


def _default_text(f: FieldSpec) -> str:
    if f.required:
        return "**required**"
    if f.default is NOW:
        return "time of import"
    return "`" + json.dumps(f.default, ensure_ascii=False) + "`"


def field_tables_markdown() -> str:
    """One table per entity (field, type, default, meaning), as pasted into docs/exchange-format.md."""
    parts: list[str] = []
    for e in _all_entities():
        parts.append(f"#### `{e.name}`\n\n{e.doc}\n\n| Field | Type | If absent | Meaning |\n|---|---|---|---|")
        for f in e.fields:
            parts.append(f"| `{f.name}` | {_type_text(f)} | {_default_text(f)} | {f.doc} |")
        for c in e.children:
            parts.append(f"| `{c.key}` | list of `{c.name}` | `[]` | {c.doc} |")
        parts.append("")
    return "\n".join(parts)
