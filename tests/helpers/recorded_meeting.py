"""A closed meeting with two discussed cases, secret and not-printed contributions, decisions and
actions: the fixture the minutes tests (service, dialog, CLI, faults, background work) share."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PageObject, PdfReader

from livcr_desktop.domain.enums import AttendanceStatus, DecisionType, Qualification
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft
from livcr_desktop.reports.model import (
    ActionLine,
    AgendaLine,
    AttendeeLine,
    CaseSection,
    ContributionLine,
    DomainLine,
    MinutesData,
    Variant,
)
from livcr_desktop.services import assessment, attendance, decisions, meetings
from livcr_desktop.services.context import ServiceContext
from tests.helpers.meeting_factory import Cell, make_cell, make_meeting, mark_new_referral

SECRET = "BEROEPSGEHEIM-KANARIE"
NOT_PRINTED = "NIET-IN-VERSLAG-KANARIE"


@pytest.fixture
def recorded(ctx: ServiceContext) -> tuple[Cell, int]:
    cell = make_cell(ctx)
    mark_new_referral(ctx, cell.cases["pseudo"])
    mid = make_meeting(ctx, cell)
    meetings.start_meeting(ctx, mid)
    attendance.set_attendance(ctx, mid, cell.members["ocmw"], AttendanceStatus.EXCUSED)
    for key in ("chair", "secretary", "police"):
        attendance.acknowledge(ctx, mid, cell.members[key])
    due, pseudo = cell.cases["due"], cell.cases["pseudo"]
    assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["PZ"], "online", "Deelt filmpjes"))
    assessment.add_contribution(
        ctx, ContributionDraft(due, mid, cell.orgs["OCMW"], "family", SECRET, professional_secrecy=True)
    )
    assessment.add_contribution(
        ctx, ContributionDraft(due, mid, cell.orgs["CLB"], "education_work", NOT_PRINTED, in_minutes=False)
    )
    assessment.add_contribution(ctx, ContributionDraft(due, mid, cell.orgs["JH"], None, declines_to_share=True))
    assessment.set_domain_assessment(ctx, due, mid, "online", risk_factors="Extreme fora", concern_level=2)
    assessment.set_assessment(ctx, due, mid, summary="Zorgwekkend maar aanspreekbaar", qualification=Qualification.Q2)
    decisions.record_decision(
        ctx,
        DecisionDraft(
            due,
            mid,
            DecisionType.START_FOLLOW_UP,
            reasons="Traject",
            expectations="Terugkoppeling in januari",
            next_review_date=date(2027, 1, 20),
        ),
    )
    decisions.add_action(
        ctx, ActionDraft(due, mid, "Schuldhulp opstarten", cell.orgs["OCMW"], None, date(2026, 12, 20))
    )
    decisions.add_action(
        ctx,
        ActionDraft(due, mid, "Gesprek met de jongere", cell.orgs["PREV"], cell.members["chair"], date(2026, 12, 10)),
    )
    assessment.add_contribution(ctx, ContributionDraft(pseudo, mid, cell.orgs["CLB"], "education_work", "Spijbelt"))
    decisions.record_decision(
        ctx,
        DecisionDraft(
            pseudo,
            mid,
            DecisionType.ESCALATE,
            reasons="Dreiging",
            escalation_target="LTF",
            next_review_date=date(2026, 12, 15),
        ),
    )
    decisions.add_action(ctx, ActionDraft(pseudo, mid, "Melding aan de LTF", cell.orgs["PZ"], None, date(2026, 11, 28)))
    meetings.close_meeting(ctx, mid, date(2026, 12, 16))
    return cell, mid


def pages_text(pdf: bytes) -> list[str]:
    """Text per page, with line breaks inside table cells folded to spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def raw_text(pdf: bytes) -> str:
    """The text layer in content order (poppler's ``pdftotext -raw``): what a reader copies or searches."""
    import subprocess

    return subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF refers to (poppler's ``pdffonts``) and whether it is embedded."""
    import subprocess

    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    fonts = {}
    for line in out.splitlines()[2:]:
        parts = line.split()
        emb = next(p for p in parts[1:] if p in ("yes", "no"))  # the first yes/no column is "emb"
        fonts[parts[0]] = emb == "yes"
    return fonts


@dataclass(frozen=True)
class Line:
    y: float  # PDF points from the bottom of the page
    font: str
    size: float
    text: str


def body_lines(pdf: bytes) -> list[list[Line]]:
    """Per page the lines between the running banners, top to bottom (the diagonal draft mark left out)."""
    return [_page_lines(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def _page_lines(page: PageObject) -> list[Line]:
    found: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict[str, object] | None, size: float) -> None:
        if not text.strip() or abs(tm[1]) > 1e-3 or abs(cm[1]) > 1e-3:
            return
        y = tm[5] * cm[3] + cm[5]
        if BODY_BOTTOM < y < BODY_TOP:
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append(Line(round(y, 1), name.split("+")[-1], round(size * tm[3] * cm[3], 1), text.strip()))

    page.extract_text(visitor_text=visit)
    return sorted(found, key=lambda line: -line.y)


BODY_TOP, BODY_BOTTOM = 841.89 - 16 * 72 / 25.4, 16 * 72 / 25.4  # the frame of an A4 page with 16 mm margins


# -- minutes data at the limits of what the application accepts -----------------------------------

LONG_TEXT = ("Betrokkene werd gezien op het plein en sprak met de jeugdwerker over school en werk. " * 240)[:19_990]
LONG_TEXT += " SLOT20000"  # 20,000 characters with a marker at the very end (digits: never hyphenated)
LONG_WORD = "Verantwoordelijkheidsgevoel" * 11 + "x" * 3  # 300 letters, few hyphenation points at the end
LONG_URL = "https://example.org/" + "dossier/" * 34 + "?id=" + "7" * 4  # 300 characters, no space


def action_line(i: int, case: str, note: str = "") -> ActionLine:
    return ActionLine(case, f"Actie {i}", "PREV", "Burgemeester An Voorbeeld", "2026-12-10", "not_done", note)


def limit_case(code: str, number: int, *, discussed: bool = True, contributions: int = 4) -> CaseSection:
    """A case with a 20,000-character contribution, a 300-character word and URL, ``contributions`` in one cell."""
    texts = [LONG_TEXT, LONG_WORD, LONG_URL] + [f"Bijdrage {i}" for i in range(3, contributions)]
    lines = tuple(ContributionLine("PZ", "online", t, False, False) for t in texts[:contributions])
    return CaseSection(
        code,
        "Merel",
        "",
        "Q2",
        LONG_TEXT[:4000],
        lines,
        1,
        ("JH",),
        (DomainLine("online", 2, 1, LONG_WORD, LONG_URL),),
        "start_follow_up",
        LONG_TEXT[:6000],
        "Terugkoppeling in januari",
        "",
        "LTF",
        "2027-01-20",
        (*(action_line(i, code) for i in range(5)), ActionLine(code, LONG_WORD, "OCMW", "", "2027-01-05", "open")),
        number,
        discussed,
    )


def limit_minutes(variant: Variant = Variant.FULL, language: str = "nl") -> MinutesData:
    """Full minutes of three cases at the limits (one not discussed), a long review and twelve attendees."""
    return MinutesData(
        variant,
        language,
        "Fictiefdonk",
        "LIVC-R Fictiefdonk",
        "2026/03",
        "regular",
        "2026-11-03",
        "14:00",
        "15:26",
        "Stadhuis Fictiefdonk, zaal 2",
        "Burgemeester An Voorbeeld",
        "Jef Fictief",
        tuple(
            AttendeeLine("Preventiedienst Fictiefdonk", f"Maatschappelijk Werker {i}", "casemanager", "present", "", "")
            for i in range(12)
        ),
        tuple(action_line(i, "LIVC-2025-003", note=f"Niet uitgevoerd: {LONG_TEXT[:300]}") for i in range(4)),
        (
            limit_case("LIVC-2026-001", 2, contributions=200),
            limit_case("LIVC-2026-002", 3, discussed=False),
            limit_case("LIVC-2026-010", 4),
        ),
        "2026-12-01",
        organisation="OCMW",
        addendum_text=LONG_TEXT,
        extra={"registered": "2026-01-02"},
        agenda=(
            AgendaLine(1, "action_review", "Opvolging openstaande acties van de vorige vergadering"),
            AgendaLine(2, "case_review", "", "LIVC-2026-001", "Merel"),
            AgendaLine(3, "new_referral", "", "LIVC-2026-002", "Merel"),
            AgendaLine(4, "case_review", "", "LIVC-2026-010", "Merel"),
            AgendaLine(5, "other", "Goedkeuring van het verslag van de vorige vergadering"),
        ),
    )
