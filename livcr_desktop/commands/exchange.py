"""``export``, ``import`` and ``import-csv``: the exchange format and case lists on the command line.

An import file is read and checked completely before any vault is opened or created: a file with
problems leaves the vault as it was (byte for byte) and creates none. Every problem is printed on
standard error as ``path: message``, then the command exits with 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from livcr_desktop.commands.common import EXIT_OK, EXIT_USER_ERROR, UserError, read_passphrase

UNENCRYPTED_WARNING = (
    "warning: {path} is NOT encrypted and holds identities and case data covered by professional "
    "secrecy (art. 458ter Sw.); keep it on an encrypted medium and delete it when it has served"
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("export", help="write the vault, or one case, as an exchange file (JSON)")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True, help="JSON file to write (owner-only, not encrypted)")
    p.add_argument("--case", metavar="CODE", help="only this case, for a data-subject request")
    p.set_defaults(func=_cmd_export)

    p = subparsers.add_parser(
        "import", help="import a whole-vault exchange file into an empty vault (created when it does not exist)"
    )
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("file", type=Path, help="exchange file (JSON)")
    p.set_defaults(func=_cmd_import)

    p = subparsers.add_parser("import-csv", help="import a case list from a CSV file, through a column mapping")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("file", type=Path, help="CSV file (; or , separated; UTF-8 or Windows-1252)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column (header name or number from 1) to a case field, or to '-' to skip it; "
        "repeatable; the rest is proposed from the header names",
    )
    p.add_argument("--dry-run", action="store_true", help="check every row and print the mapping; import nothing")
    p.set_defaults(func=_cmd_import_csv)


def _context(vault: Any) -> Any:
    from livcr_desktop.services import users

    return users.context_for(vault)


def _denied(exc: Exception) -> UserError:
    return UserError(f"not allowed: {exc}")


def _cmd_export(args: argparse.Namespace) -> int:
    from livcr_desktop.domain.roles import PermissionDenied
    from livcr_desktop.services import exchange, unlock

    out = Path(args.out)
    if out.is_dir():
        raise UserError(f"{out} is a folder")
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist")
    vault = unlock.open_vault(Path(args.vault), read_passphrase())
    try:
        ctx = _context(vault)
        try:
            doc = exchange.export_case(ctx, args.case) if args.case else exchange.export_vault(ctx)
        except LookupError:
            raise UserError(f"no case with code {args.case}") from None
        except PermissionDenied as exc:
            raise _denied(exc) from None
        exchange.write_document(out, doc)  # a full disk or read-only medium: cli.main says which
    finally:
        vault.close()
    counts = exchange.document_counts(doc)
    print(f"{out}: {doc['scope']} export, " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    print(UNENCRYPTED_WARNING.format(path=out), file=sys.stderr)
    return EXIT_OK


def _print_issues(issues: list[Any], what: str, total: int | None = None) -> None:
    """The problems, at most a capped list ending in "… and N more"; ``total`` counts them all."""
    count = len(issues) if total is None else total
    print(f"livcr-desktop: {what} has {count} problem(s); nothing was imported", file=sys.stderr)
    for issue in issues:
        print(f"  {issue}", file=sys.stderr)


def _cmd_import(args: argparse.Namespace) -> int:
    from livcr_desktop.domain.roles import PermissionDenied
    from livcr_desktop.services import exchange, unlock

    path = Path(args.vault)
    passphrase = read_passphrase(confirm=not path.exists())
    try:
        doc = exchange.read_document(Path(args.file))
        issues = exchange.document_issues(doc)
        if issues:
            raise exchange.ExchangeError(issues)
    except exchange.ExchangeError as exc:
        _print_issues(exc.issues, str(args.file), exchange.issue_total(exc.issues))
        return EXIT_USER_ERROR
    try:
        if path.exists():
            vault = unlock.open_vault(path, passphrase)
            try:
                summary = exchange.import_document(_context(vault), doc)
            finally:
                vault.close()
        else:
            check = unlock.assess_passphrase(passphrase)
            if not check.acceptable:
                raise UserError(f"passphrase too short: at least {unlock.MIN_PASSPHRASE_LENGTH} characters")
            vault, summary = exchange.import_into_new_vault(path, passphrase, doc)
            vault.close()
    except exchange.ExchangeError as exc:
        _print_issues(exc.issues, str(args.file), exchange.issue_total(exc.issues))
        return EXIT_USER_ERROR
    except PermissionDenied as exc:
        raise _denied(exc) from None
    print(f"{path}: imported " + ", ".join(f"{n} {k}" for k, n in summary.counts.items()))
    return EXIT_OK


def _cmd_import_csv(args: argparse.Namespace) -> int:
    from livcr_desktop.domain.roles import PermissionDenied
    from livcr_desktop.services import csv_import, unlock

    passphrase = read_passphrase()
    try:
        table = csv_import.read_csv_file(Path(args.file))
    except csv_import.CsvFileError as exc:
        raise UserError(f"{args.file}: {exc}") from None
    try:
        mapping = csv_import.apply_overrides(table, csv_import.propose_mapping(table.header), args.map)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    print(f"{args.file}: {len(table.rows)} rows, encoding {table.encoding}, delimiter {table.delimiter!r}")
    for i, field in enumerate(mapping):
        print(f"  {table.column_name(i)} -> {field or '(not imported)'}")
    vault = unlock.open_vault(Path(args.vault), passphrase)
    try:
        ctx = _context(vault)
        try:
            if args.dry_run:
                result = csv_import.convert(ctx, table, mapping)
                if result.issues:
                    _print_issues(csv_import.cap_issues(result.issues), str(args.file), len(result.issues))
                    return EXIT_USER_ERROR
                print(f"{len(result.rows)} cases can be imported (dry run: nothing imported)")
                return EXIT_OK
            ids = csv_import.import_cases(ctx, table, mapping, source=Path(args.file).name)
        except csv_import.CsvImportError as exc:
            _print_issues(exc.issues, str(args.file), exc.total)
            return EXIT_USER_ERROR
        except PermissionDenied as exc:
            raise _denied(exc) from None
    finally:
        vault.close()
    print(f"{args.vault}: imported {len(ids)} cases")
    return EXIT_OK
