"""Issue 13: the feedback form's fields in one order, for the form PDF, the minutes and the wall."""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.feedback_form_rows import FormField, form_rows
from livcr_desktop.domain.outgoing import FeedbackFormFields


def _label(field: FormField) -> str:
    return f"<{field}>"


def _follows(yes: bool) -> str:
    return "follows" if yes else "does not follow"


def test_every_field_in_the_form_order_with_its_label() -> None:
    fields = FeedbackFormFields("PV 12", True, "school", "prevention", date(2026, 5, 17))
    assert form_rows(fields, _label, _follows, lambda d: d.strftime("%d/%m/%Y")) == [
        ("<reference>", "PV 12"),
        ("<follows_up>", "follows"),
        ("<direction>", "school"),
        ("<contact>", "prevention"),
        ("<date>", "17/05/2026"),
    ]


def test_empty_fields_are_empty_values_and_the_date_is_not_written_without_one() -> None:
    def day(_: date) -> str:
        raise AssertionError("no date to write")

    rows = form_rows(FeedbackFormFields("", False, "", "", None), _label, _follows, day)
    assert [value for _, value in rows] == ["", "does not follow", "", "", ""]


def test_a_view_model_with_an_iso_date_gives_the_same_rows() -> None:
    """The minutes' and the wall's copies of the form carry the date as ISO text ("" for none)."""

    class Copy:
        police_reference = "PV 12"
        follows_up = True
        direction = "school"
        contact_point = "prevention"
        form_date = "2026-05-17"

    fields = FeedbackFormFields("PV 12", True, "school", "prevention", date(2026, 5, 17))
    by_date = form_rows(fields, _label, _follows, lambda d: d.isoformat())
    assert form_rows(Copy(), _label, _follows, lambda text: text) == by_date
