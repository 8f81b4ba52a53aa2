"""Every PDF the application writes embeds every font it uses (issue 14): ``pdffonts`` lists no font
whose "emb" column says "no" — the minutes in every variant, the minutes signed by the chair and the
secretary (the signature stamps too), the feedback form and the letter to the signal giver, and the
statistics. The signed file still passes ``pdfsig``."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from livcr_desktop.reports.model import Variant
from livcr_desktop.services import feedback_form as ff
from livcr_desktop.services import meetings, minutes, signatures
from livcr_desktop.services import referrer_letter as rl
from livcr_desktop.services import statistics as stats_service
from livcr_desktop.services.context import ServiceContext
from tests.helpers.certs import make_p12
from tests.helpers.meeting_factory import Cell
from tests.helpers.outgoing import make_scene

pytestmark = pytest.mark.skipif(not (shutil.which("pdffonts") and shutil.which("pdfsig")), reason="needs poppler-utils")


def fonts(pdf: bytes, tmp_path: Path, name: str) -> list[dict[str, str]]:
    """``pdffonts`` of ``pdf``: one dict a font, by the column headings (name, type, ..., emb, sub, uni)."""
    path = tmp_path / name
    path.write_bytes(pdf)
    run = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, timeout=60, check=True)
    lines = run.stdout.splitlines()
    assert len(lines) >= 2 and lines[1].startswith("---"), run.stdout
    # name, type, encoding, emb, sub, uni, object ID: each column under one run of dashes of the second line
    spans: list[tuple[int, int | None]] = [m.span() for m in re.finditer(r"-+", lines[1])]
    spans[-1] = (spans[-1][0], None)
    headings = ("name", "type", "encoding", "emb", "sub", "uni", "object")
    assert len(spans) == len(headings), run.stdout
    rows = [{h: line[a:b].strip() for h, (a, b) in zip(headings, spans, strict=True)} for line in lines[2:]]
    return rows


def assert_all_embedded(pdf: bytes, tmp_path: Path, name: str) -> list[dict[str, str]]:
    listed = fonts(pdf, tmp_path, name)
    assert listed, f"{name}: no font at all?"
    missing = [f"{f['name']} ({f['type']})" for f in listed if f["emb"] != "yes"]
    assert not missing, f"{name}: fonts not embedded: {missing}"
    return listed


def test_the_minutes_in_every_variant_embed_their_fonts(
    ctx: ServiceContext, recorded: tuple[Cell, int], tmp_path: Path
) -> None:
    cell, mid = recorded
    for variant in (Variant.ACTIONS, Variant.FULL):
        rendered = minutes.render_variant(
            ctx, mid, variant, organisation_id=cell.orgs["PZ"] if variant is Variant.ACTIONS else None
        )
        assert_all_embedded(rendered.pdf, tmp_path, f"{variant.value}.pdf")


def test_signed_minutes_embed_every_font_and_both_signatures_are_valid(
    ctx: ServiceContext, recorded: tuple[Cell, int], tmp_path: Path
) -> None:
    _cell, mid = recorded
    signatures.finalise_minutes(ctx, mid)
    make_p12(tmp_path / "chair.p12", "Voorzitter Test", "geheim-1")
    make_p12(tmp_path / "sec.p12", "Secretaris Test", "geheim-2")
    signatures.sign_minutes(ctx, mid, signatures.Pkcs12File(tmp_path / "chair.p12", "geheim-1"))
    signatures.sign_minutes(ctx, mid, signatures.Pkcs12File(tmp_path / "sec.p12", "geheim-2"))
    stored = signatures.stored_minutes(ctx, mid)
    assert stored is not None and stored.signed_by == ("voorzitter", "secretaris")

    listed = assert_all_embedded(stored.pdf, tmp_path, "signed.pdf")
    assert not any("Courier" in f["name"] or "Helvetica" in f["name"] for f in listed), listed

    sig = subprocess.run(
        ["pdfsig", str(tmp_path / "signed.pdf")], capture_output=True, text=True, timeout=60, check=False
    )
    assert sig.stdout.count("Signature is Valid") == 2, sig.stdout + sig.stderr
    assert "Total document signed" in sig.stdout.split("Signature #2", 1)[1], sig.stdout
    # each stamp says who signed (the meeting's chair, then its secretary), as text a reader can copy
    meeting = meetings.get_meeting(ctx, mid)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "signed.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the name under the caption above each box, and again in each stamp
    assert text.count(meeting.chair) >= 2 and text.count(meeting.secretary) >= 2, text[-1500:]


def test_the_statistics_embed_their_fonts(ctx: ServiceContext, recorded: tuple[Cell, int], tmp_path: Path) -> None:
    stats = stats_service.compute(ctx)
    pdf = stats_service.render(ctx, stats, stats_service.ExportFormat.PDF)
    assert_all_embedded(pdf, tmp_path, "statistics.pdf")


def test_the_feedback_form_and_the_letter_embed_their_fonts(ctx: ServiceContext, tmp_path: Path) -> None:
    scene = make_scene(ctx)
    mid, due = scene.meeting_id, scene.due
    ff.compose_form(ctx, mid, due)
    for key in ("chair", "secretary", "police"):  # every member present for the case
        ff.record_consent(ctx, mid, due, scene.cell.members[key])
    assert_all_embedded(ff.produce_form(ctx, mid, due), tmp_path, "feedback-form.pdf")
    assert_all_embedded(rl.produce_letter(ctx, mid, due), tmp_path, "letter.pdf")
