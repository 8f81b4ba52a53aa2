"""Item 4 on the live meeting screen (``views.meeting.live_meeting.LiveMeetingWindow``), on a copy of the demo vault.

Set-up through the app's services: a new case on the demo's upcoming meeting's agenda with 200
contributions (``services.assessment.add_contribution``), a second case with a few, every present
member's confidentiality acknowledgement, a recorded decision. Then, in the real window:

* opening the assessment view: ``LiveMeetingWindow.go_to_item`` from the other case's item (from an
  idle window) to the 200-contribution case, until the assessment grid's first paint;
* keystrokes in the decision's reasons field (``QTest.keyClicks``), typed steadily one per 150 ms
  and, separately, from an idle window, each until the first write committed after it: a SQLAlchemy
  ``after_commit`` listener on the vault's session factory, counting only sessions that flushed
  changes (the commit that holds the keystroke);
* Enter in the new-action field until the action row is committed (and until the page has reloaded).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import event
from sqlalchemy.orm import Session

from bench import datagen
from bench.common import ASSESSMENT_CONTRIBUTIONS, Config
from livcr_desktop.domain.entities import CaseDraft
from livcr_desktop.domain.enums import CaseStatus, DecisionType, MeetingStatus, Phenomenon
from livcr_desktop.domain.meeting import ContributionDraft, DecisionDraft
from livcr_desktop.services import assessment, attendance, cases, decisions, meetings, reference, unlock
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.vault import Vault

COMMIT_TIMEOUT = 5.0
TYPING_INTERVAL_MS = 150  # a fast typist: about 400 characters a minute
IDLE_MS = 600  # long enough for every timer the last change started to have fired


class PaintClock(QObject):
    """``time.perf_counter()`` of the Paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.stamps: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.stamps.append(time.perf_counter())
        return False

    def first_after(self, t0: float) -> float | None:
        return next((t for t in self.stamps if t >= t0), None)


class CommitClock:
    """``time.perf_counter()`` of committed write transactions of one vault."""

    def __init__(self, vault: Vault) -> None:
        self.stamps: list[float] = []
        event.listen(vault.session_factory, "after_flush", self._flushed)
        event.listen(vault.session_factory, "after_commit", self._committed)

    def _flushed(self, session: Session, _context: Any) -> None:
        session.info["bench_wrote"] = True

    def _committed(self, session: Session) -> None:
        if session.info.pop("bench_wrote", False):
            self.stamps.append(time.perf_counter())

    def first_after(self, t0: float) -> float | None:
        return next((t for t in self.stamps if t >= t0), None)


@dataclass(slots=True)
class MeetingTimes:
    opens: list[float] = field(default_factory=list)  # go_to_item until the assessment grid has painted
    opens_call: list[float] = field(default_factory=list)  # go_to_item's own call
    key_to_commit: list[float] = field(default_factory=list)  # reasons field, typing: keystroke → committed
    key_idle: list[float] = field(default_factory=list)  # the same from an idle window
    key_handled: list[float] = field(default_factory=list)  # reasons field: keystroke → key event handled
    projector: list[float] = field(default_factory=list)  # ProjectorController.refresh(), where it exists
    flushes: list[float] = field(default_factory=list)  # reasons field: the autosave's commit alone
    enter_to_commit: list[float] = field(default_factory=list)  # action field: Enter → committed
    enter_total: list[float] = field(default_factory=list)  # action field: Enter → page reloaded
    wall: list[float] = field(default_factory=list)  # decision typed → its text in the projector's window
    autosave_ms: int = 0


def _meeting_id(ctx: ServiceContext) -> int:
    editable = [
        m for m in meetings.list_meetings(ctx) if m.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
    ]
    if not editable:
        raise RuntimeError("the demo vault has no planned meeting")
    return editable[0].id


def _new_case(ctx: ServiceContext, meeting_id: int, pseudonym: str, contributions: int) -> tuple[int, int]:
    case_id = cases.create_case(
        ctx,
        CaseDraft(
            code=cases.suggest_code(ctx),
            pseudonym=pseudonym,
            phenomenon=Phenomenon.RADICALISM,
            registration_date=ctx.today() - timedelta(days=10),
            status=CaseStatus.SCREENING,
        ),
    )
    item_id = meetings.add_agenda_item(ctx, meeting_id, case_id)
    orgs = reference.list_organisations(ctx)
    domains = assessment.life_domains(ctx)
    for i in range(contributions):
        assessment.add_contribution(
            ctx,
            ContributionDraft(
                case_id=case_id,
                meeting_id=meeting_id,
                organisation_id=orgs[i % len(orgs)].id,
                life_domain=domains[(i // len(orgs)) % len(domains)],
                text=f"Bijdrage {i + 1}: de organisatie deelt wat zij weet over dit levensdomein; "
                "geen nieuwe signalen, de begeleiding loopt zoals afgesproken.",
                confirmed=i % 3 == 0,
                professional_secrecy=i % 7 == 0,
            ),
        )
    return case_id, item_id


def _acknowledge_all(ctx: ServiceContext, meeting_id: int) -> None:
    attendance.acknowledge_all_present(ctx, meeting_id)
    if not attendance.attendance_complete(ctx, meeting_id):
        raise RuntimeError("attendance is not complete: go_to_item would ask in a modal dialog")


def _wait_for(first_after: Callable[[float], float | None], t0: float, what: str) -> float:
    """Seconds from ``t0`` to the first stamp after it, running the event loop meanwhile."""
    while (stamp := first_after(t0)) is None:
        if time.perf_counter() - t0 > COMMIT_TIMEOUT:
            raise RuntimeError(f"{what} within {COMMIT_TIMEOUT:.0f} s")
        QTest.qWait(1)
    return stamp - t0


def _wait_for_commit(clock: CommitClock, t0: float) -> float:
    return _wait_for(clock.first_after, t0, "no commit after the keystroke")


def measure(cfg: Config, app: QApplication) -> MeetingTimes:
    from livcr_desktop.views.meeting.autosave import AUTOSAVE_MS
    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow

    times = MeetingTimes(autosave_ms=AUTOSAVE_MS)
    path = datagen.checkout(datagen.demo_vault_cheap(), cfg.work / "meeting")
    vault = unlock.open_vault(path, datagen.PASSPHRASE)
    ctx = ServiceContext(vault, vault.unlocked_by.user)
    try:
        meeting_id = _meeting_id(ctx)
        big_case, big_item = _new_case(ctx, meeting_id, "Benchmark 200", ASSESSMENT_CONTRIBUTIONS)
        _other_case, other_item = _new_case(ctx, meeting_id, "Benchmark 5", 5)
        _acknowledge_all(ctx, meeting_id)
        clock = CommitClock(vault)
        window = LiveMeetingWindow(ctx, meeting_id)
        window.show()
        app.processEvents()
        try:
            runs = max(cfg.runs, 3) if not cfg.quick else 1
            grid = getattr(window.case_page, "grid", window.case_page)
            painted = PaintClock(grid.viewport() if hasattr(grid, "viewport") else grid)
            for _ in range(runs + 1):  # the first is a warm-up
                window.go_to_item(other_item)
                QTest.qWait(IDLE_MS)
                t0 = time.perf_counter()
                window.go_to_item(big_item)
                times.opens_call.append(time.perf_counter() - t0)
                times.opens.append(_wait_for(painted.first_after, t0, "the assessment grid never painted"))
            times.opens.pop(0)
            times.opens_call.pop(0)

            page = window.case_page
            meeting_day = meetings.get_meeting(ctx, meeting_id).meeting_date
            decisions.record_decision(
                ctx,
                DecisionDraft(
                    case_id=big_case,
                    meeting_id=meeting_id,
                    decision_type=DecisionType.CONTINUE_FOLLOW_UP,
                    reasons="Opvolging loopt",
                    next_review_date=meeting_day + timedelta(days=28),
                ),
            )
            page.reload()
            if page.decision_form.decision_id is None:
                raise RuntimeError("the case page did not load the recorded decision")
            page.tabs.setCurrentIndex(2)
            page.decision_form.reasons.setFocus()
            page.decision_form.reasons.moveCursor(QTextCursor.MoveOperation.End)
            app.processEvents()
            keys = max(3, cfg.edits // 8)
            for _ in range(keys):  # from an idle window: nothing else queued on the event loop
                QTest.qWait(IDLE_MS)
                t0 = time.perf_counter()
                QTest.keyClicks(page.decision_form.reasons, "x")
                times.key_handled.append(time.perf_counter() - t0)
                times.key_idle.append(_wait_for_commit(clock, t0))
            QTest.qWait(IDLE_MS)
            typed: list[float] = []
            for _ in range(max(10, cfg.edits // 2)):  # steady typing: one key per TYPING_INTERVAL_MS
                typed.append(time.perf_counter())
                QTest.keyClicks(page.decision_form.reasons, "x")
                QTest.qWait(TYPING_INTERVAL_MS)
            for t0 in typed:
                times.key_to_commit.append(_wait_for_commit(clock, t0))
            projector = getattr(window, "projector", None)
            refresh = getattr(projector, "refresh", None)
            if callable(refresh):
                for _ in range(3):
                    QTest.qWait(IDLE_MS)
                    t0 = time.perf_counter()
                    refresh()
                    times.projector.append(time.perf_counter() - t0)
            if projector is not None and hasattr(projector, "set_enabled"):
                projector.set_enabled(True)  # the audience window (windowed on a single screen)
                audience = projector.audience
                for i in range(max(5, cfg.edits // 4)):
                    QTest.qWait(IDLE_MS)
                    marker = f"z{i}w"
                    t0 = time.perf_counter()
                    QTest.keyClicks(page.decision_form.reasons, marker)

                    def on_wall(m: str = marker) -> float | None:
                        return time.perf_counter() if m in audience.decisions.text() else None

                    deadline = t0 + 5.0
                    seen = None
                    while seen is None and time.perf_counter() < deadline:
                        app.processEvents()
                        seen = on_wall()
                    if seen is None:
                        raise RuntimeError("the typed decision never reached the projector")
                    times.wall.append(seen - t0)
                projector.set_enabled(False)
            for _ in range(cfg.edits):
                QTest.keyClicks(page.decision_form.reasons, "y")
                t0 = time.perf_counter()
                page.decision_form.reasons_save.flush()
                times.flushes.append(time.perf_counter() - t0)

            page.tabs.setCurrentIndex(3)
            page.action_form.owner.setCurrentIndex(1)
            app.processEvents()
            for i in range(max(3, cfg.edits // 4)):
                page.action_form.description.setText(f"Actie {i + 1}: huisbezoek plannen en terugkoppelen")
                t0 = time.perf_counter()
                QTest.keyClick(page.action_form.description, Qt.Key.Key_Return)
                times.enter_total.append(time.perf_counter() - t0)
                commit = clock.first_after(t0)
                if commit is None:
                    raise RuntimeError("Enter in the action field committed nothing (validation?)")
                times.enter_to_commit.append(commit - t0)
                app.processEvents()
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        vault.close()
    return times
