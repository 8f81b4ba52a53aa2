"""minutes documents remember their signature boxes and who signed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("minutes_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signature_boxes", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("signed_by", sa.String(length=100), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("minutes_document", schema=None) as batch_op:
        batch_op.drop_column("signed_by")
        batch_op.drop_column("signature_boxes")
