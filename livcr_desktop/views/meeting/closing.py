"""Closing and reopening a meeting: the questions asked first, and the banner of a closed meeting."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.services.meetings import ClosingCheck
from livcr_desktop.views.meeting.meeting_models import agenda_title

_Button = QMessageBox.StandardButton


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


def _ask(parent: QWidget, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, _Button.Yes | _Button.No, parent)
    box.setObjectName(name)
    box.setDefaultButton(_Button.No)  # Enter on an unread question changes nothing
    box.finished.connect(lambda _r: parent.window().activateWindow())  # the keyboard goes back to the window
    return box


def confirm_close(parent: QWidget, check: ClosingCheck) -> bool:
    """True when nothing is left open, or when the chair closes anyway after reading what is."""
    if not check.untreated and not check.without_decision:
        return True

    def listed(heading: str, entries: object) -> str:
        assert isinstance(entries, tuple)
        return (
            f"<p>{escape(heading)}</p><ul>" + "".join(f"<li>{escape(agenda_title(e))}</li>" for e in entries) + "</ul>"
        )

    parts = []
    if check.untreated:
        parts.append(listed(_t("Niet behandeld:"), check.untreated))
    if check.without_decision:
        parts.append(listed(_t("Besproken zonder beslissing:"), check.without_decision))
    box = _ask(
        parent,
        "closeMeetingCheckBox",
        QMessageBox.Icon.Warning,
        _t("Vergadering afsluiten"),
        _t("Niet alles op de agenda is afgerond. Toch afsluiten?"),
    )
    box.setInformativeText("".join(parts))
    box.button(_Button.Yes).setText(_t("Toch &afsluiten"))
    box.button(_Button.No).setText(_t("&Verder vergaderen"))
    return box.exec() == _Button.Yes


def confirm_reopen(parent: QWidget, number: str) -> bool:
    box = _ask(
        parent,
        "reopenMeetingBox",
        QMessageBox.Icon.Question,
        _t("Vergadering heropenen"),
        _t(
            "Vergadering {number} heropenen? Wat vastgelegd is, kan dan weer gewijzigd worden; "
            "het heropenen wordt in het auditlogboek bewaard."
        ).format(number=number),
    )
    return box.exec() == _Button.Yes


class ClosedBanner(QWidget):
    """Shown only while the meeting is closed or finalised: why nothing can change, and how to reopen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("closedMeetingBanner")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: bold;")
        self.reopen_button = QPushButton(_t("Vergadering &heropenen…"))
        self.reopen_button.setObjectName("reopenMeetingButton")
        self.reopen_button.setAutoDefault(False)
        bar.addWidget(self.label, 1)
        bar.addWidget(self.reopen_button)
        self.hide()

    def show_status(self, status: MeetingStatus) -> None:
        closed = status is MeetingStatus.CLOSED
        self.label.setText(
            _t("Deze vergadering is afgesloten: alles is te lezen, niets te wijzigen. Heropenen: Ctrl+Shift+O.")
            if closed
            else _t("Het verslag van deze vergadering is gefinaliseerd: niets kan nog gewijzigd worden.")
        )
        self.reopen_button.setVisible(closed)
        self.setVisible(status in (MeetingStatus.CLOSED, MeetingStatus.FINALISED))
