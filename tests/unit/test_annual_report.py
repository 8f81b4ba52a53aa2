"""The annual report (issue 16, point 8): its numbers on a small hand-built vault, the small-count rule,
the PDF and CSV read back (aggregate only: no name, code or pseudonym), and the command line."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from livcr_desktop import cli
from livcr_desktop.domain import decision_rules
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    AttendanceStatus,
    DecisionType,
    MeetingKind,
    MeetingStatus,
    MemberKind,
    OrganisationSector,
    Phenomenon,
)
from livcr_desktop.domain.meeting import DecisionDraft, MeetingDraft
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import annual_report as annual
from livcr_desktop.services import attendance, cases, decisions, meetings, reference
from livcr_desktop.services import settings as settings_service
from livcr_desktop.services.annual_report import ExportFormat, TableKey
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.statistics import suppress
from livcr_desktop.storage import audit, models
from tests.conftest import PASSPHRASE

YEAR = 2025


def at(ctx: ServiceContext, day: date) -> ServiceContext:
    return replace(ctx, today=lambda: day, now=lambda: datetime.combine(day, time(15, 0)))


def identities(ctx: ServiceContext) -> list[str]:
    """Every case code, pseudonym and name, and every member's name, in the vault."""
    with ctx.vault.session() as s:
        found: list[str] = []
        for case in s.scalars(select(models.Case)):
            found += [case.code, case.pseudonym, case.first_name, case.last_name]
        found += [m.name for m in s.scalars(select(models.Member))]
    return [f for f in found if f]


def assert_aggregate(text: str, ctx: ServiceContext) -> None:
    for value in identities(ctx):
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text), value
    assert not re.search(r"LIVC-\d{4}-\d{3}", text)


@pytest.fixture
def cell(ctx: ServiceContext) -> ServiceContext:
    """Four organisations, meetings in 2024-2025 (three held in 2025, one planned), eight cases.

    2025 cases: phenomena 4 radicalism + 3 extremism; municipalities Testdorp 4, Anderdorp 1, Bedorp 2;
    A and B decided on 10/02 (B closed on 12/05), C gathered information on 12/05 and was decided again
    in 2026 (not counted), D-G have no decision. A 2024 case decided in 2025 does not count.
    """
    orgs = {
        short: reference.add_organisation(ctx, name, short, sector)
        for name, short, sector in (
            ("Politiezone Testdorp", "PZ", OrganisationSector.POLICE),
            ("Preventiedienst Testdorp", "PREV", OrganisationSector.PREVENTION),
            ("OCMW Testdorp", "OCMW", OrganisationSector.SOCIAL_WELFARE),
            ("CLB Testdorp", "CLB", OrganisationSector.EDUCATION),
        )
    }
    chair = reference.add_member(ctx, "Burgemeester Voorbeeld", orgs["PREV"], "voorzitter", MemberKind.CORE)
    police = reference.add_member(ctx, "Inspecteur Verzonnen", orgs["PZ"], "informatieofficier", MemberKind.CORE)
    ocmw = reference.add_member(ctx, "Maatschappelijk Werker Test", orgs["OCMW"], "werker", MemberKind.CORE)
    clb = reference.add_member(ctx, "CLB-medewerker Proef", orgs["CLB"], "medewerker", MemberKind.INVITED)

    def meeting(day: date, kind: MeetingKind, marks: dict[int, AttendanceStatus], status: MeetingStatus) -> int:
        mid = meetings.create_meeting(ctx, MeetingDraft(kind, day, place="Stadhuis", chair_id=chair), propose=False)
        for member, mark in marks.items():
            attendance.set_attendance(ctx, mid, member, mark)
        with ctx.vault.session() as s:
            s.get_one(models.Meeting, mid).status = status
        return mid

    p, e, a = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT
    meeting(date(2024, 12, 16), MeetingKind.REGULAR, {chair: p, police: p}, MeetingStatus.CLOSED)  # other year
    m1 = meeting(date(YEAR, 2, 10), MeetingKind.REGULAR, {chair: p, police: p, ocmw: a}, MeetingStatus.PLANNED)
    m2 = meeting(date(YEAR, 5, 12), MeetingKind.REGULAR, {chair: p, police: e, ocmw: p, clb: p}, MeetingStatus.PLANNED)
    meeting(date(YEAR, 9, 1), MeetingKind.CORE_TEAM, {chair: p, police: p}, MeetingStatus.CLOSED)  # OCMW not listed
    later = meeting(date(YEAR, 12, 15), MeetingKind.REGULAR, {chair: p, police: p}, MeetingStatus.PLANNED)  # not held

    def case(code: str, reg: date, ph: Phenomenon, place: str, **extra: object) -> int:
        draft = CaseDraft(code=code, registration_date=reg, phenomenon=ph, **extra)  # type: ignore[arg-type]
        case_id = cases.create_case(ctx, draft)
        with ctx.vault.session() as s:
            s.get_one(models.Case, case_id).municipality = place
        return case_id

    r, x = Phenomenon.RADICALISM, Phenomenon.EXTREMISM
    ca = case("LIVC-2025-001", date(YEAR, 1, 6), r, "Testdorp", pseudonym="Merel", first_name="Jan", last_name="Geheim")
    cb = case("LIVC-2025-002", date(YEAR, 1, 20), r, "Testdorp", pseudonym="Vink")
    cc = case("LIVC-2025-003", date(YEAR, 3, 1), x, "Bedorp", pseudonym="Specht")
    case("LIVC-2025-004", date(YEAR, 4, 1), r, "Testdorp")
    case("LIVC-2025-005", date(YEAR, 6, 1), x, "Bedorp", first_name="Piet", last_name="Anoniem")
    case("LIVC-2025-006", date(YEAR, 8, 1), r, "Testdorp", pseudonym="Gaai")
    case("LIVC-2025-007", date(YEAR, 10, 1), x, "Anderdorp", pseudonym="Uil")
    old = case("LIVC-2024-009", date(2024, 11, 1), x, "Anderdorp", pseudonym="Kraai")
    case("LIVC-2026-001", date(2026, 1, 5), r, "Anderdorp", pseudonym="Mus")

    for case_id, kind, mid, day in (
        (ca, DecisionType.START_FOLLOW_UP, m1, date(YEAR, 2, 10)),
        (cb, DecisionType.START_FOLLOW_UP, m1, date(YEAR, 2, 10)),
        (old, DecisionType.START_FOLLOW_UP, m1, date(YEAR, 2, 10)),
        (cb, DecisionType.CLOSE, m2, date(YEAR, 5, 12)),
        (cc, DecisionType.GATHER_INFORMATION, m2, date(YEAR, 5, 12)),
        (cc, DecisionType.START_FOLLOW_UP, later, date(2026, 1, 20)),  # after the year: not counted
    ):
        review = day + timedelta(days=90) if decision_rules.review_required(kind) else None
        decisions.record_decision(at(ctx, day), DecisionDraft(case_id, mid, kind, next_review_date=review))
    with ctx.vault.session() as s:  # the meetings were held (decisions were taken while they were open)
        s.get_one(models.Meeting, m1).status = MeetingStatus.CLOSED
        s.get_one(models.Meeting, m2).status = MeetingStatus.FINALISED
    return ctx


def texts(report: annual.AnnualReport, key: TableKey) -> dict[str, str]:
    return {c.name or c.key: c.count.text for c in report.table(key).cells}


def test_numbers_on_a_small_vault(cell: ServiceContext) -> None:
    r = annual.annual_report(cell, YEAR)
    assert (r.year, r.as_of, r.generated_on) == (YEAR, date(YEAR, 12, 31), date(2026, 11, 21))
    # three held meetings: the planned one in December and the 2024 one do not count
    assert {m.kind: m.held for m in r.meetings} == {"regular": 2, "core_team": 1, "extraordinary": 0}
    assert r.meetings_total == 3
    assert [(a.name, a.present, a.expected) for a in r.attendance] == [
        ("CLB Testdorp", 1, 1),  # invited to one meeting, present there
        ("OCMW Testdorp", 1, 2),  # absent, present (not on the kernteam's list)
        ("Politiezone Testdorp", 2, 3),  # present, excused, present
        ("Preventiedienst Testdorp", 3, 3),
    ]
    assert r.attendance[2].rate == pytest.approx(2 / 3)
    assert r.referrals.text == "7"
    # phenomena 4 + 3: shown as they are (nothing small)
    phenomena = texts(r, TableKey.PHENOMENON)
    assert (phenomena["radicalism"], phenomena["extremism"], phenomena["terrorism"]) == ("4", "3", "0")
    assert r.table(TableKey.PHENOMENON).total.text == "7"
    # municipalities: 1 and 2 hidden as "<3" (1+2 or 2+1: no second count needs hiding), 4 shown
    assert texts(r, TableKey.MUNICIPALITY) == {"Anderdorp": "<3", "Bedorp": "<3", "Testdorp": "4", "unknown": "0"}
    # outcome as of 31/12: A follow-up, B closed (on 12/05), C gathering information (its 2026 decision is
    # later), four without decision; the three single cases are pinned by the total unless the 4 is hidden too
    outcome = texts(r, TableKey.OUTCOME)
    assert (outcome["start_follow_up"], outcome["closed"], outcome["gather_information"]) == ("<3", "<3", "<3")
    assert outcome["none"] == "≥3" and outcome["close"] == "0"
    assert [c.count for c in r.table(TableKey.OUTCOME).cells] == list(suppress([1, 0, 1, 0, 0, 0, 0, 1, 0, 4])[0])
    assert [c.key for c in r.table(TableKey.OUTCOME).cells] == list(annual.OUTCOME_KEYS)
    # days to the first decision: A 35, B 21, C 72 (the 2024 case is not of the year)
    assert (r.delay.cases.text, r.delay.median, r.delay.maximum) == ("3", 35.0, 72)
    assert not re.search(r"LIVC|Merel|Geheim|Anoniem", repr(r))


def test_the_current_year_counts_up_to_today(cell: ServiceContext) -> None:
    r = annual.annual_report(cell, 2026)
    assert r.as_of == date(2026, 11, 21) and r.meetings_total == 0 and r.attendance == ()
    assert r.referrals.text == "<3" and r.delay.cases.text == "0" and r.delay.too_few


def test_a_year_with_nothing(cell: ServiceContext) -> None:
    r = annual.annual_report(cell, 2010)
    assert r.meetings_total == 0 and r.attendance == () and r.referrals.text == "0"
    assert all(c.count.text == "0" for t in r.tables for c in t.cells)
    assert r.delay.median is None and r.delay.maximum is None
    pdf = annual.render(cell, r, ExportFormat.PDF)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Jaarverslag 2010" in text and "Geen gehouden vergaderingen in dit jaar." in text


def test_years_out_of_range_are_refused(cell: ServiceContext) -> None:
    for year in (1999, 2027):
        with pytest.raises(ValueError, match="between 2000 and 2026"):
            annual.annual_report(cell, year)


def test_every_role_may_make_it(cell: ServiceContext) -> None:
    for role in Role:  # every role has VIEW, as for the statistics
        assert annual.annual_report(replace(cell, role=role), YEAR).referrals.text == "7"


# -- PDF and CSV ----------------------------------------------------------------------------------


def test_pdf_read_back(cell: ServiceContext, tmp_path: Path) -> None:
    settings_service.set(cell, "cell_name", "LIVC-R Testdorp")
    r = annual.annual_report(cell, YEAR)
    path = tmp_path / "jaarverslag-2025.pdf"
    data = annual.export(cell, r, ExportFormat.PDF, path)
    assert data.startswith(b"%PDF") and path.read_bytes() == data
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    for i, page in enumerate(pages, start=1):
        assert "Jaarverslag LIVC-R — geen persoonsgegevens" in page
        assert f"pagina {i} van {len(pages)}" in page and "Opgemaakt op 21/11/2026" in page
    text = "\n".join(pages)
    for expected in (
        "LIVC-R Testdorp — Jaarverslag 2025",  # the cover line: the cell and the year
        "Gehouden vergaderingen",
        "reguliere LIVC-R",
        "kernteam",
        "Aanwezigheid per organisatie",
        "Politiezone Testdorp",
        "66,7",
        "Dossiers per fenomeen",
        "radicalisme",
        "Dossiers per uitkomst (stand op 31/12/2025)",
        "bijkomende informatie verzamelen",
        "nog geen beslissing",
        "Dossiers per gemeente",
        "Anderdorp",
        "Tijd van aanmelding tot eerste beslissing",
        "Mediaan (dagen)",
        "72",
        "<3",
        "≥3",
    ):
        assert expected in text, expected
    assert_aggregate(text, cell)
    assert annual.render(cell, r, ExportFormat.PDF) == data  # reproducible
    with cell.vault.session() as s:
        events = [
            json.loads(e.detail)
            for e in s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "annual_report"))
        ]
        assert audit.verify_chain(s).ok
    assert len(events) == 1 and events[0]["format"] == "pdf" and events[0]["year"] == YEAR


def test_pdf_in_french_and_english(cell: ServiceContext) -> None:
    r = annual.annual_report(cell, YEAR)
    for language, words in (
        ("fr", ("Rapport annuel 2025", "Réunions tenues", "Dossiers par commune", "Établi le 21/11/2026")),
        ("en", ("Annual report 2025", "Meetings held", "Cases by municipality", "Generated on 21/11/2026")),
    ):
        settings_service.set(cell, "language", language)
        pdf = annual.render(cell, r, ExportFormat.PDF)
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        for word in words:
            assert word in text, (language, word)


def test_pdf_embeds_its_fonts(cell: ServiceContext, tmp_path: Path) -> None:
    import shutil

    from tests.unit.test_pdf_fonts import assert_all_embedded

    if not shutil.which("pdffonts"):
        pytest.skip("needs poppler-utils")
    pdf = annual.render(cell, annual.annual_report(cell, YEAR), ExportFormat.PDF)
    listed = assert_all_embedded(pdf, tmp_path, "annual.pdf")
    assert not any("Helvetica" in f["name"] for f in listed), listed


def test_csv_read_back(cell: ServiceContext, tmp_path: Path) -> None:
    r = annual.annual_report(cell, YEAR)
    data = annual.export(cell, r, ExportFormat.CSV, tmp_path / "jaarverslag.csv")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as the statistics
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert all(len(row) == 3 for row in rows), [row for row in rows if len(row) != 3]
    assert rows[0] == ["Onderdeel", "Categorie", "Waarde"]
    for row in (
        ["Jaarverslag LIVC-R — geen persoonsgegevens", "Jaar", "2025"],
        ["Jaarverslag LIVC-R — geen persoonsgegevens", "Stand op", "31/12/2025"],
        ["Jaarverslag LIVC-R — geen persoonsgegevens", "Opgemaakt op", "21/11/2026"],
        ["Gehouden vergaderingen", "reguliere LIVC-R", "2"],
        ["Gehouden vergaderingen", "Totaal", "3"],
        ["Aanwezigheid per organisatie", "OCMW Testdorp", "1/2"],
        ["Dossiers", "Aanmeldingen", "7"],
        ["Dossiers per fenomeen", "radicalisme", "4"],
        ["Dossiers per gemeente", "Anderdorp", "<3"],
        ["Dossiers per gemeente", "Testdorp", "4"],
        ["Dossiers per uitkomst (stand op 31/12/2025)", "afgesloten", "<3"],
        ["Dossiers per uitkomst (stand op 31/12/2025)", "nog geen beslissing", "≥3"],
        ["Tijd van aanmelding tot eerste beslissing", "Mediaan (dagen)", "35"],
        ["Tijd van aanmelding tot eerste beslissing", "Langste (dagen)", "72"],
    ):
        assert row in rows, row
    case_sections = {"Dossiers", "Dossiers per fenomeen", "Dossiers per gemeente"}
    case_sections.add("Tijd van aanmelding tot eerste beslissing")
    for row in rows:
        if row[0] in case_sections or row[0].startswith("Dossiers per uitkomst"):
            assert row[2] not in ("1", "2"), row  # no small case count anywhere
    assert_aggregate(text, cell)


# -- the command line -----------------------------------------------------------------------------


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_writes_pdf_and_csv(
    cell: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(cell.vault.path)
    pdf, csv_path = tmp_path / "jv.pdf", tmp_path / "jv.csv"
    code, out, err = run_cli(
        monkeypatch, capsys, "annual-report", "--vault", vault, "--year", "2025", "--pdf", str(pdf)
    )
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in out
    code, out, err = run_cli(
        monkeypatch, capsys, "annual-report", "--vault", vault, "--year", "2025", "--csv", str(csv_path)
    )
    assert code == 0, err
    assert "Gehouden vergaderingen;Totaal;3" in csv_path.read_bytes().decode("utf-8-sig")


def test_cli_refuses_a_bad_year_with_exit_2(
    cell: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(cell.vault.path)
    out = str(tmp_path / "x.pdf")
    code, _, err = run_cli(monkeypatch, capsys, "annual-report", "--vault", vault, "--year", "3025", "--pdf", out)
    assert code == 2 and "--year" in err and "between 2000 and" in err and not Path(out).exists()
    with pytest.raises(SystemExit) as exit_info:  # not a number: argparse says so, exit 2
        run_cli(monkeypatch, capsys, "annual-report", "--vault", vault, "--year", "vorig", "--pdf", out)
    assert exit_info.value.code == 2 and "--year" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:  # neither --pdf nor --csv
        run_cli(monkeypatch, capsys, "annual-report", "--vault", vault, "--year", "2025")
    assert exit_info.value.code == 2
