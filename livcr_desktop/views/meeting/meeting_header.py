"""The top line of the chair's window: the meeting, the clocks, the timer and attendance buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from livcr_desktop.domain.meeting import MeetingOverview
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import format_date


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


class MeetingHeader(QHBoxLayout):
    """Title (wraps rather than widening the window past the screen), clocks, and two buttons."""

    def __init__(self, m: MeetingOverview) -> None:
        super().__init__()
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
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(200)
        self.addWidget(self.title, 1)
        self.item_clock = QLabel()
        self.item_clock.setObjectName("itemClock")
        self.meeting_clock = QLabel()
        self.meeting_clock.setObjectName("meetingClock")
        self.timer_button = QPushButton(_t("Timer starten (Ctrl+T)"))
        self.timer_button.setObjectName("timerButton")
        self.timer_button.setCheckable(True)
        self.attendance_button = QPushButton(_t("Aanwezigheid (F2)"))
        self.attendance_button.setObjectName("attendanceButton")
        for w in (self.item_clock, self.meeting_clock, self.timer_button, self.attendance_button):
            self.addWidget(w)
