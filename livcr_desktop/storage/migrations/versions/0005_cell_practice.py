"""the cell's practice: intake fields, the person and linked cases, invitations per case, kernteam,
escalation alongside follow-up, secrecy on actions and decisions, drafts, the feedback form per case

Revision ID: 0005
Revises: 0004c
Create Date: 2026-12-03

Every new column has a server default or is nullable, so existing rows stay as they were. A partner
invited for one case (``attendance.invited_case_id``) is copied into ``attendance_case``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004c"
branch_labels = None
depends_on = None

_CASE_COLUMNS: list[sa.Column[Any]] = [
    sa.Column("municipality", sa.String(length=200), nullable=False, server_default=""),
    sa.Column("signal_text", sa.Text(), nullable=False, server_default=""),
    sa.Column("facts_date", sa.Date(), nullable=True),
    sa.Column("actions_taken", sa.Text(), nullable=False, server_default=""),
    sa.Column("urgent", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("advice_only", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("signal_giver_name", sa.String(length=200), nullable=False, server_default=""),
    sa.Column("signal_giver_function", sa.String(length=200), nullable=False, server_default=""),
    sa.Column("signal_giver_contact", sa.Text(), nullable=False, server_default=""),
    sa.Column("signal_giver_withheld", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("signal_giver_agreement", sa.String(length=32), nullable=False, server_default="not_asked"),
    sa.Column("inbound_from_ltf", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("informed_on", sa.Date(), nullable=True),
    sa.Column("informed_by", sa.String(length=200), nullable=False, server_default=""),
    sa.Column("not_informed_reason", sa.String(length=200), nullable=False, server_default=""),
    sa.Column("participation", sa.String(length=32), nullable=False, server_default="not_asked"),
    sa.Column("parental_consent", sa.String(length=32), nullable=True),
    sa.Column("escalated_to", sa.String(length=200), nullable=False, server_default=""),
    sa.Column("escalated_on", sa.Date(), nullable=True),
]


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (see 0004c: a batch copy would trip the foreign keys of a vault with data).
    op.add_column("member", sa.Column("kernteam", sa.Boolean(), nullable=False, server_default="0"))
    for column in _CASE_COLUMNS:
        op.add_column("case_file", column)
    op.add_column("contribution", sa.Column("secrecy_lifted_by", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("contribution", sa.Column("secrecy_lifted_at", sa.DateTime(), nullable=True))
    op.add_column("decision", sa.Column("escalation_date", sa.Date(), nullable=True))
    op.add_column("decision", sa.Column("professional_secrecy", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("action", sa.Column("professional_secrecy", sa.Boolean(), nullable=False, server_default="0"))

    op.create_table(
        "attendance_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attendance_id"], ["attendance.id"], name="fk_attendance_case_attendance_id_attendance", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_attendance_case_case_id_case_file"),
        sa.PrimaryKeyConstraint("id", name="pk_attendance_case"),
        sa.UniqueConstraint("attendance_id", "case_id", name="uq_attendance_case_attendance_id"),
    )
    op.create_index("ix_attendance_case_attendance_id", "attendance_case", ["attendance_id"])
    op.execute(
        "INSERT INTO attendance_case (attendance_id, case_id) "
        "SELECT id, invited_case_id FROM attendance WHERE invited_case_id IS NOT NULL"
    )

    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_case_note_case_id_case_file"),
        sa.PrimaryKeyConstraint("id", name="pk_case_note"),
    )
    op.create_index("ix_case_note_case_id", "case_note", ["case_id"])

    op.create_table(
        "case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("other_case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_case_link_case_id_case_file"),
        sa.ForeignKeyConstraint(["other_case_id"], ["case_file.id"], name="fk_case_link_other_case_id_case_file"),
        sa.PrimaryKeyConstraint("id", name="pk_case_link"),
        sa.UniqueConstraint("case_id", "other_case_id", name="uq_case_link_case_id"),
    )
    op.create_index("ix_case_link_case_id", "case_link", ["case_id"])
    op.create_index("ix_case_link_other_case_id", "case_link", ["other_case_id"])

    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name="fk_draft_meeting_id_meeting", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_draft_case_id_case_file"),
        sa.PrimaryKeyConstraint("id", name="pk_draft"),
        sa.UniqueConstraint("meeting_id", "case_id", "kind", name="uq_draft_meeting_id"),
    )

    op.create_table(
        "feedback_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("police_reference", sa.String(length=200), nullable=False),
        sa.Column("follows_up", sa.Boolean(), nullable=False),
        sa.Column("direction", sa.Text(), nullable=False),
        sa.Column("contact_point", sa.Text(), nullable=False),
        sa.Column("form_date", sa.Date(), nullable=True),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("content_in_minutes", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("produced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_feedback_form_case_id_case_file"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name="fk_feedback_form_meeting_id_meeting"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback_form"),
        sa.UniqueConstraint("case_id", "meeting_id", name="uq_feedback_form_case_id"),
    )
    op.create_index("ix_feedback_form_case_id", "feedback_form", ["case_id"])

    op.create_table(
        "feedback_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_id"], ["feedback_form.id"], name="fk_feedback_consent_form_id_feedback_form", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name="fk_feedback_consent_member_id_member"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback_consent"),
        sa.UniqueConstraint("form_id", "member_id", name="uq_feedback_consent_form_id"),
    )
    op.create_index("ix_feedback_consent_form_id", "feedback_consent", ["form_id"])


def downgrade() -> None:
    for table in ("feedback_consent", "feedback_form", "draft", "case_link", "case_note", "attendance_case"):
        op.drop_table(table)
    op.drop_column("action", "professional_secrecy")
    op.drop_column("decision", "professional_secrecy")
    op.drop_column("decision", "escalation_date")
    op.drop_column("contribution", "secrecy_lifted_at")
    op.drop_column("contribution", "secrecy_lifted_by")
    for column in reversed(_CASE_COLUMNS):
        op.drop_column("case_file", column.name)
    op.drop_column("member", "kernteam")
