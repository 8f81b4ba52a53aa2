"""``annual-report``: the annual report for the mayor and the steering group, as the statistics window makes it.

    livcr-desktop annual-report --vault V --year YYYY (--pdf OUT.pdf | --csv OUT.csv)

Aggregate numbers only (``services.annual_report``), in the cell's language; the file is written
owner-only and atomically, and the export is audited. Standard input: the vault passphrase (a prompt
without echo on a terminal). A year outside 2000..this year is a usage error (exit 2), before the
vault is opened.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from livcr_desktop.commands.common import EXIT_OK, EXIT_USAGE, UserError, read_passphrase
from livcr_desktop.domain.roles import PermissionDenied


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "annual-report",
        help="write the annual report (meetings held, attendance per organisation, cases by phenomenon, "
        "outcome and municipality, time to the first decision; small counts as <3) as PDF or CSV",
    )
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--year", type=int, required=True, help="the calendar year (2000 up to this year)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, help="PDF file to write")
    out.add_argument("--csv", type=Path, help="CSV file to write (;-separated, UTF-8 with BOM)")
    p.set_defaults(func=cmd_annual_report)


def cmd_annual_report(args: argparse.Namespace) -> int:
    from livcr_desktop.services import annual_report, unlock, users

    try:
        annual_report.check_year(args.year, date.today())
    except ValueError as exc:
        print(f"livcr-desktop annual-report: --year: {exc}", file=sys.stderr)
        return EXIT_USAGE
    fmt = annual_report.ExportFormat.PDF if args.pdf is not None else annual_report.ExportFormat.CSV
    out = Path(args.pdf if args.pdf is not None else args.csv)
    if out.is_dir():
        raise UserError(f"{out} is a folder")
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist")
    vault = unlock.open_vault(Path(args.vault), read_passphrase())
    try:
        ctx = users.context_for(vault)
        try:
            report = annual_report.annual_report(ctx, args.year)
        except ValueError as exc:  # the vault's clock disagrees with this machine's
            raise UserError(str(exc)) from None
        annual_report.export(ctx, report, fmt, out)
    except PermissionDenied as exc:
        raise UserError(f"not allowed: {exc} (ask the chair)") from None
    finally:
        vault.close()
    print(f"{out}: annual report {args.year}, {fmt.value}")
    return EXIT_OK
