"""SQLAlchemy 2 typed ORM models: the vault's schema.

Every change here needs an Alembic migration under ``migrations/versions``; a test compares the
models with the migrated schema.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Agreement,
    AttendanceStatus,
    CaseLinkKind,
    CaseNoteKind,
    CaseStatus,
    DecisionType,
    DraftKind,
    Ideology,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
    Phenomenon,
    Qualification,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the value string, no CHECK constraint: new values need no table rebuild.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        CaseStatus: _enum(CaseStatus),
        Phenomenon: _enum(Phenomenon),
        Ideology: _enum(Ideology),
        Qualification: _enum(Qualification),
        DecisionType: _enum(DecisionType),
        ActionStatus: _enum(ActionStatus),
        MemberKind: _enum(MemberKind),
        AttendanceStatus: _enum(AttendanceStatus),
        MeetingKind: _enum(MeetingKind),
        MeetingStatus: _enum(MeetingStatus),
        AgendaItemKind: _enum(AgendaItemKind),
        OrganisationSector: _enum(OrganisationSector),
        Agreement: _enum(Agreement),
        CaseLinkKind: _enum(CaseLinkKind),
        CaseNoteKind: _enum(CaseNoteKind),
        DraftKind: _enum(DraftKind),
        str: String(200),
        date: Date(),
        time: Time(),
        datetime: DateTime(),
    }


class AppUser(Base):
    """A person who can open the vault (with a key slot of their own) and their role."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)  # the key slots' user name
    display_name: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Setting(Base):
    """Per-cell settings (cell name, municipality, retention, grid, ...) as typed JSON text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    short_name: Mapped[str] = mapped_column(String(40))
    sector: Mapped[OrganisationSector]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Its members are bound by professional secrecy (art. 458 Sw.): shown in the cell's set-up.
    professional_secrecy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Member(Base):
    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    role: Mapped[str]  # role in the cell: voorzitter, secretaris, casemanager, ...
    kind: Mapped[MemberKind]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    function: Mapped[str] = mapped_column(String(200), default="", server_default="")  # in their organisation
    active_from: Mapped[date | None]
    active_to: Mapped[date | None]  # set when retired; the row stays (old minutes name the member)
    # Also a member of the kernteam (the smaller forum that screens new referrals and urgent cases).
    kernteam: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    organisation: Mapped[Organisation] = relationship()


class Case(Base):
    __tablename__ = "case_file"  # "case" is an SQL keyword
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    pseudonym: Mapped[str] = mapped_column(default="")
    # Identity: optional (pseudonymous cases), never shown in lists or on the projector.
    first_name: Mapped[str] = mapped_column(default="")
    last_name: Mapped[str] = mapped_column(default="")
    birth_date: Mapped[date | None]
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    phenomenon: Mapped[Phenomenon | None]
    ideology: Mapped[Ideology | None]
    referrer_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    referrer_sector: Mapped[str] = mapped_column(default="")
    registration_date: Mapped[date]
    status: Mapped[CaseStatus] = mapped_column(index=True)
    case_manager_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    next_review_date: Mapped[date | None]
    closed_on: Mapped[date | None]
    on_next_agenda: Mapped[bool] = mapped_column(Boolean, default=False)
    screening_notes: Mapped[str] = mapped_column(Text, default="")
    # A zonal cell serves several municipalities; each case belongs to one ("" in a one-city cell).
    municipality: Mapped[str] = mapped_column(default="", server_default="")
    # Intake (aanmelding): the signal as the signal giver brought it.
    signal_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    facts_date: Mapped[date | None]
    actions_taken: Mapped[str] = mapped_column(Text, default="", server_default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    advice_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # not a case
    # The signal giver as a person: identity-level data (shown on request, the read audited).
    signal_giver_name: Mapped[str] = mapped_column(default="", server_default="")
    signal_giver_function: Mapped[str] = mapped_column(default="", server_default="")
    signal_giver_contact: Mapped[str] = mapped_column(Text, default="", server_default="")
    signal_giver_withheld: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # chose anonymity
    signal_giver_agreement: Mapped[Agreement] = mapped_column(default=Agreement.NOT_ASKED, server_default="not_asked")
    inbound_from_ltf: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The person: informed (when, by whom, or why not), voluntary participation, a parent's consent.
    informed_on: Mapped[date | None]
    informed_by: Mapped[str] = mapped_column(default="", server_default="")
    not_informed_reason: Mapped[str] = mapped_column(default="", server_default="")
    participation: Mapped[Agreement] = mapped_column(default=Agreement.NOT_ASKED, server_default="not_asked")
    parental_consent: Mapped[Agreement | None]  # only for a minor
    # Escalated to the LTF or the parket: a flag that can run alongside the cell's own follow-up.
    escalated_to: Mapped[str] = mapped_column(default="", server_default="")
    escalated_on: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    case_manager: Mapped[Member | None] = relationship()
    referrer_organisation: Mapped[Organisation | None] = relationship()


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[MeetingKind]
    status: Mapped[MeetingStatus]
    meeting_date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time]
    planned_minutes: Mapped[int] = mapped_column(Integer, default=120)
    place: Mapped[str] = mapped_column(default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    # No foreign key: agenda_item already points at meeting, and a cycle would complicate deletes.
    current_item_id: Mapped[int | None]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    next_meeting_date: Mapped[date | None]
    feedback_consensus_at: Mapped[datetime | None]

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        order_by="AgendaItem.position",
        foreign_keys="AgendaItem.meeting_id",
        cascade="all, delete-orphan",
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[AgendaItemKind]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    title: Mapped[str] = mapped_column(default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda", foreign_keys=[meeting_id])


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    status: Mapped[AttendanceStatus]
    # Superseded by AttendanceCase (a partner can be invited for several cases); kept for old vaults,
    # copied into attendance_case by migration 0005.
    invited_case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    acknowledged_at: Mapped[datetime | None]  # confidentiality (art. 458ter §2) acknowledged
    feedback_consent: Mapped[bool] = mapped_column(Boolean, default=False)


class AttendanceCase(Base):
    """An invited partner is in the room for these cases of the meeting only (none: the whole meeting)."""

    __tablename__ = "attendance_case"
    __table_args__ = (UniqueConstraint("attendance_id", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("attendance.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))


class Contribution(Base):
    """One organisation's piece of the puzzle for one life domain, at one meeting."""

    __tablename__ = "contribution"
    __table_args__ = (Index("ix_contribution_case_meeting", "case_id", "meeting_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    life_domain: Mapped[str | None] = mapped_column(String(60))  # None for "no information"
    text: Mapped[str] = mapped_column(Text, default="")
    professional_secrecy: Mapped[bool] = mapped_column(Boolean, default=False)  # beroepsgeheim
    no_projection: Mapped[bool] = mapped_column(Boolean, default=False)  # niet projecteren
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    declines_to_share: Mapped[bool] = mapped_column(Boolean, default=False)  # geen info / wenst niet te delen
    in_minutes: Mapped[bool] = mapped_column(Boolean, default=True)  # print choice
    # Who agreed to lift the professional-secrecy flag, and when ("" / None: never lifted).
    secrecy_lifted_by: Mapped[str] = mapped_column(default="", server_default="")
    secrecy_lifted_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class DomainAssessment(Base):
    __tablename__ = "domain_assessment"
    __table_args__ = (UniqueConstraint("case_id", "meeting_id", "life_domain"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    life_domain: Mapped[str] = mapped_column(String(60))
    risk_factors: Mapped[str] = mapped_column(Text, default="")
    protective_factors: Mapped[str] = mapped_column(Text, default="")
    concern_level: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]


class Assessment(Base):
    """The consolidated (integral) assessment of a case at one meeting."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("case_id", "meeting_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    qualification: Mapped[Qualification | None]
    updated_at: Mapped[datetime]


class Decision(Base):
    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    decision_type: Mapped[DecisionType]
    reasons: Mapped[str] = mapped_column(Text, default="")
    expectations: Mapped[str] = mapped_column(Text, default="")
    referral_target: Mapped[str] = mapped_column(default="")
    escalation_target: Mapped[str] = mapped_column(default="")
    next_review_date: Mapped[date | None]
    escalation_date: Mapped[date | None]
    # Taken because of a fact under professional secrecy: never leaves the cell.
    professional_secrecy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    decided_at: Mapped[datetime]


class Action(Base):
    __tablename__ = "action"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    description: Mapped[str] = mapped_column(Text)
    owner_organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    responsible_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    deadline: Mapped[date]
    status: Mapped[ActionStatus] = mapped_column(index=True)
    # Taken because of a fact under professional secrecy: never leaves the cell.
    professional_secrecy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ActionUpdate(Base):
    """A dated status change or note on an action (follow-up history)."""

    __tablename__ = "action_update"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    status: Mapped[ActionStatus]
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")


class ReferrerFeedback(Base):
    __tablename__ = "referrer_feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)


class CaseNote(Base):
    """A dated entry of the casemanager (screening note, advice) shown in the case timeline."""

    __tablename__ = "case_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[CaseNoteKind]
    on: Mapped[date]
    text: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime]


class CaseLink(Base):
    """Two cases that concern related people (family, peer group); stored once, shown on both."""

    __tablename__ = "case_link"
    __table_args__ = (UniqueConstraint("case_id", "other_case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    other_case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[CaseLinkKind]
    note: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]


class Draft(Base):
    """What a meeting form held when it was left: kept until recorded or discarded (JSON of the fields)."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"))
    kind: Mapped[DraftKind]
    fields: Mapped[str] = mapped_column(Text, default="{}")
    user: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime]


class FeedbackForm(Base):
    """The feedback form (terugkoppelingsfiche) to the police/LTF for one case at one meeting: its own text,
    agreed by every member present for that case on that exact text (``text_hash``)."""

    __tablename__ = "feedback_form"
    __table_args__ = (UniqueConstraint("case_id", "meeting_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    police_reference: Mapped[str] = mapped_column(default="")
    follows_up: Mapped[bool] = mapped_column(Boolean, default=True)
    direction: Mapped[str] = mapped_column(Text, default="")  # the general direction, in the cell's words
    contact_point: Mapped[str] = mapped_column(Text, default="")
    form_date: Mapped[date | None]
    text_hash: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 of the canonical text
    content_in_minutes: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime]
    produced_at: Mapped[datetime | None]


class FeedbackConsent(Base):
    """One member present for the case agreed to the form's exact text (void when the text changes)."""

    __tablename__ = "feedback_consent"
    __table_args__ = (UniqueConstraint("form_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("feedback_form.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    text_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]


class MinutesDocument(Base):
    __tablename__ = "minutes_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    variant: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    is_addendum: Mapped[bool] = mapped_column(Boolean, default=False)
    # JSON list of {field_name, page, box}: where the visible signature fields go.
    signature_boxes: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    # "" for the finalised document; the signer's field name(s) for each signed revision.
    signed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class AuditEvent(Base):
    """Append-only, hash-chained event log: who, when, what, which record."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: before/after of changed fields
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
