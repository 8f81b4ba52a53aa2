"""The encrypted vault: one SQLCipher database file plus its key file (``<vault>.keys``).

Opening checks, in this order, and changes nothing on disk until all have passed: the key file
(format and version), the passphrase or keyring secret (AES-GCM tag), the database (readable with
the key, pages intact), the schema revision (not newer than this app). Only then are migrations
run.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker

from livcr_desktop.storage import keyring_store, schema
from livcr_desktop.storage.engine import make_engine, probe
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    KeyringUnavailableError,
    NoKeyringSlotError,
    NotAVaultError,
    VaultExistsError,
    VaultMissingError,
)
from livcr_desktop.storage.fileperms import create_private_empty, restrict
from livcr_desktop.storage.keyslots import (
    DB_KEY_BYTES,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeySlot,
    new_keyring_secret,
    new_keyring_slot,
    new_passphrase_slot,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def key_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


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
    def create(
        cls, path: Path, passphrase: str, user: str = "voorzitter", kdf: KdfParams = DEFAULT_KDF
    ) -> Vault:
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
        except BaseException:
            if engine is not None:
                engine.dispose()
            for p in (path, kpath, *_sidecars(path)):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            raise
        return cls(path, key_file, db_key, engine, UnlockedBy(slot.slot_id, slot.kind, user))

    @classmethod
    def open_with_passphrase(cls, path: Path, passphrase: str, user: str | None = None) -> Vault:
        path = Path(path)
        key_file = _load_key_file(path)
        db_key, slot = key_file.unlock_with_passphrase(passphrase, user)
        return cls._open(path, key_file, db_key, slot)

    @classmethod
    def open_with_keyring(cls, path: Path) -> Vault:
        """Open with this computer's remembered secret. Raises NoKeyringSlotError when none fits."""
        path = Path(path)
        key_file = _load_key_file(path)
        last_error: Exception | None = None
        for slot in key_file.keyring_slots():
            try:
                secret = keyring_store.load_secret(slot.keyring_user)
                db_key = slot.unwrap(secret, key_file.vault_id)
            except Exception as e:  # try the next slot; report the last reason
                last_error = e
                continue
            return cls._open(path, key_file, db_key, slot)
        if last_error is not None:
            raise last_error
        raise NoKeyringSlotError("this vault is not remembered on this computer")

    @classmethod
    def _open(cls, path: Path, key_file: KeyFile, db_key: bytes, slot: KeySlot) -> Vault:
        try:
            probe(path, db_key)
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as e:
            raise CorruptVaultError(str(e)) from e
        engine = make_engine(path, db_key)
        try:
            with engine.connect() as conn:
                schema.check_not_newer(conn)
            schema.upgrade(engine)
        except BaseException as e:
            engine.dispose()
            if isinstance(e, exc.DatabaseError):
                raise CorruptVaultError(str(e)) from e
            raise
        for p in (path, *_sidecars(path)):
            restrict(p)
        return cls(path, key_file, db_key, engine, UnlockedBy(slot.slot_id, slot.kind, slot.user))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Checkpoint the WAL into the main file and release every connection. Idempotent."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(exc.DBAPIError), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

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
        slot = new_keyring_slot(
            self._db_key, self.key_file.vault_id, self.unlocked_by.user, secret, _now_text()
        )
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
