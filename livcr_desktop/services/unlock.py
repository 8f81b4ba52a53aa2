"""Opening and creating vaults for people: throttling of wrong passphrases, keyring, checks."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import exc, func, select

from livcr_desktop.domain.entities import VaultCounts
from livcr_desktop.services import audit_log
from livcr_desktop.storage import audit, keyring_store, models
from livcr_desktop.storage.errors import VaultError, WrongPassphraseError
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from livcr_desktop.storage.vault import KDF_UPGRADE_ACTION, Vault

MIN_PASSPHRASE_LENGTH = 10
# Wrong passphrases cannot be written into a closed vault: they are recorded beside it
# (``<vault>.attempts``), or wait here when that file cannot be written.
FAILED_LOGINS = audit_log.FailedLoginMemory()

T = TypeVar("T")
_log = logging.getLogger(__name__)


class PassphraseThrottle:
    """A growing pause after each wrong passphrase (1 s, 2 s, 4 s, ... at most 30 s).

    The pause is on top of Argon2id's own cost; the unlock dialog disables its button meanwhile.
    Bound to a vault (:meth:`bind`, done by :func:`open_vault`), the count and the time of the last
    failure come from ``<vault>.attempts``, so another process (the command line, an earlier run of
    the window) counts too and a restart does not reset the pause. Deleting that file does.
    """

    def __init__(self, base_seconds: float = 1.0, cap_seconds: float = 30.0) -> None:
        self.base = base_seconds
        self.cap = cap_seconds
        self.failures = 0
        self._not_before = 0.0
        self.path: Path | None = None

    def delay_for(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return float(min(self.cap, self.base * float(2 ** min(failures - 1, 62))))

    def bind(self, vault_path: Path) -> None:
        """Take the count and the last failure's time from the vault's attempts record."""
        self.path = Path(vault_path)
        times = audit_log.read_attempts(self.path)
        if not times:
            if self.failures and self.path is not None:
                return  # only this process knew (the record could not be written): keep its count
            self.failures, self._not_before = 0, 0.0
            return
        self.failures = len(times)
        elapsed = max(0.0, (datetime.now(UTC) - times[-1]).total_seconds())
        self._not_before = time.monotonic() + max(0.0, self.delay_for(self.failures) - elapsed)

    def record_failure(self) -> float:
        self.failures += 1
        delay = self.delay_for(self.failures)
        self._not_before = time.monotonic() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._not_before = 0.0

    def remaining(self) -> float:
        return max(0.0, self._not_before - time.monotonic())


def open_vault(path: Path, passphrase: str, throttle: PassphraseThrottle | None = None) -> Vault:
    """Open with a passphrase and record the login. A wrong passphrase waits, then raises.

    The pause after wrong passphrases (:class:`PassphraseThrottle`) is computed from the vault's
    attempts record, so it holds across processes: a script that calls the command line in a loop
    waits as long as a person at the window does.
    """
    path = Path(path)
    throttle = throttle or PassphraseThrottle()
    throttle.bind(path)
    if throttle.remaining() > 0:
        time.sleep(throttle.remaining())
    try:
        vault = Vault.open_with_passphrase(path, passphrase)
    except WrongPassphraseError:
        FAILED_LOGINS.note(vault_path=path)
        throttle.record_failure()
        raise
    throttle.record_success()
    try:
        record_login(vault, "passphrase")
        FAILED_LOGINS.flush(vault)  # the attempts the vault could not record while it was closed
        upgrade_weak_slot(vault, passphrase)
        _note_audit_gaps(vault)
    except BaseException:
        vault.close()
        raise
    return vault


def open_vault_with_keyring(path: Path) -> Vault:
    vault = Vault.open_with_keyring(path)
    try:
        record_login(vault, "keyring")
        FAILED_LOGINS.flush(vault)
        _note_audit_gaps(vault)
    except BaseException:
        vault.close()
        raise
    return vault


def upgrade_weak_slot(vault: Vault, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> bool:
    """Rewrap the passphrase slot that opened the vault when it is below ``keyslots.MIN_KDF`` (audited)."""
    upgraded = vault.upgrade_passphrase_slot(passphrase, kdf)
    if upgraded is None:
        return False
    old, new = upgraded
    with vault.session() as s:
        audit.append(
            s,
            vault.unlocked_by.user,
            KDF_UPGRADE_ACTION,
            "key_slot",
            None,
            {"user": new.user, "from": old.kdf, "to": new.kdf},
        )
    return True


def _note_audit_gaps(vault: Vault) -> None:
    try:
        audit_log.note_audit_gaps(vault)
    except (OSError, VaultError, exc.SQLAlchemyError) as e:  # the audit check reports it again
        _log.warning("audit head not compared at login (%s)", type(e).__name__)


def create_vault(path: Path, passphrase: str, user: str = "voorzitter", kdf: KdfParams = DEFAULT_KDF) -> Vault:
    vault = Vault.create(path, passphrase, user=user, kdf=kdf)
    with vault.session() as s:
        audit.append(s, user, "create", "vault")
    return vault


def build_new_vault(
    path: Path, passphrase: str, fill: Callable[[Vault], T], *, user: str = "voorzitter", kdf: KdfParams = DEFAULT_KDF
) -> tuple[Vault, T]:
    """Create a vault at ``path`` under temporary names, run ``fill`` on it, publish it, return it open.

    For ``demo`` and ``import`` into a new path: a kill at any moment leaves either no vault at
    ``path`` or a complete one (see ``Vault.build``); what a killed run left is cleaned at the next
    build or open of ``path``. The ``create`` event is written before ``fill`` runs, as in
    :func:`create_vault`. If ``fill`` raises, nothing appears at ``path``.
    """

    def create_then_fill(vault: Vault) -> T:
        with vault.session() as s:
            audit.append(s, user, "create", "vault")
        return fill(vault)

    return Vault.build(Path(path), passphrase, create_then_fill, user=user, kdf=kdf)


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
