"""Alembic migrations of the vault schema, run whenever a vault opens."""
