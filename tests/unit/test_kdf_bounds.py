"""Key-slot KDF parameters are bounded on open (issue 12, point 6).

Above the maximum (memory, passes, lanes, or values that overflow argon2's C integers) a slot is
refused with a clear error before any Argon2 call: never a hang, a MemoryError or an
OverflowError. Below ``keyslots.MIN_KDF`` a slot is rewrapped with ``DEFAULT_KDF`` at once after a
successful login, and that is audited. (The suite lowers ``MIN_KDF`` to ``TEST_KDF``; these tests
put the production minimum back.)
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.services.unlock import open_vault
from livcr_desktop.storage import keyslots, models
from livcr_desktop.storage.errors import KdfOutOfBoundsError
from livcr_desktop.storage.keyslots import DEFAULT_KDF, TEST_KDF, KdfParams, KeyFile
from livcr_desktop.storage.vault import KDF_UPGRADE_ACTION, Vault, key_path_for
from tests.conftest import PASSPHRASE
from tests.helpers.kdf_floor import low_kdf_floor  # noqa: F401  (autouse)

PRODUCTION_MIN = KdfParams(time_cost=2, memory_kib=19_456, parallelism=1)


def set_kdf(path: Path, **kdf: int) -> None:
    kpath = key_path_for(path)
    doc = json.loads(kpath.read_text(encoding="utf-8"))
    doc["slots"][0]["kdf"].update(kdf)
    kpath.write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 64 * 1024 * 1024},  # 64 GiB
        {"time_cost": 10_000},
        {"parallelism": 4096},
        {"memory_kib": 2**70},  # overflows argon2's uint32
        {"time_cost": 2**64 + 1},
    ],
    ids=["memory", "time", "lanes", "memory-overflow", "time-overflow"],
)
def test_slot_above_the_maximum_is_refused_before_argon2(vault: Vault, kdf: dict[str, int]) -> None:
    path = vault.path
    vault.close()
    set_kdf(path, **kdf)
    started = time.monotonic()
    with pytest.raises(KdfOutOfBoundsError, match="exceed the maximum"):
        Vault.open_with_passphrase(path, PASSPHRASE)
    assert time.monotonic() - started < 2.0


def test_derive_refuses_out_of_bounds_parameters_itself() -> None:
    with pytest.raises(KdfOutOfBoundsError):
        keyslots.derive_kek("x", b"0123456789abcdef", KdfParams(time_cost=1, memory_kib=2**40, parallelism=1))


def test_the_maximum_admits_what_the_app_writes() -> None:
    keyslots.check_bounds(DEFAULT_KDF)
    assert keyslots.MIN_KDF == TEST_KDF  # lowered by the suite's fixture
    assert not keyslots.below_minimum(DEFAULT_KDF, PRODUCTION_MIN)
    assert keyslots.below_minimum(TEST_KDF, PRODUCTION_MIN)


def test_weak_slot_is_upgraded_at_login_and_audited(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    path = vault.path
    vault.close()
    monkeypatch.setattr(keyslots, "MIN_KDF", PRODUCTION_MIN)
    v = open_vault(path, PASSPHRASE)
    try:
        with v.session() as s:
            event = s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == KDF_UPGRADE_ACTION)).one()
        detail = json.loads(event.detail)
        assert detail["from"] == {"time_cost": 1, "memory_kib": 8, "parallelism": 1}
        assert detail["to"] == {"time_cost": 5, "memory_kib": 262_144, "parallelism": 2}
    finally:
        v.close()
    slot = KeyFile.load(key_path_for(path)).passphrase_slots()[0]
    assert slot.kdf_params() == DEFAULT_KDF
    again = open_vault(path, PASSPHRASE)  # opens with the rewrapped slot; nothing more to upgrade
    try:
        with again.session() as s:
            n = len(s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == KDF_UPGRADE_ACTION)).all())
        assert n == 1
    finally:
        again.close()
