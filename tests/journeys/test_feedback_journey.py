"""Issue 17 by keys from the main window: the feedback form to the police for one case.

Find the case, open its timeline (Ctrl+T), the feedback to the signal giver (Alt+T), then the form
(Alt+F); type the direction in the cell's words and save it; every member present for the case agrees
in turn; one edit voids every consent (the window says so); producing is refused until the room agrees
again; then it is produced and the PDF read back holds the text and none of what may not leave.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views import tasks
from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog
from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog
from livcr_desktop.views.main_window import MainWindow
from tests.helpers.outgoing import ACTION, DECISION_REASON, OPEN_CONTRIBUTION, SECRET_CONTRIBUTION, Scene, make_scene
from tests.helpers.recorded_meeting import pages_text

Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def scene(ctx: ServiceContext) -> Scene:
    scene = make_scene(ctx)
    with ctx.vault.session() as s:  # a named referral: the timeline offers the feedback dialog
        s.get_one(models.Case, scene.due).referrer_organisation_id = scene.cell.orgs["CLB"]
    return scene


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, scene: Scene) -> Iterator[MainWindow]:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, k, modifier)


def alt(qtbot: QtBot, letter: Qt.Key) -> None:
    key(qtbot, letter, Mod.AltModifier)


def modal(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    widget = QApplication.activeModalWidget()
    assert widget is not None

    def has_the_keyboard() -> bool:  # the dialog itself, not the window under it, before a key goes out
        focus = QApplication.focusWidget()
        return focus is not None and focus.window() is widget and QApplication.activeWindow() is widget

    qtbot.waitUntil(has_the_keyboard)
    return widget


def agreed(dlg: FeedbackFormDialog) -> int:
    return sum(1 for r in range(dlg.consent_model.rowCount()) if dlg.consent_model.index(r, 2).data() != "—")


def agree_round(qtbot: QtBot, dlg: FeedbackFormDialog) -> None:
    """Alt+L to the members, Ctrl+Home to the first; Alt+K for each (a mnemonic clicks after a short delay)."""
    alt(qtbot, Key.Key_L)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.consents)
    key(qtbot, Key.Key_Home, Mod.ControlModifier)
    for n in range(1, 4):
        alt(qtbot, Key.Key_K)
        qtbot.waitUntil(lambda n=n: agreed(dlg) == n)  # type: ignore[misc]


def test_compose_consent_edit_voids_consent_again_produce(
    qtbot: QtBot, window: MainWindow, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "fiche.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    qtbot.keyClicks(window.search, "LIVC-2026-001")
    assert window.model.rowCount() == 1
    for _ in range(6):  # Tab to the list: its current row is the case
        if QApplication.focusWidget() is window.table:
            break
        key(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is window.table and window.selected_case_id() == scene.due
    key(qtbot, Key.Key_T, Mod.ControlModifier)  # the case timeline
    qtbot.waitUntil(lambda: len(window.timeline_dialogs) == 1)
    timeline = window.timeline_dialogs[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is timeline)
    alt(qtbot, Key.Key_T)  # Terugkoppeling aan signaalgever…
    feedback = modal(qtbot, FeedbackDialog)
    alt(qtbot, Key.Key_F)  # Fiche voor de politie…
    dlg = modal(qtbot, FeedbackFormDialog)
    assert isinstance(dlg, FeedbackFormDialog) and feedback.isVisible()
    assert dlg.reference.text() == "LIVC-2026-001"  # the neutral pre-fill
    assert "Nog niet bewaard" in dlg.status.text()

    # The direction in the cell's own words; save it.
    alt(qtbot, Key.Key_A)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.direction)
    key(qtbot, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(dlg.direction, "Begeleiding door de preventiedienst.")
    alt(qtbot, Key.Key_B)
    qtbot.waitUntil(lambda: dlg.message.text() == "Tekst bewaard.")
    assert dlg.status.text() == "Akkoord: 0 van 3 aanwezige leden."

    # Member by member: each agrees to this text.
    agree_round(qtbot, dlg)
    assert dlg.status.text() == "Alle aanwezige leden gingen akkoord met deze tekst."
    assert all(dlg.consent_model.index(r, 2).data() != "—" for r in range(3))

    # One edit voids every consent; producing is refused until the room agrees again.
    alt(qtbot, Key.Key_A)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.direction)
    key(qtbot, Key.Key_End, Mod.ControlModifier)
    qtbot.keyClicks(dlg.direction, " Nieuwe afspraak in januari.")
    alt(qtbot, Key.Key_B)
    qtbot.waitUntil(lambda: "alle akkoorden zijn vervallen" in dlg.message.text())
    assert dlg.status.text() == "Akkoord: 0 van 3 aanwezige leden."
    alt(qtbot, Key.Key_P)
    qtbot.waitUntil(lambda: "Nog niet alle leden" in dlg.message.text())
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert not out.exists()
    agree_round(qtbot, dlg)
    alt(qtbot, Key.Key_P)
    qtbot.waitUntil(lambda: "De fiche is bewaard" in dlg.message.text())
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0)
    assert dlg.status.text().startswith("Geproduceerd op")
    assert not dlg.save_button.isEnabled()  # it has left the cell: the text stays

    text = " ".join(pages_text(out.read_bytes()))
    assert "Begeleiding door de preventiedienst. Nieuwe afspraak in januari." in text
    for never in (SECRET_CONTRIBUTION, OPEN_CONTRIBUTION, DECISION_REASON, ACTION, "Geheimnaam", "Merel"):
        assert never not in text
    key(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
