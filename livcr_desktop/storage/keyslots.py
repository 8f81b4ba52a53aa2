"""Key slots: the random database key, wrapped once per way of unlocking.

Design (after LUKS and KeePassXC): the SQLCipher database is encrypted with one random 256-bit
key. That key is never stored in the clear; each *slot* holds it encrypted (AES-256-GCM) under a
key-encryption key derived from a passphrase (Argon2id) or held in the OS keyring. Adding a user
adds a slot; removing a user deletes their slot. The database is never re-encrypted for either.

Each slot stores its own KDF parameters so tests can use cheap ones; the application itself only
ever writes :data:`DEFAULT_KDF` or stronger.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import secrets
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from livcr_desktop.storage.errors import KdfOutOfBoundsError, NewerVaultError, NotAVaultError, WrongPassphraseError
from livcr_desktop.storage.fileperms import write_private_file

KEYFILE_FORMAT: Final = "livcr-desktop-keyslots"
KEYFILE_VERSION: Final = 1
DB_KEY_BYTES: Final = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters. ``memory_kib`` in KiB."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def is_at_least(self, other: KdfParams) -> bool:
        return self.memory_kib >= other.memory_kib and self.time_cost >= other.time_cost and self.parallelism >= 1


# 256 MiB, 5 passes, 2 lanes: about 0.45 s on the 2-core machines this was measured on
# (bench/ reports the current figure). KeePassXC's default is 64 MiB.
DEFAULT_KDF: Final = KdfParams(time_cost=5, memory_kib=262_144, parallelism=2)
# Only for tests and benchmarks: never used by the application to write a vault.
TEST_KDF: Final = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
# The weakest passphrase slot accepted without an upgrade (OWASP's Argon2id minimum: 19 MiB, t=2).
# A slot below it (written by a test, a benchmark or another tool) is rewrapped with DEFAULT_KDF at
# once after a successful login (``services.unlock.open_vault``). Read at call time, so tests lower
# it with ``monkeypatch.setattr(keyslots, "MIN_KDF", TEST_KDF)``; the application never does.
MIN_KDF = KdfParams(time_cost=2, memory_kib=19_456, parallelism=1)
# Above these a slot is refused before any Argon2 call (a planted slot must not hang the machine,
# exhaust its memory or overflow argon2's C integers): 4 GiB, 50 passes, 64 lanes.
MAX_KDF: Final = KdfParams(time_cost=50, memory_kib=4 * 1024 * 1024, parallelism=64)


def below_minimum(params: KdfParams, minimum: KdfParams | None = None) -> bool:
    """Whether ``params`` is weaker than ``minimum`` (default: :data:`MIN_KDF` as it is now) in any respect."""
    floor = MIN_KDF if minimum is None else minimum
    return (
        params.memory_kib < floor.memory_kib
        or params.time_cost < floor.time_cost
        or params.parallelism < floor.parallelism
    )


def check_bounds(params: KdfParams) -> None:
    """ValueError when the parameters are not positive integers; :class:`KdfOutOfBoundsError` above :data:`MAX_KDF`."""
    values = (params.time_cost, params.memory_kib, params.parallelism)
    if not all(type(v) is int for v in values) or min(values) < 1:
        raise ValueError("key slot KDF parameters are not positive integers")
    if (
        params.memory_kib > MAX_KDF.memory_kib
        or params.time_cost > MAX_KDF.time_cost
        or params.parallelism > MAX_KDF.parallelism
    ):
        raise KdfOutOfBoundsError(
            f"key slot KDF parameters exceed the maximum (memory {params.memory_kib} KiB, time {params.time_cost}, "
            f"lanes {params.parallelism}; at most {MAX_KDF.memory_kib} KiB, {MAX_KDF.time_cost}, "
            f"{MAX_KDF.parallelism}): refused without trying"
        )


def stronger_of(a: KdfParams, b: KdfParams) -> KdfParams:
    """Each parameter at the larger of the two: a rewrapped slot is never weaker than the one it replaces."""
    return KdfParams(
        time_cost=max(a.time_cost, b.time_cost),
        memory_kib=max(a.memory_kib, b.memory_kib),
        parallelism=max(a.parallelism, b.parallelism),
    )


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    check_bounds(params)  # never an Argon2 call with parameters that hang, exhaust memory or overflow
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(slots=True)
class KeySlot:
    """One wrapped copy of the database key.

    kind ``passphrase``: kek = Argon2id(passphrase, salt).
    kind ``keyring``: kek = a random 256-bit secret stored in the OS keyring under ``keyring_user``.
    """

    slot_id: str
    kind: str
    user: str
    nonce: str
    wrapped_key: str
    salt: str = ""
    kdf: dict[str, int] = field(default_factory=dict)
    keyring_user: str = ""
    created_at: str = ""

    def kdf_params(self) -> KdfParams:
        try:
            return KdfParams(**self.kdf)
        except TypeError as exc:
            raise ValueError("key slot KDF parameters are damaged") from exc

    def check(self) -> None:
        """Raise ValueError when a field is unusable (damaged or edited key file)."""
        texts = (
            self.slot_id,
            self.kind,
            self.user,
            self.nonce,
            self.wrapped_key,
            self.salt,
            self.keyring_user,
            self.created_at,
        )
        if not all(isinstance(t, str) for t in texts):
            raise ValueError("key slot field is not text")
        if len(_unb64(self.nonce)) != 12 or len(_unb64(self.wrapped_key)) != DB_KEY_BYTES + 16:
            raise ValueError("key slot nonce or wrapped key has the wrong size")
        if self.kind == "passphrase":
            if not isinstance(self.kdf, dict) or len(_unb64(self.salt)) < 8:
                raise ValueError("key slot salt or KDF parameters are damaged")
            p = self.kdf_params()
            check_bounds(p)
            if p.memory_kib < 8 * p.parallelism:
                raise ValueError("key slot KDF parameters are out of range")

    def _aad(self, vault_id: str) -> bytes:
        return f"{vault_id}/{self.slot_id}/{self.kind}/{self.user}".encode()

    def unwrap(self, kek: bytes, vault_id: str) -> bytes:
        try:
            key = AESGCM(kek).decrypt(_unb64(self.nonce), _unb64(self.wrapped_key), self._aad(vault_id))
        except InvalidTag:
            raise WrongPassphraseError("the key slot did not open") from None
        if len(key) != DB_KEY_BYTES:
            raise NotAVaultError("key slot holds a key of the wrong size")
        return key


def _wrap(slot: KeySlot, kek: bytes, db_key: bytes, vault_id: str) -> KeySlot:
    nonce = os.urandom(12)
    slot.nonce = _b64(nonce)
    slot.wrapped_key = _b64(AESGCM(kek).encrypt(nonce, db_key, slot._aad(vault_id)))
    return slot


def new_passphrase_slot(
    db_key: bytes, vault_id: str, user: str, passphrase: str, params: KdfParams, created_at: str
) -> KeySlot:
    salt = os.urandom(16)
    slot = KeySlot(
        slot_id=uuid.uuid4().hex,
        kind="passphrase",
        user=user,
        nonce="",
        wrapped_key="",
        salt=_b64(salt),
        kdf=asdict(params),
        created_at=created_at,
    )
    return _wrap(slot, derive_kek(passphrase, salt, params), db_key, vault_id)


def rewrap_slot(slot: KeySlot, kek: bytes, new_db_key: bytes, vault_id: str) -> KeySlot:
    """A copy of ``slot`` (same id, user, salt, KDF, keyring account) wrapping ``new_db_key`` under ``kek``."""
    copy = KeySlot(**asdict(slot))
    return _wrap(copy, kek, new_db_key, vault_id)


def new_keyring_slot(db_key: bytes, vault_id: str, user: str, secret: bytes, created_at: str) -> KeySlot:
    slot_id = uuid.uuid4().hex
    slot = KeySlot(
        slot_id=slot_id,
        kind="keyring",
        user=user,
        nonce="",
        wrapped_key="",
        keyring_user=f"{vault_id}:{slot_id}",
        created_at=created_at,
    )
    return _wrap(slot, secret, db_key, vault_id)


def new_keyring_secret() -> bytes:
    return secrets.token_bytes(32)


@dataclass(slots=True)
class KeyFile:
    """The vault's key file (``<vault>.keys``): JSON, no secret in the clear."""

    vault_id: str
    slots: list[KeySlot]
    version: int = KEYFILE_VERSION
    # The audit chain's head as last recorded (events, last id, last hash, time, HMAC under a key
    # derived from the database key); see ``Vault.record_audit_head``. Older readers ignore it.
    audit_head: dict[str, Any] = field(default_factory=dict)
    # Only in a ``.keys.pending`` file written by a restore: the SQLCipher salt (first 16 bytes of
    # the file, hex) of the database this key file belongs to. See ``Vault`` (pending key files).
    for_database: str = ""

    def to_json(self) -> str:
        doc: dict[str, Any] = {
            "format": KEYFILE_FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": [asdict(s) for s in self.slots],
        }
        if self.audit_head:
            doc["audit_head"] = self.audit_head
        if self.for_database:
            doc["for_database"] = self.for_database
        return json.dumps(doc, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        try:
            doc = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise NotAVaultError("key file is not valid JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != KEYFILE_FORMAT:
            raise NotAVaultError("not a LIVC-R key file")
        version = doc.get("version")
        if not isinstance(version, int):
            raise NotAVaultError("key file has no version")
        if version > KEYFILE_VERSION:
            raise NewerVaultError(f"key file version {version} is newer than {KEYFILE_VERSION}")
        try:
            slots = [KeySlot(**s) for s in doc["slots"]]
            vault_id = str(doc["vault_id"])
            for slot in slots:
                slot.check()
        except KdfOutOfBoundsError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise NotAVaultError("key file is damaged") from exc
        head = doc.get("audit_head", {})
        if not isinstance(head, dict):
            head = {"malformed": True}  # reported by the audit check, never a reason to refuse opening
        for_database = doc.get("for_database", "")
        return cls(
            vault_id=vault_id,
            slots=slots,
            version=version,
            audit_head=head,
            for_database=for_database if isinstance(for_database, str) else "",
        )

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise NotAVaultError(f"no key file at {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise NotAVaultError(f"key file unreadable: {exc}") from exc
        return cls.from_json(text)

    def save(self, path: Path) -> None:
        """Write durably; the temporary file is re-read, parsed and compared before it replaces ``path``."""
        meant = self.to_json()

        def verify(written: Path) -> None:
            if KeyFile.load(written).to_json() != meant:
                raise OSError(errno.EIO, "the key file read back differs from what was written")

        write_private_file(path, meant.encode("utf-8"), verify=verify)

    def passphrase_slots(self) -> list[KeySlot]:
        return [s for s in self.slots if s.kind == "passphrase"]

    def keyring_slots(self) -> list[KeySlot]:
        return [s for s in self.slots if s.kind == "keyring"]

    def unlock_with_passphrase(self, passphrase: str, user: str | None = None) -> tuple[bytes, KeySlot]:
        """Try every passphrase slot (of ``user`` when given). Wrong passphrase: WrongPassphraseError."""
        for slot in self.passphrase_slots():
            if user is not None and slot.user != user:
                continue
            kek = derive_kek(passphrase, _unb64(slot.salt), slot.kdf_params())
            try:
                return slot.unwrap(kek, self.vault_id), slot
            except WrongPassphraseError:
                continue
        raise WrongPassphraseError("no slot opened with this passphrase")
