"""The name of the FTS5 search index (migration 0003), which lives outside the ORM metadata."""

from __future__ import annotations

from typing import Any

INDEX_TABLE = "search_index"


def is_index_table(name: str) -> bool:
    """The FTS5 table and its shadow tables (schema comparisons skip them)."""
    return name == INDEX_TABLE or name.startswith(INDEX_TABLE + "_")


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic ``include_name`` hook: compare everything but the search index."""
    return not (type_ == "table" and is_index_table(name or ""))
