"""``livcr-desktop minutes`` and ``sign`` (issue 14, point 2): each variant takes only its own options,
``--finalise`` refuses a meeting still running, ``--stored`` writes the bytes the vault holds, ``sign``
signs them into the chair's, then the secretary's field, with the passwords on standard input."""

from __future__ import annotations

import hashlib
import io
import logging
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from livcr_desktop import cli, hygiene
from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.services import meetings, minutes
from livcr_desktop.services.context import ServiceContext
from tests.conftest import PASSPHRASE
from tests.helpers.certs import make_p12
from tests.helpers.meeting_factory import Cell, make_meeting
from tests.helpers.recorded_meeting import pages_text


def run(
    capsys: pytest.CaptureFixture[str], *argv: str | Path, stdin: tuple[str, ...] = (PASSPHRASE,)
) -> tuple[int, str, str]:
    """``cli.main`` in this process, with ``stdin`` as its standard input (one line each)."""
    hook = sys.excepthook
    level = logging.getLogger().level
    capsys.readouterr()
    try:
        with pytest.MonkeyPatch.context() as mp:
            # cli.main would harden the test runner for good (core limit 0, inherited by every later child)
            mp.setattr(hygiene, "harden_process", lambda: hygiene.HardeningReport(False, False))
            mp.setattr(sys, "stdin", io.StringIO("".join(line + "\n" for line in stdin)))
            code = cli.main([str(a) for a in argv])
    finally:
        hygiene.remove_logging()
        logging.getLogger().setLevel(level)
        sys.excepthook = hook
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str, contains: str) -> None:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("livcr-desktop: ") and contains in lines[0], err


def test_each_variant_takes_only_its_own_options(
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cell, mid = recorded
    out = tmp_path / "x.pdf"
    base = ("minutes", "--vault", vault_path, "--meeting", str(mid), "--out", out)
    refused = {
        ("--variant", "full", "--organisation", str(cell.orgs["PZ"])): "--organisation does not apply",
        ("--variant", "actions"): "needs --organisation",
        ("--variant", "actions", "--organisation", "1", "--with-identity"): "--with-identity does not apply",
    }
    for extra, words in refused.items():
        code, _out, err = run(capsys, *base, *extra, stdin=())
        one_line_error(code, err, words)
    assert not out.exists()

    code, stdout, err = run(capsys, *base, "--variant", "actions", "--organisation", str(cell.orgs["PZ"]))
    assert code == 0, err
    assert "NOT encrypted" in err and str(out) in stdout
    text = " ".join(pages_text(out.read_bytes()))
    assert "Melding aan de LTF" in text and "Schuldhulp opstarten" not in text  # only the police's action

    # the full minutes hold every case of the meeting (no filter left over from another variant)
    code, _stdout, err = run(capsys, *base)
    assert code == 0, err
    text = " ".join(pages_text(out.read_bytes()))
    assert all(code_ in text for code_ in ("LIVC-2026-001", "LIVC-2026-003"))


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (("--variant", "feedback"), "invalid choice: 'feedback'"),
        (("--variant", "referrer_letter"), "invalid choice: 'referrer_letter'"),
        (("--case", "1"), "unrecognized arguments: --case 1"),
    ],
    ids=["feedback", "referrer_letter", "case"],
)
def test_the_retired_feedback_and_letter_variants_are_a_usage_error(
    extra: tuple[str, ...],
    words: str,
    recorded: tuple[Cell, int],
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The feedback form and the letter are the commands feedback-form and letter (issue 17): the old minutes
    variants are argparse's usage error (exit 2) before the vault is opened, and nothing is written."""
    _cell, mid = recorded
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exited:
        run(capsys, "minutes", "--vault", vault_path, "--meeting", str(mid), *extra, "--out", out, stdin=())
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage: livcr-desktop" in err and words in err, err
    assert not out.exists()


def test_finalise_is_refused_for_a_meeting_still_running(
    ctx: ServiceContext, recorded: tuple[Cell, int], vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cell, _mid = recorded
    running = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, running)
    code, _out, err = run(capsys, "minutes", "--vault", vault_path, "--meeting", str(running), "--finalise")
    one_line_error(code, err, "not closed yet")
    assert meetings.get_meeting(ctx, running).status is MeetingStatus.IN_PROGRESS
    assert minutes.documents(ctx, running) == []


def test_stored_before_finalising_says_so(
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _cell, mid = recorded
    out = tmp_path / "verslag.pdf"
    code, _out, err = run(capsys, "minutes", "--vault", vault_path, "--meeting", str(mid), "--stored", "--out", out)
    one_line_error(code, err, "not finalised yet")
    assert not out.exists()


def test_finalise_sign_twice_and_write_the_stored_document(
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _cell, mid = recorded
    meeting = ("--vault", vault_path, "--meeting", str(mid))
    code, stdout, err = run(capsys, "minutes", *meeting, "--finalise")
    assert code == 0, err
    assert "finalised" in stdout
    again = run(capsys, "minutes", *meeting, "--finalise")
    one_line_error(again[0], again[2], "finalised already")

    make_p12(tmp_path / "chair.p12", "Voorzitter Test", "geheim-1")
    make_p12(tmp_path / "sec.p12", "Secretaris Test", "geheim-2")
    sign = ("sign", *meeting)
    code, _out, err = run(
        capsys, *sign, "--role", "secretary", "--pkcs12", tmp_path / "sec.p12", stdin=(PASSPHRASE, "geheim-2")
    )
    one_line_error(code, err, "the chair signs first")
    code, _out, err = run(
        capsys, *sign, "--role", "chair", "--pkcs12", tmp_path / "chair.p12", stdin=(PASSPHRASE, "fout")
    )
    one_line_error(code, err, "password of the PKCS#12 file is wrong")
    assert [d.signed_by for d in minutes.documents(ctx, mid)] == [""]  # nothing stored

    code, stdout, err = run(
        capsys, *sign, "--role", "chair", "--pkcs12", tmp_path / "chair.p12", stdin=(PASSPHRASE, "geheim-1")
    )
    assert code == 0, err
    assert "signed as chair (voorzitter)" in stdout and "geheim" not in stdout + err
    signed = tmp_path / "ondertekend.pdf"
    code, _out, err = run(
        capsys,
        *sign,
        "--role",
        "secretary",
        "--pkcs12",
        tmp_path / "sec.p12",
        "--out",
        signed,
        stdin=(PASSPHRASE, "geheim-2"),
    )
    assert code == 0, err
    latest = minutes.documents(ctx, mid)[-1]
    assert latest.signed_by == "voorzitter,secretaris"
    assert hashlib.sha256(signed.read_bytes()).hexdigest() == latest.sha256

    stored = tmp_path / "bewaard.pdf"
    code, stdout, err = run(capsys, "minutes", *meeting, "--stored", "--out", stored)
    assert code == 0, err
    assert stored.read_bytes() == minutes.document_pdf(ctx, latest.id)
    assert "signed by voorzitter and secretaris" in stdout and "NOT encrypted" in err
    fields = PdfReader(io.BytesIO(stored.read_bytes())).get_fields() or {}
    assert {"voorzitter", "secretaris"} <= set(fields)

    # once finalised, the full minutes on the command line are the stored document, never a re-render
    full = tmp_path / "volledig.pdf"
    code, _out, err = run(capsys, "minutes", *meeting, "--variant", "full", "--out", full)
    assert code == 0, err
    assert full.read_bytes() == stored.read_bytes()
    code, _out, err = run(capsys, *sign, "--role", "chair", "--pkcs12", tmp_path / "chair.p12")
    one_line_error(code, err, "already")
