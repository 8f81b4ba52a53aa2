"""The audience window: what the room sees, on the projector's screen.

It is not a mirror of the chair's screen. It has its own widgets and is fed only
:class:`~livcr_desktop.services.projection.ProjectionView` objects, built by
``projection.build_projection`` (where the privacy rules live); it never sees a domain object.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from livcr_desktop.services.projection import ProjectionView
from livcr_desktop.views.projector import texts
from livcr_desktop.views.projector.agenda_fit import fit_agenda
from livcr_desktop.views.projector.audience_models import AudienceActionModel, AudienceAgendaModel, AudienceGridModel
from livcr_desktop.views.projector.pager import WallPager
from livcr_desktop.views.projector.room_table import RoomTable, room_label
from livcr_desktop.views.projector.wall_style import (
    AGENDA_SCALE,
    FIT_STEPS,
    MIN_BODY_PX,
    body_px,
    column_style_sheet,
    wall_style_sheet,
)
from livcr_desktop.views.projector.wall_text import WallLabel


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


class AudienceWindow(QWidget):
    """What the room sees. Fed only :class:`ProjectionView` objects through :meth:`show_view`."""

    rendered = Signal()  # what is on the wall may have changed (the preview re-grabs)
    closed = Signal()  # closed by the window system (not by the controller)
    activated = Signal()  # became the active window anyway (some platforms ignore "does not accept focus")
    paged = Signal()  # the number of pages or the page shown changed

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
        self._column_px = 0
        self._page_shown = (1, 1)
        self._fitted_size = QSize()  # the window's size at the last fit
        self._agenda_fitted: tuple[object, ...] = ()  # what the agenda was last fitted to
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
        self.meeting_title = room_label("audienceMeetingTitle", wrap=False)
        self.meeting_date = room_label("audienceMeetingDate", wrap=False)
        self.meeting_date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.page_indicator = room_label("audiencePageIndicator", wrap=False)  # "↓ 2/3": a long item pages
        self.page_indicator.hide()
        header.addWidget(self.meeting_title, 1)
        header.addWidget(self.page_indicator)
        header.addWidget(self.meeting_date)
        outer.addLayout(header)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.agenda_model = AudienceAgendaModel(self)
        self.agenda = RoomTable("audienceAgenda", header=False, margin=0.35)
        self.agenda.setModel(self.agenda_model)
        agenda_box = QVBoxLayout()
        self.agenda_title = room_label("audienceAgendaTitle", wrap=False)
        self.agenda_title.setText(_t("Agenda"))
        agenda_box.addWidget(self.agenda_title)
        agenda_box.addWidget(self.agenda, 1)
        body.addLayout(agenda_box, 22)

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        self.pager = WallPager(main)
        self.pager.cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        body.addWidget(self.pager, 78)
        self.heading = room_label("audienceHeading")
        self.identity = room_label("audienceIdentity")
        self.qualification = room_label("audienceQualification")
        self.grid_model = AudienceGridModel(self)
        self.grid = RoomTable("audienceGrid", (0.27, 0.09))
        self.grid.setModel(self.grid_model)
        self.notes = room_label("audienceNotes")
        self.empty = room_label("audienceEmpty")
        self.decisions = room_label("audienceDecisions")
        self.feedback_form = room_label("audienceFeedbackForm")  # the form's text while the room agrees
        self.action_model = AudienceActionModel(self)
        self.action_table = RoomTable("audienceActions")
        self.action_table.setModel(self.action_model)
        for w in (self.heading, self.identity, self.qualification):
            main.addWidget(w)
        main.addWidget(self.grid, 1)
        for w in (self.notes, self.empty, self.decisions, self.feedback_form):
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
        if not self._frozen and view != self._shown:  # the same again (a commit of what was typed): nothing to do
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
        if self.size() == self._fitted_size:
            return  # a resize put off while hidden, delivered by a grab for the preview: nothing to fit again
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
        """Type scaled to the wall (see ``wall_style.body_px``), and the item fitted to it."""
        px = body_px(self.height(), self._zoom)
        if px == self._body_px:
            return
        self._body_px = px
        self.setStyleSheet(wall_style_sheet(px))
        self.agenda.set_px(round(px * AGENDA_SCALE))
        self._fit()

    def column_px(self) -> int:
        """The type size of the item's column now (the body size, or smaller to fit)."""
        return self._column_px

    def _set_column_px(self, px: int) -> None:
        if px != self._column_px:
            self._column_px = px
            self.pager.body.setStyleSheet(column_style_sheet(px))
            for table in (self.grid, self.action_table):
                table.set_px(px)

    def _fit(self, keep_page: bool = False) -> None:
        """The item's text shrinks (down to FIT_STEPS, never below MIN_BODY_PX) rather than leave the wall;
        if it still does not fit it pages. A word wider than its column shrinks the type as well; only at
        the smallest size may such a word break between two letters."""
        if self._body_px == 0:
            return
        self._fitted_size = self.size()
        self._relayout()
        sizes = sorted({max(MIN_BODY_PX, round(self._body_px * f)) for f in FIT_STEPS}, reverse=True)
        for table in self.pager.findChildren(RoomTable):
            table.break_anywhere = False
        for label in self.pager.findChildren(WallLabel):
            label.break_anywhere = False
        for px in sizes:
            self._set_column_px(px)
            self.pager.lay_out()
            if self.pager.fits() and not self.pager.too_wide():
                break
        for widget in self.pager.too_wide():
            widget.break_anywhere = True  # a word with no hyphenation point, wider than the column
        self.pager.lay_out()
        self.pager.paginate(keep_page)
        self._show_page_indicator()
        agenda = self._shown.agenda if self._shown else ()
        fitted = (agenda, self.agenda.size(), self.agenda.font().key())
        if fitted != self._agenda_fitted:  # the agenda changes far less often than the item
            self._agenda_fitted = fitted
            fit_agenda(self.agenda, self.agenda_model, agenda)

    def _relayout(self) -> None:
        for layout in (self.layout(), self.content.layout()):
            if layout is not None:
                layout.activate()

    def _show_page_indicator(self) -> None:
        pages, page = self.pager.pages, self.pager.page + 1
        if (page, pages) != self._page_shown:
            self._page_shown = (page, pages)
            self.paged.emit()
        self.page_indicator.setVisible(pages > 1)
        self.page_indicator.setText(f"↓ {page}/{pages}" if page < pages else f"{page}/{pages}")

    def page(self) -> tuple[int, int]:
        """(page shown, pages), both counted from 1."""
        return self.pager.page + 1, self.pager.pages

    def turn_page(self, step: int) -> None:
        """The chair turns the page of a long item (round the end)."""
        self.pager.turn(step)
        self._show_page_indicator()
        self.rendered.emit()

    def _show(self, view: ProjectionView) -> None:
        same_item = self._shown is not None and self._shown.current_item_id == view.current_item_id
        self._shown = view
        self.meeting_title.setText(texts.meeting_title(view))
        self.meeting_date.setText(texts.long_date(view.meeting_date))
        self.heading.setText(texts.heading(view))
        for label, text in (
            (self.identity, texts.identity_text(view)),
            (self.qualification, texts.qualification_text(view)),
            (self.notes, texts.notes_text(view)),
            (self.empty, texts.empty_text(view)),
            (self.decisions, texts.decisions_text(view)),
            (self.feedback_form, texts.feedback_form_text(view)),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self.grid_model.set_view(view)
        self.grid.setVisible(bool(view.case_code) and bool(view.grid_rows))
        self.action_model.set_view(view)
        self.action_table.setVisible(bool(view.actions))
        self.action_table.fractions = (
            (0.16, 0.4, 0.12, 0.14) if any(a.case_code for a in view.actions) else (0.55, 0.15, 0.15)
        )
        self._fit(keep_page=same_item)
        self.rendered.emit()


def _without_identity(view: ProjectionView) -> ProjectionView:
    return replace(view, identity=None)
