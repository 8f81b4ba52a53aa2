"""Qt models of the live meeting: agenda, attendance, assessment grid and action lists.

Each model shows domain dataclasses fetched through the services; edits go straight to the
services (committed at once) and the model reloads what was stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
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
    MeetingOverview,
)
from livcr_desktop.views import labels
from livcr_desktop.views.contrast import ALERT, alert_colour, readable, text_for_shade

Index = QModelIndex | QPersistentModelIndex
AGENDA_MIME = "application/x-livcr-agenda-row"
CURRENT_ITEM_SHADE = "#dbe9f7"  # the agenda item under discussion
CONCERN_SHADES = ("#ffffff", "#fff4ce", "#ffd8a8", "#ffb3b3")  # concern level 0..3 in the assessment grid
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingModels", text)


def format_date(d: date | None) -> str:
    if d is None:
        return ""
    return labels.date_text(d)


def minutes_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m:02d}:{s:02d}"


def agenda_title(entry: AgendaEntry) -> str:
    """What an agenda item is called on the chair's screen: the case code and pseudonym, never a name."""
    if entry.kind is AgendaItemKind.ACTION_REVIEW:
        return _t("Opvolging openstaande acties")
    if entry.case_id is not None:
        label = entry.case_code + (f" ({entry.case_pseudonym})" if entry.case_pseudonym else "")
        if entry.kind is AgendaItemKind.NEW_REFERRAL:
            return _t("Nieuw: {label}").format(label=label)
        return _t("Casus: {label}").format(label=label)
    return entry.title


class AgendaModel(QAbstractListModel):
    """The agenda, reorderable by drag and drop (a move is reported through ``on_move``)."""

    def __init__(self, on_move: Callable[[int, int], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaEntry] = []
        self._current: int | None = None
        self._on_move = on_move
        self._running_extra: dict[int, int] = {}

    def set_agenda(self, items: Sequence[AgendaEntry], current: int | None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._current = current
        self.endResetModel()

    def set_current(self, item_id: int | None) -> None:
        self._current = item_id
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_running_extra(self, item_id: int, seconds: int) -> None:
        """Seconds not yet persisted for the running item (the timer shows them at once)."""
        self._running_extra = {item_id: seconds}
        row = self.row_of(item_id)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row))

    def entry(self, row: int) -> AgendaEntry:
        return self._items[row]

    def entries(self) -> list[AgendaEntry]:
        return list(self._items)

    def row_of(self, item_id: int | None) -> int | None:
        for row, e in enumerate(self._items):
            if e.id == item_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        e = self._items[index.row()]
        elapsed = e.elapsed_seconds + self._running_extra.get(e.id, 0)
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}. {agenda_title(e)}\n    {minutes_text(elapsed)} / {e.planned_minutes} min"
        if role == Qt.ItemDataRole.FontRole and e.id == self._current:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and e.id == self._current:
            return QBrush(QColor(CURRENT_ITEM_SHADE))
        if role == Qt.ItemDataRole.ForegroundRole and elapsed > e.planned_minutes * 60:  # red, also on the shade
            return QBrush(readable(ALERT, QColor(CURRENT_ITEM_SHADE)) if e.id == self._current else alert_colour())
        if role == Qt.ItemDataRole.ForegroundRole and e.id == self._current and (
                fixed := text_for_shade(CURRENT_ITEM_SHADE)):
            return QBrush(fixed)
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
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
        source = int(bytes(data.data(AGENDA_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        if target > source:
            target -= 1
        if target == source or not 0 <= source < len(self._items):
            return False
        self._on_move(self._items[source].id, target)
        return False  # the view must not remove the source row: the reload after the move does it


class AttendanceModel(QAbstractTableModel):
    """Who is there: status per member (editable) and the acknowledgement (checkable)."""

    COLS = 5  # organisation, name and role, status, for case, acknowledged

    def __init__(
        self,
        on_status: Callable[[AttendanceEntry, AttendanceStatus], None],
        on_ack: Callable[[AttendanceEntry, bool], None],
        case_label: Callable[[int | None], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceEntry] = []
        self._on_status, self._on_ack, self._case_label = on_status, on_ack, case_label

    def set_rows(self, rows: Sequence[AttendanceEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> AttendanceEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < self.COLS:
            return [_t("Organisatie"), _t("Lid"), _t("Aanwezigheid"), _t("Uitgenodigd voor"),
                    _t("Geheimhouding")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2:
            f |= Qt.ItemFlag.ItemIsEditable
        if index.column() == 4 and self._rows[index.row()].status is AttendanceStatus.PRESENT:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return r.organisation
            if col == 1:
                return f"{r.member_name} ({r.role})"
            if col == 2:
                return labels.attendance_status(r.status)
            if col == 3:
                return self._case_label(r.invited_case_id) if r.invited_case_id else _t("hele vergadering")
            if col == 4:
                if r.acknowledged_at is not None:
                    return _t("bevestigd om {time}").format(time=r.acknowledged_at.strftime("%H:%M"))
                return "" if r.status is not AttendanceStatus.PRESENT else _t("nog niet")
        if role == EDIT and col == 2:
            return r.status.value
        if role == Qt.ItemDataRole.CheckStateRole and col == 4 and r.status is AttendanceStatus.PRESENT:
            return Qt.CheckState.Checked if r.acknowledged_at else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        r = self._rows[index.row()]
        if index.column() == 2 and role == EDIT:
            self._on_status(r, AttendanceStatus(value))
            return True
        if index.column() == 4 and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self._on_ack(r, checked)
            return True
        return False


class AssessmentGridModel(QAbstractTableModel):
    """Life domains down; concern level, then one column per contributing organisation."""

    FIXED = 2  # domain, concern level

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: AssessmentGrid | None = None
        self._orgs: list[tuple[int, str]] = []

    def set_grid(self, grid: AssessmentGrid | None, extra_orgs: Sequence[tuple[int, str]] = ()) -> None:
        self.beginResetModel()
        self._grid = grid
        orgs = list(grid.organisations) if grid else []
        for o in extra_orgs:
            if o not in orgs:
                orgs.append(o)
        self._orgs = orgs
        self.endResetModel()

    def grid(self) -> AssessmentGrid | None:
        return self._grid

    def organisation_of_column(self, column: int) -> int | None:
        i = column - self.FIXED
        return self._orgs[i][0] if 0 <= i < len(self._orgs) else None

    def domain_of_row(self, row: int) -> str | None:
        if self._grid is None or not 0 <= row < len(self._grid.rows):
            return None
        return self._grid.rows[row].life_domain

    def contributions_at(self, row: int, column: int) -> tuple[ContributionView, ...]:
        org = self.organisation_of_column(column)
        if self._grid is None or org is None or not 0 <= row < len(self._grid.rows):
            return ()
        return self._grid.rows[row].contributions.get(org, ())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else self.FIXED + len(self._orgs)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return _t("Levensdomein")
            if section == 1:
                return _t("Bezorgdheid\n(vorige → nu)")
            i = section - self.FIXED
            return self._orgs[i][1] if 0 <= i < len(self._orgs) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self._grid is None or not index.isValid() or not 0 <= index.row() < len(self._grid.rows):
            return None
        row = self._grid.rows[index.row()]
        col = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return labels.life_domain(row.life_domain)
            if col == 1:
                prev = "–" if row.previous_level is None else str(row.previous_level)
                now = "?" if row.concern_level is None else str(row.concern_level)
                return f"{prev} → {now}"
            return "\n".join(contribution_line(c) for c in self.contributions_at(index.row(), col))
        if role == Qt.ItemDataRole.BackgroundRole and col == 1 and row.concern_level is not None:
            return QBrush(QColor(CONCERN_SHADES[row.concern_level]))
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and row.concern_level is not None and (
                fixed := text_for_shade(CONCERN_SHADES[row.concern_level])):
            return QBrush(fixed)
        if role == Qt.ItemDataRole.ToolTipRole and col >= self.FIXED:
            return "\n".join(contribution_line(c) for c in self.contributions_at(index.row(), col)) or None
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


class ActionTableModel(QAbstractTableModel):
    """Actions of a case (plan of approach) or of earlier meetings (review)."""

    COLS = 6  # case, description, owner, responsible, deadline, status

    def __init__(self, today: Callable[[], date], on_status: Callable[[ActionView, ActionStatus], None] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionView] = []
        self._today = today
        self._on_status = on_status

    def set_rows(self, rows: Sequence[ActionView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> ActionView:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < self.COLS:
            return [_t("Casus"), _t("Actie"), _t("Eigenaar"), _t("Verantwoordelijke"), _t("Deadline"),
                    _t("Status")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 5 and self._on_status is not None:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return [a.case_code, a.description, a.owner_organisation, a.responsible, format_date(a.deadline),
                    labels.action_status(a.status)][col]
        if role == EDIT and col == 5:
            return a.status.value
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and a.is_overdue(self._today()):
            return QBrush(alert_colour())
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and a.is_overdue(self._today()):
            return _t("Deadline verstreken")
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or index.column() != 5 or role != EDIT or self._on_status is None:
            return False
        self._on_status(self._rows[index.row()], ActionStatus(value))
        return True


class MeetingListModel(QAbstractTableModel):
    COLS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingOverview] = []

    def set_rows(self, rows: Sequence[MeetingOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> MeetingOverview:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < self.COLS:
            return [_t("Nummer"), _t("Datum"), _t("Soort"), _t("Status"), _t("Plaats")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return [m.number, f"{format_date(m.meeting_date)} {m.start_time.strftime('%H:%M')}",
                    labels.meeting_kind(m.kind), labels.meeting_status(m.status), m.place][index.column()]
        return None
