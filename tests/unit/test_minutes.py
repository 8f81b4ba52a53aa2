"""Minutes PDFs read back with pypdf: content, privacy of the variants, finalising, signatures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.reports import signing
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import meetings, minutes
from livcr_desktop.services.context import ServiceContext
from tests.helpers.certs import make_p12
from tests.helpers.meeting_factory import Cell
from tests.helpers.recorded_meeting import NOT_PRINTED, SECRET, pages_text


def test_full_minutes_hold_everything_and_banner_on_every_page(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    _cell, mid = recorded
    rendered = minutes.render_variant(ctx, mid, Variant.FULL)
    pages = pages_text(rendered.pdf)
    assert len(pages) == rendered.pages >= 2
    for n, page in enumerate(pages, 1):
        assert "Vertrouwelijk — gedeeld beroepsgeheim, art. 458ter Sw." in page
        assert f"pagina {n} van {len(pages)}" in page
    text = " ".join(pages)
    for needle in (
        "Verslag van de vergadering",
        "2026/01",
        "Stadhuis",
        "Burgemeester Voorbeeld",
        "Secretaris Fictief",
        "Inspecteur Verzonnen",
        "verontschuldigd",
        "LIVC-2026-001",
        "Merel",
        "LIVC-2026-003",
        "opvolging opstarten",
        "opschalen",
        "Traject",
        "Terugkoppeling in januari",
        "LTF",
        "Schuldhulp opstarten",
        "Gesprek met de jongere",
        "Melding aan de LTF",
        "Zorgwekkend maar aanspreekbaar",
        "Q2 radicaliseringsproces",
        "Deelt filmpjes",
        "Extreme fora",
        "458ter §2",
        SECRET,
        "Geen informatie / wenst niet te delen: JH",
        "16/12/2026",
        "De voorzitter",
        "De secretaris",
    ):
        assert needle in text, needle
    assert NOT_PRINTED not in text  # the print choice is honoured
    assert "1 bijdrage(n) niet opgenomen" in text
    assert "Geheimnaam" not in text  # identity only on request
    full = " ".join(pages_text(minutes.render_variant(ctx, mid, Variant.FULL, include_identity=True).pdf))
    assert "Jan Geheimnaam" in full


def test_output_is_reproducible(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    _cell, mid = recorded
    assert minutes.render_variant(ctx, mid, Variant.FULL).pdf == minutes.render_variant(ctx, mid, Variant.FULL).pdf


def test_action_list_per_organisation(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    cell, mid = recorded
    pdf = minutes.render_variant(ctx, mid, Variant.ACTIONS, organisation_id=cell.orgs["OCMW"]).pdf
    text = " ".join(pages_text(pdf))
    assert "Schuldhulp opstarten" in text
    assert "Gesprek met de jongere" not in text and "Melding aan de LTF" not in text
    assert "Deelt filmpjes" not in text and SECRET not in text and "Zorgwekkend" not in text


def test_finalise_stores_hash_and_locks_then_addendum(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    import hashlib

    _cell, mid = recorded
    info = minutes.finalise(ctx, mid)
    pdf = minutes.document_pdf(ctx, info.id)
    assert hashlib.sha256(pdf).hexdigest() == info.sha256
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED
    assert [b.field_name for b in info.signature_boxes] == ["voorzitter", "secretaris"]
    with pytest.raises(meetings.MeetingLockedError):
        minutes.finalise(ctx, mid)
    add = minutes.add_addendum(ctx, mid, "De deadline van de schuldhulp is 10/01/2027.")
    assert add.is_addendum and "10/01/2027" in " ".join(pages_text(minutes.document_pdf(ctx, add.id)))
    assert minutes.find_by_hash(ctx, info.sha256) == info


def test_sign_twice_validate_then_tamper(ctx: ServiceContext, recorded: tuple[Cell, int], tmp_path: Path) -> None:
    _cell, mid = recorded
    info = minutes.finalise(ctx, mid)
    pdf = minutes.document_pdf(ctx, info.id)
    chair_cert = make_p12(tmp_path / "chair.p12", "Voorzitter Test", "p12-wachtwoord")
    sec_cert = make_p12(tmp_path / "sec.p12", "Secretaris Test", "ander-wachtwoord")
    boxes = {b.field_name: b for b in info.signature_boxes}
    once = signing.sign_pdf(
        pdf, signing.load_pkcs12(tmp_path / "chair.p12", "p12-wachtwoord"), boxes["voorzitter"], "Voorzitter Test"
    )
    twice = signing.sign_pdf(
        once, signing.load_pkcs12(tmp_path / "sec.p12", "ander-wachtwoord"), boxes["secretaris"], "Secretaris Test"
    )
    reports = signing.verify_pdf(twice, [chair_cert, sec_cert])
    assert [r.field_name for r in reports] == ["voorzitter", "secretaris"]
    assert all(r.bottom_line and r.unchanged_since_signing and r.intact and r.trusted for r in reports)
    assert reports[0].signer == "Voorzitter Test"
    stored = minutes.store_signed(ctx, info.id, twice, "secretaris")
    assert minutes.find_by_hash(ctx, stored.sha256) == stored
    # Untrusted but intact: reported unchanged, not trusted.
    untrusted = signing.verify_pdf(twice)
    assert all(r.unchanged_since_signing and not r.trusted and not r.bottom_line for r in untrusted)
    # An appended change after the last signature.
    appended = twice + b"\n% appended after signing\n"
    last = signing.verify_pdf(appended, [chair_cert, sec_cert])[-1]
    assert not last.unchanged_since_signing
    # A flipped byte inside the signed range.
    flipped = bytearray(twice)
    flipped[len(pdf) // 2] ^= 0x01  # inside the first revision, which both signatures cover
    damaged = signing.verify_pdf(bytes(flipped), [chair_cert, sec_cert])
    assert damaged and not any(r.bottom_line or r.unchanged_since_signing for r in damaged)
    # A truncated file: no crash, no signature reported valid.
    assert not any(r.bottom_line for r in signing.verify_pdf(twice[: len(twice) // 2], [chair_cert]))


def test_signing_refuses_bad_credentials(tmp_path: Path) -> None:
    make_p12(tmp_path / "ok.p12", "Test", "juist")
    with pytest.raises(signing.SigningError) as err:
        signing.load_pkcs12(tmp_path / "ok.p12", "fout")
    assert err.value.code == "wrong_password"
    make_p12(tmp_path / "old.p12", "Oud", "pw", days_from=-400, days_to=-10)
    with pytest.raises(signing.SigningError) as err:
        signing.load_pkcs12(tmp_path / "old.p12", "pw")
    assert err.value.code == "expired"
    make_p12(tmp_path / "future.p12", "Later", "pw", days_from=10, days_to=400)
    with pytest.raises(signing.SigningError) as err:
        signing.load_pkcs12(tmp_path / "future.p12", "pw")
    assert err.value.code == "not_yet_valid"
    (tmp_path / "junk.p12").write_bytes(b"not a p12")
    with pytest.raises(signing.SigningError) as err:
        signing.load_pkcs12(tmp_path / "junk.p12", "pw")
    assert err.value.code == "bad_file"
    with pytest.raises(signing.SigningError) as err:
        signing.open_pkcs11(tmp_path / "no-such-library.so")
    assert err.value.code == "no_library"


def test_logo_and_own_domain_names_in_the_minutes(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from livcr_desktop.domain.settings import ASSESSMENT_DOMAIN_LABELS, ASSESSMENT_DOMAINS, LOGO
    from livcr_desktop.services import settings

    _cell, mid = recorded
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3b5a"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
    settings.set(ctx, LOGO, bytes(data.data()))
    settings.set(ctx, ASSESSMENT_DOMAINS, [*settings.get(ctx, ASSESSMENT_DOMAINS), "werk_inkomen"])
    settings.set(ctx, ASSESSMENT_DOMAIN_LABELS, {"online": "Internet en sociale media"})
    pdf = minutes.render_variant(ctx, mid, Variant.FULL).pdf
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(first.images) == 1
    assert "Internet en sociale media" in " ".join(pages_text(pdf))
