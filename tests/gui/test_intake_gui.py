"""Intake, the signal giver, the person and linked cases through the main window, with the keyboard only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.enums import Agreement, CaseLinkKind, CaseNoteKind
from livcr_desktop.services import case_intake, case_links, case_notes, cases
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage import models
from livcr_desktop.views.cases.case_form import CaseFormDialog
from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog
from livcr_desktop.views.main_window import MainWindow
from livcr_desktop.views.widgets.dates import from_qdate
from tests.conftest import TODAY
from tests.helpers.factories import add_cases, add_reference_data

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext) -> MainWindow:
    add_reference_data(ctx)
    add_cases(ctx, 3)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def in_form(
    qtbot: QtBot, window: MainWindow, open_keys: Callable[[], None], steps: Callable[[CaseFormDialog], None]
) -> CaseFormDialog:
    """Open the case form with ``open_keys`` and run ``steps`` in its modal loop."""
    seen: list[CaseFormDialog] = []
    errors: list[BaseException] = []

    def run() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, CaseFormDialog):  # the keys that open it are still being typed
            QTimer.singleShot(10, run)
            return
        seen.append(dlg)
        try:
            qtbot.waitUntil(dlg.isActiveWindow)
            steps(dlg)
        except BaseException as exc:  # keep the modal loop from hanging the suite
            errors.append(exc)
        if dlg.isVisible():
            dlg.reject()

    QTimer.singleShot(0, run)
    open_keys()
    if errors:
        raise errors[0]
    assert seen
    return seen[0]


def key(dlg: QWidget, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or dlg
    QTestKey.click(target, k, mod)


class QTestKey:
    qtbot: QtBot

    @classmethod
    def click(cls, target: QWidget, k: Qt.Key, mod: Qt.KeyboardModifier) -> None:
        cls.qtbot.keyClick(target, k, mod)


def typed(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTestKey.qtbot.keyClicks(target, text)


def to_table_and_open(qtbot: QtBot, window: MainWindow) -> None:
    """Tab from the search field to the case table, then Enter opens the case on the current row."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    for _ in range(8):
        if QApplication.focusWidget() is window.table:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Return)


def open_case(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Back to the main window, Ctrl+F, the search text, then Enter on the case table."""
    window.activateWindow()  # offscreen gives no focus back after a modal dialog (tech notes)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.search, Qt.Key.Key_F, CTRL)
    window.search.selectAll()
    qtbot.keyClicks(window.search, text)
    to_table_and_open(qtbot, window)


def read_events(ctx: ServiceContext, action: str) -> int:
    with ctx.vault.session() as s:
        return len(s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == action)).all())


def test_intake_signal_giver_and_links_by_keyboard(qtbot: QtBot, window: MainWindow, ctx: ServiceContext) -> None:
    QTestKey.qtbot = qtbot

    def create(dlg: CaseFormDialog) -> None:
        key(dlg, Qt.Key.Key_Tab)
        typed("Intake")
        key(dlg, Qt.Key.Key_F, ALT)
        key(dlg, Qt.Key.Key_Down)
        key(dlg, Qt.Key.Key_2, ALT)  # the "Aanmelding" tab
        assert dlg.tabs.currentWidget() is dlg.intake_page
        key(dlg, Qt.Key.Key_S, ALT)
        assert dlg.focusWidget() is dlg.intake_page.signal
        typed("Leerling deelt filmpjes")
        key(dlg, Qt.Key.Key_D, ALT)  # "Datum van de feiten" known: the date edit follows with Tab
        qtbot.waitUntil(dlg.intake_page.facts.check.isChecked)  # a mnemonic clicks after a short animation
        key(dlg, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is dlg.intake_page.facts.edit
        key(dlg, Qt.Key.Key_Up)  # tomorrow: in the future
        key(dlg, Qt.Key.Key_O, ALT)
        error = dlg.intake_page.errors.labels["facts_date"]
        qtbot.waitUntil(error.isVisible)
        assert dlg.isVisible()
        assert error.text().startswith("Datum van de feiten:")
        assert cases.list_cases(ctx).__len__() == 3  # nothing saved
        assert dlg.focusWidget() is dlg.intake_page.facts.edit
        key(dlg, Qt.Key.Key_Down)
        key(dlg, Qt.Key.Key_Down)  # yesterday
        key(dlg, Qt.Key.Key_R, ALT)  # urgent
        qtbot.waitUntil(dlg.intake_page.urgent.isChecked)
        key(dlg, Qt.Key.Key_N, ALT)  # "Inkomende doorverwijzing van de LTF"
        qtbot.waitUntil(dlg.intake_page.inbound_from_ltf.isChecked)
        key(dlg, Qt.Key.Key_P, ALT)
        typed("Mevr. Janssens")
        key(dlg, Qt.Key.Key_C, ALT)
        typed("0470 12 34 56")
        key(dlg, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: not dlg.isVisible())

    in_form(qtbot, window, lambda: qtbot.keyClick(window.search, Qt.Key.Key_N, CTRL), create)
    made = [c for c in cases.list_cases(ctx) if c.pseudonym == "Intake"]
    assert len(made) == 1
    case_id = made[0].id
    stored = case_intake.get_intake(ctx, case_id, with_signal_giver=True)
    assert stored.signal_text == "Leerling deelt filmpjes" and stored.urgent
    assert stored.facts_date is not None and stored.signal_giver_contact == "0470 12 34 56"
    assert stored.inbound_from_ltf and not stored.advice_only
    reads = read_events(ctx, "read_signal_giver")
    other = next(c for c in cases.list_cases(ctx) if c.id != case_id)

    def reopen(dlg: CaseFormDialog) -> None:
        page = dlg.intake_page
        key(dlg, Qt.Key.Key_2, ALT)
        assert page.signal.toPlainText() == "Leerling deelt filmpjes" and page.urgent.isChecked()
        assert page.inbound_from_ltf.isChecked()
        assert not page.giver_name.isVisible() and page.giver_name.text() == ""
        assert page.reveal_button.isVisible()
        key(dlg, Qt.Key.Key_T, ALT)  # "Signaalgever tonen (wordt gelogd)"
        qtbot.waitUntil(page.giver_name.isVisible)
        assert page.giver_name.text() == "Mevr. Janssens"
        assert read_events(ctx, "read_signal_giver") == reads + 1
        key(dlg, Qt.Key.Key_3, ALT)  # "Persoon en omgeving": link to another case
        person = dlg.person_page
        choices = [person.other.itemData(i) for i in range(person.other.count())]
        assert case_id not in choices and other.id in choices  # a case cannot be linked to itself
        key(dlg, Qt.Key.Key_K, ALT)  # "Koppelen" with no case chosen: said, nothing stored
        link_error = person.errors.labels["other_case"]
        qtbot.waitUntil(link_error.isVisible)
        assert link_error.text().endswith("kies de casus om te koppelen.")
        assert case_links.list_links(ctx, case_id) == []
        assert dlg.focusWidget() is person.other
        key(dlg, Qt.Key.Key_M, ALT)
        assert dlg.focusWidget() is person.other
        typed(other.code)
        assert person.other.currentData() == other.id
        key(dlg, Qt.Key.Key_S, ALT)
        key(dlg, Qt.Key.Key_Down)  # peer group
        key(dlg, Qt.Key.Key_K, ALT)
        qtbot.waitUntil(lambda: person.links.count() == 1)
        assert person.links.item(0) is not None and other.code in person.links.item(0).text()
        key(dlg, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: not dlg.isVisible())

    def open_selected() -> None:
        window.activateWindow()  # offscreen gives no focus back after a modal dialog (tech notes)
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.search, Qt.Key.Key_F, CTRL)
        qtbot.keyClicks(window.search, "Intake")
        to_table_and_open(qtbot, window)

    in_form(qtbot, window, open_selected, reopen)
    assert [(r.other_case_id, r.kind) for r in case_links.list_links(ctx, other.id)] == [
        (case_id, CaseLinkKind.PEER_GROUP)
    ]

    def see_link_on_other(dlg: CaseFormDialog) -> None:
        key(dlg, Qt.Key.Key_3, ALT)
        assert dlg.person_page.links.count() == 1
        assert "Intake" in dlg.person_page.links.item(0).text()

    def open_other() -> None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.search, Qt.Key.Key_F, CTRL)
        window.search.selectAll()
        qtbot.keyClicks(window.search, other.code)
        to_table_and_open(qtbot, window)

    in_form(qtbot, window, open_other, see_link_on_other)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_T, CTRL)
    dialog = window.findChild(CaseTimelineDialog)
    assert dialog is not None
    model = dialog.model
    texts = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert any("Gekoppeld aan" in t and "Intake" in t for t in texts)
    dialog.close()


def new_case_keys(dlg: CaseFormDialog, pseudonym: str) -> None:
    """Tab from the suggested code, type the pseudonym, pick the first phenomenon."""
    key(dlg, Qt.Key.Key_Tab)
    typed(pseudonym)
    key(dlg, Qt.Key.Key_F, ALT)
    key(dlg, Qt.Key.Key_Down)


def test_facts_after_the_registration_date_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    QTestKey.qtbot = qtbot

    def create(dlg: CaseFormDialog) -> None:
        new_case_keys(dlg, "Feiten")
        key(dlg, Qt.Key.Key_M, ALT)  # "Aanmeldingsdatum": two days back
        assert dlg.focusWidget() is dlg.registration
        key(dlg, Qt.Key.Key_Down)
        key(dlg, Qt.Key.Key_Down)
        assert from_qdate(dlg.registration.date()) == TODAY - timedelta(days=2)
        key(dlg, Qt.Key.Key_2, ALT)
        key(dlg, Qt.Key.Key_D, ALT)
        page = dlg.intake_page
        qtbot.waitUntil(page.facts.check.isChecked)
        key(dlg, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is page.facts.edit
        key(dlg, Qt.Key.Key_Down)  # yesterday: after the registration date, not in the future
        key(dlg, Qt.Key.Key_O, ALT)
        error = page.errors.labels["facts_date"]
        qtbot.waitUntil(error.isVisible)
        assert error.text() == "Datum van de feiten: deze datum ligt na de aanmeldingsdatum."
        assert dlg.isVisible() and len(cases.list_cases(ctx)) == 3  # nothing saved
        assert dlg.tabs.currentWidget() is page and dlg.focusWidget() is page.facts.edit
        key(dlg, Qt.Key.Key_Down)
        key(dlg, Qt.Key.Key_Down)  # the day before the registration
        key(dlg, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: not dlg.isVisible())

    in_form(qtbot, window, lambda: qtbot.keyClick(window.search, Qt.Key.Key_N, CTRL), create)
    made = [c for c in cases.list_cases(ctx) if c.pseudonym == "Feiten"]
    assert len(made) == 1 and made[0].registration_date == TODAY - timedelta(days=2)
    assert case_intake.get_intake(ctx, made[0].id).facts_date == TODAY - timedelta(days=3)


def test_person_informed_participation_and_consent_by_keyboard(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    QTestKey.qtbot = qtbot

    def create(dlg: CaseFormDialog) -> None:
        new_case_keys(dlg, "Omgeving")
        key(dlg, Qt.Key.Key_3, ALT)  # "Persoon en omgeving"
        person = dlg.person_page
        assert dlg.tabs.currentWidget() is person
        assert not person.consent.isVisible() and not person.consent_label.isVisible()  # an adult: no parents asked
        assert not person.other.isEnabled() and person.link_hint.text()  # links once the case is saved
        key(dlg, Qt.Key.Key_G, ALT)  # "Geïnformeerd op" known
        qtbot.waitUntil(person.informed.check.isChecked)
        key(dlg, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is person.informed.edit
        key(dlg, Qt.Key.Key_Down)  # yesterday
        key(dlg, Qt.Key.Key_D, ALT)
        assert dlg.focusWidget() is person.informed_by
        typed("casemanager")
        key(dlg, Qt.Key.Key_V, ALT)  # "Vrijwillige deelname"
        assert dlg.focusWidget() is person.participation
        key(dlg, Qt.Key.Key_Down)
        assert person.participation.currentData() == Agreement.AGREED
        key(dlg, Qt.Key.Key_1, ALT)
        key(dlg, Qt.Key.Key_J, ALT)  # "Minderjarig"
        qtbot.waitUntil(dlg.minor.isChecked)
        key(dlg, Qt.Key.Key_3, ALT)
        assert person.consent.isVisible() and person.consent_label.isVisible()
        key(dlg, Qt.Key.Key_T, ALT)  # "Toestemming ouders (minderjarige)"
        assert dlg.focusWidget() is person.consent
        key(dlg, Qt.Key.Key_Down)
        key(dlg, Qt.Key.Key_Down)
        assert person.consent.currentData() == Agreement.REFUSED
        key(dlg, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: not dlg.isVisible())

    in_form(qtbot, window, lambda: qtbot.keyClick(window.search, Qt.Key.Key_N, CTRL), create)
    made = [c for c in cases.list_cases(ctx) if c.pseudonym == "Omgeving"]
    assert len(made) == 1
    stored = case_intake.get_intake(ctx, made[0].id)
    assert stored.informed_on == TODAY - timedelta(days=1) and stored.informed_by == "casemanager"
    assert stored.participation is Agreement.AGREED and stored.parental_consent is Agreement.REFUSED

    def adult_again(dlg: CaseFormDialog) -> None:
        person = dlg.person_page
        key(dlg, Qt.Key.Key_3, ALT)
        assert person.informed.check.isChecked() and person.informed_by.text() == "casemanager"
        assert person.consent.isVisible() and person.consent.currentData() == Agreement.REFUSED
        key(dlg, Qt.Key.Key_1, ALT)
        key(dlg, Qt.Key.Key_J, ALT)  # not a minor after all: the parents' consent goes
        qtbot.waitUntil(lambda: not dlg.minor.isChecked())
        key(dlg, Qt.Key.Key_3, ALT)
        assert not person.consent.isVisible() and not person.consent_label.isVisible()
        key(dlg, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: not dlg.isVisible())

    in_form(qtbot, window, lambda: open_case(qtbot, window, "Omgeving"), adult_again)
    assert case_intake.get_intake(ctx, made[0].id).parental_consent is None


def test_screening_note_added_by_keyboard_shows_in_the_timeline(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    QTestKey.qtbot = qtbot
    case = next(c for c in cases.list_cases(ctx) if c.pseudonym == "Pseudo001")

    def add_note(dlg: CaseFormDialog) -> None:
        key(dlg, Qt.Key.Key_4, ALT)  # "Nota's"
        page = dlg.notes_page
        assert dlg.tabs.currentWidget() is page
        before = page.notes.count()
        key(dlg, Qt.Key.Key_V, ALT)  # "Nota toevoegen" with no text: said, nothing stored
        error = page.errors.labels["note_text"]
        qtbot.waitUntil(error.isVisible)
        assert dlg.focusWidget() is page.text and case_notes.list_notes(ctx, case.id) == []
        key(dlg, Qt.Key.Key_S, ALT)
        assert dlg.focusWidget() is page.kind and page.kind.currentData() == CaseNoteKind.SCREENING
        key(dlg, Qt.Key.Key_T, ALT)
        assert dlg.focusWidget() is page.text
        typed("Gesprek met de school gepland")
        key(dlg, Qt.Key.Key_V, ALT)
        qtbot.waitUntil(lambda: page.notes.count() == before + 1)
        last = page.notes.item(page.notes.count() - 1)
        assert last is not None and last.text().endswith("Gesprek met de school gepland")
        assert not error.isVisible() and dlg.focusWidget() is page.notes
        key(dlg, Qt.Key.Key_L, ALT)  # "Annuleren": the note was stored when added
        qtbot.waitUntil(lambda: not dlg.isVisible())

    in_form(qtbot, window, lambda: open_case(qtbot, window, "Pseudo001"), add_note)
    assert [(n.kind, n.on, n.text) for n in case_notes.list_notes(ctx, case.id)] == [
        (CaseNoteKind.SCREENING, TODAY, "Gesprek met de school gepland")
    ]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_T, CTRL)
    dialog = window.findChild(CaseTimelineDialog)
    assert dialog is not None
    model = dialog.model
    texts = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert any(t.startswith("Screeningsnota (") and t.endswith("Gesprek met de school gepland") for t in texts)
    dialog.close()
