"""Every CLI command against a full disk and a read-only medium (issue 12, point 2).

For each subcommand and each fault: the exit code, one line on stderr that names the cause (disk
full / read-only) where the command has to write, never "internal error" or a traceback, and the
vault file and its ``.keys`` file byte-identical afterwards.

Two ways to make the fault:

- ``tmpfs``: the vault (and the data folder with the log and default backups) on a real 4 MB tmpfs,
  filled to the last byte, or remounted read-only. Needs root or CAP_SYS_ADMIN; skipped otherwise.
- ``injected``: the same commands on an ordinary folder, with the OS calls failing: ``os.write``
  writes a few bytes and then raises ENOSPC (full), or ``os.open``/``os.mkdir`` for writing raise
  EROFS and SQLite connections are ``query_only`` (read-only). SQLite writes its own files in C,
  so with an injected full disk a command may still commit a row before a Python write fails: there
  the key file must be byte-identical and the database must open with ``integrity_check`` ok.

The CLI runs in this process through ``cli.main`` (stdin replaced), which keeps the whole matrix at
a few seconds; vaults use ``TEST_KDF`` (commands that make a new slot use the app's default KDF).
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from livcr_desktop import cli, hygiene
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import key_path_for
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "een nieuwe lange wachtwoordzin"
CAUSE = {"full": "the disk is full", "readonly": "read-only medium"}


@dataclass(frozen=True)
class Command:
    """One CLI invocation: ``argv`` with ``{vault}``, ``{mnt}`` and ``{inputs}`` filled in; ``stdin`` lines."""

    name: str
    argv: tuple[str, ...]
    stdin: tuple[str, ...] = (PASSPHRASE,)
    writes: bool = True  # the command must write to the faulty medium to succeed
    creates: tuple[str, ...] = ()  # files in {mnt} the command would create (none may be left half-made)
    sqlite_only: bool = False  # writes only through SQLite, which an injected full disk cannot stop


COMMANDS: list[Command] = [
    Command("check", ("check", "--vault", "{vault}"), writes=False),
    Command(
        "demo",
        ("demo", "--vault", "{mnt}/demo.vault"),
        stdin=(NEW_PASSPHRASE,),
        creates=("demo.vault", "demo.vault.keys"),
    ),
    Command(
        "minutes",
        ("minutes", "--vault", "{vault}", "--meeting", "{meeting}", "--out", "{mnt}/verslag.pdf"),
        creates=("verslag.pdf",),
    ),
    Command("minutes --list", ("minutes", "--vault", "{vault}", "--list"), writes=False),
    Command(
        "sign",
        (
            "sign",
            "--vault",
            "{vault}",
            "--meeting",
            "{finalised}",
            "--role",
            "chair",
            "--pkcs12",
            "{inputs}/chair.p12",
            "--out",
            "{mnt}/ondertekend.pdf",
        ),
        stdin=(PASSPHRASE, "p12-wachtwoord"),
        creates=("ondertekend.pdf",),
    ),
    Command("verify", ("verify", "{inputs}/verslag.pdf", "--vault", "{vault}"), writes=False),
    Command("export", ("export", "--vault", "{vault}", "--out", "{mnt}/export.json"), creates=("export.json",)),
    Command(
        "import",
        ("import", "--vault", "{mnt}/nieuw.vault", "{inputs}/export.json"),
        stdin=(NEW_PASSPHRASE,),
        creates=("nieuw.vault", "nieuw.vault.keys"),
    ),
    Command("import-csv", ("import-csv", "--vault", "{vault}", "{inputs}/lijst.csv"), sqlite_only=True),
    Command("audit verify", ("audit", "verify", "--vault", "{vault}"), writes=False),
    Command("audit tail", ("audit", "tail", "--vault", "{vault}"), writes=False),
    Command("backup", ("backup", "--vault", "{vault}")),
    Command("backups", ("backups", "--vault", "{vault}", "--check"), stdin=(), writes=False),
    Command("restore", ("restore", "--vault", "{vault}", "{inputs}/backups/{backup}")),
    Command("change-passphrase", ("change-passphrase", "--vault", "{vault}"), stdin=(PASSPHRASE, NEW_PASSPHRASE)),
    Command("rotate-key", ("rotate-key", "--vault", "{vault}")),
    Command("retention", ("retention", "--vault", "{vault}"), writes=False),
    Command(
        "init",
        ("init", "--vault", "{mnt}/cel.vault", "--municipality", "Testdorp", "--cell", "LIVC-R Testdorp"),
        stdin=(NEW_PASSPHRASE,),
        creates=("cel.vault", "cel.vault.keys"),
    ),
    Command(
        "org add",
        ("org", "--vault", "{vault}", "add", "--name", "Jeugddienst Testdorp", "--short", "JD", "--sector", "youth"),
        sqlite_only=True,
    ),
    Command("org list", ("org", "--vault", "{vault}", "list"), writes=False),
    Command("org retire", ("org", "--vault", "{vault}", "retire", "5"), sqlite_only=True),  # CLB, not in use
    Command(
        "member add",
        (
            "member",
            "--vault",
            "{vault}",
            "add",
            "--name",
            "Nieuw Lid",
            "--org",
            "1",
            "--kind",
            "core",
            "--function",
            "x",
        ),
        sqlite_only=True,
    ),
    Command("member list", ("member", "--vault", "{vault}", "list"), writes=False),
    Command("member retire", ("member", "--vault", "{vault}", "retire", "5"), sqlite_only=True),  # not in use
    Command(
        "feedback-form",
        ("feedback-form", "compose", "--vault", "{vault}", "--meeting", "{meeting}", "--case", "{case}"),
        sqlite_only=True,
    ),
    Command(
        "letter",
        ("letter", "--vault", "{vault}", "--meeting", "{meeting}", "--case", "{case}", "--out", "{mnt}/brief.pdf"),
        creates=("brief.pdf",),
    ),
    Command(
        "annual-report",
        ("annual-report", "--vault", "{vault}", "--year", "2026", "--pdf", "{mnt}/jaarverslag.pdf"),
        creates=("jaarverslag.pdf",),
    ),
]


def subcommands() -> set[str]:
    """Every subcommand the parser knows (``audit verify`` for nested ones)."""
    import argparse

    def walk(parser: argparse.ArgumentParser, prefix: str) -> Iterator[str]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                    if nested:
                        yield from walk(sub, f"{prefix}{name} ")
                    else:
                        yield f"{prefix}{name}"

    return set(walk(cli.build_parser(), ""))


def test_every_subcommand_is_in_the_fault_matrix() -> None:
    covered = {c.name.split(" --")[0] for c in COMMANDS}
    assert subcommands() <= covered, f"add these commands to COMMANDS: {sorted(subcommands() - covered)}"


# -- the prepared vault (made once) ----------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    folder: Path  # test.vault + .keys, and inputs/ (outside any faulty medium)
    meeting: int
    backup: str
    finalised: int  # a closed meeting with finalised minutes (for sign)
    case: int  # on the meeting's agenda, decided, with a reachable signal giver (for the letter)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prepared]:
    from livcr_desktop.services import backup, exchange, minutes, unlock
    from livcr_desktop.services.context import ServiceContext
    from tests.helpers.meeting_factory import make_cell, make_meeting

    folder = tmp_path_factory.mktemp("faults")
    inputs = folder / "inputs"
    inputs.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIVCR_DATA_DIR", str(folder / "data"))
        vault = unlock.create_vault(folder / "test.vault", PASSPHRASE, kdf=TEST_KDF)
        try:
            ctx = ServiceContext(vault, "voorzitter")
            cell = make_cell(ctx)
            meeting = make_meeting(ctx, cell)
            from livcr_desktop.reports.model import Variant
            from livcr_desktop.services import meetings
            from tests.helpers.certs import make_p12

            finalised = make_meeting(ctx, cell, day=date(2026, 11, 12))
            meetings.start_meeting(ctx, finalised)
            meetings.close_meeting(ctx, finalised, date(2026, 12, 10))
            minutes.finalise(ctx, finalised)
            make_p12(inputs / "chair.p12", "Voorzitter Test", "p12-wachtwoord")

            case = next(e.case_id for e in meetings.get_meeting(ctx, meeting).agenda if e.case_id is not None)
            _decided_with_a_signal_giver(ctx, meeting, case)
            (inputs / "verslag.pdf").write_bytes(minutes.render_variant(ctx, meeting, Variant.FULL).pdf)
            exchange.write_document(inputs / "export.json", exchange.export_vault(ctx))
            made = backup.create_backup(ctx, directory=inputs / "backups")
        finally:
            vault.close()
    (inputs / "lijst.csv").write_text(
        "Dossier;Fenomeen;Aanmeldingsdatum\nLIVC-2025-101;radicalisme;12/01/2025\n", encoding="utf-8"
    )
    shutil.rmtree(folder / "data", ignore_errors=True)
    yield Prepared(folder, meeting, made.info.path.name, finalised, case)


def _decided_with_a_signal_giver(ctx: Any, meeting: int, case: int) -> None:
    from livcr_desktop.domain.enums import DecisionType
    from livcr_desktop.domain.meeting import DecisionDraft
    from livcr_desktop.services import decisions
    from livcr_desktop.storage import models

    draft = DecisionDraft(case, meeting, DecisionType.START_FOLLOW_UP, next_review_date=date(2027, 3, 1))
    decisions.record_decision(ctx, draft)
    with ctx.vault.session() as s:  # the intake form's fields, as typed
        row = s.get_one(models.Case, case)
        row.signal_giver_name, row.signal_giver_contact = "J. Janssens", "j.janssens@school.example"


# -- faulty media ----------------------------------------------------------------------------------


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, check=False)


def _fill(folder: Path) -> None:
    with open(folder / ".filler", "wb", buffering=0) as fh:  # the test's own filler
        for block in (1 << 16, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while fh.write(b"\0" * block):
                    pass


@contextlib.contextmanager
def tmpfs_medium(mnt: Path, fault: str) -> Iterator[Callable[[], None]]:
    """A 4 MB tmpfs at ``mnt``; yields ``arm()`` that fills it or remounts it read-only."""
    mnt.mkdir()
    proc = _run("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mnt))
    if proc.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs (needs root or CAP_SYS_ADMIN): {proc.stderr.strip()}; "
            "the 'injected' variant covers the same commands"
        )

    def arm() -> None:
        if fault == "full":
            _fill(mnt)
        else:
            ro = _run("mount", "-o", "remount,ro", str(mnt))
            assert ro.returncode == 0, ro.stderr

    try:
        yield arm
    finally:
        for _ in range(20):  # a command's vault may still be closing its files
            if _run("umount", str(mnt)).returncode == 0:
                break
            time.sleep(0.05)
        else:
            _run("umount", "-l", str(mnt))


@contextlib.contextmanager
def injected_medium(mnt: Path, fault: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """An ordinary folder whose writes fail at the OS call (and in SQLite, for read-only)."""
    mnt.mkdir()
    root = str(mnt.resolve())
    real_write, real_open, real_mkdir = os.write, os.open, os.mkdir
    armed: list[bool] = []

    def inside(p: Any) -> bool:
        try:
            return str(os.path.abspath(os.fsdecode(p))).startswith(root)
        except TypeError:
            return False

    def fd_inside(fd: int) -> bool:
        try:
            return os.readlink(f"/proc/self/fd/{fd}").startswith(root)
        except OSError:
            return False

    def write(fd: int, data: Any) -> int:
        if armed and fd_inside(fd):
            if fault == "readonly":
                raise OSError(errno.EROFS, os.strerror(errno.EROFS))
            if len(data) > 16:
                return real_write(fd, bytes(data)[:16])  # a silent short write first ...
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ... then the disk is full
        return real_write(fd, data)

    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def open_(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if armed and fault == "readonly" and flags & writing and inside(path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    def mkdir(path: Any, mode: int = 0o777, *, dir_fd: int | None = None) -> None:
        if armed and fault == "readonly" and inside(path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        real_mkdir(path, mode, dir_fd=dir_fd)

    def query_only(dbapi_connection: Any, _record: Any) -> None:
        if armed and fault == "readonly":
            dbapi_connection.execute("PRAGMA query_only = ON")

    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "mkdir", mkdir)
    event.listen(Pool, "connect", query_only)
    try:
        yield lambda: armed.append(True)
    finally:
        armed.clear()
        event.remove(Pool, "connect", query_only)


# -- running the CLI in this process -----------------------------------------------------------------


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    seconds: float


def run_main(argv: list[str], stdin: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> Outcome:
    umask = os.umask(0o077)
    os.umask(umask)
    hook = sys.excepthook
    root_level = logging.getLogger().level
    old_stdin = sys.stdin
    sys.stdin = io.StringIO("".join(line + "\n" for line in stdin))
    capsys.readouterr()
    start = time.perf_counter()
    try:
        try:
            code = cli.main(argv)
        except SystemExit as e:  # argparse
            code = int(e.code or 0)
        except BaseException as e:  # what the user would see: the excepthook's "internal error" line
            code = 70
            print(f"livcr-desktop: internal error ({type(e).__name__}: {e})", file=sys.stderr)
    finally:
        seconds = time.perf_counter() - start
        sys.stdin = old_stdin
        hygiene.remove_logging()
        logging.getLogger().setLevel(root_level)
        sys.excepthook = hook
        os.umask(umask)
    out, err = capsys.readouterr()
    return Outcome(code, out, err, seconds)


def _fill_in(arg: str, vault: Path, mnt: Path, prepared: Prepared) -> str:
    return arg.format(
        vault=vault,
        mnt=mnt,
        inputs=prepared.folder / "inputs",
        meeting=prepared.meeting,
        backup=prepared.backup,
        finalised=prepared.finalised,
        case=prepared.case,
    )


@pytest.fixture(autouse=True)
def cheap_slots_are_not_upgraded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The TEST_KDF vault is treated like a user's vault: opening it does not rewrap its slot."""
    from livcr_desktop.storage import keyslots

    monkeypatch.setattr(keyslots, "MIN_KDF", TEST_KDF)


TIMES: dict[str, float] = {}
SEEN: dict[str, str] = {}


@pytest.mark.parametrize("fault", ["full", "readonly"])
@pytest.mark.parametrize("how", ["tmpfs", "injected"])
@pytest.mark.parametrize("command", COMMANDS, ids=[c.name.replace(" ", "_") for c in COMMANDS])
def test_cli_command_on_a_faulty_medium(
    command: Command,
    how: str,
    fault: str,
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    mnt = tmp_path / "medium"
    medium = tmpfs_medium(mnt, fault) if how == "tmpfs" else injected_medium(mnt, fault, monkeypatch)
    # failures are logged as warnings on purpose ("audit head not recorded at close", ...); the app's
    # logger is named, since cli.main lowers the root logger's level when it installs its log file
    with caplog.at_level(logging.WARNING), caplog.at_level(logging.WARNING, logger="livcr_desktop"):
        with medium as arm:
            vault = mnt / "test.vault"
            shutil.copy2(prepared.folder / "test.vault", vault)
            shutil.copy2(key_path_for(prepared.folder / "test.vault"), key_path_for(vault))
            (mnt / "data").mkdir(mode=0o700)
            monkeypatch.setenv("LIVCR_DATA_DIR", str(mnt / "data"))  # log and default backups on the same medium
            # cli.main hardens its process (core limit 0, not dumpable) for good: here that process is the
            # test runner, and every later child would inherit the limit (test_hygiene's core-dump control
            # would see no core). Hardening itself is tested in test_hygiene and through the real CLI.
            monkeypatch.setattr(hygiene, "harden_process", lambda: hygiene.HardeningReport(False, False))
            before = {p: p.read_bytes() for p in (vault, key_path_for(vault))}
            arm()
            argv = [_fill_in(a, vault, mnt, prepared) for a in command.argv]
            outcome = run_main(argv, command.stdin, capsys)
            TIMES[f"{command.name}/{how}/{fault}"] = outcome.seconds
            SEEN[f"{command.name}/{how}/{fault}"] = f"exit {outcome.code}: {outcome.stderr.strip()[:150]}"
            lines = outcome.stderr.strip().splitlines()
            context = (
                f"{command.name} [{how}/{fault}] exit {outcome.code}\nstdout: {outcome.stdout}\nstderr: "
                f"{outcome.stderr}"
            )
            assert "internal error" not in outcome.stderr and "Traceback" not in outcome.stderr, context
            if command.writes and not (command.sqlite_only and how == "injected" and fault == "full"):
                assert outcome.code == 1, context
            else:
                assert outcome.code in (0, 1), context
            if outcome.code == 1 and (command.writes or lines):
                assert len(lines) == 1, context
                assert lines[0].startswith("livcr-desktop: "), context
                assert CAUSE[fault] in lines[0], context
                assert "damaged" not in lines[0] and "restore a backup" not in lines[0], context
            after_keys = key_path_for(vault).read_bytes()
            assert after_keys == before[key_path_for(vault)], f"{context}\nthe key file changed"
            if how == "tmpfs" or fault == "readonly":
                assert vault.read_bytes() == before[vault], f"{context}\nthe vault file changed"
            for name in command.creates:  # nothing half-made: no new vault without its key file, no partial file
                assert not (mnt / name).exists(), f"{context}\n{name} was left behind"
            assert not [p.name for p in mnt.iterdir() if p.name.endswith(".part")], context
        if how == "injected" and fault == "full":
            _assert_opens(vault)


def _assert_opens(vault: Path) -> None:
    from livcr_desktop.services import unlock

    v = unlock.open_vault(vault, PASSPHRASE)
    try:
        assert v.integrity_check() == "ok"
    finally:
        v.close()


def test_report_times() -> None:
    """Not a check: prints how long each command took under each fault (run with -s to see)."""
    if TIMES:
        worst = max(TIMES.items(), key=lambda kv: kv[1])
        print(
            f"\n{len(TIMES)} command runs, {sum(TIMES.values()):.1f} s in the commands, "
            f"slowest {worst[0]} {worst[1]:.2f} s"
        )
        for key, seen in SEEN.items():
            print(f"  {key}: {seen}")
