"""The case register through the real window: filter, sort, overdue marks, keyboard-only entry."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.case_intake import FORM_STATUSES
from livcr_desktop.domain.enums import CaseStatus
from livcr_desktop.services import cases
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_form import CaseFormDialog
from livcr_desktop.views.cases.case_table_model import (
    COL_CODE,
    COL_REGISTERED,
    COL_REVIEW,
    FILTER_OVERDUE,
    CaseTableModel,
)
from livcr_desktop.views.main_window import MainWindow
from tests.conftest import TODAY
from tests.gui.test_intake_gui import in_form, open_case
from tests.helpers.factories import add_cases, add_reference_data


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext) -> MainWindow:
    add_reference_data(ctx)
    add_cases(ctx, 40)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def visible_codes(w: MainWindow) -> list[str]:
    return [w.model.case_at(r).code for r in range(w.model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    add_cases(ctx, 25)
    model = CaseTableModel(today=lambda: TODAY)
    model.set_cases(cases.list_cases(ctx))
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_REVIEW, Qt.SortOrder.DescendingOrder)
    model.set_filter(text="pseudo")
    qtmodeltester.check(model, force_py=True)


def test_search_as_you_type_filters_rows(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.rowCount() == 40
    qtbot.keyClicks(window.search, "pseudo01")
    codes = visible_codes(window)
    assert codes and all(
        window.model.case_at(r).pseudonym.lower().startswith("pseudo01") for r in range(window.model.rowCount())
    )
    assert "10 van 40" in window.count_label.text() or f"{len(codes)} van 40" in window.count_label.text()
    window.search.clear()
    assert window.model.rowCount() == 40


def test_status_filter_and_overdue_filter(window: MainWindow) -> None:
    idx = window.status_filter.findData(CaseStatus.ESCALATED.value)
    window.status_filter.setCurrentIndex(idx)
    rows = [window.model.case_at(r) for r in range(window.model.rowCount())]
    assert rows and all(c.status is CaseStatus.ESCALATED for c in rows)
    window.status_filter.setCurrentIndex(window.status_filter.findData(FILTER_OVERDUE))
    rows = [window.model.case_at(r) for r in range(window.model.rowCount())]
    assert rows and all(c.is_review_overdue(TODAY) for c in rows)
    assert window.model.overdue_count() == len(rows)
    assert str(len(rows)) in window.overdue_label.text()


def test_overdue_review_is_marked(window: MainWindow) -> None:
    model = window.model
    overdue_rows = [r for r in range(model.rowCount()) if model.case_at(r).is_review_overdue(TODAY)]
    fine_rows = [r for r in range(model.rowCount()) if not model.case_at(r).is_review_overdue(TODAY)]
    assert overdue_rows and fine_rows
    ix = model.index(overdue_rows[0], COL_REVIEW)
    assert "achterstallig" in model.data(ix)
    assert model.data(ix, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(fine_rows[0], COL_REVIEW), Qt.ItemDataRole.ForegroundRole) is None


def test_clicking_headers_sorts_every_column(qtbot: QtBot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    for col in range(window.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(col, order)
            assert window.model.rowCount() == 40
    header.setSortIndicator(COL_REGISTERED, Qt.SortOrder.AscendingOrder)
    dates = [window.model.case_at(r).registration_date for r in range(window.model.rowCount())]
    assert dates == sorted(dates)
    header.setSortIndicator(COL_CODE, Qt.SortOrder.DescendingOrder)
    codes = visible_codes(window)
    assert codes == sorted(codes, reverse=True)


def test_sort_survives_filtering(qtbot: QtBot, window: MainWindow) -> None:
    window.table.horizontalHeader().setSortIndicator(COL_REGISTERED, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(window.search, "extremisme")
    dates = [window.model.case_at(r).registration_date for r in range(window.model.rowCount())]
    assert dates and dates == sorted(dates, reverse=True)


def test_add_case_with_keyboard_only(qtbot: QtBot, window: MainWindow, ctx: ServiceContext) -> None:
    """Ctrl+N, type, Tab and Alt-mnemonics, Enter: a chair adds a case without the mouse."""
    seen: list[CaseFormDialog] = []
    errors: list[BaseException] = []

    def fill() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, CaseFormDialog)
        seen.append(dlg)
        try:
            qtbot.waitUntil(dlg.isActiveWindow)
            # Focus starts on the code field, which holds a suggested free code.
            assert dlg.focusWidget() is dlg.code
            assert dlg.code.text() == "LIVC-2026-001"  # the factory cases are all from 2025
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
            assert dlg.focusWidget() is dlg.pseudonym
            qtbot.keyClicks(dlg.focusWidget(), "Toetsenbord")
            # Alt+F is the mnemonic of the "Fenomeen" label: it moves focus to the combo.
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
            assert dlg.focusWidget() is dlg.phenomenon
            qtbot.keyClick(dlg.phenomenon, Qt.Key.Key_Down)
            assert dlg.phenomenon.currentData() is not None
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)
        except BaseException as exc:  # keep the modal loop from hanging the suite
            errors.append(exc)
            dlg.reject()

    QTimer.singleShot(0, fill)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    if errors:
        raise errors[0]
    assert seen and seen[0].result() == 1
    made = [c for c in cases.list_cases(ctx) if c.pseudonym == "Toetsenbord"]
    assert len(made) == 1 and made[0].registration_date == TODAY
    assert window.model.total_count() == 41
    selected = window.table.selectionModel().selectedRows()
    assert selected and window.model.case_at(selected[0].row()).pseudonym == "Toetsenbord"


def test_form_shows_dutch_validation_and_saves_nothing(qtbot: QtBot, ctx: ServiceContext) -> None:
    add_reference_data(ctx)
    dlg = CaseFormDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.code.setText("fout")
    dlg.review.check.setChecked(True)
    dlg.review.edit.setDate(dlg.registration.date().addDays(-3))
    dlg.save()
    assert dlg.errors["code"].isVisible() and "LIVC-2026-014" in dlg.errors["code"].text()
    assert dlg.errors["phenomenon"].text() == "Dit veld is verplicht."
    assert "vóór de aanmeldingsdatum" in dlg.errors["next_review_date"].text()
    assert cases.list_cases(ctx) == []
    assert dlg.result() == 0


def test_identity_hidden_until_revealed_and_audited(qtbot: QtBot, ctx: ServiceContext) -> None:
    from sqlalchemy import select

    from livcr_desktop.domain.entities import CaseDraft
    from livcr_desktop.domain.enums import Phenomenon
    from livcr_desktop.storage import models

    cid = cases.create_case(
        ctx,
        CaseDraft(
            code="LIVC-2026-900",
            first_name="Geheim",
            last_name="Persoon",
            registration_date=date(2026, 1, 1),
            phenomenon=Phenomenon.RADICALISM,
        ),
    )
    dlg = CaseFormDialog(ctx, cid)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.first_name.text() == "" and not dlg.first_name.isVisible()
    assert dlg.reveal_button.isVisible()
    # Saving without revealing keeps the identity.
    dlg.pseudonym.setText("Nieuw")
    dlg.save()
    assert cases.get_case(ctx, cid, with_identity=True).first_name == "Geheim"
    dlg2 = CaseFormDialog(ctx, cid)
    qtbot.addWidget(dlg2)
    dlg2.show()
    qtbot.mouseClick(dlg2.reveal_button, Qt.MouseButton.LeftButton)
    assert dlg2.first_name.text() == "Geheim" and dlg2.first_name.isVisible()
    with ctx.vault.session() as s:
        reads = s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "read_identity")).all()
    assert len(reads) == 2  # the check above and the reveal


def test_admin_menu_opens_statistics_and_follows_the_role(qtbot: QtBot, ctx: ServiceContext) -> None:
    from PySide6.QtGui import QAction

    from livcr_desktop.domain.roles import Role
    from livcr_desktop.views.statistics.statistics_view import StatisticsWindow

    add_cases(ctx, 5)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    names = {a.objectName() for a in w.admin_menu.actions()}
    assert {"statisticsAction", "settingsAction", "usersAction"} <= names
    statistics_action = w.findChild(QAction, "statisticsAction")
    assert statistics_action is not None
    statistics_action.trigger()
    stats = w.findChild(StatisticsWindow)
    assert stats is not None and stats.isVisible()
    stats.close()
    ctx.role = Role.READ_ONLY
    ro = MainWindow(ctx)
    qtbot.addWidget(ro)
    settings_action = ro.findChild(QAction, "settingsAction")
    assert settings_action is not None
    assert not ro.new_button.isEnabled() and not settings_action.isEnabled()


def test_status_combo_offers_only_the_form_statuses_and_is_locked_in_follow_up(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    """A new case: only "aangemeld" and "in screening" by keys; a case in follow-up: the combo is locked."""
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    seen: dict[str, object] = {}

    def new_case(dlg: CaseFormDialog) -> None:
        assert [dlg.status.itemData(i) for i in range(dlg.status.count())] == list(FORM_STATUSES)
        assert dlg.status.isEnabled()
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_U, alt)  # "Status"
        assert dlg.focusWidget() is dlg.status
        for _ in range(4):  # no further than the last form status
            qtbot.keyClick(dlg.status, Qt.Key.Key_Down)
        seen["new"] = dlg.status.currentData()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    in_form(qtbot, window, lambda: qtbot.keyClick(window.search, Qt.Key.Key_N, ctrl), new_case)
    assert seen["new"] == CaseStatus.SCREENING
    assert window.model.total_count() == 40  # cancelled: nothing saved

    follow_up = next(c for c in cases.list_cases(ctx) if c.status is CaseStatus.FOLLOW_UP)

    def locked(dlg: CaseFormDialog) -> None:
        assert dlg.status.currentData() == CaseStatus.FOLLOW_UP
        assert not dlg.status.isEnabled() and "beslissing" in dlg.status.toolTip()
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_U, alt)
        assert dlg.focusWidget() is not dlg.status
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_O, alt)  # saving keeps the decided status
        qtbot.waitUntil(lambda: not dlg.isVisible())
        seen["saved"] = dlg.result()

    in_form(qtbot, window, lambda: open_case(qtbot, window, follow_up.code), locked)
    assert seen["saved"] == 1
    assert cases.case_status(ctx, follow_up.id)[0] is CaseStatus.FOLLOW_UP
