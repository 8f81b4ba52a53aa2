"""Reading and validating an exchange document: every problem, each with its path in the file.

Validation never raises on bad input, whatever it is: it returns a list of :class:`ImportIssue`,
empty when the document can be imported. It checks what a database constraint would refuse
(types, required fields, lengths, uniqueness, references) and what it would silently accept
(30 February, a NUL character, an unpaired surrogate, ``1`` for ``true``), so an import that
starts after a clean validation does not fail half-way.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from livcr_desktop.domain.validation import MAX_SHORT_TEXT, bidi_control
from livcr_desktop.services.exchange_spec import (
    ATTENDANCE,
    CASE,
    DATE_PATTERN,
    ENTITIES,
    FORMAT,
    FORMAT_VERSION,
    HEADER_FIELDS,
    INTERNAL_SETTINGS,
    INVITATION,
    KNOWN_SETTINGS,
    LANGUAGES,
    MAX_DOMAIN,
    MAX_FILE_BYTES,
    MAX_ISSUES,
    MAX_JSON_VALUES,
    MAX_SETTING_CHARS,
    MAX_SETTING_DEPTH,
    MAX_SETTING_KEY,
    MEETING,
    REF_TARGETS,
    EntitySpec,
    FieldSpec,
    Kind,
)


class IssueCode(StrEnum):
    TOO_LARGE = "too_large"
    TOO_MANY_VALUES = "too_many_values"
    UNREADABLE = "unreadable"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    TOO_DEEP = "too_deep"
    NOT_EXCHANGE = "not_exchange"
    NEWER_VERSION = "newer_version"
    BAD_VERSION = "bad_version"
    TYPE = "type"
    REQUIRED = "required"
    EMPTY = "empty"
    UNKNOWN_FIELD = "unknown_field"
    INTERNAL_SETTING = "internal_setting"
    DUPLICATE_FIELD = "duplicate_field"
    TOO_LONG = "too_long"
    BAD_CHARACTERS = "bad_characters"
    BAD_FORMAT = "bad_format"
    BAD_VALUE = "bad_value"
    BAD_DATE = "bad_date"
    BAD_DATETIME = "bad_datetime"
    BAD_TIME = "bad_time"
    OUT_OF_RANGE = "out_of_range"
    DUPLICATE = "duplicate"
    UNKNOWN_REFERENCE = "unknown_reference"
    NOT_IN_AGENDA = "not_in_agenda"
    CASE_SCOPE_ONLY = "case_scope_only"
    ONE_CASE = "one_case"
    CASE_EXPORT = "case_export"
    NOT_EMPTY = "not_empty"
    STORAGE = "storage"
    MORE = "more"  # the last issue of a capped list: params["count"] more were not listed


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem: where in the file (``$.cases[3].registration_date``), a code and a message.

    ``message`` is English, for the command line; views translate ``code`` with ``params``.
    Messages never quote the file's text fields, only short codes and keys (a file holds identities).
    """

    path: str
    code: IssueCode
    message: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class _Obj(dict[str, Any]):
    """A JSON object as parsed, remembering keys that appeared more than once (json keeps the last)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> _Obj:
    obj = _Obj()
    dups: list[str] = []
    for key, value in pairs:
        if key in obj and key not in dups:
            dups.append(key)
        obj[key] = value
    if dups:
        obj.duplicates = tuple(dups)
    return obj


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class NotRegularFileError(Exception):
    """The path is not a regular file (a folder, a device such as /dev/zero, a FIFO or a socket)."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not a regular file")
        self.kind = kind


class FileTooLargeError(Exception):
    """The file holds more bytes than the reader's limit."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


_CHUNK: Final[int] = 1 << 20


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never reads more than ``limit + 1``.

    Raises NotRegularFileError before reading anything from a folder, a device (``/dev/zero``
    never ends), a FIFO (opening it does not wait for a writer) or a socket; FileTooLargeError
    for a file over the limit, also one that grows while it is read; OSError when it cannot be
    opened or read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFileError(Path(path), _kind(st.st_mode))
        if st.st_size > limit:
            raise FileTooLargeError(str(path))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise FileTooLargeError(str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def too_large() -> ImportIssue:
    return ImportIssue(
        "$",
        IssueCode.TOO_LARGE,
        f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB",
        {"max_mib": MAX_FILE_BYTES // 2**20},
    )


def value_bound(data: bytes) -> int:
    """An upper bound of the number of JSON values in ``data``: its commas, ``[`` and ``{``.

    Each value but the first of an array or object follows a comma, and each array or object
    opens with a bracket; counting them costs a few milliseconds and bounds what parsing makes.
    """
    return data.count(b",") + data.count(b"[") + data.count(b"{") + 1


def check_bounds(data: bytes) -> list[ImportIssue]:
    """Issues when ``data`` is over a limit that keeps parsing within bounded memory, else []."""
    if len(data) > MAX_FILE_BYTES:
        return [too_large()]
    if value_bound(data) > MAX_JSON_VALUES:
        return [
            ImportIssue(
                "$",
                IssueCode.TOO_MANY_VALUES,
                f"the file holds more than {MAX_JSON_VALUES} values (counted as its commas, brackets and braces)",
                {"max_values": MAX_JSON_VALUES},
            )
        ]
    return []


def decode(data: bytes) -> tuple[str | None, list[ImportIssue]]:
    """The text of a file (UTF-8, a byte-order mark allowed), or the issue."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return None, [
            ImportIssue(
                "$", IssueCode.NOT_UTF8, f"the file is not UTF-8 text (byte {exc.start})", {"offset": exc.start}
            )
        ]


def parse(data: bytes) -> tuple[Any, list[ImportIssue]]:
    """Bytes of a file → the JSON value, or issues (never an exception)."""
    issues = check_bounds(data)
    if issues:
        return None, issues
    text, issues = decode(data)
    if text is None:
        return None, issues
    return parse_text(text)


def parse_text(text: str) -> tuple[Any, list[ImportIssue]]:
    """Text of a file (within the bounds of :func:`check_bounds`) → the JSON value, or issues."""
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant), []
    except RecursionError:
        return None, [ImportIssue("$", IssueCode.TOO_DEEP, "the JSON is nested too deeply")]
    except json.JSONDecodeError as exc:
        return None, [
            ImportIssue(
                "$",
                IssueCode.NOT_JSON,
                f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                {"line": exc.lineno, "column": exc.colno},
            )
        ]
    except ValueError as exc:  # NaN/Infinity, an integer with thousands of digits
        return None, [
            ImportIssue("$", IssueCode.NOT_JSON, f"not valid JSON: {str(exc)[:120]}", {"line": 0, "column": 0})
        ]


# -- values -------------------------------------------------------------------------------------

_DATE = re.compile(DATE_PATTERN)
_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?")
_TIME = re.compile(r"([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?")
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
_BIDI_MESSAGE: Final[str] = (
    "holds the bidirectional control character {character}, which can disguise what the text shows"
)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def parse_date(text: str) -> date | None:
    if not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _micro(fraction: str | None) -> int:
    return int(fraction.ljust(6, "0")) if fraction else 0


def parse_datetime(text: str) -> datetime | None:
    m = _DATETIME.fullmatch(text)
    if not m:
        return None
    day = parse_date(m.group(1))
    if day is None:
        return None
    try:
        return datetime.combine(day, time(int(m.group(2)), int(m.group(3)), int(m.group(4)), _micro(m.group(5))))
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    m = _TIME.fullmatch(text)
    if not m:
        return None
    try:
        return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0), _micro(m.group(4)))
    except ValueError:
        return None


def member_path(path: str, key: str) -> str:
    """``$.cases`` for an identifier, ``$.settings["odd key"]`` otherwise (long keys shortened)."""
    if _IDENTIFIER.fullmatch(key) and len(key) <= 60:
        return f"{path}.{key}"
    shown = key if len(key) <= 60 else key[:60] + "…"
    return f"{path}[{json.dumps(shown, ensure_ascii=True)}]"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _short(value: str) -> str:
    """A key or code for a message: short, and without characters that could not be printed."""
    text = _BAD_CHARS.sub("?", value)
    return text if len(text) <= 40 else text[:40] + "…"


_EXPECTED = {
    Kind.KEY: "string",
    Kind.STR: "string",
    Kind.TEXT: "string",
    Kind.REF: "string",
    Kind.ENUM: "string",
    Kind.DATE: "string",
    Kind.DATETIME: "string",
    Kind.TIME: "string",
    Kind.BOOL: "boolean",
    Kind.INT: "integer",
}


# -- the validator ------------------------------------------------------------------------------


class _Validator:
    def __init__(self) -> None:
        self.issues: list[ImportIssue] = []
        self.items: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)  # top-level lists
        self.unknowable: set[str] = set()  # targets whose list is broken: references to them are not checked
        self.more = 0  # issues found after the first MAX_ISSUES

    def add(self, path: str, code: IssueCode, message: str, **params: Any) -> None:
        if len(self.issues) >= MAX_ISSUES:
            self.more += 1  # counted, not kept: a file of a million bad items must not fill the memory
            return
        self.issues.append(ImportIssue(path, code, message, params))

    def bidi(self, path: str, value: str) -> bool:
        """Report a bidirectional control character in ``value``; True when there was one."""
        character = bidi_control(value)
        if character is None:
            return False
        self.add(path, IssueCode.BAD_CHARACTERS, _BIDI_MESSAGE.format(character=character), character=character)
        return True

    # -- document --------------------------------------------------------------------------------

    def document(self, doc: Any) -> None:
        if not isinstance(doc, dict):
            self.add("$", IssueCode.NOT_EXCHANGE, "not a LIVC-R exchange file: the document is not a JSON object")
            return
        self.duplicates(doc, "$")
        if doc.get("format") != FORMAT:
            self.add("$.format", IssueCode.NOT_EXCHANGE, f'not a LIVC-R exchange file: "format" must be "{FORMAT}"')
            return
        version = doc.get("version")
        if type(version) is not int:
            self.add("$.version", IssueCode.BAD_VERSION, "the format version must be an integer")
            return
        if version > FORMAT_VERSION:
            self.add(
                "$.version",
                IssueCode.NEWER_VERSION,
                f"the file has format version {version}, written by a newer version of LIVC-R Desktop; "
                f"this version reads up to version {FORMAT_VERSION}: update the application",
                version=version,
                supported=FORMAT_VERSION,
            )
            return
        if version < 1:
            self.add("$.version", IssueCode.BAD_VERSION, "the format version must be 1 or more")
            return
        known = {f.name for f in HEADER_FIELDS} | {"settings"} | {e.key for e in ENTITIES}
        for key in doc:
            if key not in known:
                self.add(member_path("$", key), IssueCode.UNKNOWN_FIELD, "unknown field")
        for f in HEADER_FIELDS[2:]:
            self.field("$", f, doc)
        scope = doc.get("scope")
        if "settings" in doc:
            self.settings(doc["settings"], "$.settings")
        for e in ENTITIES:
            if e.key not in doc:
                continue
            if e.case_scope_only and scope == "vault":
                self.add(f"$.{e.key}", IssueCode.CASE_SCOPE_ONLY, f"{e.key} only belong in a case export")
            self.items[e.name] = self.list_of(doc[e.key], f"$.{e.key}", e)
            by = next((b for t, (target, b) in REF_TARGETS.items() if target is e), None)
            value = doc[e.key]
            if by is not None and (
                not isinstance(value, list)
                or any(not isinstance(item, dict) or not isinstance(item.get(by), str) for item in value)
            ):
                self.unknowable.add(e.name)  # a reference to it may point at the broken item: not reported
        cases = doc.get(CASE.key)
        if scope == "case" and len(cases if isinstance(cases, list) else []) != 1:
            self.add(f"$.{CASE.key}", IssueCode.ONE_CASE, "a case export holds exactly one case")
        self.references()
        self.invitations()

    def duplicates(self, obj: dict[str, Any], path: str) -> None:
        for key in getattr(obj, "duplicates", ()):
            self.add(member_path(path, key), IssueCode.DUPLICATE_FIELD, "this field appears more than once")

    # -- lists and items -------------------------------------------------------------------------

    def list_of(self, value: Any, path: str, e: EntitySpec) -> list[tuple[str, dict[str, Any]]]:
        if not isinstance(value, list):
            self.add(
                path,
                IssueCode.TYPE,
                f"must be an array, not {_a(_type_name(value))}",
                expected="array",
                found=_type_name(value),
            )
            return []
        objs: list[tuple[str, dict[str, Any]]] = []
        names = {f.name for f in e.fields} | {c.key for c in e.children}
        for i, item in enumerate(value):
            ipath = f"{path}[{i}]"
            if not isinstance(item, dict):
                self.add(
                    ipath,
                    IssueCode.TYPE,
                    f"must be an object, not {_a(_type_name(item))}",
                    expected="object",
                    found=_type_name(item),
                )
                continue
            self.duplicates(item, ipath)
            for key in item:
                if key not in names:
                    self.add(member_path(ipath, key), IssueCode.UNKNOWN_FIELD, "unknown field")
            for f in e.fields:
                self.field(ipath, f, item)
            children: dict[str, list[tuple[str, dict[str, Any]]]] = {}
            for child in e.children:
                if child.key in item:
                    children[child.name] = self.list_of(item[child.key], f"{ipath}.{child.key}", child)
                    self.items["~" + child.name].extend(children[child.name])
            if e is MEETING:
                self.current_item(ipath, item, children.get("agenda_item", []))
            objs.append((ipath, item))
        self.unique(e, objs)
        return objs

    def current_item(self, path: str, meeting: dict[str, Any], agenda: list[tuple[str, dict[str, Any]]]) -> None:
        current = meeting.get("current_item")
        if type(current) is not int:
            return
        positions = {obj.get("position") for _, obj in agenda if type(obj.get("position")) is int}
        if current not in positions:
            self.add(
                f"{path}.current_item",
                IssueCode.NOT_IN_AGENDA,
                f"no agenda item at position {current} in this meeting",
                position=current,
            )

    def unique(self, e: EntitySpec, objs: list[tuple[str, dict[str, Any]]]) -> None:
        for combo in e.unique:
            seen: dict[tuple[Any, ...], str] = {}
            for path, obj in objs:
                values = tuple(obj.get(name) for name in combo)
                if not all(isinstance(v, str) or type(v) is int for v in values):
                    continue  # a wrong type is reported by the field check
                first = seen.setdefault(values, path)
                if first == path:
                    continue
                if len(combo) == 1:
                    self.add(
                        f"{path}.{combo[0]}",
                        IssueCode.DUPLICATE,
                        f"duplicate {combo[0]}: the same as {first}",
                        field=combo[0],
                        first=first,
                    )
                else:
                    names = ", ".join(combo)
                    self.add(
                        path, IssueCode.DUPLICATE, f"duplicate ({names}): the same as {first}", field=names, first=first
                    )

    def references(self) -> None:
        targets: dict[str, set[str]] = {}
        for ref, (entity, by) in REF_TARGETS.items():
            targets[ref] = {obj[by] for _, obj in self.items.get(entity.name, []) if isinstance(obj.get(by), str)}
        skip = {ref for ref, (entity, _by) in REF_TARGETS.items() if entity.name in self.unknowable}
        for name, objs in self.items.items():
            entity = _BY_NAME[name.lstrip("~")]
            refs = [f for f in entity.fields if f.kind is Kind.REF]
            for path, obj in objs:
                for f in refs:
                    value = obj.get(f.name)
                    if isinstance(value, str) and value not in targets[f.ref] and f.ref not in skip:
                        by = REF_TARGETS[f.ref][1]
                        self.add(
                            f"{path}.{f.name}",
                            IssueCode.UNKNOWN_REFERENCE,
                            f'refers to {f.ref} {by} "{_short(value)}", which is not in the file',
                            target=f.ref,
                            value=_short(value),
                        )

    def invitations(self) -> None:
        """An invitation names a member whose attendance is on that meeting's list."""
        present: set[tuple[str, str]] = set()
        for _, item in self.items.get(MEETING.name, []):
            number, attendance = item.get("number"), item.get(ATTENDANCE.key)
            if not isinstance(number, str) or not isinstance(attendance, list):
                continue
            present.update(
                (number, a["member"]) for a in attendance if isinstance(a, dict) and isinstance(a.get("member"), str)
            )
        for path, obj in self.items.get(INVITATION.name, []):
            number, member = obj.get("meeting"), obj.get("member")
            if isinstance(number, str) and isinstance(member, str) and (number, member) not in present:
                self.add(
                    f"{path}.member",
                    IssueCode.UNKNOWN_REFERENCE,
                    f'member "{_short(member)}" is not on the attendance list of meeting "{_short(number)}"',
                    target="attendance",
                    value=_short(member),
                )

    # -- fields ----------------------------------------------------------------------------------

    def field(self, path: str, f: FieldSpec, obj: dict[str, Any]) -> None:
        if f.name not in obj:
            if f.required:
                self.add(f"{path}.{f.name}", IssueCode.REQUIRED, "required field is missing")
            return
        value = obj[f.name]
        fpath = f"{path}.{f.name}"
        if value is None:
            if not f.nullable:
                self.add(
                    fpath,
                    IssueCode.TYPE,
                    f"must be {_a(_EXPECTED[f.kind])}, not null",
                    expected=_EXPECTED[f.kind],
                    found="null",
                )
            return
        expected = _EXPECTED[f.kind]
        if (expected == "string" and not isinstance(value, str)) or (
            expected != "string" and type(value) is not {"boolean": bool, "integer": int}[expected]
        ):
            self.add(
                fpath,
                IssueCode.TYPE,
                f"must be {_a(expected)}, not {_a(_type_name(value))}",
                expected=expected,
                found=_type_name(value),
            )
            return
        match f.kind:
            case Kind.KEY | Kind.STR | Kind.TEXT | Kind.REF:
                self.string(fpath, value, f)
            case Kind.INT:
                if not f.minimum <= value <= f.maximum:
                    self.add(
                        fpath,
                        IssueCode.OUT_OF_RANGE,
                        f"must be between {f.minimum} and {f.maximum}",
                        minimum=f.minimum,
                        maximum=f.maximum,
                    )
            case Kind.ENUM:
                if value not in f.values:
                    self.add(
                        fpath,
                        IssueCode.BAD_VALUE,
                        f'unknown value "{_short(value)}"; expected one of: {", ".join(f.values)}',
                        value=_short(value),
                        allowed=", ".join(f.values),
                    )
            case Kind.DATE:
                if parse_date(value) is None:
                    self.add(fpath, IssueCode.BAD_DATE, "not a valid date (YYYY-MM-DD)")
            case Kind.DATETIME:
                if parse_datetime(value) is None:
                    self.add(fpath, IssueCode.BAD_DATETIME, "not a valid date and time (YYYY-MM-DDTHH:MM:SS)")
            case Kind.TIME:
                if parse_time(value) is None:
                    self.add(fpath, IssueCode.BAD_TIME, "not a valid time (HH:MM:SS)")
            case Kind.BOOL:
                pass

    def string(self, path: str, value: str, f: FieldSpec) -> None:
        if len(value) > f.max_len:
            self.add(
                path,
                IssueCode.TOO_LONG,
                f"too long: {len(value)} characters, at most {f.max_len}",
                length=len(value),
                max=f.max_len,
            )
        elif len(value) < f.min_len:
            self.add(path, IssueCode.EMPTY, "must not be empty")
        elif _BAD_CHARS.search(value):
            self.add(path, IssueCode.BAD_CHARACTERS, "holds a NUL character or an unpaired surrogate")
        elif self.bidi(path, value):
            pass
        elif f.pattern and not re.fullmatch(f.pattern, value):
            self.add(path, IssueCode.BAD_FORMAT, f"does not have the required form ({f.pattern})", pattern=f.pattern)

    # -- settings --------------------------------------------------------------------------------

    def settings(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            self.add(
                path,
                IssueCode.TYPE,
                f"must be an object, not {_a(_type_name(value))}",
                expected="object",
                found=_type_name(value),
            )
            return
        self.duplicates(value, path)
        for key, item in value.items():
            kpath = member_path(path, key)
            if not 1 <= len(key) <= MAX_SETTING_KEY or _BAD_CHARS.search(key) or bidi_control(key):
                self.add(
                    kpath,
                    IssueCode.BAD_FORMAT,
                    f"a setting's name must be 1 to {MAX_SETTING_KEY} characters without NUL or surrogates",
                    pattern="",
                )
                continue
            if key in INTERNAL_SETTINGS:
                self.add(
                    kpath,
                    IssueCode.INTERNAL_SETTING,
                    "an internal record of the vault, not a setting of the cell: it cannot be imported",
                )
                continue
            if not self.json_value(item, kpath, 0):
                continue
            size = len(json.dumps(item, ensure_ascii=False))
            if size > MAX_SETTING_CHARS:
                self.add(
                    kpath,
                    IssueCode.TOO_LONG,
                    f"too long: {size} characters as JSON, at most {MAX_SETTING_CHARS}",
                    length=size,
                    max=MAX_SETTING_CHARS,
                )
                continue
            self.known_setting(key, item, kpath)

    def json_value(self, value: Any, path: str, depth: int) -> bool:
        """Depth, duplicate keys and characters of a setting's value; False when it cannot be stored."""
        if depth > MAX_SETTING_DEPTH:
            self.add(path, IssueCode.TOO_DEEP, f"nested more than {MAX_SETTING_DEPTH} levels", max=MAX_SETTING_DEPTH)
            return False
        if isinstance(value, str):
            if _BAD_CHARS.search(value):
                self.add(path, IssueCode.BAD_CHARACTERS, "holds a NUL character or an unpaired surrogate")
                return False
            return not self.bidi(path, value)
        if isinstance(value, list):
            return all([self.json_value(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)])
        if isinstance(value, dict):
            self.duplicates(value, path)
            ok = not getattr(value, "duplicates", ())
            for k, v in value.items():
                if _BAD_CHARS.search(k):
                    self.add(
                        member_path(path, k), IssueCode.BAD_CHARACTERS, "holds a NUL character or an unpaired surrogate"
                    )
                    ok = False
                elif self.bidi(member_path(path, k), k):
                    ok = False
                ok = self.json_value(v, member_path(path, k), depth + 1) and ok
            return ok
        return True

    def known_setting(self, key: str, value: Any, path: str) -> None:
        if key not in KNOWN_SETTINGS:
            return
        if key in ("cell_name", "municipality"):
            if not isinstance(value, str):
                self.add(
                    path,
                    IssueCode.TYPE,
                    f"must be a string, not {_a(_type_name(value))}",
                    expected="string",
                    found=_type_name(value),
                )
            elif len(value) > MAX_SHORT_TEXT:
                self.add(
                    path,
                    IssueCode.TOO_LONG,
                    f"too long: {len(value)} characters, at most {MAX_SHORT_TEXT}",
                    length=len(value),
                    max=MAX_SHORT_TEXT,
                )
        elif key == "language":
            if value not in LANGUAGES or not isinstance(value, str):
                shown = _short(value) if isinstance(value, str) else _type_name(value)
                self.add(
                    path,
                    IssueCode.BAD_VALUE,
                    f'unknown value "{shown}"; expected one of: nl, fr, en',
                    value=shown,
                    allowed=", ".join(LANGUAGES),
                )
        elif key == "retention_years":
            if type(value) is not int:
                self.add(
                    path,
                    IssueCode.TYPE,
                    f"must be an integer, not {_a(_type_name(value))}",
                    expected="integer",
                    found=_type_name(value),
                )
            elif not 0 <= value <= 100:
                self.add(path, IssueCode.OUT_OF_RANGE, "must be between 0 and 100", minimum=0, maximum=100)
        elif key == "assessment_domains":
            ok = (
                isinstance(value, list)
                and bool(value)
                and all(isinstance(v, str) and 1 <= len(v) <= MAX_DOMAIN for v in value)
                and len(set(value)) == len(value)
            )
            if not ok:
                self.add(
                    path,
                    IssueCode.BAD_VALUE,
                    f"must be a non-empty list of different life-domain keys of 1 to {MAX_DOMAIN} characters",
                    value="",
                    allowed="",
                )


_BY_NAME: Final[dict[str, EntitySpec]] = {}


def _register(e: EntitySpec) -> None:
    _BY_NAME[e.name] = e
    for c in e.children:
        _register(c)


for _e in ENTITIES:
    _register(_e)


def validate(doc: Any) -> list[ImportIssue]:
    """Every problem of a parsed document, in file order (references last); [] when it can be imported."""
    v = _Validator()
    try:
        v.document(doc)
    except RecursionError:  # a document built in Python with a cycle or absurd nesting
        v.add("$", IssueCode.TOO_DEEP, "the JSON is nested too deeply")
    if v.more:
        v.issues.append(more_issue(v.more))
    return v.issues


def more_issue(count: int) -> ImportIssue:
    return ImportIssue("$", IssueCode.MORE, f"… and {count} more problem(s)", {"count": count})


def cap_issues(issues: list[ImportIssue]) -> list[ImportIssue]:
    """At most MAX_ISSUES issues, then one MORE issue counting the rest (an already capped list stays)."""
    total = issue_total(issues)
    kept = [i for i in issues if i.code is not IssueCode.MORE][:MAX_ISSUES]
    return [*kept, more_issue(total - len(kept))] if total > len(kept) else kept


def issue_total(issues: Sequence[ImportIssue]) -> int:
    """How many problems a (capped) list stands for: the MORE issue counts what it left out."""
    return sum(int(i.params.get("count", 0)) if i.code is IssueCode.MORE else 1 for i in issues)
