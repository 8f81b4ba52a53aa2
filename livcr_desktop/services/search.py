"""Full-text search across cases, contributions, decisions and actions (SQLite FTS5).

The index (``search_index``, migration 0003) is kept in sync by triggers and never holds an
identity field. Privacy rule for contributions: a restricted one (professional secrecy, "niet
projecteren", or kept out of the minutes: ``roles.is_restricted_contribution``) is only found by a
role that may read it (``roles.reads_restricted``, the rule the assessment grid and the minutes
follow too); everybody else does not even learn that it matched.

User input is never passed to FTS5 as query syntax: it is cut into words and each word is
quoted (``"word"*``), so quotes, ``*``, ``-``, ``NEAR``, ``AND`` or parentheses cannot raise.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from livcr_desktop.domain.followup import MARK_END, MARK_START, SearchHit, SearchKind
from livcr_desktop.domain.roles import Permission, reads_restricted
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.search_index import INDEX_TABLE

MAX_TERMS = 12
SNIPPET_TOKENS = 12


def fts_query(user_text: str) -> str:
    """A safe FTS5 query: every word of the input, quoted, as a prefix; all must match.

    "" when the input holds no word at all.
    """
    words = re.findall(r"\w+", user_text)[:MAX_TERMS]
    return " ".join(f'"{w}"*' for w in words)


_SQL = text(f"""
    SELECT s.kind, s.ref_id, s.case_id, c.code, c.pseudonym, s.restricted,
           snippet({INDEX_TABLE}, 4, :start, :end, '…', :tokens) AS snip
    FROM {INDEX_TABLE} AS s JOIN case_file AS c ON c.id = s.case_id
    WHERE {INDEX_TABLE} MATCH :q AND (:restricted_ok OR s.restricted = 0)
    ORDER BY rank
    LIMIT :limit
""")


def search(ctx: ServiceContext, user_text: str, limit: int = 200) -> list[SearchHit]:
    """Best matches first (FTS5 rank); at most ``limit``."""
    ctx.require(Permission.VIEW)
    query = fts_query(user_text)
    if not query:
        return []
    params = {
        "q": query,
        "start": MARK_START,
        "end": MARK_END,
        "tokens": SNIPPET_TOKENS,
        "restricted_ok": reads_restricted(ctx.role),
        "limit": limit,
    }
    with ctx.vault.session() as s:
        rows = s.execute(_SQL, params).all()
    return [
        SearchHit(
            kind=SearchKind(r[0]),
            ref_id=int(r[1]),
            case_id=int(r[2]),
            case_code=r[3],
            case_pseudonym=r[4],
            snippet=str(r[6] or ""),
            restricted=bool(r[5]),
        )
        for r in rows
    ]
