"""``init``, ``org`` and ``member``: set up a cell from the command line (administrators, scripts).

``init`` creates an empty vault holding only the cell's identity (municipality or police zone and
the cell's name); ``org`` and ``member`` add, list and retire organisations and members. Lists print
one row a line, starting with the ID, fields separated by tabs. Retiring keeps the rows: old meetings
and minutes still name them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from livcr_desktop.commands.common import EXIT_OK, UserError, read_passphrase
from livcr_desktop.domain.enums import MemberKind, OrganisationSector

if TYPE_CHECKING:
    from livcr_desktop.domain.validation import ValidationError
    from livcr_desktop.services.context import ServiceContext

# What a refused field means, in one English line (services.reference documents the codes).
_FIELD = {
    "name": "the name",
    "short_name": "the short name",
    "function": "the function",
    "role": "the role in the cell",
    "municipality": "the municipality",
    "cell_name": "the cell name",
}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="create an empty vault for a new cell (asks for a new passphrase)")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--municipality", required=True, help="municipality (or municipalities, or police zone)")
    p.add_argument("--cell", required=True, help='the cell\'s name, e.g. "LIVC-R Fictiefdonk"')
    p.set_defaults(func=_cmd_init)

    p = subparsers.add_parser("org", help="add, list or retire the cell's organisations")
    p.add_argument("--vault", type=Path, required=True)
    org_sub = p.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    a = org_sub.add_parser("add", help="add an organisation")
    a.add_argument("--name", required=True)
    a.add_argument("--short", required=True, help="short name shown in grids and minutes (PZ, OCMW, ...)")
    a.add_argument("--sector", required=True, choices=[s.value for s in OrganisationSector])
    a.add_argument("--secrecy", action="store_true", help="bound by professional secrecy")
    a.set_defaults(func=_cmd_org_add)
    a = org_sub.add_parser("list", help="the organisations, one a line: ID, short name, name, sector")
    a.add_argument("--all", action="store_true", help="retired organisations too")
    a.set_defaults(func=_cmd_org_list)
    a = org_sub.add_parser("retire", help="retire an organisation and its members (their history is kept)")
    a.add_argument("id", type=int)
    a.set_defaults(func=_cmd_org_retire)

    p = subparsers.add_parser("member", help="add, list or retire the cell's members")
    p.add_argument("--vault", type=Path, required=True)
    member_sub = p.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    a = member_sub.add_parser("add", help="add a member")
    a.add_argument("--name", required=True)
    a.add_argument("--org", type=int, required=True, metavar="ID", help="the organisation's ID (org list)")
    a.add_argument("--kind", required=True, choices=[k.value for k in MemberKind])
    a.add_argument("--function", required=True, help="function in their organisation")
    a.add_argument("--role", default="", help="role in the cell (voorzitter, secretaris, casemanager, ...)")
    a.add_argument("--kernteam", action="store_true", help="also a member of the kernteam (invited to its meetings)")
    a.set_defaults(func=_cmd_member_add)
    a = member_sub.add_parser(
        "list", help="the members, one a line: ID, name, organisation, kind, function, role, flags"
    )
    a.add_argument("--all", action="store_true", help="retired members too")
    a.set_defaults(func=_cmd_member_list)
    a = member_sub.add_parser("retire", help="retire a member (their history is kept)")
    a.add_argument("id", type=int)
    a.set_defaults(func=_cmd_member_retire)


def validation_message(exc: ValidationError) -> str:
    """The first refused field of ``exc`` in plain English."""
    from livcr_desktop.domain.validation import ValidationCode

    issue = exc.issues[0]
    if issue.field == "organisation_id":
        if issue.code is ValidationCode.BAD_FORMAT:
            return "that organisation is retired: choose an active organisation"
        return "no such organisation: see 'org list' for the IDs"
    what = _FIELD.get(issue.field, issue.field)
    match issue.code:
        case ValidationCode.REQUIRED:
            return f"{what} is empty"
        case ValidationCode.TOO_LONG:
            return f"{what} is too long"
        case ValidationCode.DUPLICATE:
            return f"an organisation with that {what.removeprefix('the ')} already exists"
        case ValidationCode.BAD_CHARACTERS:
            return f"{what} holds a direction-reversing character"
        case _:
            return f"{what} was refused ({issue.code.value})"


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[ServiceContext]:
    """The vault opened with the passphrase on standard input; service refusals as one-line errors."""
    from livcr_desktop.domain.roles import PermissionDenied
    from livcr_desktop.domain.validation import ValidationError
    from livcr_desktop.services import reference, unlock, users

    vault = unlock.open_vault(Path(args.vault), read_passphrase())
    try:
        yield users.context_for(vault)
    except PermissionDenied as exc:
        raise UserError(f"not allowed: {exc}") from None
    except ValidationError as exc:
        raise UserError(validation_message(exc)) from None
    except reference.InUseError as exc:
        raise UserError(f"not retired: still {exc}; choose someone else there first") from None
    except LookupError as exc:
        raise UserError(str(exc)) from None
    finally:
        vault.close()


def _cmd_init(args: argparse.Namespace) -> int:
    from livcr_desktop.domain.validation import ValidationError
    from livcr_desktop.services import reference, unlock, users
    from livcr_desktop.services.vaults import Vault

    path = Path(args.vault)
    if path.exists() or path.with_name(path.name + ".keys").exists():
        raise UserError("a vault already exists at that path")
    passphrase = read_passphrase(confirm=True)
    if not unlock.assess_passphrase(passphrase).acceptable:
        raise UserError(f"passphrase too short: at least {unlock.MIN_PASSPHRASE_LENGTH} characters")

    def fill(vault: Vault) -> reference.CellIdentity:
        return reference.set_cell_identity(users.context_for(vault), args.municipality, args.cell)

    try:
        vault, identity = unlock.build_new_vault(path, passphrase, fill)
    except ValidationError as exc:
        raise UserError(validation_message(exc)) from None
    vault.close()
    print(f"{path}: empty vault for {identity.cell_name} ({identity.municipality})")
    return EXIT_OK


def _cmd_org_add(args: argparse.Namespace) -> int:
    from livcr_desktop.services import reference

    with _session(args) as ctx:
        new_id = reference.add_organisation(
            ctx, args.name, args.short, OrganisationSector(args.sector), professional_secrecy=args.secrecy
        )
    print(f"{new_id}\t{args.short.strip()}\t{args.name.strip()}")
    return EXIT_OK


def _cmd_org_list(args: argparse.Namespace) -> int:
    from livcr_desktop.services import reference

    with _session(args) as ctx:
        rows = reference.organisation_records(ctx, include_retired=args.all)
    for o in rows:
        flags = ["professional secrecy"] if o.professional_secrecy else []
        flags += [] if o.active else ["retired"]
        print("\t".join([str(o.id), o.short_name, o.name, o.sector.value, *flags]))
    return EXIT_OK


def _retire(args: argparse.Namespace, what: str, retire: Callable[[ServiceContext, int], object]) -> int:
    with _session(args) as ctx:
        result = retire(ctx, args.id)
    also = f" and its {len(result)} active member(s)" if isinstance(result, list) and result else ""
    print(f"{what} {args.id}{also} retired (kept in the history)")
    return EXIT_OK


def _cmd_org_retire(args: argparse.Namespace) -> int:
    from livcr_desktop.services import reference

    return _retire(args, "organisation", reference.retire_organisation)


def _cmd_member_add(args: argparse.Namespace) -> int:
    from livcr_desktop.services import reference

    with _session(args) as ctx:
        new_id = reference.add_member(
            ctx, args.name, args.org, args.role, MemberKind(args.kind), function=args.function, kernteam=args.kernteam
        )
    print(f"{new_id}\t{args.name.strip()}")
    return EXIT_OK


def _cmd_member_list(args: argparse.Namespace) -> int:
    from livcr_desktop.services import reference

    with _session(args) as ctx:
        rows = reference.member_records(ctx, include_retired=args.all)
    for m in rows:
        flags = ["kernteam"] if m.kernteam else []
        flags += [] if m.active else [f"retired {m.active_to.isoformat()}" if m.active_to else "retired"]
        print("\t".join([str(m.id), m.name, m.organisation_short_name, m.kind.value, m.function, m.role, *flags]))
    return EXIT_OK


def _cmd_member_retire(args: argparse.Namespace) -> int:
    from livcr_desktop.services import reference

    return _retire(args, "member", reference.retire_member)
