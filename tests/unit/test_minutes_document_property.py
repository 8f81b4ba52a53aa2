"""Property: minutes of generated meetings with arbitrary Unicode, long words and long texts render in
every variant, and every case code reads back whole from the text layer (``pdftotext -raw``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.validation import CASE_CODE_PATTERN
from livcr_desktop.reports import minutes_pdf
from livcr_desktop.reports.glyphs import unprintable_characters
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
from tests.helpers.recorded_meeting import LONG_URL, raw_text

ANY = st.characters(exclude_categories=["Cs"])  # every code point a str can hold in UTF-8
SHORT = st.text(ANY, max_size=30)
WORDY = st.text(st.characters(categories=("Lu", "Ll", "Lo", "Nd")), min_size=60, max_size=300)
LONG = st.builds(lambda word, n: f"{word} " * n, st.text(ANY, min_size=1, max_size=12), st.integers(50, 250))
# Mostly short texts, sometimes a long word, a long text (up to 3,000 characters) or a URL.
TEXT = st.one_of(st.text(ANY, max_size=120), st.just(""), st.text(ANY, max_size=40), WORDY, LONG, st.just(LONG_URL))
DAY = st.dates(date(2020, 1, 1), date(2035, 12, 31)).map(date.isoformat)
STATUS = st.sampled_from(["open", "in_progress", "done", "not_done", "onbekend"])
DOMAIN = st.sampled_from(["online", "family", "ideology", "eigen_domein"])


def _action(code: str) -> st.SearchStrategy[ActionLine]:
    return st.builds(ActionLine, st.just(code), TEXT, SHORT, SHORT, DAY, STATUS, TEXT)


@st.composite
def _case(draw: st.DrawFn, code: str, number: int) -> CaseSection:
    return CaseSection(
        code=code,
        pseudonym=draw(SHORT),
        identity=draw(st.one_of(st.just(""), SHORT)),
        qualification=draw(st.sampled_from(["", "Q1", "Q3"])),
        summary=draw(TEXT),
        contributions=tuple(
            draw(st.lists(st.builds(ContributionLine, SHORT, DOMAIN, TEXT, st.booleans(), st.booleans()), max_size=4))
        ),
        withheld_contributions=draw(st.integers(0, 3)),
        declined=tuple(draw(st.lists(SHORT, max_size=2))),
        domains=tuple(
            draw(
                st.lists(
                    st.builds(DomainLine, DOMAIN, st.one_of(st.none(), st.integers(0, 4)), st.none(), TEXT, TEXT),
                    max_size=2,
                )
            )
        ),
        decision_type=draw(st.sampled_from(["", "escalate", "start_follow_up"])),
        decision_reasons=draw(TEXT),
        decision_expectations=draw(SHORT),
        referral_target=draw(SHORT),
        escalation_target=draw(SHORT),
        next_review=draw(st.one_of(st.just(""), DAY)),
        actions=tuple(draw(st.lists(_action(code), max_size=3))),
        number=number,
        discussed=draw(st.booleans()),
    )


@st.composite
def _minutes(draw: st.DrawFn) -> MinutesData:
    codes = draw(st.lists(st.from_regex(CASE_CODE_PATTERN, fullmatch=True), min_size=1, max_size=3, unique=True))
    cases = tuple(draw(_case(code, n)) for n, code in enumerate(codes, 2))
    agenda = (
        AgendaLine(1, "action_review", ""),
        *(AgendaLine(c.number, "case_review", "", c.code, c.pseudonym) for c in cases),
    )
    attendee = st.builds(AttendeeLine, SHORT, SHORT, SHORT, st.sampled_from(["present", "excused"]), st.just(""), SHORT)
    return MinutesData(
        variant=Variant.FULL,
        language=draw(st.sampled_from(["nl", "fr", "en"])),
        municipality=draw(SHORT),
        cell_name=draw(SHORT),
        meeting_number="2026/01",
        meeting_kind="regular",
        meeting_date=draw(DAY),
        start_time="14:00",
        end_time="16:00",
        place=draw(SHORT),
        chair=draw(SHORT),
        secretary=draw(SHORT),
        attendees=tuple(draw(st.lists(attendee, max_size=4))),
        reviewed_actions=tuple(draw(st.lists(_action(codes[0]), max_size=2))),
        cases=cases,
        next_meeting=draw(st.one_of(st.just(""), DAY)),
        organisation=draw(SHORT),
        addendum_text=draw(TEXT),
        extra={"registered": draw(DAY)},
        agenda=agenda,
        draft=draw(st.booleans()),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_minutes())
def test_any_accepted_text_renders_in_every_variant_with_whole_case_codes(data: MinutesData) -> None:
    unprintable_characters(data)  # never fails either
    for variant in Variant:
        document = replace(data, variant=variant)
        rendered = minutes_pdf.render(document)
        tokens = set(raw_text(rendered.pdf).split())
        if variant is Variant.ADDENDUM:
            expected = []
        elif variant is Variant.ACTIONS:
            expected = [c.code for c in data.cases if c.actions]
        else:
            expected = [c.code for c in data.cases]
        missing = [code for code in expected if code not in tokens]
        assert not missing, (variant, missing)
