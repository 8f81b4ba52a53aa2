"""A case's timeline: everything that happened, oldest first, and a sparkline per life domain.

Opened from the case register (button "Tijdlijn", the context menu or Ctrl+T) and from the action
tracker. It shows codes and pseudonyms only, and assessments rather than raw contributions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.case_intake import LinkEvent, NoteEvent
from livcr_desktop.domain.enums import CaseNoteKind
from livcr_desktop.domain.followup import CaseTimeline, TimelineEvent, TimelineKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import decisions, followup, timeline
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_form_parts import link_kind_label
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import text_for_shade
from livcr_desktop.views.widgets.dates import format_date
from livcr_desktop.views.widgets.forms import fit_to_screen
from livcr_desktop.views.widgets.sparkline import Sparkline

MEETING_BACKGROUND = QColor("#e8f0fa")


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseTimeline", text)


def kind_label(kind: TimelineKind) -> str:
    return {
        TimelineKind.REGISTRATION: _t("Aanmelding"),
        TimelineKind.SCREENING: _t("Screening"),
        TimelineKind.AGENDA_MARK: _t("Agenda"),
        TimelineKind.MEETING: _t("Vergadering"),
        TimelineKind.DECISION: _t("Beslissing"),
        TimelineKind.ACTION: _t("Actie"),
        TimelineKind.ACTION_UPDATE: _t("Opvolging actie"),
        TimelineKind.STATUS: _t("Status"),
        TimelineKind.FEEDBACK: _t("Terugkoppeling"),
    }[kind]


def event_kind_label(e: TimelineEvent) -> str:
    if isinstance(e, LinkEvent):
        return _t("Koppeling")
    if isinstance(e, NoteEvent) and e.note_kind is CaseNoteKind.ADVICE:
        return _t("Advies")
    return kind_label(e.kind)


def describe(e: TimelineEvent) -> str:
    """The line shown for one event (Dutch, through the translation system)."""
    if isinstance(e, LinkEvent):
        line = _t("Gekoppeld aan {case} ({kind})").format(case=e.organisation, kind=link_kind_label(e.link_kind))
        return line + ("\n" + e.text if e.text else "")
    if isinstance(e, NoteEvent) and e.user:
        head = _t("Advies ({user})") if e.note_kind is CaseNoteKind.ADVICE else _t("Screeningsnota ({user})")
        return head.format(user=e.user) + "\n" + e.text
    match e.kind:
        case TimelineKind.REGISTRATION:
            if e.organisation:
                return _t("Aangemeld door {org}").format(org=e.organisation)
            return _t("Aangemeld (anonieme aanmelding: geen signaalgevende organisatie)")
        case TimelineKind.SCREENING:
            return _t("Screeningsnotities: {text}").format(text=e.text)
        case TimelineKind.AGENDA_MARK:
            return _t("Op de volgende agenda gezet door {user}").format(user=e.user)
        case TimelineKind.MEETING:
            head = _t("Besproken op vergadering {number}").format(number=e.meeting_number)
            if e.qualification is not None:
                head += " — " + labels.qualification(e.qualification)
            return head + ("\n" + e.text if e.text else "")
        case TimelineKind.DECISION:
            head = labels.decision_type(e.decision_type).capitalize() if e.decision_type else ""
            if e.organisation:
                head += f" ({e.organisation})"
            if e.status_after is not None:
                head += " — " + _t("status: {status}").format(status=labels.case_status(e.status_after))
            return head + ("\n" + e.text if e.text else "")
        case TimelineKind.ACTION:
            return _t("{org}, deadline {deadline}: {text}").format(
                org=e.organisation, deadline=format_date(e.deadline), text=e.text
            )
        case TimelineKind.ACTION_UPDATE:
            status = labels.action_status(e.action_status) if e.action_status else ""
            line = _t("Actie van {org} → {status} ({user})").format(org=e.organisation, status=status, user=e.user)
            return line + ("\n" + e.text if e.text else "")
        case TimelineKind.STATUS:
            before = labels.case_status(e.status_before) if e.status_before else "–"
            after = labels.case_status(e.status_after) if e.status_after else "–"
            line = _t("Status gewijzigd: {before} → {after} ({user})").format(before=before, after=after, user=e.user)
            return line + (" " + _t("(ongedaan gemaakt)") if e.text == "undo" else "")
        case _:
            return _t("Aan {org}, door {user}:\n{text}").format(org=e.organisation or "–", user=e.user, text=e.text)


class TimelineModel(RowTableModel[TimelineEvent]):
    COLS = 3  # date, kind, description

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: _t("Datum"),
                    lambda e: format_date(e.at.date()),
                    tooltip=lambda e: e.at.strftime("%d/%m/%Y %H:%M"),
                ),
                Column(lambda: _t("Soort"), event_kind_label),
                Column(lambda: _t("Wat"), describe),
            ],
            key=lambda e: e,
            parent=parent,
        )  # an event has no id; its fields name it

    def set_events(self, events: Sequence[TimelineEvent]) -> None:
        self.set_rows(events)

    def events(self) -> list[TimelineEvent]:
        return self.rows()

    def cell_style(self, row: TimelineEvent, column: int, role: int) -> Any:
        if row.kind is not TimelineKind.MEETING:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(MEETING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and (fixed := text_for_shade(MEETING_BACKGROUND)):
            return QBrush(fixed)
        return None


class CaseTimelineDialog(QDialog):
    changed = Signal()  # the case was marked for the next agenda or feedback was logged

    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.setObjectName("caseTimelineDialog")
        fit_to_screen(self, 1366, 768)
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("timelineTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(_t("Tijdlijn van de casus"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)
        self.domains_box = QGroupBox(_t("Bezorgdheid per levensdomein (0 geen – 3 hoog)"))
        self.domains_box.setObjectName("domainSparklines")
        box_layout = QVBoxLayout(self.domains_box)
        self.meetings_label = QLabel()
        self.meetings_label.setWordWrap(True)
        box_layout.addWidget(self.meetings_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setColumnStretch(1, 1)
        scroll.setWidget(self._grid_host)
        box_layout.addWidget(scroll, 1)
        splitter.addWidget(self.domains_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([920, 420])
        self.sparklines: dict[str, Sparkline] = {}

        buttons = QHBoxLayout()
        self.agenda_button = QPushButton()
        self.agenda_button.setObjectName("markNextAgendaButton")
        self.feedback_button = QPushButton(_t("&Terugkoppeling aan signaalgever…"))
        self.feedback_button.setObjectName("feedbackButton")
        self.feedback_reason = QLabel()
        self.feedback_reason.setObjectName("feedbackReason")
        close = QPushButton(_t("&Sluiten"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.agenda_button)
        buttons.addWidget(self.feedback_button)
        buttons.addWidget(self.feedback_reason, 1)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self.agenda_button.clicked.connect(self.toggle_next_agenda)
        self.feedback_button.clicked.connect(self.open_feedback)
        self.timeline: CaseTimeline | None = None
        self.refresh()

    def refresh(self) -> None:
        tl = timeline.case_timeline(self.ctx, self.case_id)
        self.timeline = tl
        name = tl.code + (f" ({tl.pseudonym})" if tl.pseudonym else "")
        self.setWindowTitle(_t("Tijdlijn {case} — LIVC-R Desktop").format(case=name))
        status = labels.case_status(tl.status)
        target, since = decisions.case_escalation(self.ctx, tl.case_id)
        if target and not tl.status.is_closed:  # escalation runs alongside the cell's follow-up
            status = _t("{status}, opgeschaald naar {target} sinds {date}").format(
                status=status, target=target, date=format_date(since) if since else "?"
            )
        self.title.setText(_t("{case} — {status}").format(case=name, status=status))
        self.model.set_events(tl.events)
        self.table.resizeRowsToContents()
        self._fill_sparklines(tl)
        may = self.ctx.may(Permission.FOLLOW_UP)
        self.agenda_button.setText(
            _t("Van de volgende &agenda halen") if tl.on_next_agenda else _t("Op de volgende &agenda zetten")
        )
        self.agenda_button.setEnabled(may and not tl.status.is_closed)
        if tl.anonymous_referral:
            self.feedback_button.setEnabled(False)
            self.feedback_reason.setText(_t("Anonieme aanmelding: er is geen signaalgever om terug te koppelen."))
        else:
            self.feedback_button.setEnabled(True)
            self.feedback_reason.clear()

    def _fill_sparklines(self, tl: CaseTimeline) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sparklines = {}
        names = [f"{n} ({format_date(d)})" for n, d in tl.meetings]
        if not tl.series:
            self.meetings_label.setText(_t("Nog geen inschatting per levensdomein."))
            return
        self.meetings_label.setText(_t("Vergaderingen: {list}").format(list=", ".join(names)))
        for row, series in enumerate(tl.series):
            name = labels.life_domain(series.life_domain)
            label = QLabel(name)
            label.setWordWrap(True)
            spark = Sparkline(name, series.levels, names)
            spark.setObjectName(f"sparkline_{series.life_domain}")
            last = next((v for v in reversed(series.levels) if v is not None), None)
            value = QLabel("–" if last is None else str(last))
            value.setToolTip(_t("Laatste inschatting"))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(spark, row, 1)
            self._grid.addWidget(value, row, 2)
            self.sparklines[series.life_domain] = spark
        self._grid.setRowStretch(len(tl.series), 1)

    def toggle_next_agenda(self) -> None:
        on = not (self.timeline.on_next_agenda if self.timeline else False)
        followup.set_on_next_agenda(self.ctx, self.case_id, on)
        self.refresh()
        self.changed.emit()

    def open_feedback(self) -> QDialog:
        from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog

        dialog = FeedbackDialog(self.ctx, self.case_id, self)
        dialog.saved.connect(self._feedback_saved)
        dialog.open()
        return dialog

    def _feedback_saved(self) -> None:
        self.refresh()
        self.changed.emit()
