"""Process hygiene: no core dump of a crashed process, no secret in the logs, a clipboard that forgets,
printing without temporary files."""

from __future__ import annotations

import base64
import io
import logging
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QClipboard, QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import IntegrityError

from livcr_desktop import hygiene
from livcr_desktop.domain.enums import OrganisationSector
from livcr_desktop.storage import models
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views.widgets import clipboard
from livcr_desktop.views.widgets.pdf_print import paint_pdf
from tests.unit.test_vault import needle_forms

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY = "Hygiene-kanarie-0c4e2a"


# -- core dumps ----------------------------------------------------------------------------------

CRASHER = textwrap.dedent("""
    import os, resource, sys
    sys.path.insert(0, sys.argv[2])
    secret = ("{canary}" * 1000).encode()  # in memory when the process dies
    if sys.argv[1] == "hardened":
        from livcr_desktop.hygiene import harden_process
        report = harden_process()
        assert report.core_limit_zero and report.not_dumpable, report
        try:  # even when something raises the limit again, the process stays non-dumpable
            resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        except (ValueError, OSError):
            pass
    else:
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    os.abort()
""").replace("{canary}", CANARY)


def _core_files_possible() -> str:
    if not sys.platform.startswith("linux"):
        return "core dump test is for Linux"
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        return f"core_pattern {pattern!r} does not write into the working folder"
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        return "the hard core limit is already 0 here"
    return ""


@pytest.mark.skipif(bool(_core_files_possible()), reason=_core_files_possible() or "-")
@pytest.mark.parametrize("mode", ["control", "hardened"])
def test_a_crash_leaves_no_core_dump(mode: str, tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text(CRASHER)
    proc = subprocess.run(
        [sys.executable, str(script), mode, str(REPO_ROOT)], cwd=tmp_path, capture_output=True, timeout=60, check=False
    )
    assert proc.returncode < 0, proc.stderr  # killed by SIGABRT
    cores = [p for p in tmp_path.iterdir() if p.name.startswith("core")]
    if mode == "control":  # the test can see a core dump, and the secret in it
        assert cores and CANARY.encode() in cores[0].read_bytes()
    else:
        assert cores == []


def test_harden_process_reports_what_it_did(tmp_path: Path) -> None:
    code = (
        "import sys, resource; sys.path.insert(0, sys.argv[1]); from livcr_desktop.hygiene import harden_process;"
        "r = harden_process(); print(r.core_limit_zero, r.not_dumpable, resource.getrlimit(resource.RLIMIT_CORE));"
        "print(open('/proc/self/status').read())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(REPO_ROOT)], capture_output=True, text=True, timeout=60, check=True
    )
    first = proc.stdout.splitlines()[0]
    if sys.platform.startswith("linux"):
        assert first == "True True (0, 0)"
    else:
        assert first.startswith("True")


# -- logs ----------------------------------------------------------------------------------------


@pytest.fixture
def redacted_log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(hygiene.RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    logger = logging.getLogger("livcr_desktop.test_hygiene")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # the test reads its own handler; its warnings are on purpose, not failures
    yield logger, stream
    logger.propagate = True
    logger.removeHandler(handler)
    hygiene.SENSITIVE.clear()


def assert_no_canary(text: str, secret: str = CANARY) -> None:
    data = text.encode("utf-8")
    found = [form for form in needle_forms(secret) if form in data]
    assert found == [], text


def test_registered_values_never_reach_the_log(redacted_log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = redacted_log
    hygiene.register_sensitive(CANARY, "  ", "ab")  # blanks and very short values are ignored
    logger.info(f"opened case of {CANARY}")
    logger.info("identity %s revealed", CANARY)
    logger.warning("in lower case: %s", CANARY.lower())
    logger.info("encoded: %s", base64.b64encode(CANARY.encode()).decode())
    logger.info("encoded off by one: %s", base64.b64encode(b"x" + CANARY.encode()).decode())
    try:
        raise ValueError(f"bad value {CANARY}")
    except ValueError:
        logger.exception("failed")
    logger.info("nothing secret here: %d cases", 3)
    out = stream.getvalue()
    assert_no_canary(out)
    assert out.count(hygiene.REDACTED) >= 6
    assert "nothing secret here: 3 cases" in out and "ValueError" in out


def test_a_quoted_part_of_a_registered_text_is_redacted(redacted_log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = redacted_log
    hygiene.register_sensitive(f"Vertrouwelijk: moeder meldt {CANARY} en meer")
    logger.info("excerpt: %s", CANARY)
    logger.info("excerpt: %s", "moeder meldt")
    out = stream.getvalue()
    assert_no_canary(out)
    assert "moeder meldt" not in out


def test_generic_secrets_are_redacted(redacted_log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = redacted_log
    key = os.urandom(32).hex()
    logger.info("passphrase=correct-horse-battery")
    logger.info("Wachtwoordzin: geheim-zinnetje")
    logger.info(f"PRAGMA key = \"x'{key}'\"")
    logger.info("digest %s", key.upper())
    out = stream.getvalue()
    for secret in ("correct-horse-battery", "geheim-zinnetje", key, key.upper()):
        assert secret not in out, out


def test_log_file_is_private_and_redacted(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = hygiene.install_logging()
    try:
        assert path == data_dir / "logs" / hygiene.LOG_NAME
        assert hygiene.install_logging() == path  # idempotent: one handler
        hygiene.register_sensitive(CANARY)
        with caplog.at_level(logging.WARNING):  # a warning and an uncaught exception, on purpose
            logging.getLogger("livcr_desktop.services.cases").warning("read identity %s", CANARY)
            try:
                raise RuntimeError(f"boom {CANARY}")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        hygiene.remove_logging()
        hygiene.SENSITIVE.clear()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    assert "read identity" in text and "uncaught exception" in text and "RuntimeError" in text
    assert_no_canary(text)
    err = capsys.readouterr().err
    assert "internal error (RuntimeError)" in err
    assert_no_canary(err)


def test_database_errors_do_not_carry_values(vault: Vault) -> None:
    """SQLAlchemy's error text would quote the bound values: the engine hides them."""
    with vault.session() as s:
        s.add(models.Organisation(name=CANARY, short_name="X", sector=OrganisationSector.POLICE, active=True))
    with pytest.raises(IntegrityError) as info, vault.session() as s:
        s.add(models.Organisation(name=CANARY, short_name="Y", sector=OrganisationSector.POLICE, active=True))
    assert CANARY not in str(info.value)


# -- the clipboard -------------------------------------------------------------------------------


def test_copied_secret_is_cleared(qtbot: QtBot) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_sensitive(CANARY, seconds=0.2)
    assert board.text(QClipboard.Mode.Clipboard) == CANARY
    mime = board.mimeData(QClipboard.Mode.Clipboard)
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert clipboard.pending()
    qtbot.waitUntil(lambda: board.text(QClipboard.Mode.Clipboard) == "", timeout=3000)
    assert not clipboard.pending()


def test_clipboard_changed_by_the_user_is_left_alone(qtbot: QtBot) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_sensitive(CANARY, seconds=0.1)
    board.setText("iets anders dat de gebruiker kopieerde")
    qtbot.wait(300)
    assert board.text() == "iets anders dat de gebruiker kopieerde"
    board.clear()


def test_clipboard_cleared_at_once_on_lock(qtbot: QtBot) -> None:
    clipboard.copy_sensitive(CANARY, seconds=60)
    assert clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == ""
    assert not clipboard.clear_now()


# -- printing without temporary files ------------------------------------------------------------


def _pdf_with(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for page in range(2):
        c.drawString(72, 720, f"{text} page {page + 1}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def files_below(*folders: Path) -> set[Path]:
    return {p for f in folders if f.exists() for p in f.rglob("*") if p.is_file()}


def test_printing_and_preview_write_no_temporary_file(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    assert tempfile.gettempdir() == str(tmp)
    pdf = _pdf_with(CANARY)
    watched = (tmp, data_dir, Path(tempfile.gettempdir()))
    before = files_below(*watched)
    out = tmp_path / "printed" / "out.pdf"
    out.parent.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    assert paint_pdf(printer, pdf) == 2
    preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewWidget(preview_printer)
    qtbot.addWidget(preview)
    pages: list[int] = []
    preview.paintRequested.connect(lambda p: pages.append(paint_pdf(p, pdf)))
    preview.updatePreview()
    assert pages == [2]
    assert files_below(*watched) == before
    assert out.exists()  # the printer's own output, where it was asked to go
