"""Bounded import (issue 12, point 10): no file can hang the import or exhaust memory.

- Only regular files are read: a folder, ``/dev/zero``, a FIFO are refused before reading.
- A file over the byte limit is refused without being read; never more than limit + 1 bytes are read.
- A file within the byte limit but with too many JSON values is refused before parsing.
- Measured in a child process: a 200 MB file of small items is refused within 1 GB peak RSS.
- Deep nesting gives a clean error; error lists are capped with "… and N more".
- Bidirectional control characters are refused in exchange files and CSV files, with their place.
- Exports are written durably, owner-only; an import into a new path is staged.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import resource
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from livcr_desktop.services import csv_import, demo, exchange, exchange_validate
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.csv_import import CsvFileError, CsvImportError
from livcr_desktop.services.exchange import ExchangeError, ImportIssue, IssueCode
from livcr_desktop.services.exchange_spec import MAX_FILE_BYTES, MAX_ISSUES, MAX_JSON_VALUES
from livcr_desktop.services.unlock import create_vault
from livcr_desktop.storage import durable
from livcr_desktop.storage.errors import StorageFault
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.storage.vault import Vault, key_path_for
from tests.conftest import PASSPHRASE, TODAY

REPO = Path(__file__).resolve().parents[2]
GIB = 1 << 30
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def codes(issues: list[ImportIssue]) -> list[IssueCode]:
    return [i.code for i in issues]


def refused(path: Path) -> list[ImportIssue]:
    with pytest.raises(ExchangeError) as caught:
        exchange.read_document(path)
    return caught.value.issues


def within(seconds: float, call: Callable[[], object]) -> BaseException | None:
    """Run ``call`` in a thread; fail the test if it has not finished in ``seconds`` (a blocked read)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as e:
            outcome.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"still reading after {seconds} s: the read is not bounded"
    return outcome[0]


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("demo")
    vault = create_vault(folder / "demo.vault", PASSPHRASE, kdf=TEST_KDF)
    try:
        demo.populate(demo.demo_context(vault, TODAY))
        return exchange.export_vault(demo.demo_context(vault, TODAY))
    finally:
        vault.close()


# -- not a regular file -------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_is_refused_before_reading() -> None:
    error = within(5, lambda: exchange.read_document(Path("/dev/zero")))
    assert isinstance(error, ExchangeError)
    assert codes(error.issues) == [IssueCode.UNREADABLE]
    assert "a device, not a regular file" in error.issues[0].message
    csv_error = within(5, lambda: csv_import.read_csv_file(Path("/dev/zero")))
    assert isinstance(csv_error, CsvFileError) and csv_error.code == "unreadable"
    assert "not a regular file" in str(csv_error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    error = within(5, lambda: exchange.read_document(fifo))  # opening it for reading would block
    assert isinstance(error, ExchangeError) and codes(error.issues) == [IssueCode.UNREADABLE]
    assert "a named pipe" in error.issues[0].message
    csv_error = within(5, lambda: csv_import.read_csv_file(fifo))
    assert isinstance(csv_error, CsvFileError) and csv_error.code == "unreadable"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    issues = refused(tmp_path)
    assert codes(issues) == [IssueCode.UNREADABLE]
    with pytest.raises(CsvFileError) as caught:
        csv_import.read_csv_file(tmp_path)
    assert caught.value.code == "unreadable"


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    link = tmp_path / "innocent.json"
    link.symlink_to("/dev/zero")
    error = within(5, lambda: exchange.read_document(link))
    assert isinstance(error, ExchangeError) and codes(error.issues) == [IssueCode.UNREADABLE]


# -- bounded reading ----------------------------------------------------------------------------


def test_reading_stops_after_limit_plus_one_bytes_whatever_the_size_says() -> None:
    """``/proc`` files say they are 0 bytes long and are not: the reader must not trust ``st_size``."""
    maps = Path("/proc/self/maps")
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("needs Linux /proc (a regular file whose size says 0)")
    assert stat.S_ISREG(maps.stat().st_mode)
    with pytest.raises(exchange_validate.FileTooLargeError):
        exchange_validate.read_bounded(maps, 10)
    assert len(exchange_validate.read_bounded(maps, 10_000_000)) > 10


def test_read_bounded_reads_no_more_than_limit_plus_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 5000)
    asked: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        asked.append(n)
        return real_read(fd, n)

    real_fstat = os.fstat

    def size_says_zero(fd: int) -> os.stat_result:  # as a /proc file or a file still growing
        values = list(real_fstat(fd))
        values[stat.ST_SIZE] = 0
        return os.stat_result(values)

    with monkeypatch.context() as m:
        m.setattr(os, "fstat", size_says_zero)
        m.setattr(os, "read", counting_read)
        with pytest.raises(exchange_validate.FileTooLargeError):
            exchange_validate.read_bounded(big, 1000)
    assert sum(asked) <= 1001


def _write_repeated(path: Path, head: bytes, item: bytes, count: int, tail: bytes) -> None:
    chunk = item * 100_000
    with path.open("wb") as f:
        f.write(head)
        for _ in range(count // 100_000):
            f.write(chunk)
        f.write(item * (count % 100_000))
        f.write(tail)


CHILD = """
import json, resource, sys, time
start = time.perf_counter()
from livcr_desktop.services import exchange
try:
    doc = exchange.read_document(sys.argv[1])
    result = {"issues": [i.code.value for i in exchange.document_issues(doc)][:3]}
except exchange.ExchangeError as exc:
    result = {"refused": [i.code.value for i in exc.issues]}
result["seconds"] = time.perf_counter() - start
# VmHWM: this program's own peak (ru_maxrss would also count the parent's pages at fork, kept across exec)
with open("/proc/self/status", encoding="ascii") as fh:
    hwm = [line for line in fh if line.startswith("VmHWM:")]
result["maxrss_kib"] = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(result))
"""


def _measure(path: Path) -> tuple[dict[str, Any], int]:
    """Read and validate ``path`` in a child process: its result and its peak RSS in bytes.

    The child reports its own peak (``VmHWM``, reset when it executes Python; ``ru_maxrss`` is not, so
    a large parent such as a long test run would count); ``RUSAGE_CHILDREN`` must not be below it.
    """
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss >= result["maxrss_kib"]
    return result, int(result["maxrss_kib"]) * 1024


def test_a_200_mb_file_of_small_items_is_refused_within_1_gb(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    _write_repeated(big, b'{"format": "livcr-exchange", "version": 1, "cases": [', b"{},", 200_000_000 // 3, b"{}]}")
    assert big.stat().st_size >= 200_000_000
    started = time.perf_counter()
    result, peak = _measure(big)
    assert result.get("refused") == ["too_large"], result
    assert peak < GIB, f"peak RSS {peak / 2**20:.0f} MiB"
    assert time.perf_counter() - started < 30


def test_a_file_within_the_byte_limit_with_too_many_values_is_refused_before_parsing(tmp_path: Path) -> None:
    """Just under 64 MiB of ``[],``: 22 million lists if parsed (about 1.4 GB); refused by counting."""
    many = tmp_path / "many.json"
    count = (MAX_FILE_BYTES - 100) // 3
    assert count > MAX_JSON_VALUES
    _write_repeated(many, b'{"format": "livcr-exchange", "version": 1, "cases": [', b"[],", count, b"[]]}")
    assert many.stat().st_size <= MAX_FILE_BYTES
    result, peak = _measure(many)
    assert result.get("refused") == ["too_many_values"], result
    assert peak < GIB / 2, f"peak RSS {peak / 2**20:.0f} MiB"


def test_value_bound_counts_what_parsing_could_make() -> None:
    assert exchange_validate.value_bound(b"{}") == 2
    assert exchange_validate.value_bound(b'[1, 2, {"a": [3]}]') == 6  # 4 values + 2 containers, an upper bound
    text = json.dumps({"a": [1, 2, 3], "b": {"c": "x,y"}}).encode()
    assert exchange_validate.value_bound(text) >= 7  # the comma inside "x,y" counts too: a bound, not a count


def test_deep_nesting_gives_a_clean_error(tmp_path: Path) -> None:
    for data in (b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000):
        deep = tmp_path / "deep.json"
        deep.write_bytes(data)
        assert codes(refused(deep)) == [IssueCode.TOO_DEEP]
        assert codes(exchange.parse(data)[1]) == [IssueCode.TOO_DEEP]


# -- capped issue lists -------------------------------------------------------------------------


def test_issue_lists_are_capped_with_and_n_more(demo_doc: dict[str, Any], ctx: ServiceContext) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["cases"] = [{"oops": i} for i in range(400)]  # each: unknown field and missing required fields
    issues = exchange.validate(doc)
    assert len(issues) == MAX_ISSUES + 1
    assert issues[-1].code is IssueCode.MORE and issues[-1].message.startswith("… and ")
    total = exchange.issue_total(issues)
    assert total > 400 and issues[-1].params["count"] == total - MAX_ISSUES
    assert f"{issues[-1].params['count']} more" in str(issues[-1])
    assert all(i.path.startswith("$.cases[") for i in issues[:MAX_ISSUES])  # the first ones, in file order
    with pytest.raises(ExchangeError) as caught:
        exchange.import_document(ctx, doc)
    assert caught.value.issues == issues  # already capped: kept as it is
    assert str(caught.value).startswith(f"{total} problem(s)")


def test_exchange_error_caps_a_long_list() -> None:
    many = [ImportIssue(f"$.cases[{i}]", IssueCode.REQUIRED, "required field is missing") for i in range(120)]
    error = ExchangeError(many)
    assert len(error.issues) == MAX_ISSUES + 1
    assert error.issues[-1].params == {"count": 120 - MAX_ISSUES}
    assert exchange.issue_total(error.issues) == 120
    assert ExchangeError(many[:3]).issues == many[:3]


def test_csv_import_error_caps_a_long_list(ctx: ServiceContext) -> None:
    rows = "\r\n".join(f"LIVC-2026-{i:03d};31/02/2026;radicalisme" for i in range(1, 121))
    table = csv_import.read_csv(f"Dossiernummer;Aanmeldingsdatum;Fenomeen\r\n{rows}\r\n".encode())
    mapping = csv_import.propose_mapping(table.header)
    with pytest.raises(CsvImportError) as caught:
        csv_import.import_cases(ctx, table, mapping)
    assert caught.value.total == 120
    assert len(caught.value.issues) == csv_import.MAX_ISSUES + 1
    more = caught.value.issues[-1]
    assert (more.row, more.code) == (0, "more") and str(more) == f"… and {120 - csv_import.MAX_ISSUES} more problem(s)"


def test_a_csv_line_of_millions_of_cells_is_refused_before_parsing() -> None:
    data = b"Dossiernummer;Aanmeldingsdatum\r\n" + b";" * (csv_import.MAX_CELLS + 10)
    with pytest.raises(CsvFileError) as caught:
        csv_import.read_csv(data)
    assert caught.value.code == "too_many_cells"


# -- bidirectional control characters -----------------------------------------------------------


@pytest.mark.parametrize("char", list(BIDI))
def test_an_exchange_file_with_a_bidi_control_is_refused_with_its_place(demo_doc: dict[str, Any], char: str) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["cases"][2]["pseudonym"] = f"evil{char}fdp.exe"
    doc["meetings"][0]["agenda"][0]["title"] = f"agenda{char}"
    issues = exchange.document_issues(doc)
    assert [(i.path, i.code) for i in issues] == [
        ("$.cases[2].pseudonym", IssueCode.BAD_CHARACTERS),
        ("$.meetings[0].agenda[0].title", IssueCode.BAD_CHARACTERS),
    ]
    assert issues[0].params == {"character": f"U+{ord(char):04X}"}
    assert f"U+{ord(char):04X}" in issues[0].message and "bidirectional" in issues[0].message


def test_bidi_controls_are_refused_in_settings_values_and_keys(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["settings"]["cell_name"] = "LIVC-R \u2067Testdorp\u2069"
    doc["settings"]["custom\u202e"] = 1
    doc["settings"]["extra"] = {"nested": ["ok", "x\u202ay"]}
    found = {(i.path, i.code) for i in exchange.document_issues(doc)}
    assert ("$.settings.cell_name", IssueCode.BAD_CHARACTERS) in found
    assert ('$.settings["custom\\u202e"]', IssueCode.BAD_FORMAT) in found
    assert ("$.settings.extra.nested[1]", IssueCode.BAD_CHARACTERS) in found


def test_plain_direction_marks_stay_allowed(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["cases"][0]["screening_notes"] = "Arabic name \u200f\u0645\u062d\u0645\u062f\u200e, LRM and RLM are fine"
    assert exchange.document_issues(doc) == []


def test_a_csv_row_with_a_bidi_control_is_refused_with_row_and_column(ctx: ServiceContext) -> None:
    data = (
        "Dossiernummer;Naam;Aanmeldingsdatum;Fenomeen;Opmerkingen\r\n"
        "LIVC-2026-001;Peeters;01/02/2026;radicalisme;ok\r\n"
        "LIVC-2026-002;evil\u202efdp.exe;01/02/2026;radicalisme;verborgen \u2066tekst\u2069\r\n"
    ).encode()
    table = csv_import.read_csv(data)
    result = csv_import.convert(ctx, table, csv_import.propose_mapping(table.header))
    assert [(i.row, i.column, i.field, i.code) for i in result.issues] == [
        (3, "Naam", "last_name", "bad_characters"),
        (3, "Opmerkingen", "screening_notes", "bad_characters"),
    ]
    assert "bidirectional" in str(result.issues[0]) and str(result.issues[0]).startswith("row 3, column 'Naam'")
    with pytest.raises(CsvImportError):
        csv_import.import_cases(ctx, table, csv_import.propose_mapping(table.header))


# -- writing and staged import ------------------------------------------------------------------


def test_write_document_is_durable_and_owner_only(
    tmp_path: Path, demo_doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "export.json"
    exchange.write_document(out, demo_doc)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert exchange.read_document(out) == demo_doc
    before = out.read_bytes()

    def full(fd: int, data: bytes | bytearray | memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(durable, "write_all", full)
    with pytest.raises(StorageFault):
        exchange.write_document(out, {**demo_doc, "generator": "changed"})
    assert out.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["export.json"]  # no temporary file left


def test_import_into_a_new_path_publishes_only_a_complete_vault(
    tmp_path: Path, demo_doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "imported.vault"
    calls: list[int] = []

    def failing_run(self: Any, doc: dict[str, Any]) -> None:
        calls.append(len(doc))
        raise RuntimeError("killed half-way")

    with monkeypatch.context() as m:
        m.setattr(exchange._Importer, "run", failing_run)
        with pytest.raises(RuntimeError):
            exchange.import_into_new_vault(target, PASSPHRASE, demo_doc, kdf=TEST_KDF)
    assert calls
    assert list(folder.iterdir()) == []  # no vault, no key file, no staged leftovers
    vault, summary = exchange.import_into_new_vault(target, PASSPHRASE, demo_doc, kdf=TEST_KDF)
    try:
        assert summary.counts == exchange.document_counts(demo_doc)
        assert vault.path == target and key_path_for(target).exists()
    finally:
        vault.close()
    reopened = Vault.open_with_passphrase(target, PASSPHRASE)
    reopened.close()
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "imported.vault",
        "imported.vault.keys",
    ]
