"""Run something once a widget has been painted for the first time.

``QTimer.singleShot(0, ...)`` right after ``show()`` usually fires *before* the first paint (the
paint is a posted update request); work that can wait for the user to see the window waits for
the paint event instead, with a fallback timer in case the widget is never painted (hidden, minimised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._callback = widget, callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._done:
            # Two ticks: the first lets this paint finish and reach the screen, the second lets whatever
            # else waited for it (other filters' zero timers) go first.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._run))
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the event-loop tick after ``widget``'s first paint (at the latest after
    :data:`FALLBACK_MS`)."""
    _AfterFirstPaint(widget, callback)
