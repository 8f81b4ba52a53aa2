"""Encrypted backups: after each finalised meeting and on demand, rotated, restorable.

A backup is three files in ``<data dir>/backups/<vault name>/``:

- ``<UTC time>.vault``: ``sqlcipher_export`` of the database, encrypted with the *same* database
  key (live rows only: no free pages, so nothing erased lingers in it);
- ``<UTC time>.vault.keys``: a copy of the vault's key file, so the passphrases that opened the
  vault at that moment open the backup (and the audit head recorded just before the export);
- ``<UTC time>.vault.json``: a plain manifest with no case data (time, reason, event count, schema
  revision, the backup file's SHA-256), to list and check backups without a passphrase.

All three are 0600 in a 0700 folder. Only the newest N are kept (setting ``backups_keep``, default 10).
Every file is written through :mod:`storage.durable` (temporary name, every byte written, fsync, size
check, rename, folder fsync); a backup killed half-way leaves only temporary files (``.part``, SQLite
``-journal``) or an incomplete set, which the next backup or listing removes (under a lock on the
folder, so a backup running in another process is left alone).

Restore copies the backup into a staging folder beside the vault, opens that copy with the
passphrase, requires ``PRAGMA integrity_check`` = ok, a schema revision this version knows and the
LIVC-R tables, and only then keeps the current vault aside (``<vault>.replaced-<time>`` + ``.keys``)
and swaps the copy in. A refused backup changes no byte. The key file of the restored database is
written as ``<vault>.keys.pending`` (naming that database) first, so a crash in the middle of the
swap is finished by the next open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from sqlalchemy import exc as sa_exc

from livcr_desktop import __version__, paths
from livcr_desktop.domain.roles import Permission, PermissionDenied, Role, allows
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import audit, durable, models
from livcr_desktop.storage.errors import NotAVaultError, StorageFault, VaultError, as_storage_fault
from livcr_desktop.storage.fileperms import write_private_file
from livcr_desktop.storage.keyslots import KeyFile
from livcr_desktop.storage.vault import (
    AuditHead,
    Vault,
    VaultFileInfo,
    database_salt,
    inspect_vault_file,
    key_path_for,
    pending_key_path_for,
)

BACKUPS_KEEP_SETTING: Final = "backups_keep"
DEFAULT_KEEP: Final = 10
MAX_KEEP: Final = 100
STAMP_FORMAT: Final = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(\d{8}T\d{6}Z)(?:-(\d+))?\.vault$")

_log = logging.getLogger(__name__)


class OtherVaultError(VaultError):
    """The backup belongs to another vault (another vault id): refused unless asked for explicitly."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path  # the ``.vault`` file
    created_at: datetime  # UTC, from the file name
    size: int
    reason: str  # manual | finalise | before_rotation | ... ("" when the manifest is missing)
    events: int | None
    revision: str
    sha256: str

    @property
    def key_path(self) -> Path:
        return key_path_for(self.path)

    @property
    def manifest_path(self) -> Path:
        return manifest_path_for(self.path)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class BackupResult:
    info: BackupInfo
    removed: tuple[Path, ...] = field(default=())


@dataclass(slots=True)
class RestoreResult:
    info: VaultFileInfo  # what the restored backup holds
    replaced: Path | None  # where the previous vault was kept (None: there was none)
    vault: Vault | None = None  # the restored vault, open, when asked for


def manifest_path_for(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def backup_dir(vault_path: Path) -> Path:
    """``<data dir>/backups/<vault file name without .vault>``."""
    return paths.data_dir() / "backups" / Path(vault_path).stem


def _private_dir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- settings ------------------------------------------------------------------------------------


# The key, default and range are those of ``domain.settings.BACKUPS_KEEP`` (the settings screen edits
# the same row); read and written here directly so this module does not depend on that one.


def backup_keep(ctx: ServiceContext) -> int:
    """How many backups are kept (setting ``backups_keep``, default 10)."""
    with ctx.vault.session() as s:
        row = s.get(models.Setting, BACKUPS_KEEP_SETTING)
    try:
        value = int(json.loads(row.value)) if row is not None else DEFAULT_KEEP
    except (ValueError, TypeError):
        return DEFAULT_KEEP
    return value if 1 <= value <= MAX_KEEP else DEFAULT_KEEP


def set_backup_keep(ctx: ServiceContext, keep: int) -> None:
    """Change how many backups are kept (chair only; audited with the value before and after)."""
    ctx.require(Permission.ADMINISTER)
    if not 1 <= keep <= MAX_KEEP:
        raise ValueError(f"keep between 1 and {MAX_KEEP} backups")
    before = backup_keep(ctx)
    with ctx.vault.session() as s:
        s.merge(models.Setting(key=BACKUPS_KEEP_SETTING, value=json.dumps(keep)))
        audit.append(
            s, ctx.user, "update", "setting", None, {"key": BACKUPS_KEEP_SETTING, "before": before, "after": keep}
        )


# -- listing -------------------------------------------------------------------------------------


@contextlib.contextmanager
def _folder_lock(folder: Path, *, wait: bool) -> Iterator[bool]:
    """An exclusive lock on the backup folder while a backup is written or orphans are removed.

    Yields whether the lock was taken (``wait=False`` gives up at once when another process, or this
    one, holds it). Where locks do not exist (Windows), always yields True.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield True
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield wait
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            if wait:
                raise
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing releases the lock


def _is_orphan(p: Path) -> bool:
    """A file a killed backup left: a temporary file, an SQLite journal, or an incomplete set."""
    name = p.name
    if name.endswith((durable.PART_SUFFIX, "-journal", ".part-journal")):
        return True
    if name.endswith(".vault.keys"):
        return (
            _NAME.match(name.removesuffix(".keys")) is not None and not p.with_name(name.removesuffix(".keys")).exists()
        )
    if name.endswith(".vault.json"):
        return (
            _NAME.match(name.removesuffix(".json")) is not None and not p.with_name(name.removesuffix(".json")).exists()
        )
    if _NAME.match(name):
        return not key_path_for(p).exists()  # the key file is written after the database
    return False


def remove_orphans(folder: Path) -> list[Path]:
    """Remove what a killed backup left in ``folder``; returns the removed paths (none when busy)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    with _folder_lock(folder, wait=False) as locked:
        if locked:
            removed = _remove_orphans_locked(folder)
    return removed


def _remove_orphans_locked(folder: Path) -> list[Path]:
    removed: list[Path] = []
    for p in sorted(folder.iterdir()):
        if p.is_file() and _is_orphan(p):
            try:
                p.unlink()
            except FileNotFoundError:
                continue
            except OSError:  # a read-only or foreign folder: listing still works
                continue
            removed.append(p)
    if removed:
        _log.info("removed %d file(s) left by an interrupted backup", len(removed))
    return removed


def list_backups(vault_path: Path, directory: Path | None = None) -> list[BackupInfo]:
    """The backups of ``vault_path``, oldest first (only complete ones: database and key file).

    Files left by a killed backup are removed first (unless a backup is being written right now).
    """
    folder = directory or backup_dir(vault_path)
    if not folder.is_dir():
        return []
    remove_orphans(folder)
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m is None or not p.is_file() or not key_path_for(p).is_file():
            continue
        try:
            size = p.stat().st_size
        except OSError:
            continue
        created = datetime.strptime(m.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
        reason, events, revision, sha = "", None, "", ""
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            doc = json.loads(manifest_path_for(p).read_text(encoding="utf-8"))
            reason, revision, sha = str(doc.get("reason", "")), str(doc.get("schema", "")), str(doc.get("sha256", ""))
            events = int(doc["events"]) if doc.get("events") is not None else None
        found.append((created, int(m.group(2) or 0), BackupInfo(p, created, size, reason, events, revision, sha)))
    return [info for _c, _n, info in sorted(found, key=lambda t: (t[0], t[1]))]


def file_intact(info: BackupInfo) -> bool | None:
    """Whether the backup file still has the SHA-256 of its manifest (None: no manifest hash)."""
    if not info.sha256:
        return None
    return _sha256(info.path) == info.sha256


# -- making backups ------------------------------------------------------------------------------


def create_backup(
    ctx: ServiceContext, reason: str = "manual", keep: int | None = None, directory: Path | None = None
) -> BackupResult:
    """A backup on demand (needs the administer permission), then rotation to the newest ``keep``."""
    ctx.require(Permission.ADMINISTER)
    return _create(ctx, reason, keep, directory, meeting_id=None)


def backup_after_finalise(ctx: ServiceContext, meeting_id: int | None = None) -> BackupInfo | None:
    """The automatic backup after a meeting's minutes were finalised. Never raises: a failure is
    logged (without case data) and audited, and the finalised minutes stay as they are."""
    try:
        return _create(ctx, "finalise", None, None, meeting_id).info
    except (OSError, VaultError, sa_exc.SQLAlchemyError) as e:
        _log.warning("automatic backup after finalising failed: %s", type(e).__name__)
        with contextlib.suppress(sa_exc.SQLAlchemyError), ctx.vault.session() as s:
            audit.append(
                s,
                ctx.user,
                "backup_failed",
                "vault",
                None,
                {"reason": "finalise", "meeting": meeting_id, "error": type(e).__name__},
            )
        return None


def _create(
    ctx: ServiceContext, reason: str, keep: int | None, directory: Path | None, meeting_id: int | None
) -> BackupResult:
    vault = ctx.vault
    try:
        folder = _private_dir(directory or backup_dir(vault.path))
    except OSError as e:
        raise as_storage_fault(e, directory or backup_dir(vault.path)) from e
    with _folder_lock(folder, wait=True):
        _remove_orphans_locked(folder)
        target, now, head, revision, sha = _write_backup(vault, folder, reason, meeting_id)
    info = BackupInfo(target, now.replace(microsecond=0), target.stat().st_size, reason, head.events, revision, sha)
    removed = rotate(vault.path, keep if keep is not None else backup_keep(ctx), folder)
    with vault.session() as s:
        audit.append(
            s,
            ctx.user,
            "backup",
            "vault",
            None,
            {
                "file": target.name,
                "reason": reason,
                "meeting": meeting_id,
                "events": head.events,
                "removed": [p.name for p in removed],
            },
        )
    return BackupResult(info, tuple(removed))


def _write_backup(
    vault: Vault, folder: Path, reason: str, meeting_id: int | None
) -> tuple[Path, datetime, AuditHead, str, str]:
    now = datetime.now(UTC)
    stamp = now.strftime(STAMP_FORMAT)
    # Several backups in one second get -2, -3, ...: always above the highest suffix still there, so
    # a name freed by rotation is never reused (it would sort as the oldest and be rotated out).
    taken = [
        m
        for p in folder.iterdir()
        if (m := _NAME.match(p.name.removesuffix(".keys").removesuffix(".json"))) and m.group(1) == stamp
    ]
    n = max((int(m.group(2) or 1) for m in taken), default=0) + 1
    target = folder / (f"{stamp}.vault" if n == 1 else f"{stamp}-{n}.vault")
    head = vault.record_audit_head()  # the backup's key file carries it, authenticated
    revision = vault.schema_revision() or ""
    try:
        vault.export_copy(target)
        write_private_file(key_path_for(target), key_path_for(vault.path).read_bytes(), verify=_parses_as_key_file)
        sha = _sha256(target)
        manifest = {
            "format": "livcr-desktop-backup",
            "created_at": now.isoformat(timespec="seconds"),
            "reason": reason,
            "meeting": meeting_id,
            "events": head.events,
            "schema": revision,
            "app_version": __version__,
            "sha256": sha,
            "vault_id": vault.key_file.vault_id,
        }
        write_private_file(manifest_path_for(target), (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    except BaseException as e:
        for p in (target, key_path_for(target), manifest_path_for(target)):
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)
        _remove_orphans_locked(folder)  # the export's own ``.part`` and journal
        if isinstance(e, Exception) and not isinstance(e, StorageFault):
            fault = as_storage_fault(e, target)  # the SQLite export hit a full or read-only disk
            if isinstance(fault, StorageFault):
                raise fault from e
        raise
    return target, now, head, revision, sha


def _parses_as_key_file(path: Path) -> None:
    KeyFile.load(path)


def rotate(vault_path: Path, keep: int, directory: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the removed ``.vault`` paths."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    backups = list_backups(vault_path, directory)
    removed = []
    for info in backups[: max(0, len(backups) - keep)]:
        for p in (info.path, info.key_path, info.manifest_path):
            p.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


# -- restoring -----------------------------------------------------------------------------------


def _read_chunks(src: Path) -> Iterator[bytes]:
    with open(src, "rb") as fh:
        while chunk := fh.read(1 << 20):
            yield chunk


def _copy_private(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` (0600) durably: every byte written, fsync, size checked, renamed."""
    if dst.exists():
        raise FileExistsError(17, "File exists", str(dst))
    expected = src.stat().st_size
    written = durable.write_file(dst, _read_chunks(src))
    if written != expected:  # the source changed while it was copied
        dst.unlink(missing_ok=True)
        raise durable.ShortWriteError(5, f"copied {written} of {expected} bytes of {src.name}")


@contextlib.contextmanager
def _staged(vault_path: Path, backup: Path) -> Iterator[Path]:
    """A private copy of the backup (database and key file) in a folder beside the vault."""
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = vault_path.parent / f".{vault_path.name}.restore-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        db = staging / "restore.vault"
        if not backup.is_file():
            raise NotAVaultError(f"no backup file at {backup}")
        _copy_private(backup, db)
        if key_path_for(backup).is_file():
            _copy_private(key_path_for(backup), key_path_for(db))
        yield db
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _check_staged(db: Path, passphrase: str, vault_path: Path, allow_other_vault: bool) -> VaultFileInfo:
    info = inspect_vault_file(db, key_path_for(db), passphrase)
    if info.role is not None and (
        info.role not in {r.value for r in Role} or not allows(Role(info.role), Permission.ADMINISTER)
    ):
        role = Role(info.role) if info.role in {r.value for r in Role} else Role.READ_ONLY
        raise PermissionDenied(role, Permission.ADMINISTER)
    if not allow_other_vault and key_path_for(vault_path).exists():
        try:
            current_id = KeyFile.load(key_path_for(vault_path)).vault_id
        except VaultError:
            current_id = None  # the current key file is damaged: restoring is how one recovers
        if current_id is not None and current_id != info.vault_id:
            raise OtherVaultError("the backup belongs to another vault")
    return info


def check_backup(backup: Path, passphrase: str, vault_path: Path, allow_other_vault: bool = False) -> VaultFileInfo:
    """Every check of :func:`restore_backup`, on a private copy; changes nothing.

    Raises NotAVaultError, WrongPassphraseError, CorruptVaultError, NewerVaultError, OtherVaultError
    or PermissionDenied (the passphrase belongs to a user who may not administer that vault).
    """
    with _staged(Path(vault_path), Path(backup)) as db:
        return _check_staged(db, passphrase, Path(vault_path), allow_other_vault)


def restore_backup(
    vault_path: Path,
    backup: Path,
    passphrase: str,
    *,
    allow_other_vault: bool = False,
    requested_by: str = "",
    keep_open: bool = False,
) -> RestoreResult:
    """Replace the (closed) vault at ``vault_path`` with ``backup``, keeping the current one aside.

    Checks as :func:`check_backup` first; nothing is touched when one fails. Afterwards the
    restored vault is opened once to append a ``restore`` event (and kept open with ``keep_open``).
    The vault must not be open anywhere (close the window's vault first).
    """
    vault_path, backup = Path(vault_path), Path(backup)
    kpath = key_path_for(vault_path)
    replaced: Path | None = None
    replaced_events: int | None = None
    with _staged(vault_path, backup) as db:
        info = _check_staged(db, passphrase, vault_path, allow_other_vault)
        restored_keys = KeyFile.load(key_path_for(db))
        stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
        if vault_path.exists():
            replaced = vault_path.with_name(f"{vault_path.name}.replaced-{stamp}")
            n = 1
            while replaced.exists():
                n += 1
                replaced = vault_path.with_name(f"{vault_path.name}.replaced-{stamp}-{n}")
            for suffix in ("-wal", "-shm"):  # a WAL left by a crash belongs to the replaced database
                side = vault_path.with_name(vault_path.name + suffix)
                if side.exists():
                    os.replace(side, replaced.with_name(replaced.name + suffix))
            _link_or_copy(vault_path, replaced)
            if kpath.exists():
                _link_or_copy(kpath, key_path_for(replaced))
                with contextlib.suppress(VaultError):
                    old_head = KeyFile.load(kpath).audit_head
                    head = AuditHead.from_dict(old_head) if old_head else None
                    replaced_events = head.events if head else None
            restored_keys.for_database = database_salt(db)
            restored_keys.save(pending_key_path_for(vault_path))
            durable.replace(db, vault_path)
            restored_keys.for_database = ""
            restored_keys.save(kpath)
            pending_key_path_for(vault_path).unlink(missing_ok=True)
        else:
            if kpath.exists():  # a key file without its database: keep it aside all the same
                orphan = vault_path.with_name(f"{vault_path.name}.replaced-{stamp}")
                _link_or_copy(kpath, key_path_for(orphan))
            for suffix in ("-wal", "-shm"):
                vault_path.with_name(vault_path.name + suffix).unlink(missing_ok=True)
            restored_keys.save(kpath)
            durable.replace(db, vault_path)
    vault = Vault.open_with_passphrase(vault_path, passphrase)
    try:
        with vault.session() as s:
            audit.append(
                s,
                vault.unlocked_by.user,
                "restore",
                "vault",
                None,
                {
                    "backup": backup.name,
                    "backup_recorded_at": info.audit_head.recorded_at if info.audit_head else "",
                    "backup_events": info.events,
                    "replaced_kept_as": replaced.name if replaced else None,
                    "replaced_events": replaced_events,
                    "requested_by": requested_by or vault.unlocked_by.user,
                },
            )
    except BaseException:
        vault.close()
        raise
    if not keep_open:
        vault.close()
        return RestoreResult(info, replaced)
    return RestoreResult(info, replaced, vault)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        _copy_private(src, dst)
