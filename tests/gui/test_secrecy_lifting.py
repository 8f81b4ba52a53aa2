"""Issue 17, point 2, in the chair's window: a member bound by professional secrecy speaks; the
"beroepsgeheim" box starts ticked; unticking it asks who of that organisation agrees to lift the
secrecy (its members offered), and the name is recorded with the contribution. Without a name
nothing is added."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.enums import MemberKind, OrganisationSector
from livcr_desktop.services import reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from tests.gui.test_live_meeting_gui import all_present, choose, open_window
from tests.helpers.meeting_factory import make_cell, make_meeting

Key, Mod = Qt.Key, Qt.KeyboardModifier


def said_by(ctx: ServiceContext, organisation_id: int) -> list[models.Contribution]:
    with ctx.vault.session() as s:
        rows = list(
            s.scalars(select(models.Contribution).where(models.Contribution.organisation_id == organisation_id))
        )
        s.expunge_all()
        return rows


def test_lifting_secrecy_in_the_meeting_records_who_agreed(qtbot: QtBot, ctx: ServiceContext) -> None:
    cell = make_cell(ctx)
    caw = reference.add_organisation(ctx, "CAW Testdorp", "CAW", OrganisationSector.SOCIAL_WELFARE, True)
    reference.add_member(ctx, "Carla Hulpverlener", caw, "lid", MemberKind.CORE)
    mid = make_meeting(ctx, cell)
    w = open_window(qtbot, ctx, mid)
    all_present(qtbot, w)
    due = cell.cases["due"]
    while w.case_page.case_id != due:
        qtbot.keyClick(w, Key.Key_PageDown, Mod.ControlModifier)
    form = w.case_page.contribution_form
    qtbot.keyClick(w, Key.Key_B, Mod.ControlModifier)
    choose(form.organisation, caw)
    assert form.secrecy.isChecked() and not form.lifted_by.isVisible()  # bound: secret by default

    # Ctrl+Shift+G unticks it: who agrees is asked, the organisation's member offered.
    qtbot.keyClick(w, Key.Key_G, Mod.ControlModifier | Mod.ShiftModifier)
    assert not form.secrecy.isChecked()
    assert form.lifted_by.isVisible() and form.lifted_by.currentText() == "Carla Hulpverlener"
    qtbot.keyClicks(form.text, "Werkt mee aan de begeleiding")
    qtbot.keyClick(form.text, Key.Key_Return)
    [added] = said_by(ctx, caw)
    assert not added.professional_secrecy and added.secrecy_lifted_by == "Carla Hulpverlener"
    assert added.secrecy_lifted_at == ctx.now() and added.text == "Werkt mee aan de begeleiding"
    assert form.secrecy.isChecked() and not form.lifted_by.isVisible()  # the next one starts secret again

    # No name: a clear message, nothing added.
    qtbot.keyClick(w, Key.Key_G, Mod.ControlModifier | Mod.ShiftModifier)
    form.lifted_by.setFocus()
    qtbot.keyClick(form.lifted_by, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClick(form.lifted_by, Key.Key_Delete)
    form.text.setFocus()
    qtbot.keyClicks(form.text, "Nog een feit")
    qtbot.keyClick(form.text, Key.Key_Return)
    assert form.error.isVisible() and "opheffen van het beroepsgeheim" in form.error.text()
    assert form.lifted_by.hasFocus()
    assert len(said_by(ctx, caw)) == 1
    w.flush()
    w.close()
