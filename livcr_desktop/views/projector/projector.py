"""The projector: a separate audience window for the room, its controller and the chair's preview.

The audience window is not a mirror of the chair's screen. It has its own widgets and is fed
only :class:`~livcr_desktop.services.projection.ProjectionView` objects, built by
``projection.build_projection`` (where the privacy rules live); it never sees a domain object.

The chair drives it from the live meeting window: projector on/off and the screen it uses, blank
(B), freeze, follow the chair or stay on an item, reveal the current case's identity (confirmed,
audited, withdrawn when the item changes) and text zoom. A small preview on the chair's screen
is a grab of the real audience window, so it shows exactly what the wall shows.

The controller knows the live meeting window only through :class:`MeetingSource` (its signals
and a few public methods): this module does not import ``views.live_meeting``, which imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from math import ceil
from time import perf_counter
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QScreen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    DecisionType,
    MeetingKind,
    Qualification,
)
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import cases, projection
from livcr_desktop.services.projection import IdentityReveal, ProjectedAgendaItem, ProjectionView
from livcr_desktop.views.i18n import noop
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.dates import format_date

if TYPE_CHECKING:
    from livcr_desktop.domain.meeting import AgendaEntry, DecisionDraft
    from livcr_desktop.services.context import ServiceContext

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole

NAVY = "#0b1f3a"
HEADER_BG = "#16335e"
WHITE = "#ffffff"
MUTED = "#c9d6ea"  # 10:1 on navy
ACCENT = "#ffd166"  # current agenda item and revealed identity: navy text on amber
GRID_LINE = "#4a6590"
LEVEL_BG = {1: "#2f6690", 2: "#a85d00", 3: "#b3261e"}  # white text stays above 4.5:1 on each

BODY_PX_AT_1080 = 28  # body text at 1920×1080; scaled by the window's height and the chair's zoom
MIN_BODY_PX = 14
AGENDA_SCALE = 0.85  # the agenda is context, the item is the subject
FIT_STEPS = (1.0, 0.9, 0.8, 0.75)  # tables may shrink this far before anything is cut off
ZOOM_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
REFRESH_MS = 50  # changes are coalesced this long before the view-model is rebuilt (well within 200 ms)

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F5 / Ctrl+Shift+P", noop("LiveMeeting", "Projector aan / uit")),
    ("B", noop("LiveMeeting", "Projector zwart / terug (niet tijdens het typen)")),
    ("Ctrl+Shift+F", noop("LiveMeeting", "Projector bevriezen / vrijgeven")),
    ("Ctrl+Shift+V", noop("LiveMeeting", "Projector volgt de voorzitter / blijft op dit punt")),
    ("Ctrl+Shift+I", noop("LiveMeeting", "Identiteit van de casus tonen op de projector (met bevestiging, gelogd)")),
    ("Ctrl++ / Ctrl+- / Ctrl+0", noop("LiveMeeting", "Tekst op de projector groter / kleiner / normaal")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


# -- labels of the view-model's codes ------------------------------------------------------------


def hidden_text(count: int) -> str:
    """The neutral placeholder for contributions that may not be projected."""
    if count == 1:
        return _t("1 bijdrage niet geprojecteerd")
    return _t("{n} bijdragen niet geprojecteerd").format(n=count)


def _iso_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _long_date(text: str) -> str:
    d = _iso_date(text)
    return QLocale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy") if d else ""


def _short_date(text: str) -> str:
    return format_date(_iso_date(text))


def case_label(kind: str, code: str, pseudonym: str) -> str:
    name = code + (f" ({pseudonym})" if pseudonym else "")
    if kind == AgendaItemKind.NEW_REFERRAL.value:
        return _t("Nieuwe aanmelding {case}").format(case=name)
    return _t("Casus {case}").format(case=name)


def agenda_label(item: ProjectedAgendaItem) -> str:
    if item.kind == AgendaItemKind.ACTION_REVIEW.value:
        return _t("Opvolging openstaande acties")
    if item.case_code:
        return case_label(item.kind, item.case_code, item.case_pseudonym)
    return item.title


def _enum_label(enum: type[Any], code: str) -> str:
    return labels.label(enum(code)) if code else ""


# -- models of the audience window ---------------------------------------------------------------


class AudienceAgendaModel(QAbstractTableModel):
    """The agenda, one column; the item on the wall highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[ProjectedAgendaItem, ...] = ()

    def set_items(self, items: tuple[ProjectedAgendaItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.number}. {agenda_label(item)}"
        if role == Qt.ItemDataRole.BackgroundRole and item.is_current:
            return QBrush(QColor(ACCENT))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(NAVY if item.is_current else MUTED))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class AudienceGridModel(QAbstractTableModel):
    """Life domains down; concern level, then one column per organisation that shared something."""

    FIXED = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: ProjectionView | None = None

    def set_view(self, view: ProjectionView | None) -> None:
        self.beginResetModel()
        self._view = view
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.grid_rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else self.FIXED + len(self._view.organisations)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or self._view is None:
            return None
        if section == 0:
            return _t("Levensdomein")
        if section == 1:
            return _t("Niveau")
        i = section - self.FIXED
        return self._view.organisations[i] if 0 <= i < len(self._view.organisations) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self._view is None or not index.isValid() or not 0 <= index.row() < len(self._view.grid_rows):
            return None
        row = self._view.grid_rows[index.row()]
        col = index.column()
        cell = row.cells[col - self.FIXED] if 0 <= col - self.FIXED < len(row.cells) else None
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return labels.life_domain(row.domain)
            if col == 1:
                prev = "–" if row.previous_level is None else str(row.previous_level)
                now = "?" if row.concern_level is None else str(row.concern_level)
                return f"{prev} → {now}"
            if cell is None:
                return ""
            lines = [("• " + t.text + (" ✓" if t.confirmed else "")) for t in cell.texts]
            if cell.hidden_count:
                lines.append(f"({hidden_text(cell.hidden_count)})")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and col == 1 and row.concern_level in LEVEL_BG:
            return QBrush(QColor(LEVEL_BG[row.concern_level or 0]))
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.hidden_count and not cell.texts:
            return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 1:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class AudienceActionModel(QAbstractTableModel):
    """The plan of approach of the case, or the open actions under review (with their case code)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: ProjectionView | None = None
        self._with_case = False

    def set_view(self, view: ProjectionView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._with_case = view is not None and any(a.case_code for a in view.actions)
        self.endResetModel()

    def _columns(self) -> list[str]:
        cols = [_t("Actie"), _t("Eigenaar"), _t("Deadline"), _t("Status")]
        return ([_t("Casus")] if self._with_case else []) + cols

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        cols = self._columns()
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(cols):
            return cols[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self._view is None or not index.isValid() or not 0 <= index.row() < len(self._view.actions):
            return None
        a = self._view.actions[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            values = [a.description, a.owner, _short_date(a.deadline), _enum_label(ActionStatus, a.status)]
            values = ([a.case_code] if self._with_case else []) + values
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class _WrapDelegate(QStyledItemDelegate):
    """Wraps at word boundaries, and inside a word only when it is wider than its column.

    Narrow columns at 1024×768 otherwise clip long Dutch words ("informatieomgeving").
    """

    def __init__(self, view: QTableView, margin: float = 0.2) -> None:
        super().__init__(view)
        self.view = view
        self.margin = margin  # around the text, as a fraction of the font's pixel size

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        text_option = QTextOption(Qt.AlignmentFlag(int(option.displayAlignment) & 0x000F))
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setDocumentMargin(max(2, round(option.font.pixelSize() * self.margin)))
        doc.setPlainText(text)
        doc.setTextWidth(max(1, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, text, opt.rect.width())
        painter.save()
        top = opt.rect.top()
        if opt.displayAlignment & Qt.AlignmentFlag.AlignVCenter:
            top += max(0, (opt.rect.height() - int(doc.size().height())) // 2)
        painter.translate(opt.rect.left(), top)
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.columnWidth(index.column())
        doc = self._document(opt, opt.text, width)
        return QSize(width, ceil(doc.size().height()))


class _RoomTable(QTableView):
    """A read-only table for the wall: no focus, no selection, no scroll bars, wrapped rows.

    Column widths are fractions of the width (the rest share what is left), and rows grow to
    their wrapped text whenever the width changes.
    """

    def __init__(self, name: str, fractions: tuple[float, ...] = (), header: bool = True, margin: float = 0.2) -> None:
        super().__init__()
        self.setObjectName(name)
        self.fractions = fractions
        self._px = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setVisible(header)
        self.setShowGrid(header)
        self.setItemDelegate(_WrapDelegate(self, margin))

    def set_px(self, px: int) -> None:
        """Text size of this table (its own style sheet, so the wall's can stay put while tables fit)."""
        if px != self._px:
            self._px = px
            self.setStyleSheet(
                f"QTableView {{ font-size: {px}px; }} "
                f"QHeaderView::section {{ font-size: {round(px * 0.8)}px; font-weight: bold; }}"
            )

    def fit(self) -> None:
        cols = self.model().columnCount() if self.model() is not None else 0
        if not cols:
            return
        width = max(1, self.contentsRect().width())  # = the viewport (no scroll bars), also while hidden
        fixed = [int(width * f) for f in self.fractions[:cols]]
        rest = cols - len(fixed)
        share = (width - sum(fixed)) // rest if rest else 0
        for col in range(cols):
            self.setColumnWidth(col, fixed[col] if col < len(fixed) else share)
        self.resizeRowsToContents()

    def content_height(self) -> int:
        rows = self.model().rowCount() if self.model() is not None else 0
        header = self.horizontalHeader().sizeHint().height() if self.horizontalHeader().isVisibleTo(self) else 0
        return header + sum(self.rowHeight(r) for r in range(rows)) + 2 * self.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never interpreted as HTML
    label.setWordWrap(wrap)
    return label


# -- the audience window --------------------------------------------------------------------------


class AudienceWindow(QWidget):
    """What the room sees. Fed only :class:`ProjectionView` objects through :meth:`show_view`."""

    rendered = Signal()  # what is on the wall may have changed (the preview re-grabs)
    closed = Signal()  # closed by the window system (not by the controller)
    activated = Signal()  # became the active window anyway (some platforms ignore "does not accept focus")

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(_t("Projectie — LIVC-R Desktop"))
        # The chair keeps typing in their own window: the wall never takes the focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._latest: ProjectionView | None = None
        self._shown: ProjectionView | None = None
        self._blank = False
        self._frozen = False
        self._zoom = 1.0
        self._body_px = 0
        self._table_px = 0
        self._closing_by_controller = False

        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.content = QWidget()
        self.content.setObjectName("audienceContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("audienceBlank")
        self.blank_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank_page)

        outer = QVBoxLayout(self.content)
        header = QHBoxLayout()
        self.meeting_title = _label("audienceMeetingTitle", wrap=False)
        self.meeting_date = _label("audienceMeetingDate", wrap=False)
        self.meeting_date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.meeting_title, 1)
        header.addWidget(self.meeting_date)
        outer.addLayout(header)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.agenda_model = AudienceAgendaModel(self)
        self.agenda = _RoomTable("audienceAgenda", header=False, margin=0.35)
        self.agenda.setModel(self.agenda_model)
        agenda_box = QVBoxLayout()
        self.agenda_title = _label("audienceAgendaTitle", wrap=False)
        self.agenda_title.setText(_t("Agenda"))
        agenda_box.addWidget(self.agenda_title)
        agenda_box.addWidget(self.agenda, 1)
        body.addLayout(agenda_box, 22)

        main = QVBoxLayout()
        body.addLayout(main, 78)
        self.heading = _label("audienceHeading")
        self.identity = _label("audienceIdentity")
        self.qualification = _label("audienceQualification")
        self.grid_model = AudienceGridModel(self)
        self.grid = _RoomTable("audienceGrid", (0.27, 0.09))
        self.grid.setModel(self.grid_model)
        self.notes = _label("audienceNotes")
        self.empty = _label("audienceEmpty")
        self.decisions = _label("audienceDecisions")
        self.action_model = AudienceActionModel(self)
        self.action_table = _RoomTable("audienceActions")
        self.action_table.setModel(self.action_model)
        for w in (self.heading, self.identity, self.qualification):
            main.addWidget(w)
        main.addWidget(self.grid, 1)
        for w in (self.notes, self.empty, self.decisions):
            main.addWidget(w)
        main.addWidget(self.action_table)
        main.addStretch(0)
        self.identity.hide()
        self._apply_style()

    # -- state -------------------------------------------------------------------------------------

    @property
    def blank(self) -> bool:
        return self._blank

    @property
    def frozen(self) -> bool:
        return self._frozen

    @property
    def zoom(self) -> float:
        return self._zoom

    def shown_view(self) -> ProjectionView | None:
        """The view-model currently on the wall (behind the black screen if blank)."""
        return self._shown

    def show_view(self, view: ProjectionView) -> None:
        """Show ``view``, unless frozen: then keep it for when the freeze is lifted."""
        self._latest = view
        if not self._frozen:
            self._show(view)

    def set_blank(self, blank: bool) -> None:
        """A plain black screen with nothing else on it (B, as in a presentation)."""
        self._blank = blank
        self.stack.setCurrentWidget(self.blank_page if blank else self.content)
        self.rendered.emit()

    def set_frozen(self, frozen: bool) -> None:
        self._frozen = frozen
        if not frozen and self._latest is not None and self._latest is not self._shown:
            self._show(self._latest)
        else:
            self.rendered.emit()

    def withdraw_identity(self) -> None:
        """Take a revealed identity off the wall at once, frozen or not: privacy beats the freeze."""
        if self._latest is not None and self._latest.identity is not None:
            self._latest = _without_identity(self._latest)
        if self._shown is not None and self._shown.identity is not None:
            self._show(_without_identity(self._shown))

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._apply_style()

    def place_on(self, screen: QScreen, full_screen: bool) -> None:
        """Full screen on ``screen``, or a window on it (one screen only, or the chair's own screen)."""
        visible = self.isVisible()
        if visible:
            self.hide()  # a visible window keeps its old screen on some platforms (offscreen): re-show it
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.setScreen(screen)
        geo = screen.geometry()
        if full_screen:
            self.setGeometry(geo)
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        else:
            size = QSize(min(1024, geo.width() * 2 // 3), min(768, geo.height() * 2 // 3))
            self.resize(size)
            self.move(geo.topLeft() + QPoint(geo.width() - size.width() - 24, 48))
        if visible:
            self.show()
        self._apply_style()

    def close_by_controller(self) -> None:
        self._closing_by_controller = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if not self._closing_by_controller:
            self.closed.emit()
        self._closing_by_controller = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_style()
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()

    # -- rendering ---------------------------------------------------------------------------------

    def body_px(self) -> int:
        return self._body_px

    def _apply_style(self) -> None:
        """Type scaled to the wall: the body is BODY_PX_AT_1080 at 1080 pixels high, times the zoom."""
        px = max(MIN_BODY_PX, round(BODY_PX_AT_1080 * self.height() / 1080 * self._zoom))
        if px == self._body_px:
            return
        self._body_px = px
        big, small, pad = round(px * 1.45), round(px * 0.8), max(4, px // 4)
        self.setStyleSheet(f"""
            #audienceContent {{ background: {NAVY}; }}
            #audienceBlank {{ background: #000000; }}
            #audienceContent QLabel {{ color: {WHITE}; font-size: {px}px; }}
            #audienceContent QLabel#audienceMeetingTitle, #audienceContent QLabel#audienceMeetingDate {{
                color: {MUTED}; font-size: {small}px; }}
            #audienceContent QLabel#audienceAgendaTitle {{ color: {MUTED}; font-size: {small}px; font-weight: bold; }}
            #audienceContent QLabel#audienceHeading {{ font-size: {big}px; font-weight: bold; }}
            #audienceContent QLabel#audienceIdentity {{ background: {ACCENT}; color: {NAVY}; font-weight: bold;
                                                       padding: {pad}px; }}
            #audienceContent QLabel#audienceNotes, #audienceContent QLabel#audienceEmpty {{ color: {MUTED}; }}
            QTableView {{ background: {NAVY}; color: {WHITE}; border: none; gridline-color: {GRID_LINE}; }}
            QHeaderView::section {{ background: {HEADER_BG}; color: {WHITE}; border: none; padding: {pad}px; }}
        """)
        self.agenda.set_px(round(px * AGENDA_SCALE))
        self._fit()

    def _fit(self) -> None:
        """Tables shrink (down to the last FIT_STEPS factor) rather than run off the bottom of the wall."""
        for factor in FIT_STEPS:
            self._table_px = max(MIN_BODY_PX, round(self._body_px * factor))
            for table in (self.grid, self.action_table):
                table.set_px(self._table_px)
            self._relayout()
            if not self._overflows():
                break

    def _relayout(self) -> None:
        for layout in (self.layout(), self.content.layout()):
            if layout is not None:
                layout.activate()
        self.agenda.fit()
        for table in (self.grid, self.action_table):
            table.fit()
            table.setMaximumHeight(max(1, table.content_height()))
        content_layout = self.content.layout()
        if content_layout is not None:
            content_layout.activate()

    def _overflows(self) -> bool:
        return any(t.isVisibleTo(self) and t.height() + 1 < t.content_height() for t in (self.grid, self.action_table))

    def _show(self, view: ProjectionView) -> None:
        self._shown = view
        kind_label = _enum_label(MeetingKind, view.meeting_kind)
        self.meeting_title.setText(
            _t("{kind} {number}").format(kind=kind_label[:1].upper() + kind_label[1:], number=view.meeting_number)
        )
        self.meeting_date.setText(_long_date(view.meeting_date))
        self.agenda_model.set_items(view.agenda)
        kind = view.item_kind
        if not kind:
            self.heading.setText(_t("De vergadering begint zo"))
        elif kind == AgendaItemKind.ACTION_REVIEW.value:
            self.heading.setText(_t("Opvolging openstaande acties"))
        elif view.case_code:
            self.heading.setText(case_label(kind, view.case_code, view.case_pseudonym))
        else:
            self.heading.setText(view.item_title)
        is_case = bool(view.case_code)
        if view.identity is not None:
            name = f"{view.identity.first_name} {view.identity.last_name}".strip()
            born = _short_date(view.identity.birth_date)
            text = _t("Identiteit, getoond door de voorzitter: {name}").format(name=name)
            if born:
                text += _t(", geboren {date}").format(date=born)
            self.identity.setText(text)
            self.identity.show()
        else:
            self.identity.clear()
            self.identity.hide()
        self.qualification.setText(
            _t("Kwalificatie: {q}").format(q=_enum_label(Qualification, view.qualification))
            if view.qualification
            else ""
        )
        self.qualification.setVisible(bool(view.qualification))
        self.grid_model.set_view(view)
        self.grid.setVisible(is_case and bool(view.grid_rows))
        notes = []
        if view.declined:
            notes.append(_t("Geen informatie / wenst niet te delen: {orgs}").format(orgs=", ".join(view.declined)))
        if view.hidden_elsewhere:
            notes.append(hidden_text(view.hidden_elsewhere))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        empty = ""
        if is_case and not view.grid_rows:
            empty = _t("Nog geen bijdragen.")
        elif kind == AgendaItemKind.ACTION_REVIEW.value and not view.actions:
            empty = _t("Er staan geen acties van vorige vergaderingen open.")
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        self.decisions.setText("\n\n".join(_decision_text(d) for d in view.decisions))
        self.decisions.setVisible(bool(view.decisions))
        self.action_model.set_view(view)
        self.action_table.setVisible(bool(view.actions))
        self.action_table.fractions = (
            (0.16, 0.4, 0.12, 0.14) if any(a.case_code for a in view.actions) else (0.55, 0.15, 0.15)
        )
        self._fit()
        self.rendered.emit()


def _without_identity(view: ProjectionView) -> ProjectionView:
    return replace(view, identity=None)


def _decision_text(d: projection.ProjectedDecision) -> str:
    kind = _enum_label(DecisionType, d.decision_type) or "—"
    head = _t("Beslissing (in opmaak): {kind}") if d.draft else _t("Beslissing: {kind}")
    lines = [head.format(kind=kind)]
    if d.reasons:
        lines.append(_t("Motivering: {text}").format(text=d.reasons))
    if d.expectations:
        lines.append(_t("Verwachtingen: {text}").format(text=d.expectations))
    if d.referral_target:
        lines.append(_t("Doorverwezen naar: {text}").format(text=d.referral_target))
    if d.escalation_target:
        lines.append(_t("Opgeschaald naar: {text}").format(text=d.escalation_target))
    if d.next_review_date:
        lines.append(_t("Volgende bespreking: {date}").format(date=_short_date(d.next_review_date)))
    return "\n".join(lines)


# -- the chair's side -----------------------------------------------------------------------------


class PreviewWidget(QLabel):
    """A small picture of the real audience window (a grab of it), on the chair's screen."""

    WIDTH = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPreview")
        self.setAccessibleName(_t("Voorbeeld van de projector"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedWidth(self.WIDTH + 8)
        self.setMinimumHeight(self.WIDTH * 9 // 16 + 8)
        self.set_state_colour("#888888")

    def set_state_colour(self, colour: str) -> None:
        self.setStyleSheet(f"QLabel#projectorPreview {{ border: 4px solid {colour}; background: #000000; }}")

    def show_grab(self, pixmap: QPixmap) -> None:
        self.setPixmap(pixmap.scaledToWidth(self.WIDTH, Qt.TransformationMode.SmoothTransformation))


def screen_key(screen: QScreen) -> str:
    """Identifies a screen across plugging: separate X screens may all be called "screen"."""
    g = screen.geometry()
    return f"{screen.name()}|{g.x()},{g.y()},{g.width()},{g.height()}"


def screen_label(screen: QScreen | None) -> str:
    if screen is None:
        return "?"
    screens = QGuiApplication.screens()
    number = screens.index(screen) + 1 if screen in screens else 0
    g = screen.geometry()
    return _t("scherm {n} '{name}', {w}×{h}").format(n=number or "?", name=screen.name(), w=g.width(), h=g.height())


class MeetingSource(Protocol):
    """What the projector needs of the chair's meeting window (``LiveMeetingWindow`` provides it).

    The controller listens to the three signals and reads the rest through these members only.
    """

    @property
    def changed(self) -> SignalInstance:
        """Anything shown may have changed."""

    @property
    def current_item_changed(self) -> SignalInstance:
        """The chair moved to another agenda item (its id, or None)."""

    @property
    def decision_typed(self) -> SignalInstance:
        """The decision being typed on the current case changed (before it is committed)."""

    @property
    def ctx(self) -> ServiceContext: ...

    @property
    def meeting_id(self) -> int: ...

    def current_item_id(self) -> int | None:
        """The chair's current agenda item."""

    def agenda_entries(self) -> Sequence[AgendaEntry]:
        """The meeting's agenda, in order."""

    def typed_decision(self) -> DecisionDraft | None:
        """The decision form of the current case as typed so far (None when no case is shown)."""

    def window(self) -> QWidget:
        """The chair's window: the projector's actions, dialogs and focus belong to it."""


class ProjectorController(QObject):
    """Owns the audience window; rebuilds its view-model whenever the chair's meeting changes."""

    state_changed = Signal()

    def __init__(self, meeting: MeetingSource) -> None:
        self.meeting = meeting
        self.chair = meeting.window()
        super().__init__(self.chair)
        self.audience = AudienceWindow()
        self._enabled = False
        self._follow = True
        self._pinned: int | None = None
        self._reveal: IdentityReveal | None = None
        self._screen_choice: str | None = None  # None: automatic (the screen the chair's window is not on)
        self._notice = ""
        self._shut = False
        self.last_build_ms = 0.0

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._update_preview)

        self._build_actions()
        self.panel = ProjectorPanel(self)
        self.preview = self.panel.preview

        meeting.changed.connect(self.schedule)
        meeting.current_item_changed.connect(self._item_changed)
        meeting.decision_typed.connect(self.schedule)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self.chair.installEventFilter(self)
        self.audience.rendered.connect(self._preview_timer.start)
        self.audience.closed.connect(self._closed_by_window_system)
        self.audience.activated.connect(lambda: QTimer.singleShot(0, self, self._give_focus_back))
        self._place(QGuiApplication.screens())
        self.refresh()
        self._sync()

    # -- actions (shortcuts on the chair's window) -----------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, button: str, keys: list[str], name: str, checkable: bool = True) -> QAction:
            a = QAction(text, self.chair)
            a.setObjectName(name)
            a.setIconText(button)
            a.setCheckable(checkable)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.chair.addAction(a)
            return a

        self.enable_action = action(_t("Projector aan"), _t("Aan (F5)"), ["F5", "Ctrl+Shift+P"], "projectorOnAction")
        self.blank_action = action(_t("Projector zwart"), _t("Zwart (B)"), ["B"], "projectorBlankAction")
        self.freeze_action = action(
            _t("Projector bevriezen"), _t("Bevriezen"), ["Ctrl+Shift+F"], "projectorFreezeAction"
        )
        self.follow_action = action(
            _t("Projector volgt de voorzitter"), _t("Volgen"), ["Ctrl+Shift+V"], "projectorFollowAction"
        )
        self.reveal_action = action(
            _t("Identiteit tonen op de projector…"), _t("Identiteit…"), ["Ctrl+Shift+I"], "projectorRevealAction"
        )
        self.zoom_in_action = action(
            _t("Projectortekst groter"), "A+", ["Ctrl++", "Ctrl+="], "projectorZoomInAction", checkable=False
        )
        self.zoom_out_action = action(
            _t("Projectortekst kleiner"), "A−", ["Ctrl+-"], "projectorZoomOutAction", checkable=False
        )
        self.zoom_reset_action = action(
            _t("Projectortekst normaal"), "100%", ["Ctrl+0"], "projectorZoomResetAction", checkable=False
        )
        self.enable_action.triggered.connect(lambda checked: self.set_enabled(bool(checked)))
        # A plain "B" never fires while the chair types: text fields (line and text edits, spin and date boxes,
        # editable combos) claim printable keys through Qt's ShortcutOverride, so there it stays a letter.
        self.blank_action.triggered.connect(lambda checked: self.set_blank(bool(checked)))
        self.freeze_action.triggered.connect(lambda checked: self.set_frozen(bool(checked)))
        self.follow_action.triggered.connect(lambda checked: self.set_follow(bool(checked)))
        self.reveal_action.triggered.connect(lambda _checked: self.toggle_reveal())
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(1.0))

    def all_actions(self) -> list[QAction]:
        return [
            self.enable_action,
            self.blank_action,
            self.freeze_action,
            self.follow_action,
            self.reveal_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ]

    # -- state -------------------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def following(self) -> bool:
        return self._follow

    @property
    def revealed(self) -> bool:
        return self._reveal is not None

    def projected_item_id(self) -> int | None:
        return self.meeting.current_item_id() if self._follow else self._pinned

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if enabled:
            self._notice = ""
            self._place(QGuiApplication.screens())
            self.refresh()
            self.audience.show()
        else:
            self._revoke()
            self.audience.set_frozen(False)
            self.audience.hide()
        self._sync()

    def set_blank(self, blank: bool) -> None:
        self.audience.set_blank(blank)
        self._sync()

    def set_frozen(self, frozen: bool) -> None:
        if not frozen:
            self.refresh()  # the latest state, not what was current when the freeze started
        self.audience.set_frozen(frozen)
        self._sync()

    def set_follow(self, follow: bool) -> None:
        """Follow the chair's current item, or stay on the item shown now."""
        self._pinned = None if follow else self.projected_item_id()
        self._follow = follow
        self.refresh()
        self._sync()

    def set_zoom(self, zoom: float) -> None:
        self.audience.set_zoom(min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom)))
        self._preview_timer.start()
        self._sync()

    def step_zoom(self, direction: int) -> None:
        now = self.audience.zoom
        if direction > 0:
            self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 1e-6), ZOOM_STEPS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 1e-6), ZOOM_STEPS[0]))

    # -- identity ----------------------------------------------------------------------------------

    def _projected_case_id(self) -> int | None:
        item = self.projected_item_id()
        entry = next((e for e in self.meeting.agenda_entries() if e.id == item), None)
        return entry.case_id if entry is not None else None

    def toggle_reveal(self) -> None:
        if self._reveal is not None:
            self._revoke()
            self._sync()
            return
        self.request_reveal()
        self._sync()

    def request_reveal(self) -> bool:
        """Ask the chair, then show the identity of the projected case until the item changes."""
        item, case_id = self.projected_item_id(), self._projected_case_id()
        ctx = self.meeting.ctx
        if item is None or case_id is None or not ctx.may(Permission.READ_IDENTITY):
            return False
        if not cases.has_identity(ctx, case_id):
            QMessageBox.information(
                self.chair,
                _t("Identiteit tonen"),
                _t("Van deze casus is geen identiteit gekend: er is niets te tonen."),
            )
            return False
        answer = QMessageBox.question(
            self.chair,
            _t("Identiteit tonen op de projector"),
            _t(
                "De naam en geboortedatum van deze casus worden op de projector getoond, voor iedereen in de "
                "zaal. Dit wordt in het auditlog vastgelegd. Ze verdwijnen bij het volgende agendapunt.\n\n"
                "Identiteit tonen?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.chair.activateWindow()  # not every platform hands the keyboard back after a dialog
        if answer != QMessageBox.StandardButton.Yes or self._shut:
            return False
        self._reveal = projection.reveal_identity(ctx, self.meeting.meeting_id, item)
        self.refresh()
        return self._reveal is not None

    def _revoke(self) -> None:
        if self._reveal is not None:
            self._reveal = None
            self.audience.withdraw_identity()

    def _item_changed(self, _item_id: object) -> None:
        self._revoke()  # a reveal holds for the item it was made on only
        self.schedule()
        self._sync()

    # -- rebuilding the view-model -----------------------------------------------------------------

    def schedule(self) -> None:
        """Coalesce bursts of changes (typing): the first one starts the timer, later ones ride along."""
        if not self._refresh_timer.isActive() and not self._shut:
            self._refresh_timer.start()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if self._shut:
            return
        if self.meeting.ctx.vault.closed:  # locked: the session lock hides the wall and shows it again later
            self._revoke()
            return
        start = perf_counter()
        item = self.projected_item_id()
        if self._reveal is not None and self._reveal.item_id != item:
            self._revoke()
        view = projection.build_projection(
            self.meeting.ctx, self.meeting.meeting_id, item, self._reveal, self.meeting.typed_decision()
        )
        self.audience.show_view(view)
        self.last_build_ms = (perf_counter() - start) * 1000

    def _update_preview(self) -> None:
        if not self._shut:
            self.preview.show_grab(self.audience.grab())

    # -- screens -----------------------------------------------------------------------------------

    def target_screen(self, screens: list[QScreen]) -> tuple[QScreen, bool]:
        """(screen, full screen?): the chosen screen, else one the chair's window is not on."""
        chair = self.chair.screen()
        matching = [s for s in screens if screen_key(s) == self._screen_choice]
        chosen = next((s for s in matching if s is not chair), matching[0] if matching else None)
        if chosen is None:
            chosen = next((s for s in screens if s is not chair), None)
        if chosen is None:
            chosen = chair if chair in screens else (screens[0] if screens else QGuiApplication.primaryScreen())
        return chosen, chosen is not chair and len(screens) > 1

    def choose_screen(self, key: str | None) -> None:
        """``key`` from :func:`screen_key`, or None for automatic."""
        self._screen_choice = key
        self._notice = ""
        self._place(QGuiApplication.screens())
        self._sync()

    def _place(self, screens: list[QScreen]) -> None:
        if not screens:
            return
        screen, full = self.target_screen(screens)
        self.audience.place_on(screen, full)
        self.refresh_soon_preview()

    def refresh_soon_preview(self) -> None:
        self._preview_timer.start()

    def _screen_added(self, _screen: QScreen) -> None:
        self.panel.fill_screens()
        if self._enabled and self._screen_choice is None:
            self._notice = ""
            self._place(QGuiApplication.screens())
        self._sync()

    def _screen_removed(self, screen: QScreen) -> None:
        """The projector's cable was pulled: carry on, windowed on a screen that is still there."""
        name, key = screen.name(), screen_key(screen)
        ours = self.audience.screen() is screen
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        if ours:
            self._notice = _t("Scherm '{name}' is weg: de projectie staat in een venster.").format(name=name)
            primary = QGuiApplication.primaryScreen()
            targets = [primary] if primary is not None and primary is not screen else remaining
            if targets:
                self.audience.place_on(targets[0], full_screen=False)
        if self._screen_choice == key:
            self._screen_choice = None
        QTimer.singleShot(0, self, self.panel.fill_screens)
        self._sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A reveal needs the chair at their screen: it ends when their window hides (lock, minimise)."""
        if watched is self.chair and event.type() == QEvent.Type.Hide and self._reveal is not None:
            self._revoke()
            self._sync()
        return False

    def _give_focus_back(self) -> None:
        """The chair types in their own window: if the wall took the focus, hand it back."""
        if not self._shut and self.chair.isVisible() and self.audience.isActiveWindow():
            self.chair.activateWindow()

    def _closed_by_window_system(self) -> None:
        self._enabled = False
        self._revoke()
        self._sync()

    # -- chair-side state ------------------------------------------------------------------------

    def status_text(self) -> str:
        if not self._enabled:
            parts = [_t("Projector uit (voorbeeld)")]
        else:
            screen = self.audience.screen()
            full = bool(self.audience.windowState() & Qt.WindowState.WindowFullScreen)
            parts = [
                _t("Aan op {screen} ({how})").format(
                    screen=screen_label(screen), how=_t("volledig scherm") if full else _t("venster")
                )
            ]
        if self.audience.blank:
            parts.append(_t("ZWART"))
        if self.audience.frozen:
            parts.append(_t("BEVROREN"))
        if not self._follow:
            number = next((i for i, e in enumerate(self.meeting.agenda_entries(), 1) if e.id == self._pinned), None)
            parts.append(_t("blijft op punt {n}").format(n=number or "—"))
        else:
            parts.append(_t("volgt de voorzitter"))
        if self._reveal is not None:
            parts.append(_t("IDENTITEIT ZICHTBAAR"))
        parts.append(_t("tekst {pct}%").format(pct=round(self.audience.zoom * 100)))
        if self._notice:
            parts.append(self._notice)
        return " — ".join(parts)

    def _sync(self) -> None:
        if self._shut:
            return
        for a, value in (
            (self.enable_action, self._enabled),
            (self.blank_action, self.audience.blank),
            (self.freeze_action, self.audience.frozen),
            (self.follow_action, self._follow),
            (self.reveal_action, self._reveal is not None),
        ):
            a.setChecked(value)
        case_id = self._projected_case_id()
        ctx = self.meeting.ctx
        self.reveal_action.setEnabled(
            self._reveal is not None
            or (
                case_id is not None
                and ctx.may(Permission.READ_IDENTITY)
                and not ctx.vault.closed
                and cases.has_identity(ctx, case_id)
            )
        )
        colour = "#888888"
        if self._enabled:
            colour = "#2e7d32"
        if self.audience.frozen:
            colour = "#1f4e8c"
        if self.audience.blank:
            colour = "#000000"
        if self._reveal is not None:
            colour = "#b00020"
        self.preview.set_state_colour(colour)
        self.panel.status.setText(self.status_text())
        self.state_changed.emit()

    def shutdown(self) -> None:
        """The live window closes: the wall goes dark and the identity is forgotten."""
        if self._shut:
            return
        self._refresh_timer.stop()
        self._preview_timer.stop()
        self._reveal = None
        self._shut = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screen_added)
            app.screenRemoved.disconnect(self._screen_removed)
        self.audience.close_by_controller()
        self.audience.deleteLater()


class ProjectorPanel(QWidget):
    """The chair's projector controls: screen, state buttons, zoom, preview and a status line."""

    def __init__(self, controller: ProjectorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPanel")
        self.controller = controller
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        self.screens = QComboBox()
        self.screens.setObjectName("projectorScreenCombo")
        self.screens.setAccessibleName(_t("Scherm van de projector"))
        self.screens.activated.connect(self._screen_chosen)
        v.addWidget(self.screens)
        grid = QGridLayout()
        self.buttons: dict[str, QToolButton] = {}
        layout = (
            (controller.enable_action, 0, 0),
            (controller.blank_action, 0, 1),
            (controller.freeze_action, 0, 2),
            (controller.follow_action, 1, 0),
            (controller.reveal_action, 1, 1, 1, 2),
        )
        for a, *pos in layout:
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setObjectName(a.objectName().replace("Action", "Button"))
            b.setAccessibleName(a.text())  # "Projector zwart", not the short face "Zwart (B)"
            grid.addWidget(b, *pos)
            self.buttons[a.objectName()] = b
        zoom = QHBoxLayout()
        for a in (controller.zoom_out_action, controller.zoom_reset_action, controller.zoom_in_action):
            b = QToolButton()
            b.setDefaultAction(a)
            b.setObjectName(a.objectName().replace("Action", "Button"))
            b.setAccessibleName(a.text())  # "Projectortekst groter", not "A+"
            zoom.addWidget(b)
            self.buttons[a.objectName()] = b
        zoom.addStretch(1)
        v.addLayout(grid)
        v.addLayout(zoom)
        self.preview = PreviewWidget()
        v.addWidget(self.preview)
        self.status = QLabel()
        self.status.setObjectName("projectorStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.status)
        v.addStretch(1)
        self.setStyleSheet("""
            QToolButton { padding: 4px 8px; }
            QToolButton:checked { background: #1f4e79; color: white; font-weight: bold; }
            QToolButton#projectorBlankButton:checked { background: #000000; color: white; }
            QToolButton#projectorRevealButton:checked { background: #b00020; color: white; }
        """)
        self.fill_screens()

    def fill_screens(self) -> None:
        self.screens.clear()
        self.screens.addItem(_t("Automatisch (ander scherm dan de voorzitter)"), None)
        for s in QGuiApplication.screens():
            self.screens.addItem(screen_label(s), screen_key(s))
        idx = self.screens.findData(self.controller._screen_choice)
        self.screens.setCurrentIndex(max(0, idx))

    def _screen_chosen(self, index: int) -> None:
        self.controller.choose_screen(self.screens.itemData(index))
