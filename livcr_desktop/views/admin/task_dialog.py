"""What the "Beheer" dialogs share: slow operations off the GUI thread, a question before anything
that cannot be undone, and a message line that turns red for an error.

The administration modules share one translation context, "AdminDialogs".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from shiboken6 import isValid

from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.contrast import alert_style

T = TypeVar("T")
_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


def message_label(name: str = "messageLabel") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    label.setStyleSheet(alert_style() if error else "")
    label.setText(text)


class TaskDialog(QDialog):
    """A dialog whose slow operations run off the GUI thread (:class:`BackgroundTask`).

    While one runs the whole dialog is disabled (nothing that would conflict, and no other query
    while the key is rotated: ``Vault.rekey`` disposes the engine), the cursor is busy and a status
    text says what is going on. ``outcome`` is True after a success, False after a failure or a
    refusal, None while running (tests wait for ``tasks.running_tasks() == 0`` and read it).
    """

    task: BackgroundTask[Any] | None = None
    outcome: bool | None = None

    def _run(
        self,
        label: QLabel,
        busy_text: str,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], bool],
    ) -> BackgroundTask[T]:
        """``on_failure`` shows the message for the errors it knows and returns True; others get a general one."""
        self.outcome = None
        show_message(label, busy_text)
        self.setEnabled(False)

        def succeeded(result: T) -> None:
            if not isValid(self):  # closed and deleted meanwhile: nothing to show
                return
            self.setEnabled(True)
            self.outcome = True
            show_message(label, "")  # the busy text goes; the result says what happened
            on_success(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.setEnabled(True)
            self.outcome = False
            show_message(label, "")
            if not on_failure(exc):
                _log.error("%s: background operation failed: %s", type(self).__name__, type(exc).__name__)
                show_message(
                    label,
                    _t("De bewerking is mislukt ({error}). Er is niets gewijzigd.").format(error=type(exc).__name__),
                    True,
                )

        # No parent for the task: BackgroundTask would connect to this dialog's ``destroyed`` with a plain
        # Python callable, and PySide6 then fails every later disconnect from that signal during its emission
        # (pytest-qt's ``waitSignal(dialog.destroyed)``); the callbacks above check the dialog instead.
        task = BackgroundTask(None, fn, succeeded, failed)
        self.task = task
        return task.start()

    def _refused(self) -> None:
        """The operation did not start (cancelled, nothing chosen): say so to whoever waits for it."""
        self.outcome = False

    def confirm(self, name: str, title: str, text: str, yes: str) -> bool:
        """A question with a named box (tests find it by ``name``); True when the user chose ``yes``.

        The one place every irreversible step of these dialogs asks: the benchmarks answer it by
        replacing ``TaskDialog.confirm``."""
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        yes_button.setObjectName("yesButton")
        no_button = box.addButton(_t("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        no_button.setObjectName("noButton")
        box.setDefaultButton(no_button)
        box.exec()
        result = box.clickedButton() is yes_button
        box.deleteLater()
        return result
