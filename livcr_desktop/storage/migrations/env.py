"""Alembic environment: always runs on the connection the vault hands over (never a URL)."""

from __future__ import annotations

from alembic import context

from livcr_desktop.storage.models import Base
from livcr_desktop.storage.search_index import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables in batch mode
    include_name=include_name,  # the FTS5 search index is made by hand in migration 0003
)
with context.begin_transaction():
    context.run_migrations()
