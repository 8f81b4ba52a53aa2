"""The chair's live meeting screen: agenda down the left, timers, the current item filling the rest.

Nothing here has a Save button: every change goes through the services and is committed at once
(text fields a few hundred milliseconds after the last keystroke). Reopening a meeting returns to
the item it was on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import AgendaItemKind, MeetingStatus
from livcr_desktop.domain.meeting import AgendaEntry, DecisionDraft, MeetingOverview
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import attendance, cases, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.meeting.meeting_models import AgendaModel, agenda_title, minutes_text
from livcr_desktop.views.meeting.meeting_pages import AttendancePage, CasePage, ReviewPage
from livcr_desktop.views.projector.projector import SHORTCUTS as PROJECTOR_SHORTCUTS
from livcr_desktop.views.projector.projector import ProjectorController
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.dates import format_date
from livcr_desktop.views.widgets.forms import fit_to_screen
from livcr_desktop.views.widgets.messages import validation_message

TIMER_PERSIST_SECONDS = 5

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+PgDown", noop("LiveMeeting", "Volgend agendapunt")),
    ("Ctrl+PgUp", noop("LiveMeeting", "Vorig agendapunt")),
    ("F2", noop("LiveMeeting", "Aanwezigheid en geheimhouding")),
    ("Ctrl+B", noop("LiveMeeting", "Nieuwe bijdrage")),
    ("Ctrl+D", noop("LiveMeeting", "Nieuwe beslissing")),
    ("Ctrl+Shift+A", noop("LiveMeeting", "Nieuwe actie")),
    ("Ctrl+T", noop("LiveMeeting", "Timer starten / stoppen")),
    ("Ctrl+Shift+Up / Ctrl+Shift+Down", noop("LiveMeeting", "Agendapunt hoger / lager zetten")),
    ("Ctrl+Z / Ctrl+Shift+Z", noop("LiveMeeting", "Ongedaan maken / opnieuw")),
    *PROJECTOR_SHORTCUTS,
    ("F1", noop("LiveMeeting", "Deze hulp")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


class ShortcutHelp(QDialog):
    """The F1 overlay: every shortcut of the live meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(_t("Sneltoetsen"))
        layout = QVBoxLayout(self)
        cell = "<tr><td style='padding:4px 16px 4px 0'><b>{keys}</b></td><td>{what}</td></tr>"
        rows = "".join(cell.format(keys=keys, what=_t(what)) for keys, what in SHORTCUTS)
        text = QLabel(f"<table>{rows}</table>")
        text.setObjectName("shortcutTable")
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        close = QPushButton(_t("Sluiten"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)


class LiveMeetingWindow(QMainWindow):
    """The chair's window; to the projector it is a :class:`~livcr_desktop.views.projector.projector.MeetingSource`."""

    changed = Signal()  # anything shown may have changed (the projector listens to this)
    current_item_changed = Signal(object)  # agenda item id or None
    decision_typed = Signal()  # the decision form of the current case was edited (not yet committed)

    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.setObjectName("liveMeetingWindow")
        self.undo = QUndoStack(self)
        self.meeting: MeetingOverview = meetings.get_meeting(ctx, meeting_id)
        self.read_only = self.meeting.status is MeetingStatus.FINALISED
        self._case_labels = {c.id: c.display_name() for c in cases.list_cases(ctx)}
        self._confirmed_without_attendance = False
        self._running = False
        self._unsaved_seconds = 0
        self._started_mono: datetime | None = None

        self.setWindowTitle(_t("Vergadering {number} — LIVC-R Desktop").format(number=self.meeting.number))
        fit_to_screen(self, 1366, 768)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(self._header())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        splitter.addWidget(self._agenda_panel())
        self.pages = QStackedWidget()
        self.pages.setObjectName("meetingPages")
        orgs = reference.list_organisations(ctx)
        members = reference.list_members(ctx)
        self.attendance_page = AttendancePage(ctx, meeting_id, self.case_label)
        self.review_page = ReviewPage(ctx, meeting_id, self.undo)
        self.case_page = CasePage(ctx, meeting_id, self.meeting.meeting_date, self.undo, orgs, members)
        self.other_page = QLabel()
        self.other_page.setObjectName("otherItemPage")
        self.other_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (self.attendance_page, self.review_page, self.case_page, self.other_page):
            self.pages.addWidget(page)
        for page in (self.attendance_page, self.review_page, self.case_page):
            page.changed.connect(self._content_changed)
        self._relay_decision_edits()
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 1000])
        self.setCentralWidget(central)
        self._build_actions()

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.tick.start()

        if self.meeting.status is MeetingStatus.PLANNED:
            meetings.start_meeting(ctx, meeting_id)
        self.reload_agenda()
        self.attendance_page.reload()
        current = self.meeting.current_item_id
        if current is not None and self.agenda_model.row_of(current) is not None:
            self._show_item(current)
        else:
            self.show_attendance()
        self._update_clock()
        self._build_projector()

    # -- layout ----------------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        m = self.meeting
        self.title = QLabel(
            _t("{kind} {number} — {date} {time}, {place} — voorzitter: {chair}").format(
                kind=labels.meeting_kind(m.kind),
                number=m.number,
                date=format_date(m.meeting_date),
                time=m.start_time.strftime("%H:%M"),
                place=m.place,
                chair=m.chair or "—",
            )
        )
        self.title.setObjectName("meetingTitle")
        self.title.setWordWrap(True)  # a long title wraps instead of widening the window past the screen
        self.title.setMinimumWidth(200)
        bar.addWidget(self.title, 1)
        self.item_clock = QLabel()
        self.item_clock.setObjectName("itemClock")
        self.meeting_clock = QLabel()
        self.meeting_clock.setObjectName("meetingClock")
        self.timer_button = QPushButton(_t("Timer starten (Ctrl+T)"))
        self.timer_button.setObjectName("timerButton")
        self.timer_button.setCheckable(True)
        self.timer_button.toggled.connect(self.set_timer_running)
        self.attendance_button = QPushButton(_t("Aanwezigheid (F2)"))
        self.attendance_button.setObjectName("attendanceButton")
        self.attendance_button.clicked.connect(self.show_attendance)
        for w in (self.item_clock, self.meeting_clock, self.timer_button, self.attendance_button):
            bar.addWidget(w)
        return bar

    def _agenda_panel(self) -> QWidget:
        panel = QWidget()
        v = QVBoxLayout(panel)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(_t("<b>Agenda</b>")))
        self.agenda_model = AgendaModel(self.move_item, self)
        self.agenda = QListView()
        self.agenda.setObjectName("agendaList")
        self.agenda.setAccessibleName(_t("Agenda"))
        self.agenda.setModel(self.agenda_model)
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.setDragEnabled(True)
        self.agenda.setAcceptDrops(True)
        self.agenda.setDropIndicatorShown(True)
        self.agenda.setSpacing(2)
        self.agenda.activated.connect(self._agenda_activated)
        self.agenda.clicked.connect(self._agenda_activated)
        v.addWidget(self.agenda, 1)
        buttons = QHBoxLayout()
        self.add_case_combo = QComboBox()
        self.add_case_combo.setObjectName("addCaseCombo")
        self.add_case_combo.setAccessibleName(_t("Casus om toe te voegen"))
        add_case = QPushButton(_t("+ casus"))
        add_case.setObjectName("addCaseItemButton")
        add_case.clicked.connect(self.add_case_item)
        add_other = QPushButton(_t("+ punt"))
        add_other.setObjectName("addOtherItemButton")
        add_other.clicked.connect(self.add_other_item)
        remove = QPushButton(_t("Verwijderen"))
        remove.setObjectName("removeItemButton")
        remove.clicked.connect(self.remove_selected_item)
        buttons.addWidget(self.add_case_combo, 1)
        buttons.addWidget(add_case)
        v.addLayout(buttons)
        row2 = QHBoxLayout()
        row2.addWidget(add_other)
        row2.addWidget(remove)
        v.addLayout(row2)
        self.meeting_left = QLabel()
        self.meeting_left.setObjectName("meetingLeft")
        v.addWidget(self.meeting_left)
        return panel

    def _build_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str | list[QKeySequence], slot: object, name: str) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            if isinstance(keys, list):
                a.setShortcuts(keys)
            else:
                a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        menu = self.menuBar().addMenu(_t("&Vergadering"))
        for a in (
            action(_t("Volgend agendapunt"), "Ctrl+PgDown", self.next_item, "nextItemAction"),
            action(_t("Vorig agendapunt"), "Ctrl+PgUp", self.previous_item, "previousItemAction"),
            action(_t("Aanwezigheid"), "F2", self.show_attendance, "attendanceAction"),
            action(_t("Nieuwe bijdrage"), "Ctrl+B", self.new_contribution, "newContributionAction"),
            action(_t("Nieuwe beslissing"), "Ctrl+D", self.new_decision, "newDecisionAction"),
            action(_t("Nieuwe actie"), "Ctrl+Shift+A", self.new_action, "newActionAction"),
            action(_t("Timer starten/stoppen"), "Ctrl+T", self.timer_button.toggle, "timerAction"),
            action(_t("Agendapunt hoger"), "Ctrl+Shift+Up", lambda: self.shift_selected(-1), "moveUpAction"),
            action(_t("Agendapunt lager"), "Ctrl+Shift+Down", lambda: self.shift_selected(1), "moveDownAction"),
        ):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(action(_t("Vergadering afsluiten…"), "", self.close_meeting, "closeMeetingAction"))
        edit = self.menuBar().addMenu(_t("&Bewerken"))
        undo = self.undo.createUndoAction(self, _t("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, _t("Opnieuw"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        help_menu = self.menuBar().addMenu(_t("&Help"))
        help_menu.addAction(action(_t("Sneltoetsen"), "F1", self.show_help, "helpAction"))

    def _relay_decision_edits(self) -> None:
        """Every edit of the case page's decision form, as the one signal ``decision_typed``."""
        page, typed = self.case_page, self._decision_edited
        for text_signal in (page.dec_reasons.textChanged, page.dec_expect.textChanged, page.dec_referral.textChanged):
            text_signal.connect(typed)
        page.dec_type.currentIndexChanged.connect(typed)
        page.dec_escalation.currentIndexChanged.connect(typed)
        page.dec_review.check.toggled.connect(typed)
        page.dec_review.edit.dateChanged.connect(typed)

    def _decision_edited(self, *_args: object) -> None:
        self.decision_typed.emit()

    # -- what the projector reads (MeetingSource) --------------------------------------------------

    def current_item_id(self) -> int | None:
        return self.meeting.current_item_id

    def agenda_entries(self) -> Sequence[AgendaEntry]:
        return self.meeting.agenda

    def typed_decision(self) -> DecisionDraft | None:
        page = self.case_page
        return page.decision_draft() if page.case_id is not None else None

    def _build_projector(self) -> None:
        """The audience window for the room, its controls and preview in a dock, a Projector menu."""
        self.projector = ProjectorController(self)
        help_menu = self.menuBar().actions()[-1]
        menu = QMenu(_t("&Projector"), self)
        self.menuBar().insertMenu(help_menu, menu)  # before Help
        for a in self.projector.all_actions():
            menu.addAction(a)
        self.projector_dock = QDockWidget(_t("Projector"), self)
        self.projector_dock.setObjectName("projectorDock")
        self.projector_dock.setWidget(self.projector.panel)
        self.projector_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.projector_dock)
        menu.addSeparator()
        menu.addAction(self.projector_dock.toggleViewAction())

    # -- agenda ----------------------------------------------------------------------------------

    def case_label(self, case_id: int | None) -> str:
        return self._case_labels.get(case_id or -1, "")

    def reload_agenda(self) -> None:
        self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
        self.agenda_model.set_agenda(self.meeting.agenda, self.meeting.current_item_id)
        on_agenda = {e.case_id for e in self.meeting.agenda}
        self.add_case_combo.clear()
        for c in cases.list_cases(self.ctx):
            if c.id not in on_agenda and not c.status.is_closed:
                self.add_case_combo.addItem(c.display_name(), c.id)
        row = self.agenda_model.row_of(self.meeting.current_item_id)
        if row is not None:
            self.agenda.setCurrentIndex(self.agenda_model.index(row))

    def current_entry(self) -> AgendaEntry | None:
        row = self.agenda_model.row_of(self.meeting.current_item_id)
        return self.agenda_model.entry(row) if row is not None else None

    def _agenda_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to_item(self.agenda_model.entry(index.row()).id)

    def next_item(self) -> None:
        self._step(1)

    def previous_item(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        entries = self.agenda_model.entries()
        if not entries:
            return
        row = self.agenda_model.row_of(self.meeting.current_item_id)
        target = 0 if row is None else max(0, min(len(entries) - 1, row + delta))
        self.go_to_item(entries[target].id)

    def go_to_item(self, item_id: int) -> None:
        """Make an agenda item current (committed), asking first if attendance is not recorded."""
        row = self.agenda_model.row_of(item_id)
        if row is None:
            return
        entry = self.agenda_model.entry(row)
        if (
            entry.case_id is not None
            and not self._confirmed_without_attendance
            and not attendance.attendance_complete(self.ctx, self.meeting_id)
        ):
            answer = QMessageBox.question(
                self,
                _t("Aanwezigheid niet volledig"),
                _t(
                    "Niet alle aanwezigen hebben de geheimhouding bevestigd (art. 458ter). "
                    "Toch de casusbespreking beginnen?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._confirmed_without_attendance = True
        self._persist_timer()
        self.case_page.flush_pending()
        meetings.set_current_item(self.ctx, self.meeting_id, item_id)
        self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
        self.agenda_model.set_current(item_id)
        self._show_item(item_id)
        self.current_item_changed.emit(item_id)
        self.changed.emit()

    def _show_item(self, item_id: int) -> None:
        row = self.agenda_model.row_of(item_id)
        if row is None:
            return
        entry = self.agenda_model.entry(row)
        self.agenda.setCurrentIndex(self.agenda_model.index(row))
        if entry.kind is AgendaItemKind.ACTION_REVIEW:
            self.review_page.reload()
            self.pages.setCurrentWidget(self.review_page)
        elif entry.case_id is not None:
            self.case_page.show_case(entry.case_id)
            self.pages.setCurrentWidget(self.case_page)
        else:
            self.other_page.setText(f"<h2>{agenda_title(entry)}</h2>")
            self.pages.setCurrentWidget(self.other_page)
        self._update_clock()

    def show_attendance(self) -> None:
        self.attendance_page.reload()
        self.pages.setCurrentWidget(self.attendance_page)
        self.attendance_page.table.setFocus()

    def move_item(self, item_id: int, position: int) -> None:
        meetings.move_agenda_item(self.ctx, item_id, position)
        self.reload_agenda()
        self.changed.emit()

    def shift_selected(self, delta: int) -> None:
        idx = self.agenda.currentIndex()
        if idx.isValid():
            item_id = self.agenda_model.entry(idx.row()).id
            self.move_item(item_id, idx.row() + delta)
            row = self.agenda_model.row_of(item_id)
            if row is not None:
                self.agenda.setCurrentIndex(self.agenda_model.index(row))

    def add_case_item(self) -> None:
        case_id = self.add_case_combo.currentData()
        if case_id is not None:
            meetings.add_agenda_item(self.ctx, self.meeting_id, case_id=case_id)
            self.reload_agenda()
            self.changed.emit()

    def add_other_item(self) -> None:
        title, ok = QInputDialog.getText(self, _t("Agendapunt toevoegen"), _t("Titel van het agendapunt:"))
        if ok and title.strip():
            try:
                meetings.add_agenda_item(self.ctx, self.meeting_id, title=title)
            except ValidationError as exc:  # e.g. a character that reverses the writing direction
                QMessageBox.warning(
                    self, _t("Agendapunt toevoegen"), "\n".join(validation_message(i) for i in exc.issues)
                )
                return
            self.reload_agenda()
            self.changed.emit()

    def remove_selected_item(self) -> None:
        idx = self.agenda.currentIndex()
        if not idx.isValid():
            return
        entry = self.agenda_model.entry(idx.row())
        answer = QMessageBox.question(
            self, _t("Agendapunt verwijderen"), _t("'{title}' van de agenda halen?").format(title=agenda_title(entry))
        )
        if answer == QMessageBox.StandardButton.Yes:
            meetings.remove_agenda_item(self.ctx, entry.id)
            self.reload_agenda()
            self.changed.emit()

    # -- shortcuts -------------------------------------------------------------------------------

    def _case_item_or_none(self) -> bool:
        return self.pages.currentWidget() is self.case_page and self.case_page.case_id is not None

    def new_contribution(self) -> None:
        if self._case_item_or_none():
            self.case_page.focus_new_contribution()

    def new_decision(self) -> None:
        if self._case_item_or_none():
            self.case_page.focus_new_decision()

    def new_action(self) -> None:
        if self._case_item_or_none():
            self.case_page.focus_new_action()

    def show_help(self) -> None:
        ShortcutHelp(self).exec()

    # -- timers ----------------------------------------------------------------------------------

    def set_timer_running(self, running: bool) -> None:
        if not running:
            self._persist_timer()
        self._running = running
        self.timer_button.setText(_t("Timer stoppen (Ctrl+T)") if running else _t("Timer starten (Ctrl+T)"))

    def _on_tick(self) -> None:
        if self.ctx.vault.closed:  # locked: the clock waits for the unlock
            return
        entry = self.current_entry()
        if self._running and entry is not None:
            self._unsaved_seconds += 1
            self.agenda_model.set_running_extra(entry.id, self._unsaved_seconds)
            if self._unsaved_seconds >= TIMER_PERSIST_SECONDS:
                self._persist_timer()
        self._update_clock()

    def _persist_timer(self) -> None:
        entry = self.current_entry()
        if entry is not None and self._unsaved_seconds > 0:
            meetings.add_elapsed(self.ctx, entry.id, self._unsaved_seconds)
            self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
            self.agenda_model.set_agenda(self.meeting.agenda, self.meeting.current_item_id)
        self._unsaved_seconds = 0

    def _update_clock(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            used = entry.elapsed_seconds + self._unsaved_seconds
            self.item_clock.setText(
                _t("Agendapunt: {used} / {planned}:00").format(used=minutes_text(used), planned=entry.planned_minutes)
            )
        else:
            self.item_clock.setText("")
        m = self.meeting
        started = m.started_at or self.ctx.now()
        left = m.planned_minutes * 60 - int((self.ctx.now() - started).total_seconds())
        self.meeting_clock.setText(_t("Resterend: {left}").format(left=minutes_text(left)))
        self.meeting_clock.setStyleSheet(alert_style() if left < 0 else "font-weight: bold;")
        self.meeting_left.setText(_t("Gepland: {n} min").format(n=m.planned_minutes))

    # -- closing ---------------------------------------------------------------------------------

    def close_meeting(self) -> None:
        day, ok = QInputDialog.getText(
            self,
            _t("Vergadering afsluiten"),
            _t("Datum van de volgende vergadering (dd/mm/jjjj, leeg: nog niet gekend):"),
        )
        if not ok:
            return
        next_date = None
        if day.strip():
            try:
                next_date = datetime.strptime(day.strip(), "%d/%m/%Y").date()
            except ValueError:
                QMessageBox.warning(self, _t("Vergadering afsluiten"), _t("Geef de datum als dd/mm/jjjj."))
                return
        self._persist_timer()
        self.case_page.flush_pending()
        meetings.close_meeting(self.ctx, self.meeting_id, next_date)
        self.close()

    def _content_changed(self) -> None:
        self.changed.emit()

    def flush(self) -> None:
        self._persist_timer()
        self.case_page.flush_pending()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ctx.vault.closed:
            self.flush()
        self.tick.stop()
        self.projector.shutdown()
        super().closeEvent(event)
