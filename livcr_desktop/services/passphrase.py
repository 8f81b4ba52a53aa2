"""Changing one's passphrase and rotating the database key.

Change passphrase: the same database key is wrapped under the new passphrase in a fresh slot that
replaces the old one, in one atomic write of the key file. The new slot's Argon2id parameters are
the application's default or the old slot's, whichever is stronger. Every user may change their
own passphrase. Other slots (other users, "remember on this computer") are untouched.

Rotate the key: the database is re-encrypted with a new random key (``PRAGMA rekey`` after a WAL
checkpoint, on a single connection). Only the acting chair's passphrase is known at that moment, so
the new key file holds their new slot and this computer's keyring slots; other users' slots are
dropped and named in the result (the chair gives them a new passphrase through user management).
Crash safety is in ``Vault.rekey`` and the open path (a pending key file). Backups made before the
rotation keep the old key and the old passphrases: delete them if a passphrase leaked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationCode, ValidationError, ValidationIssue
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import assess_passphrase
from livcr_desktop.storage import audit, keyring_store
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams


@dataclass(frozen=True, slots=True)
class DroppedSlot:
    user: str
    kind: str  # passphrase | keyring


@dataclass(frozen=True, slots=True)
class RotationResult:
    dropped: tuple[DroppedSlot, ...]
    kept: int  # slots in the new key file (the acting user's passphrase and this computer's keyring)

    @property
    def dropped_users(self) -> tuple[str, ...]:
        return tuple(sorted({d.user for d in self.dropped if d.kind == "passphrase"}))


def rotation_preview(ctx: ServiceContext) -> tuple[DroppedSlot, ...]:
    """The slots a rotation by the acting user would drop: other users' passphrases and the keyring
    slots whose secret is not in this computer's keyring (remembered elsewhere)."""
    dropped = []
    for slot in ctx.vault.key_file.slots:
        if slot.kind == "passphrase" and slot.user != ctx.user:
            dropped.append(DroppedSlot(slot.user, slot.kind))
        elif slot.kind == "keyring":
            try:
                keyring_store.load_secret(slot.keyring_user)
            except Exception:  # not remembered here: a rotation drops it
                dropped.append(DroppedSlot(slot.user, slot.kind))
    return tuple(dropped)


def change_passphrase(ctx: ServiceContext, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
    """Replace the acting user's passphrase. WrongPassphraseError when ``old`` is not theirs;
    ValidationError when ``new`` is too short or the same as ``old``."""
    if not assess_passphrase(new).acceptable:
        raise ValidationError([ValidationIssue("passphrase", ValidationCode.TOO_SHORT)])
    if new == old:
        raise ValidationError([ValidationIssue("passphrase", ValidationCode.DUPLICATE)])
    slot = ctx.vault.change_passphrase(old, new, kdf)
    with ctx.vault.session() as s:
        audit.append(s, ctx.user, "change_passphrase", "key_slot", None, {"user": slot.user, "kdf": slot.kdf})


def rotate_key(
    ctx: ServiceContext,
    passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
    on_step: Callable[[str], None] | None = None,
) -> RotationResult:
    """Re-encrypt the vault with a new key (chair only). ``passphrase``: the acting user's own."""
    ctx.require(Permission.ADMINISTER)
    dropped = ctx.vault.rekey(passphrase, kdf, on_step)
    result = RotationResult(tuple(DroppedSlot(s.user, s.kind) for s in dropped), len(ctx.vault.key_file.slots))
    with ctx.vault.session() as s:
        audit.append(
            s,
            ctx.user,
            "rotate_key",
            "vault",
            None,
            {
                "dropped": [{"user": d.user, "kind": d.kind} for d in result.dropped],
                "kept": result.kept,
            },
        )
    return result
