"""cell set-up: an organisation's professional secrecy; a member's function and active period

Revision ID: 0004c
Revises: 0003
Create Date: 2026-12-03

Existing members get ``active_from`` empty (not known) and, when already retired, ``active_to``
empty too: the rows stay as they were, old minutes still name them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004c"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch (copy, drop, rename) would drop "organisation" while
    # members and contributions point at it, which the foreign keys refuse in a vault with data.
    op.add_column("organisation", sa.Column("professional_secrecy", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("member", sa.Column("function", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("member", sa.Column("active_from", sa.Date(), nullable=True))
    op.add_column("member", sa.Column("active_to", sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+, which SQLCipher 4 bundles), for the same reason as above.
    op.drop_column("member", "active_to")
    op.drop_column("member", "active_from")
    op.drop_column("member", "function")
    op.drop_column("organisation", "professional_secrecy")
