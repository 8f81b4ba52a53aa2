"""The cell's settings in one declarative table: key, type, default, limits and descriptions.

Values are stored in the vault's ``setting`` table as JSON text under the key (a string, a
number, a list or an object); the logo is a base64 string of the image bytes. Code that read the
table before this module existed keeps working: ``minutes`` reads ``language``, ``municipality``
and ``cell_name`` as JSON strings, ``assessment`` reads ``assessment_domains`` as a JSON list of
strings, the app reads ``idle_lock_minutes`` as a number.

:func:`validate` normalises a value (stripped text, a tuple of keys, ...) or raises
:class:`InvalidSetting` with codes the views translate; :func:`decode` reads stored text back and
falls back to the default when the stored value is damaged or no longer valid.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Generic, TypeVar

from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS

T = TypeVar("T")

SettingValue = str | int | bytes | tuple[str, ...] | dict[str, str]

MAX_LOGO_BYTES: Final[int] = 512 * 1024
PNG_MAGIC: Final[bytes] = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC: Final[bytes] = b"\xff\xd8\xff"
DOMAIN_KEY_PATTERN: Final[re.Pattern[str]] = re.compile(r"^[a-z][a-z0-9_]{1,39}$")  # column is String(60)
MAX_DOMAINS: Final[int] = 30
MAX_LABEL: Final[int] = 80


class SettingKind(StrEnum):
    TEXT = "text"  # str
    INTEGER = "integer"  # int within [minimum, maximum]
    CHOICE = "choice"  # str, one of choices
    IMAGE = "image"  # bytes (PNG or JPEG), b"" for none; stored base64
    KEY_LIST = "key_list"  # tuple of short slugs, unique, in order
    LABEL_MAP = "label_map"  # {slug: label}


class SettingProblem(StrEnum):
    UNKNOWN = "unknown"  # no such setting
    WRONG_TYPE = "wrong_type"
    REQUIRED = "required"
    TOO_LONG = "too_long"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    NOT_A_CHOICE = "not_a_choice"
    NOT_AN_IMAGE = "not_an_image"  # neither PNG nor JPEG
    IMAGE_TOO_LARGE = "image_too_large"
    BAD_KEY = "bad_key"  # not a short slug (a-z, 0-9, _; 2 to 40 characters, starting with a letter)
    DUPLICATE = "duplicate"
    EMPTY = "empty"
    TOO_MANY = "too_many"


@dataclass(frozen=True, slots=True)
class SettingIssue:
    key: str
    problem: SettingProblem
    item: str = ""  # the offending list item or map key, when there is one


class InvalidSetting(ValueError):
    """Raised when a value is refused; nothing has been written."""

    def __init__(self, issues: Sequence[SettingIssue]) -> None:
        super().__init__(", ".join(f"{i.key}: {i.problem.value}" + (f" ({i.item})" if i.item else "") for i in issues))
        self.issues = list(issues)


@dataclass(frozen=True, slots=True)
class Texts:
    nl: str
    fr: str
    en: str

    def get(self, language: str) -> str:
        return {"nl": self.nl, "fr": self.fr, "en": self.en}.get(language, self.nl)


@dataclass(frozen=True, slots=True)
class SettingSpec(Generic[T]):
    key: str
    kind: SettingKind
    default: T
    label: Texts
    description: Texts
    minimum: int | None = None  # INTEGER: smallest value; TEXT: shortest length
    maximum: int | None = None  # INTEGER: largest value; TEXT: longest length; IMAGE: bytes; lists: items
    choices: tuple[str, ...] = ()
    unit: Texts | None = None


CELL_NAME: Final[SettingSpec[str]] = SettingSpec(
    "cell_name",
    SettingKind.TEXT,
    "LIVC-R",
    Texts("Naam van de cel", "Nom de la cellule", "Cell name"),
    Texts(
        'Naam van de cel zoals op verslagen en statistieken, bv. "LIVC-R Fictiefdonk".',
        "Nom de la cellule sur les procès-verbaux et statistiques, p. ex. « CSIL-R Fictiefdonk ».",
        'The cell\'s name on minutes and statistics, e.g. "LIVC-R Fictiefdonk".',
    ),
    minimum=1,
    maximum=120,
)
MUNICIPALITY: Final[SettingSpec[str]] = SettingSpec(
    "municipality",
    SettingKind.TEXT,
    "",
    Texts("Gemeente(n)", "Commune(s)", "Municipality"),
    Texts(
        "De gemeente of gemeenten van de cel (een cel kan meerdere gemeenten bedienen).",
        "La ou les communes de la cellule (une cellule peut desservir plusieurs communes).",
        "The municipality or municipalities the cell serves.",
    ),
    maximum=200,
)
LANGUAGE: Final[SettingSpec[str]] = SettingSpec(
    "language",
    SettingKind.CHOICE,
    "nl",
    Texts("Taal van de documenten", "Langue des documents", "Document language"),
    Texts(
        "Taal van verslagen, terugkoppelingen en statistieken van de cel.",
        "Langue des procès-verbaux, retours et statistiques de la cellule.",
        "Language of the cell's minutes, feedback forms and statistics.",
    ),
    choices=("nl", "fr", "en"),
)
LOGO: Final[SettingSpec[bytes]] = SettingSpec(
    "logo",
    SettingKind.IMAGE,
    b"",
    Texts("Logo voor de PDF's", "Logo pour les PDF", "Logo for the PDFs"),
    Texts(
        "PNG- of JPEG-afbeelding van hoogstens 512 KB, bovenaan de PDF-documenten.",
        "Image PNG ou JPEG de 512 Ko au plus, en tête des documents PDF.",
        "PNG or JPEG image of at most 512 KB, at the top of the PDF documents.",
    ),
    maximum=MAX_LOGO_BYTES,
)
RETENTION_YEARS: Final[SettingSpec[int]] = SettingSpec(
    "retention_years",
    SettingKind.INTEGER,
    5,
    Texts("Bewaartermijn", "Délai de conservation", "Retention period"),
    Texts(
        "Afgesloten dossiers ouder dan deze termijn worden voorgesteld voor wissing of anonimisering.",
        "Les dossiers clôturés plus anciens sont proposés à l'effacement ou à l'anonymisation.",
        "Closed cases older than this are listed for erasure or anonymisation.",
    ),
    minimum=1,
    maximum=30,
    unit=Texts("jaar", "ans", "years"),
)
IDLE_LOCK_MINUTES: Final[SettingSpec[int]] = SettingSpec(
    "idle_lock_minutes",
    SettingKind.INTEGER,
    5,
    Texts("Vergrendelen na inactiviteit", "Verrouillage après inactivité", "Lock when idle"),
    Texts(
        "Na zoveel minuten zonder toetsenbord of muis wordt de toepassing vergrendeld.",
        "L'application se verrouille après ce nombre de minutes sans clavier ni souris.",
        "The application locks after this many minutes without keyboard or mouse.",
    ),
    minimum=1,
    maximum=120,
    unit=Texts("minuten", "minutes", "minutes"),
)
MEETING_MINUTES: Final[SettingSpec[int]] = SettingSpec(
    "meeting_minutes",
    SettingKind.INTEGER,
    120,
    Texts("Standaardduur van een vergadering", "Durée par défaut d'une réunion", "Default meeting length"),
    Texts(
        "Voorgestelde duur bij het plannen van een nieuwe vergadering.",
        "Durée proposée lors de la planification d'une nouvelle réunion.",
        "Proposed length when planning a new meeting.",
    ),
    minimum=30,
    maximum=480,
    unit=Texts("minuten", "minutes", "minutes"),
)
BACKUPS_KEEP: Final[SettingSpec[int]] = SettingSpec(
    "backups_keep",
    SettingKind.INTEGER,
    10,
    Texts("Aantal bewaarde back-ups", "Nombre de sauvegardes conservées", "Backups to keep"),
    Texts(
        "Zoveel van de recentste back-ups worden bewaard; oudere worden verwijderd.",
        "Les sauvegardes les plus récentes sont conservées en ce nombre ; les plus anciennes sont supprimées.",
        "How many of the most recent backups are kept; older ones are removed.",
    ),
    minimum=1,
    maximum=100,
)
ASSESSMENT_DOMAINS: Final[SettingSpec[tuple[str, ...]]] = SettingSpec(
    "assessment_domains",
    SettingKind.KEY_LIST,
    DEFAULT_LIFE_DOMAINS,
    Texts(
        "Levensdomeinen van het inschattingsrooster",
        "Domaines de vie de la grille d'analyse",
        "Life domains of the assessment grid",
    ),
    Texts(
        "De domeinen en hun volgorde. Eigen domeinen krijgen een korte sleutel (a-z, 0-9, _) en een naam.",
        "Les domaines et leur ordre. Les domaines propres reçoivent une clé courte (a-z, 0-9, _) et un nom.",
        "The domains and their order. Own domains get a short key (a-z, 0-9, _) and a name.",
    ),
    minimum=1,
    maximum=MAX_DOMAINS,
)
ASSESSMENT_DOMAIN_LABELS: Final[SettingSpec[dict[str, str]]] = SettingSpec(
    "assessment_domain_labels",
    SettingKind.LABEL_MAP,
    {},
    Texts("Namen van eigen levensdomeinen", "Noms des domaines propres", "Names of own life domains"),
    Texts(
        "Naam per sleutel van een eigen domein (de standaarddomeinen hebben vertaalde namen).",
        "Nom par clé d'un domaine propre (les domaines par défaut ont des noms traduits).",
        "Name per key of an own domain (the default domains have translated names).",
    ),
    maximum=MAX_DOMAINS * 2,
)

SPECS: Final[tuple[SettingSpec[Any], ...]] = (
    CELL_NAME,
    MUNICIPALITY,
    LANGUAGE,
    LOGO,
    RETENTION_YEARS,
    IDLE_LOCK_MINUTES,
    MEETING_MINUTES,
    BACKUPS_KEEP,
    ASSESSMENT_DOMAINS,
    ASSESSMENT_DOMAIN_LABELS,
)
BY_KEY: Final[dict[str, SettingSpec[Any]]] = {spec.key: spec for spec in SPECS}


def spec_for(key: str) -> SettingSpec[Any]:
    try:
        return BY_KEY[key]
    except KeyError:
        raise InvalidSetting([SettingIssue(key, SettingProblem.UNKNOWN)]) from None


def image_format(data: bytes) -> str | None:
    """ "png", "jpeg" or None, from the file's signature."""
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    return None


def _fail(spec: SettingSpec[Any], problem: SettingProblem, item: str = "") -> InvalidSetting:
    return InvalidSetting([SettingIssue(spec.key, problem, item)])


def _text(spec: SettingSpec[Any], value: object) -> str:
    if not isinstance(value, str):
        raise _fail(spec, SettingProblem.WRONG_TYPE)
    text = " ".join(value.split())  # one line: no tabs, newlines or doubled spaces
    if spec.minimum and len(text) < spec.minimum:
        raise _fail(spec, SettingProblem.REQUIRED)
    if spec.maximum is not None and len(text) > spec.maximum:
        raise _fail(spec, SettingProblem.TOO_LONG)
    return text


def _integer(spec: SettingSpec[Any], value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _fail(spec, SettingProblem.WRONG_TYPE)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise _fail(spec, SettingProblem.WRONG_TYPE) from None
    if isinstance(value, float):
        if not value.is_integer():
            raise _fail(spec, SettingProblem.WRONG_TYPE)
        value = int(value)
    if spec.minimum is not None and value < spec.minimum:
        raise _fail(spec, SettingProblem.TOO_SMALL)
    if spec.maximum is not None and value > spec.maximum:
        raise _fail(spec, SettingProblem.TOO_LARGE)
    return value


def _image(spec: SettingSpec[Any], value: object) -> bytes:
    if isinstance(value, bytearray | memoryview):
        value = bytes(value)
    if not isinstance(value, bytes):
        raise _fail(spec, SettingProblem.WRONG_TYPE)
    if not value:
        return b""  # no logo
    if spec.maximum is not None and len(value) > spec.maximum:
        raise _fail(spec, SettingProblem.IMAGE_TOO_LARGE)
    if image_format(value) is None:
        raise _fail(spec, SettingProblem.NOT_AN_IMAGE)
    return value


def _key(spec: SettingSpec[Any], value: object) -> str:
    if not isinstance(value, str):
        raise _fail(spec, SettingProblem.WRONG_TYPE)
    if not DOMAIN_KEY_PATTERN.match(value):
        raise _fail(spec, SettingProblem.BAD_KEY, value)
    return value


def _key_list(spec: SettingSpec[Any], value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise _fail(spec, SettingProblem.WRONG_TYPE)
    keys = tuple(_key(spec, item) for item in value)
    if not keys:
        raise _fail(spec, SettingProblem.EMPTY)
    if spec.maximum is not None and len(keys) > spec.maximum:
        raise _fail(spec, SettingProblem.TOO_MANY)
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise _fail(spec, SettingProblem.DUPLICATE, key)
        seen.add(key)
    return keys


def _label_map(spec: SettingSpec[Any], value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _fail(spec, SettingProblem.WRONG_TYPE)
    if spec.maximum is not None and len(value) > spec.maximum:
        raise _fail(spec, SettingProblem.TOO_MANY)
    out: dict[str, str] = {}
    for key, label in value.items():
        key = _key(spec, key)
        if not isinstance(label, str):
            raise _fail(spec, SettingProblem.WRONG_TYPE, key)
        text = " ".join(label.split())
        if not text:
            raise _fail(spec, SettingProblem.REQUIRED, key)
        if len(text) > MAX_LABEL:
            raise _fail(spec, SettingProblem.TOO_LONG, key)
        out[key] = text
    return dict(sorted(out.items()))


def validate(key: str, value: object) -> SettingValue:
    """The normalised value, or InvalidSetting naming the problem."""
    spec = spec_for(key)
    match spec.kind:
        case SettingKind.TEXT:
            return _text(spec, value)
        case SettingKind.INTEGER:
            return _integer(spec, value)
        case SettingKind.CHOICE:
            if not isinstance(value, str):
                raise _fail(spec, SettingProblem.WRONG_TYPE)
            if value not in spec.choices:
                raise _fail(spec, SettingProblem.NOT_A_CHOICE, value)
            return value
        case SettingKind.IMAGE:
            return _image(spec, value)
        case SettingKind.KEY_LIST:
            return _key_list(spec, value)
        case SettingKind.LABEL_MAP:
            return _label_map(spec, value)
    raise AssertionError(spec.kind)  # pragma: no cover


def encode(key: str, value: SettingValue) -> str:
    """The stored JSON text of a validated value."""
    spec = spec_for(key)
    if spec.kind is SettingKind.IMAGE:
        assert isinstance(value, bytes)
        payload: Any = base64.b64encode(value).decode("ascii")
    elif isinstance(value, tuple):
        payload = list(value)
    else:
        payload = value
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def decode(key: str, stored: str | None) -> SettingValue:
    """The value of stored text; the default when missing, damaged or no longer valid."""
    spec = spec_for(key)
    default: SettingValue = dict(spec.default) if isinstance(spec.default, dict) else spec.default  # a fresh copy
    if stored is None:
        return default
    try:
        raw: Any = json.loads(stored)
    except ValueError:
        raw = stored  # a bare string written by hand or an older version
    if spec.kind is SettingKind.IMAGE:
        if not isinstance(raw, str):
            return default
        try:
            raw = base64.b64decode(raw.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return default
    try:
        return validate(key, raw)
    except InvalidSetting:
        return default


def describe(value: SettingValue) -> Any:
    """A short, JSON-able form of a value for the audit log (an image by size and SHA-256)."""
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()} if value else None
    if isinstance(value, tuple):
        return list(value)
    return value
