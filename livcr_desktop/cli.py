"""Command line: the window by default, and subcommands for administrators, tests and benchmarks.

Passphrases are never taken from an argument: one line from standard input when it is not a
terminal, a prompt without echo when it is. Exit codes: 0 success, 1 user error, 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from livcr_desktop import __version__
from livcr_desktop.commands.common import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_USER_ERROR,
    UserError,
    os_error_message,
    read_passphrase,
    storage_fault_message,
    vault_error_message,
)
from livcr_desktop.services.errors import StorageFault, VaultError, as_storage_fault

__all__ = [
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_USER_ERROR",
    "UserError",
    "build_parser",
    "main",
    "read_passphrase",
    "vault_error_message",
]


def _cmd_demo(args: argparse.Namespace) -> int:
    from livcr_desktop.domain.entities import VaultCounts
    from livcr_desktop.services import demo, unlock
    from livcr_desktop.services.vaults import Vault

    path = Path(args.vault)
    passphrase = read_passphrase(confirm=True)
    check = unlock.assess_passphrase(passphrase)
    if not check.acceptable:
        raise UserError(f"passphrase too short: at least {unlock.MIN_PASSPHRASE_LENGTH} characters")

    def fill(v: Vault) -> VaultCounts:
        demo.populate(demo.demo_context(v))
        return unlock.vault_counts(v)

    # database and key file are built under temporary names and published together: a killed run
    # leaves no half-made vault behind
    vault, counts = unlock.build_new_vault(path, passphrase, fill)
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
        for name in (
            "organisations",
            "members",
            "cases",
            "meetings",
            "contributions",
            "decisions",
            "actions",
            "audit_events",
        ):
            print(f"{name}: {getattr(counts, name)}")
        print(f"integrity_check: {integrity}")
    finally:
        vault.close()
    return EXIT_OK if integrity == "ok" else EXIT_USER_ERROR


def _cmd_verify(args: argparse.Namespace) -> int:
    from livcr_desktop.services import signatures

    try:
        pdf = Path(args.file).read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc.strerror}") from None
    roots = []
    for t in args.trust:
        try:
            roots.append(signatures.certificate_der(Path(t).read_bytes()))
        except OSError as exc:
            raise UserError(f"cannot read {t}: {exc.strerror}") from None
        except ValueError:
            raise UserError(f"{t} is not a certificate (PEM or DER)") from None
    if args.vault is None:
        verdict = signatures.verify_document(pdf, roots)
    else:
        from livcr_desktop.services import unlock, users

        vault = unlock.open_vault(Path(args.vault), read_passphrase())
        try:
            verdict = signatures.verify_in_vault(users.context_for(vault), pdf, roots)
        finally:
            vault.close()
    # The verdict (services.signatures, the same as the minutes window's) is OK only for signatures that
    # are intact, unchanged since signing and made by a trusted signer: without --trust no signer is
    # trusted, so the answer is "NOT OK (signer not trusted)" and the exit code 1.
    print(f"file: {args.file}")
    print(f"sha256: {verdict.sha256}")
    if not verdict.signatures:
        print("signatures: none (or the file is damaged)")
    for s in verdict.signatures:
        when = s.signing_time.isoformat() if s.signing_time else "unknown"
        state = "unchanged since signing" if s.unchanged_since_signing else "CHANGED AFTER SIGNING"
        trust = "trusted" if s.trusted else "signer not trusted"
        word = {"ok": "OK", "untrusted": "NOT OK (signer not trusted)"}.get(s.verdict, "NOT OK")
        print(f"signature {s.field_name}: {s.signer}, {when} (signer's clock), {state}, {trust}, verdict {word}")
    if verdict.vault_checked:
        found = verdict.in_vault
        if found:
            print(
                f"vault: matches document {found.document_id} of meeting {found.meeting_id} ({found.variant}"
                f"{', signed by ' + found.signed_by if found.signed_by else ''})"
            )
        else:
            print("vault: NO document with this hash")
    print(f"verdict: {VERDICT_WORDS[verdict.code]}")
    return EXIT_OK if verdict.ok else EXIT_USER_ERROR


VERDICT_WORDS = {
    "ok": "OK",
    "unsigned": "NOT OK (no readable signature)",
    "tampered": "NOT OK (changed after signing)",
    "untrusted": "NOT OK (signer not trusted)",
    "not_in_vault": "NOT OK (not in the vault)",
}


def _window_parser(quick: bool = False) -> argparse.ArgumentParser:
    """The options of the window itself (no subcommand); ``quick``: no help, errors raised, not printed."""
    parser = argparse.ArgumentParser(
        prog="livcr-desktop",
        description="LIVC-R Desktop: offline case meetings of the local integral security cell.",
        add_help=not quick,
        exit_on_error=not quick,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", type=Path, help="vault file to open (default: in the user data folder)")
    parser.add_argument("--demo", action="store_true", help="open the bundled demo vault (created on first use)")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), help="interface language")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase as one line from standard input instead of asking in a dialog "
        "(for kiosk set-ups, screenshots and benchmarks)",
    )
    return parser


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The window's options when ``argv`` names no subcommand, else None.

    Starting the window must not import the command modules (they import the storage stack):
    the unlock dialog is painted first and the rest is imported in the background. Anything the
    window's options do not cover (a subcommand, --help, a typo) goes through the full parser.
    """
    raw = list(sys.argv[1:] if argv is None else argv)
    if {"-h", "--help"} & set(raw):
        return None
    try:
        args, rest = _window_parser(quick=True).parse_known_args(raw)
    except argparse.ArgumentError:  # e.g. --lang xx: the full parser says it
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = _window_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="write the demo vault without opening a window")
    p.add_argument("--vault", type=Path, required=True)
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("check", help="open a vault and report schema, counts and integrity")
    p.add_argument("--vault", type=Path, required=True)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser(
        "verify",
        help="check the signatures of a signed PDF (and its hash in a vault); exit 1 unless every "
        "signature is intact, unchanged and by a trusted signer",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        help="trusted certificate (PEM or DER), repeatable; without it no signer is trusted, so the "
        "verdict is NOT OK (signer not trusted) and the exit code 1",
    )
    p.add_argument("--vault", type=Path, help="also look the file's SHA-256 up in this vault")
    p.set_defaults(func=_cmd_verify)

    _register_command_modules(sub)
    return parser


def _register_command_modules(sub: Any) -> None:
    import importlib
    import pkgutil

    from livcr_desktop import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):  # helper modules (``common``) add no subcommands
            register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file this process creates is owner-only
    from livcr_desktop import hygiene

    hygiene.harden_process()  # no core dumps of a process that holds the key and case data
    try:
        hygiene.install_logging()  # redacted, owner-only log in the data folder
    except OSError:  # a read-only or full data folder: no log file, and no log lines on stderr either
        logging.getLogger().addHandler(logging.NullHandler())
    args = _window_args(argv) or build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        from livcr_desktop.views.app import run_gui

        passphrase = None
        if args.passphrase_stdin:
            try:
                passphrase = read_passphrase()
            except UserError as exc:
                return _fail(str(exc))
        return run_gui(vault=args.vault, demo=args.demo, lang=args.lang, passphrase=passphrase)
    try:
        return func(args)
    except UserError as exc:
        return _fail(str(exc))
    except VaultError as exc:  # storage faults (disk full, read-only, no access) are VaultErrors too
        return _fail(vault_error_message(exc, getattr(args, "vault", None)))
    except OSError as exc:
        return _fail(os_error_message(exc, getattr(args, "vault", None)))
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except Exception as exc:  # an SQLite error that is really the medium: full disk or read-only
        fault = as_storage_fault(exc, getattr(args, "vault", None))
        if isinstance(fault, StorageFault):
            return _fail(storage_fault_message(fault, getattr(args, "vault", None)))
        raise


def _fail(message: str) -> int:
    print(f"livcr-desktop: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
