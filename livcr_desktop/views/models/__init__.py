"""Qt item models shared by the views: the one table-model base (see ``base``)."""

from livcr_desktop.views.models.base import Column, FilteredTableModel, RowCache, RowTableModel

__all__ = ["Column", "FilteredTableModel", "RowCache", "RowTableModel"]
