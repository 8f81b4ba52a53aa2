"""``verify`` exits 1 whenever its verdict is not OK: also for an intact signature by an untrusted signer,
and when no ``--trust`` is given (issue 12, point 11)."""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from pathlib import Path

import pytest

from livcr_desktop import cli, hygiene
from livcr_desktop.reports.model import SignatureBox
from tests.certs import make_p12


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
    pdf = signing.sign_pdf(_pdf(), signing.load_pkcs12(folder / "chair.p12", "p12-wachtwoord"),
                           SignatureBox("voorzitter", 0, (72, 72, 272, 132)), "Voorzitter Test")
    flipped = bytearray(pdf)
    flipped[len(pdf) // 3] ^= 0x01
    files = {"signed.pdf": pdf, "tampered.pdf": bytes(flipped), "unsigned.pdf": _pdf(),
             "chair.der": cert, "other.der": other}
    for name, data in files.items():
        (folder / name).write_bytes(data)  # test inputs
    return {name: folder / name for name in files}


def verify(capsys: pytest.CaptureFixture[str], *argv: str | Path,
           caplog: pytest.LogCaptureFixture | None = None) -> tuple[int, str, str]:
    """Run ``verify`` in this process; pyHanko logs an untrusted signer as a warning (expected there)."""
    hook = sys.excepthook
    level = logging.getLogger().level
    capsys.readouterr()
    try:
        with caplog.at_level(logging.WARNING, logger="pyhanko") if caplog else contextlib.nullcontext():
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
        signed: dict[str, Path], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    code, out, err = verify(capsys, signed["signed.pdf"], caplog=caplog)
    assert code == 1, out
    assert "unchanged since signing, signer not trusted, verdict NOT OK (signer not trusted)" in out
    assert err == ""


def test_a_signer_other_than_the_trusted_one_is_not_ok(signed: dict[str, Path], capsys: pytest.CaptureFixture[str],
                                                        caplog: pytest.LogCaptureFixture) -> None:
    code, out, _ = verify(capsys, signed["signed.pdf"], "--trust", signed["other.der"], caplog=caplog)
    assert code == 1
    assert "verdict NOT OK (signer not trusted)" in out


@pytest.mark.parametrize("name", ["tampered.pdf", "unsigned.pdf"])
def test_tampered_or_unsigned_is_not_ok(name: str, signed: dict[str, Path], capsys: pytest.CaptureFixture[str],
                                        caplog: pytest.LogCaptureFixture) -> None:
    code, out, _ = verify(capsys, signed[name], "--trust", signed["chair.der"], caplog=caplog)
    assert code == 1
    assert "verdict OK" not in out


def test_a_trust_file_that_is_not_a_certificate_is_one_line(signed: dict[str, Path], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = verify(capsys, signed["signed.pdf"], "--trust", tmp_path / "missing.pem")
    assert code == 1 and err.startswith("livcr-desktop: cannot read") and len(err.splitlines()) == 1


def test_help_says_what_no_trust_means(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["verify", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "without it no signer is trusted" in text and "NOT OK (signer not trusted)" in text
