"""Issue 13: one way to write a moment, for the minutes and the feedback form window."""

from __future__ import annotations

from datetime import datetime

from livcr_desktop.domain.timestamps import stamp


def test_a_moment_is_belgian_day_month_year_and_the_time_to_the_minute() -> None:
    assert stamp(datetime(2026, 5, 7, 9, 5, 42)) == "07/05/2026 09:05"


def test_no_moment_is_empty_or_what_the_caller_shows_instead() -> None:
    assert stamp(None) == ""
    assert stamp(None, "—") == "—"
