"""The encrypted vault: one SQLCipher database file plus its key file (``<vault>.keys``).

Opening checks, in this order, and changes nothing on disk until all have passed: the key file
(format and version), the passphrase or keyring secret (AES-GCM tag), the database (readable with
the key, pages intact), the schema revision (not newer than this app). Only then are migrations
run.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import sqlcipher3
from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker

from livcr_desktop.storage import audit, durable, keyring_store, schema
from livcr_desktop.storage.engine import make_engine, open_raw, probe, revoke
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    KeyringUnavailableError,
    NoKeyringSlotError,
    NotAVaultError,
    NoWriteAccessError,
    ReadOnlyMediaError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
    as_storage_fault,
)
from livcr_desktop.storage.fileperms import create_private_empty, restrict
from livcr_desktop.storage.keyslots import (
    DB_KEY_BYTES,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeySlot,
    below_minimum,
    new_keyring_secret,
    new_keyring_slot,
    new_passphrase_slot,
    rewrap_slot,
    stronger_of,
)

try:  # a lock on a staged build, so a cleanup never removes the files of a build still running
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SQLITE_MAGIC = b"SQLite format 3\x00"
GENESIS_HASH = "0" * 64
# Tables every LIVC-R vault has had since the first schema revision (a restore checks for them).
REQUIRED_TABLES = frozenset({"alembic_version", "setting", "case_file", "meeting", "audit_event"})
AUDIT_HEAD_SETTING = "audit_head"
# The audit event written (once per recorded head) when the chain no longer reaches a head that was
# recorded: rows deleted at the end, or the table rewritten. It stays reported until acknowledged.
TRUNCATION_ACTION = "audit_truncated"
TRUNCATION_ACK_ACTION = "audit_truncation_acknowledged"
KDF_UPGRADE_ACTION = "kdf_upgrade"

_log = logging.getLogger(__name__)
T = TypeVar("T")


def _raise_if_fault(e: BaseException, path: Path | None) -> None:
    """Raise ``e`` as a StorageFault (disk full, read-only, no access) when it is one."""
    fault = as_storage_fault(e, path)
    if fault is not e:
        raise fault from e


def _fault_or(e: BaseException, path: Path | None, other: Callable[[str], VaultError]) -> NoReturn:
    _raise_if_fault(e, path)
    raise other(str(e)) from e


def check_writable(path: Path) -> None:
    """ReadOnlyMediaError / NoWriteAccessError when the vault (or its folder) cannot be written.

    Opening writes (the login event, the WAL, migrations, the key file's audit head), so a vault on
    a read-only medium is refused with a clear message instead of a "damaged vault" later on.
    """
    # The key file is replaced by a rename, so the folder's permission is what counts for it.
    for target in (path.parent, path):
        if os.access(target, os.W_OK):
            continue
        try:
            readonly = bool(os.statvfs(target).f_flag & os.ST_RDONLY)
        except (OSError, AttributeError):  # pragma: no cover - no statvfs (Windows)
            readonly = False
        if readonly:
            raise ReadOnlyMediaError(
                "the vault is on a read-only medium: copy it and its .keys file to a writable folder and open the copy",
                target,
                30,
            )
        raise NoWriteAccessError("no permission to write the vault or its folder", target, 13)


class VaultBusyError(VaultError):
    """Another connection (another window or process) holds the vault: close it and try again."""


def key_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def pending_key_path_for(db_path: Path) -> Path:
    """A key file written *before* a key rotation or restore changes the database (see ``Vault``)."""
    return db_path.with_name(db_path.name + ".keys.pending")


def database_salt(db_path: Path) -> str:
    """The SQLCipher salt (the file's first 16 bytes) in hex: it names one database file."""
    with open(db_path, "rb") as fh:
        return fh.read(16).hex()


@dataclass(frozen=True, slots=True)
class AuditHead:
    """Where the audit chain ended when it was last recorded: event count, last id and its hash."""

    events: int
    last_id: int
    last_hash: str
    recorded_at: str = ""

    def payload(self) -> bytes:
        return json.dumps([self.events, self.last_id, self.last_hash, self.recorded_at]).encode("utf-8")

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "last_id": self.last_id,
            "last_hash": self.last_hash,
            "recorded_at": self.recorded_at,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AuditHead | None:
        try:
            events, last_id, last_hash = d["events"], d["last_id"], d["last_hash"]
            recorded_at = d.get("recorded_at", "")
        except (KeyError, TypeError):
            return None
        if (
            type(events) is not int
            or type(last_id) is not int
            or not isinstance(last_hash, str)
            or not isinstance(recorded_at, str)
        ):
            return None
        return cls(events, last_id, last_hash, recorded_at)

    def same_position(self, other: AuditHead | None) -> bool:
        return other is not None and (self.events, self.last_id, self.last_hash) == (
            other.events,
            other.last_id,
            other.last_hash,
        )


def _mac(db_key: bytes, purpose: str, data: bytes) -> str:
    """HMAC-SHA256 of ``data`` under a key derived from the database key for one purpose."""
    sub_key = hmac.new(db_key, b"livcr-desktop/" + purpose.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(sub_key, data, hashlib.sha256).hexdigest()


def _signed_head(head: AuditHead, db_key: bytes) -> dict[str, Any]:
    return {**head.as_dict(), "mac": _mac(db_key, "audit-head", head.payload())}


@dataclass(frozen=True, slots=True)
class VaultFileInfo:
    """What :func:`inspect_vault_file` found in a database file it opened and checked."""

    vault_id: str
    revision: str
    user: str  # whose passphrase slot opened it
    role: str | None  # that user's role in the file's user table ("" none; None: no users recorded)
    events: int
    cases: int
    audit_head: AuditHead | None  # as recorded in the file's key file (not authenticated here)


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class UnlockedBy:
    slot_id: str
    kind: str
    user: str


class Vault:
    """An open vault. Use :meth:`create`, :meth:`open_with_passphrase` or :meth:`open_with_keyring`."""

    def __init__(self, path: Path, key_file: KeyFile, db_key: bytes, engine: Engine, by: UnlockedBy) -> None:
        self.path = path
        self.key_file = key_file
        self._db_key = db_key
        self.engine = engine
        self.unlocked_by = by
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self._closed = False

    # -- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, user: str = "voorzitter", kdf: KdfParams = DEFAULT_KDF) -> Vault:
        path = Path(path)
        kpath = key_path_for(path)
        if path.exists() or kpath.exists():
            raise VaultExistsError(f"{path} already exists")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        db_key = secrets.token_bytes(DB_KEY_BYTES)
        key_file = KeyFile(vault_id=secrets.token_hex(16), slots=[])
        slot = new_passphrase_slot(db_key, key_file.vault_id, user, passphrase, kdf, _now_text())
        key_file.slots.append(slot)
        create_private_empty(path)
        engine = None
        try:
            engine = make_engine(path, db_key)
            schema.upgrade(engine)
            key_file.save(kpath)
        except BaseException as e:
            if engine is not None:
                engine.dispose()
            for p in (path, kpath, *_sidecars(path)):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            _raise_if_fault(e, path)
            raise
        return cls(path, key_file, db_key, engine, UnlockedBy(slot.slot_id, slot.kind, user))

    @classmethod
    def build(
        cls,
        path: Path,
        passphrase: str,
        fill: Callable[[Vault], T],
        *,
        user: str = "voorzitter",
        kdf: KdfParams = DEFAULT_KDF,
        on_step: Callable[[str], None] | None = None,
    ) -> tuple[Vault, T]:
        """Create a vault at ``path`` under temporary names, ``fill`` it, then publish it; returns it open.

        The database and its key file are made as ``.<name>.build-<hex>`` and
        ``.<name>.build-<hex>.keys`` in the same folder (a kill leaves only those, removed at the
        next build or open of ``path``). Publishing: the staged key file first records the staged
        database's salt (``for_database``); the database is renamed to ``path``; the key file is
        written as ``path.keys``; the staged files are removed. A kill between the two renames
        leaves a database whose key file waits under the staged name: :func:`recover_staged` (run
        by every open and build) finishes the publication, so ``path`` is never seen as a database
        without a key file by the application.
        """
        step = on_step or (lambda _name: None)
        path = Path(path)
        kpath = key_path_for(path)
        recover_staged(path)
        if path.exists() or kpath.exists():
            raise VaultExistsError(f"{path} already exists")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        stem = path.with_name(f".{path.name}.build-{secrets.token_hex(8)}")
        lock_fd = _lock_stage(stem)
        try:
            staged = cls.create(stem, passphrase, user=user, kdf=kdf)
            step("created")
            try:
                result = fill(staged)
            except BaseException:
                staged.close()
                raise
            step("filled")
            staged.close()
            db_key, slot_id = staged._db_key, staged.unlocked_by.slot_id
            for side in _sidecars(stem):
                if side.exists() and side.stat().st_size:
                    raise CorruptVaultError("the new vault's write-ahead log was not emptied")
                side.unlink(missing_ok=True)
            _fsync_file(stem)
            key_file = KeyFile.load(key_path_for(stem))
            key_file.for_database = database_salt(stem)
            key_file.save(key_path_for(stem))
            step("staged")
            if path.exists() or kpath.exists():
                raise VaultExistsError(f"{path} already exists")
            durable.replace(stem, path)
            step("database_published")
            key_file.for_database = ""
            key_file.save(kpath)
            step("key_file_published")
            _remove_stage(stem)
        except BaseException:
            _remove_stage(stem)
            raise
        finally:
            _unlock_stage(stem, lock_fd)
        slot = next(s for s in key_file.slots if s.slot_id == slot_id)
        return cls._open(path, key_file, db_key, slot), result

    @classmethod
    def open_with_passphrase(cls, path: Path, passphrase: str, user: str | None = None) -> Vault:
        path = Path(path)
        recover_staged(path)
        key_file = _load_key_file(path)
        return cls._open_resolving(path, key_file, lambda kf: kf.unlock_with_passphrase(passphrase, user))

    @classmethod
    def open_with_keyring(cls, path: Path) -> Vault:
        """Open with this computer's remembered secret. Raises NoKeyringSlotError when none fits."""
        path = Path(path)
        recover_staged(path)
        key_file = _load_key_file(path)
        return cls._open_resolving(path, key_file, _unlock_with_keyring)

    @classmethod
    def _open_resolving(
        cls, path: Path, key_file: KeyFile, unlock: Callable[[KeyFile], tuple[bytes, KeySlot]]
    ) -> Vault:
        """Open, first finishing or discarding a key rotation or restore that was interrupted.

        A rotation writes the new key file as ``<vault>.keys.pending`` *before* ``PRAGMA rekey``
        and renames it after; a restore writes the restored key file as pending (naming the
        restored database's salt) before it swaps the database in. So after a crash the pending
        file belongs to the database exactly when the database opens with it (rotation) or has
        the salt it names (restore); otherwise it is stale and removed once the current key file
        has opened the database.

        A pending file is applied only after authentication: a slot of the *pending* file must
        unwrap, with the secret being used, a key the database accepts. Anyone can read the
        database's salt, so a planted pending file naming it proves nothing by itself; and a wrong
        passphrase changes no file at all.
        """
        check_writable(path)
        pending = _load_pending(path)
        if pending is not None and (not pending.for_database or pending.for_database == database_salt(path)):
            try:
                db_key, slot = unlock(pending)
                probe(path, db_key)
            except (VaultError, sqlcipher3.DatabaseError, sqlite3.DatabaseError, ValueError):
                pass  # not authenticated by this secret, or the rotation never reached the database
            else:
                return cls._open(path, _promote_pending(path, pending), db_key, slot)
        db_key, slot = unlock(key_file)
        vault = cls._open(path, key_file, db_key, slot)
        if pending is not None:
            # The current key file opened the database: the pending one never applied to it (a
            # rotation that never rekeyed, a restore that never swapped, or a planted file).
            _discard_pending(path)
        return vault

    @classmethod
    def _open(cls, path: Path, key_file: KeyFile, db_key: bytes, slot: KeySlot) -> Vault:
        try:
            probe(path, db_key)
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as e:
            _fault_or(e, path, CorruptVaultError)
        except OSError as e:
            _raise_if_fault(e, path)
            raise
        engine = make_engine(path, db_key)
        try:
            with engine.connect() as conn:
                schema.check_not_newer(conn)
            schema.upgrade(engine)
        except BaseException as e:
            engine.dispose()
            if isinstance(e, exc.DatabaseError):
                _fault_or(e, path, CorruptVaultError)
            if isinstance(e, OSError):
                _raise_if_fault(e, path)
            raise
        for p in (path, *_sidecars(path)):
            restrict(p)
        return cls(path, key_file, db_key, engine, UnlockedBy(slot.slot_id, slot.kind, slot.user))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Record the audit head, checkpoint the WAL into the main file, release every connection. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            current, (recorded, _ok) = self.current_audit_head(), self.recorded_audit_head()
            if not current.same_position(recorded) and (current.events or recorded is not None):
                self.record_audit_head()
        except (exc.SQLAlchemyError, OSError, VaultError) as e:
            _log.warning("audit head not recorded at close (%s)", type(e).__name__)
        with contextlib.suppress(exc.DBAPIError), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        revoke(self.engine)

    # -- sessions --------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with self.session_factory() as s, s.begin():
            yield s

    # -- key slots -------------------------------------------------------------------------------

    def add_passphrase_slot(self, user: str, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> KeySlot:
        slot = new_passphrase_slot(self._db_key, self.key_file.vault_id, user, passphrase, kdf, _now_text())
        self.key_file.slots.append(slot)
        self.key_file.save(key_path_for(self.path))
        return slot

    def remember_on_this_computer(self) -> KeySlot:
        """Add a keyring slot for the user who unlocked. Raises KeyringUnavailableError if none."""
        if not keyring_store.keyring_available():
            raise KeyringUnavailableError("no OS keyring backend is usable")
        secret = new_keyring_secret()
        slot = new_keyring_slot(self._db_key, self.key_file.vault_id, self.unlocked_by.user, secret, _now_text())
        keyring_store.store_secret(slot.keyring_user, secret)
        self.key_file.slots.append(slot)
        self.key_file.save(key_path_for(self.path))
        return slot

    def forget_on_this_computer(self) -> None:
        """Remove the keyring slots whose secret is in this computer's keyring (not other computers')."""
        mine = []
        for slot in self.key_file.keyring_slots():
            try:
                keyring_store.load_secret(slot.keyring_user)
            except Exception:
                continue  # remembered on another computer
            mine.append(slot.slot_id)
            with contextlib.suppress(Exception):
                keyring_store.delete_secret(slot.keyring_user)
        self.key_file.slots = [s for s in self.key_file.slots if s.slot_id not in mine]
        self.key_file.save(key_path_for(self.path))

    def remove_slot(self, slot_id: str) -> None:
        remaining = [s for s in self.key_file.slots if s.slot_id != slot_id]
        if not any(s.kind == "passphrase" for s in remaining):
            raise ValueError("the last passphrase slot cannot be removed")
        self.key_file.slots = remaining
        self.key_file.save(key_path_for(self.path))

    def weak_passphrase_slot(self) -> bool:
        """Whether the slot that unlocked is a passphrase slot below ``keyslots.MIN_KDF`` (as it is now)."""
        slot = next((s for s in self.key_file.slots if s.slot_id == self.unlocked_by.slot_id), None)
        return slot is not None and slot.kind == "passphrase" and below_minimum(slot.kdf_params())

    def upgrade_passphrase_slot(self, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> tuple[KeySlot, KeySlot] | None:
        """Rewrap the unlocking passphrase slot with ``kdf`` (or stronger) when it is below the minimum.

        Returns ``(old, new)`` when it was upgraded, None when there was nothing to do. One durable
        write of the key file: a crash leaves the old or the new slot, both opening with ``passphrase``.
        """
        if not self.weak_passphrase_slot():
            return None
        key_file = self._reload_key_file()
        old = next((s for s in key_file.slots if s.slot_id == self.unlocked_by.slot_id), None)
        if old is None:
            return None
        db_key, _slot = key_file.unlock_with_passphrase(passphrase, old.user)
        if db_key != self._db_key:
            raise WrongPassphraseError("that passphrase opens another database key")
        fresh = new_passphrase_slot(
            db_key, key_file.vault_id, old.user, passphrase, stronger_of(kdf, old.kdf_params()), _now_text()
        )
        key_file.slots = [fresh if s.slot_id == old.slot_id else s for s in key_file.slots]
        key_file.save(key_path_for(self.path))
        self.key_file = key_file
        self.unlocked_by = UnlockedBy(fresh.slot_id, fresh.kind, fresh.user)
        return old, fresh

    def _reload_key_file(self) -> KeyFile:
        """The key file as it is on disk now (another window may have changed it), else the one in memory."""
        try:
            return KeyFile.load(key_path_for(self.path))
        except VaultError:
            return self.key_file

    def change_passphrase(self, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> KeySlot:
        """Rewrap the same database key under ``new`` in a fresh slot that replaces the old one.

        One atomic write of the key file: a crash leaves either the old or the new passphrase
        working, never neither. The new slot's KDF is ``kdf`` or the old slot's, whichever is stronger.
        """
        key_file = self._reload_key_file()
        db_key, slot = key_file.unlock_with_passphrase(old, self.unlocked_by.user)
        if db_key != self._db_key:
            raise WrongPassphraseError("that passphrase opens another database key")
        params = stronger_of(kdf, slot.kdf_params())
        fresh = new_passphrase_slot(db_key, key_file.vault_id, slot.user, new, params, _now_text())
        key_file.slots = [fresh if s.slot_id == slot.slot_id else s for s in key_file.slots]
        key_file.save(key_path_for(self.path))
        self.key_file = key_file
        if self.unlocked_by.slot_id == slot.slot_id:
            self.unlocked_by = UnlockedBy(fresh.slot_id, fresh.kind, fresh.user)
        return fresh

    def rekey(
        self, passphrase: str, kdf: KdfParams = DEFAULT_KDF, on_step: Callable[[str], None] | None = None
    ) -> list[KeySlot]:
        """Re-encrypt the database with a new random key (``PRAGMA rekey``); returns the dropped slots.

        Only the acting user's passphrase is known, so the new key file holds a new slot for that
        passphrase and this computer's keyring slots (their secrets are at hand); every other slot
        is dropped and returned (those users need a new passphrase from the chair).

        Crash safety: checkpoint; write the new key file as ``.keys.pending``; rekey on a single
        connection (one transaction); checkpoint; write the key file; remove the pending file. The
        open path finishes or discards an interrupted rotation (:meth:`_open_resolving`).
        """
        step = on_step or (lambda _name: None)
        key_path, pending_path = key_path_for(self.path), pending_key_path_for(self.path)
        current = self._reload_key_file()
        old_key, slot = current.unlock_with_passphrase(passphrase, self.unlocked_by.user)
        if old_key != self._db_key:
            raise WrongPassphraseError("that passphrase opens another database key")
        new_key = secrets.token_bytes(DB_KEY_BYTES)
        params = stronger_of(kdf, slot.kdf_params())
        fresh = new_passphrase_slot(new_key, current.vault_id, slot.user, passphrase, params, _now_text())
        kept, dropped = [fresh], []
        for other in current.slots:
            if other.slot_id == slot.slot_id:
                continue
            if other.kind == "keyring":
                try:
                    secret = keyring_store.load_secret(other.keyring_user)
                    other.unwrap(secret, current.vault_id)
                except Exception:  # remembered on another computer (or gone): drop it
                    dropped.append(other)
                    continue
                kept.append(rewrap_slot(other, secret, new_key, current.vault_id))
            else:
                dropped.append(other)
        head = self._head_to_record()
        new_file = KeyFile(vault_id=current.vault_id, slots=kept, audit_head=_signed_head(head, new_key))
        self.engine.dispose()  # no pooled connection keeps the old key
        conn = open_raw(self.path, old_key)
        try:
            conn.execute("PRAGMA busy_timeout = 1000")  # another reader: fail soon, do not wait for it
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or busy[0]:
                raise VaultBusyError("another connection is reading the vault; close other windows and retry")
            step("checkpointed")
            new_file.save(pending_path)
            step("pending_written")
            try:
                conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            except Exception as e:
                conn.close()
                self._settle_failed_rekey(old_key, new_key, new_file)
                _raise_if_fault(e, self.path)
                raise
            step("rekeyed")
        finally:
            conn.close()
        conn = open_raw(self.path, new_key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        step("checkpointed_new")
        new_file.save(key_path)
        pending_path.unlink(missing_ok=True)
        step("key_file_written")
        self._switch_key(new_key, new_file, UnlockedBy(fresh.slot_id, fresh.kind, fresh.user))
        return dropped

    def _settle_failed_rekey(self, old_key: bytes, new_key: bytes, new_file: KeyFile) -> None:
        """After an error from PRAGMA rekey: keep whichever key the database now opens with."""
        try:
            probe(self.path, new_key)
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError):
            pending_key_path_for(self.path).unlink(missing_ok=True)
            return
        new_file.save(key_path_for(self.path))
        pending_key_path_for(self.path).unlink(missing_ok=True)
        self._switch_key(new_key, new_file, self.unlocked_by)

    def _switch_key(self, new_key: bytes, key_file: KeyFile, by: UnlockedBy) -> None:
        self.engine.dispose()
        self._db_key = new_key
        self.key_file = key_file
        self.unlocked_by = by
        self.engine = make_engine(self.path, new_key)
        self.session_factory.configure(bind=self.engine)

    # -- audit head and copies -------------------------------------------------------------------

    def mac(self, purpose: str, data: bytes) -> str:
        """HMAC-SHA256 under a key derived from the database key (the key itself never leaves)."""
        return _mac(self._db_key, purpose, data)

    def current_audit_head(self) -> AuditHead:
        with self.engine.connect() as conn:
            count, last_id = conn.execute(text("SELECT count(*), max(id) FROM audit_event")).one()
            last_hash = GENESIS_HASH
            if last_id is not None:
                last_hash = str(
                    conn.execute(text("SELECT hash FROM audit_event WHERE id = :i"), {"i": last_id}).scalar()
                )
        return AuditHead(int(count), int(last_id or 0), last_hash, _now_text())

    def record_audit_head(self, *, accept_current: bool = False) -> AuditHead:
        """Write the chain's head to the ``setting`` table and, authenticated, to the key file.

        The recorded head is a high-water mark: when the chain no longer reaches a recorded head
        (rows deleted at the end, or rewritten), nothing is lowered; a ``audit_truncated`` event is
        appended instead (once per recorded head) and the recorded head is returned. Only
        ``accept_current`` (an administrator's audited acknowledgement) moves the head to the
        current chain in that case.
        """
        try:
            current = self.current_audit_head()
            behind = [] if accept_current else self.heads_not_reached(current)
            if behind:
                for head, source in behind:
                    self.note_truncation(head, source, current)
                return max((h for h, _ in behind), key=lambda h: (h.last_id, h.events))
            with self.engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO setting (key, value) VALUES (:k, :v) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                    ),
                    {"k": AUDIT_HEAD_SETTING, "v": json.dumps(current.as_dict(), sort_keys=True)},
                )
        except exc.SQLAlchemyError as e:
            _raise_if_fault(e, self.path)
            raise
        key_file = self._reload_key_file()
        key_file.audit_head = _signed_head(current, self._db_key)
        key_file.save(key_path_for(self.path))
        self.key_file = key_file
        return current

    def _recorded_heads(self) -> list[tuple[AuditHead, str]]:
        """The heads recorded in the key file (when its HMAC holds) and in the ``setting`` table."""
        found: list[tuple[AuditHead, str]] = []
        key_head, authentic = self.recorded_audit_head()
        if key_head is not None and authentic:
            found.append((key_head, "key file"))
        with self.engine.connect() as conn:
            value = conn.execute(text("SELECT value FROM setting WHERE key = :k"), {"k": AUDIT_HEAD_SETTING}).scalar()
        if value is not None:
            with contextlib.suppress(ValueError, TypeError):
                doc = json.loads(str(value))
                head = AuditHead.from_dict(doc) if isinstance(doc, dict) else None
                if head is not None:
                    found.append((head, "vault settings"))
        return found

    def reaches(self, head: AuditHead, current: AuditHead | None = None) -> bool:
        """Whether the chain as it is now contains ``head``: at least as long, the same event at its last id."""
        if head.last_id <= 0:
            return True
        now = current or self.current_audit_head()
        if now.last_id < head.last_id or now.events < head.events:
            return False
        with self.engine.connect() as conn:
            found = conn.execute(text("SELECT hash FROM audit_event WHERE id = :i"), {"i": head.last_id}).scalar()
        return found == head.last_hash

    def heads_not_reached(self, current: AuditHead | None = None) -> list[tuple[AuditHead, str]]:
        now = current or self.current_audit_head()
        return [(h, source) for h, source in self._recorded_heads() if not self.reaches(h, now)]

    def _head_to_record(self) -> AuditHead:
        """The current head, or the recorded high-water mark when the chain no longer reaches it."""
        current = self.current_audit_head()
        behind = self.heads_not_reached(current)
        if not behind:
            return current
        return max((h for h, _ in behind), key=lambda h: (h.last_id, h.events))

    def note_truncation(self, head: AuditHead, source: str, current: AuditHead | None = None) -> bool:
        """Append one ``audit_truncated`` event for ``head`` unless one was written for it already.

        Returns whether an event was written. ``source`` says where the head was recorded (key
        file, vault settings, backup <name>).
        """
        now = current or self.current_audit_head()
        with self.session() as s:
            for detail in s.execute(
                text("SELECT detail FROM audit_event WHERE action = :a"), {"a": TRUNCATION_ACTION}
            ).scalars():
                with contextlib.suppress(ValueError, TypeError, AttributeError):
                    doc = json.loads(str(detail))
                    if (doc.get("recorded_last_id"), doc.get("recorded_hash")) == (head.last_id, head.last_hash):
                        return False
            audit.append(
                s,
                self.unlocked_by.user,
                TRUNCATION_ACTION,
                "vault",
                None,
                {
                    "source": source,
                    "recorded_events": head.events,
                    "recorded_last_id": head.last_id,
                    "recorded_hash": head.last_hash,
                    "recorded_at": head.recorded_at,
                    "found_events": now.events,
                    "found_last_id": now.last_id,
                    "missing": max(0, head.events - now.events),
                },
            )
        _log.info("the audit trail no longer reaches the head recorded in the %s", source.split(" ")[0])
        return True

    def recorded_audit_head(self) -> tuple[AuditHead | None, bool]:
        """The head recorded in the key file on disk, and whether its HMAC holds.

        ``(None, True)`` when none was ever recorded; ``(None, False)`` when the field is damaged.
        """
        recorded = self._reload_key_file().audit_head
        if not recorded:
            return None, True
        head = AuditHead.from_dict(recorded)
        if head is None:
            return None, False
        return head, hmac.compare_digest(str(recorded.get("mac", "")), self.mac("audit-head", head.payload()))

    def export_copy(self, target: Path) -> None:
        """An encrypted copy (same key) of the database at ``target``, with ``sqlcipher_export``.

        The copy holds the live rows only (no free pages), is 0600 from the first byte and appears
        under its name only when complete. Temporary files left in the target folder by a killed
        copy (``.<name>.<hex>.part`` and its ``-journal``) are removed first.
        """
        target = Path(target)
        remove_copy_orphans(target.parent)
        part = durable.temp_path_for(target)
        create_private_empty(part)
        try:
            conn = open_raw(self.path, self._db_key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # best effort: the export reads the WAL anyway
                conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{self._db_key.hex()}'\"", (str(part),))
                try:
                    conn.execute("SELECT sqlcipher_export('backup')")
                finally:
                    conn.execute("DETACH DATABASE backup")
            finally:
                conn.close()
            fd = os.open(part, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            durable.replace(part, target)
        except BaseException as e:
            for p in (part, part.with_name(part.name + "-journal")):
                p.unlink(missing_ok=True)
            _raise_if_fault(e, target)
            raise

    # -- checks ----------------------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return schema.current_revision(conn)

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            rows = conn.execute(text("PRAGMA integrity_check")).all()
        return "; ".join(str(r[0]) for r in rows)

    def cipher_version(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA cipher_version")).scalar())


def _unlock_with_keyring(key_file: KeyFile) -> tuple[bytes, KeySlot]:
    last_error: Exception | None = None
    for slot in key_file.keyring_slots():
        try:
            secret = keyring_store.load_secret(slot.keyring_user)
            return slot.unwrap(secret, key_file.vault_id), slot
        except Exception as e:  # try the next slot; report the last reason
            last_error = e
    if last_error is not None:
        raise last_error
    raise NoKeyringSlotError("this vault is not remembered on this computer")


def _load_pending(path: Path) -> KeyFile | None:
    pending = pending_key_path_for(path)
    if not pending.exists():
        return None
    try:
        return KeyFile.load(pending)
    except VaultError:
        _log.warning("ignoring an unreadable pending key file")
        return None


def _promote_pending(path: Path, pending: KeyFile) -> KeyFile:
    pending.for_database = ""
    pending.save(key_path_for(path))
    pending_key_path_for(path).unlink(missing_ok=True)
    _log.info("finished an interrupted key rotation or restore")
    return pending


def _discard_pending(path: Path) -> None:
    pending_key_path_for(path).unlink(missing_ok=True)
    _log.info("removed the key file of a key rotation or restore that never reached the database")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_COPY_ORPHAN = re.compile(r"^\..+\.[0-9a-f]{8}\.part(-journal|-wal|-shm)?$")


def remove_copy_orphans(folder: Path) -> list[Path]:
    """Remove the temporary files of copies (backups) killed half-way in ``folder``; returns them."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for candidate in folder.iterdir():
        if _COPY_ORPHAN.match(candidate.name) and candidate.is_file():
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
                removed.append(candidate)
    return removed


# -- staged creation (Vault.build) ---------------------------------------------------------------

_STAGE_SUFFIXES = ("", ".keys", ".lock", "-wal", "-shm", "-journal")


def _stage_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(r"^\.\.?" + re.escape(path.name) + r"\.build-([0-9a-f]{16})")


def _lock_stage(stem: Path) -> int:
    fd = os.open(stem.with_name(stem.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _unlock_stage(stem: Path, fd: int) -> None:
    stem.with_name(stem.name + ".lock").unlink(missing_ok=True)
    os.close(fd)  # closing releases the flock


def _stage_alive(stem: Path) -> bool:
    """Whether a running build holds the lock of ``stem`` (its files must not be touched)."""
    lock = stem.with_name(stem.name + ".lock")
    if fcntl is None or not lock.exists():
        return False
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _remove_stage(stem: Path) -> None:
    for suffix in _STAGE_SUFFIXES:
        if suffix == ".lock":
            continue  # removed by its owner, or by recover_staged once no owner holds it
        with contextlib.suppress(FileNotFoundError):
            stem.with_name(stem.name + suffix).unlink()
    durable.remove_orphans(key_path_for(stem))


def recover_staged(path: Path) -> list[Path]:
    """Finish or remove what a killed :meth:`Vault.build` left beside ``path``; returns what was removed.

    A staged key file whose ``for_database`` names the salt of the database now at ``path``, while
    ``path.keys`` is missing, was killed between its two renames: the key file is published. Every
    other staged file of a build no longer running is removed. Key-file temporaries of a killed
    writer (``.<name>.keys.<hex>.part``) are removed too.
    """
    path = Path(path)
    folder = path.parent
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    pattern = _stage_pattern(path)
    stems = {folder / f".{path.name}.build-{m.group(1)}" for c in folder.iterdir() if (m := pattern.match(c.name))}
    kpath = key_path_for(path)
    for stem in sorted(stems):
        if _stage_alive(stem):
            continue
        staged_keys = key_path_for(stem)
        if path.is_file() and not kpath.exists() and staged_keys.is_file():
            with contextlib.suppress(VaultError, OSError, ValueError):
                key_file = KeyFile.load(staged_keys)
                if key_file.for_database and key_file.for_database == database_salt(path):
                    key_file.for_database = ""
                    key_file.save(kpath)
                    _log.info("finished publishing a new vault interrupted between its two renames")
        for suffix in _STAGE_SUFFIXES:
            p = stem.with_name(stem.name + suffix)
            if p.exists():
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
                    removed.append(p)
        removed.extend(durable.remove_orphans(staged_keys))
    for target in (kpath, pending_key_path_for(path)):
        removed.extend(durable.remove_orphans(target))
    return removed


def inspect_vault_file(db_path: Path, key_path: Path, passphrase: str) -> VaultFileInfo:
    """Open a database file (a backup's staged copy) with a passphrase and check it thoroughly.

    Raises NotAVaultError (no key file, plain SQLite, not our schema), WrongPassphraseError,
    CorruptVaultError (unreadable pages, ``integrity_check`` not ok) or NewerVaultError (unknown
    schema revision). Opening switches the file to WAL mode: pass a copy, not the original.
    """
    key_file = KeyFile.load(key_path)
    if not db_path.is_file():
        raise NotAVaultError(f"no database file at {db_path}")
    with open(db_path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_MAGIC:
        raise NotAVaultError(f"{db_path} is an unencrypted SQLite file")
    if len(head) < 16:
        raise CorruptVaultError(f"{db_path} is truncated")
    db_key, slot = key_file.unlock_with_passphrase(passphrase)
    try:
        probe(db_path, db_key)
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as e:
        raise CorruptVaultError(str(e)) from e
    engine = make_engine(db_path, db_key)
    try:
        with engine.connect() as conn:
            checked = "; ".join(str(r[0]) for r in conn.execute(text("PRAGMA integrity_check")).all())
            if checked != "ok":
                raise CorruptVaultError(f"integrity_check: {checked[:200]}")
            revision = schema.check_not_newer(conn)
            tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
            if revision is None or not tables >= REQUIRED_TABLES:
                raise NotAVaultError("the database does not have the LIVC-R schema")
            events = int(conn.execute(text("SELECT count(*) FROM audit_event")).scalar() or 0)
            cases = int(conn.execute(text("SELECT count(*) FROM case_file")).scalar() or 0)
            role = None  # no user table, or an empty one: the vault predates roles
            if "app_user" in tables and conn.execute(text("SELECT count(*) FROM app_user")).scalar():
                found = conn.execute(
                    text("SELECT role FROM app_user WHERE name = :n AND active"), {"n": slot.user}
                ).scalar()
                role = "" if found is None else str(found)  # "": not an active user of that vault
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except exc.DatabaseError as e:
        raise CorruptVaultError(str(e)) from e
    finally:
        engine.dispose()
    recorded = AuditHead.from_dict(key_file.audit_head) if key_file.audit_head else None
    return VaultFileInfo(key_file.vault_id, revision, slot.user, role, events, cases, recorded)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _load_key_file(path: Path) -> KeyFile:
    kpath = key_path_for(path)
    if not path.exists():
        if kpath.exists():
            raise VaultMissingError(f"the database file {path} is missing")
        raise NotAVaultError(f"no vault at {path}")
    if path.is_dir():
        raise NotAVaultError(f"{path} is a folder")
    key_file = KeyFile.load(kpath)
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_MAGIC:
        raise NotAVaultError(f"{path} is an unencrypted SQLite file")
    if len(head) < 16:
        raise CorruptVaultError(f"{path} is truncated")
    if os.name == "posix" and (path.stat().st_mode & 0o077):
        restrict(path)
    return key_file
