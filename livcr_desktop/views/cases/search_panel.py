"""Search across cases, contributions, decisions and actions (FTS5), as the user types.

Results show the case code and pseudonym and a snippet with the matched words between « and ».
Activating a result (double-click or Enter) asks for the case's timeline.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from livcr_desktop.domain.followup import MARK_END, MARK_START, SearchHit, SearchKind
from livcr_desktop.services import search
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.models import RowCache
from livcr_desktop.views.widgets.contrast import on_palette

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
DEBOUNCE_MS = 200


def _t(text: str) -> str:
    return QCoreApplication.translate("SearchPanel", text)


def kind_label(kind: SearchKind) -> str:
    return {
        SearchKind.CASE: _t("Casus"),
        SearchKind.CONTRIBUTION: _t("Bijdrage"),
        SearchKind.DECISION: _t("Beslissing"),
        SearchKind.ACTION: _t("Actie"),
    }[kind]


def snippet_text(hit: SearchHit, marks: tuple[str, str] = ("«", "»")) -> str:
    text = hit.snippet.replace(MARK_START, marks[0]).replace(MARK_END, marks[1])
    return " ".join(text.split())


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cache: RowCache[SearchHit] = RowCache(self, lambda h: (h.kind, h.ref_id))

    @property
    def _hits(self) -> list[SearchHit]:
        return self._cache.rows

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self._cache.set(hits)

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        case = h.case_code + (f" ({h.case_pseudonym})" if h.case_pseudonym else "")
        if role == DISPLAY:
            mark = " " + _t("[afgeschermd]") if h.restricted else ""
            return f"{kind_label(h.kind)} · {case}{mark}\n    {snippet_text(h)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(h.kind)}, {case}: {snippet_text(h, ('', ''))}"
        if role == Qt.ItemDataRole.ToolTipRole and h.restricted:
            return _t(
                "Bijdrage onder beroepsgeheim, niet te projecteren of niet in het verslag: "
                "enkel zichtbaar voor wie vergaderingen leidt."
            )
        if role == Qt.ItemDataRole.ForegroundRole and h.restricted:
            return QBrush(on_palette("#8a4b00"))
        if role == Qt.ItemDataRole.UserRole:
            return h.case_id
        return None


class SearchPanel(QWidget):
    open_case = Signal(int)  # case id

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchPanel")
        v = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("fullTextQuery")
        self.query.setPlaceholderText(_t("Zoek in casussen, bijdragen, beslissingen en acties…"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(_t("Volledige tekst zoeken"))
        label = QLabel(_t("&Zoeken:"))
        label.setBuddy(self.query)
        bar.addWidget(label)
        bar.addWidget(self.query, 1)
        v.addLayout(bar)
        self.model = SearchResultModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(_t("Zoekresultaten"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(True)
        v.addWidget(self.results, 1)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        v.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.run)
        self.results.activated.connect(lambda idx: self.open_case.emit(self.model.hit(idx.row()).case_id))
        self.last_seconds = 0.0

    def run(self) -> None:
        self._timer.stop()
        text = self.query.text()
        started = time.perf_counter()
        hits = search.search(self.ctx, text) if text.strip() else []
        self.last_seconds = time.perf_counter() - started
        self.model.set_hits(hits)
        if not text.strip():
            self.status.clear()
        elif hits:
            found = _t("Treffers: {n} ({ms} ms)").format(n=len(hits), ms=round(self.last_seconds * 1000))
            self.status.setText(found)
        else:
            self.status.setText(_t("Niets gevonden."))
