"""Export and import of the exchange format (``docs/exchange-format.md``).

- :func:`export_vault`: everything the vault holds, except key slots, users, the audit trail and
  the minutes PDFs. Exporting, importing into an empty vault and exporting again gives the same
  document (lists follow the vault's creation order, keys are numbered in that order, and
  ``exported_at`` is read from the context's clock).
- :func:`export_case`: everything about one case, for a data-subject request (GDPR art. 15).
- :func:`import_document`: into an empty vault only, all or nothing: the whole document is
  validated first, then written in one transaction with one audit event.

Both exports are audited. The files hold identities and are not encrypted: :func:`write_document`
writes them owner-only (0600), atomically, and callers must say so to the user.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from livcr_desktop import __version__
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import unlock, users
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.exchange_spec import (
    ACTION,
    ACTION_UPDATE,
    AGENDA_ITEM,
    ANONYMISED_CASES_SETTING,
    ASSESSMENT,
    ATTENDANCE,
    CASE,
    CASE_LINK,
    CASE_NOTE,
    CONTRIBUTION,
    DECISION,
    DOMAIN_ASSESSMENT,
    ENTITIES,
    FEEDBACK_CONSENT,
    FEEDBACK_FORM,
    FORMAT,
    FORMAT_VERSION,
    INTERNAL_SETTINGS,
    INVITATION,
    MAX_FILE_BYTES,
    MAX_ISSUES,
    MAX_JSON_VALUES,
    MEETING,
    MEMBER,
    MINUTES_DOCUMENT,
    NOW,
    ORGANISATION,
    REFERRER_FEEDBACK,
    EntitySpec,
    Kind,
)
from livcr_desktop.services.exchange_validate import (
    FileTooLargeError,
    ImportIssue,
    IssueCode,
    NotRegularFileError,
    cap_issues,
    check_bounds,
    decode,
    issue_total,
    parse,
    parse_date,
    parse_datetime,
    parse_text,
    parse_time,
    read_bounded,
    too_large,
    validate,
)
from livcr_desktop.storage import audit, durable, models
from livcr_desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from livcr_desktop.storage.vault import Vault, key_path_for

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "MAX_ISSUES",
    "MAX_JSON_VALUES",
    "ExchangeError",
    "ImportIssue",
    "ImportSummary",
    "IssueCode",
    "document_counts",
    "document_issues",
    "dumps",
    "export_case",
    "export_vault",
    "import_document",
    "import_into_created_vault",
    "import_into_new_vault",
    "import_issues",
    "issue_total",
    "load_document",
    "parse",
    "read_document",
    "remove_vault_files",
    "validate",
    "vault_is_empty",
    "write_document",
]

GENERATOR: Final[str] = f"livcr-desktop {__version__}"

# What "an empty vault" means: none of these tables holds a row (settings, users and the audit
# trail may: a new vault has its creation and login events).
DATA_TABLES: Final[tuple[type[models.Base], ...]] = (
    models.Organisation,
    models.Member,
    models.Case,
    models.Meeting,
    models.AgendaItem,
    models.Attendance,
    models.Contribution,
    models.DomainAssessment,
    models.Assessment,
    models.Decision,
    models.Action,
    models.ActionUpdate,
    models.ReferrerFeedback,
    models.AttendanceCase,
    models.CaseNote,
    models.CaseLink,
    models.FeedbackForm,
    models.FeedbackConsent,
    models.MinutesDocument,
)

_MODEL: Final[dict[str, type[models.Base]]] = {
    ORGANISATION.name: models.Organisation,
    MEMBER.name: models.Member,
    CASE.name: models.Case,
    MEETING.name: models.Meeting,
    AGENDA_ITEM.name: models.AgendaItem,
    ATTENDANCE.name: models.Attendance,
    CONTRIBUTION.name: models.Contribution,
    DOMAIN_ASSESSMENT.name: models.DomainAssessment,
    ASSESSMENT.name: models.Assessment,
    DECISION.name: models.Decision,
    ACTION.name: models.Action,
    ACTION_UPDATE.name: models.ActionUpdate,
    REFERRER_FEEDBACK.name: models.ReferrerFeedback,
    INVITATION.name: models.AttendanceCase,
    CASE_NOTE.name: models.CaseNote,
    CASE_LINK.name: models.CaseLink,
    FEEDBACK_FORM.name: models.FeedbackForm,
    FEEDBACK_CONSENT.name: models.FeedbackConsent,
    MINUTES_DOCUMENT.name: models.MinutesDocument,
}


class ExchangeError(Exception):
    """The document cannot be imported (or read); nothing was written.

    ``issues`` lists the reasons: at most MAX_ISSUES of them, then one last issue of code MORE
    ("… and N more problem(s)", ``params["count"]``); :func:`issue_total` counts them all.
    """

    def __init__(self, issues: list[ImportIssue]) -> None:
        issues = cap_issues(issues)
        first = str(issues[0]) if issues else "no details"
        super().__init__(f"{issue_total(issues)} problem(s) in the exchange document; first: {first}")
        self.issues = issues


@dataclass(frozen=True, slots=True)
class ImportSummary:
    scope: str
    exported_at: str
    counts: dict[str, int]


# -- conversions --------------------------------------------------------------------------------


def _iso(value: date | datetime | time | None) -> str | None:
    return None if value is None else value.isoformat()


def _code(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _ordered(s: Session, model: type[models.Base], *where: Any) -> list[Any]:
    return list(s.scalars(select(model).where(*where).order_by(model.id)))  # type: ignore[attr-defined]


def _settings(s: Session) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in s.scalars(
        select(models.Setting).where(models.Setting.key.not_in(INTERNAL_SETTINGS)).order_by(models.Setting.key)
    ):
        try:
            out[row.key] = json.loads(row.value)
        except ValueError:
            out[row.key] = row.value  # a plain-text value: kept as a string
    return out


class _Refs:
    """Vault IDs → the document's references (keys, codes, numbers), per target."""

    def __init__(self) -> None:
        self.out: dict[str, dict[int, str]] = {"organisation": {}, "member": {}, "case": {}, "meeting": {}}

    def keys(self, target: str, prefix: str, ids: Iterable[int]) -> None:
        for n, i in enumerate(sorted(set(ids)), start=1):
            self.out[target][i] = f"{prefix}-{n}"


def _anonymised_ids(s: Session) -> set[int]:
    row = s.get(models.Setting, ANONYMISED_CASES_SETTING)
    try:
        return {int(i) for i in json.loads(row.value)} if row is not None else set()
    except (ValueError, TypeError):
        return set()


def _case_doc(case: models.Case, refs: _Refs, anonymised: set[int]) -> dict[str, Any]:
    return _row_doc(CASE, case, refs, {"anonymised": case.id in anonymised})


def _row_doc(e: EntitySpec, row: Any, refs: _Refs, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in e.fields:
        if extra is not None and f.name in extra:
            out[f.name] = extra[f.name]
            continue
        assert not f.derived, f"{e.name}.{f.name} needs its value from the caller"
        if f.kind is Kind.KEY:
            out[f.name] = refs.out[e.name][row.id]
            continue
        value = getattr(row, f.attribute)
        match f.kind:
            case Kind.REF:
                out[f.name] = None if value is None else refs.out[f.ref][value]
            case Kind.DATE | Kind.DATETIME | Kind.TIME:
                out[f.name] = _iso(value)
            case Kind.ENUM:
                out[f.name] = _code(value)
            case _:
                out[f.name] = value
    return out


def _meeting_doc(
    m: models.Meeting, agenda: list[models.AgendaItem], attendance: list[models.Attendance], refs: _Refs
) -> dict[str, Any]:
    positions = {item.id: item.position for item in agenda}
    doc = _row_doc(MEETING, m, refs, {"current_item": positions.get(m.current_item_id or -1)})
    doc[AGENDA_ITEM.key] = [_row_doc(AGENDA_ITEM, a, refs) for a in sorted(agenda, key=lambda a: (a.position, a.id))]
    doc[ATTENDANCE.key] = [_row_doc(ATTENDANCE, a, refs) for a in sorted(attendance, key=lambda a: a.id)]
    return doc


def _action_doc(a: models.Action, updates: list[models.ActionUpdate], refs: _Refs) -> dict[str, Any]:
    doc = _row_doc(ACTION, a, refs)
    doc[ACTION_UPDATE.key] = [_row_doc(ACTION_UPDATE, u, refs) for u in updates]
    return doc


def _feedback_doc(f: models.FeedbackForm, consents: list[models.FeedbackConsent], refs: _Refs) -> dict[str, Any]:
    doc = _row_doc(FEEDBACK_FORM, f, refs)
    doc[FEEDBACK_CONSENT.key] = [_row_doc(FEEDBACK_CONSENT, c, refs) for c in consents]
    return doc


def _invitation_docs(s: Session, attendance: Iterable[models.Attendance], refs: _Refs) -> list[dict[str, Any]]:
    """The invitations of these attendance rows (meeting, member, case) whose case is in the document: the
    ``attendance_case`` rows and an older row's one ``invited_case`` (what an import of the file makes again)."""
    by_id = {a.id: a for a in attendance}
    rows = _ordered(s, models.AttendanceCase, models.AttendanceCase.attendance_id.in_(list(by_id)))
    pairs = {(r.attendance_id, r.case_id) for r in rows}
    pairs |= {(a.id, a.invited_case_id) for a in by_id.values() if a.invited_case_id is not None}
    return [
        {
            "meeting": refs.out["meeting"][by_id[a].meeting_id],
            "member": refs.out["member"][by_id[a].member_id],
            "case": refs.out["case"][c],
        }
        for a, c in sorted(pairs)
        if c in refs.out["case"]
    ]


def _by(rows: Iterable[Any], attr: str) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for r in rows:
        out.setdefault(getattr(r, attr), []).append(r)
    return out


def _header(ctx: ServiceContext, scope: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": ctx.now().isoformat(),
        "scope": scope,
        "generator": GENERATOR,
    }


# -- export -------------------------------------------------------------------------------------


def export_vault(ctx: ServiceContext) -> dict[str, Any]:
    """The whole vault as a document (audited as an export)."""
    ctx.require(Permission.EXPORT_DATA)
    with ctx.vault.session() as s:
        orgs = _ordered(s, models.Organisation)
        members = _ordered(s, models.Member)
        case_rows = _ordered(s, models.Case)
        meeting_rows = _ordered(s, models.Meeting)
        refs = _Refs()
        refs.keys("organisation", "org", (o.id for o in orgs))
        refs.keys("member", "member", (m.id for m in members))
        refs.out["case"] = {c.id: c.code for c in case_rows}
        refs.out["meeting"] = {m.id: m.number for m in meeting_rows}
        agenda = _by(_ordered(s, models.AgendaItem), "meeting_id")
        attendance = _by(_ordered(s, models.Attendance), "meeting_id")
        updates = _by(_ordered(s, models.ActionUpdate), "action_id")
        doc = _header(ctx, "vault")
        doc["settings"] = _settings(s)
        doc[ORGANISATION.key] = [_row_doc(ORGANISATION, o, refs) for o in orgs]
        doc[MEMBER.key] = [_row_doc(MEMBER, m, refs) for m in members]
        anonymised = _anonymised_ids(s)
        doc[CASE.key] = [_case_doc(c, refs, anonymised) for c in case_rows]
        doc[MEETING.key] = [_meeting_doc(m, agenda.get(m.id, []), attendance.get(m.id, []), refs) for m in meeting_rows]
        for e in (CONTRIBUTION, DOMAIN_ASSESSMENT, ASSESSMENT, DECISION):
            doc[e.key] = [_row_doc(e, r, refs) for r in _ordered(s, _MODEL[e.name])]
        doc[ACTION.key] = [_action_doc(a, updates.get(a.id, []), refs) for a in _ordered(s, models.Action)]
        doc[REFERRER_FEEDBACK.key] = [
            _row_doc(REFERRER_FEEDBACK, r, refs) for r in _ordered(s, models.ReferrerFeedback)
        ]
        doc[INVITATION.key] = _invitation_docs(s, _ordered(s, models.Attendance), refs)
        for e in (CASE_NOTE, CASE_LINK):
            doc[e.key] = [_row_doc(e, r, refs) for r in _ordered(s, _MODEL[e.name])]
        consents = _by(_ordered(s, models.FeedbackConsent), "form_id")
        doc[FEEDBACK_FORM.key] = [
            _feedback_doc(f, consents.get(f.id, []), refs) for f in _ordered(s, models.FeedbackForm)
        ]
        audit.append(
            s, ctx.user, "export", "vault", None, {"format_version": FORMAT_VERSION, "counts": document_counts(doc)}
        )
    return doc


def export_case(ctx: ServiceContext, code: str, purpose: str = "data_subject_request") -> dict[str, Any]:
    """Everything the vault holds about one case, for the data subject (GDPR art. 15).

    The case with its identity; its contributions, domain assessments, assessments, decisions,
    actions with their history and the feedback to the signal giver; the meetings it was discussed
    in, each with only this case's agenda items and the attendance of members there for the whole
    meeting or for this case; the members and organisations referred to; and the minutes documents
    of those meetings, by date and SHA-256. No other case's code or data. Raises LookupError for
    an unknown code. Audited as an export of the case (the identity is in the file).
    """
    ctx.require(Permission.EXPORT_DATA)
    with ctx.vault.session() as s:
        case = s.scalar(select(models.Case).where(models.Case.code == code))
        if case is None:
            raise LookupError(code)
        contributions = _ordered(s, models.Contribution, models.Contribution.case_id == case.id)
        domain_rows = _ordered(s, models.DomainAssessment, models.DomainAssessment.case_id == case.id)
        assessments = _ordered(s, models.Assessment, models.Assessment.case_id == case.id)
        decision_rows = _ordered(s, models.Decision, models.Decision.case_id == case.id)
        actions = _ordered(s, models.Action, models.Action.case_id == case.id)
        updates = _by(
            _ordered(s, models.ActionUpdate, models.ActionUpdate.action_id.in_([a.id for a in actions])), "action_id"
        )
        feedback = _ordered(s, models.ReferrerFeedback, models.ReferrerFeedback.case_id == case.id)
        agenda = _ordered(s, models.AgendaItem, models.AgendaItem.case_id == case.id)
        meeting_ids = {a.meeting_id for a in agenda}
        for row in (*contributions, *domain_rows, *assessments, *decision_rows, *actions):
            if row.meeting_id is not None:
                meeting_ids.add(row.meeting_id)
        meeting_rows = _ordered(s, models.Meeting, models.Meeting.id.in_(meeting_ids))
        meeting_attendance = _ordered(s, models.Attendance, models.Attendance.meeting_id.in_(meeting_ids))
        invited_for = _by(
            _ordered(
                s,
                models.AttendanceCase,
                models.AttendanceCase.attendance_id.in_([a.id for a in meeting_attendance]),
            ),
            "attendance_id",
        )
        attendance = [
            a
            for a in meeting_attendance
            if (not invited_for.get(a.id) and a.invited_case_id in (None, case.id))
            or any(r.case_id == case.id for r in invited_for.get(a.id, []))
        ]
        notes = _ordered(s, models.CaseNote, models.CaseNote.case_id == case.id)
        forms = _ordered(s, models.FeedbackForm, models.FeedbackForm.case_id == case.id)
        consents = _by(
            _ordered(s, models.FeedbackConsent, models.FeedbackConsent.form_id.in_([f.id for f in forms])), "form_id"
        )
        documents = _ordered(s, models.MinutesDocument, models.MinutesDocument.meeting_id.in_(meeting_ids))

        member_ids = {x for x in (case.case_manager_id,) if x is not None}
        for m in meeting_rows:
            member_ids.update(x for x in (m.chair_id, m.secretary_id) if x is not None)
        member_ids.update(a.member_id for a in attendance)
        member_ids.update(c.member_id for c in contributions if c.member_id is not None)
        member_ids.update(a.responsible_member_id for a in actions if a.responsible_member_id is not None)
        forms = [f for f in forms if f.meeting_id in meeting_ids]
        member_ids.update(c.member_id for f in forms for c in consents.get(f.id, []))
        members = _ordered(s, models.Member, models.Member.id.in_(member_ids))
        org_ids = {m.organisation_id for m in members}
        org_ids.update(x for x in (case.referrer_organisation_id,) if x is not None)
        org_ids.update(c.organisation_id for c in contributions)
        org_ids.update(a.owner_organisation_id for a in actions)
        orgs = _ordered(s, models.Organisation, models.Organisation.id.in_(org_ids))

        refs = _Refs()
        refs.keys("organisation", "org", org_ids)
        refs.keys("member", "member", member_ids)
        refs.out["case"] = {case.id: case.code}
        refs.out["meeting"] = {m.id: m.number for m in meeting_rows}
        agenda_by = _by(agenda, "meeting_id")
        attendance_by = _by(attendance, "meeting_id")
        doc = _header(ctx, "case")
        doc["settings"] = _settings(s)
        doc[ORGANISATION.key] = [_row_doc(ORGANISATION, o, refs) for o in orgs]
        doc[MEMBER.key] = [_row_doc(MEMBER, m, refs) for m in members]
        doc[CASE.key] = [_case_doc(case, refs, _anonymised_ids(s))]
        doc[MEETING.key] = [
            _meeting_doc(m, agenda_by.get(m.id, []), attendance_by.get(m.id, []), refs) for m in meeting_rows
        ]
        doc[CONTRIBUTION.key] = [_row_doc(CONTRIBUTION, r, refs) for r in contributions]
        doc[DOMAIN_ASSESSMENT.key] = [_row_doc(DOMAIN_ASSESSMENT, r, refs) for r in domain_rows]
        doc[ASSESSMENT.key] = [_row_doc(ASSESSMENT, r, refs) for r in assessments]
        doc[DECISION.key] = [_row_doc(DECISION, r, refs) for r in decision_rows]
        doc[ACTION.key] = [_action_doc(a, updates.get(a.id, []), refs) for a in actions]
        doc[REFERRER_FEEDBACK.key] = [_row_doc(REFERRER_FEEDBACK, r, refs) for r in feedback]
        doc[INVITATION.key] = _invitation_docs(s, attendance, refs)
        doc[CASE_NOTE.key] = [_row_doc(CASE_NOTE, r, refs) for r in notes]
        doc[FEEDBACK_FORM.key] = [_feedback_doc(f, consents.get(f.id, []), refs) for f in forms]
        doc[MINUTES_DOCUMENT.key] = [_row_doc(MINUTES_DOCUMENT, d, refs) for d in documents]
        audit.append(
            s,
            ctx.user,
            "export",
            "case",
            case.id,
            {"purpose": purpose, "format_version": FORMAT_VERSION, "counts": document_counts(doc)},
        )
    return doc


def document_counts(doc: dict[str, Any]) -> dict[str, int]:
    """Items per list of a (valid) document, nested lists included: for summaries and the audit trail."""
    counts: dict[str, int] = {}
    for e in ENTITIES:
        items = doc.get(e.key) or []
        if not items and e is MINUTES_DOCUMENT:
            continue
        counts[e.key] = len(items)
        for child in e.children:
            counts[child.key] = sum(len(item.get(child.key) or []) for item in items)
    return counts


# -- files --------------------------------------------------------------------------------------


def dumps(doc: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, indented; the same document always gives the same bytes."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_document(path: Path, doc: dict[str, Any]) -> None:
    """Write owner-only (0600), durably and atomically (``storage.durable``): a temporary file,
    every byte written, fsync, size checked, then a rename; on any failure the old file stays."""
    durable.write_file(Path(path), dumps(doc))


def read_document(path: Path) -> Any:
    """The parsed JSON of a file; ExchangeError (with the reason) when it is not readable JSON.

    Bounded before parsing: a folder, a device (``/dev/zero``), a FIFO or a socket is refused
    before anything is read; a file over MAX_FILE_BYTES or with more than MAX_JSON_VALUES values
    (an upper bound counted on the bytes) is refused; at most MAX_FILE_BYTES + 1 bytes are read.
    """
    path = Path(path)
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except NotRegularFileError as exc:
        raise ExchangeError(
            [
                ImportIssue(
                    "$",
                    IssueCode.UNREADABLE,
                    f"cannot read the file: it is {exc.kind}, not a regular file",
                    {"reason": f"{exc.kind}, not a regular file"},
                )
            ]
        ) from None
    except FileTooLargeError:
        raise ExchangeError([too_large()]) from None
    except OSError as exc:
        raise ExchangeError(
            [
                ImportIssue(
                    "$", IssueCode.UNREADABLE, f"cannot read the file: {exc.strerror}", {"reason": exc.strerror or ""}
                )
            ]
        ) from None
    issues = check_bounds(data)
    if issues:
        raise ExchangeError(issues)
    text, issues = decode(data)
    del data  # only the text from here on: the bytes are not kept while the JSON is parsed
    if text is None:
        raise ExchangeError(issues)
    doc, issues = parse_text(text)
    del text
    if issues:
        raise ExchangeError(issues)
    return doc


def load_document(path: Path) -> dict[str, Any]:
    """Read and validate a file: a document that can be imported, or ExchangeError with every issue."""
    doc = read_document(path)
    issues = validate(doc)
    if issues:
        raise ExchangeError(issues)
    assert isinstance(doc, dict)
    return doc


# -- import -------------------------------------------------------------------------------------


def vault_is_empty(s: Session) -> bool:
    return all(not s.scalar(select(func.count()).select_from(t)) for t in DATA_TABLES)


def _scope_issues(doc: Any) -> list[ImportIssue]:
    if isinstance(doc, dict) and doc.get("scope") == "case":
        return [
            ImportIssue(
                "$.scope",
                IssueCode.CASE_EXPORT,
                "this is the export of one case (a data-subject request): only a whole-vault export can be imported",
            )
        ]
    return []


def document_issues(doc: Any) -> list[ImportIssue]:
    """Every reason not to import ``doc`` into any vault: its validation issues, or its scope."""
    return validate(doc) or _scope_issues(doc)


def import_issues(ctx: ServiceContext, doc: Any) -> list[ImportIssue]:
    """Every reason not to import ``doc`` into this vault: the document's issues, then the vault's."""
    issues = document_issues(doc)
    with ctx.vault.session() as s:
        if not vault_is_empty(s):
            issues.append(_not_empty())
    return issues


def _not_empty() -> ImportIssue:
    return ImportIssue(
        "$",
        IssueCode.NOT_EMPTY,
        "the vault already holds data: a whole-vault export is only imported into an empty vault",
    )


def import_document(ctx: ServiceContext, doc: Any) -> ImportSummary:
    """Import a whole-vault document into this (empty) vault: all of it, or nothing.

    Raises ExchangeError with every issue when the document is invalid, is a case export, or the
    vault holds data; a database error during the import is reported the same way, after the
    rollback. One audit event ("import") records the counts.
    """
    ctx.require(Permission.EXPORT_DATA)
    issues = document_issues(doc)
    if issues:
        raise ExchangeError(issues)
    assert isinstance(doc, dict)
    try:
        with ctx.vault.session() as s:
            if not vault_is_empty(s):
                raise ExchangeError([_not_empty()])
            _Importer(s, ctx.now).run(doc)
            counts = document_counts(doc)
            audit.append(
                s,
                ctx.user,
                "import",
                "vault",
                None,
                {
                    "format_version": doc["version"],
                    "exported_at": doc["exported_at"],
                    "generator": doc.get("generator", ""),
                    "counts": counts,
                },
            )
    except SQLAlchemyError as exc:  # not expected after validation; rolled back all the same
        name = exc.__class__.__name__
        raise ExchangeError(
            [ImportIssue("$", IssueCode.STORAGE, f"the vault refused the data: {name}", {"error": name})]
        ) from exc
    return ImportSummary(doc["scope"], doc["exported_at"], counts)


class _Importer:
    def __init__(self, s: Session, now: Callable[[], datetime]) -> None:
        self.s = s
        self.now = now()
        self.ids: dict[str, dict[str, int]] = {"organisation": {}, "member": {}, "case": {}, "meeting": {}}

    def values(self, e: EntitySpec, item: dict[str, Any]) -> dict[str, Any]:
        """Model attributes of one item: defaults filled in, references resolved, text parsed."""
        out: dict[str, Any] = {}
        for f in e.fields:
            if f.kind is Kind.KEY or f.derived or f.name == "current_item":
                continue
            value = item.get(f.name, f.default)
            if value is NOW:
                value = self.now
            elif value is not None:
                match f.kind:
                    case Kind.REF:
                        value = self.ids[f.ref][value]
                    case Kind.DATE:
                        value = parse_date(value)
                    case Kind.DATETIME:
                        value = parse_datetime(value)
                    case Kind.TIME:
                        value = parse_time(value)
                    case Kind.ENUM:
                        assert f.enum_type is not None
                        value = f.enum_type(value)
                    case _:
                        pass
            out[f.attribute] = value
        return out

    def add(self, e: EntitySpec, items: list[dict[str, Any]], **fixed: Any) -> list[Any]:
        rows = [_MODEL[e.name](**self.values(e, item), **fixed) for item in items]
        self.s.add_all(rows)
        self.s.flush()
        return rows

    def keyed(self, e: EntitySpec, target: str, by: str, items: list[dict[str, Any]]) -> None:
        for item, row in zip(items, self.add(e, items), strict=True):
            self.ids[target][item[by]] = row.id

    def run(self, doc: dict[str, Any]) -> None:
        for key, value in (doc.get("settings") or {}).items():
            self.s.merge(models.Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        self.keyed(ORGANISATION, "organisation", "key", doc.get(ORGANISATION.key) or [])
        self.keyed(MEMBER, "member", "key", doc.get(MEMBER.key) or [])
        case_items = doc.get(CASE.key) or []
        self.keyed(CASE, "case", "code", case_items)
        anonymised = sorted(self.ids["case"][c["code"]] for c in case_items if c.get("anonymised"))
        if anonymised:
            self.s.merge(models.Setting(key=ANONYMISED_CASES_SETTING, value=json.dumps(anonymised)))
        meetings = doc.get(MEETING.key) or []
        self.keyed(MEETING, "meeting", "number", meetings)
        attendance: dict[tuple[int, int], models.Attendance] = {}
        for item in meetings:
            meeting = self.s.get_one(models.Meeting, self.ids["meeting"][item["number"]])
            agenda = self.add(AGENDA_ITEM, item.get(AGENDA_ITEM.key) or [], meeting_id=meeting.id)
            for att in self.add(ATTENDANCE, item.get(ATTENDANCE.key) or [], meeting_id=meeting.id):
                attendance[(att.meeting_id, att.member_id)] = att
            if item.get("current_item") is not None:
                meeting.current_item_id = next(a.id for a in agenda if a.position == item["current_item"])
        for e in (CONTRIBUTION, DOMAIN_ASSESSMENT, ASSESSMENT, DECISION):
            self.add(e, doc.get(e.key) or [])
        actions = doc.get(ACTION.key) or []
        for item, row in zip(actions, self.add(ACTION, actions), strict=True):
            self.add(ACTION_UPDATE, item.get(ACTION_UPDATE.key) or [], action_id=row.id)
        self.add(REFERRER_FEEDBACK, doc.get(REFERRER_FEEDBACK.key) or [])
        self.invitations(doc.get(INVITATION.key) or [], attendance)
        for e in (CASE_NOTE, CASE_LINK):
            self.add(e, doc.get(e.key) or [])
        forms = doc.get(FEEDBACK_FORM.key) or []
        for item, row in zip(forms, self.add(FEEDBACK_FORM, forms), strict=True):
            self.add(FEEDBACK_CONSENT, item.get(FEEDBACK_CONSENT.key) or [], form_id=row.id)
        self.s.flush()

    def invitations(self, items: list[dict[str, Any]], attendance: dict[tuple[int, int], models.Attendance]) -> None:
        """Version 2 lists invitations; a version-1 attendance names its one case in ``invited_case``."""
        pairs = {
            (
                attendance[(self.ids["meeting"][i["meeting"]], self.ids["member"][i["member"]])].id,
                self.ids["case"][i["case"]],
            )
            for i in items
        }
        pairs |= {(a.id, a.invited_case_id) for a in attendance.values() if a.invited_case_id is not None}
        self.s.add_all(models.AttendanceCase(attendance_id=a, case_id=c) for a, c in sorted(pairs))


def remove_vault_files(path: Path) -> None:
    """Delete a vault's files; only for a vault this process has just created and that holds nothing."""
    for p in (path, key_path_for(path), path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def import_into_created_vault(
    vault: Vault,
    doc: Any,
    *,
    today: Callable[[], date] | None = None,
    now: Callable[[], datetime] | None = None,
) -> ImportSummary:
    """Import into a vault made a moment ago for this import; on any failure it is closed and removed.

    The caller validated ``doc`` before making the vault (see :func:`document_issues`), so a failure
    here is unexpected; removing the vault leaves no empty vault behind to be mistaken for a copy.
    """
    try:
        ctx = users.context_for(vault, today=today, now=now)
        return import_document(ctx, doc)
    except BaseException:
        vault.close()
        remove_vault_files(vault.path)
        raise


def import_into_new_vault(
    path: Path,
    passphrase: str,
    doc: Any,
    *,
    user: str = "voorzitter",
    kdf: KdfParams = DEFAULT_KDF,
    today: Callable[[], date] | None = None,
    now: Callable[[], datetime] | None = None,
) -> tuple[Vault, ImportSummary]:
    """Create a vault at ``path`` (which must not exist) and import ``doc`` into it.

    The document is validated before the vault is made, so an invalid file leaves nothing behind.
    The vault is built under temporary names and published only once the import is complete
    (``unlock.build_new_vault``): a failed or killed import leaves no vault, and never a database
    without its key file, at ``path``. Returns the open vault.
    """
    issues = document_issues(doc)
    if issues:
        raise ExchangeError(issues)

    def fill(vault: Vault) -> ImportSummary:
        return import_document(users.context_for(vault, today=today, now=now), doc)

    return unlock.build_new_vault(Path(path), passphrase, fill, user=user, kdf=kdf)
