"""The chair's live meeting screen: agenda down the left, timers, the current item filling the rest.

Nothing here has a Save button: every change goes through the services and is committed at once
(text fields a few hundred milliseconds after the last keystroke). Reopening a meeting returns to
the item it was on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import AgendaItemKind, AttendanceStatus, MeetingStatus
from livcr_desktop.domain.meeting import AgendaEntry, DecisionDraft, MeetingOverview
from livcr_desktop.services import cases, invitations, meetings, reference
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.meeting.agenda_panel import AgendaPanel
from livcr_desktop.views.meeting.attendance_page import AttendancePage
from livcr_desktop.views.meeting.case_page import CasePage
from livcr_desktop.views.meeting.closing import ClosedBanner, confirm_close, confirm_reopen
from livcr_desktop.views.meeting.draft_close import ask_about_drafts
from livcr_desktop.views.meeting.meeting_header import MeetingHeader
from livcr_desktop.views.meeting.meeting_menus import add_projector_menu, build_menus, set_editing_enabled
from livcr_desktop.views.meeting.meeting_models import agenda_title, minutes_text
from livcr_desktop.views.meeting.read_only import set_widgets_read_only
from livcr_desktop.views.meeting.review_page import ReviewPage
from livcr_desktop.views.meeting.shortcut_help import ShortcutHelp
from livcr_desktop.views.meeting.window_place import place_window, remember_place
from livcr_desktop.views.projector.controller import ProjectorController
from livcr_desktop.views.widgets.contrast import alert_style

TIMER_PERSIST_SECONDS = 5


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


class LiveMeetingWindow(QMainWindow):
    """The chair's window; to the projector it is a
    :class:`~livcr_desktop.views.projector.meeting_source.MeetingSource`."""

    changed = Signal()  # anything shown may have changed (the projector listens to this)
    current_item_changed = Signal(object)  # agenda item id or None
    decision_typed = Signal()  # the decision form of the current case was edited (not yet committed)
    window_closed = Signal()  # the chair closed the window (the main window takes the keyboard back)

    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.setObjectName("liveMeetingWindow")
        self.undo = QUndoStack(self)
        self.meeting: MeetingOverview = meetings.get_meeting(ctx, meeting_id)
        self.read_only = False  # a closed meeting is shown read-only (see ``_apply_status``)
        self._case_labels = {c.id: c.display_name() for c in cases.list_cases(ctx)}
        self._confirmed_without_attendance = False
        self._running = False
        self._unsaved_seconds = 0
        self._started_mono: datetime | None = None
        self._ask_on_close = False
        self._feedback_form_case: int | None = None  # its form is being composed: the wall shows it
        self.feedback_form_dialog: QDialog | None = None
        self._focus_before_form: QWidget | None = None
        QShortcut(QKeySequence("Ctrl+W"), self, self.close_window)

        self.setWindowTitle(_t("Vergadering {number} — LIVC-R Desktop").format(number=self.meeting.number))
        place_window(self, "liveMeeting")  # maximised on the chair's screen, or as last left there
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        header = MeetingHeader(self.meeting)
        outer.addLayout(header)
        self.title, self.item_clock, self.meeting_clock = header.title, header.item_clock, header.meeting_clock
        self.timer_button, self.attendance_button = header.timer_button, header.attendance_button
        self.timer_button.toggled.connect(self.set_timer_running)
        self.attendance_button.clicked.connect(self.show_attendance)
        self.closed_banner = ClosedBanner()
        self.closed_banner.reopen_button.clicked.connect(self.reopen_meeting)
        outer.addWidget(self.closed_banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        self.agenda_panel = AgendaPanel(ctx, meeting_id)
        self.agenda, self.agenda_model = self.agenda_panel.view, self.agenda_panel.model
        self.agenda_panel.chosen.connect(self.go_to_item)
        self.agenda_panel.edited.connect(self._agenda_edited)
        splitter.addWidget(self.agenda_panel)
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
        # need-to-know: who is in the room follows the item and the attendance
        self.attendance_page.changed.connect(self.agenda_panel.follow_room)
        self.current_item_changed.connect(lambda _item: self.agenda_panel.follow_room())
        self.case_page.decision_form.typed.connect(self.decision_typed)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 1000])
        self.setCentralWidget(central)
        self.undo_action, self.redo_action = build_menus(self, self.undo, self)

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
        self._apply_status()

    # -- layout ----------------------------------------------------------------------------------

    # -- what the projector reads (MeetingSource) --------------------------------------------------

    def current_item_id(self) -> int | None:
        return self.meeting.current_item_id

    def agenda_entries(self) -> Sequence[AgendaEntry]:
        return self.meeting.agenda

    def typed_decision(self) -> DecisionDraft | None:
        page = self.case_page
        return page.decision_form.draft() if page.case_id is not None else None

    def shown_feedback_form(self) -> int | None:
        return self._feedback_form_case

    def _build_projector(self) -> None:
        """The audience window for the room; its controls and preview in a dock, a Projector menu."""
        self.projector = ProjectorController(self)
        self.projector_dock = add_projector_menu(self, self.projector)

    # -- agenda ----------------------------------------------------------------------------------

    def case_label(self, case_id: int | None) -> str:
        return self._case_labels.get(case_id or -1, "")

    def reload_agenda(self) -> None:
        self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
        self.agenda_panel.show_agenda(self.meeting)

    def _agenda_edited(self) -> None:
        self.reload_agenda()
        self.changed.emit()

    def current_entry(self) -> AgendaEntry | None:
        row = self.agenda_model.row_of(self.meeting.current_item_id)
        return self.agenda_model.entry(row) if row is not None else None

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
        if self.read_only:  # a closed meeting is read: the item is shown, nothing is stored
            self.agenda_model.set_current(item_id)
            self._show_item(item_id)
            self.current_item_changed.emit(item_id)
            return
        missing = self._attendance_missing(entry.case_id) if entry.case_id is not None else ""
        if missing and not self._confirmed_without_attendance:
            answer = QMessageBox.question(
                self,
                _t("Aanwezigheid niet volledig"),
                _t("{missing} Toch de casusbespreking beginnen?").format(missing=missing),
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
        if entry.case_id is not None:  # the first speaker: the keyboard on the contribution's organisation
            self.case_page.focus_new_contribution()
        self.current_item_changed.emit(item_id)
        self.changed.emit()

    def _attendance_missing(self, case_id: int) -> str:
        """What is not recorded yet among those expected in the room for this case (the members there for
        the whole meeting and the partners invited for it; a partner invited for another case is not expected
        now), in words; "" when nothing is."""
        expected = [
            i
            for i in invitations.invitations(self.ctx, self.meeting_id)
            if i.invited_for(case_id) and i.status in (AttendanceStatus.PRESENT, AttendanceStatus.UNREGISTERED)
        ]
        unregistered = sum(i.status is AttendanceStatus.UNREGISTERED for i in expected)
        unconfirmed = sum(i.status is AttendanceStatus.PRESENT and not i.acknowledged for i in expected)
        parts = []
        if not any(i.status is AttendanceStatus.PRESENT for i in expected):
            parts.append(_t("Niemand is als aanwezig geregistreerd."))
        if unregistered:
            parts.append(_t("Nog niet geregistreerd: {n} van de verwachte leden.").format(n=unregistered))
        if unconfirmed:
            parts.append(
                _t("De geheimhouding (art. 458ter) nog niet bevestigd: {n} van de aanwezigen.").format(n=unconfirmed)
            )
        return " ".join(parts)

    def _show_item(self, item_id: int) -> None:
        row = self.agenda_model.row_of(item_id)
        if row is None:
            return
        entry = self.agenda_model.entry(row)
        self.agenda.setCurrentIndex(self.agenda_model.index(row, 0))
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

    def shift_selected(self, delta: int) -> None:
        self.agenda_panel.shift_selected(delta)

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

    def open_feedback_form(self) -> None:
        """The current case's feedback form to the police, composed with the room (issue 17).

        While the dialog is open the wall shows the form's saved text and how many members agreed to
        it, so each member consents to the text the room reads.
        """
        if not self._case_item_or_none() or self.case_page.case_id is None:
            return
        from livcr_desktop.views.followup.feedback_form_dialog import FeedbackFormDialog

        self.case_page.flush_pending()
        self._focus_before_form = QApplication.focusWidget()
        self._feedback_form_case = self.case_page.case_id
        self.feedback_form_dialog = FeedbackFormDialog(
            self.ctx, self._feedback_form_case, self, meeting_id=self.meeting_id
        )
        self.feedback_form_dialog.changed.connect(self.changed)
        self.feedback_form_dialog.finished.connect(self._feedback_form_closed)
        self.feedback_form_dialog.open()
        self.changed.emit()

    def _feedback_form_closed(self) -> None:
        self._feedback_form_case = None
        self.changed.emit()
        # The keyboard back where the chair left it (the wall, shown meanwhile, never keeps it).
        self.activateWindow()
        before = self._focus_before_form
        if before is not None and before.isVisible() and before.window() is self:
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.case_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_help(self) -> None:
        ShortcutHelp(self).exec()

    def toggle_timer(self) -> None:
        self.timer_button.toggle()

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
        self.agenda_panel.meeting_left.setText(_t("Gepland: {n} min").format(n=m.planned_minutes))

    # -- closing ---------------------------------------------------------------------------------

    def close_meeting(self) -> None:
        """Asks first when items were not treated or cases have no decision; then the date of the next
        meeting. The meeting list in the main window is told at once (``changed``)."""
        if self.read_only:
            return
        self.flush()
        if not confirm_close(self, meetings.closing_check(self.ctx, self.meeting_id)):
            return
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
        meetings.close_meeting(self.ctx, self.meeting_id, next_date)
        self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
        self.changed.emit()  # the meeting list says "afgesloten" at once
        self.close_window()

    def close_window(self) -> None:
        """Ctrl+W (or closing the meeting): asks first about drafts, like the window manager's close.
        A close by code (the app quitting, a test) keeps the drafts without asking."""
        self._ask_on_close = True
        self.close()

    def reopen_meeting(self) -> None:
        """A closed meeting becomes editable again, after one question; the reopening is audited."""
        if self.meeting.status is MeetingStatus.CLOSED and confirm_reopen(self, self.meeting.number):
            meetings.reopen_meeting(self.ctx, self.meeting_id)
            self.meeting = meetings.get_meeting(self.ctx, self.meeting_id)
            self._apply_status()
            self.changed.emit()

    def _apply_status(self) -> None:
        """Read-only while the meeting is closed or finalised; editable while it is planned or running."""
        status = self.meeting.status
        was, self.read_only = self.read_only, status in (MeetingStatus.CLOSED, MeetingStatus.FINALISED)
        self.closed_banner.show_status(status)
        set_editing_enabled(self, not self.read_only, may_reopen=status is MeetingStatus.CLOSED)
        if self.read_only:
            self.timer_button.setChecked(False)
            self.undo.clear()  # an undo would change a closed meeting
        self.timer_button.setEnabled(not self.read_only)
        if self.read_only or was:
            set_widgets_read_only(self.agenda_panel, self.read_only)
            set_widgets_read_only(self.review_page, self.read_only)
            self.attendance_page.set_read_only(self.read_only)
            self.case_page.set_read_only(self.read_only)

    def _content_changed(self) -> None:
        self.changed.emit()

    def flush(self) -> None:
        self._persist_timer()
        self.case_page.flush_pending()

    def closeEvent(self, event: QCloseEvent) -> None:
        ask, self._ask_on_close = event.spontaneous() or self._ask_on_close, False  # the chair closed it, not code
        if not self.ctx.vault.closed:
            self.flush()
            if ask and not self.read_only and not ask_about_drafts(self, self.ctx, self.meeting_id, self.case_label):
                event.ignore()  # back to the meeting, nothing closed
                return
        remember_place(self, "liveMeeting")
        self.tick.stop()
        self.projector.shutdown()
        super().closeEvent(event)
        if event.isAccepted():
            self.window_closed.emit()
