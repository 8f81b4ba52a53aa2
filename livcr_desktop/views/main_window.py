"""The main window: the case register, the first thing a chair sees after unlocking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop import __version__
from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.followup import NextAgenda
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import cases, followup, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_register import CaseRegisterPage
from livcr_desktop.views.cases.case_table_model import FILTER_OVERDUE as CASES_OVERDUE
from livcr_desktop.views.main_alerts import MainAlerts
from livcr_desktop.views.main_menus import MainActions, build_main_menus, show_case_menu
from livcr_desktop.views.meeting.meetings_page import MeetingsPage
from livcr_desktop.views.widgets.focus import FocusReturn, focus_first_child, keep_last_in_tab_chain
from livcr_desktop.views.widgets.forms import fit_to_screen
from livcr_desktop.views.widgets.shortcut_help import ShortcutHelp, window_shortcuts

if TYPE_CHECKING:
    from livcr_desktop.views.cases.search_panel import SearchPanel
    from livcr_desktop.views.followup.action_tracker import ActionTrackerWidget
    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

# Each screen behind a menu or a tab that is not shown first is imported when it is first opened:
# the case list paints sooner after the passphrase, and this module does not depend on every feature.

TAB_CASES, TAB_MEETINGS, TAB_ACTIONS, TAB_SEARCH = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _titles() -> tuple[str, ...]:
    """The window title of each tab, in tab order."""
    return (
        _t("LIVC-R Desktop — Casussen"),
        _t("LIVC-R Desktop — Vergaderingen"),
        _t("LIVC-R Desktop — Acties"),
        _t("LIVC-R Desktop — Zoeken"),
    )


class MainWindow(QMainWindow):
    settings_changed = Signal()  # the cell's settings were saved (idle lock time, ...)
    language_requested = Signal(str)  # the user chose another interface language

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(_titles()[TAB_CASES])
        fit_to_screen(self, 1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.register = CaseRegisterPage(ctx)
        self.search, self.status_filter = self.register.search, self.register.status_filter
        self.new_button, self.timeline_button = self.register.new_button, self.register.timeline_button
        self.model, self.table, self.count_label = self.register.model, self.register.table, self.register.count_label
        self.tabs.addTab(self.register, _t("&Casussen"))
        self.meetings_page = MeetingsPage(self.ctx.may(Permission.FOLLOW_UP))
        page = self.meetings_page
        self.meeting_model, self.meeting_table = page.meeting_model, page.meeting_table
        self.new_meeting_button, self.open_meeting_button = page.new_meeting_button, page.open_meeting_button
        self.minutes_button, self.fill_agenda_button = page.minutes_button, page.fill_agenda_button
        page.new_requested.connect(self.new_meeting)
        page.open_requested.connect(self.open_meeting)
        page.minutes_requested.connect(self._open_minutes_of)
        page.fill_agenda_requested.connect(self.fill_next_agenda)
        self.tabs.addTab(page, _t("&Vergaderingen"))
        # The actions and full-text search tabs are built when first shown (their modules too).
        self._tracker: ActionTrackerWidget | None = None
        self._search_panel: SearchPanel | None = None
        self.tracker_tab, self.search_tab = self._lazy_tab(), self._lazy_tab()
        self.tabs.addTab(self.tracker_tab, _t("&Acties"))
        self.tabs.addTab(self.search_tab, _t("Zoeken &in alles"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        # The audit-gap banner (first in the Tab order) and the overdue counts (last, in the status bar).
        self.alerts = MainAlerts(ctx, self.statusBar())
        self.audit_banner, self.audit_banner_text = self.alerts.banner, self.alerts.banner_text
        self.audit_banner_button = self.alerts.banner_button
        self.overdue_label, self.overdue_actions_label = self.alerts.overdue_cases, self.alerts.overdue_actions
        self.alerts.acknowledge_requested.connect(self.acknowledge_audit_gap)
        self.alerts.overdue_cases_requested.connect(self.show_overdue_cases)
        self.alerts.overdue_actions_requested.connect(self.show_overdue_actions)
        self.register.add_banner(self.audit_banner, self.audit_banner_button, self.tabs.tabBar())
        keep_last_in_tab_chain(self, self.overdue_label, self.overdue_actions_label)
        self.live_windows: dict[int, LiveMeetingWindow] = {}
        self.timeline_dialogs: list[QWidget] = []
        self.agenda_box: QMessageBox | None = None

        self.register.filtered.connect(self._update_counts)
        self.new_button.clicked.connect(self.new_case)
        self.timeline_button.clicked.connect(self.open_selected_timeline)
        self.table.activated.connect(self._open_index)
        self.menu_actions: MainActions = build_main_menus(self, self)
        a = self.menu_actions
        self.table.customContextMenuRequested.connect(lambda pos: show_case_menu(self, self.table, pos, a))
        self.new_action, self.open_action, self.timeline_action = a.new, a.open, a.timeline
        self.mark_action, self.feedback_action, self.admin_menu = a.mark, a.feedback, a.admin_menu
        self.new_button.setEnabled(self.ctx.may(Permission.EDIT_CASES))
        self.statusBar().showMessage(
            _t("Kluis: {path} — aangemeld als {user}").format(path=ctx.vault.path.name, user=ctx.user)
        )
        self.refresh()
        self.update_audit_banner()
        self.register.sort_newest_first()
        self.search.setFocus()
        self.focus_return = FocusReturn(self)  # after a dialog, the keyboard comes back where it was

    @staticmethod
    def _lazy_tab() -> QWidget:
        page = QWidget()
        QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        return page

    def _tab_shown(self, index: int) -> None:
        """The title names the tab; a tab built on first use is built now."""
        titles = _titles()
        self.setWindowTitle(titles[index] if 0 <= index < len(titles) else titles[TAB_CASES])
        current = self.tabs.currentWidget()
        if current is self.tracker_tab and self._tracker is None:
            focus_first_child(self.tracker)
        elif current is self.search_tab and self._search_panel is None:
            focus_first_child(self.search_panel)

    @property
    def tracker(self) -> ActionTrackerWidget:
        """The action tracker tab, built on first use."""
        if self._tracker is None:
            from livcr_desktop.views.followup.action_tracker import ActionTrackerWidget

            self._tracker = ActionTrackerWidget(self.ctx)
            self._tracker.changed.connect(self._update_action_count)
            self._tracker.timeline_requested.connect(self.open_timeline)
            layout = self.tracker_tab.layout()
            assert layout is not None
            layout.addWidget(self._tracker)
            keep_last_in_tab_chain(self, self.overdue_label, self.overdue_actions_label)  # after the new page
        return self._tracker

    @property
    def search_panel(self) -> SearchPanel:
        """The full-text search tab, built on first use."""
        if self._search_panel is None:
            from livcr_desktop.views.cases.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.ctx)
            self._search_panel.open_case.connect(self.open_timeline)
            layout = self.search_tab.layout()
            assert layout is not None
            layout.addWidget(self._search_panel)
            keep_last_in_tab_chain(self, self.overdue_label, self.overdue_actions_label)
        return self._search_panel

    def refresh_meetings(self) -> None:
        self.meetings_page.set_meetings(meetings.list_meetings(self.ctx))

    def new_meeting(self) -> None:
        from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog

        dialog = NewMeetingDialog(self.ctx, self)
        if dialog.exec() and dialog.meeting_id is not None:
            self.refresh_meetings()
            self.refresh()

    def open_selected_meeting(self) -> None:
        meeting_id = self.meetings_page.selected_meeting_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_minutes(self) -> MinutesDialog | None:
        meeting_id = self.meetings_page.selected_meeting_id()
        return None if meeting_id is None else self._open_minutes_of(meeting_id)

    def _open_minutes_of(self, meeting_id: int) -> MinutesDialog:
        from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

        dialog = MinutesDialog(self.ctx, meeting_id, self)
        dialog.finished.connect(lambda _r: self.refresh_meetings())
        dialog.open()
        return dialog

    def open_meeting(self, meeting_id: int) -> LiveMeetingWindow:
        from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow

        window = self.live_windows.get(meeting_id)
        if window is None or not window.isVisible():
            window = LiveMeetingWindow(self.ctx, meeting_id)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            window.changed.connect(self._meeting_changed)
            window.window_closed.connect(self._meeting_window_closed)
            self.live_windows[meeting_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def resume_meeting_in_progress(self) -> LiveMeetingWindow | None:
        """After a crash or a closed laptop: the meeting that was running opens where it was."""
        running = [m for m in meetings.list_meetings(self.ctx) if m.status is MeetingStatus.IN_PROGRESS]
        if not running:
            return None
        self.tabs.setCurrentIndex(1)
        window = self.open_meeting(running[0].id)
        window.showMaximized()
        return window

    def _meeting_window_closed(self) -> None:
        """Back from the meeting: this window has the keyboard again, on the meetings list if it is shown."""
        if not self.isVisible():
            return
        self.activateWindow()
        if self.tabs.currentIndex() == 1:
            self.meeting_table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _meeting_changed(self) -> None:
        self.refresh()
        self.refresh_meetings()

    # -- follow-up -------------------------------------------------------------------------------

    def selected_case_id(self) -> int | None:
        return self.register.selected_case_id()

    def selected_case_code(self) -> str | None:
        case_id = self.selected_case_id()
        return None if case_id is None else self.model.case_at(self.model.row_of(case_id) or 0).code

    def open_timeline(self, case_id: int) -> QWidget:
        from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog

        dialog = CaseTimelineDialog(self.ctx, case_id, self)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _r: self.timeline_dialogs.remove(dialog))
        self.timeline_dialogs.append(dialog)
        dialog.show()
        return dialog

    def open_selected_timeline(self) -> QWidget | None:
        case_id = self.selected_case_id()
        return self.open_timeline(case_id) if case_id is not None else None

    def open_selected_feedback(self) -> QWidget | None:
        from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog

        case_id = self.selected_case_id()
        if case_id is None:
            return None
        dialog = FeedbackDialog(self.ctx, case_id, self)
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

    def mark_selected_for_next_agenda(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        followup.set_on_next_agenda(self.ctx, case_id, True)
        self.statusBar().showMessage(_t("De casus staat klaar voor de volgende agenda."), 5000)
        self.refresh()

    def fill_next_agenda(self) -> NextAgenda | None:
        """One click: due cases and marked referrals onto the next planned meeting's agenda."""
        from livcr_desktop.views.followup.next_agenda import fill_next_agenda

        plan, self.agenda_box = fill_next_agenda(self.ctx, self)
        self.statusBar().showMessage(self.agenda_box.text(), 10000)
        self.refresh()
        return plan

    def show_tracker(self) -> None:
        self.tabs.setCurrentWidget(self.tracker_tab)

    def show_overdue_actions(self) -> None:
        """The action tracker on the overdue actions, the keyboard in its table."""
        from livcr_desktop.views.followup.action_tracker import FILTER_OVERDUE as ACTIONS_OVERDUE

        self.tracker.status_filter.setCurrentIndex(self.tracker.status_filter.findData(ACTIONS_OVERDUE))
        self.tabs.setCurrentWidget(self.tracker_tab)
        self.tracker.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_overdue_cases(self) -> None:
        """The case list filtered on an overdue discussion, the keyboard in the list."""
        self.tabs.setCurrentIndex(TAB_CASES)
        self.status_filter.setCurrentIndex(self.status_filter.findData(CASES_OVERDUE))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_full_text_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_tab)
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def _update_action_count(self) -> None:
        self.alerts.set_overdue_actions(followup.overdue_action_count(self.ctx))

    # -- behaviour -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_cases(cases.list_cases(self.ctx))
        self._update_counts()
        if hasattr(self, "meeting_model"):
            self.refresh_meetings()
        if getattr(self, "_tracker", None) is not None:
            self.tracker.refresh()
        if hasattr(self, "overdue_actions_label"):
            self._update_action_count()

    def update_audit_banner(self) -> None:
        self.alerts.update_banner()

    def acknowledge_audit_gap(self) -> int:
        from livcr_desktop.views.admin.audit_truncation import AcknowledgeTruncationDialog

        dialog = AcknowledgeTruncationDialog(self.ctx, self)
        dialog.exec()
        self.update_audit_banner()
        return dialog.acknowledged

    def _update_counts(self) -> None:
        self.alerts.set_overdue_cases(self.register.update_counts())

    def focus_case_search(self) -> None:
        self.tabs.setCurrentIndex(TAB_CASES)
        self.register.focus_search()

    def new_case(self) -> None:
        from livcr_desktop.views.cases.case_form import CaseFormDialog

        dialog = CaseFormDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_case_id is not None:
            self.refresh()
            self.select_case(dialog.saved_case_id)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_case(self.model.case_at(index.row()).id)

    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        from livcr_desktop.views.cases.case_form import CaseFormDialog

        dialog = CaseFormDialog(self.ctx, case_id, self)
        if dialog.exec():
            self.refresh()
            self.select_case(case_id)

    def select_case(self, case_id: int) -> None:
        self.register.select_case(case_id)

    def show_shortcuts(self) -> ShortcutHelp:
        """F1: the keys of this window, read from its actions, and those of the tabs and fields."""
        rows = [
            *window_shortcuts(self),
            (_t("Ctrl+Tab / Ctrl+Shift+Tab"), _t("Volgend / vorig tabblad")),
            (_t("Alt+onderstreepte letter"), _t("Naar dat tabblad, veld of menu")),
            (_t("Tab / Shift+Tab"), _t("Volgend / vorig veld")),
            (_t("Enter"), _t("De gekozen casus, vergadering of actie openen")),
        ]
        dialog = ShortcutHelp(rows, self, _t("Sneltoetsen van het hoofdvenster"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_language(self, code: str) -> None:
        self.language_requested.emit(code)

    def settings_saved(self) -> None:
        self.settings_changed.emit()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            _t("Over LIVC-R Desktop"),
            _t(
                "LIVC-R Desktop {version}\n\nCasusoverleg van de Lokale Integrale Veiligheidscel "
                "(wet van 30 juli 2018). Alle gegevens vallen onder het gedeeld beroepsgeheim "
                "(art. 458ter Sw.) en blijven versleuteld op deze computer."
            ).format(version=__version__),
        )

    def close_keeping_vault_open(self) -> None:
        """Close this window and its meeting windows but leave the vault open (language switch)."""
        self._keep_vault_open = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in self.live_windows.values():
            window.close()
        if not getattr(self, "_keep_vault_open", False):
            self.ctx.vault.close()
        super().closeEvent(event)
