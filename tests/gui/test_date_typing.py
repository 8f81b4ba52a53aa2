"""A date is typed the way it is written on paper: "13/01/2027" stores 13 January 2027.

Qt jumps to the month by itself once "13" fills the day, and used to jump again for the "/",
so the month went into the year and the stored date was not the one typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.widgets.dates import SeparatorAfterFullSection, typed_like_paper
from tests.helpers.windows import WALKS, Data, neutral_data


def _date_edit(qtbot: QtBot) -> QDateEdit:
    edit = QDateEdit(QDate(2026, 12, 3))
    edit.setDisplayFormat("dd/MM/yyyy")
    typed_like_paper(edit)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    return edit


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13/01/2027", QDate(2027, 1, 13)),  # full sections, separators typed as on paper
        ("13012027", QDate(2027, 1, 13)),  # digits only: Qt's own jumps
        ("1/2/2027", QDate(2027, 2, 1)),  # short sections: the separator moves on
        ("01/2/2027", QDate(2027, 2, 1)),
        ("31-12-2027", QDate(2027, 12, 31)),  # another separator, the same rule
    ],
)
def test_typed_date_is_stored(qtbot: QtBot, typed: str, stored: QDate) -> None:
    edit = _date_edit(qtbot)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == stored, edit.text()


def test_typed_time_is_stored(qtbot: QtBot) -> None:
    edit = QTimeEdit(QTime(14, 0))
    edit.setDisplayFormat("HH:mm")
    typed_like_paper(edit)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "09:30")
    assert edit.time() == QTime(9, 30), edit.text()


@pytest.fixture
def data(ctx: ServiceContext) -> Data:
    return neutral_data(ctx)


@pytest.mark.parametrize("walk", sorted(WALKS))
def test_every_date_field_types_like_paper(
    walk: str, qapp: QApplication, qtbot: QtBot, ctx: ServiceContext, data: Data, tmp_path: Path
) -> None:
    """Each date and time field of every window and dialog has the rule, so none is forgotten."""
    seen: set[int] = set()
    missing: list[str] = []
    for where, window in WALKS[walk](qtbot, ctx, data, tmp_path):
        for edit in window.findChildren(QDateTimeEdit):
            if id(edit) in seen:
                continue
            seen.add(id(edit))
            if not edit.findChildren(SeparatorAfterFullSection):
                missing.append(f"{where}: {edit.objectName() or edit.accessibleName() or type(edit).__name__}")
    assert not missing, "date fields without typed_like_paper:\n" + "\n".join(missing)
