"""Opening and creating vaults for people: throttling of wrong passphrases, keyring, checks."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from livcr_desktop.domain.entities import VaultCounts
from livcr_desktop.services import audit_log
from livcr_desktop.storage import audit, keyring_store, models
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from livcr_desktop.storage.vault import Vault

MIN_PASSPHRASE_LENGTH = 10
# Wrong passphrases cannot be written into a closed vault: they wait here for the next login.
FAILED_LOGINS = audit_log.FailedLoginMemory()


class PassphraseThrottle:
    """A growing pause after each wrong passphrase (1 s, 2 s, 4 s, ... at most 30 s).

    The pause is on top of Argon2id's own cost; the unlock dialog disables its button meanwhile.
    """

    def __init__(self, base_seconds: float = 1.0, cap_seconds: float = 30.0) -> None:
        self.base = base_seconds
        self.cap = cap_seconds
        self.failures = 0
        self._not_before = 0.0

    def record_failure(self) -> float:
        self.failures += 1
        delay: float = min(self.cap, self.base * float(2 ** (self.failures - 1)))
        self._not_before = time.monotonic() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._not_before = 0.0

    def remaining(self) -> float:
        return max(0.0, self._not_before - time.monotonic())


def open_vault(path: Path, passphrase: str, throttle: PassphraseThrottle | None = None) -> Vault:
    """Open with a passphrase and record the login. A wrong passphrase waits, then raises."""
    if throttle is not None and throttle.remaining() > 0:
        time.sleep(throttle.remaining())
    try:
        vault = Vault.open_with_passphrase(path, passphrase)
    except WrongPassphraseError:
        FAILED_LOGINS.note(vault_path=path)
        if throttle is not None:
            throttle.record_failure()
        raise
    if throttle is not None:
        throttle.record_success()
    record_login(vault, "passphrase")
    FAILED_LOGINS.flush(vault)  # the attempts the vault could not record while it was closed
    return vault


def open_vault_with_keyring(path: Path) -> Vault:
    vault = Vault.open_with_keyring(path)
    record_login(vault, "keyring")
    FAILED_LOGINS.flush(vault)
    return vault


def create_vault(
    path: Path, passphrase: str, user: str = "voorzitter", kdf: KdfParams = DEFAULT_KDF
) -> Vault:
    vault = Vault.create(path, passphrase, user=user, kdf=kdf)
    with vault.session() as s:
        audit.append(s, user, "create", "vault")
    return vault


def record_login(vault: Vault, how: str) -> None:
    with vault.session() as s:
        audit.append(s, vault.unlocked_by.user, "login", "vault", detail={"by": how})


def keyring_status() -> bool:
    return keyring_store.keyring_available()


@dataclass(frozen=True, slots=True)
class PassphraseAssessment:
    acceptable: bool
    score: int  # 0..4
    hint_code: str  # too_short | weak | fair | strong | very_strong


def assess_passphrase(passphrase: str) -> PassphraseAssessment:
    """A simple, explainable strength estimate: length and character variety."""
    length = len(passphrase)
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if length < MIN_PASSPHRASE_LENGTH:
        return PassphraseAssessment(False, 0, "too_short")
    score = 1
    if length >= 14 or (classes >= 3 and length >= 12):
        score = 2
    if length >= 18 or (words >= 4 and length >= 16):
        score = 3
    if length >= 24 and classes >= 2:
        score = 4
    hint = {1: "weak", 2: "fair", 3: "strong", 4: "very_strong"}[score]
    return PassphraseAssessment(True, score, hint)


def vault_counts(vault: Vault) -> VaultCounts:
    with vault.session() as s:

        def count(model: type[models.Base]) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        return VaultCounts(
            organisations=count(models.Organisation),
            members=count(models.Member),
            cases=count(models.Case),
            meetings=count(models.Meeting),
            contributions=count(models.Contribution),
            decisions=count(models.Decision),
            actions=count(models.Action),
            audit_events=count(models.AuditEvent),
        )
