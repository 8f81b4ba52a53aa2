"""The minutes document itself (issue 14, points 2-4): any accepted text prints in every variant,
print-quality typography, every character printed or reported, only embedded fonts, the draft mark.

PDFs are read back as a reader would: poppler's ``pdftotext -raw`` and ``pdffonts``, and pypdf for
where each line lands on its page.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import SimpleDocTemplate

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.reports import minutes_pdf, signing
from livcr_desktop.reports.glyphs import describe, unprintable_characters
from livcr_desktop.reports.model import CaseSection, ContributionLine, DomainLine, MinutesRenderError, Variant
from livcr_desktop.services import decisions, meetings, minutes
from livcr_desktop.services.context import ServiceContext
from tests.helpers.certs import make_p12
from tests.helpers.meeting_factory import Cell, make_meeting
from tests.helpers.recorded_meeting import (
    BODY_BOTTOM,
    BODY_TOP,
    LONG_URL,
    LONG_WORD,
    Line,
    action_line,
    body_lines,
    embedded_fonts,
    limit_case,
    limit_minutes,
    raw_text,
)

CODES = ("LIVC-2026-001", "LIVC-2026-002", "LIVC-2026-010")
HEADING_FONT = "DejaVuSans-Bold"


def _joined(text: str) -> str:
    """The text layer with line breaks undone (a word cut at a line's end read back whole)."""
    return re.sub(r"-?\n", "", text)


@pytest.mark.parametrize("variant", list(Variant))
def test_every_variant_prints_texts_at_the_limits(variant: Variant) -> None:
    data = limit_minutes(variant)
    rendered = minutes_pdf.render(data)
    text = raw_text(rendered.pdf)
    tokens = set(text.split())
    expected = {
        Variant.FULL: CODES,
        Variant.ACTIONS: CODES,
        Variant.ADDENDUM: (),
    }[variant]
    for code in expected:
        assert code in tokens, code  # never broken, never glued to a neighbour
    if variant is Variant.FULL:
        joined = _joined(text)
        assert "SLOT20000" in text  # the 20,000-character contribution printed to its end
        assert LONG_WORD in joined and LONG_URL in joined  # cut to fit, nothing lost
        assert "Bijdrage 199" in text  # 200 contributions in one cell
        assert rendered.pages > 5
    if variant is Variant.ADDENDUM:
        assert "SLOT20000" in text
    assert all(embedded_fonts(rendered.pdf).values()), embedded_fonts(rendered.pdf)


def test_layout_failure_is_a_message_for_the_user(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    def fail(*_args: object, **_kwargs: object) -> None:
        raise LayoutError("Flowable <Table@0x1 1 rows x 3 cols> too large on page 2")

    monkeypatch.setattr(SimpleDocTemplate, "build", fail)
    with pytest.raises(MinutesRenderError) as err:
        minutes_pdf.render(limit_minutes())
    assert str(err.value).startswith("Het verslag kon niet opgemaakt worden")
    assert "LayoutError" in err.value.detail and isinstance(err.value.__cause__, LayoutError)
    with pytest.raises(MinutesRenderError, match="Le procès-verbal n'a pas pu être mis en page"):
        minutes_pdf.render(limit_minutes(language="fr"))


def test_pages_are_filled_and_headings_stay_with_their_text() -> None:
    pages = body_lines(minutes_pdf.render(limit_minutes()).pdf)
    assert len(pages) > 5
    height = BODY_TOP - BODY_BOTTOM
    for n, lines in enumerate(pages[:-1], 1):
        used = BODY_TOP - min(line.y for line in lines)
        assert used > height / 5, f"page {n} is {used / height:.0%} full"
        assert not _ends_with_heading(lines), f"page {n} ends with a heading"


def _ends_with_heading(lines: list[Line]) -> bool:
    last = [line for line in lines if line.y == lines[-1].y]
    return any(line.font == HEADING_FONT and line.size >= 10 and "niet behandeld" not in line.text for line in last)


def test_no_heading_ends_a_page_wherever_the_page_breaks_fall() -> None:
    def short_case(code: str, number: int) -> CaseSection:
        case = limit_case(code, number)
        lines = tuple(
            ContributionLine("PZ", "online", f"Bijdrage {i} over school en werk", False, False) for i in range(3)
        )
        return replace(
            case,
            contributions=lines,
            summary="Zorgwekkend maar aanspreekbaar.",
            decision_reasons="Traject loopt.",
            domains=(DomainLine("online", 2, 1, "Extreme fora", "Familie"),),
            actions=tuple(action_line(i, code) for i in range(2)),
        )

    base = limit_minutes()
    cases = tuple(short_case(f"LIVC-2026-{n:03d}", n) for n in range(2, 10))
    for attendees in range(1, 40, 3):  # moves every page break a few lines down
        data = replace(base, attendees=base.attendees[:1] * attendees, reviewed_actions=(), cases=cases, agenda=())
        pages = body_lines(minutes_pdf.render(data).pdf)
        for n, lines in enumerate(pages[:-1], 1):
            assert not _ends_with_heading(lines), f"{attendees} attendees: page {n} ends with a heading"
            assert BODY_TOP - min(line.y for line in lines) > (BODY_TOP - BODY_BOTTOM) / 5


def test_agenda_first_items_not_discussed_in_one_line_and_closing(
    ctx: ServiceContext, recorded: tuple[Cell, int]
) -> None:
    cell, mid = recorded
    meetings.add_agenda_item(ctx, mid, title="Goedkeuring van het verslag van de vorige vergadering")
    meetings.add_agenda_item(ctx, mid, case_id=cell.cases["later"])
    rendered = minutes.render_variant(ctx, mid, Variant.FULL)
    text = raw_text(rendered.pdf)
    lines = text.splitlines()
    assert lines.index("Agenda") < lines.index("Aanwezigheden")  # the agenda opens the minutes
    agenda = lines[lines.index("Agenda") + 1 : lines.index("Aanwezigheden")]
    assert agenda == [
        "1. Opvolging van de openstaande acties van de vorige vergadering",
        "2. Casus LIVC-2026-001 — Merel (opvolging)",
        "3. Casus LIVC-2026-003 (nieuwe melding)",
        "4. Goedkeuring van het verslag van de vorige vergadering",
        "5. Casus LIVC-2026-002 — Vink (opvolging)",
    ]
    assert "5. Casus LIVC-2026-002 — Vink — niet behandeld" in lines
    assert text.count("Plan van aanpak") == 2  # no empty sections for the case not discussed
    assert "Opgemaakt te Stadhuis op 25/11/2026." in lines
    closing = text[text.index("Afsluiting en ondertekening") :]
    for expected in ("De voorzitter", "Burgemeester Voorbeeld", "De secretaris", "Secretaris Fictief"):
        assert expected in closing
    assert [b.page for b in rendered.signature_boxes] == [rendered.pages - 1] * 2


def test_review_prints_each_actions_follow_up_note(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    cell, first = recorded
    action = decisions.actions_for(ctx, cell.cases["due"], first)[0]
    second = make_meeting(ctx, cell, day=date(2026, 12, 16))
    meetings.start_meeting(ctx, second)
    decisions.set_action_status(ctx, action.id, ActionStatus.NOT_DONE, "Betrokkene was onbereikbaar in december.")
    meetings.close_meeting(ctx, second, None)
    text = raw_text(minutes.render_variant(ctx, second, Variant.FULL).pdf)
    review = " ".join(text[text.index("1. Opvolging") : text.index("Afsluiting")].split())
    assert f"{action.description} Opvolging: Betrokkene was onbereikbaar in december." in review


def test_draft_mark_until_finalised(ctx: ServiceContext, recorded: tuple[Cell, int]) -> None:
    cell, mid = recorded
    draft = minutes.render_variant(ctx, mid, Variant.FULL)
    pages = raw_text(draft.pdf).split("\f")[: draft.pages]
    assert all("ONTWERP" in page for page in pages)
    french = minutes.render_variant(ctx, mid, Variant.ACTIONS, organisation_id=cell.orgs["OCMW"], language="fr")
    assert "PROJET" in raw_text(french.pdf)
    info = minutes.finalise(ctx, mid)
    assert "ONTWERP" not in raw_text(minutes.document_pdf(ctx, info.id))
    after = minutes.render_variant(ctx, mid, Variant.ACTIONS, organisation_id=cell.orgs["OCMW"])
    assert "ONTWERP" not in raw_text(after.pdf)


def test_unprintable_characters_are_reported_and_printed_as_replacement() -> None:
    data = limit_minutes()
    case = replace(data.cases[0], summary="Zegt 😀 en 中文; Ελληνικά, Кириллица, العربية, اردو ۓ, Łódź, ẞ")
    data = replace(data, cases=(case,), place="Stadhuis\x07")
    assert unprintable_characters(data) == ["\x07", "😀", "中", "文"]  # in the document's order
    assert [describe(c) for c in ("😀", "\x07")] == ["😀 (U+1F600)", "U+0007"]
    assert unprintable_characters(limit_minutes()) == []
    text = raw_text(minutes_pdf.render(data).pdf)
    assert "Zegt \ufffd en \ufffd\ufffd; Ελληνικά, Кириллица" in text
    assert "Łódź, ẞ" in text


def test_signing_a_long_document_still_finds_its_boxes(tmp_path: Path) -> None:
    rendered = minutes_pdf.render(limit_minutes())
    assert [b.field_name for b in rendered.signature_boxes] == ["voorzitter", "secretaris"]
    chair = make_p12(tmp_path / "chair.p12", "Voorzitter Test", "pw")
    box = rendered.signature_boxes[0]
    assert box.page == rendered.pages - 1
    signed = signing.sign_pdf(rendered.pdf, signing.load_pkcs12(tmp_path / "chair.p12", "pw"), box, "Voorzitter Test")
    [report] = signing.verify_pdf(signed, [chair])
    assert report.bottom_line and report.unchanged_since_signing
