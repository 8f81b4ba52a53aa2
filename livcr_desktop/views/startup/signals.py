"""A clean end on SIGTERM, SIGHUP and SIGINT: the windows close the way "Afsluiten" closes them."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

_log = logging.getLogger(__name__)

# Signals that end the session the way the "Afsluiten" menu does: windows closed, audit head
# recorded, WAL checkpointed, exit code 0. SIGTERM is what a desktop logout or a shutdown sends;
# SIGHUP a closed terminal; SIGINT a Ctrl-C in the terminal the app was started from.
QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class SignalQuit(QObject):
    """Turn SIGTERM, SIGHUP and SIGINT into a clean quit inside the Qt event loop.

    Python runs a signal handler only when the interpreter gets control, and in a Qt event loop it
    may not for a long time. The C-level handler writes the signal number to a pipe
    (``signal.set_wakeup_fd``; a pipe, not a socket pair: the app imports no network module); a
    ``QSocketNotifier`` on the other end wakes the loop and runs a
    Python slot, and with it the Python handler. The handler only schedules ``on_signal`` (never
    runs it in the middle of whatever Python code was interrupted, such as a transaction).
    """

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        from PySide6.QtCore import QSocketNotifier

        super().__init__(parent)
        self.on_signal = on_signal
        self.received: list[int] = []
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in QUIT_SIGNALS}

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._reader, 4096)  # the Python handler has run by now (before this line)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        from PySide6.QtCore import QTimer

        first = not self.received
        self.received.append(signum)
        if first:
            QTimer.singleShot(0, self._fire)

    def _fire(self) -> None:
        _log.info("signal %s: closing the vault and quitting", self.received[0])
        self.on_signal()

    def uninstall(self) -> None:
        """Restore the previous handlers and wake-up fd (idempotent)."""
        if not self._previous:
            return
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for fd in (self._reader, self._writer):
            with contextlib.suppress(OSError):
                os.close(fd)


def install_signal_quit(app: QApplication) -> SignalQuit | None:
    """Quit ``app`` through its normal close path on SIGTERM, SIGHUP or SIGINT (None off the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def quit_cleanly() -> None:
        app.closeAllWindows()  # the main window closes the vault (audit head, WAL checkpoint)
        app.quit()  # also ends a dialog's own event loop

    return SignalQuit(quit_cleanly, app)
