"""Dates in forms and tables: QDate conversion, an optional date field, the display format."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit

from livcr_desktop.views.widgets import labels


def format_date(d: date | None) -> str:
    """A date as the user's language writes it; empty for no date."""
    if d is None:
        return ""
    return labels.date_text(d)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class OptionalDate:
    """A "known" checkbox plus a date edit: a date that may be absent."""

    def __init__(self, check: QCheckBox, edit: QDateEdit) -> None:
        self.check, self.edit = check, edit
        check.toggled.connect(edit.setEnabled)

    def set(self, value: date | None, default: date) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value or default))

    def get(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None
