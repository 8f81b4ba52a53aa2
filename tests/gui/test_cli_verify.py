"""``verify`` exits 1 whenever its verdict is not OK: also for an intact signature by an untrusted signer,
and when no ``--trust`` is given (issue 12, point 11)."""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop import cli, hygiene
from livcr_desktop.reports.model import SignatureBox
from livcr_desktop.services.context import ServiceContext
from tests.conftest import PASSPHRASE
from tests.helpers.certs import make_p12
from tests.helpers.meeting_factory import Cell


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Verslag 2026/07 - test")
    c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from livcr_desktop.reports import signing

    folder = tmp_path_factory.mktemp("verify")
    cert = make_p12(folder / "chair.p12", "Voorzitter Test", "p12-wachtwoord")
    other = make_p12(folder / "other.p12", "Iemand Anders", "ander")
    pdf = signing.sign_pdf(
        _pdf(),
        signing.load_pkcs12(folder / "chair.p12", "p12-wachtwoord"),
        SignatureBox("voorzitter", 0, (72, 72, 272, 132)),
        "Voorzitter Test",
    )
    flipped = bytearray(pdf)
    flipped[len(pdf) // 3] ^= 0x01
    files = {
        "signed.pdf": pdf,
        "tampered.pdf": bytes(flipped),
        "unsigned.pdf": _pdf(),
        "chair.der": cert,
        "other.der": other,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)  # test inputs
    return {name: folder / name for name in files}


def verify(
    capsys: pytest.CaptureFixture[str], *argv: str | Path, caplog: pytest.LogCaptureFixture | None = None
) -> tuple[int, str, str]:
    """Run ``verify`` in this process; pyHanko logs an untrusted signer as a warning (expected there)."""
    hook = sys.excepthook
    level = logging.getLogger().level
    capsys.readouterr()
    try:
        with (
            caplog.at_level(logging.WARNING, logger="pyhanko") if caplog else contextlib.nullcontext(),
            pytest.MonkeyPatch.context() as mp,
        ):
            # cli.main would harden the test runner for good (core limit 0, inherited by every later
            # child): hardening is tested in test_hygiene and through the real CLI.
            mp.setattr(hygiene, "harden_process", lambda: hygiene.HardeningReport(False, False))
            code = cli.main(["verify", *(str(a) for a in argv)])
    finally:
        hygiene.remove_logging()
        logging.getLogger().setLevel(level)
        sys.excepthook = hook
    out, err = capsys.readouterr()
    return code, out, err


def test_trusted_intact_signature_is_ok(signed: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = verify(capsys, signed["signed.pdf"], "--trust", signed["chair.der"])
    assert code == 0, out
    assert "unchanged since signing, trusted, verdict OK" in out


def test_without_trust_the_signer_is_not_trusted_and_the_exit_code_is_1(
    signed: dict[str, Path], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    code, out, err = verify(capsys, signed["signed.pdf"], caplog=caplog)
    assert code == 1, out
    assert "unchanged since signing, signer not trusted, verdict NOT OK (signer not trusted)" in out
    assert err == ""


def test_a_signer_other_than_the_trusted_one_is_not_ok(
    signed: dict[str, Path], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    code, out, _ = verify(capsys, signed["signed.pdf"], "--trust", signed["other.der"], caplog=caplog)
    assert code == 1
    assert "verdict NOT OK (signer not trusted)" in out


@pytest.mark.parametrize("name", ["tampered.pdf", "unsigned.pdf"])
def test_tampered_or_unsigned_is_not_ok(
    name: str, signed: dict[str, Path], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    code, out, _ = verify(capsys, signed[name], "--trust", signed["chair.der"], caplog=caplog)
    assert code == 1
    assert "verdict OK" not in out


def test_a_trust_file_that_is_not_a_certificate_is_one_line(
    signed: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = verify(capsys, signed["signed.pdf"], "--trust", tmp_path / "missing.pem")
    assert code == 1 and err.startswith("livcr-desktop: cannot read") and len(err.splitlines()) == 1


def test_help_says_what_no_trust_means(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["verify", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "without it no signer is trusted" in text and "NOT OK (signer not trusted)" in text


# -- one verdict for the window and the command line (issue 13, point 1) --------------------------------


def test_the_window_and_the_command_line_give_the_same_verdict(
    qtbot: QtBot,
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from livcr_desktop.reports import signing
    from livcr_desktop.services import minutes, signatures
    from livcr_desktop.views import tasks
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

    _cell, mid = recorded
    unsigned = minutes.finalise(ctx, mid)
    chair_der = make_p12(tmp_path / "chair.p12", "Voorzitter Test", "geheim-1")
    signed = signatures.sign_minutes(ctx, mid, signatures.Pkcs12File(tmp_path / "chair.p12", "geheim-1"))
    assert signed.field_name == "voorzitter"
    stored = minutes.document_pdf(ctx, signed.document.id)
    flipped = bytearray(stored)
    flipped[len(stored) // 3] ^= 0x01
    elsewhere = signing.sign_pdf(
        _pdf(),
        signing.load_pkcs12(tmp_path / "chair.p12", "geheim-1"),
        SignatureBox("voorzitter", 0, (72, 72, 272, 132)),
        "Voorzitter Test",
    )
    cases = {  # name: (file, trusted?, the verdict expected)
        "intact and trusted": (stored, True, "ok"),
        "intact, signer not trusted": (stored, False, "untrusted"),
        "tampered": (stored + b"%extra\n", True, "tampered"),
        "a flipped byte": (bytes(flipped), True, None),  # unreadable or tampered: never ok, the same in both
        "unsigned": (minutes.document_pdf(ctx, unsigned.id), True, "unsigned"),
        "not in the vault": (elsewhere, True, "not_in_vault"),
    }
    (tmp_path / "chair.der").write_bytes(chair_der)
    for n, (data, _trusted, _expected) in enumerate(cases.values()):
        (tmp_path / f"{n}.pdf").write_bytes(data)  # test input: the file the user picks

    dlg = MinutesDialog(ctx, mid)
    qtbot.addWidget(dlg)
    window: dict[str, str] = {}
    for n, (name, (_data, trusted, _expected)) in enumerate(cases.items()):
        dlg.trust_roots = [chair_der] if trusted else []
        with caplog.at_level(logging.WARNING, logger="pyhanko"):
            dlg.verify_path(tmp_path / f"{n}.pdf")
            assert not dlg.verify_button.isEnabled() or tasks.running_tasks() == 0  # busy meanwhile
            qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=30_000)
        assert dlg.last_verdict is not None and dlg.outcome
        window[name] = dlg.last_verdict.code
    ctx.vault.close()

    command: dict[str, str] = {}
    words = {w: c for c, w in cli.VERDICT_WORDS.items()}
    for n, (name, (_data, trusted, _expected)) in enumerate(cases.items()):
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        trust: list[str | Path] = ["--trust", tmp_path / "chair.der"] if trusted else []
        code, out, err = verify(capsys, tmp_path / f"{n}.pdf", *trust, "--vault", vault_path, caplog=caplog)
        assert err == "", err
        command[name] = words[out.splitlines()[-1].removeprefix("verdict: ")]
        assert code == (0 if command[name] == "ok" else 1), out
    assert command == window
    for name, (_data, _trusted, expected) in cases.items():
        assert window[name] == expected if expected else window[name] in ("tampered", "unsigned"), name
