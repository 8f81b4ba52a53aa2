"""``feedback-form`` and ``letter``: the documents that leave the cell, on the command line.

    livcr-desktop feedback-form --vault V --meeting M --case C show|compose
    livcr-desktop feedback-form --vault V --meeting M --case C edit [--reference R] [--direction D]
                                [--contact C] [--follows-up yes|no] [--date YYYY-MM-DD]
    livcr-desktop feedback-form --vault V --meeting M --case C consent|withdraw --member ID
    livcr-desktop feedback-form --vault V --meeting M --case C produce --out F.pdf
    livcr-desktop letter --vault V --meeting M --case C [--statement taken_up|referred|not_taken_up] --out F.pdf

The rules are the services' (``services.feedback_form``, ``services.referrer_letter``): a form without
the consent of every member present for the case to its exact text, or a letter to an anonymous or
unreachable signal giver, is refused with one line and nothing is written; so is a role that may not
("not allowed"). Each refusal is recorded in the audit trail by the service.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from livcr_desktop.commands.common import EXIT_OK, UserError, read_passphrase
from livcr_desktop.domain.outgoing import FeedbackFormView, LetterStatement, OutgoingRefusedError, Refusal
from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services.context import ServiceContext

UNENCRYPTED_WARNING = (
    "warning: {path} is NOT encrypted; keep it on an encrypted medium and delete it when it has been sent"
)

REFUSALS = {
    Refusal.CASE_NOT_IN_MEETING: "case {case} is not on the agenda of that meeting",
    Refusal.NO_FORM: "no feedback form for case {case} at that meeting yet (compose it first)",
    Refusal.NOT_PRESENT_FOR_CASE: "that member is not present for case {case}: only they can agree",
    Refusal.CONSENT_INCOMPLETE: "the feedback form of case {case} needs the agreement of every member present "
    "for that case to its current text",
    Refusal.NOBODY_PRESENT: "nobody is present for case {case}: nobody can agree to the feedback form",
    Refusal.ALREADY_PRODUCED: "the feedback form of case {case} was produced: its text and consent no longer change",
    Refusal.SIGNAL_GIVER_ANONYMOUS: "the signal giver of case {case} chose anonymity: no letter",
    Refusal.SIGNAL_GIVER_UNKNOWN: "no signal giver is known for case {case} (no name, no referring organisation): "
    "no letter",
    Refusal.SIGNAL_GIVER_UNREACHABLE: "the signal giver of case {case} left no contact details: no letter",
    Refusal.NOT_DECIDED: "no decision for case {case} at that meeting: give --statement or decide first",
    Refusal.NOT_ALLOWED: "your role may not do this for case {case}",
}
ACTIONS = ("show", "compose", "edit", "consent", "withdraw", "produce")
VAULT_HELP = "the vault file (its passphrase is read from standard input or asked for)"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "feedback-form",
        help="the feedback form to the police for one case of a meeting: show, compose, edit, record a present "
        "member's consent (or its withdrawal), produce the PDF (only with every present member's consent)",
        description="The feedback form (terugkoppelingsfiche) to the police/LTF for one case discussed at one "
        "meeting. It holds only what the law allows: the case's reference for the police, whether the cell "
        "follows the case up, the general direction of the approach, the cell's contact point and a date. "
        "Every member present for that case agrees to its exact text; any edit voids every consent, and the PDF "
        "is produced only with the consent of every member present. Editing and consent need a role that runs "
        "meetings (chair or secretary); a refusal writes nothing and is recorded in the audit trail.",
    )
    p.add_argument(
        "action",
        choices=ACTIONS,
        help="show the form; compose it (neutral text); edit its text; record a member's consent or withdraw it; "
        "produce the PDF",
    )
    p.add_argument("--vault", type=Path, required=True, help=VAULT_HELP)
    p.add_argument("--meeting", type=int, required=True, help="meeting ID (see minutes --list)")
    p.add_argument("--case", type=int, required=True, help="case ID")
    p.add_argument("--member", type=int, help="member ID, for consent and withdraw")
    p.add_argument("--reference", help="edit: the case's reference for the police")
    p.add_argument("--direction", help="edit: the general direction of the approach, in the cell's own words")
    p.add_argument("--contact", help="edit: the cell's contact point")
    p.add_argument("--follows-up", choices=("yes", "no"), help="edit: whether the cell follows the case up")
    p.add_argument("--date", type=date.fromisoformat, help="edit: the form's date (YYYY-MM-DD)")
    p.add_argument("--language", choices=("nl", "fr", "en"), help="produce: the language of the document")
    p.add_argument("--out", type=Path, help="produce: PDF file to write (owner-only, not encrypted)")
    p.set_defaults(func=cmd_feedback_form)

    p = subparsers.add_parser(
        "letter",
        help="the letter to the signal giver of one case of a meeting (refused for an anonymous or unreachable "
        "signal giver); recorded in the feedback log",
        description="The letter to the signal giver of one case, about what the cell decided at that meeting. It "
        "says only that the signal was received and discussed and that the cell takes it up, refers it "
        "elsewhere or does not take it up: never escalation, police or justice steps, case codes, meeting "
        "numbers or other partners' names. Refused (nothing written, recorded in the audit trail) when the "
        "signal giver chose anonymity, is not known or left no contact details, and for a role that may not "
        "follow cases up. The letter is recorded in the case's feedback log.",
    )
    p.add_argument("--vault", type=Path, required=True, help=VAULT_HELP)
    p.add_argument("--meeting", type=int, required=True, help="meeting ID (see minutes --list)")
    p.add_argument("--case", type=int, required=True, help="case ID")
    p.add_argument(
        "--statement",
        choices=[s.value for s in LetterStatement],
        help="what the letter says (default: what the cell's decision implies)",
    )
    p.add_argument("--language", choices=("nl", "fr", "en"), help="the language of the letter")
    p.add_argument("--out", type=Path, required=True, help="PDF file to write (owner-only, not encrypted)")
    p.set_defaults(func=cmd_letter)


def _check_out(out: Path) -> None:
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


def _write(out: Path, pdf: bytes) -> None:
    from livcr_desktop.services import files

    files.save_document(out, pdf)


def _refused(exc: OutgoingRefusedError) -> UserError:
    return UserError(REFUSALS[exc.reason].format(case=exc.case_code) + " (nothing was written)")


def _invalid(exc: ValidationError) -> UserError:
    fields = ", ".join(f"--{i.field.replace('_', '-')} ({i.code.value.replace('_', ' ')})" for i in exc.issues)
    return UserError(f"refused: {fields} (nothing was changed)")


def _print(form: FeedbackFormView) -> None:
    f = form.fields
    print(f"case\t{form.case_code}\nmeeting\t{form.meeting_number}\nreference\t{f.police_reference}")
    print(f"follows up\t{'yes' if f.follows_up else 'no'}\ndirection\t{f.direction}\ncontact\t{f.contact_point}")
    print(f"date\t{f.form_date.isoformat() if f.form_date else ''}\nsha256\t{form.text_hash}")
    for c in form.consents:
        agreed = c.agreed_at.isoformat(sep=" ") if c.agreed_at else "not agreed"
        print(f"member {c.member_id}\t{c.member_name} ({c.organisation})\t{agreed}")
    print(f"consent\t{'complete' if form.complete else 'incomplete'}")
    if form.produced_at:
        print(f"produced\t{form.produced_at.isoformat(sep=' ')}")


def _usage(args: argparse.Namespace) -> None:
    edits = [args.reference, args.direction, args.contact, args.follows_up, args.date]
    if args.action in ("consent", "withdraw") and args.member is None:
        raise UserError(f"{args.action} needs --member ID")
    if args.action != "edit" and any(v is not None for v in edits):
        raise UserError("--reference, --direction, --contact, --follows-up and --date go with edit only")
    if args.action == "edit" and all(v is None for v in edits):
        raise UserError("edit needs at least one of --reference, --direction, --contact, --follows-up, --date")
    if args.action == "produce":
        if args.out is None:
            raise UserError("produce needs --out FILE.pdf")
        _check_out(args.out)
    elif args.out is not None or args.language is not None:
        raise UserError("--out and --language go with produce only")


def _run(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from livcr_desktop.services import feedback_form as ff

    if args.action == "show":  # a case not on that meeting, or without a form: refused and audited
        _print(ff.get_form(ctx, args.meeting, args.case, required=True))
    elif args.action == "compose":
        _print(ff.compose_form(ctx, args.meeting, args.case))
    elif args.action == "edit":
        current = ff.get_form(ctx, args.meeting, args.case, required=True)
        f = current.fields
        fields = replace(
            f,
            police_reference=f.police_reference if args.reference is None else args.reference,
            direction=f.direction if args.direction is None else args.direction,
            contact_point=f.contact_point if args.contact is None else args.contact,
            follows_up=f.follows_up if args.follows_up is None else args.follows_up == "yes",
            form_date=f.form_date if args.date is None else args.date,
        )
        form = ff.update_form(ctx, args.meeting, args.case, fields)
        if current.consents and any(c.agreed_at for c in current.consents) and form.text_hash != current.text_hash:
            print("the text changed: every consent given to the old text is void", file=sys.stderr)
        _print(form)
    elif args.action in ("consent", "withdraw"):
        _print(ff.record_consent(ctx, args.meeting, args.case, args.member, agreed=args.action == "consent"))
    else:
        pdf = ff.produce_form(ctx, args.meeting, args.case, language=args.language)
        _write(Path(args.out), pdf)
        print(f"{args.out}: feedback form")
        print(UNENCRYPTED_WARNING.format(path=args.out), file=sys.stderr)
    return EXIT_OK


def cmd_feedback_form(args: argparse.Namespace) -> int:
    _usage(args)
    from livcr_desktop.services.meetings import MeetingLockedError

    with _opened(args.vault) as ctx:
        try:
            return _run(ctx, args)
        except OutgoingRefusedError as exc:
            raise _refused(exc) from None
        except ValidationError as exc:
            raise _invalid(exc) from None
        except MeetingLockedError:
            raise UserError("the meeting is finalised: its feedback forms no longer change") from None


def cmd_letter(args: argparse.Namespace) -> int:
    from livcr_desktop.services import referrer_letter

    _check_out(args.out)
    with _opened(args.vault) as ctx:
        try:
            pdf = referrer_letter.produce_letter(
                ctx,
                args.meeting,
                args.case,
                LetterStatement(args.statement) if args.statement else None,
                language=args.language,
            )
        except OutgoingRefusedError as exc:
            raise _refused(exc) from None
        _write(Path(args.out), pdf)
        print(f"{args.out}: letter to the signal giver, recorded in the feedback log")
        print(UNENCRYPTED_WARNING.format(path=args.out), file=sys.stderr)
    return EXIT_OK
