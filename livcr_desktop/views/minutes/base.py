"""The minutes dialog's frame: its widgets as its parts know them, and work off the GUI thread.

``MinutesDialog`` (``minutes_dialog.py``) builds the widgets; ``SigningDialog`` (``signing.py``) signs
and verifies; this base runs their slow work in the background with one busy state and one message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QGroupBox, QLabel, QPushButton, QWidget

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import signatures
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.tasks import BackgroundTask
from livcr_desktop.views.widgets.messages import file_error_message

T = TypeVar("T")
_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


class MinutesDialogBase(QDialog):
    """What the parts share; the widgets are made by ``MinutesDialog.__init__``."""

    ctx: ServiceContext
    meeting_id: int
    message: QLabel
    choose_box: QGroupBox
    final_box: QGroupBox
    preview_button: QPushButton
    print_button: QPushButton
    save_button: QPushButton
    sign_button: QPushButton
    token_button: QPushButton
    addendum_button: QPushButton
    verify_button: QPushButton
    identity: QCheckBox
    trust_roots: list[bytes]  # DER certificates whose signers the verification trusts
    last_verdict: signatures.Verdict | None
    task: BackgroundTask[Any] | None
    outcome: bool | None  # True after a success, False after a failure (tests read it)
    # Enables the buttons for the meeting's state; ``MinutesDialog`` defines it (a declaration, so a part
    # calling it is type-checked, and no base body that could run by mistake).
    _refresh_state: Callable[[], None]

    def _run(
        self,
        busy_text: str,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], bool] | None = None,
    ) -> BackgroundTask[T]:
        """Run ``fn`` in the background: every action disabled, a busy cursor and ``busy_text`` meanwhile.

        ``on_failure`` shows the message for the errors it knows and returns True; others get a
        generic message. ``self.outcome`` is True after a success, False after a failure (tests read it).
        """
        self.outcome = None
        self.message.setText(busy_text)

        def succeeded(result: T) -> None:
            self.outcome = True
            self.message.clear()  # the busy text goes; the result says what happened
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.outcome = False
            self.message.clear()
            if on_failure is not None and on_failure(exc):
                return
            if isinstance(exc, PermissionDenied):
                self.message.setText(_t("Uw rol laat dit niet toe."))
            elif isinstance(exc, OSError):
                self.message.setText(_t("Niet gelukt: {error}").format(error=file_error_message(exc)))
            else:
                _log.error("minutes dialog: %s failed: %s", busy_text, type(exc).__name__)
                self.message.setText(_t("Dit is mislukt ({error}).").format(error=type(exc).__name__))

        self.task = BackgroundTask(self, fn, succeeded, failed, busy_widgets=self.busy_widgets)
        return self.task.start()

    @property
    def busy_widgets(self) -> list[QWidget]:
        """What would conflict with work in progress: every choice and every action of the dialog."""
        return [
            self.choose_box,
            self.preview_button,
            self.print_button,
            self.save_button,
            self.final_box,
        ]
