"""The table models of the exchange dialogs, on the one table-model base (``views.models``).

- :class:`IssueTableModel`: the problems of an exchange file (or of a CSV import): place, problem.
- :class:`CsvMappingModel`: one row per CSV column and the case field it goes to (editable).
- :class:`CsvPreviewModel`: the CSV rows as they will be imported, each with its problems.

A new check or another choice of field replaces the rows that changed in place (``dataChanged``),
so the keyboard position in the tables stays. No identity field is shown in the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.services import csv_import
from livcr_desktop.services.exchange_validate import ImportIssue
from livcr_desktop.views.exchange.texts import field_label, issue_text, row_issue_message
from livcr_desktop.views.models import Column, RowTableModel
from livcr_desktop.views.models.base import EDIT, Index
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.contrast import alert_colour


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


def _not_imported() -> str:
    return _t("— niet importeren —")


# -- problems of a file ---------------------------------------------------------------------------

IssueRow = tuple[str, str]  # (place in the file, problem)


class IssueTableModel(RowTableModel[IssueRow]):
    """Problems of an import file: place in the file, problem. Read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Plaats in het bestand"), lambda r: r[0], tooltip=lambda r: r[0]),
                Column(lambda: _t("Probleem"), lambda r: r[1], tooltip=lambda r: r[1]),
            ],
            key=lambda r: r,
            parent=parent,
        )

    def set_issues(self, issues: Sequence[ImportIssue]) -> None:
        self.set_rows([(i.path, issue_text(i)) for i in issues])


# -- CSV: the column mapping ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MappingRow:
    column: int  # the column's place in the file
    name: str
    samples: str
    field: str  # "" when the column is not imported
    duplicate: bool = False  # another column maps to the same field


class CsvMappingModel(RowTableModel[MappingRow]):
    """One row per CSV column: its name, a few values, and the case field it maps to (editable)."""

    COL_COLUMN, COL_SAMPLES, COL_FIELD = range(3)
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(lambda: _t("Kolom in het bestand"), lambda r: r.name),
                Column(lambda: _t("Voorbeelden"), lambda r: r.samples),
                Column(
                    lambda: _t("Veld van de casus"),
                    lambda r: field_label(r.field) if r.field else _not_imported(),
                    edit_value=lambda r: r.field,
                    edit=self._set_field,
                ),
            ],
            key=lambda r: r.column,
            parent=parent,
        )
        self.table: csv_import.CsvTable | None = None

    @property
    def mapping(self) -> list[str]:
        """The field of every column, in the order of the file ("" = not imported)."""
        return [r.field for r in self.cache.rows]

    def set_table(self, table: csv_import.CsvTable, mapping: Sequence[str]) -> None:
        self.table = table
        self._show(
            [
                MappingRow(i, table.column_name(i), " · ".join(table.samples(i)), field)
                for i, field in enumerate(mapping)
            ]
        )

    def _show(self, rows: Sequence[MappingRow]) -> None:
        """Show ``rows`` with their duplicates marked: a changed field repaints the rows it touches only."""
        fields = [r.field for r in rows]
        self.set_rows([replace(r, duplicate=bool(r.field) and fields.count(r.field) > 1) for r in rows])
        self.mapping_changed.emit()

    def _set_field(self, row: MappingRow, value: Any) -> None:
        field = "" if value is None else str(value)
        self._show([replace(r, field=field) if r.column == row.column else r for r in self.cache.rows])

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if value is not None and str(value) and str(value) not in csv_import.CASE_FIELDS:
            return False  # only a case field, or "" (not imported)
        return super().setData(index, value, role)

    def cell_style(self, row: MappingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_FIELD and row.duplicate:
            return QBrush(alert_colour())
        return None


# -- CSV: the preview -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PreviewRow:
    source: csv_import.CsvRow
    problems: str  # every problem of the row, one a line ("" when none)


def _code_text(r: PreviewRow) -> str:
    d = r.source.draft
    return _t("{code} (automatisch)").format(code=d.code) if r.source.code_generated and d.code else d.code


def _registration_text(r: PreviewRow) -> str:
    day = r.source.draft.registration_date
    return day.strftime("%d/%m/%Y") if day else ""


def _problems_text(result: csv_import.Conversion, row: int) -> str:
    return "\n".join(
        f"{i.column}: {row_issue_message(i)}" if i.column else row_issue_message(i) for i in result.issues_of(row)
    )


def _preview_column(title: Callable[[], str], text: Callable[[PreviewRow], str]) -> Column[PreviewRow]:
    return Column(title, text, tooltip=text)


class CsvPreviewModel(RowTableModel[PreviewRow]):
    """The rows as they will be imported (no identity fields), each with its problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        def draft(r: PreviewRow) -> CaseDraft:
            return r.source.draft

        super().__init__(
            [
                _preview_column(lambda: _t("Rij"), lambda r: str(r.source.row)),
                _preview_column(lambda: _t("Dossiercode"), _code_text),
                _preview_column(lambda: _t("Pseudoniem"), lambda r: draft(r).pseudonym),
                _preview_column(lambda: _t("Status"), lambda r: labels.label(draft(r).status)),
                _preview_column(lambda: _t("Fenomeen"), lambda r: labels.label(draft(r).phenomenon)),
                _preview_column(lambda: _t("Aanmeldingsdatum"), _registration_text),
                _preview_column(lambda: _t("Problemen"), lambda r: r.problems),
            ],
            key=lambda r: r.source.row,
            parent=parent,
        )
        self.result: csv_import.Conversion | None = None

    def set_result(self, result: csv_import.Conversion | None) -> None:
        """Show a conversion: rows that stayed the same are left alone, changed ones replaced in place."""
        self.result = result
        if result is None:
            self.set_rows([])
            return
        self.set_rows([PreviewRow(r, _problems_text(result, r.row)) for r in result.rows])

    def cell_style(self, row: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.problems:
            return QBrush(alert_colour())
        return None
