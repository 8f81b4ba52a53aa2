"""The audience window's table models: the agenda, the assessment grid and the actions.

They sit on the models base (``views.models``): each new view-model (every edit of the chair,
about 50 ms later) replaces the rows that changed in place, so the wall repaints those rows only.
Only other columns (organisations in the grid, the case column of the actions) reset a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from livcr_desktop.domain.enums import ActionStatus
from livcr_desktop.services.projection import (
    ProjectedAction,
    ProjectedAgendaItem,
    ProjectedDomainRow,
    ProjectionView,
)
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.projector.texts import agenda_label, enum_label, hidden_text, short_date
from livcr_desktop.views.projector.wall_style import ACCENT, LEVEL_BG, MUTED, NAVY
from livcr_desktop.views.widgets import labels

Role = Qt.ItemDataRole
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


def _agenda_text(item: ProjectedAgendaItem) -> str:
    return f"{item.number}. {agenda_label(item)}" if item.number else item.title  # a marker: "… 4 punten meer"


class AudienceAgendaModel(RowTableModel[ProjectedAgendaItem]):
    """The agenda, one column; the item on the wall highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [Column[ProjectedAgendaItem](lambda: _t("Agenda"), _agenda_text)]
        super().__init__(columns, lambda i: i.item_id, parent)

    def set_items(self, items: Sequence[ProjectedAgendaItem]) -> None:
        self.set_rows(items)

    def cell_style(self, row: ProjectedAgendaItem, column: int, role: int) -> Any:
        if role == Role.BackgroundRole and row.is_current:
            return QBrush(QColor(ACCENT))
        if role == Role.ForegroundRole:
            return QBrush(QColor(NAVY if row.is_current else MUTED))
        return None


def _cell_text(row: ProjectedDomainRow, i: int) -> str:
    """What one organisation shared in this life domain; restricted contributions only counted."""
    if not 0 <= i < len(row.cells):
        return ""
    cell = row.cells[i]
    lines = [("• " + t.text + (" ✓" if t.confirmed else "")) for t in cell.texts]
    if cell.hidden_count:
        lines.append(f"({hidden_text(cell.hidden_count)})")
    return "\n".join(lines)


def _levels(row: ProjectedDomainRow) -> str:
    prev = "–" if row.previous_level is None else str(row.previous_level)
    now = "?" if row.concern_level is None else str(row.concern_level)
    return f"{prev} → {now}"


class AudienceGridModel(RowTableModel[ProjectedDomainRow]):
    """Life domains down; concern level, then one column per organisation that shared something."""

    FIXED = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], lambda r: r.domain, parent)
        self._organisations: tuple[str, ...] | None = None  # None: no view (no columns at all)

    def set_view(self, view: ProjectionView | None) -> None:
        organisations = None if view is None else view.organisations
        rows = () if view is None else view.grid_rows
        if organisations == self._organisations:
            self.set_rows(rows)
        else:
            self._organisations = organisations
            self.set_columns(self._columns(organisations), rows)

    @staticmethod
    def _columns(organisations: tuple[str, ...] | None) -> list[Column[ProjectedDomainRow]]:
        if organisations is None:
            return []

        def org_column(i: int, name: str) -> Column[ProjectedDomainRow]:
            return Column(lambda: name, lambda r: _cell_text(r, i))

        return [
            Column(lambda: _t("Levensdomein"), lambda r: labels.life_domain(r.domain)),
            Column(lambda: _t("Niveau"), _levels),
            *(org_column(i, name) for i, name in enumerate(organisations)),
        ]

    def cell_style(self, row: ProjectedDomainRow, column: int, role: int) -> Any:
        i = column - self.FIXED
        cell = row.cells[i] if 0 <= i < len(row.cells) else None
        if role == Role.BackgroundRole and column == 1 and row.concern_level in LEVEL_BG:
            return QBrush(QColor(LEVEL_BG[row.concern_level or 0]))
        if role == Role.ForegroundRole and cell is not None and cell.hidden_count and not cell.texts:
            return QBrush(QColor(MUTED))
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter if column == 1 else TOP_LEFT)
        return None


Numbered = tuple[int, ProjectedAction]  # an action has no id on the wall: its place in the list is its key


class AudienceActionModel(RowTableModel[Numbered]):
    """The plan of approach of the case, or the open actions under review (with their case code)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], lambda n: n[0], parent)
        self._with_case: bool | None = None  # None: no view (no columns at all)

    def set_view(self, view: ProjectionView | None) -> None:
        with_case = None if view is None else any(a.case_code for a in view.actions)
        rows = [] if view is None else list(enumerate(view.actions))
        if with_case == self._with_case:
            self.set_rows(rows)
        else:
            self._with_case = with_case
            self.set_columns(self._columns(with_case), rows)

    @staticmethod
    def _columns(with_case: bool | None) -> list[Column[Numbered]]:
        if with_case is None:
            return []
        columns: list[Column[Numbered]] = [
            Column(lambda: _t("Actie"), lambda n: n[1].description),
            Column(lambda: _t("Eigenaar"), lambda n: n[1].owner),
            Column(lambda: _t("Deadline"), lambda n: short_date(n[1].deadline)),
            Column(lambda: _t("Status"), lambda n: enum_label(ActionStatus, n[1].status)),
        ]
        return ([Column(lambda: _t("Casus"), lambda n: n[1].case_code)] if with_case else []) + columns

    def cell_style(self, row: Numbered, column: int, role: int) -> Any:
        return int(TOP_LEFT) if role == Role.TextAlignmentRole else None
