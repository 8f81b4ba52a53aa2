"""One command of the app, run in a child process that ``tests/unit/test_fault_kills.py`` SIGKILLs.

    python -m tests.helpers.fault_child COMMAND VAULT_PATH [DOCUMENT]   (stdin: passphrase A, then B)
    python -m tests.helpers.fault_child --zygote     (stdin: one run a line, "COMMAND\tPATH\tDOC\tA\tB")

The zygote imports everything once and forks one child per line (importing costs 0.7 s, a kill
loop of 100 runs cannot pay it each time); it writes ``PID <pid>`` and, when the child is gone,
``EXIT <pid> <status>``; the child's own lines carry its pid: ``READY <pid>``, ``DONE <pid> <n>``.

COMMAND is ``demo`` or ``import`` (build a new vault at VAULT_PATH through
``unlock.build_new_vault``, as the commands do), or ``backup``, ``rotate-key`` or
``change-passphrase`` (open the existing vault with A or B and repeat the command until killed).
The services are called as the commands call them, with ``TEST_KDF`` so a kill loop of 100 runs
stays fast; this child lowers ``keyslots.MIN_KDF`` for the same reason (the production CLI has no
such switch). Writes ``READY`` (one ``write`` on fd 1) just before the first step that changes
files, ``DONE <n>`` after each completed step.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from livcr_desktop.services import backup, demo, exchange, unlock
from livcr_desktop.services import passphrase as pp
from livcr_desktop.services.users import context_for
from livcr_desktop.storage import keyslots
from livcr_desktop.storage.errors import WrongPassphraseError
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault

keyslots.MIN_KDF = TEST_KDF


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def tagged(line: str) -> None:
    word, _, rest = line.partition(" ")
    emit(f"{word} {os.getpid()} {rest}".rstrip())


def open_either(path: Path, secrets: dict[str, str]) -> tuple[Vault, str]:
    for name in ("A", "B"):
        try:
            vault = Vault.open_with_passphrase(path, secrets[name])
        except WrongPassphraseError:
            continue
        unlock.record_login(vault, "passphrase")
        return vault, name
    raise SystemExit("neither passphrase opens the vault")


def main() -> int:
    if sys.argv[1] == "--zygote":
        return zygote()
    command, path = sys.argv[1], Path(sys.argv[2])
    secrets = {"A": sys.stdin.readline().rstrip("\n"), "B": sys.stdin.readline().rstrip("\n")}
    return run(command, path, Path(sys.argv[3]) if len(sys.argv) > 3 else None, secrets, emit)


def zygote() -> int:
    for line in sys.stdin:
        command, path, doc, a, b = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = run(command, Path(path), Path(doc) if doc else None, {"A": a, "B": b}, tagged)
            finally:
                os._exit(code)
        emit(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        emit(f"EXIT {pid} {status}")
    return 0


def run(command: str, path: Path, document: Path | None, secrets: dict[str, str], emit: Callable[[str], None]) -> int:
    if command in ("demo", "import"):
        if command == "demo":

            def fill(v: Vault) -> object:
                demo.populate(demo.demo_context(v))
                return None
        else:
            assert document is not None
            doc = exchange.load_document(document)

            def fill(v: Vault) -> object:
                return exchange.import_document(context_for(v), doc)

        emit("READY")
        vault, _ = unlock.build_new_vault(
            path, secrets["A"], fill, user=demo.DEMO_USER if command == "demo" else "voorzitter", kdf=TEST_KDF
        )
        vault.close()
        emit("DONE 1")
        return 0
    vault, current = open_either(path, secrets)
    ctx = context_for(vault)
    emit("READY")
    n = 0
    while True:
        n += 1
        if command == "backup":
            backup.create_backup(ctx, keep=3)
        elif command == "rotate-key":
            pp.rotate_key(ctx, secrets[current], kdf=TEST_KDF)
        elif command == "change-passphrase":
            other = "B" if current == "A" else "A"
            pp.change_passphrase(ctx, secrets[current], secrets[other], kdf=TEST_KDF)
            current = other
        else:
            raise SystemExit(f"unknown command {command}")
        emit(f"DONE {n}")


if __name__ == "__main__":
    sys.exit(main())
