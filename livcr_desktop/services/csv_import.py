"""Import a case list from CSV: the spreadsheet cities keep today, through a column mapping.

Reading: the encoding is UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text")
or Windows-1252 (Excel's "CSV" in Belgium); the delimiter is sniffed (``;`` in Belgian Excel
exports, ``,``, tab or ``|``). The first non-empty row is the header; row numbers in messages are
the spreadsheet's (the header is row 1).

Mapping: each CSV column maps to one case field or to nothing. :func:`propose_mapping` proposes one
from the header names in Dutch, French or English; the user corrects it.

Values: dates as dd/mm/yyyy (also with ``-`` or ``.``) or yyyy-mm-dd; statuses, phenomena and
ideologies as Dutch, French or English words or the stored codes; yes/no as ja/nee, oui/non,
yes/no, 1/0 or x; the referring organisation and the case manager by name as they are in the vault.
A row without a case code gets the next free code of its registration year.

Import: every row is checked first (the same rules as the case form: ``validate_case``, unique
codes) and all rows go in one transaction, or none.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, Ideology, Phenomenon
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import CASE_CODE_PATTERN, suggest_case_code, validate_case
from livcr_desktop.services.cases import CODE_PREFIX
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.exchange_validate import FileTooLargeError, NotRegularFileError, read_bounded
from livcr_desktop.storage import audit, models

MAX_CSV_BYTES: Final[int] = 50 * 1024 * 1024
MAX_ROWS: Final[int] = 100_000
# An upper bound of the cells, counted before parsing as the delimiters of the file: a line of
# fifty million ";" would otherwise become a list of fifty million cells. 100,000 rows of 40 columns.
MAX_CELLS: Final[int] = 4_000_000
MAX_ISSUES: Final[int] = 50  # problems kept in a CsvImportError; the rest are counted in a last "more" issue
IGNORE: Final[str] = ""  # a column mapped to nothing

CASE_FIELDS: Final[tuple[str, ...]] = (
    "code",
    "pseudonym",
    "first_name",
    "last_name",
    "birth_date",
    "is_minor",
    "status",
    "phenomenon",
    "ideology",
    "registration_date",
    "next_review_date",
    "referrer_organisation",
    "referrer_sector",
    "case_manager",
    "screening_notes",
)
REQUIRED_FIELDS: Final[tuple[str, ...]] = ("registration_date", "phenomenon")


def normalise(text: str) -> str:
    """Lower case, no accents, words separated by one space: "Date de naissance" → "date de naissance"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


# Header names per field, written as normalise() gives them.
HEADER_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "code": (
        "code",
        "dossiernummer",
        "dossiernr",
        "dossier nr",
        "dossier",
        "casusnummer",
        "casus",
        "casuscode",
        "referentie",
        "numero de dossier",
        "n dossier",
        "no dossier",
        "reference",
        "case code",
        "case number",
        "case id",
        "case",
    ),
    "pseudonym": ("pseudoniem", "pseudonyme", "pseudonym", "alias", "schuilnaam"),
    "first_name": ("voornaam", "prenom", "first name", "firstname", "given name"),
    "last_name": (
        "naam",
        "achternaam",
        "familienaam",
        "nom",
        "nom de famille",
        "last name",
        "lastname",
        "surname",
        "family name",
        "name",
    ),
    "birth_date": (
        "geboortedatum",
        "geboren",
        "geboren op",
        "date de naissance",
        "ne le",
        "ne e le",
        "birth date",
        "date of birth",
        "birthdate",
        "dob",
    ),
    "is_minor": ("minderjarig", "minderjarige", "mineur", "mineur e", "minor"),
    "status": ("status", "statuut", "stand", "toestand", "statut", "etat", "state"),
    "phenomenon": ("fenomeen", "phenomene", "phenomenon"),
    "ideology": ("ideologie", "ideology", "strekking"),
    "registration_date": (
        "aanmeldingsdatum",
        "datum aanmelding",
        "aanmelding",
        "aangemeld op",
        "datum",
        "date de signalement",
        "date signalement",
        "signalement",
        "signale le",
        "registration date",
        "referral date",
        "date registered",
        "date",
    ),
    "next_review_date": (
        "volgende bespreking",
        "datum volgende bespreking",
        "herbespreking",
        "volgende evaluatie",
        "prochaine discussion",
        "prochain examen",
        "prochaine reunion",
        "date de revision",
        "next review",
        "next review date",
        "review date",
    ),
    "referrer_organisation": (
        "organisatie signaalgever",
        "aangemeld door",
        "doorverwijzer",
        "organisation signalante",
        "signale par",
        "referring organisation",
        "referring organization",
        "referrer organisation",
        "referred by",
    ),
    "referrer_sector": (
        "signaalgever",
        "sector signaalgever",
        "signalant",
        "secteur",
        "secteur du signalant",
        "referrer",
        "referrer sector",
        "signal giver",
    ),
    "case_manager": (
        "casemanager",
        "case manager",
        "dossierbeheerder",
        "referent",
        "referente",
        "gestionnaire",
        "case worker",
    ),
    "screening_notes": (
        "opmerkingen",
        "opmerking",
        "notities",
        "nota",
        "notas",
        "screening",
        "commentaar",
        "remarques",
        "remarque",
        "notes",
        "note",
        "commentaire",
        "comments",
        "remarks",
    ),
}


def _words(table: Mapping[StrEnum, tuple[str, ...]]) -> dict[str, StrEnum]:
    """Normalised word → value; each value's stored code counts as a word too."""
    out: dict[str, StrEnum] = {}
    for value, synonyms in table.items():
        for word in (*synonyms, value.value):
            out[normalise(word)] = value
    return out


STATUS_WORDS: Final[dict[str, StrEnum]] = _words(
    {
        CaseStatus.REGISTERED: (
            "aangemeld",
            "aanmelding",
            "nieuw",
            "signalé",
            "signalement",
            "nouveau",
            "registered",
            "new",
            "referral",
        ),
        CaseStatus.SCREENING: (
            "in screening",
            "screening",
            "en screening",
            "en cours d'examen",
            "examen",
            "analyse",
            "en analyse",
        ),
        CaseStatus.FOLLOW_UP: (
            "in opvolging",
            "opvolging",
            "lopend",
            "suivi",
            "en suivi",
            "en cours",
            "follow-up",
            "followup",
            "in follow-up",
            "ongoing",
        ),
        CaseStatus.ESCALATED: ("opgeschaald", "opschaling", "escalade", "escaladé", "escalated", "escalation"),
        CaseStatus.REFERRED_CLOSED: (
            "doorverwezen en afgesloten",
            "doorverwezen",
            "doorverwijzing",
            "réorienté",
            "réorienté et clôturé",
            "orienté et clôturé",
            "réorientation",
            "referred",
            "referred and closed",
            "referred, closed",
        ),
        CaseStatus.CLOSED: ("afgesloten", "gesloten", "afsluiting", "clos", "clôturé", "clôture", "fermé", "closed"),
    }
)
PHENOMENON_WORDS: Final[dict[str, StrEnum]] = _words(
    {
        Phenomenon.RADICALISM: ("radicalisme", "radicalisering", "radicalism", "radicalisation", "radicalization"),
        Phenomenon.EXTREMISM: ("extremisme", "extrémisme", "extremism"),
        Phenomenon.TERRORISM: ("terrorisme", "terrorism"),
    }
)
IDEOLOGY_WORDS: Final[dict[str, StrEnum]] = _words(
    {
        Ideology.RELIGIOUS: (
            "religieus",
            "religieus geïnspireerd",
            "religieux",
            "religieusement inspiré",
            "d'inspiration religieuse",
            "religious",
            "religiously inspired",
            "religion",
        ),
        Ideology.EXTREME_RIGHT: (
            "extreemrechts",
            "extreem-rechts",
            "rechts-extremisme",
            "extrême droite",
            "extrême-droite",
            "extreme right",
            "far right",
            "far-right",
            "right-wing",
        ),
        Ideology.EXTREME_LEFT: (
            "extreemlinks",
            "extreem-links",
            "links-extremisme",
            "extrême gauche",
            "extrême-gauche",
            "extreme left",
            "far left",
            "far-left",
            "left-wing",
        ),
        Ideology.ANTI_GOVERNMENT: (
            "anti-overheid",
            "antioverheid",
            "anti-gouvernement",
            "antigouvernemental",
            "anti-government",
            "anti-state",
        ),
        Ideology.SINGLE_ISSUE: ("single-issue", "single issue", "thématique unique"),
        Ideology.UNCLEAR: (
            "onduidelijk",
            "onbekend",
            "unclear",
            "unknown",
            "pas clair",
            "indéterminé",
            "inconnu",
            "flou",
        ),
    }
)
YES_WORDS: Final[frozenset[str]] = frozenset({"ja", "j", "oui", "o", "yes", "y", "1", "x", "waar", "vrai", "true"})
NO_WORDS: Final[frozenset[str]] = frozenset({"nee", "neen", "n", "non", "no", "0", "onwaar", "faux", "false"})


# -- reading ------------------------------------------------------------------------------------


class CsvFileError(ValueError):
    """The file cannot be read as a CSV table; ``code`` for the views, the message for the command line."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class CsvTable:
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)
    delimiter: str
    encoding: str
    sha256: str = ""

    def column_name(self, index: int) -> str:
        name = self.header[index] if index < len(self.header) else ""
        return name or f"#{index + 1}"

    def samples(self, index: int, n: int = 3) -> list[str]:
        out: list[str] = []
        for _row, cells in self.rows:
            if index < len(cells) and cells[index].strip():
                out.append(cells[index].strip())
                if len(out) == n:
                    break
        return out


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"PK\x03\x04"):
        raise CsvFileError("workbook", "this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it as CSV first")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise CsvFileError("encoding", "the file is not readable text (UTF-16)") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise CsvFileError("encoding", "the file is neither UTF-8 nor Windows-1252 text") from None


def _delimiter(text: str) -> str:
    sample = text[:65536]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        found = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        found = ""
    if found and len(next(csv.reader([first], delimiter=found), [])) > 1:
        return found
    counts = {d: first.count(d) for d in (";", "\t", ",", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_csv(data: bytes) -> CsvTable:
    """Bytes of a CSV file → header and rows. CsvFileError when the file is not a readable table."""
    if len(data) > MAX_CSV_BYTES:
        raise CsvFileError("too_large", f"the file is larger than {MAX_CSV_BYTES // 2**20} MiB")
    text, encoding = decode(data)
    if "\x00" in text:
        raise CsvFileError("binary", "the file holds NUL characters: it is not a CSV text file")
    delimiter = _delimiter(text)
    if text.count(delimiter) > MAX_CELLS:
        raise CsvFileError("too_many_cells", f"more than {MAX_CELLS} cells")
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            cells = tuple(record)
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = tuple(c.strip() for c in cells)
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise CsvFileError("too_many_rows", f"more than {MAX_ROWS} rows")
    except csv.Error as exc:
        raise CsvFileError("bad_csv", f"not a readable CSV file: {exc}") from None
    if header is None:
        raise CsvFileError("empty", "the file holds no rows")
    return CsvTable(header, tuple(rows), delimiter, encoding, hashlib.sha256(data).hexdigest())


def read_csv_file(path: Path) -> CsvTable:
    """Read a CSV file: a regular file of at most MAX_CSV_BYTES (never more is read), else CsvFileError.

    A folder, a device (``/dev/zero``), a FIFO or a socket is refused before anything is read.
    """
    try:
        data = read_bounded(Path(path), MAX_CSV_BYTES)
    except NotRegularFileError as exc:
        raise CsvFileError("unreadable", f"cannot read {path}: it is {exc.kind}, not a regular file") from None
    except FileTooLargeError:
        raise CsvFileError("too_large", f"the file is larger than {MAX_CSV_BYTES // 2**20} MiB") from None
    except OSError as exc:
        raise CsvFileError("unreadable", f"cannot read {path}: {exc.strerror}") from None
    return read_csv(data)


# -- mapping ------------------------------------------------------------------------------------


def propose_mapping(header: Sequence[str]) -> list[str]:
    """A field per column from its header name ("" when none fits); each field at most once."""
    lookup = {syn: f for f, syns in HEADER_SYNONYMS.items() for syn in syns}
    out: list[str] = []
    used: set[str] = set()
    for name in header:
        f = lookup.get(normalise(name), IGNORE)
        if f and f in used:
            f = IGNORE
        used.add(f)
        out.append(f)
    return out


def apply_overrides(table: CsvTable, mapping: list[str], overrides: Sequence[str]) -> list[str]:
    """Change a mapping with ``COLUMN=FIELD`` texts (COLUMN: a header name or a number from 1; FIELD "" or "-"
    to ignore the column). ValueError with a one-line reason for a column or field that does not exist."""
    result = list(mapping)
    for text in overrides:
        column, sep, target = text.partition("=")
        if not sep:
            raise ValueError(f"--map {text!r}: use COLUMN=FIELD")
        target = target.strip()
        target = IGNORE if target in ("", "-") else target
        if target and target not in CASE_FIELDS:
            raise ValueError(f"--map {text!r}: unknown field {target!r}; fields: {', '.join(CASE_FIELDS)}")
        index = _column_index(table, column.strip())
        if index is None:
            raise ValueError(f"--map {text!r}: no column {column.strip()!r} in the file")
        if target:
            result = [IGNORE if f == target else f for f in result]
        result[index] = target
    return result


def _column_index(table: CsvTable, column: str) -> int | None:
    for i, name in enumerate(table.header):
        if name == column:
            return i
    for i, name in enumerate(table.header):
        if normalise(name) == normalise(column) and normalise(column):
            return i
    if column.isdigit() and 1 <= int(column) <= len(table.header):
        return int(column) - 1
    return None


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem: spreadsheet row (0: the mapping itself), column name, case field, code, message."""

    row: int
    column: str
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        if self.row == 0:
            return self.message
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: {self.message}"


def mapping_issues(mapping: Sequence[str]) -> list[RowIssue]:
    """Fields mapped twice, and required fields mapped to no column."""
    issues = []
    for f in CASE_FIELDS:
        if mapping.count(f) > 1:
            issues.append(RowIssue(0, "", f, "duplicate_mapping", f"field {f} is mapped to more than one column"))
    for f in REQUIRED_FIELDS:
        if f not in mapping:
            issues.append(RowIssue(0, "", f, "missing_mapping", f"no column is mapped to the required field {f}"))
    return issues


# -- values -------------------------------------------------------------------------------------

_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", re.ASCII)
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", re.ASCII)


class _ValueProblem(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def parse_csv_date(text: str) -> date:
    """dd/mm/yyyy (or with - or .), or yyyy-mm-dd; a time part (Excel's "00:00") is ignored."""
    text = text.strip()
    if m := _YMD.fullmatch(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY.fullmatch(text):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) != 4:
            raise _ValueProblem("two_digit_year", "write the year with four digits (dd/mm/yyyy)")
    else:
        raise _ValueProblem("bad_date", "not a date (dd/mm/yyyy or yyyy-mm-dd)")
    try:
        return date(y, mo, d)
    except ValueError:
        raise _ValueProblem("bad_date", "this date does not exist") from None


def _word(text: str, words: dict[str, StrEnum], what: str) -> StrEnum:
    key = normalise(text)
    if key in words:
        return words[key]
    raise _ValueProblem("unknown_value", f'unknown {what} "{text.strip()[:40]}"')


def _yes_no(text: str) -> bool:
    key = normalise(text)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise _ValueProblem("unknown_value", f'not yes or no: "{text.strip()[:40]}"')


@dataclass(frozen=True, slots=True)
class CsvRow:
    row: int
    draft: CaseDraft
    code_generated: bool


@dataclass(frozen=True, slots=True)
class Conversion:
    rows: tuple[CsvRow, ...]
    issues: tuple[RowIssue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues

    def issues_of(self, row: int) -> list[RowIssue]:
        return [i for i in self.issues if i.row == row]


_VALIDATION_MESSAGES: Final[dict[str, str]] = {
    "required": "required",
    "bad_format": "not a case code of the form LIVC-2026-014",
    "too_long": "too long",
    "date_in_future": "in the future",
    "date_before_registration": "before the registration date",
    "birth_after_registration": "after the registration date",
    "duplicate": "this case code is already used",
    "bad_characters": "holds a bidirectional control character, which can disguise what the text shows",
}


class _Lookups:
    def __init__(self, ctx: ServiceContext) -> None:
        with ctx.vault.session() as s:
            self.orgs: dict[str, int] = {}
            for o in s.scalars(select(models.Organisation).order_by(models.Organisation.id)):
                self.orgs.setdefault(normalise(o.name), o.id)
                self.orgs.setdefault(normalise(o.short_name), o.id)
            self.members: dict[str, int] = {}
            for m in s.scalars(select(models.Member).order_by(models.Member.id)):
                self.members.setdefault(normalise(m.name), m.id)
            self.codes = set(s.scalars(select(models.Case.code)))


def convert(ctx: ServiceContext, table: CsvTable, mapping: Sequence[str]) -> Conversion:
    """Every row as a case draft, and every problem (row, column, field): nothing is written."""
    ctx.require(Permission.EXPORT_DATA)  # the preview of an import: the same permission as the import
    issues = mapping_issues(mapping)
    if issues:
        return Conversion((), tuple(issues))
    look = _Lookups(ctx)
    today = ctx.today()
    columns = {f: i for i, f in enumerate(mapping) if f}
    rows: list[CsvRow] = []
    seen_codes: dict[str, int] = {}
    for number, cells in table.rows:
        row_issues: list[RowIssue] = []

        def cell(field: str, cells: tuple[str, ...] = cells) -> str:
            i = columns.get(field)
            return cells[i] if i is not None and i < len(cells) else ""

        def problem(
            field: str, code: str, message: str, number: int = number, row_issues: list[RowIssue] = row_issues
        ) -> None:
            i = columns.get(field)
            row_issues.append(RowIssue(number, table.column_name(i) if i is not None else "", field, code, message))

        if any(c.strip() for c in cells[len(table.header) :]):
            row_issues.append(RowIssue(number, "", "", "extra_cells", "more cells than the header has columns"))
        draft = CaseDraft()
        for field in ("pseudonym", "first_name", "last_name", "referrer_sector"):
            setattr(draft, field, cell(field).strip())
        draft.code = cell("code").strip().upper()
        draft.screening_notes = cell("screening_notes").strip()
        for field in ("birth_date", "registration_date", "next_review_date"):
            if cell(field).strip():
                try:
                    setattr(draft, field, parse_csv_date(cell(field)))
                except _ValueProblem as p:
                    problem(field, p.code, str(p))
        for field, words, what, default in (
            ("status", STATUS_WORDS, "status", CaseStatus.REGISTERED),
            ("phenomenon", PHENOMENON_WORDS, "phenomenon", None),
            ("ideology", IDEOLOGY_WORDS, "ideology", None),
        ):
            value: object = default
            if cell(field).strip():
                try:
                    value = _word(cell(field), words, what)
                except _ValueProblem as p:
                    problem(field, p.code, str(p))
            setattr(draft, field, value)
        if cell("is_minor").strip():
            try:
                draft.is_minor = _yes_no(cell("is_minor"))
            except _ValueProblem as p:
                problem("is_minor", p.code, str(p))
        elif draft.birth_date is not None and draft.registration_date is not None:
            draft.is_minor = _age(draft.birth_date, draft.registration_date) < 18
        if cell("referrer_organisation").strip():
            draft.referrer_organisation_id = look.orgs.get(normalise(cell("referrer_organisation")))
            if draft.referrer_organisation_id is None:
                problem("referrer_organisation", "unknown_organisation", "no organisation of this name in the vault")
        if cell("case_manager").strip():
            draft.case_manager_id = look.members.get(normalise(cell("case_manager")))
            if draft.case_manager_id is None:
                problem("case_manager", "unknown_member", "no member of this name in the vault")
        for v in validate_case(replace(draft, code=draft.code or "LIVC-2000-001"), today):
            if any(i.field == v.field for i in row_issues):
                continue  # an unreadable value, already reported
            problem(v.field, v.code.value, _VALIDATION_MESSAGES.get(v.code.value, v.code.value))
        if draft.code:
            if draft.code in look.codes:
                problem("code", "duplicate", "this case code is already in the vault")
            elif draft.code in seen_codes:
                problem("code", "duplicate", f"the same case code as row {seen_codes[draft.code]}")
            else:
                seen_codes[draft.code] = number
        issues.extend(row_issues)
        rows.append(CsvRow(number, draft, code_generated=not draft.code))
    rows = _generate_codes(rows, look.codes | set(seen_codes))
    return Conversion(tuple(rows), tuple(issues))


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _generate_codes(rows: list[CsvRow], taken: set[str]) -> list[CsvRow]:
    """A code for each row without one: the next free LIVC-YYYY-NNN of its registration year."""
    used = set(taken)
    out = []
    for r in rows:
        if r.code_generated and r.draft.registration_date is not None:
            code = suggest_case_code(CODE_PREFIX, r.draft.registration_date.year, sorted(used))
            used.add(code)
            r = CsvRow(r.row, replace(r.draft, code=code), True)
        out.append(r)
    return out


def cap_issues(issues: Sequence[RowIssue]) -> list[RowIssue]:
    """At most MAX_ISSUES problems, then one of code "more" (row 0) saying how many were left out."""
    if len(issues) <= MAX_ISSUES:
        return list(issues)
    more = len(issues) - MAX_ISSUES
    return [*issues[:MAX_ISSUES], RowIssue(0, "", "", "more", f"… and {more} more problem(s)")]


class CsvImportError(Exception):
    """Rows were refused; nothing was imported.

    ``issues`` lists the problems with their row and column: at most MAX_ISSUES, then one last
    issue of code "more" ("… and N more problem(s)"); ``total`` counts them all.
    """

    def __init__(self, issues: Sequence[RowIssue]) -> None:
        super().__init__(f"{len(issues)} problem(s) in the CSV file; first: {issues[0] if issues else ''}")
        self.total = len(issues)
        self.issues = cap_issues(issues)


def import_cases(ctx: ServiceContext, table: CsvTable, mapping: Sequence[str], source: str = "") -> list[int]:
    """Import every row as a case, in one transaction, or none (CsvImportError with every problem).

    Each case gets its own "create" audit event (without identity values, as the case form's), and
    the import one "import" event with the file's name, hash and count.
    """
    ctx.require(Permission.EXPORT_DATA)
    ctx.require(Permission.EDIT_CASES)
    result = convert(ctx, table, mapping)
    if result.issues:
        raise CsvImportError(result.issues)
    ids: list[int] = []
    with ctx.vault.session() as s:
        existing = set(s.scalars(select(models.Case.code)))
        clashes = [
            RowIssue(r.row, "", "code", "duplicate", "this case code is already in the vault")
            for r in result.rows
            if r.draft.code in existing
        ]
        if clashes:  # a case saved meanwhile in another window
            raise CsvImportError(clashes)
        now = ctx.now()
        for r in result.rows:
            d = r.draft
            assert d.registration_date is not None and CASE_CODE_PATTERN.fullmatch(d.code)
            case = models.Case(
                code=d.code,
                pseudonym=d.pseudonym,
                first_name=d.first_name,
                last_name=d.last_name,
                birth_date=d.birth_date,
                is_minor=d.is_minor,
                phenomenon=d.phenomenon,
                ideology=d.ideology,
                referrer_organisation_id=d.referrer_organisation_id,
                referrer_sector=d.referrer_sector,
                registration_date=d.registration_date,
                status=d.status,
                case_manager_id=d.case_manager_id,
                next_review_date=d.next_review_date,
                on_next_agenda=False,
                screening_notes=d.screening_notes,
                closed_on=d.registration_date if d.status.is_closed else None,
                created_at=now,
                updated_at=now,
            )
            s.add(case)
            s.flush()
            ids.append(case.id)
            audit.append(
                s,
                ctx.user,
                "create",
                "case",
                case.id,
                {
                    "source": "csv",
                    "row": r.row,
                    "code": d.code,
                    "status": d.status,
                    "phenomenon": d.phenomenon,
                    "identity": "set" if d.has_identity else None,
                },
            )
        audit.append(
            s,
            ctx.user,
            "import",
            "case",
            None,
            {
                "source": "csv",
                "file": source,
                "sha256": table.sha256,
                "cases": len(ids),
                "mapping": {table.column_name(i): f for i, f in enumerate(mapping) if f},
            },
        )
    return ids
