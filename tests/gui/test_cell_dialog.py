"""The cell's set-up dialog (issue 16, point 1): keys only, unique Alt-letters, Dutch refusals, history kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.enums import MemberKind, OrganisationSector
from livcr_desktop.domain.meeting import MeetingDraft
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views.admin.cell_dialog import CellSetupDialog, open_cell_setup

Key, Alt = Qt.Key, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def dialog(qtbot: QtBot, ctx: ServiceContext) -> Iterator[CellSetupDialog]:
    d = open_cell_setup(ctx)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    yield d


def alt(qtbot: QtBot, d: QWidget, letter: str) -> None:
    """Alt+letter; a button's mnemonic clicks it with an animation: wait until it is released."""
    qtbot.keyClick(QApplication.focusWidget() or d, getattr(Key, f"Key_{letter.upper()}"), Alt)
    window = QApplication.activeWindow() or d
    qtbot.waitUntil(lambda: not any(b.isDown() for b in window.findChildren(QAbstractButton)))


def type_in(qtbot: QtBot, d: QWidget, letter: str, text: str) -> None:
    alt(qtbot, d, letter)
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what the field holds
    qtbot.keyClicks(target, text)


def mnemonics(d: QWidget) -> list[str]:
    texts = [w.text() for w in d.findChildren(QLabel) + d.findChildren(QAbstractButton) if "&" in w.text()]
    tabs = d.tabs  # type: ignore[attr-defined]
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [m.lower() for t in texts for m in re.findall(r"&(\w)", t)]


def test_every_label_has_its_own_alt_letter(dialog: CellSetupDialog) -> None:
    letters = mnemonics(dialog)
    assert len(letters) >= 20
    assert len(letters) == len(set(letters)), sorted(letters)


def test_identity_organisations_and_members_by_keys(qtbot: QtBot, dialog: CellSetupDialog, ctx: ServiceContext) -> None:
    assert dialog.tabs.currentIndex() == 0  # a new cell starts with its identity
    type_in(qtbot, dialog, "g", "Fictiefdonk")
    type_in(qtbot, dialog, "n", "LIVC-R Fictiefdonk")
    alt(qtbot, dialog, "s")
    assert reference.cell_identity(ctx) == reference.CellIdentity("Fictiefdonk", "LIVC-R Fictiefdonk")

    alt(qtbot, dialog, "o")
    assert dialog.tabs.currentIndex() == 1
    type_in(qtbot, dialog, "m", "CAW Fictiefdonk")
    type_in(qtbot, dialog, "k", "CAW")
    alt(qtbot, dialog, "b")
    alt(qtbot, dialog, "v")
    assert "toegevoegd" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.org_name  # ready for the next one
    type_in(qtbot, dialog, "m", "Ander CAW")
    type_in(qtbot, dialog, "k", "CAW")
    alt(qtbot, dialog, "v")
    assert dialog.message.text() == "Er is al een organisatie met deze korte naam."
    assert dialog.org_model.rowCount() == 1
    [org] = reference.organisation_records(ctx)
    assert org.professional_secrecy

    alt(qtbot, dialog, "l")
    type_in(qtbot, dialog, "a", "Els Janssens")
    alt(qtbot, dialog, "v")
    assert dialog.message.text() == "Kies een organisatie uit de lijst."
    alt(qtbot, dialog, "i")
    qtbot.keyClick(dialog.member_org, Key.Key_Down)
    type_in(qtbot, dialog, "f", "maatschappelijk werker")
    alt(qtbot, dialog, "v")
    assert dialog.message.text() == "Lid Els Janssens toegevoegd."
    [member] = reference.member_records(ctx)
    assert (member.organisation_id, member.function, member.kind) == (org.id, "maatschappelijk werker", MemberKind.CORE)

    # choose the row with the keyboard, change it, retire it (confirmed); the history keeps it
    dialog.member_table.setFocus()
    qtbot.keyClick(dialog.member_table, Key.Key_Space)  # the current row (first) is chosen
    assert dialog.member_name.text() == "Els Janssens"
    type_in(qtbot, dialog, "e", "casemanager")
    alt(qtbot, dialog, "w")
    assert reference.member_records(ctx)[0].role == "casemanager"
    dialog.confirm = lambda _title, _question: True
    alt(qtbot, dialog, "r")
    assert "teruggetrokken" in dialog.message.text()
    assert dialog.member_model.rowCount() == 0
    alt(qtbot, dialog, "h")
    assert dialog.member_model.rowCount() == 1 and dialog.member_model.entry(0).active_to is not None


def test_a_role_that_may_not_administer_only_reads(qtbot: QtBot, vault: Vault, ctx: ServiceContext) -> None:
    reference.add_organisation(ctx, "Politiezone", "PZ", OrganisationSector.POLICE)
    d = CellSetupDialog(ServiceContext(vault, "lid", role=Role.READ_ONLY))
    qtbot.addWidget(d)
    assert d.org_model.rowCount() == 1
    assert not d.org_name.isEnabled() and not d.save_identity.isEnabled() and not d.add_button.isEnabled()
    assert "Alleen" in d.message.text()


def test_a_duplicate_organisation_name_is_refused(qtbot: QtBot, dialog: CellSetupDialog, ctx: ServiceContext) -> None:
    reference.add_organisation(ctx, "Politiezone Noord", "PZN", OrganisationSector.POLICE)
    dialog.reload()
    alt(qtbot, dialog, "o")
    type_in(qtbot, dialog, "m", "politiezone noord")  # the same name, whatever the case
    type_in(qtbot, dialog, "k", "PZ2")
    alt(qtbot, dialog, "v")
    assert dialog.message.text() == "Er is al een organisatie met deze naam."
    assert [o.short_name for o in reference.organisation_records(ctx, include_retired=True)] == ["PZN"]


def test_retiring_an_organisation_retires_its_members(
    qtbot: QtBot, dialog: CellSetupDialog, ctx: ServiceContext
) -> None:
    caw = reference.add_organisation(ctx, "CAW Noord", "CAW", OrganisationSector.WELFARE)
    reference.add_member(ctx, "Els Janssens", caw, "", MemberKind.CORE)
    dialog.reload()
    alt(qtbot, dialog, "o")
    dialog.org_table.setFocus()
    qtbot.keyClick(dialog.org_table, Key.Key_Space)
    assert dialog.org_name.text() == "CAW Noord"
    asked: list[str] = []

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return True

    dialog.confirm = confirm
    alt(qtbot, dialog, "r")
    assert asked and "CAW Noord" in asked[0]
    assert dialog.message.text() == "CAW Noord is teruggetrokken; de geschiedenis blijft bewaard."
    assert dialog.org_model.rowCount() == 0
    assert reference.organisation_records(ctx) == [] and reference.member_records(ctx) == []
    alt(qtbot, dialog, "h")
    assert dialog.org_model.rowCount() == 1 and not dialog.org_model.entry(0).active


def test_retiring_a_chair_offers_to_hand_over(qtbot: QtBot, dialog: CellSetupDialog, ctx: ServiceContext) -> None:
    pz = reference.add_organisation(ctx, "Politiezone Noord", "PZN", OrganisationSector.POLICE)
    chair = reference.add_member(ctx, "An Peeters", pz, "voorzitter", MemberKind.CORE)
    other = reference.add_member(ctx, "Bert Claes", pz, "voorzitter", MemberKind.CORE)
    draft = MeetingDraft(meeting_date=date(2026, 12, 10), place="Stadhuis", chair_id=chair)
    meeting = meetings.create_meeting(ctx, draft, propose=False)
    number = meetings.get_meeting(ctx, meeting).number
    dialog.reload()
    alt(qtbot, dialog, "l")
    assert dialog.handover.isHidden()
    dialog.member_table.setFocus()
    qtbot.keyClick(dialog.member_table, Key.Key_Space)  # the first row: An Peeters
    assert dialog.member_name.text() == "An Peeters"
    dialog.confirm = lambda _title, _question: True
    alt(qtbot, dialog, "r")
    assert dialog.message.text().startswith(
        f"An Peeters is niet teruggetrokken: nog voorzitter of secretaris van geplande vergadering {number}."
    )
    assert {m.id for m in reference.member_records(ctx)} == {chair, other}  # nothing retired
    assert dialog.handover.isVisible()
    assert QApplication.focusWidget() is dialog.handover_to  # choose whom to hand over to
    assert [dialog.handover_to.itemText(i) for i in range(dialog.handover_to.count())] == [
        "— kies —",
        "Bert Claes (PZN)",
    ]

    qtbot.keyClick(dialog.handover_to, Key.Key_Tab)  # nobody chosen yet: refused
    assert QApplication.focusWidget() is dialog.handover_button
    qtbot.keyClick(dialog.handover_button, Key.Key_Space)
    assert dialog.message.text() == "Kies aan wie u overdraagt."
    assert meetings.get_meeting(ctx, meeting).chair_id == chair

    qtbot.keyClick(dialog.handover_button, Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.handover_to
    qtbot.keyClick(dialog.handover_to, Key.Key_Down)
    assert dialog.handover_to.currentData() == other
    qtbot.keyClick(dialog.handover_to, Key.Key_Tab)
    qtbot.keyClick(dialog.handover_button, Key.Key_Space)
    assert dialog.message.text() == (
        "An Peeters is teruggetrokken; de vergaderingen en acties zijn overgedragen aan Bert Claes (PZN)."
    )
    assert meetings.get_meeting(ctx, meeting).chair_id == other
    assert [m.id for m in reference.member_records(ctx)] == [other]
    assert dialog.handover.isHidden() and dialog.member_model.rowCount() == 1
