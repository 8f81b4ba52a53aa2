"""Trust and recovery subcommands: audit check, backups and restore, passphrase and key, retention.

    livcr-desktop audit verify --vault V          check the hash chain; exit 1 and the first broken link
    livcr-desktop audit tail --vault V [-n 20]    the latest events, without free text
    livcr-desktop backup --vault V [--keep N]     an encrypted backup now (then keep the newest N)
    livcr-desktop backups --vault V [--check]     list backups (no passphrase needed); --check hashes them
    livcr-desktop restore --vault V BACKUP        check BACKUP, keep the current vault aside, restore
    livcr-desktop change-passphrase --vault V     current passphrase, then the new one
    livcr-desktop rotate-key --vault V            re-encrypt with a new key (other users' slots dropped)
    livcr-desktop retention --vault V [--erase CODE ... | --anonymise CODE ...] [--yes]

Passphrases come from standard input (one line each) or a prompt without echo, never from arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from livcr_desktop.commands.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    UserError,
    read_passphrase,
    vault_error_message,
)
from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.errors import VaultError


@contextmanager
def _opened(path: Path, passphrase: str | None = None) -> Iterator[ServiceContext]:
    from livcr_desktop.services import unlock, users

    vault = unlock.open_vault(Path(path), read_passphrase() if passphrase is None else passphrase)
    try:
        yield users.context_for(vault)
    except PermissionDenied as exc:
        raise UserError(f"not allowed: {exc} (ask the chair)") from None
    finally:
        vault.close()


# -- audit ---------------------------------------------------------------------------------------


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from livcr_desktop.services import audit_log

    with _opened(args.vault) as ctx:
        check = audit_log.check_chain(ctx, backups=[] if args.no_backups else None)
    print(check.summary())
    for problem in check.problems[1:]:
        where = f"event {problem.event_id}: " if problem.event_id is not None else ""
        print(f"  also: {where}{problem.text}")
    if check.recorded is not None:
        print(f"recorded head: {check.recorded.events} events (last id {check.recorded.last_id})")
    print(f"backups compared: {check.backups_checked}")
    return EXIT_OK if check.ok else EXIT_USER_ERROR


def _cmd_audit_tail(args: argparse.Namespace) -> int:
    from livcr_desktop.services import audit_log

    with _opened(args.vault) as ctx:
        rows = audit_log.recent_events(ctx, args.n)
    for r in reversed(rows):
        ref = f"{r.entity}:{r.entity_id}" if r.entity_id is not None else r.entity
        print(f"{r.id}\t{r.at.isoformat(timespec='seconds')}Z\t{r.user}\t{r.action}\t{ref}\t{r.summary}")
    return EXIT_OK


# -- backups -------------------------------------------------------------------------------------


def _cmd_backup(args: argparse.Namespace) -> int:
    from livcr_desktop.services import backup

    with _opened(args.vault) as ctx:
        try:
            result = backup.create_backup(ctx, keep=args.keep, directory=args.dir)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    print(f"backup written: {result.info.path} ({result.info.events} audit events)")
    if result.removed:
        print(f"removed {len(result.removed)} older backup(s): " + ", ".join(p.name for p in result.removed))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from livcr_desktop.services import backup

    infos = backup.list_backups(Path(args.vault), args.dir)
    if not infos:
        print(f"no backups in {args.dir or backup.backup_dir(Path(args.vault))}")
        return EXIT_OK
    damaged = 0
    for info in infos:
        state = ""
        if args.check:
            intact = backup.file_intact(info)
            state = "\t" + {True: "intact", False: "DAMAGED", None: "no hash"}[intact]
            damaged += intact is False
        print(
            f"{info.path}\t{info.created_at.isoformat()}\t{info.size}\t{info.reason or '-'}\t"
            f"{info.events if info.events is not None else '-'}{state}"
        )
    return EXIT_USER_ERROR if damaged else EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from livcr_desktop.services import backup

    passphrase = read_passphrase("Wachtwoordzin van de back-up: ")
    try:
        result = backup.restore_backup(
            Path(args.vault), Path(args.backup), passphrase, allow_other_vault=args.other_vault
        )
    except backup.OtherVaultError:
        raise UserError(
            "backup refused, nothing was replaced: it belongs to another vault (add --other-vault to restore it anyway)"
        ) from None
    except VaultError as exc:
        raise UserError(f"backup refused, nothing was replaced: {vault_error_message(exc, Path(args.vault))}") from None
    except PermissionDenied:
        raise UserError(
            "backup refused, nothing was replaced: that passphrase's user may not administer the vault"
        ) from None
    print(f"restored {args.backup} into {args.vault} ({result.info.cases} cases, {result.info.events} audit events)")
    if result.replaced is not None:
        print(f"the previous vault is kept as {result.replaced}")
    return EXIT_OK


# -- passphrase and key --------------------------------------------------------------------------


def _cmd_change_passphrase(args: argparse.Namespace) -> int:
    from livcr_desktop.domain.validation import ValidationError
    from livcr_desktop.services import passphrase as pp
    from livcr_desktop.services import unlock

    old = read_passphrase("Huidige wachtwoordzin: ")
    new = read_passphrase("Nieuwe wachtwoordzin: ", confirm=True)
    with _opened(args.vault, old) as ctx:
        try:
            pp.change_passphrase(ctx, old, new)
        except ValidationError as exc:
            if "too_short" in str(exc):
                raise UserError(
                    f"new passphrase too short: at least {unlock.MIN_PASSPHRASE_LENGTH} characters"
                ) from None
            raise UserError("the new passphrase is the same as the current one") from None
    print(f"passphrase changed for {ctx.user}")
    return EXIT_OK


def _cmd_rotate_key(args: argparse.Namespace) -> int:
    from livcr_desktop.services import passphrase as pp
    from livcr_desktop.services.vaults import VaultBusyError

    secret = read_passphrase()
    with _opened(args.vault, secret) as ctx:
        try:
            result = pp.rotate_key(ctx, secret)
        except VaultBusyError:
            raise UserError(
                "another window or process is using the vault: close it and try again; nothing was changed"
            ) from None
    print("database key rotated; the vault is re-encrypted")
    if result.dropped:
        print(
            "removed access (give these users a new passphrase): "
            + ", ".join(f"{d.user} ({d.kind})" for d in result.dropped)
        )
    print("backups made before now still open with the old passphrases: delete them if one leaked")
    return EXIT_OK


# -- retention -----------------------------------------------------------------------------------


def _cmd_retention(args: argparse.Namespace) -> int:
    from livcr_desktop.services import retention

    if (args.erase or args.anonymise) and not args.yes:
        raise UserError("erasing or anonymising cannot be undone: add --yes to confirm")
    if args.erase and args.anonymise:
        raise UserError("give --erase or --anonymise, not both")
    with _opened(args.vault) as ctx:
        due = retention.due_cases(ctx)
        codes = args.erase or args.anonymise
        if not codes:
            print(f"retention: {retention.retention_years(ctx)} years; {len(due)} closed case(s) past it")
            for d in due:
                print(
                    f"{d.code}\t{d.status.value}\tclosed {d.closed_on.isoformat()}\tdue since "
                    f"{d.due_since.isoformat()}\tfinalised minutes: {d.minutes_meetings}"
                )
            return EXIT_OK
        by_code = {d.code: d.id for d in due}
        unknown = [c for c in codes if c not in by_code]
        if unknown:
            raise UserError("not past the retention period (or unknown): " + ", ".join(unknown))
        ids = [by_code[c] for c in codes]
        result = (retention.erase_cases if args.erase else retention.anonymise_cases)(ctx, ids)
    verb = "erased" if args.erase else "anonymised"
    print(f"{verb}: {', '.join(result.codes)}")
    if result.minutes_kept:
        print(
            f"the finalised minutes of {result.minutes_kept} meeting(s) still mention them and are kept "
            "as the cell's record"
        )
    return EXIT_OK


# -- registration --------------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="check or show the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = audit_sub.add_parser("verify", help="verify the hash chain and its recorded head; exit 1 when broken")
    v.add_argument("--vault", type=Path, required=True)
    v.add_argument("--no-backups", action="store_true", help="do not compare with the heads kept in backups")
    v.set_defaults(func=_cmd_audit_verify)
    t = audit_sub.add_parser("tail", help="the latest events (no free text, no identities)")
    t.add_argument("--vault", type=Path, required=True)
    t.add_argument("-n", type=int, default=20)
    t.set_defaults(func=_cmd_audit_tail)

    p = sub.add_parser("backup", help="write an encrypted backup of a vault now")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--keep", type=int, help="keep the newest N backups (default: the cell's setting)")
    p.add_argument("--dir", type=Path, help="backup folder (default: <data dir>/backups/<vault name>)")
    p.set_defaults(func=_cmd_backup)

    p = sub.add_parser("backups", help="list a vault's backups (no passphrase needed)")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--dir", type=Path)
    p.add_argument("--check", action="store_true", help="compare each file with the SHA-256 in its manifest")
    p.set_defaults(func=_cmd_backups)

    p = sub.add_parser("restore", help="restore a backup (checked first; the current vault is kept aside)")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--other-vault", action="store_true", help="accept a backup of another vault")
    p.add_argument("backup", type=Path, help="the backup's .vault file (its .keys file beside it)")
    p.set_defaults(func=_cmd_restore)

    p = sub.add_parser("change-passphrase", help="change your passphrase (current, then new)")
    p.add_argument("--vault", type=Path, required=True)
    p.set_defaults(func=_cmd_change_passphrase)

    p = sub.add_parser("rotate-key", help="re-encrypt the vault with a new key (chair)")
    p.add_argument("--vault", type=Path, required=True)
    p.set_defaults(func=_cmd_rotate_key)

    p = sub.add_parser("retention", help="list closed cases past the retention period; erase or anonymise them")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--erase", nargs="+", metavar="CODE", help="erase these cases and everything about them")
    p.add_argument("--anonymise", nargs="+", metavar="CODE", help="blank what identifies or describes them")
    p.add_argument("--yes", action="store_true", help="confirm (erasing and anonymising cannot be undone)")
    p.set_defaults(func=_cmd_retention)
