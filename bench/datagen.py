"""Deterministic vaults for the benchmarks, cached between runs.

* :func:`cases_vault`: a vault of ``n`` generated cases (seeded random, fixed dates), written with
  the app's own storage (``Vault.create`` with ``TEST_KDF``), reference data through the app's
  services (``services.reference``) and the cases as ORM bulk inserts (``insert(models.Case)``) in
  batches: ``services.cases.create_case`` one by one would take minutes at 100,000.
* :func:`demo_vault`: the app's demo vault (``views.app.prepare_demo_vault``: full-strength
  ``DEFAULT_KDF``), and :func:`demo_vault_cheap`: a copy of it whose only key slot is a cheap
  ``TEST_KDF`` slot added by the benchmark (never by the app), so start-up is not all Argon2id.
* :func:`new_vault`: empty databases for the encryption comparison (:data:`KINDS`), each wrapped in
  the app's :class:`Vault` so the services run on them unchanged.

Cached vaults live under ``/tmp/livcr-bench-cache`` (``$LIVCR_BENCH_CACHE``), keyed by size,
generator version and schema revision. Benchmarks never open a cached vault: they open a copy
(:func:`checkout`), because opening writes a login event.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.pool import QueuePool

from bench.common import cache_dir
from livcr_desktop.domain.enums import CaseStatus, Ideology, MemberKind, OrganisationSector, Phenomenon
from livcr_desktop.services import reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.demo.data import FIRST_NAMES, LAST_NAMES
from livcr_desktop.services.demo.data import PSEUDONYMS as PSEUDONYM_WORDS
from livcr_desktop.storage import audit, models, schema
from livcr_desktop.storage import engine as storage_engine
from livcr_desktop.storage.keyslots import DB_KEY_BYTES, TEST_KDF, KeyFile
from livcr_desktop.storage.vault import UnlockedBy, Vault, key_path_for

GENERATOR_VERSION: Final = 1
SEED: Final = 20_261_121
PASSPHRASE: Final = "bench-only passphrase, not a secret"
USER: Final = "bench"
VAULT_NAME: Final = "bench.vault"
BATCH: Final = 5_000

FIRST_DAY: Final = date(2015, 1, 1)
LAST_DAY: Final = date(2025, 12, 31)
REVIEW_BASE: Final = date(2026, 1, 1)  # next reviews of open cases fall around this fixed day

ORGANISATIONS: Final[tuple[tuple[str, str, OrganisationSector], ...]] = (
    ("Politiezone Benchdorp", "PZ", OrganisationSector.POLICE),
    ("Preventiedienst Benchdorp", "PREV", OrganisationSector.PREVENTION),
    ("OCMW Benchdorp", "OCMW", OrganisationSector.SOCIAL_WELFARE),
    ("Justitiehuis Benchdorp", "JH", OrganisationSector.JUSTICE),
    ("CAW Benchdorp", "CAW", OrganisationSector.WELFARE),
    ("CLB Benchdorp", "CLB", OrganisationSector.EDUCATION),
    ("CGG Benchdorp", "CGG", OrganisationSector.MENTAL_HEALTH),
    ("Jeugdwerking Benchdorp", "JEUGD", OrganisationSector.YOUTH),
)
MANAGERS: Final[tuple[str, ...]] = (
    "Ada Bankstel",
    "Bert Bureaula",
    "Cato Canapé",
    "Dirk Dressoir",
    "Eva Etagère",
    "Fons Fauteuil",
    "Greet Garderobe",
    "Hugo Hangkast",
    "Iris Ijskast",
    "Jan Jukebox",
    "Kaat Kapstok",
    "Lode Lampadaire",
)
NOTES: Final[tuple[str, ...]] = (
    "",
    "Signaal via de school; eerste gesprek met de casemanager gepland.",
    "Screening loopt. Informatie van de wijkagent en het CAW wordt verzameld voor de volgende zitting.",
    "Betrokkene werkt mee aan de begeleiding; geen nieuwe signalen sinds de vorige bespreking.",
)
STATUS_WEIGHTS: Final[tuple[tuple[CaseStatus, int], ...]] = (
    (CaseStatus.REGISTERED, 5),
    (CaseStatus.SCREENING, 10),
    (CaseStatus.FOLLOW_UP, 25),
    (CaseStatus.ESCALATED, 5),
    (CaseStatus.REFERRED_CLOSED, 20),
    (CaseStatus.CLOSED, 35),
)


# -- the generator ------------------------------------------------------------------------------


def add_reference_data(ctx: ServiceContext) -> tuple[list[int], list[int]]:
    """Organisations and case managers through the app's services: (organisation ids, member ids)."""
    org_ids = [reference.add_organisation(ctx, name, short, sector) for name, short, sector in ORGANISATIONS]
    prevention = org_ids[1]
    member_ids = [reference.add_member(ctx, name, prevention, "casemanager", MemberKind.CORE) for name in MANAGERS]
    return org_ids, member_ids


def case_rows(n: int, org_ids: list[int], member_ids: list[int]) -> Iterator[dict[str, Any]]:
    """``n`` case rows: the same seed gives the same rows (and the first k rows of every size agree)."""
    rng = random.Random(SEED)
    statuses = [s for s, _ in STATUS_WEIGHTS]
    weights = [w for _, w in STATUS_WEIGHTS]
    ideologies = list(Ideology)
    phenomena = list(Phenomenon)
    span = (LAST_DAY - FIRST_DAY).days + 1
    per_year: Counter[int] = Counter()
    for _ in range(n):
        registered = FIRST_DAY + timedelta(days=rng.randrange(span))
        per_year[registered.year] += 1
        status = rng.choices(statuses, weights)[0]
        named = rng.random() < 0.6
        minor = rng.random() < 0.25
        created = datetime.combine(registered, time(9, 0)) + timedelta(minutes=rng.randrange(600))
        closed_on = min(LAST_DAY, registered + timedelta(days=rng.randint(30, 700))) if status.is_closed else None
        review = None if status.is_closed else REVIEW_BASE + timedelta(days=rng.randint(-60, 300))
        yield {
            "code": f"LIVC-{registered.year}-{per_year[registered.year]:05d}",
            "pseudonym": f"{rng.choice(PSEUDONYM_WORDS)} {rng.randint(1, 999)}",
            "first_name": rng.choice(FIRST_NAMES) if named else "",
            "last_name": rng.choice(LAST_NAMES) if named else "",
            "birth_date": registered - timedelta(days=rng.randint(13 * 365, 60 * 365)) if named else None,
            "is_minor": minor,
            "phenomenon": rng.choice(phenomena),
            "ideology": rng.choice(ideologies) if rng.random() < 0.95 else None,
            "referrer_organisation_id": rng.choice(org_ids) if rng.random() < 0.8 else None,
            "referrer_sector": "",
            "registration_date": registered,
            "status": status,
            "case_manager_id": rng.choice(member_ids) if rng.random() < 0.85 else None,
            "next_review_date": review,
            "closed_on": closed_on,
            "on_next_agenda": rng.random() < 0.02,
            "screening_notes": rng.choice(NOTES),
            "created_at": created,
            "updated_at": created + timedelta(days=rng.randint(0, 60)),
        }


def insert_cases(vault: Vault, rows: Iterator[dict[str, Any]], batch: int = BATCH) -> int:
    """ORM bulk inserts (``session.execute(insert(models.Case), rows)``), one transaction per batch."""
    count = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= batch:
            with vault.session() as s:
                s.execute(insert(models.Case), chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        with vault.session() as s:
            s.execute(insert(models.Case), chunk)
        count += len(chunk)
    return count


def populate(vault: Vault, n: int) -> None:
    ctx = ServiceContext(vault, USER)
    org_ids, member_ids = add_reference_data(ctx)
    insert_cases(vault, case_rows(n, org_ids, member_ids))
    with vault.session() as s:
        audit.append(s, USER, "create", "bench", None, {"cases": n, "generator": GENERATOR_VERSION})


# -- engines without encryption (for the encryption ratio) ---------------------------------------


def _plain_engine(url: str, creator: Callable[[], Any] | None = None, module: Any = None) -> Engine:
    kwargs: dict[str, Any] = {"poolclass": QueuePool, "pool_size": 2, "max_overflow": 2}
    if creator is not None:
        kwargs["creator"] = creator
    if module is not None:
        kwargs["module"] = module
    engine = create_engine(url, **kwargs)
    # The app's own connection set-up (WAL, foreign keys, secure_delete, synchronous FULL): the
    # only difference from the vault is then the missing key.
    event.listen(engine, "connect", storage_engine._configure)
    return engine


def plain_engine(path: Path) -> Engine:
    """Python's ``sqlite3`` module (Debian's SQLite), the app's pragmas."""
    return _plain_engine(f"sqlite:///{path}")


def unkeyed_sqlcipher_engine(path: Path) -> Engine:
    """The same SQLite build as the vault (bundled in sqlcipher3) with no key: a control."""

    def creator() -> Any:
        return sqlcipher3.connect(str(path), check_same_thread=False, timeout=10.0)

    return _plain_engine("sqlite://", creator=creator, module=sqlcipher3)


def wrap_engine(path: Path, engine: Engine, key: bytes = bytes(DB_KEY_BYTES), alembic: bool = True) -> Vault:
    """A :class:`Vault` around an engine made here, so the app's services run on it unchanged.

    ``alembic``: the schema from the app's migrations (``schema.upgrade``); otherwise from the ORM
    metadata (``models.Base.metadata.create_all``: no FTS5 search index, no triggers).
    """
    if alembic:
        schema.upgrade(engine)
    else:
        models.Base.metadata.create_all(engine)
    key_file = KeyFile(vault_id="bench-engine", slots=[])
    return Vault(path, key_file, key, engine, UnlockedBy("none", "none", USER))


# Kinds of database for the encryption comparison.
KINDS: Final[dict[str, str]] = {
    "vault": "the app's vault (`Vault.create`: SQLCipher, raw key, schema from the Alembic migrations)",
    "vault-nokey": "the same schema (Alembic) and SQLite build (sqlcipher3) without a key",
    "orm-sqlcipher": "SQLCipher through the app's `make_engine` (raw key), schema from the ORM metadata",
    "orm-sqlite3": "Python's `sqlite3` module (Debian's SQLite), schema from the same ORM metadata",
}


def new_vault(path: Path, kind: str) -> Vault:
    """An empty database of ``kind`` (see :data:`KINDS`), as a :class:`Vault` the services accept."""
    if kind == "vault":
        return Vault.create(path, PASSPHRASE, user=USER, kdf=TEST_KDF)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if kind == "vault-nokey":
        return wrap_engine(path, unkeyed_sqlcipher_engine(path))
    if kind == "orm-sqlcipher":
        key = secrets.token_bytes(DB_KEY_BYTES)
        return wrap_engine(path, storage_engine.make_engine(path, key), key, alembic=False)
    if kind == "orm-sqlite3":
        return wrap_engine(path, plain_engine(path), alembic=False)
    raise ValueError(kind)


# -- the cache ----------------------------------------------------------------------------------


def _files(path: Path) -> list[Path]:
    return [p for p in (path, key_path_for(path)) if p.exists()]


def _cached(key: str, build: Callable[[Path], None]) -> Path:
    """``<cache>/<key>/bench.vault``, built once (into a temp folder, then renamed into place)."""
    final = cache_dir() / key
    vault = final / VAULT_NAME
    if vault.exists() and key_path_for(vault).exists():
        return vault
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=cache_dir()))
    try:
        build(tmp / VAULT_NAME)
        shutil.rmtree(final, ignore_errors=True)
        tmp.rename(final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return vault


def checkout(cached: Path, dest_dir: Path, name: str = VAULT_NAME) -> Path:
    """A private copy of a cached vault (database and key file) to open and change."""
    dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    dest = dest_dir / name
    for src in _files(cached):
        shutil.copy2(src, dest_dir / src.name.replace(cached.name, name))
    return dest


def cases_vault(n: int) -> Path:
    def build(path: Path) -> None:
        vault = new_vault(path, "vault")
        try:
            populate(vault, n)
        finally:
            vault.close()

    return _cached(f"cases-{n}-g{GENERATOR_VERSION}-{schema.head_revision()}", build)


def _demo_key() -> str:
    from livcr_desktop.services import demo

    sources = sorted(Path(demo.__file__).parent.glob("*.py"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:12]
    # The demo's dates are relative to today, so a demo vault is only reused on the day it was made.
    return f"demo-{date.today().isoformat()}-{digest}-{schema.head_revision()}"


def demo_vault() -> Path:
    """The app's own demo vault, made by the app's own code (full-strength key derivation)."""
    from livcr_desktop.views.app import prepare_demo_vault

    return _cached(_demo_key(), prepare_demo_vault)


def demo_vault_cheap() -> Path:
    """A copy of the demo vault whose only key slot is a cheap TEST_KDF slot (passphrase :data:`PASSPHRASE`)."""
    from livcr_desktop.services.demo import DEMO_PASSPHRASE

    source = demo_vault()

    def build(path: Path) -> None:
        copy = checkout(source, path.parent, path.name)
        vault = Vault.open_with_passphrase(copy, DEMO_PASSPHRASE)
        try:
            original = vault.unlocked_by.slot_id
            vault.add_passphrase_slot(vault.unlocked_by.user, PASSPHRASE, TEST_KDF)
            vault.remove_slot(original)
        finally:
            vault.close()

    return _cached(_demo_key() + "-cheap", build)


def prune_cache(keep: set[Path]) -> None:
    """Remove old demo vaults (they are per day) but keep the generated ones."""
    for entry in cache_dir().iterdir():
        if entry.name.startswith("demo-") and entry not in keep:
            shutil.rmtree(entry, ignore_errors=True)
