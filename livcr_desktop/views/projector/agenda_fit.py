"""The wall's agenda shortens gracefully: when every item does not fit, it shows the items around the
current one (one before it, then those after) with "… 2 eerdere punten" above and "… 4 punten meer"
below, rather than cutting the list off at the bottom of the wall."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from livcr_desktop.services.projection import ProjectedAgendaItem
from livcr_desktop.views.projector.audience_models import AudienceAgendaModel
from livcr_desktop.views.projector.room_table import RoomTable

BEFORE_ID, AFTER_ID = -1, -2  # the two marker rows (agenda items have positive ids)


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


def earlier_text(n: int) -> str:
    return _t("… 1 eerder punt") if n == 1 else _t("… {n} eerdere punten").format(n=n)


def more_text(n: int) -> str:
    return _t("… 1 punt meer") if n == 1 else _t("… {n} punten meer").format(n=n)


def _marker(item_id: int, text: str) -> ProjectedAgendaItem:
    return ProjectedAgendaItem(
        item_id=item_id, number=0, kind="", case_code="", case_pseudonym="", title=text, is_current=False
    )


def window(items: Sequence[ProjectedAgendaItem], shown: int) -> list[ProjectedAgendaItem]:
    """``shown`` items around the current one, with a marker for each part left out."""
    if shown >= len(items):
        return list(items)
    current = next((i for i, item in enumerate(items) if item.is_current), 0)
    start = max(0, min(current - 1, len(items) - shown))
    end = start + shown
    rows = [_marker(BEFORE_ID, earlier_text(start))] if start else []
    rows += items[start:end]
    if end < len(items):
        rows.append(_marker(AFTER_ID, more_text(len(items) - end)))
    return rows


def fit_agenda(table: RoomTable, model: AudienceAgendaModel, items: Sequence[ProjectedAgendaItem]) -> None:
    """Show as many items as fit in the table's height (at least the current one)."""
    room = table.height()
    for shown in range(len(items), 0, -1):
        model.set_items(window(items, shown))
        table.fit()
        if table.content_height() <= room:
            return
    model.set_items(window(items, 1))
    table.fit()
