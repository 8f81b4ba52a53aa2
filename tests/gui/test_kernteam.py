"""The kernteam by keys (issue 16, point 3): a member put in the kernteam in the cell's set-up, and a
kernteam meeting planned in the meeting dialog, inviting the kernteam and proposing its agenda."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.case_intake import CaseIntake
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import AgendaItemKind, MeetingKind, Phenomenon
from livcr_desktop.services import cases, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.cell_dialog import MEMBER_TAB, open_cell_setup
from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog
from tests.gui.test_cell_dialog import alt, type_in
from tests.helpers.meeting_factory import make_cell, mark_new_referral

Key = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def choose(qtbot: QtBot, dialog: QWidget, letter: str, text: str) -> None:
    """Alt+letter to a combo box, Home, then Down to the entry that starts with ``text``."""
    alt(qtbot, dialog, letter)
    combo = focused()
    assert isinstance(combo, QComboBox)
    target = next(i for i in range(combo.count()) if combo.itemText(i).lower().startswith(text.lower()))
    qtbot.keyClick(combo, Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Key.Key_Down)
    assert combo.currentIndex() == target


def show(qtbot: QtBot, d: QWidget) -> None:
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)


def test_member_put_in_the_kernteam_by_keys(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    d = open_cell_setup(ctx)
    show(qtbot, d)
    alt(qtbot, d, "l")
    assert d.tabs.currentIndex() == MEMBER_TAB
    model = d.member_model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Kernteam")
    row = model.row_of(cell.members["police"])
    assert row is not None and model.index(row, column).data() == "—"
    d.member_table.setFocus()
    d.member_table.selectRow(row)  # the row chosen fills the form
    assert d.member_name.text() == "Inspecteur Verzonnen" and not d.member_kernteam.isChecked()
    alt(qtbot, d, "z")
    assert d.member_kernteam.isChecked()
    alt(qtbot, d, "w")
    assert "gewijzigd" in d.message.text()
    police = next(m for m in reference.member_records(ctx) if m.id == cell.members["police"])
    assert police.kernteam and police.role == "informatieofficier"  # the rest as it was
    assert model.index(model.row_of(police.id) or 0, column).data() == "ja"

    d.member_table.clearSelection()
    type_in(qtbot, d, "a", "Preventie Kern")
    choose(qtbot, d, "i", "PREV")
    type_in(qtbot, d, "f", "preventieambtenaar")
    assert d.member_kernteam.isChecked()  # still as for the member chosen before: Alt+Z turns it off and on
    alt(qtbot, d, "z")
    assert not d.member_kernteam.isChecked()
    alt(qtbot, d, "z")
    alt(qtbot, d, "v")
    assert "toegevoegd" in d.message.text()
    assert not d.member_kernteam.isChecked()  # the form is cleared for the next one
    kern = {m.name for m in reference.member_records(ctx) if m.kernteam}
    assert kern == {"Inspecteur Verzonnen", "Preventie Kern"}


def test_kernteam_meeting_planned_by_keys(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    for key in ("secretary", "jh"):  # a core member and an invited one
        r = next(r for r in reference.member_records(ctx) if r.id == cell.members[key])
        reference.update_member(
            ctx, r.id, r.name, r.organisation_id, r.role, r.kind, r.function, r.active_from, kernteam=True
        )
    mark_new_referral(ctx, cell.cases["pseudo"])
    urgent = cases.create_case(
        ctx,
        CaseDraft(code="LIVC-2026-010", registration_date=date(2026, 11, 10), phenomenon=Phenomenon.EXTREMISM),
        CaseIntake(signal_text="Dreigende berichten op school.", urgent=True),
    )
    d = NewMeetingDialog(ctx)
    show(qtbot, d)
    regular_text = d.proposal.text()
    choose(qtbot, d, "s", "kernteam")
    assert d.proposal.text() != regular_text and "kernteam" in d.proposal.text()
    choose(qtbot, d, "v", "Secr")
    alt(qtbot, d, "p")
    assert focused() is d.place
    qtbot.keyClicks(d.place, "Stadhuis, bureau preventie")
    qtbot.keyClick(focused(), Key.Key_Return)
    qtbot.waitUntil(lambda: d.meeting_id is not None and not d.isVisible())
    assert d.meeting_id is not None
    m = meetings.get_meeting(ctx, d.meeting_id)
    assert m.kind is MeetingKind.CORE_TEAM
    assert {a.member_id for a in m.attendance} == {cell.members["secretary"], cell.members["jh"]}
    assert [(e.kind, e.case_id) for e in m.agenda] == [
        (AgendaItemKind.ACTION_REVIEW, None),
        (AgendaItemKind.NEW_REFERRAL, cell.cases["pseudo"]),
        (AgendaItemKind.NEW_REFERRAL, urgent),  # not "due": the regular meeting reviews it
    ]
