"""Issue 14 on the command line: characters no font of the PDF has are named before finalising (which goes
on), and a layout failure is one line in the document's language with exit 1, nothing stored or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.meeting import ContributionDraft
from livcr_desktop.domain.settings import LANGUAGE
from livcr_desktop.reports import minutes_pdf
from livcr_desktop.reports.glyphs import unprintable_characters
from livcr_desktop.reports.model import MinutesData, MinutesRenderError, RenderedPdf, Variant
from livcr_desktop.reports.texts import text
from livcr_desktop.services import assessment, meetings, minutes, settings
from livcr_desktop.services.context import ServiceContext
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting
from tests.unit.test_cli_minutes import one_line_error, run

EMOJI, CJK = "\U0001f600", "中文"  # a grinning face; two Chinese characters: three nothing prints
TYPED = f"Stuurde {EMOJI} en schreef {CJK} op de muur"


def closed_meeting_with_unprintable_text(ctx: ServiceContext) -> int:
    """A closed meeting whose one contribution holds an emoji and two CJK characters."""
    cell = make_cell(ctx)
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    assessment.add_contribution(ctx, ContributionDraft(cell.cases["due"], mid, cell.orgs["PZ"], "online", TYPED))
    meetings.close_meeting(ctx, mid, None)
    return mid


def broken_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderer fails as reportlab's LayoutError makes it fail: a message in the document's language."""

    def fails(data: MinutesData) -> RenderedPdf:
        raise MinutesRenderError(text(data.language, "render_failed"), "LayoutError: Flowable too large")

    monkeypatch.setattr(minutes_pdf, "render", fails)


def test_the_characters_that_will_not_print_are_those_of_the_contribution(ctx: ServiceContext) -> None:
    mid = closed_meeting_with_unprintable_text(ctx)
    data = minutes.collect(ctx, mid, Variant.FULL)
    assert unprintable_characters(data) == [EMOJI, *CJK]


def test_finalise_names_the_characters_on_stderr_and_finalises(
    ctx: ServiceContext, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mid = closed_meeting_with_unprintable_text(ctx)
    code, stdout, err = run(capsys, "minutes", "--vault", vault_path, "--meeting", str(mid), "--finalise")
    assert code == 0, err
    assert "finalised" in stdout
    warning = err.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("warning: 3 characters cannot be printed"), err
    assert all(point in warning[0] for point in ("U+1F600", "U+4E2D", "U+6587")), err
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.FINALISED
    assert len(minutes.documents(ctx, mid)) == 1


def test_finalise_of_printable_minutes_warns_nothing(
    ctx: ServiceContext, recorded: tuple[Cell, int], vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cell, mid = recorded
    code, _stdout, err = run(capsys, "minutes", "--vault", vault_path, "--meeting", str(mid), "--finalise")
    assert code == 0 and "cannot be printed" not in err, err


def test_a_layout_failure_is_one_line_in_the_documents_language(
    ctx: ServiceContext,
    recorded: tuple[Cell, int],
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _cell, mid = recorded
    settings.set(ctx, LANGUAGE, "fr")
    broken_renderer(monkeypatch)
    meeting = ("--vault", vault_path, "--meeting", str(mid))

    code, _out, err = run(capsys, "minutes", *meeting, "--finalise")
    one_line_error(code, err, "Le procès-verbal n'a pas pu être mis en page")
    assert "nothing was finalised" in err and "Traceback" not in err
    assert meetings.get_meeting(ctx, mid).status is MeetingStatus.CLOSED
    assert minutes.documents(ctx, mid) == []

    out = tmp_path / "pv.pdf"
    code, _out, err = run(capsys, "minutes", *meeting, "--variant", "full", "--out", out)
    one_line_error(code, err, "Le procès-verbal n'a pas pu être mis en page")
    assert "nothing was written" in err and not out.exists()
