"""``minutes`` and ``sign``: the minutes of a meeting on the command line, as the minutes window makes them.

    livcr-desktop minutes --vault V --list
    livcr-desktop minutes --vault V --meeting ID [--variant full|actions] --out F.pdf
    livcr-desktop minutes --vault V --meeting ID --finalise [--with-identity] [--out F.pdf]
    livcr-desktop minutes --vault V --meeting ID --stored --out F.pdf
    livcr-desktop sign --vault V --meeting ID --role chair|secretary --pkcs12 FILE [--out F.pdf]

Each variant takes only its own parameters (``--organisation`` for ``actions``, ``--with-identity``
for ``full``). The feedback form to the police and the letter to the signal giver are no minutes: they
are the commands ``feedback-form`` and ``letter`` (``commands.outgoing``). Once a meeting is finalised
its stored document is the document: the full minutes are the bytes the vault holds (with their
signatures), never a new rendering. Standard input: the vault passphrase on the first line and, for ``sign``, the
PKCS#12 password on the second (a prompt without echo on a terminal); never an argument. Finalising and
signing go through ``services.signatures``, the use case of the minutes window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from livcr_desktop.commands.common import EXIT_OK, UserError, read_passphrase
from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.errors import StorageFault, VaultError, as_storage_fault

UNENCRYPTED_WARNING = (
    "warning: {path} is NOT encrypted and holds case data covered by professional secrecy "
    "(art. 458ter Sw.); keep it on an encrypted medium and delete it when it has served"
)
ROLES = {"chair": "voorzitter", "secretary": "secretaris"}  # --role: the signature field it fills
VARIANTS = ("full", "actions")  # the feedback form and the letter: the commands feedback-form and letter


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "minutes",
        help="list meetings, write a meeting's minutes (or a variant) as PDF, finalise them, or write the "
        "stored (finalised and signed) document",
    )
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--list", action="store_true", help="print the meetings, one a line, starting with the ID")
    p.add_argument("--meeting", type=int, help="meeting ID (see --list)")
    p.add_argument(
        "--variant",
        choices=VARIANTS,
        default="full",
        help="full minutes or one organisation's action list (the feedback form and the letter to the signal "
        "giver: the commands feedback-form and letter)",
    )
    p.add_argument("--organisation", type=int, help="organisation ID, for --variant actions only")
    p.add_argument("--with-identity", action="store_true", help="full variant: print identities (audited)")
    p.add_argument("--language", choices=("nl", "fr", "en"), help="language of the document (default: the cell's)")
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--finalise",
        action="store_true",
        help="finalise a closed meeting's full minutes: store them with their SHA-256 and lock the meeting",
    )
    what.add_argument(
        "--stored", action="store_true", help="write the finalised document as the vault holds it (with signatures)"
    )
    p.add_argument("--out", type=Path, help="PDF file to write (owner-only, not encrypted)")
    p.set_defaults(func=cmd_minutes)

    p = subparsers.add_parser(
        "sign",
        help="sign a finalised meeting's stored minutes with a PKCS#12 file and store the signed document "
        "(stdin: the vault passphrase, then the PKCS#12 password)",
    )
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--meeting", type=int, required=True, help="meeting ID (see minutes --list)")
    p.add_argument("--role", choices=tuple(ROLES), required=True, help="whose signature field: chair first")
    p.add_argument("--pkcs12", type=Path, required=True, help="certificate and key (.p12/.pfx)")
    p.add_argument("--out", type=Path, help="also write the signed document to this PDF file")
    p.set_defaults(func=cmd_sign)


def _check_out(out: Path | None) -> None:
    if out is None:
        return
    if out.is_dir():
        raise UserError(f"{out} is a folder")
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist")


@contextmanager
def _opened(path: Path) -> Iterator[ServiceContext]:
    from livcr_desktop.services import unlock, users

    vault = unlock.open_vault(Path(path), read_passphrase())
    try:
        yield users.context_for(vault)
    except PermissionDenied as exc:
        raise UserError(f"not allowed: {exc} (ask the chair)") from None
    finally:
        vault.close()


def _meeting(ctx: ServiceContext, meeting_id: int) -> Any:
    from livcr_desktop.services import meetings

    if meeting_id not in {m.id for m in meetings.list_meetings(ctx)}:
        raise UserError(f"no meeting with ID {meeting_id} (see --list)")
    return meetings.get_meeting(ctx, meeting_id)


def _write(out: Path, pdf: bytes) -> None:
    from livcr_desktop.services import files

    files.save_document(out, pdf)  # never a half-written file under the real name; a fault: cli.main says which


def _usage(args: argparse.Namespace) -> None:
    """The options each way of the command takes; anything else is a one-line error (exit 1)."""
    if args.list:
        return
    if args.meeting is None:
        raise UserError("give --list, or --meeting ID with --out FILE.pdf, --finalise or --stored")
    if args.finalise or args.stored:
        if args.variant != "full" or args.organisation is not None:
            raise UserError("--finalise and --stored concern the full minutes: no --variant or --organisation")
        if args.stored and (args.with_identity or args.language):
            raise UserError("--stored writes the document as it was finalised: no --with-identity or --language")
        if args.stored and args.out is None:
            raise UserError("--stored needs --out FILE.pdf")
        return
    if args.out is None:
        raise UserError("give --out FILE.pdf")
    allowed = {"full": {"with_identity"}, "actions": {"organisation"}}[args.variant]
    for name, given in (("organisation", args.organisation is not None), ("with_identity", args.with_identity)):
        if given and name not in allowed:
            raise UserError(f"--{name.replace('_', '-')} does not apply to --variant {args.variant}")
    if args.variant == "actions" and args.organisation is None:
        raise UserError("--variant actions needs --organisation ID")


def cmd_minutes(args: argparse.Namespace) -> int:
    from livcr_desktop.services import meetings

    _usage(args)
    _check_out(args.out)
    with _opened(args.vault) as ctx:
        if args.list:
            for m in meetings.list_meetings(ctx):
                print(f"{m.id}\t{m.number}\t{m.meeting_date.isoformat()}\t{m.kind.value}\t{m.status.value}")
            return EXIT_OK
        meeting = _meeting(ctx, args.meeting)
        if args.finalise:
            return _finalise(ctx, args, meeting)
        if args.stored:
            return _stored(ctx, args, meeting.number)
        return _render(ctx, args, meeting)


def _render(ctx: ServiceContext, args: argparse.Namespace, meeting: Any) -> int:
    from livcr_desktop.domain.enums import MeetingStatus
    from livcr_desktop.reports.model import Variant
    from livcr_desktop.services import minutes

    variant = Variant(args.variant)
    if variant is Variant.FULL and meeting.status is MeetingStatus.FINALISED:
        if args.with_identity or args.language:
            raise UserError(
                f"the minutes of meeting {meeting.number} are finalised: the stored document is the document "
                "(no --with-identity or --language)"
            )
        return _stored(ctx, args, meeting.number)
    try:
        rendered = minutes.render_variant(
            ctx,
            args.meeting,
            variant,
            organisation_id=args.organisation if variant is Variant.ACTIONS else None,
            include_identity=args.with_identity and variant is Variant.FULL,
            language=args.language,
        )
    except minutes.MinutesRenderError as exc:  # its message is in the document's language
        raise UserError(f"{exc.message} (nothing was written)") from None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    out = Path(args.out)
    _write(out, rendered.pdf)
    print(f"{out}: {rendered.pages} pages, {variant.value}")
    print(UNENCRYPTED_WARNING.format(path=out), file=sys.stderr)
    return EXIT_OK


def _warn_unprintable(ctx: ServiceContext, args: argparse.Namespace) -> None:
    """Characters no font of the PDF has print as U+FFFD: name them on stderr (finalising goes on)."""
    from livcr_desktop.reports.glyphs import describe, unprintable_characters
    from livcr_desktop.reports.model import Variant
    from livcr_desktop.services import minutes

    data = minutes.collect(ctx, args.meeting, Variant.FULL, include_identity=args.with_identity)
    chars = unprintable_characters(data)
    if chars:
        many = f"{len(chars)} characters cannot be printed" if len(chars) > 1 else "1 character cannot be printed"
        print(
            f"warning: {many} and appear as U+FFFD in the minutes: {', '.join(describe(c) for c in chars)}",
            file=sys.stderr,
        )


def _finalise(ctx: ServiceContext, args: argparse.Namespace, meeting: Any) -> int:
    from livcr_desktop.domain.enums import MeetingStatus
    from livcr_desktop.services import meetings, minutes, signatures

    number = meeting.number
    try:
        if meeting.status is MeetingStatus.CLOSED:  # otherwise finalise_minutes refuses it: no warning first
            _warn_unprintable(ctx, args)
        info = signatures.finalise_minutes(ctx, args.meeting, include_identity=args.with_identity)
    except meetings.MeetingLockedError:
        raise UserError(f"meeting {number} is finalised already; corrections go into an addendum") from None
    except signatures.MeetingNotClosedError:
        raise UserError(f"meeting {number} is not closed yet: close it in the meeting window first") from None
    except minutes.MinutesRenderError as exc:  # its message is in the document's language
        raise UserError(f"{exc.message} (nothing was finalised)") from None
    except Exception as exc:
        if isinstance(exc, PermissionDenied | VaultError | OSError) or isinstance(
            as_storage_fault(exc, args.vault), StorageFault
        ):
            raise  # cli.main words these (not allowed, disk full, read-only medium, ...)
        # the renderer failed (e.g. a layout it cannot fit): one line that says so; nothing was stored
        raise UserError(
            f"the minutes could not be laid out ({type(exc).__name__}: {_first_line(exc)}); nothing was finalised"
        ) from None
    print(f"meeting {number} finalised: document {info.id}, sha256 {info.sha256}")
    if args.out is not None:
        return _stored(ctx, args, number)
    return EXIT_OK


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no details"


def _stored(ctx: ServiceContext, args: argparse.Namespace, number: str) -> int:
    from livcr_desktop.services import signatures

    stored = signatures.stored_minutes(ctx, args.meeting)
    if stored is None:
        raise UserError(f"the minutes of meeting {number} are not finalised yet (finalise them with --finalise)")
    out = Path(args.out)
    _write(out, stored.pdf)
    signed = ", signed by " + " and ".join(stored.signed_by) if stored.signed_by else ", not signed yet"
    print(f"{out}: stored document {stored.document.id} of meeting {number}, sha256 {stored.document.sha256}{signed}")
    print(UNENCRYPTED_WARNING.format(path=out), file=sys.stderr)
    return EXIT_OK


def _pkcs12_password() -> str:
    import getpass

    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("no PKCS#12 password on standard input (second line)")
        return line.rstrip("\r\n")
    return getpass.getpass("Wachtwoord van het certificaatbestand: ")


SIGNING_WORDS = {
    "wrong_password": "the password of the PKCS#12 file is wrong",
    "bad_file": "this is not a readable PKCS#12 file (.p12/.pfx)",
    "expired": "this certificate has expired",
    "not_yet_valid": "this certificate is not valid yet",
}


def cmd_sign(args: argparse.Namespace) -> int:
    from livcr_desktop.services import meetings, minutes, signatures

    _check_out(args.out)
    p12 = Path(args.pkcs12)
    if not p12.is_file():
        raise UserError(f"cannot read {p12}: no such file")
    with _opened(args.vault) as ctx:
        number = _meeting(ctx, args.meeting).number
        full = [d for d in minutes.documents(ctx, args.meeting) if d.variant == "full" and not d.is_addendum]
        if not full:
            raise UserError(f"the minutes of meeting {number} are not finalised yet: nothing to sign")
        done = tuple(filter(None, full[-1].signed_by.split(",")))
        field = ROLES[args.role]
        following = next((b.field_name for b in full[-1].signature_boxes if b.field_name not in done), None)
        if field in done:
            raise UserError(f"the {args.role}'s signature is on the minutes of meeting {number} already")
        if following != field:
            raise UserError(
                f"the chair signs first: the minutes of meeting {number} wait for the {_role_of(following)}"
            )
        password = _pkcs12_password()  # asked only once there is something to sign in that field
        try:
            result = signatures.sign_minutes(ctx, args.meeting, signatures.Pkcs12File(p12, password))
        except signatures.SigningError as exc:
            reason = SIGNING_WORDS.get(exc.code, "signing failed")
            raise UserError(f"{reason}; nothing was signed") from None
        except (signatures.NothingToSignError, meetings.MeetingLockedError):
            raise UserError(f"the minutes of meeting {number} cannot be signed") from None
        print(
            f"meeting {number}: signed as {args.role} ({result.field_name}), stored as document "
            f"{result.document.id}, sha256 {result.document.sha256}"
        )
        if args.out is not None:
            signed = signatures.stored_minutes(ctx, args.meeting)  # the bytes the vault now holds
            assert signed is not None
            out = Path(args.out)
            _write(out, signed.pdf)
            print(f"{out}: the signed document")
            print(UNENCRYPTED_WARNING.format(path=out), file=sys.stderr)
    return EXIT_OK


def _role_of(field: str | None) -> str:
    if field is None:
        return "nobody (both signatures are there)"
    return next((role for role, name in ROLES.items() if name == field), field)
