"""Alembic environment: always runs on the connection the vault hands over (never a URL)."""

from __future__ import annotations

from alembic import context

from livcr_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables in batch mode
)
with context.begin_transaction():
    context.run_migrations()
