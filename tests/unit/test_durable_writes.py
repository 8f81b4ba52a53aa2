"""Durable, verified writes (issue 12, point 1): ``storage.durable`` is the one place that writes files.

Faults are injected at the OS call (``os.write`` returning fewer bytes than asked, or raising
ENOSPC, ``os.fsync`` failing) on real files in a temp folder; where this process may mount, a real
full tmpfs is used too. The last test reads the package's source and fails when code outside
``storage/durable.py`` opens a file for writing.
"""

from __future__ import annotations

import ast
import contextlib
import errno
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import durable
from livcr_desktop.storage.errors import DiskFullError, NoWriteAccessError, ReadOnlyMediaError, StorageFault
from livcr_desktop.storage.fileperms import write_private_file

PACKAGE = Path(__file__).resolve().parents[2] / "livcr_desktop"
OLD = b"the old contents, byte for byte\n" * 10
NEW = bytes(range(256)) * 300  # 76,800 bytes: several writes when they are short


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(durable.PART_SUFFIX))


@contextlib.contextmanager
def faulty_writes(
    monkeypatch: pytest.MonkeyPatch, folder: Path, behave: Callable[[int, int, bytes], int | None]
) -> Iterator[list[int]]:
    """Route ``os.write`` on files inside ``folder`` through ``behave(call_no, fd, data)``.

    ``behave`` returns how many bytes to really write (fewer: a short write), or raises; None means
    all. Writes to other files (pytest's own output) are untouched.
    """
    real_write = os.write
    calls: list[int] = []
    root = str(folder.resolve())

    def fake(fd: int, data: bytes | memoryview) -> int:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if not target.startswith(root):
            return real_write(fd, data)
        calls.append(len(data))
        n = behave(len(calls), fd, bytes(data))
        return real_write(fd, bytes(data)[: len(data) if n is None else n])

    monkeypatch.setattr(os, "write", fake)
    yield calls
    monkeypatch.setattr(os, "write", real_write)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "target.bin"
    path.write_bytes(OLD)  # the test's own fixture file, not the app's
    return path


# -- short writes ------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 7, 4096])
def test_short_writes_still_produce_the_whole_file(monkeypatch: pytest.MonkeyPatch, old_file: Path, limit: int) -> None:
    data = NEW[:5000] if limit == 1 else NEW
    with faulty_writes(monkeypatch, old_file.parent, lambda _n, _fd, d: min(limit, len(d))) as calls:
        assert durable.write_file(old_file, data) == len(data)
    assert len(calls) >= len(data) // limit  # the short writes really happened and were retried
    assert old_file.read_bytes() == data
    assert leftovers(old_file.parent) == []
    assert old_file.stat().st_mode & 0o777 == 0o600


def test_short_writes_in_a_streamed_csv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import csv

    rows = [[f"cel {i}", "x" * (i % 50)] for i in range(3000)]
    path = tmp_path / "out.csv"
    with (
        faulty_writes(monkeypatch, tmp_path, lambda _n, _fd, d: max(1, len(d) // 3)),
        durable.open_for_writing(path, text=True, newline="") as fh,
    ):
        csv.writer(fh, delimiter=";").writerows(rows)
    with open(path, newline="", encoding="utf-8") as fh:
        assert list(csv.reader(fh, delimiter=";")) == rows


def test_a_write_of_zero_bytes_is_a_full_disk(monkeypatch: pytest.MonkeyPatch, old_file: Path) -> None:
    with (
        faulty_writes(monkeypatch, old_file.parent, lambda n, _fd, _d: 0 if n >= 2 else 10),
        pytest.raises(DiskFullError) as info,
    ):
        durable.write_file(old_file, NEW)
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []
    assert info.value.megabytes_to_free() >= 1


# -- ENOSPC at any write -------------------------------------------------------------------------


def _enospc_at(k: int) -> Callable[[int, int, bytes], int | None]:
    def behave(n: int, _fd: int, data: bytes) -> int | None:
        if n == k:
            raise OSError(errno.ENOSPC, "No space left on device")
        return min(len(data), 10_000)  # short writes, so there are many calls to fail at

    return behave


@pytest.mark.parametrize("k", [1, 2, 5, 8])
def test_enospc_at_any_write_leaves_the_old_file_and_no_temp_file(
    monkeypatch: pytest.MonkeyPatch, old_file: Path, k: int
) -> None:
    with faulty_writes(monkeypatch, old_file.parent, _enospc_at(k)) as calls, pytest.raises(DiskFullError) as info:
        durable.write_file(old_file, NEW)
    assert len(calls) == k
    assert isinstance(info.value, OSError) and info.value.errno == errno.ENOSPC
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


@pytest.mark.parametrize("k", [1, 3])
def test_enospc_while_streaming_publishes_nothing(monkeypatch: pytest.MonkeyPatch, old_file: Path, k: int) -> None:
    with (
        faulty_writes(monkeypatch, old_file.parent, _enospc_at(k)),
        pytest.raises(DiskFullError),
        durable.open_for_writing(old_file) as fh,
    ):
        for _ in range(40):
            fh.write(NEW)
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_enospc_for_a_new_file_leaves_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with faulty_writes(monkeypatch, folder, _enospc_at(1)), pytest.raises(DiskFullError):
        durable.write_text(folder / "new.json", json.dumps({"a": 1}))
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_failing_fsync_leaves_the_old_file(monkeypatch: pytest.MonkeyPatch, old_file: Path) -> None:
    def bad_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", bad_fsync)
    with pytest.raises(OSError) as info:
        durable.write_file(old_file, NEW)
    assert info.value.errno == errno.EIO and not isinstance(info.value, StorageFault)
    monkeypatch.undo()
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_a_block_that_raises_publishes_nothing(old_file: Path) -> None:
    with pytest.raises(RuntimeError), durable.open_for_writing(old_file, text=True) as fh:
        fh.write("half a document")
        raise RuntimeError("the writer failed")
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


# -- verify ------------------------------------------------------------------------------------


def test_a_failing_verify_leaves_the_old_file(old_file: Path) -> None:
    seen: list[bytes] = []

    def verify(tmp: Path) -> None:
        seen.append(tmp.read_bytes())
        raise ValueError("does not parse")

    with pytest.raises(ValueError, match="does not parse"):
        durable.write_file(old_file, NEW, verify=verify)
    assert seen == [NEW]  # the callback saw the complete temporary file, before the rename
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_key_file_save_is_reread_and_parsed(tmp_path: Path) -> None:
    """``write_private_file(..., verify=KeyFile.load)``: a key file that does not parse is never published."""
    from livcr_desktop.services.unlock import create_vault
    from livcr_desktop.storage.errors import VaultError
    from livcr_desktop.storage.keyslots import TEST_KDF, KeyFile
    from livcr_desktop.storage.vault import key_path_for

    vault = create_vault(tmp_path / "k.vault", "correct horse battery staple", kdf=TEST_KDF)
    vault.close()
    kpath = key_path_for(tmp_path / "k.vault")
    good = kpath.read_bytes()

    def parses(p: Path) -> None:
        KeyFile.load(p)

    truncated = good[: len(good) // 2]
    with pytest.raises((VaultError, ValueError)):
        write_private_file(kpath, truncated, verify=parses)
    assert kpath.read_bytes() == good
    assert leftovers(tmp_path) == []
    write_private_file(kpath, good, verify=parses)  # a good one passes
    assert KeyFile.load(kpath).vault_id


# -- errors classified ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, DiskFullError),
        (errno.EDQUOT, DiskFullError),
        (errno.EROFS, ReadOnlyMediaError),
        (errno.EACCES, NoWriteAccessError),
    ],
)
def test_os_errors_become_storage_faults(
    monkeypatch: pytest.MonkeyPatch, old_file: Path, code: int, kind: type[StorageFault]
) -> None:
    def behave(_n: int, _fd: int, _d: bytes) -> int:
        raise OSError(code, os.strerror(code))

    with faulty_writes(monkeypatch, old_file.parent, behave), pytest.raises(kind) as info:
        durable.write_file(old_file, NEW)
    assert info.value.path == old_file
    assert old_file.read_bytes() == OLD


def test_remove_orphans_removes_only_our_temporary_files(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "export.json"
    ours = [tmp_path / f".export.json.{h}.part" for h in ("0a1b2c3d", "ffffffff")]
    theirs = [tmp_path / ".other.json.0a1b2c3d.part", tmp_path / "export.json.part", tmp_path / "export.json"]
    for p in ours + theirs:
        p.write_bytes(b"x")
    assert sorted(durable.remove_orphans(target)) == sorted(ours)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in theirs)


# -- a real full disk ----------------------------------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    folder.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {proc.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill the file system holding ``folder`` to the last byte (test set-up, not the app)."""
    with open(folder / "filler", "wb", buffering=0) as fh:  # the test's own filler, unbuffered
        for block in (1 << 16, 4096, 1):
            with contextlib.suppress(OSError):
                while fh.write(b"\0" * block):
                    pass


def test_a_real_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "mnt") as mnt:
        target = mnt / "keep.bin"
        target.write_bytes(OLD)
        fill(mnt)
        with pytest.raises(DiskFullError) as info:
            durable.write_file(target, NEW)
        assert target.read_bytes() == OLD
        assert leftovers(mnt) == []
        assert info.value.free_bytes is not None and info.value.free_bytes < len(NEW)
        (mnt / "filler").unlink()
        durable.write_file(target, NEW)
        assert target.read_bytes() == NEW


# -- no other code writes files ------------------------------------------------------------------

# Where the package may open a file for writing without storage.durable, and why. Every entry is
# (file, enclosing function). SQLite writes the database files itself (not through Python), so the
# vault needs no entry here.
ALLOWED_WRITERS: dict[tuple[str, str], str] = {
    # The rotating log appends line by line; a lost line on a full disk is acceptable, and a
    # temporary-file-and-rename per record is not. It is created 0600 from the first byte.
    ("hygiene.py", "_PrivateRotatingHandler._open"): "append-only log file",
    # An empty lock file held with flock while a new vault is built; it carries no data.
    ("storage/vault.py", "_lock_stage"): "lock file for building a new vault",
}

_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}
_SHUTIL_WRITERS = {"copy", "copy2", "copyfile", "move", "copytree"}


def _mode_writes(node: ast.Call, position: int) -> bool:
    mode: ast.expr | None = node.args[position] if len(node.args) > position else None
    for kw in node.keywords:
        if kw.arg == "mode":
            mode = kw.value
    if mode is None:
        return False
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(c in mode.value for c in "wax+")
    names = _names(mode)
    if names & {"WriteOnly", "ReadWrite", "Append", "Truncate", "NewOnly"}:  # QIODevice flags
        return True
    return "ReadOnly" not in names  # any other computed mode: assume it writes


def _names(node: ast.AST) -> set[str]:
    return {
        n.attr if isinstance(n, ast.Attribute) else n.id
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute | ast.Name)
    }


def writes_in(source: str) -> list[tuple[int, str, str]]:
    """(line, enclosing function, what) for every call in ``source`` that opens a file for writing."""
    tree = ast.parse(source)
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            inner = (
                [*scope, child.name]
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                else scope
            )
            if isinstance(child, ast.Call):
                what = _classify(child)
                if what:
                    found.append((child.lineno, ".".join(scope), what))
            visit(child, inner)

    visit(tree, [])
    return found


def _classify(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name) and func.id == "open" and _mode_writes(call, 1):
        return "open(..., write mode)"
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        if func.attr in ("write_bytes", "write_text") and owner != "durable":
            return f".{func.attr}()"
        if func.attr == "open" and owner == "os" and len(call.args) > 1 and _names(call.args[1]) & _WRITE_FLAGS:
            return "os.open(..., write flags)"
        if func.attr == "fdopen" and owner == "os" and _mode_writes(call, 1):
            return "os.fdopen(..., write mode)"
        if func.attr == "open" and owner != "os" and _mode_writes(call, 0):
            return ".open(write mode)"
        if owner == "shutil" and func.attr in _SHUTIL_WRITERS:
            return f"shutil.{func.attr}()"
    return ""


def test_the_scanner_finds_every_kind_of_write() -> None:
    """The scanner must be able to fail: each form it looks for is found in a sample."""
    sample = """
import os, shutil
def a(p):
    open(p, "w"); open(p, mode="ab"); open(p, "x"); open(p, "r+b")
    p.write_bytes(b""); p.write_text("")
    p.open("w"); f.open(QIODevice.OpenModeFlag.WriteOnly)
    os.open(p, os.O_WRONLY | os.O_CREAT, 0o600); os.open(p, os.O_RDWR)
    os.fdopen(3, "wb")
    shutil.copy(p, p); shutil.copyfile(p, p); shutil.move(p, p)
def b(p):
    open(p); open(p, "rb"); p.open(); os.open(p, os.O_RDONLY); p.read_bytes()
    f.open(QIODevice.OpenModeFlag.ReadOnly); durable.write_text(p, ""); durable.write_file(p, b"")
"""
    found = writes_in(sample)
    assert {scope for _l, scope, _w in found} == {"a"}
    assert len(found) == 14, found


def test_no_code_outside_storage_durable_opens_a_file_for_writing() -> None:
    offenders = []
    used: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel == "storage/durable.py":
            continue
        for line, scope, what in writes_in(path.read_text(encoding="utf-8")):
            if (rel, scope) in ALLOWED_WRITERS:
                used.add((rel, scope))
                continue
            offenders.append(f"livcr_desktop/{rel}:{line} in {scope or '<module>'}: {what}")
    assert offenders == [], "write through storage.durable instead:\n" + "\n".join(offenders)
    assert used == set(ALLOWED_WRITERS), f"stale allow-list entries: {set(ALLOWED_WRITERS) - used}"


# -- backups: durable copies, and what a killed backup left is cleaned up -------------------------


def test_a_killed_backups_leftovers_are_removed_at_the_next_listing(ctx: ServiceContext, tmp_path: Path) -> None:
    import fcntl

    from livcr_desktop.services import backup

    folder = tmp_path / "backups"
    made = backup.create_backup(ctx, directory=folder).info
    orphans = [
        ".20260101T000000Z.vault.0a1b2c3d.part",
        "20260101T000000Z.vault.part",
        "20260101T000000Z.vault.part-journal",
        "20260102T000000Z.vault",  # a database without its key file
        "20260103T000000Z.vault.keys",
        "20260103T000000Z.vault.json",
    ]  # a key file and manifest without it
    for name in orphans:
        (folder / name).write_bytes(b"half")
    kept = sorted(p.name for p in folder.iterdir() if p.name not in orphans)
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a backup running in another process: leave its files alone
        assert [i.path for i in backup.list_backups(ctx.vault.path, folder)] == [made.path]
        assert all((folder / name).exists() for name in orphans)
    finally:
        os.close(fd)
    assert [i.path for i in backup.list_backups(ctx.vault.path, folder)] == [made.path]
    assert sorted(p.name for p in folder.iterdir()) == kept


def test_a_backup_on_a_full_disk_leaves_nothing_behind(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from livcr_desktop.services import backup

    folder = tmp_path / "backups"
    first = backup.create_backup(ctx, directory=folder).info
    before = sorted(p.name for p in folder.iterdir())
    with faulty_writes(monkeypatch, folder, _enospc_at(1)), pytest.raises(DiskFullError):
        backup.create_backup(ctx, directory=folder)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert [i.path for i in backup.list_backups(ctx.vault.path, folder)] == [first.path]
    assert backup.file_intact(backup.list_backups(ctx.vault.path, folder)[0]) is True
