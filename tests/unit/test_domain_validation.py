"""Validation of case input, in the domain and through the case services (nothing written on refusal)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, Ideology, MemberKind, OrganisationSector, Phenomenon
from livcr_desktop.domain.validation import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    ValidationCode,
    ValidationError,
    ValidationIssue,
    suggest_case_code,
    validate_case,
)
from livcr_desktop.services import cases, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.conftest import TODAY

REGISTERED = date(2026, 3, 2)
T = TypeVar("T")


def valid(**overrides: object) -> CaseDraft:
    d = CaseDraft(code="LIVC-2026-001", phenomenon=Phenomenon.EXTREMISM, registration_date=REGISTERED)
    return dataclasses.replace(d, **overrides)  # type: ignore[arg-type]


def codes(issues: list[ValidationIssue]) -> set[tuple[str, ValidationCode]]:
    return {(i.field, i.code) for i in issues}


# -- validate_case -------------------------------------------------------------------------------


def test_a_minimal_pseudonymous_case_is_valid() -> None:
    assert validate_case(valid(), TODAY) == []


def test_empty_draft_names_every_required_field() -> None:
    assert codes(validate_case(CaseDraft(), TODAY)) == {
        ("code", ValidationCode.REQUIRED),
        ("registration_date", ValidationCode.REQUIRED),
        ("phenomenon", ValidationCode.REQUIRED),
    }


@pytest.mark.parametrize("code", ["", "   ", "\t\n"])
def test_blank_code_is_required(code: str) -> None:
    assert codes(validate_case(valid(code=code), TODAY)) == {("code", ValidationCode.REQUIRED)}


@pytest.mark.parametrize(
    "code",
    [
        "livc-2026-001",  # lower case
        "LIVC2026001",
        "LIVC-2026001",
        "L-2026-001",  # prefix of one character
        "ABCDEFGHIJK-2026-001",  # prefix of eleven
        "1LIVC-2026-001",  # prefix starts with a digit
        "LIVC-26-001",
        "LIVC-20266-001",
        "LIVC-2026-01",
        "LIVC-2026-000001",
        "LIVC-2026-001-A",
        "LIVC 2026 001",
        "LIVC_2026_001",
        "LIVC-2026-00A",
        "LIVC-2026-001\nX",
    ],
)
def test_bad_code_format(code: str) -> None:
    assert codes(validate_case(valid(code=code), TODAY)) == {("code", ValidationCode.BAD_FORMAT)}


@pytest.mark.parametrize(
    "code", ["LIVC-2026-001", "AB-1999-00001", "CSILR-2026-123", "LIVC9-2026-0001", "  LIVC-2026-001\n"]
)
def test_good_code_format(code: str) -> None:
    assert validate_case(valid(code=code), TODAY) == []


@pytest.mark.parametrize("code", ["LIVC-２０２６-001", "LIVC-2026-٠٠١"], ids=["fullwidth", "arabic-indic"])
def test_code_digits_are_ascii(code: str) -> None:
    assert codes(validate_case(valid(code=code), TODAY)) == {("code", ValidationCode.BAD_FORMAT)}


def test_registration_date_is_required() -> None:
    assert codes(validate_case(valid(registration_date=None), TODAY)) == {
        ("registration_date", ValidationCode.REQUIRED)
    }


def test_phenomenon_is_required_ideology_is_not() -> None:
    assert codes(validate_case(valid(phenomenon=None), TODAY)) == {("phenomenon", ValidationCode.REQUIRED)}
    assert validate_case(valid(ideology=None), TODAY) == []


def test_review_date_before_registration() -> None:
    issues = validate_case(valid(next_review_date=REGISTERED - timedelta(days=1)), TODAY)
    assert codes(issues) == {("next_review_date", ValidationCode.DATE_BEFORE_REGISTRATION)}
    assert validate_case(valid(next_review_date=REGISTERED), TODAY) == []
    assert validate_case(valid(next_review_date=TODAY + timedelta(days=90)), TODAY) == []


def test_registration_in_the_future() -> None:
    issues = validate_case(valid(registration_date=TODAY + timedelta(days=1)), TODAY)
    assert codes(issues) == {("registration_date", ValidationCode.DATE_IN_FUTURE)}
    assert validate_case(valid(registration_date=TODAY), TODAY) == []


def test_birth_date_in_the_future_or_after_registration() -> None:
    future = validate_case(valid(birth_date=TODAY + timedelta(days=1)), TODAY)
    assert codes(future) == {("birth_date", ValidationCode.DATE_IN_FUTURE)}
    after = validate_case(valid(birth_date=REGISTERED + timedelta(days=1)), TODAY)
    assert codes(after) == {("birth_date", ValidationCode.BIRTH_AFTER_REGISTRATION)}
    assert validate_case(valid(birth_date=date(2008, 5, 17)), TODAY) == []


@pytest.mark.parametrize("field", ["pseudonym", "first_name", "last_name", "referrer_sector"])
def test_short_text_too_long(field: str) -> None:
    assert validate_case(valid(**{field: "x" * MAX_SHORT_TEXT}), TODAY) == []
    issues = validate_case(valid(**{field: "x" * (MAX_SHORT_TEXT + 1)}), TODAY)
    assert codes(issues) == {(field, ValidationCode.TOO_LONG)}


def test_screening_notes_too_long() -> None:
    assert validate_case(valid(screening_notes="x" * MAX_TEXT), TODAY) == []
    issues = validate_case(valid(screening_notes="x" * (MAX_TEXT + 1)), TODAY)
    assert codes(issues) == {("screening_notes", ValidationCode.TOO_LONG)}


def test_several_problems_are_reported_together() -> None:
    draft = valid(
        code="bad",
        phenomenon=None,
        registration_date=TODAY + timedelta(days=3),
        pseudonym="p" * 500,
    )
    assert codes(validate_case(draft, TODAY)) == {
        ("code", ValidationCode.BAD_FORMAT),
        ("phenomenon", ValidationCode.REQUIRED),
        ("registration_date", ValidationCode.DATE_IN_FUTURE),
        ("pseudonym", ValidationCode.TOO_LONG),
    }


def test_validation_error_carries_the_issues() -> None:
    issues = [ValidationIssue("code", ValidationCode.REQUIRED), ValidationIssue("x", ValidationCode.TOO_LONG)]
    err = ValidationError(issues)
    assert err.issues == issues
    assert str(err) == "code: required, x: too_long"
    assert isinstance(err, ValueError)


# -- suggest_case_code ---------------------------------------------------------------------------


def test_suggest_first_code_of_a_year() -> None:
    assert suggest_case_code("LIVC", 2026, []) == "LIVC-2026-001"


def test_suggest_next_code_ignores_other_years_and_prefixes() -> None:
    existing = ["LIVC-2026-001", "LIVC-2026-007", "LIVC-2025-099", "OTHER-2026-050", "LIVC-2026-abc"]
    assert suggest_case_code("LIVC", 2026, existing) == "LIVC-2026-008"


def test_suggest_code_beyond_three_digits_stays_valid() -> None:
    code = suggest_case_code("LIVC", 2026, ["LIVC-2026-999"])
    assert code == "LIVC-2026-1000"
    assert validate_case(valid(code=code), TODAY) == []


def test_suggest_code_escapes_the_prefix() -> None:
    assert suggest_case_code("A.B", 2026, ["AXB-2026-005"]) == "A.B-2026-001"


# -- through the services: refusals write nothing ------------------------------------------------


def row_counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.vault.session() as s:
        n_cases = s.scalar(select(func.count()).select_from(models.Case))
        n_events = s.scalar(select(func.count()).select_from(models.AuditEvent))
    return int(n_cases or 0), int(n_events or 0)


@pytest.mark.parametrize(
    "bad",
    [
        CaseDraft(),
        valid(code="nope"),
        valid(registration_date=TODAY + timedelta(days=1)),
        valid(next_review_date=REGISTERED - timedelta(days=1)),
        valid(first_name="x" * (MAX_SHORT_TEXT + 1)),
    ],
    ids=["empty", "bad-code", "future", "review-before-registration", "too-long"],
)
def test_create_case_refuses_and_writes_nothing(ctx: ServiceContext, bad: CaseDraft) -> None:
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as info:
        cases.create_case(ctx, bad)
    assert info.value.issues == validate_case(bad, TODAY)
    assert row_counts(ctx) == before


def test_update_case_refuses_and_writes_nothing(ctx: ServiceContext) -> None:
    case_id = cases.create_case(ctx, valid(pseudonym="Eerste"))
    before = row_counts(ctx)
    stored = cases.get_case(ctx, case_id)
    after_read = row_counts(ctx)
    with pytest.raises(ValidationError):
        cases.update_case(ctx, case_id, valid(pseudonym="Gewijzigd", code="LIVC-26-1"))
    with pytest.raises(ValidationError):
        cases.update_case(ctx, case_id, valid(pseudonym="Gewijzigd", phenomenon=None))
    assert row_counts(ctx) == after_read
    assert cases.get_case(ctx, case_id) == stored
    assert before[0] == after_read[0]


def test_duplicate_code_is_refused(ctx: ServiceContext) -> None:
    first = cases.create_case(ctx, valid(code="LIVC-2026-001"))
    second = cases.create_case(ctx, valid(code="LIVC-2026-002"))
    before = row_counts(ctx)
    for attempt in ("LIVC-2026-001", "  LIVC-2026-001 "):
        with pytest.raises(ValidationError) as info:
            cases.create_case(ctx, valid(code=attempt))
        assert info.value.issues == [ValidationIssue("code", ValidationCode.DUPLICATE)]
    with pytest.raises(ValidationError) as info:
        cases.update_case(ctx, second, valid(code="LIVC-2026-001"))
    assert ValidationIssue("code", ValidationCode.DUPLICATE) in info.value.issues
    assert row_counts(ctx) == before
    # Saving a case under its own code is not a duplicate.
    cases.update_case(ctx, first, valid(code="LIVC-2026-001", pseudonym="Zelfde code"))
    assert cases.get_case(ctx, first).pseudonym == "Zelfde code"


def test_suggest_code_service(ctx: ServiceContext) -> None:
    assert cases.suggest_code(ctx) == "LIVC-2026-001"
    cases.create_case(ctx, valid(code="LIVC-2026-004"))
    cases.create_case(ctx, valid(code="LIVC-2025-010", registration_date=date(2025, 6, 1)))
    assert cases.suggest_code(ctx) == "LIVC-2026-005"
    assert cases.suggest_code(ctx, 2025) == "LIVC-2025-011"


# -- property: whatever validation accepts can be saved and read back ----------------------------

ASCII_CODE = st.from_regex(r"[A-Z][A-Z0-9]{1,9}-[0-9]{4}-[0-9]{3,5}", fullmatch=True)
PADDING = st.sampled_from(["", " ", "  ", "\t", "\n"])
SHORT_TEXT = st.text(max_size=MAX_SHORT_TEXT // 4) | st.text(min_size=MAX_SHORT_TEXT - 2, max_size=MAX_SHORT_TEXT)


def mostly(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """``strategy`` three times out of four, else None (``a | st.none()`` would be None half the time)."""
    return st.one_of(strategy, strategy, strategy, st.none())


@st.composite
def case_drafts(draw: st.DrawFn, org_ids: list[int], member_ids: list[int]) -> CaseDraft:
    registration = draw(mostly(st.dates(date(1990, 1, 1), TODAY + timedelta(days=2))))
    floor = registration or date(1990, 1, 1)
    padded_code = st.builds(lambda a, c, b: a + c + b, PADDING, ASCII_CODE, PADDING)
    code = draw(st.one_of(padded_code, padded_code, padded_code, st.text(max_size=25)))
    return CaseDraft(
        code=code,
        pseudonym=draw(SHORT_TEXT),
        first_name=draw(SHORT_TEXT),
        last_name=draw(SHORT_TEXT),
        birth_date=draw(st.none() | st.dates(date(1900, 1, 1), floor)),
        is_minor=draw(st.booleans()),
        phenomenon=draw(mostly(st.sampled_from(Phenomenon))),
        ideology=draw(st.none() | st.sampled_from(Ideology)),
        referrer_organisation_id=draw(st.none() | st.sampled_from(org_ids)),
        referrer_sector=draw(SHORT_TEXT),
        registration_date=registration,
        status=draw(st.sampled_from(CaseStatus)),
        case_manager_id=draw(st.none() | st.sampled_from(member_ids)),
        next_review_date=draw(st.none() | st.dates(floor - timedelta(days=3), date(2031, 12, 31))),
        screening_notes=draw(st.text(max_size=400)),
    )


def normalised(draft: CaseDraft) -> CaseDraft:
    """What the service stores: surrounding white space of the one-line fields is dropped."""
    return dataclasses.replace(
        draft,
        code=draft.code.strip(),
        pseudonym=draft.pseudonym.strip(),
        first_name=draft.first_name.strip(),
        last_name=draft.last_name.strip(),
        referrer_sector=draft.referrer_sector.strip(),
    )


def test_accepted_drafts_round_trip(ctx: ServiceContext) -> None:
    org_ids = [
        reference.add_organisation(ctx, "Lokale politie", "PZ", OrganisationSector.POLICE),
        reference.add_organisation(ctx, "OCMW", "OCMW", OrganisationSector.SOCIAL_WELFARE),
    ]
    member_ids = [reference.add_member(ctx, "A. Peeters", org_ids[0], "inspecteur", MemberKind.CORE)]
    outcomes = {"saved": 0, "refused": 0}

    @settings(
        max_examples=100,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(draft=case_drafts(org_ids, member_ids))
    def check(draft: CaseDraft) -> None:
        issues = validate_case(draft, TODAY)
        note(f"issues: {issues}")
        if issues:
            before = row_counts(ctx)
            with pytest.raises(ValidationError):
                cases.create_case(ctx, draft)
            assert row_counts(ctx) == before
            outcomes["refused"] += 1
            return
        code = draft.code.strip()
        with ctx.vault.session() as s:
            existing = s.scalar(select(models.Case.id).where(models.Case.code == code))
        if existing is None:
            case_id = cases.create_case(ctx, draft)
        else:  # the same code came up again: saving over that case must round-trip as well
            case_id = existing
            cases.update_case(ctx, case_id, draft)
        assert cases.get_case(ctx, case_id, with_identity=True) == normalised(draft)
        outcomes["saved"] += 1

    check()
    # Both paths were exercised (about a fifth of the drafts are accepted).
    assert outcomes["saved"] >= 5, outcomes
    assert outcomes["refused"] >= 5, outcomes


# -- bidirectional control characters (issue 12, point 10) ---------------------------------------

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("char", list(BIDI_CONTROLS))
@pytest.mark.parametrize("field", ["pseudonym", "first_name", "last_name", "referrer_sector", "screening_notes"])
def test_bidi_controls_are_refused_in_every_case_text(field: str, char: str) -> None:
    issues = validate_case(valid(**{field: f"evil{char}fdp.exe"}), TODAY)
    assert codes(issues) == {(field, ValidationCode.BAD_CHARACTERS)}


def test_a_bidi_control_in_the_code_is_a_bad_format_once() -> None:
    assert codes(validate_case(valid(code="LIVC-2026-\u202e001"), TODAY)) == {("code", ValidationCode.BAD_FORMAT)}


def test_plain_direction_marks_and_arabic_names_are_allowed() -> None:
    assert validate_case(valid(first_name="\u0645\u062d\u0645\u062f\u200f", last_name="Peeters\u200e"), TODAY) == []


def test_text_helpers_name_each_field_with_a_bidi_control() -> None:
    from livcr_desktop.domain.validation import bidi_control, check_texts, text_issues

    assert bidi_control("a\u2068b") == "U+2068" and bidi_control("plain") is None
    assert text_issues({"title": "x\u202dy", "place": "Gemeentehuis", "note": None}) == [
        ValidationIssue("title", ValidationCode.BAD_CHARACTERS)
    ]
    with pytest.raises(ValidationError) as caught:
        check_texts(place="Raadzaal \u202e", title="ok")
    assert caught.value.issues == [ValidationIssue("place", ValidationCode.BAD_CHARACTERS)]
    check_texts(place="Raadzaal", title=None)


def test_the_case_service_refuses_a_bidi_control_and_writes_nothing(ctx: ServiceContext) -> None:
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as caught:
        cases.create_case(ctx, valid(last_name="Jansens\u202e"))
    assert caught.value.issues == [ValidationIssue("last_name", ValidationCode.BAD_CHARACTERS)]
    assert row_counts(ctx) == before
    case_id = cases.create_case(ctx, valid())
    with pytest.raises(ValidationError):
        cases.update_case(ctx, case_id, valid(screening_notes="verborgen \u2066tekst\u2069"))
    assert cases.get_case(ctx, case_id).screening_notes == ""
