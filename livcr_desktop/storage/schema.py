"""Schema version checks and Alembic upgrades on an open vault engine.

Opening a vault that is already at the newest revision (the usual case) reads one row and never
imports Alembic (about 90 ms of start-up); the migration files are read as text to know the
revisions. Alembic runs only when there is something to upgrade.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text

from livcr_desktop.storage.errors import NewerVaultError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


@cache
def _graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev and down:
            graph[rev.group(1)] = down.group(1)
    return graph


def known_revisions() -> frozenset[str]:
    return frozenset(_graph())


def head_revision() -> str:
    graph = _graph()
    heads = set(graph) - {d for d in graph.values() if d}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(conn: Connection) -> str | None:
    """Raise NewerVaultError when the vault's revision is unknown to this version of the app."""
    rev = current_revision(conn)
    if rev is not None and rev not in known_revisions():
        raise NewerVaultError(f"schema revision {rev} is not known to this version")
    return rev


def upgrade(engine: Engine) -> None:
    with engine.connect() as conn:
        if check_not_newer(conn) == head_revision():
            return
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        check_not_newer(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
