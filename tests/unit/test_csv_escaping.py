"""CSV cells that a spreadsheet could run as a formula are escaped with a leading ``'`` (issue 12, point 11)."""

from __future__ import annotations

import csv
import io

import pytest

from livcr_desktop.reports.statistics_pdf import safe_cell
from livcr_desktop.services.context import ServiceContext

RISKY = [
    "=1+1",
    "+32 2 555 00 00",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "  leading spaces",
    "\u00a0=1+1",
    "\u3000=1+1",
    "\u2003=cmd",  # no-break, ideographic, em space
    "\uff1d1+1",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",  # full-width ＝＋－＠
    "\u22121",
    "\ufe62 1",
    "\ufe63 1",  # minus sign, small plus and small minus
]
SAFE = ["", "LIVC-2026-014", "Aanmeldingen", "12", "K3 2026", "a=b", "x-y", "naam@voorbeeld.be", "'al", "Ékip"]


@pytest.mark.parametrize("value", RISKY, ids=[f"{ord(v[0]):04x}" for v in RISKY])
def test_risky_first_characters_are_escaped(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", SAFE)
def test_ordinary_cells_are_unchanged(value: str) -> None:
    assert safe_cell(value) == value


def test_statistics_csv_escapes_a_risky_cell_name(ctx: ServiceContext) -> None:
    """End to end: a cell name that starts with a full-width ＝ or a space reaches the CSV escaped."""
    from livcr_desktop.reports.statistics_pdf import Header, render_csv
    from livcr_desktop.services import statistics

    stats = statistics.compute(ctx)
    for name in ('\uff1dHYPERLINK("x")', " =1+1", "@cmd", "LIVC-R Gent"):
        text = render_csv(stats, Header(cell_name=name)).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert rows[1][1] == (name if name == "LIVC-R Gent" else "'" + name), rows[1]
