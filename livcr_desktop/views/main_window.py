"""The main window: the case register, the first thing a chair sees after unlocking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop import __version__
from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.followup import NextAgenda
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import audit_log, cases, followup, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_register import CaseRegisterPage
from livcr_desktop.views.language import LANGUAGES
from livcr_desktop.views.meeting.meetings_page import MeetingsPage
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.forms import fit_to_screen

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


class MainWindow(QMainWindow):
    settings_changed = Signal()  # the cell's settings were saved (idle lock time, ...)
    language_requested = Signal(str)  # the user chose another interface language

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(_t("LIVC-R Desktop — Casussen"))
        fit_to_screen(self, 1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.register = CaseRegisterPage(ctx)
        self.search, self.status_filter = self.register.search, self.register.status_filter
        self.new_button, self.timeline_button = self.register.new_button, self.register.timeline_button
        self.model, self.table, self.count_label = self.register.model, self.register.table, self.register.count_label
        self.table.customContextMenuRequested.connect(self._case_menu)
        # A gap in the audit trail, for the chair: the text and a real button (a link inside a label
        # takes two Tab presses to reach and shows no focus), first in the Tab order.
        self.audit_banner = QWidget()
        self.audit_banner.setObjectName("auditBanner")
        banner_row = QHBoxLayout(self.audit_banner)
        self.audit_banner_text = QLabel()
        self.audit_banner_text.setObjectName("auditBannerText")
        self.audit_banner_text.setWordWrap(True)
        banner_row.addWidget(self.audit_banner_text, 1)
        self.audit_banner_button = QPushButton(_t("Bevestigen met een reden…"))
        self.audit_banner_button.setObjectName("auditBannerButton")
        self.audit_banner_button.clicked.connect(self.acknowledge_audit_gap)
        banner_row.addWidget(self.audit_banner_button)
        self.audit_banner.hide()
        self.register.add_banner(self.audit_banner, self.audit_banner_button)
        self.tabs.addTab(self.register, _t("&Casussen"))
        QWidget.setTabOrder(self.tabs.tabBar(), self.audit_banner_button)
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
        self.tabs.addTab(self.search_tab, _t("Zoeken in &alles"))
        self.tabs.currentChanged.connect(self._build_shown_tab)
        self.setCentralWidget(self.tabs)
        self.live_windows: dict[int, LiveMeetingWindow] = {}
        self.timeline_dialogs: list[QWidget] = []
        self.agenda_box: QMessageBox | None = None

        self.register.filtered.connect(self._update_counts)
        self.new_button.clicked.connect(self.new_case)
        self.timeline_button.clicked.connect(self.open_selected_timeline)
        self.table.activated.connect(self._open_index)
        self._build_menus()
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.overdue_actions_label = QLabel()
        self.overdue_actions_label.setObjectName("overdueActionsLabel")
        self.overdue_actions_label.setTextFormat(Qt.TextFormat.RichText)
        self.overdue_actions_label.setTextInteractionFlags(  # the link is a Tab stop, Enter follows it
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.overdue_actions_label.linkActivated.connect(lambda _link: self.show_overdue_actions())
        self.statusBar().addPermanentWidget(self.overdue_actions_label)
        self.statusBar().showMessage(
            _t("Kluis: {path} — aangemeld als {user}").format(path=ctx.vault.path.name, user=ctx.user)
        )
        self.refresh()
        self.update_audit_banner()
        self.register.sort_newest_first()
        self.search.setFocus()

    @staticmethod
    def _lazy_tab() -> QWidget:
        page = QWidget()
        QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        return page

    def _build_shown_tab(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.tracker_tab and self._tracker is None:
            self._focus_into(self.tracker)
        elif current is self.search_tab and self._search_panel is None:
            self._focus_into(self.search_panel)

    @staticmethod
    def _focus_into(page: QWidget) -> None:
        """A page built as its tab is shown: Qt already moved the focus (away from the hidden page) before
        the page existed; give it to the page's first control, as Qt does for a page that exists."""
        page.show()
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible() and focus.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return  # e.g. the tab bar, when the user switched tabs on it
        widget: QWidget | None = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if page.isAncestorOf(widget) and widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

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

    def _meeting_changed(self) -> None:
        self.refresh()
        self.refresh_meetings()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_t("&Bestand"))
        self.new_action = QAction(_t("&Nieuwe casus…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case)
        file_menu.addAction(self.new_action)
        self.open_action = QAction(_t("Casus &openen"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return | Qt.KeyboardModifier.ControlModifier))
        self.open_action.triggered.connect(self.open_selected)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(_t("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_follow_up_menu()
        self._build_admin_menu()
        find_action = QAction(_t("&Zoeken"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        self.addAction(find_action)
        language_menu = self.menuBar().addMenu(_t("&Taal"))
        language_menu.setObjectName("languageMenu")
        current = QLocale().name()[:2]  # the language switcher sets the default locale with the language
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(_t("&Help"))
        about = QAction(_t("&Over LIVC-R Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_follow_up_menu(self) -> None:
        menu = self.menuBar().addMenu(_t("&Opvolging"))
        self.timeline_action = QAction(_t("&Tijdlijn van de casus"), self)
        self.timeline_action.setShortcut(QKeySequence(Qt.Key.Key_T | Qt.KeyboardModifier.ControlModifier))
        self.timeline_action.triggered.connect(self.open_selected_timeline)
        menu.addAction(self.timeline_action)
        self.mark_action = QAction(_t("Op de &volgende agenda zetten"), self)
        self.mark_action.triggered.connect(self.mark_selected_for_next_agenda)
        menu.addAction(self.mark_action)
        self.feedback_action = QAction(_t("Terugkoppeling aan &signaalgever…"), self)
        self.feedback_action.triggered.connect(self.open_selected_feedback)
        menu.addAction(self.feedback_action)
        menu.addSeparator()
        tracker_action = QAction(_t("&Actieopvolging"), self)
        tracker_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        tracker_action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.tracker_tab))
        menu.addAction(tracker_action)
        fill_action = QAction(_t("Volgende agenda v&ullen"), self)
        fill_action.triggered.connect(self.fill_next_agenda)
        fill_action.setEnabled(self.ctx.may(Permission.FOLLOW_UP))
        menu.addAction(fill_action)
        search_action = QAction(_t("&Zoeken in alles"), self)
        search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        search_action.triggered.connect(self._focus_full_text_search)
        menu.addAction(search_action)
        may = self.ctx.may(Permission.FOLLOW_UP)
        self.mark_action.setEnabled(may)
        self.feedback_action.setEnabled(may)

    def _build_admin_menu(self) -> None:
        """Statistics, settings and users; backups and retention join this menu (views/admin/admin_menu.py)."""
        menu = self.menuBar().addMenu(_t("B&eheer"))
        menu.setObjectName("adminMenu")
        self.admin_menu = menu
        stats = QAction(_t("&Statistiek voor preventie…"), self)
        stats.setObjectName("statisticsAction")
        stats.triggered.connect(self.open_statistics)
        menu.addAction(stats)
        settings_action = QAction(_t("&Instellingen van de cel…"), self)
        settings_action.setObjectName("settingsAction")
        settings_action.triggered.connect(self.open_settings)
        settings_action.setEnabled(self.ctx.may(Permission.ADMINISTER))
        menu.addAction(settings_action)
        users_action = QAction(_t("&Gebruikers…"), self)
        users_action.setObjectName("usersAction")
        users_action.triggered.connect(self.open_users)
        menu.addAction(users_action)
        menu.addSeparator()
        exchange_allowed = self.ctx.may(Permission.EXPORT_DATA)
        for name, text, slot in (
            ("exportAction", _t("&Exporteren (uitwisselingsformaat)…"), self.open_export),
            ("exportCaseAction", _t("Alles over de gekozen &casus exporteren (inzageverzoek)…"), self.open_case_export),
            ("importAction", _t("&Importeren (uitwisselingsformaat)…"), self.open_import),
            ("importCsvAction", _t("Casuslijst importeren uit &CSV…"), self.open_csv_import),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            action.setEnabled(exchange_allowed)
            menu.addAction(action)
        menu.addSeparator()
        self.new_action.setEnabled(self.ctx.may(Permission.EDIT_CASES))
        self.new_button.setEnabled(self.ctx.may(Permission.EDIT_CASES))

    def open_statistics(self) -> None:
        from livcr_desktop.views.statistics.statistics_view import open_statistics

        open_statistics(self, self.ctx)

    def open_settings(self) -> None:
        from livcr_desktop.views.admin.settings_dialog import open_settings

        if open_settings(self, self.ctx):
            self.settings_changed.emit()

    def open_export(self) -> None:
        from livcr_desktop.views.exchange.export_dialog import ExportDialog

        ExportDialog(self.ctx, parent=self).exec()

    def open_case_export(self) -> None:
        from livcr_desktop.views.exchange.export_dialog import ExportDialog

        case_id = self.selected_case_id()
        if case_id is None:
            QMessageBox.information(self, _t("Casus exporteren"), _t("Kies eerst een casus in de lijst."))
            return
        code = self.model.case_at(self.model.row_of(case_id) or 0).code
        ExportDialog(self.ctx, case_code=code, parent=self).exec()

    def open_import(self) -> None:
        from livcr_desktop.views.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, parent=self)
        dialog.imported.connect(self.refresh)
        dialog.exec()

    def open_csv_import(self) -> None:
        from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard

        wizard = CsvImportWizard(self.ctx, parent=self)
        wizard.imported.connect(lambda _ids: self.refresh())
        wizard.exec()

    def open_users(self) -> None:
        from livcr_desktop.views.admin.users_dialog import UsersDialog

        UsersDialog(self.ctx, parent=self).exec()

    # -- follow-up -------------------------------------------------------------------------------

    def selected_case_id(self) -> int | None:
        return self.register.selected_case_id()

    def _case_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.timeline_action)
        menu.addAction(self.mark_action)
        menu.addAction(self.feedback_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

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

    def show_overdue_actions(self) -> None:
        from livcr_desktop.views.followup.action_tracker import FILTER_OVERDUE as ACTIONS_OVERDUE

        self.tracker.status_filter.setCurrentIndex(self.tracker.status_filter.findData(ACTIONS_OVERDUE))
        self.tabs.setCurrentWidget(self.tracker_tab)

    def _focus_full_text_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_tab)
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def _update_action_count(self) -> None:
        n = followup.overdue_action_count(self.ctx)
        text = _t("{n} acties achterstallig").format(n=n) if n else _t("Geen achterstallige acties")
        self.overdue_actions_label.setText(f'<a href="overdue">{text}</a>' if n else text)
        self.overdue_actions_label.setAccessibleName(text)
        self.overdue_actions_label.setToolTip(_t("Open of lopende acties waarvan de deadline verstreken is"))

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
        """For the chair: a banner while the audit trail has a reported, unacknowledged gap."""
        opened = audit_log.open_truncations(self.ctx.vault) if self.ctx.may(Permission.ADMINISTER) else []
        if not opened:
            self.audit_banner.hide()
            return
        from livcr_desktop.views.admin.audit_truncation import truncation_banner_text

        self.audit_banner_text.setText(truncation_banner_text(opened))
        self.audit_banner_text.setStyleSheet(alert_style(True))
        self.audit_banner.show()

    def acknowledge_audit_gap(self) -> int:
        from livcr_desktop.views.admin.audit_truncation import AcknowledgeTruncationDialog

        dialog = AcknowledgeTruncationDialog(self.ctx, self)
        dialog.exec()
        self.update_audit_banner()
        return dialog.acknowledged

    def _update_counts(self) -> None:
        overdue = self.register.update_counts()
        self.overdue_label.setText(_t("{n} besprekingen achterstallig").format(n=overdue) if overdue else "")

    def _focus_search(self) -> None:
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
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def open_case(self, case_id: int) -> None:
        from livcr_desktop.views.cases.case_form import CaseFormDialog

        dialog = CaseFormDialog(self.ctx, case_id, self)
        if dialog.exec():
            self.refresh()
            self.select_case(case_id)

    def select_case(self, case_id: int) -> None:
        self.register.select_case(case_id)

    def _about(self) -> None:
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
