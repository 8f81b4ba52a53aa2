"""Dates in forms and tables: QDate conversion, an optional date field, the display format."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit

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


SEPARATORS = frozenset("/-. :")


class SeparatorAfterFullSection(QObject):
    """Lets "13/01/2027" be typed the way it is written on paper.

    Qt moves to the next section by itself once a section is full ("13" fills the day), and then
    also moves on for the "/" the person types next, so the month went into the year and the
    date stored was not the one typed. A separator that follows such a jump is swallowed; one
    typed inside a section that is not full ("1/2/2027") still moves on, as in Qt.
    """

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._section_at_digit: QDateTimeEdit.Section | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QDateTimeEdit):
            return False
        text = event.text()
        if text.isdigit():
            self._section_at_digit = watched.currentSection()
            return False
        jumped = self._section_at_digit is not None and self._section_at_digit != watched.currentSection()
        self._section_at_digit = None
        return bool(text) and text in SEPARATORS and jumped


def typed_like_paper(*edits: QDateTimeEdit) -> None:
    """Install the separator rule on date (and time) fields; see `SeparatorAfterFullSection`."""
    for edit in edits:
        edit.installEventFilter(SeparatorAfterFullSection(edit))


class OptionalDate:
    """A "known" checkbox plus a date edit: a date that may be absent."""

    def __init__(self, check: QCheckBox, edit: QDateEdit) -> None:
        self.check, self.edit = check, edit
        typed_like_paper(edit)
        check.toggled.connect(edit.setEnabled)

    def set(self, value: date | None, default: date) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value or default))

    def get(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None
