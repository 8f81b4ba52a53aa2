"""The main window: the case register, the first thing a chair sees after unlocking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop import __version__
from livcr_desktop.domain.enums import CaseStatus, MeetingStatus
from livcr_desktop.domain.followup import NextAgenda
from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.services import audit_log, cases, followup, meetings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.admin_dialogs import AcknowledgeTruncationDialog, truncation_banner_text
from livcr_desktop.views.cases.case_form import CaseFormDialog
from livcr_desktop.views.cases.case_table_model import (
    COL_CODE,
    FILTER_ALL,
    FILTER_OPEN,
    FILTER_OVERDUE,
    CaseTableModel,
)
from livcr_desktop.views.cases.search_panel import SearchPanel
from livcr_desktop.views.followup.action_tracker import FILTER_OVERDUE as ACTIONS_OVERDUE
from livcr_desktop.views.followup.action_tracker import ActionTrackerWidget
from livcr_desktop.views.language import LANGUAGES
from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog
from livcr_desktop.views.meeting.meeting_models import MeetingListModel
from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.forms import fit_to_screen

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
        central = QWidget()
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(_t("Zoeken op code, pseudoniem, status, casemanager… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_t("Casussen zoeken"))
        search_label = QLabel(_t("&Zoeken:"))
        search_label.setBuddy(self.search)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(_t("Filter op status"))
        self.status_filter.addItem(_t("Alle casussen"), FILTER_ALL)
        self.status_filter.addItem(_t("Alle lopende casussen"), FILTER_OPEN)
        self.status_filter.addItem(_t("Bespreking achterstallig"), FILTER_OVERDUE)
        for status in CaseStatus:
            self.status_filter.addItem(labels.case_status(status), status.value)
        status_label = QLabel(_t("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        self.new_button = QPushButton(_t("&Nieuwe casus"))
        self.new_button.setObjectName("newCaseButton")
        self.new_button.setToolTip(_t("Nieuwe casus (Ctrl+N)"))
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(status_label)
        bar.addWidget(self.status_filter, 1)
        self.timeline_button = QPushButton(_t("&Tijdlijn"))
        self.timeline_button.setObjectName("timelineButton")
        self.timeline_button.setToolTip(_t("Tijdlijn van de gekozen casus (Ctrl+T)"))
        bar.addWidget(self.timeline_button)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = CaseTableModel(today=ctx.today, parent=self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(_t("Casussen"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTabKeyNavigation(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._case_menu)
        layout.addWidget(self.table)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        layout.addWidget(self.count_label)
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
        layout.insertWidget(0, self.audit_banner)
        self.tabs.addTab(central, _t("&Casussen"))
        # The banner's button comes first on the page, as it stands first on screen.
        QWidget.setTabOrder(self.tabs.tabBar(), self.audit_banner_button)
        QWidget.setTabOrder(self.audit_banner_button, self.search)
        self.tabs.addTab(self._meetings_tab(), _t("&Vergaderingen"))
        self.tracker = ActionTrackerWidget(ctx)
        self.tracker.changed.connect(self._update_action_count)
        self.tracker.timeline_requested.connect(self.open_timeline)
        self.tabs.addTab(self.tracker, _t("&Acties"))
        self.search_panel = SearchPanel(ctx)
        self.search_panel.open_case.connect(self.open_timeline)
        self.tabs.addTab(self.search_panel, _t("Zoeken in &alles"))
        self.setCentralWidget(self.tabs)
        self.live_windows: dict[int, LiveMeetingWindow] = {}
        self.timeline_dialogs: list[QWidget] = []
        self.agenda_box: QMessageBox | None = None

        self.search.textChanged.connect(self._on_search)
        self.status_filter.currentIndexChanged.connect(self._on_status)
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
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self.search.setFocus()

    def _meetings_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.new_meeting_button = QPushButton(_t("Nieuwe &vergadering…"))
        self.new_meeting_button.setObjectName("newMeetingButton")
        self.open_meeting_button = QPushButton(_t("Vergadering &leiden"))
        self.open_meeting_button.setObjectName("openMeetingButton")
        self.minutes_button = QPushButton(_t("&Verslag…"))
        self.minutes_button.setObjectName("minutesButton")
        self.fill_agenda_button = QPushButton(_t("Volgende agenda v&ullen"))
        self.fill_agenda_button.setObjectName("fillAgendaButton")
        self.fill_agenda_button.setToolTip(
            _t(
                "Zet de casussen die aan bespreking toe zijn en de nieuwe aanmeldingen "
                "op de agenda van de volgende geplande vergadering"
            )
        )
        self.fill_agenda_button.setEnabled(self.ctx.may(Permission.FOLLOW_UP))
        bar.addWidget(self.new_meeting_button)
        bar.addWidget(self.open_meeting_button)
        bar.addWidget(self.minutes_button)
        bar.addWidget(self.fill_agenda_button)
        bar.addStretch(1)
        v.addLayout(bar)
        self.meeting_model = MeetingListModel(self)
        self.meeting_table = QTableView()
        self.meeting_table.setObjectName("meetingTable")
        self.meeting_table.setAccessibleName(_t("Vergaderingen"))
        self.meeting_table.setModel(self.meeting_model)
        self.meeting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.verticalHeader().hide()
        self.meeting_table.setTabKeyNavigation(False)
        self.meeting_table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.meeting_table)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_meeting_button.clicked.connect(self.open_selected_meeting)
        self.minutes_button.clicked.connect(self.open_minutes)
        self.fill_agenda_button.clicked.connect(self.fill_next_agenda)
        self.meeting_table.activated.connect(lambda idx: self.open_meeting(self.meeting_model.entry(idx.row()).id))
        return page

    def refresh_meetings(self) -> None:
        self.meeting_model.set_rows(meetings.list_meetings(self.ctx))
        self.meeting_table.resizeColumnsToContents()

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(self.ctx, self)
        if dialog.exec() and dialog.meeting_id is not None:
            self.refresh_meetings()
            self.refresh()

    def open_selected_meeting(self) -> None:
        rows = self.meeting_table.selectionModel().selectedRows()
        if rows:
            self.open_meeting(self.meeting_model.entry(rows[0].row()).id)

    def open_minutes(self) -> MinutesDialog | None:
        rows = self.meeting_table.selectionModel().selectedRows()
        if not rows:
            return None
        dialog = MinutesDialog(self.ctx, self.meeting_model.entry(rows[0].row()).id, self)
        dialog.finished.connect(lambda _r: self.refresh_meetings())
        dialog.open()
        return dialog

    def open_meeting(self, meeting_id: int) -> LiveMeetingWindow:
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
        tracker_action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.tracker))
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
        """Statistics, settings and users; backups and retention join this menu (admin_dialogs)."""
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
        from livcr_desktop.views.exchange.import_dialogs import ExportDialog

        ExportDialog(self.ctx, parent=self).exec()

    def open_case_export(self) -> None:
        from livcr_desktop.views.exchange.import_dialogs import ExportDialog

        case_id = self.selected_case_id()
        if case_id is None:
            QMessageBox.information(self, _t("Casus exporteren"), _t("Kies eerst een casus in de lijst."))
            return
        code = self.model.case_at(self.model.row_of(case_id) or 0).code
        ExportDialog(self.ctx, case_code=code, parent=self).exec()

    def open_import(self) -> None:
        from livcr_desktop.views.exchange.import_dialogs import ImportDialog

        dialog = ImportDialog(self.ctx, parent=self)
        dialog.imported.connect(self.refresh)
        dialog.exec()

    def open_csv_import(self) -> None:
        from livcr_desktop.views.exchange.import_dialogs import CsvImportWizard

        wizard = CsvImportWizard(self.ctx, parent=self)
        wizard.imported.connect(lambda _ids: self.refresh())
        wizard.exec()

    def open_users(self) -> None:
        from livcr_desktop.views.admin.users_dialog import UsersDialog

        UsersDialog(self.ctx, parent=self).exec()

    # -- follow-up -------------------------------------------------------------------------------

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()).id if rows else None

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
        plan: NextAgenda | None = None
        try:
            plan = followup.fill_next_agenda(self.ctx)
        except PermissionDenied:
            text = _t("Uw rol mag de agenda van een vergadering niet aanpassen.")
        else:
            text = self._agenda_text(plan)
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Information, _t("Volgende agenda"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("agendaFilledBox")
        box.open()
        self.agenda_box = box
        self.refresh()
        return plan

    @staticmethod
    def _agenda_text(plan: NextAgenda | None) -> str:
        if plan is None:
            return _t("Er is geen geplande vergadering. Plan eerst een vergadering.")
        day = plan.meeting_date.strftime("%d/%m/%Y")
        if not plan.to_add:
            return _t("De agenda van vergadering {number} ({date}) is al volledig.").format(
                number=plan.meeting_number, date=day
            )
        return _t("{n} casussen op de agenda van vergadering {number} ({date}) gezet: {codes}.").format(
            n=len(plan.to_add), number=plan.meeting_number, date=day, codes=", ".join(c.case_code for c in plan.to_add)
        )

    def show_overdue_actions(self) -> None:
        self.tracker.status_filter.setCurrentIndex(self.tracker.status_filter.findData(ACTIONS_OVERDUE))
        self.tabs.setCurrentWidget(self.tracker)

    def _focus_full_text_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
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
        if hasattr(self, "tracker"):
            self.tracker.refresh()
        if hasattr(self, "overdue_actions_label"):
            self._update_action_count()

    def update_audit_banner(self) -> None:
        """For the chair: a banner while the audit trail has a reported, unacknowledged gap."""
        opened = audit_log.open_truncations(self.ctx.vault) if self.ctx.may(Permission.ADMINISTER) else []
        if not opened:
            self.audit_banner.hide()
            return
        self.audit_banner_text.setText(truncation_banner_text(opened))
        self.audit_banner_text.setStyleSheet(alert_style(True))
        self.audit_banner.show()

    def acknowledge_audit_gap(self) -> int:
        dialog = AcknowledgeTruncationDialog(self.ctx, self)
        dialog.exec()
        self.update_audit_banner()
        return dialog.acknowledged

    def _update_counts(self) -> None:
        self.count_label.setText(
            _t("{shown} van {total} casussen").format(shown=self.model.rowCount(), total=self.model.total_count())
        )
        overdue = self.model.overdue_count()
        self.overdue_label.setText(_t("{n} besprekingen achterstallig").format(n=overdue) if overdue else "")

    def _on_search(self, text: str) -> None:
        self.model.set_filter(text=text)
        self._update_counts()

    def _on_status(self, _index: int) -> None:
        self.model.set_filter(status=self.status_filter.currentData())
        self._update_counts()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_case(self) -> None:
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
        dialog = CaseFormDialog(self.ctx, case_id, self)
        if dialog.exec():
            self.refresh()
            self.select_case(case_id)

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

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
