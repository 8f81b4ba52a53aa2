"""Command line: the window by default, and subcommands for administrators, tests and benchmarks.

Passphrases are never taken from an argument: one line from standard input when it is not a
terminal, a prompt without echo when it is. Exit codes: 0 success, 1 user error, 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from livcr_desktop import __version__
from livcr_desktop.storage.errors import (
    CorruptVaultError,
    NewerVaultError,
    NotAVaultError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A one-line message for the user; exit code 1."""


def vault_error_message(exc: VaultError) -> str:
    """One line per failure, in plain words (the GUI has its own translated messages)."""
    match exc:
        case WrongPassphraseError():
            return "wrong passphrase: the vault was not opened"
        case NewerVaultError():
            return "this vault was written by a newer version of LIVC-R Desktop; update the application"
        case CorruptVaultError():
            return "the vault file is damaged or truncated and cannot be read; restore a backup"
        case VaultMissingError():
            return "the vault's database file is missing next to its key file"
        case VaultExistsError():
            return "a vault already exists at that path"
        case NotAVaultError():
            return "this is not a LIVC-R vault (no valid key file beside it)"
        case _:
            return f"the vault could not be opened: {exc}"


def read_passphrase(prompt: str = "Wachtwoordzin: ", confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("no passphrase on standard input")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Herhaal wachtwoordzin: ") != first:
        raise UserError("the two passphrases differ")
    return first


def _cmd_demo(args: argparse.Namespace) -> int:
    from livcr_desktop.services import demo, unlock

    path = Path(args.vault)
    passphrase = read_passphrase(confirm=True)
    check = unlock.assess_passphrase(passphrase)
    if not check.acceptable:
        raise UserError(f"passphrase too short: at least {unlock.MIN_PASSPHRASE_LENGTH} characters")
    vault = unlock.create_vault(path, passphrase)
    try:
        demo.populate(demo.demo_context(vault))
        counts = unlock.vault_counts(vault)
    finally:
        vault.close()
    print(f"demo vault written to {path}: {counts.cases} cases, {counts.meetings} meetings")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from livcr_desktop.services import unlock

    vault = unlock.open_vault(Path(args.vault), read_passphrase())
    try:
        counts = unlock.vault_counts(vault)
        integrity = vault.integrity_check()
        print(f"vault: {vault.path}")
        print(f"schema: {vault.schema_revision()}")
        print(f"sqlcipher: {vault.cipher_version()}")
        for name in ("organisations", "members", "cases", "meetings", "contributions", "decisions",
                     "actions", "audit_events"):
            print(f"{name}: {getattr(counts, name)}")
        print(f"integrity_check: {integrity}")
    finally:
        vault.close()
    return EXIT_OK if integrity == "ok" else EXIT_USER_ERROR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livcr-desktop",
        description="LIVC-R Desktop: offline case meetings of the local integral security cell.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", type=Path, help="vault file to open (default: in the user data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open the bundled demo vault (created on first use)"
    )
    parser.add_argument("--lang", choices=("nl", "fr", "en"), help="interface language")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase as one line from standard input instead of asking in a dialog "
        "(for kiosk set-ups, screenshots and benchmarks)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="write the demo vault without opening a window")
    p.add_argument("--vault", type=Path, required=True)
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("check", help="open a vault and report schema, counts and integrity")
    p.add_argument("--vault", type=Path, required=True)
    p.set_defaults(func=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file this process creates is owner-only
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        from livcr_desktop.views.app import run_gui

        passphrase = None
        if args.passphrase_stdin:
            try:
                passphrase = read_passphrase()
            except UserError as exc:
                print(f"livcr-desktop: {exc}", file=sys.stderr)
                return EXIT_USER_ERROR
        return run_gui(vault=args.vault, demo=args.demo, lang=args.lang, passphrase=passphrase)
    try:
        return func(args)
    except UserError as exc:
        print(f"livcr-desktop: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except VaultError as exc:
        print(f"livcr-desktop: {vault_error_message(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
