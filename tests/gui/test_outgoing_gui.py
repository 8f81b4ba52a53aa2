"""The refusals of issue 17 in the window: a letter to an unreachable signal giver, a role that may not
edit the form, a form whose consent is incomplete; each says why and nothing is written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.roles import Role
from livcr_desktop.services import feedback_form as ff
from livcr_desktop.services import feedback_log
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views import tasks
from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog
from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog
from tests.helpers.outgoing import SIGNAL_GIVER, Scene, make_scene, set_signal_giver


@pytest.fixture
def scene(ctx: ServiceContext) -> Scene:
    scene = make_scene(ctx)
    with ctx.vault.session() as s:
        s.get_one(models.Case, scene.due).referrer_organisation_id = scene.cell.orgs["CLB"]
    return scene


def test_a_letter_to_an_unreachable_signal_giver_is_refused_in_the_window(
    qtbot: QtBot, ctx: ServiceContext, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "")
    dlg = FeedbackDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.letter_button, Qt.MouseButton.LeftButton)
    assert "geen contactgegevens" in dlg.warning.text() and not out.exists()
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "Schoolstraat 1")
    qtbot.mouseClick(dlg.letter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "De brief is bewaard" in dlg.warning.text())
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert out.exists() and dlg.log_model.rowCount() == len(feedback_log.list_feedback(ctx, scene.due)) == 1


def test_a_case_manager_reads_the_form_but_may_not_edit_it(qtbot: QtBot, ctx: ServiceContext, scene: Scene) -> None:
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    dlg = FeedbackFormDialog(replace(ctx, role=Role.CASE_MANAGER), scene.due)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.reference.text() == "LIVC-2026-001"
    for w in (dlg.direction, dlg.save_button, dlg.agree_button, dlg.withdraw_button):
        assert not w.isEnabled()
    assert dlg.produce_button.isEnabled()  # it may produce, and the service refuses without consent


def test_produce_without_complete_consent_says_why(
    qtbot: QtBot, ctx: ServiceContext, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "fiche.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    ff.record_consent(ctx, scene.meeting_id, scene.due, scene.cell.members["chair"])
    dlg = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.status.text() == "Akkoord: 1 van 3 aanwezige leden."
    qtbot.mouseClick(dlg.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nog niet alle leden" in dlg.message.text())
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert not out.exists()
    dlg.form_date.setText("31/02/2026")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.errors["form_date"].text() == "Geef een datum als dd/mm/jjjj." and dlg.errors["form_date"].isVisible()
