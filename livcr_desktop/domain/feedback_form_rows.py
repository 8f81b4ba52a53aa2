"""The feedback form's fields in their one order, for every rendering of it (issue 13).

The form to the police (reports/outgoing_pdf.py), the cell's minutes (reports/minutes_pdf.py) and
the wall while the room agrees to it (views/projector/texts.py) each word the fields their own way;
which fields there are, in which order, and how "follows up" and the date become text is here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Protocol, TypeVar

D = TypeVar("D", date, str)  # the form's date: a date, or an ISO date ("" for none) in view models
D_co = TypeVar("D_co", date, str, covariant=True)


class FormField(StrEnum):
    """A field of the feedback form (the values end the wording keys: ``form_reference``, ...)."""

    REFERENCE = "reference"
    FOLLOWS_UP = "follows_up"
    DIRECTION = "direction"
    CONTACT = "contact"
    DATE = "date"


class FormText(Protocol[D_co]):
    """What every carrier of the form's text holds (``domain.outgoing.FeedbackFormFields`` and its copies)."""

    @property
    def police_reference(self) -> str: ...
    @property
    def follows_up(self) -> bool: ...
    @property
    def direction(self) -> str: ...
    @property
    def contact_point(self) -> str: ...
    @property
    def form_date(self) -> D_co | None: ...


def form_rows(
    fields: FormText[D],
    label: Callable[[FormField], str],
    follows: Callable[[bool], str],
    day: Callable[[D], str],
) -> list[tuple[str, str]]:
    """``(label, value)`` for each field of the form, in the form's order; ``""`` for an empty field.

    ``label`` words a field, ``follows`` whether the cell follows the case up (a sentence, never
    empty), ``day`` writes the form's date (it is not called without one).
    """
    return [
        (label(FormField.REFERENCE), fields.police_reference),
        (label(FormField.FOLLOWS_UP), follows(fields.follows_up)),
        (label(FormField.DIRECTION), fields.direction),
        (label(FormField.CONTACT), fields.contact_point),
        (label(FormField.DATE), day(fields.form_date) if fields.form_date else ""),
    ]
