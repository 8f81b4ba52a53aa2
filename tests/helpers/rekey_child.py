"""Key rotation and passphrase changes in a loop, in a child process that ``tests/unit/test_rekey.py`` kills.

    python -m tests.helpers.rekey_child VAULT_PATH SEED     (stdin: passphrase A, then passphrase B, one line each)

The child opens the vault with A or B (whichever works, as the parent will), then loops forever:
add a case, sometimes change the passphrase to the other one, rotate the database key. Around each
step it writes one line with a single ``write`` on fd 1 (a line is wholly in the pipe or absent):

    OPENED <A|B>
    PLAN case <code>         / COMMITTED case <code>
    PLAN passphrase <A|B>    / DONE passphrase <A|B>
    PLAN rotate <n>          / STEP <name> (from Vault.rekey) / DONE rotate <n>

A kill can land anywhere, including inside ``PRAGMA rekey`` and between its steps.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import Phenomenon
from livcr_desktop.services import cases
from livcr_desktop.services import passphrase as pp
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.unlock import record_login
from livcr_desktop.storage import keyslots
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault

keyslots.MIN_KDF = TEST_KDF  # this child's vaults use cheap test parameters: no upgrade at login


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def main() -> int:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    secrets = {"A": sys.stdin.readline().rstrip("\n"), "B": sys.stdin.readline().rstrip("\n")}
    rng = random.Random(seed)
    vault = None
    current = "A"
    for name in ("A", "B"):
        try:  # trying both is the test's knowledge, not a wrong passphrase: no attempts record, no pause
            vault = Vault.open_with_passphrase(path, secrets[name])
        except WrongPassphraseError:
            continue
        record_login(vault, "passphrase")
        current = name
        break
    if vault is None:
        emit("FAILED open")
        return 1
    emit(f"OPENED {current}")
    ctx = ServiceContext(vault, vault.unlocked_by.user)
    n = 0
    while True:
        n += 1
        code = f"K{seed % 1000:03d}-2027-{n:05d}"
        emit(f"PLAN case {code}")
        cases.create_case(
            ctx,
            CaseDraft(
                code=code,
                pseudonym=f"Kind {seed}-{n}",
                screening_notes="tekst " * 50,
                phenomenon=Phenomenon.RADICALISM,
                registration_date=date(2026, 1, 1),
            ),
        )
        emit(f"COMMITTED case {code}")
        if rng.random() < 0.4:
            other = "B" if current == "A" else "A"
            emit(f"PLAN passphrase {other}")
            pp.change_passphrase(ctx, secrets[current], secrets[other], kdf=TEST_KDF)
            current = other
            emit(f"DONE passphrase {other}")
        emit(f"PLAN rotate {n}")
        pp.rotate_key(ctx, secrets[current], kdf=TEST_KDF, on_step=lambda step: emit(f"STEP {step}"))
        emit(f"DONE rotate {n}")


if __name__ == "__main__":
    sys.exit(main())
