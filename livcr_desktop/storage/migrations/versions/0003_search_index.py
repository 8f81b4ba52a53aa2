"""full-text search index (FTS5) kept in sync by triggers

Revision ID: 0003
Revises: 0003u
Create Date: 2026-11-22

The index is an FTS5 virtual table outside the ORM metadata. It holds no identity field: only a
case's code, pseudonym and screening notes, contribution texts (with a ``restricted`` mark),
decision reasons and expectations, and action descriptions. Each source row has one index row
whose rowid is ``id * 4 + kind`` (0 case, 1 contribution, 2 decision, 3 action), so the triggers
delete by rowid instead of scanning. ``secure-delete`` removes deleted text from the index at
once (erasure must not leave tokens behind).

A later migration that rebuilds one of these tables in batch mode (copy and rename) drops its
triggers with it: run ``TRIGGERS`` again after such a rebuild.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0003u"
branch_labels = None
depends_on = None

TABLE = "search_index"

# Per source: table, short name, rowid offset, the indexed values (r: the row), a condition, and
# the columns whose change re-indexes the row.
SOURCES = (
    ("case_file", "case", 0,
     "{r}.id * 4, 'case', {r}.id, {r}.id, 0, "
     "coalesce({r}.code, '') || ' ' || coalesce({r}.pseudonym, '') || ' ' || coalesce({r}.screening_notes, '')",
     "1", "code, pseudonym, screening_notes"),
    ("contribution", "contribution", 1,
     "{r}.id * 4 + 1, 'contribution', {r}.id, {r}.case_id, "
     "({r}.professional_secrecy OR {r}.no_projection OR NOT {r}.in_minutes), {r}.text",
     "coalesce({r}.text, '') <> '' AND NOT {r}.declines_to_share",
     "case_id, text, professional_secrecy, no_projection, in_minutes, declines_to_share"),
    ("decision", "decision", 2,
     "{r}.id * 4 + 2, 'decision', {r}.id, {r}.case_id, 0, "
     "coalesce({r}.reasons, '') || ' ' || coalesce({r}.expectations, '') || ' ' || "
     "coalesce({r}.referral_target, '') || ' ' || coalesce({r}.escalation_target, '')",
     "1", "case_id, reasons, expectations, referral_target, escalation_target"),
    ("action", "action", 3,
     "{r}.id * 4 + 3, 'action', {r}.id, {r}.case_id, 0, coalesce({r}.description, '')",
     "1", "case_id, description"),
)

_INSERT = f"INSERT INTO {TABLE}(rowid, kind, ref_id, case_id, restricted, body) "


def _triggers() -> list[str]:
    out = []
    for table, short, offset, values, condition, columns in SOURCES:
        insert = _INSERT + f"SELECT {values.format(r='new')} WHERE {condition.format(r='new')};"
        delete = f"DELETE FROM {TABLE} WHERE rowid = old.id * 4 + {offset};"
        out += [
            f"CREATE TRIGGER search_{short}_ai AFTER INSERT ON \"{table}\" BEGIN {insert} END",
            f"CREATE TRIGGER search_{short}_au AFTER UPDATE OF {columns} ON \"{table}\" BEGIN {delete} {insert} END",
            f"CREATE TRIGGER search_{short}_ad AFTER DELETE ON \"{table}\" BEGIN {delete} END",
        ]
    return out


TRIGGERS = _triggers()


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, restricted UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    op.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('secure-delete', 1)")
    for table, _short, _offset, values, condition, _columns in SOURCES:
        r = f'"{table}"'
        op.execute(_INSERT + f"SELECT {values.format(r=r)} FROM {r} WHERE {condition.format(r=r)}")
    for ddl in TRIGGERS:
        op.execute(ddl)


def downgrade() -> None:
    for _table, short, *_rest in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{short}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
