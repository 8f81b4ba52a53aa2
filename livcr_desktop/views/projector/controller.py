"""The projector's controller: owns the audience window and keeps it in step with the chair's meeting.

The chair drives it from the live meeting window: projector on/off and the screen it uses, blank
(B), freeze, follow the chair or stay on an item, reveal the current case's identity (confirmed,
audited, withdrawn when the item changes) and text zoom. A small preview on the chair's screen
is a grab of the real audience window, so it shows exactly what the wall shows.

The controller knows the live meeting window only through :class:`MeetingSource` (its signals
and a few public methods): it does not import ``views.meeting``, which imports it.
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QScreen

from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import cases, projection
from livcr_desktop.services.projection import IdentityReveal
from livcr_desktop.views.projector.actions import LetterKeyGuard, ProjectorActions
from livcr_desktop.views.projector.audience_window import AudienceWindow
from livcr_desktop.views.projector.meeting_source import MeetingSource
from livcr_desktop.views.projector.panel import ProjectorPanel
from livcr_desktop.views.projector.reveal_prompt import confirm_reveal, tell_no_identity
from livcr_desktop.views.projector.screens import screen_key, screen_label, target_screen

ZOOM_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
REFRESH_MS = 50  # changes are coalesced this long before the view-model is rebuilt (well within 200 ms)


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


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

        self.actions = ProjectorActions.create(self.chair)
        self._connect_actions()
        self._letter_guard = LetterKeyGuard(self.chair, self.actions)
        self.panel = ProjectorPanel(self.actions)
        self.preview = self.panel.preview
        self.panel.screen_chosen.connect(self.choose_screen)

        meeting.changed.connect(self.schedule)
        meeting.current_item_changed.connect(self._item_changed)
        meeting.decision_typed.connect(self.schedule)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self.chair.installEventFilter(self)
        self.audience.rendered.connect(self._preview_timer.start)
        self.audience.paged.connect(self._sync)
        self.audience.closed.connect(self._closed_by_window_system)
        self.audience.activated.connect(lambda: QTimer.singleShot(0, self, self._give_focus_back))
        self._place(QGuiApplication.screens())
        self.refresh()
        self._sync()

    # -- actions (shortcuts on the chair's window) -----------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions
        a.enable.triggered.connect(lambda checked: self.set_enabled(bool(checked)))
        a.blank.triggered.connect(lambda checked: self.set_blank(bool(checked)))  # never while typing (see actions)
        a.freeze.triggered.connect(lambda checked: self.set_frozen(bool(checked)))
        a.follow.triggered.connect(lambda checked: self.set_follow(bool(checked)))
        a.reveal.triggered.connect(lambda _checked: self.toggle_reveal())
        a.zoom_in.triggered.connect(lambda: self.step_zoom(1))
        a.zoom_out.triggered.connect(lambda: self.step_zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(1.0))
        a.next_page.triggered.connect(lambda: self.turn_page(1))
        a.previous_page.triggered.connect(lambda: self.turn_page(-1))

    def all_actions(self) -> list[QAction]:
        return self.actions.all()

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

    def turn_page(self, step: int) -> None:
        """A long item on the wall: the next (+1) or previous (-1) page."""
        self.audience.turn_page(step)
        self._sync()

    # -- identity ----------------------------------------------------------------------------------

    def _projected_case_id(self) -> int | None:
        """The case on the wall, None when none is (or it is withheld from the room: nothing to reveal)."""
        shown = self.audience.shown_view()
        if shown is not None and shown.withheld:
            return None
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
            tell_no_identity(self.chair)
            return False
        if not confirm_reveal(self.chair) or self._shut:
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
            self.meeting.ctx,
            self.meeting.meeting_id,
            item,
            self._reveal,
            self.meeting.typed_decision(),
            self.meeting.shown_feedback_form(),
        )
        self.audience.show_view(view)
        self.last_build_ms = (perf_counter() - start) * 1000

    def _update_preview(self) -> None:
        if not self._shut:
            self.preview.show_grab(self.audience.grab())

    # -- screens -----------------------------------------------------------------------------------

    def target_screen(self, screens: list[QScreen]) -> tuple[QScreen, bool]:
        """(screen, full screen?): the chosen screen, else one the chair's window is not on."""
        return target_screen(screens, self.chair.screen(), self._screen_choice)

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

    def _fill_screens(self) -> None:
        self.panel.fill_screens(self._screen_choice)

    def _screen_added(self, _screen: QScreen) -> None:
        self._fill_screens()
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
        QTimer.singleShot(0, self, self._fill_screens)
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
        page, pages = self.audience.page()
        if pages > 1:
            parts.append(_t("pagina {page}/{pages} (Ctrl+Shift+PgDown)").format(page=page, pages=pages))
        if self._notice:
            parts.append(self._notice)
        return " — ".join(parts)

    def _sync(self) -> None:
        if self._shut:
            return
        for a, value in (
            (self.actions.enable, self._enabled),
            (self.actions.blank, self.audience.blank),
            (self.actions.freeze, self.audience.frozen),
            (self.actions.follow, self._follow),
            (self.actions.reveal, self._reveal is not None),
        ):
            a.setChecked(value)
        case_id = self._projected_case_id()
        ctx = self.meeting.ctx
        self.actions.reveal.setEnabled(
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
        self._letter_guard.remove()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screen_added)
            app.screenRemoved.disconnect(self._screen_removed)
        self.audience.close_by_controller()
        self.audience.deleteLater()
