"""Slow work off the GUI thread: Argon2 unlock, backups, key rotation, imports, rendering, signing.

Modelled on anki's ``QueryOp``: a function runs in Qt's global thread pool; its result or its
exception comes back on the GUI thread through a queued signal, where ``on_success`` or
``on_failure`` runs. Meanwhile the window keeps painting; the caller disables what would conflict
(``busy_widgets``) and shows a busy cursor, both restored when the work ends, whatever its outcome.

    BackgroundTask(self, lambda: backup.create_backup(ctx), on_success=self.show_result,
                   on_failure=self.show_error, busy_widgets=[self.buttons]).start()

Rules for the function: it must not touch any widget (it runs in another thread); it may use the
vault (the SQLCipher engine hands every thread its own connection) and services. The callbacks run
on the GUI thread and may touch widgets. A task whose parent widget was deleted drops its result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
_log = logging.getLogger(__name__)

# Tasks not yet finished, so neither the Python wrapper nor its bridge is collected mid-flight.
_RUNNING: set[BackgroundTask[Any]] = set()


class _Bridge(QObject):
    """Lives on the GUI thread: the worker emits ``finished``; Qt queues :meth:`deliver` to this thread."""

    finished = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, receiver: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._receiver = receiver
        self.parent_gone = False
        self.finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def deliver(self, result: Any, exc: BaseException | None) -> None:
        self._receiver(result, exc)

    @Slot()
    def forget_parent(self) -> None:
        # A slot of a QObject, not a plain Python callable: Python connections to ``destroyed`` would
        # make later disconnects from that signal fail (pytest-qt's waitSignal(dialog.destroyed)).
        self.parent_gone = True


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._bridge = bridge

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to on_failure on the GUI thread
            self._bridge.finished.emit(None, exc)
        else:
            self._bridge.finished.emit(result, None)


class BackgroundTask(Generic[T]):
    """Run ``fn`` off the GUI thread; then ``on_success(result)`` or ``on_failure(exc)`` on it."""

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        busy_widgets: Iterable[QWidget] = (),
        busy_cursor: bool = True,
    ) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._busy = [w for w in busy_widgets if w is not None]
        self._was_enabled: list[bool] = []
        self._busy_cursor = busy_cursor
        self._bridge = _Bridge(self._done)
        if parent is not None:
            parent.destroyed.connect(self._bridge.forget_parent)
        self.running = False

    def start(self) -> BackgroundTask[T]:
        if self.running:
            raise RuntimeError("task already running")
        self.running = True
        _RUNNING.add(self)
        self._was_enabled = [w.isEnabled() for w in self._busy]
        for w in self._busy:
            w.setEnabled(False)
        if self._busy_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        QThreadPool.globalInstance().start(_Runnable(self._fn, self._bridge))
        return self

    def _done(self, result: Any, exc: BaseException | None) -> None:
        self.running = False
        _RUNNING.discard(self)
        if self._busy_cursor:
            QGuiApplication.restoreOverrideCursor()
        if self._bridge.parent_gone:
            return
        for w, enabled in zip(self._busy, self._was_enabled, strict=True):
            w.setEnabled(enabled)
        if exc is None:
            self._on_success(result)
        elif self._on_failure is not None:
            self._on_failure(exc)
        else:
            _log.error("background task failed: %s", type(exc).__name__)


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    busy_widgets: Iterable[QWidget] = (),
) -> BackgroundTask[T]:
    """Shorthand: build a :class:`BackgroundTask` and start it."""
    return BackgroundTask(parent, fn, on_success, on_failure, busy_widgets).start()


def running_tasks() -> int:
    """How many tasks have not reported back yet (tests wait for 0)."""
    return len(_RUNNING)
