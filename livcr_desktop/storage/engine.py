"""The SQLCipher engine: raw 256-bit key through a SQLAlchemy ``creator``.

``sqlite+pysqlcipher://`` always runs ``pragma key=""`` and would put a passphrase in the URL, so
we use the plain ``sqlite://`` dialect with the ``sqlcipher3`` module and our own connect function.
The pool class is explicit: with a creator SQLAlchemy would otherwise pick a singleton pool.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from livcr_desktop.storage.errors import VaultClosedError
from livcr_desktop.storage.fileperms import restrict


def _open_raw(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10.0)
    try:
        # Quiet "hmac check failed" on stderr: a wrong key is reported as an exception instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # PRAGMA key always answers ok; the first read tells whether the key fits.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


class _KeyHolder:
    """The key an engine's connections are opened with, until the vault is closed (then none)."""

    def __init__(self, key: bytes) -> None:
        self.key: bytes | None = key


_holders: weakref.WeakKeyDictionary[Engine, _KeyHolder] = weakref.WeakKeyDictionary()


def connection_factory(path: Path, key: bytes, holder: _KeyHolder | None = None) -> Callable[[], Any]:
    holder = holder or _KeyHolder(key)

    def creator() -> Any:
        if holder.key is None:
            raise VaultClosedError("the vault is closed (locked); unlock it again")
        return _open_raw(path, holder.key)

    return creator


def revoke(engine: Engine) -> None:
    """No new connection after this: a closed (locked) vault cannot be reopened behind the user's back."""
    holder = _holders.get(engine)
    if holder is not None:
        holder.key = None


def _configure(dbapi_conn: Any, _record: Any) -> None:
    # journal_mode inside a transaction is silently ignored: set it here, on connect.
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")
        # FULL: a commit survives a power cut, not only a killed process.
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA busy_timeout = 10000")
    finally:
        cur.close()


def make_engine(path: Path, key: bytes) -> Engine:
    holder = _KeyHolder(key)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=connection_factory(path, key, holder),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        # Error messages and SQL logs never carry the bound values (identities, contribution texts).
        hide_parameters=True,
    )
    _holders[engine] = holder
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "connect")
    def _restrict_sidecars(_conn: Any, _rec: Any) -> None:
        for suffix in ("-wal", "-shm"):
            restrict(path.with_name(path.name + suffix))

    return engine


def open_raw(path: Path, key: bytes) -> Any:
    """One connection outside the pool (key rotation, backups, checks); the caller closes it."""
    conn = _open_raw(path, key)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 10000")
    except Exception:
        conn.close()
        raise
    return conn


def probe(path: Path, key: bytes) -> None:
    """Open once, read the header and check the pages: raises on a wrong key or a damaged file."""
    conn = _open_raw(path, key)
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        if rows != [("ok",)]:
            raise sqlcipher3.DatabaseError(f"quick_check: {rows[0][0] if rows else 'no answer'}")
    finally:
        conn.close()
