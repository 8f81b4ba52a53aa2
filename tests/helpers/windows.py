"""Every top-level window and dialog of the app, built on neutral test data, in each of its states.

A *walk* builds one window (or a few), shows it and yields once per state a user can see it in: the
main window once per tab, the live meeting window on the attendance page, the review of open
actions and each tab of a case at hand. Tests that look at "every window" (accelerators, texts)
iterate :data:`WALKS` and check each ``(state, window)`` they are given.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import (
    AttendanceStatus,
    CaseStatus,
    DecisionType,
    Ideology,
    MemberKind,
    OrganisationSector,
    Phenomenon,
    Qualification,
)
from livcr_desktop.domain.meeting import ActionDraft, ContributionDraft, DecisionDraft, MeetingDraft
from livcr_desktop.services import assessment, attendance, cases, decisions, feedback_log, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


# -- the interface language -----------------------------------------------------------------------


def compile_catalogues() -> Path:
    """The .qm files the app loads (never committed: compiled for the test run)."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile"], check=True, cwd=ROOT, capture_output=True
    )
    assert (TRANSLATIONS / "livcr_fr.qm").exists()
    return TRANSLATIONS


@contextmanager
def interface_language(app: QApplication, lang: str) -> Iterator[str]:
    """The app's own language switch (with Qt's own catalogue) for ``lang``; Dutch sources afterwards."""
    from livcr_desktop.views.language import LanguageSwitcher

    previous = QLocale()
    switcher = LanguageSwitcher(app)
    assert switcher.apply(lang) == lang
    try:
        yield lang
    finally:
        switcher.clear()
        QLocale.setDefault(previous)


# -- neutral data ---------------------------------------------------------------------------------


@dataclass
class Data:
    orgs: dict[str, int]
    members: dict[str, int]
    cases: dict[str, int]
    earlier: int  # a closed meeting that left actions open
    meeting: int  # the planned meeting, with contributions, a decision and actions


def neutral_data(ctx: ServiceContext) -> Data:
    """Codes, pseudonyms and short names only: nothing that reads as Dutch (or French) text."""
    orgs = {
        short: reference.add_organisation(ctx, short, short, sector)
        for short, sector in (
            ("PZ", OrganisationSector.POLICE),
            ("PREV", OrganisationSector.PREVENTION),
            ("SW", OrganisationSector.SOCIAL_WELFARE),
            ("SCH", OrganisationSector.EDUCATION),
        )
    }
    members = {
        "chair": reference.add_member(ctx, "M1", orgs["PREV"], "R1", MemberKind.CORE),
        "secretary": reference.add_member(ctx, "M2", orgs["PREV"], "R2", MemberKind.CORE),
        "police": reference.add_member(ctx, "M3", orgs["PZ"], "R3", MemberKind.CORE),
        "welfare": reference.add_member(ctx, "M4", orgs["SW"], "R4", MemberKind.CORE),
    }
    case_ids = {
        "x1": cases.create_case(
            ctx,
            CaseDraft(
                code="LIVC-2026-001",
                pseudonym="X1",
                first_name="A",
                last_name="B",
                birth_date=date(2008, 1, 2),
                registration_date=date(2026, 3, 1),
                phenomenon=Phenomenon.EXTREMISM,
                ideology=Ideology.EXTREME_RIGHT,
                referrer_organisation_id=orgs["SCH"],
                case_manager_id=members["chair"],
                status=CaseStatus.FOLLOW_UP,
                next_review_date=date(2026, 11, 20),
                is_minor=True,
            ),
        ),
        "x2": cases.create_case(
            ctx,
            CaseDraft(
                code="LIVC-2026-002",
                pseudonym="X2",
                registration_date=date(2026, 4, 1),
                phenomenon=Phenomenon.RADICALISM,
                status=CaseStatus.SCREENING,
                next_review_date=date(2027, 2, 1),
            ),
        ),
        "x3": cases.create_case(  # no referrer: an anonymous referral
            ctx, CaseDraft(code="LIVC-2026-003", registration_date=date(2026, 10, 1), phenomenon=Phenomenon.TERRORISM)
        ),
    }
    then = ServiceContext(
        ctx.vault, ctx.user, today=lambda: date(2026, 10, 20), now=lambda: datetime(2026, 10, 20, 16, 0)
    )
    draft = MeetingDraft(
        meeting_date=date(2026, 10, 20),
        start_time=time(14, 0),
        place="S1",
        chair_id=members["chair"],
        secretary_id=members["secretary"],
    )
    earlier = meetings.create_meeting(then, draft, propose=False)
    decisions.add_action(
        then, ActionDraft(case_ids["x1"], earlier, "A1", orgs["SW"], members["welfare"], date(2026, 11, 1))
    )
    meetings.close_meeting(then, earlier, date(2026, 11, 25))
    draft = MeetingDraft(
        meeting_date=date(2026, 11, 25),
        start_time=time(14, 0),
        place="S1",
        chair_id=members["chair"],
        secretary_id=members["secretary"],
    )
    meeting = meetings.create_meeting(ctx, draft, propose=True)
    meetings.add_agenda_item(ctx, meeting, title="V1")
    for member in members.values():  # attendance recorded: the case items open without a question
        attendance.set_attendance(ctx, meeting, member, AttendanceStatus.PRESENT)
    attendance.acknowledge_all_present(ctx, meeting)
    x1 = case_ids["x1"]
    assessment.add_contribution(ctx, ContributionDraft(x1, meeting, orgs["PZ"], "online", "T1", no_projection=True))
    assessment.set_assessment(ctx, x1, meeting, summary="S1", qualification=Qualification.Q1)
    decisions.record_decision(
        ctx, DecisionDraft(x1, meeting, DecisionType.START_FOLLOW_UP, "R1", next_review_date=date(2027, 1, 20))
    )
    decisions.add_action(ctx, ActionDraft(x1, meeting, "A3", orgs["SW"], members["welfare"], date(2026, 12, 20)))
    feedback_log.add_feedback(ctx, x1, "F1")
    return Data(orgs, members, case_ids, earlier, meeting)


# -- the walks ------------------------------------------------------------------------------------

State = tuple[str, QWidget]  # what the user is looking at, and the top-level window it is in
Walk = Callable[[QtBot, ServiceContext, Data, Path], Iterator[State]]


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tab_states(qtbot: QtBot, name: str, window: QWidget, tabs: QTabWidget) -> Iterator[State]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
        yield f"{name}, tab {tabs.tabText(index)!r}", window


def walk_main_window(qtbot: QtBot, ctx: ServiceContext, data: Data, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.admin.admin_menu import install_admin_menu
    from livcr_desktop.views.main_window import MainWindow

    w = MainWindow(ctx)
    install_admin_menu(w, ctx)  # as the app does: backups, passphrase, retention... join "Beheer"
    show(qtbot, w)
    w.table.selectRow(0)
    w.meeting_table.selectRow(0)
    for state in _tab_states(qtbot, "main window", w, w.tabs):
        for view in w.tracker.findChildren(QTableView):  # an action chosen: its detail pane is shown
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0 and not view.selectedIndexes():
                view.selectRow(0)
                qtbot.wait(1)
        yield state
    w.close()


def walk_live_meeting(qtbot: QtBot, ctx: ServiceContext, data: Data, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow

    w = LiveMeetingWindow(ctx, data.meeting)
    show(qtbot, w)
    w.show_attendance()
    yield "live meeting, attendance", w
    seen: set[int] = set()
    for _step in range(len(w.agenda_model.entries())):
        w.next_item()
        qtbot.wait(1)
        page = w.pages.currentWidget()
        assert page is not None
        tabs = page.findChild(QTabWidget, "caseTabs")
        if tabs is None:
            yield f"live meeting, {type(page).__name__}", w
        elif id(page) not in seen:
            seen.add(id(page))
            yield from _tab_states(qtbot, "live meeting, case at hand", w, tabs)
    w.flush()
    w.close()


def walk_meeting_help(qtbot: QtBot, ctx: ServiceContext, data: Data, tmp: Path) -> Iterator[State]:
    from livcr_desktop.views.meeting.shortcut_help import ShortcutHelp

    yield "meeting shortcuts (F1)", show(qtbot, ShortcutHelp())


def _dialogs(build: Callable[[ServiceContext, Data, Path], list[QWidget]]) -> Walk:
    def walk(qtbot: QtBot, ctx: ServiceContext, data: Data, tmp: Path) -> Iterator[State]:
        from PySide6.QtWidgets import QWizard

        for widget in build(ctx, data, tmp):
            show(qtbot, widget)
            name = f"{type(widget).__name__} {widget.windowTitle()!r}"
            yield name, widget
            for tabs in [t for t in widget.findChildren(QTabWidget) if t.isVisible()]:  # each tab of the dialog
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    qtbot.wait(1)
                    yield f"{name}, tab {tabs.tabText(index)!r}", widget
                tabs.setCurrentIndex(0)
            variants = widget.findChild(QComboBox, "variantCombo")
            if variants is not None:  # the minutes: each variant shows its own fields
                for index in range(1, variants.count()):
                    variants.setCurrentIndex(index)
                    qtbot.wait(1)
                    yield f"{name}, variant {variants.itemText(index)!r}", widget
            if isinstance(widget, QWizard):  # each page of the wizard
                while widget.nextId() != -1 and widget.validateCurrentPage():
                    widget.next()
                    qtbot.wait(1)
                    yield f"{name}, page {widget.currentId()}", widget
            widget.close()

    return walk


def _case_forms(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.cases.case_form import CaseFormDialog

    return [CaseFormDialog(ctx), CaseFormDialog(ctx, data.cases["x1"])]


def _vault(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog, UnlockDialog

    return [UnlockDialog(ctx.vault.path), CreateVaultDialog(tmp / "new.vault", kdf=TEST_KDF)]


def _minutes(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

    return [MinutesDialog(ctx, data.earlier), MinutesDialog(ctx, data.meeting)]


def _admin(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.admin.audit_dialog import AuditDialog
    from livcr_desktop.views.admin.audit_truncation import AcknowledgeTruncationDialog
    from livcr_desktop.views.admin.backup_dialog import BackupDialog
    from livcr_desktop.views.admin.cell_dialog import CellSetupDialog
    from livcr_desktop.views.admin.change_passphrase_dialog import ChangePassphraseDialog
    from livcr_desktop.views.admin.retention_dialog import RetentionDialog
    from livcr_desktop.views.admin.rotate_key_dialog import RotateKeyDialog
    from livcr_desktop.views.admin.settings_dialog import SettingsDialog
    from livcr_desktop.views.admin.users_dialog import UsersDialog

    return [
        BackupDialog(ctx),
        ChangePassphraseDialog(ctx, kdf=TEST_KDF),
        RotateKeyDialog(ctx, kdf=TEST_KDF),
        RetentionDialog(ctx),
        AuditDialog(ctx),
        AcknowledgeTruncationDialog(ctx),
        UsersDialog(ctx, kdf=TEST_KDF),
        SettingsDialog(ctx),
        CellSetupDialog(ctx),
    ]


def _between_meetings(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog
    from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog
    from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog
    from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog
    from livcr_desktop.views.statistics.annual_dialog import AnnualReportDialog
    from livcr_desktop.views.statistics.statistics_view import StatisticsWindow

    return [
        NewMeetingDialog(ctx),
        CaseTimelineDialog(ctx, data.cases["x1"]),
        FeedbackDialog(ctx, data.cases["x1"]),
        FeedbackFormDialog(ctx, data.cases["x1"], meeting_id=data.meeting),
        StatisticsWindow(ctx),
        AnnualReportDialog(ctx),
    ]


def _exchange(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard
    from livcr_desktop.views.exchange.export_dialog import ExportDialog
    from livcr_desktop.views.exchange.import_dialog import ImportDialog

    return [ExportDialog(ctx), ExportDialog(ctx, case_code="LIVC-2026-001"), ImportDialog(ctx), CsvImportWizard(ctx)]


WALKS: dict[str, Walk] = {
    "main window": walk_main_window,
    "live meeting": walk_live_meeting,
    "meeting shortcuts": walk_meeting_help,
    "case form": _dialogs(_case_forms),
    "vault": _dialogs(_vault),
    "minutes": _dialogs(_minutes),
    "administration": _dialogs(_admin),
    "between meetings": _dialogs(_between_meetings),
    "exchange": _dialogs(_exchange),
}
