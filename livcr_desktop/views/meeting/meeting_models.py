"""Qt models of the live meeting: agenda, attendance, assessment grid and action lists.

Each model shows domain dataclasses fetched through the services; edits go straight to the
services (committed at once) and the page hands the model what was stored: the rows that changed
are replaced in place (``views.models``), so the keyboard position stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from livcr_desktop.domain.enums import ActionStatus, AgendaItemKind, AttendanceStatus
from livcr_desktop.domain.meeting import (
    ActionView,
    AgendaEntry,
    AssessmentGrid,
    AttendanceEntry,
    ContributionView,
    DomainRow,
    MeetingOverview,
)
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import ALERT, alert_colour, readable, text_for_shade
from livcr_desktop.views.widgets.dates import format_date

Index = QModelIndex | QPersistentModelIndex
AGENDA_MIME = "application/x-livcr-agenda-row"
CURRENT_ITEM_SHADE = "#dbe9f7"  # the agenda item under discussion
CONCERN_SHADES = ("#ffffff", "#fff4ce", "#ffd8a8", "#ffb3b3")  # concern level 0..3 in the assessment grid
DISPLAY = Qt.ItemDataRole.DisplayRole


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingModels", text)


def minutes_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m:02d}:{s:02d}"


def agenda_title(entry: AgendaEntry, withheld: bool = False) -> str:
    """What an agenda item is called on the chair's screen: the case code and pseudonym, never a name.
    ``withheld``: a partner not invited for this case is in the room, so not even those."""
    if entry.kind is AgendaItemKind.ACTION_REVIEW:
        return _t("Opvolging openstaande acties")
    if entry.case_id is not None and withheld:
        return labels.withheld_case()
    if entry.case_id is not None:
        label = entry.case_code + (f" ({entry.case_pseudonym})" if entry.case_pseudonym else "")
        if entry.kind is AgendaItemKind.NEW_REFERRAL:
            return _t("Nieuw: {label}").format(label=label)
        return _t("Casus: {label}").format(label=label)
    return entry.title


class AgendaModel(RowTableModel[AgendaEntry]):
    """The agenda (one column, shown in a list view), reorderable by drag and drop: a move is reported
    through ``on_move`` and shown when the agenda is set again. Which item is current and the seconds
    the running timer has not yet stored repaint only the rows they concern."""

    def __init__(self, on_move: Callable[[int, int], None], parent: Any = None) -> None:
        super().__init__([Column(lambda: "", self._text)], key=lambda e: e.id, parent=parent)
        self._current: int | None = None
        self._on_move = on_move
        self._running_extra: dict[int, int] = {}
        # need-to-know: the cases withheld while a partner is in the room (set by the agenda panel)
        self.withheld: frozenset[int] = frozenset()

    def _elapsed(self, e: AgendaEntry) -> int:
        return e.elapsed_seconds + self._running_extra.get(e.id, 0)

    def _text(self, e: AgendaEntry) -> str:
        number = (self.row_of(e.id) or 0) + 1
        title = agenda_title(e, e.case_id in self.withheld)
        return f"{number}. {title}\n    {minutes_text(self._elapsed(e))} / {e.planned_minutes} min"

    def _repaint(self, *item_ids: int | None) -> None:
        for item_id in set(item_ids):
            row = self.row_of(item_id)
            if row is not None:
                self.replace_row(row, self.row_at(row))

    def set_agenda(self, items: Sequence[AgendaEntry], current: int | None) -> None:
        if current != self._current:
            self.set_current(current)
        self.set_rows(items)

    def set_current(self, item_id: int | None) -> None:
        before, self._current = self._current, item_id
        self._repaint(before, item_id)

    def set_withheld(self, case_ids: frozenset[int]) -> None:
        """The cases to show without code or pseudonym; only the rows whose title changes are repainted."""
        changed, self.withheld = self.withheld ^ case_ids, case_ids
        if changed:
            self._repaint(*(e.id for e in self.rows() if e.case_id in changed))

    def current_item_id(self) -> int | None:
        return self._current

    def set_running_extra(self, item_id: int, seconds: int) -> None:
        """Seconds not yet persisted for the running item (the timer shows them at once)."""
        before, self._running_extra = self._running_extra, {item_id: seconds}
        self._repaint(*before, item_id)

    def entries(self) -> list[AgendaEntry]:
        return self.rows()

    def cell_style(self, row: AgendaEntry, column: int, role: int) -> Any:
        current = row.id == self._current
        if role == Qt.ItemDataRole.FontRole and current:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QBrush(QColor(CURRENT_ITEM_SHADE))
        if role == Qt.ItemDataRole.ForegroundRole and self._elapsed(row) > row.planned_minutes * 60:  # red, also shaded
            return QBrush(readable(ALERT, QColor(CURRENT_ITEM_SHADE)) if current else alert_colour())
        if role == Qt.ItemDataRole.ForegroundRole and current and (fixed := text_for_shade(CURRENT_ITEM_SHADE)):
            return QBrush(fixed)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid():
            return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(AGENDA_MIME, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(AGENDA_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        count = self.rowCount()
        source = int(bytes(data.data(AGENDA_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else count)
        if target > source:
            target -= 1
        if target == source or not 0 <= source < count:
            return False
        self._on_move(self.row_at(source).id, target)
        return False  # the view must not remove the source row: the reload after the move does it


class AttendanceModel(RowTableModel[AttendanceEntry]):
    """Who is there: status per member (editable) and the acknowledgement (checkable on the rows of
    members present or not yet registered)."""

    COLS = 5  # organisation, name and role, status, for case, acknowledged

    def __init__(
        self,
        on_status: Callable[[AttendanceEntry, AttendanceStatus], None],
        on_ack: Callable[[AttendanceEntry, bool], None],
        case_label: Callable[[int | None], str],
        parent: Any = None,
    ) -> None:
        def invited(r: AttendanceEntry) -> str:
            return case_label(r.invited_case_id) if r.invited_case_id else _t("hele vergadering")

        def may_acknowledge(r: AttendanceEntry) -> bool:  # acknowledging registers a member as present
            return r.status in (AttendanceStatus.PRESENT, AttendanceStatus.UNREGISTERED)

        def acknowledged(r: AttendanceEntry) -> str:
            if r.acknowledged_at is not None:
                return _t("bevestigd om {time}").format(time=r.acknowledged_at.strftime("%H:%M"))
            return _t("nog niet") if may_acknowledge(r) else ""

        super().__init__(
            [
                Column(lambda: _t("Organisatie"), lambda r: r.organisation),
                Column(lambda: _t("Lid"), lambda r: f"{r.member_name} ({r.role})"),
                Column(
                    lambda: _t("Aanwezigheid"),
                    lambda r: labels.attendance_status(r.status),
                    edit_value=lambda r: r.status.value,
                    edit=lambda r, v: on_status(r, AttendanceStatus(v)),
                ),
                Column(lambda: _t("Uitgenodigd voor"), invited),
                Column(
                    lambda: _t("Geheimhouding"),
                    acknowledged,
                    checked=lambda r: r.acknowledged_at is not None if may_acknowledge(r) else None,
                    set_checked=on_ack,
                ),
            ],
            key=lambda r: r.member_id,
            parent=parent,
        )


class AssessmentGridModel(RowTableModel[DomainRow]):
    """Life domains down; concern level, then one column per contributing organisation."""

    FIXED = 2  # domain, concern level

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], key=lambda r: r.life_domain, parent=parent)
        self._grid: AssessmentGrid | None = None
        self._orgs: list[tuple[int, str]] = []

    def set_grid(self, grid: AssessmentGrid | None, extra_orgs: Sequence[tuple[int, str]] = ()) -> None:
        """The same organisations: the rows that changed are replaced in place; others: a reset."""
        orgs = list(grid.organisations) if grid else []
        for o in extra_orgs:
            if o not in orgs:
                orgs.append(o)
        rows = list(grid.rows) if grid else []
        had_grid, self._grid = self._grid is not None, grid
        if orgs == self._orgs and had_grid and grid is not None:
            self.set_rows(rows)
            return
        self._orgs = orgs
        self.set_columns(self._grid_columns() if grid is not None else [], rows)

    def _grid_columns(self) -> list[Column[DomainRow]]:
        def level(row: DomainRow) -> str:
            prev = "–" if row.previous_level is None else str(row.previous_level)
            now = "?" if row.concern_level is None else str(row.concern_level)
            return f"{prev} → {now}"

        def org_column(org_id: int, name: str) -> Column[DomainRow]:
            def text(row: DomainRow) -> str:
                return "\n".join(contribution_line(c) for c in row.contributions.get(org_id, ()))

            return Column(lambda: name, text, tooltip=lambda row: text(row) or None)

        return [
            Column(lambda: _t("Levensdomein"), lambda r: labels.life_domain(r.life_domain)),
            Column(lambda: _t("Bezorgdheid\n(vorige → nu)"), level),
            *(org_column(org_id, name) for org_id, name in self._orgs),
        ]

    def grid(self) -> AssessmentGrid | None:
        return self._grid

    def organisation_of_column(self, column: int) -> int | None:
        i = column - self.FIXED
        return self._orgs[i][0] if 0 <= i < len(self._orgs) else None

    def domain_of_row(self, row: int) -> str | None:
        return self.row_at(row).life_domain if 0 <= row < self.rowCount() else None

    def index_of_cell(self, organisation_id: int, life_domain: str) -> QModelIndex:
        """The cell of this organisation and domain (invalid when either is not in the grid)."""
        column = next((i + self.FIXED for i, o in enumerate(self._orgs) if o[0] == organisation_id), None)
        row = next((r for r in range(self.rowCount()) if self.domain_of_row(r) == life_domain), None)
        return self.index(row, column) if row is not None and column is not None else QModelIndex()

    def contributions_at(self, row: int, column: int) -> tuple[ContributionView, ...]:
        org = self.organisation_of_column(column)
        if org is None or not 0 <= row < self.rowCount():
            return ()
        return self.row_at(row).contributions.get(org, ())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical and role == DISPLAY:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def cell_style(self, row: DomainRow, column: int, role: int) -> Any:
        if column != 1 or row.concern_level is None:
            return None
        shade = CONCERN_SHADES[row.concern_level]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(shade))
        if role == Qt.ItemDataRole.ForegroundRole and (fixed := text_for_shade(shade)):
            return QBrush(fixed)
        return None


def contribution_line(c: ContributionView) -> str:
    marks = []
    if c.professional_secrecy:
        marks.append(_t("[beroepsgeheim]"))
    if c.no_projection:
        marks.append(_t("[niet projecteren]"))
    if c.confirmed:
        marks.append(_t("[bevestigd]"))
    return ("• " + c.text + (" " + " ".join(marks) if marks else "")).strip()


class ActionTableModel(RowTableModel[ActionView]):
    """Actions of a case (plan of approach) or of earlier meetings (review)."""

    COLS = 6  # case, description, owner, responsible, deadline, status

    def __init__(
        self,
        today: Callable[[], date],
        on_status: Callable[[ActionView, ActionStatus], None] | None = None,
        parent: Any = None,
    ) -> None:
        self._today = today

        def overdue(a: ActionView) -> str | None:
            return _t("Deadline verstreken") if a.is_overdue(today()) else None

        super().__init__(
            [
                Column(lambda: _t("Casus"), lambda a: a.case_code),
                Column(lambda: _t("Actie"), lambda a: a.description),
                Column(lambda: _t("Eigenaar"), lambda a: a.owner_organisation),
                Column(lambda: _t("Verantwoordelijke"), lambda a: a.responsible),
                Column(lambda: _t("Deadline"), lambda a: format_date(a.deadline), tooltip=overdue),
                Column(
                    lambda: _t("Status"),
                    lambda a: labels.action_status(a.status),
                    edit_value=lambda a: a.status.value,
                    edit=None if on_status is None else lambda a, v: on_status(a, ActionStatus(v)),
                ),
            ],
            key=lambda a: a.id,
            parent=parent,
        )

    def cell_style(self, row: ActionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.is_overdue(self._today()):
            return QBrush(alert_colour())
        return None


class MeetingListModel(RowTableModel[MeetingOverview]):
    COLS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Nummer"), lambda m: m.number),
                Column(
                    lambda: _t("Datum"), lambda m: f"{format_date(m.meeting_date)} {m.start_time.strftime('%H:%M')}"
                ),
                Column(lambda: _t("Soort"), lambda m: labels.meeting_kind(m.kind)),
                Column(lambda: _t("Status"), lambda m: labels.meeting_status(m.status)),
                Column(lambda: _t("Plaats"), lambda m: m.place),
            ],
            key=lambda m: m.id,
            parent=parent,
        )
