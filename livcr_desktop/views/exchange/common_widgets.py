"""Widgets every exchange dialog uses: a label for what is wrong, and the table of a file's problems."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from livcr_desktop.views.widgets.contrast import alert_style


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(alert_style())
    return label


def issue_view(model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only table of problems (place, problem) that the keyboard leaves with Tab."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(_t("Problemen in het bestand"))
    view.setTabKeyNavigation(False)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view
