"""The refusals of issue 17 in the window: a letter to an unreachable or anonymous signal giver (the
window asks the service, which audits the refusal), a role that may not edit the form, a finalised
meeting, a form whose consent is incomplete or was withdrawn; each says why and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.outgoing import Refusal
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import feedback_form as ff
from livcr_desktop.services import feedback_log, meetings
from livcr_desktop.services import referrer_letter as rl
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views import tasks
from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog
from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog
from tests.helpers.meeting_factory import make_meeting
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


def _refusals(ctx: ServiceContext, entity: str) -> list[str]:
    ae = models.AuditEvent
    with ctx.vault.session() as s:
        rows = s.scalars(select(ae).where(ae.entity == entity, ae.action == "refused").order_by(ae.id))
        return [json.loads(r.detail)["reason"] for r in rows]


def _active(qtbot: QtBot, dlg: QWidget) -> None:
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)


def _alt(qtbot: QtBot, dlg: QWidget, key: Qt.Key, until: Callable[[], object] | None = None) -> None:
    """Alt+key; a button's mnemonic clicks it after a short animation, so wait ``until`` it has acted."""
    qtbot.keyClick(dlg, key, Qt.KeyboardModifier.AltModifier)
    if until is not None:
        qtbot.waitUntil(lambda: bool(until()))


def test_the_window_and_the_service_agree_on_the_signal_giver(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ``due`` case has a named, reachable signal giver and no referring organisation: the letter is
    open in the window as in the service; the withheld ``pseudo`` case is closed in both."""
    scene = make_scene(ctx)  # without the referring organisation the other tests give ``due``
    out = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.due) is None and feedback_log.can_give_feedback(
        ctx, scene.due
    )
    dlg = FeedbackDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    _active(qtbot, dlg)
    assert "Anonieme aanmelding" not in dlg.recipient_label.text()
    assert dlg.letter_button.isEnabled() and dlg.save_button.isEnabled()
    _alt(qtbot, dlg, Qt.Key.Key_B, lambda: "De brief is bewaard" in dlg.warning.text())  # "&Brief aan de …"
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert out.exists() and len(feedback_log.list_feedback(ctx, scene.due)) == 1
    # the signal giver who chose anonymity: no letter, and the window says why
    assert rl.letter_refusal(ctx, scene.meeting_id, scene.pseudo) is Refusal.SIGNAL_GIVER_ANONYMOUS
    closed = FeedbackDialog(ctx, scene.pseudo)
    qtbot.addWidget(closed)
    closed.show()
    assert not closed.letter_button.isEnabled() and not closed.save_button.isEnabled()
    assert "Anonieme aanmelding" in closed.recipient_label.text()
    assert closed.warning.text() == "De signaalgever koos voor anonimiteit: er gaat geen brief uit."


def test_the_letter_refused_in_the_window_is_audited(
    qtbot: QtBot, ctx: ServiceContext, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def where(*args: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(where))
    set_signal_giver(ctx, scene.due, SIGNAL_GIVER, "")
    dlg = FeedbackDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    _active(qtbot, dlg)
    _alt(qtbot, dlg, Qt.Key.Key_B, dlg.warning.text)
    assert "geen contactgegevens" in dlg.warning.text()
    assert _refusals(ctx, "referrer_letter") == ["signal_giver_unreachable"] and asked == []  # no file asked for


def _says(label: QLabel, text: str) -> Callable[[], bool]:
    return lambda: text in label.text()


def _consent_list(dlg: FeedbackFormDialog) -> list[str]:
    return [dlg.consent_model.row_at(r).member_name for r in range(dlg.consent_model.rowCount())]


def test_a_withdrawal_after_complete_consent_stops_production_by_keys(
    qtbot: QtBot, ctx: ServiceContext, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "fiche.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    dlg = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    _active(qtbot, dlg)
    # exactly the members present for the case: not the justitiehuis partner (invited for the other case),
    # not the excused OCMW member
    assert _consent_list(dlg) == ["Burgemeester Voorbeeld", "Secretaris Fictief", "Inspecteur Verzonnen"]
    for after in ("Akkoord: 1 van 3", "Akkoord: 2 van 3", "Alle aanwezige"):  # "A&kkoord", then the next member
        _alt(qtbot, dlg, Qt.Key.Key_K, _says(dlg.status, after))
    assert dlg.status.text() == "Alle aanwezige leden gingen akkoord met deze tekst."
    _alt(qtbot, dlg, Qt.Key.Key_L)  # "&Leden aanwezig voor deze casus:"
    assert dlg.consents.hasFocus()
    qtbot.keyClick(dlg.consents, Qt.Key.Key_Up)  # from the last member to the secretary
    assert dlg.consent_model.row_at(dlg.consents.currentIndex().row()).member_name == "Secretaris Fictief"
    _alt(qtbot, dlg, Qt.Key.Key_I, lambda: "trekt" in dlg.message.text())  # "Akkoord &intrekken"
    assert dlg.message.text() == "Secretaris Fictief trekt het akkoord in."
    assert dlg.status.text() == "Akkoord: 2 van 3 aanwezige leden."
    _alt(qtbot, dlg, Qt.Key.Key_P, lambda: "Nog niet alle leden" in dlg.message.text())  # "&Produceren…"
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert not out.exists()
    form = ff.get_form(ctx, scene.meeting_id, scene.due)
    assert form is not None and form.produced_at is None and not form.complete


def test_the_meeting_choice_offers_only_meetings_with_the_case_on_the_agenda(
    qtbot: QtBot, ctx: ServiceContext, scene: Scene
) -> None:
    with_case = make_meeting(ctx, scene.cell, date(2026, 12, 9), propose=False)
    meetings.add_agenda_item(ctx, with_case, scene.due)
    without = make_meeting(ctx, scene.cell, date(2026, 12, 16), propose=False)
    meetings.add_agenda_item(ctx, without, scene.cell.cases["later"])
    dlg = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    dlg.show()
    offered = [dlg.meeting.itemData(i) for i in range(dlg.meeting.count())]
    assert offered == [with_case, scene.meeting_id]  # the latest first; not the meeting without the case
    other = FeedbackFormDialog(ctx, scene.cell.cases["later"])
    qtbot.addWidget(other)
    assert [other.meeting.itemData(i) for i in range(other.meeting.count())] == [without]


def test_a_case_manager_is_told_why_editing_is_off(qtbot: QtBot, ctx: ServiceContext, scene: Scene) -> None:
    ff.compose_form(ctx, scene.meeting_id, scene.due)
    dlg = FeedbackFormDialog(replace(ctx, role=Role.CASE_MANAGER), scene.due)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.save_button.isEnabled() and not dlg.agree_button.isEnabled()
    assert dlg.editing_note.isVisible()
    assert dlg.editing_note.text().startswith("Uw rol mag de tekst niet wijzigen en geen akkoorden registreren")
    chair = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(chair)
    chair.show()
    assert not chair.editing_note.isVisible() and chair.save_button.isEnabled()


def _finalise(ctx: ServiceContext, meeting_id: int, status: MeetingStatus = MeetingStatus.FINALISED) -> None:
    with ctx.vault.session() as s:
        s.get_one(models.Meeting, meeting_id).status = status


def test_a_finalised_meeting_closes_the_form_and_says_so(qtbot: QtBot, ctx: ServiceContext, scene: Scene) -> None:
    form = ff.compose_form(ctx, scene.meeting_id, scene.due)
    # finalised while the window is open: saving says so, changes nothing and closes the editing
    dlg = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    _active(qtbot, dlg)
    _alt(qtbot, dlg, Qt.Key.Key_A)  # "Richting van de &aanpak:"
    qtbot.keyClicks(dlg.direction, " Aangevuld.")
    _finalise(ctx, scene.meeting_id)
    _alt(qtbot, dlg, Qt.Key.Key_B, dlg.message.text)  # "Tekst &bewaren"
    assert dlg.message.text() == "Het verslag van deze vergadering is gefinaliseerd: er is niets gewijzigd."
    assert ff.get_form(ctx, scene.meeting_id, scene.due) == form
    assert not dlg.save_button.isEnabled() and not dlg.direction.isEnabled() and not dlg.agree_button.isEnabled()
    assert dlg.editing_note.isVisible() and "gefinaliseerd" in dlg.editing_note.text()
    dlg.close()
    # the same for a consent
    _finalise(ctx, scene.meeting_id, MeetingStatus.IN_PROGRESS)
    dlg = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(dlg)
    _active(qtbot, dlg)
    _finalise(ctx, scene.meeting_id)
    _alt(qtbot, dlg, Qt.Key.Key_K, dlg.message.text)
    assert dlg.message.text() == "Het verslag van deze vergadering is gefinaliseerd: er is niets gewijzigd."
    assert ff.get_form(ctx, scene.meeting_id, scene.due) == form and not dlg.withdraw_button.isEnabled()
    # opened on a finalised meeting: closed from the start, producing stays possible
    closed = FeedbackFormDialog(ctx, scene.due)
    qtbot.addWidget(closed)
    closed.show()
    for w in (closed.reference, closed.direction, closed.save_button, closed.agree_button, closed.in_minutes):
        assert not w.isEnabled()
    assert closed.editing_note.isVisible() and closed.produce_button.isEnabled()
