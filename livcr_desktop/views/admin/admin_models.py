"""The tables of the "Beheer" dialogs: backups, cases past the retention period, audit events.

Read-only models on :class:`RowTableModel`, so a refresh replaces the rows that changed in place.
Every cell's text is also its tooltip (a column too narrow for it still shows it whole). No model
here shows an identity or a free text about a case: times, codes, pseudonyms and counts only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from livcr_desktop.services import audit_log, backup, retention
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import text_for_shade

R = TypeVar("R")
BROKEN_SHADE = "#f8d7da"  # the row of the first broken link in the audit view


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


def local_time(at: datetime) -> str:
    """A UTC time (aware or naive) in the user's time zone and locale."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    qt = QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(qt, labels.BELGIAN_DATE + " HH:mm")


def _column(title: Callable[[], str], display: Callable[[R], str]) -> Column[R]:
    return Column(title, display, tooltip=display)


def table_view(name: str, model: QAbstractItemModel, multi: bool = False) -> QTableView:
    """A read-only table of whole rows, as every "Beheer" dialog shows one."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)
    return view


def _reason(row: backup.BackupInfo) -> str:
    return {"manual": _t("op vraag"), "finalise": _t("na finaliseren verslag")}.get(row.reason, row.reason)


class BackupTableModel(RowTableModel[backup.BackupInfo]):
    """The vault's backups, newest first: time, reason, audit events, size."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                _column(lambda: _t("Gemaakt op"), lambda b: local_time(b.created_at)),
                _column(lambda: _t("Aanleiding"), _reason),
                _column(lambda: _t("Gebeurtenissen"), lambda b: "" if b.events is None else str(b.events)),
                _column(lambda: _t("Grootte"), lambda b: QLocale().formattedDataSize(b.size)),
            ],
            key=lambda b: b.name,
            parent=parent,
        )


class DueCaseModel(RowTableModel[retention.DueCase]):
    """Closed cases past the retention period: code and pseudonym only, never an identity."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                _column(lambda: _t("Code"), lambda c: c.code),
                _column(lambda: _t("Pseudoniem"), lambda c: c.pseudonym),
                _column(lambda: _t("Status"), lambda c: labels.case_status(c.status)),
                _column(lambda: _t("Afgesloten op"), lambda c: labels.date_text(c.closed_on)),
                _column(lambda: _t("Termijn verstreken op"), lambda c: labels.date_text(c.due_since)),
                _column(lambda: _t("In gefinaliseerde verslagen"), lambda c: str(c.minutes_meetings)),
            ],
            key=lambda c: c.id,
            parent=parent,
        )


def _subject(row: audit_log.AuditRow) -> str:
    return f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity


class AuditEventModel(RowTableModel[audit_log.AuditRow]):
    """Recent audit events (newest first), summarised without free text; a broken one is marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                _column(lambda: _t("Nr."), lambda e: str(e.id)),
                _column(lambda: _t("Tijdstip"), lambda e: local_time(e.at)),
                _column(lambda: _t("Gebruiker"), lambda e: e.user),
                _column(lambda: _t("Handeling"), lambda e: e.action),
                _column(lambda: _t("Gegeven"), _subject),
                _column(lambda: _t("Details"), lambda e: e.summary),
            ],
            key=lambda e: e.id,
            parent=parent,
        )
        self.broken_id: int | None = None

    def show(self, rows: Sequence[audit_log.AuditRow], broken_id: int | None) -> None:
        """New rows and the first broken event: only the rows whose text or mark changed are repainted."""
        self.set_rows(rows)
        before, self.broken_id = self.broken_id, broken_id
        if before == broken_id:
            return
        for event_id in (before, broken_id):
            row = self.row_of(event_id) if event_id is not None else None
            if row is not None:
                self.replace_row(row, self.row_at(row))  # the same row, repainted with its new mark

    def cell_style(self, row: audit_log.AuditRow, column: int, role: int) -> Any:
        broken = self.broken_id is not None and row.id == self.broken_id
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(BROKEN_SHADE)) if broken else None
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            text = text_for_shade(BROKEN_SHADE)  # readable on the pale red also in a dark theme
            return QBrush(text) if text is not None else None
        return None
