"""Slow exchange work (export, checking a file, import) off the GUI thread, with the dialog disabled."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from livcr_desktop.views.tasks import BackgroundTask

T = TypeVar("T")
_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialogs", text)


def start_in_background(
    owner: QWidget,
    busy: QLabel,
    busy_text: str,
    fn: Callable[[], T],
    on_success: Callable[[T], bool],
    on_failure: Callable[[BaseException], bool | None],
) -> BackgroundTask[T]:
    """Run ``fn`` off the GUI thread (:class:`BackgroundTask`) with ``owner`` disabled, a busy cursor and
    ``busy_text`` in ``busy``; then ``on_success(result)`` or ``on_failure(exc)`` on the GUI thread.

    Both callbacks return the outcome (True: done, False: refused or failed), kept in ``owner.outcome``
    for whoever waits (tests wait for ``tasks.running_tasks() == 0``). ``on_failure`` returns None for
    an error it does not know: a general message is shown. Nothing is delivered to a deleted ``owner``.
    """
    setattr(owner, "outcome", None)  # noqa: B010 - every dialog here has it
    busy.setText(busy_text)
    owner.setEnabled(False)

    def succeeded(result: T) -> None:
        if isValid(owner):
            owner.setEnabled(True)
            busy.clear()  # the busy text goes; the result says what happened
            setattr(owner, "outcome", on_success(result))  # noqa: B010

    def failed(exc: BaseException) -> None:
        if not isValid(owner):
            return
        owner.setEnabled(True)
        busy.clear()
        known = on_failure(exc)
        if known is None:
            _log.error("%s: background operation failed: %s", type(owner).__name__, type(exc).__name__)
            busy.setText(_t("Dit is mislukt ({error}); er is niets gewijzigd.").format(error=type(exc).__name__))
        setattr(owner, "outcome", False)  # noqa: B010

    # No parent for the task: it would connect to ``owner.destroyed`` with a Python callable, which makes
    # PySide6 fail later disconnects from that signal (pytest-qt's waitSignal); isValid() guards instead.
    return BackgroundTask(None, fn, succeeded, failed).start()
