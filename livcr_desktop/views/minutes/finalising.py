"""Finalising from the minutes dialog: every character prints or is named first, every failure is said.

Characters no font of the PDF has (emoji, CJK, ...) print as U+FFFD (``reports.glyphs``). Before
finalising, the dialog collects the full minutes in the background and names them ("3 tekens kunnen
niet afgedrukt worden: …") in a warning the secretary answers with "Toch finaliseren" or "Annuleren";
while the meeting is closed but not finalised the state line names them too (checked once the
dialog is shown, without identities, so nothing is read that the audit trail would have to record).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton

from livcr_desktop.domain.enums import MeetingStatus
from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.reports.glyphs import unprintable_characters
from livcr_desktop.reports.model import Variant
from livcr_desktop.services import meetings, minutes, signatures
from livcr_desktop.views.minutes import wording
from livcr_desktop.views.minutes.signing import SigningDialog
from livcr_desktop.views.tasks import BackgroundTask

_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesDialog", text)


class FinalisingDialog(SigningDialog):
    finalise_button: QPushButton
    meeting: Any  # meetings.MeetingView, read again by _refresh_state
    finalise_error = ""  # why the last finalising failed, shown with the state
    unprintable: tuple[str, ...] = ()  # characters of the full minutes no font prints, named with the state
    printable_checked = False

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if not self.printable_checked and self.meeting.status is MeetingStatus.CLOSED:
            self.printable_checked = True
            QTimer.singleShot(0, self, self.check_printable)  # once the window is painted

    def check_printable(self) -> BackgroundTask[tuple[str, ...]]:
        """Which characters of the full minutes will not print, for the state line (in the background)."""
        ctx, meeting_id = self.ctx, self.meeting_id

        def found(chars: tuple[str, ...]) -> None:
            self.unprintable = chars
            self._refresh_state()

        def failed(exc: BaseException) -> None:
            _log.info("minutes dialog: printable check failed: %s", type(exc).__name__)  # finalising says why

        return BackgroundTask(
            self,
            lambda: tuple(unprintable_characters(minutes.collect(ctx, meeting_id, Variant.FULL))),
            found,
            failed,
            busy_cursor=False,
        ).start()

    def finalise(self) -> BackgroundTask[Any]:
        """Name what will not print (checked in the background), ask, then finalise in the background.

        A meeting that is not closed goes straight to the service, which refuses it: the message says why.
        """
        ctx, meeting_id, identity = self.ctx, self.meeting_id, self.identity.isChecked()
        if self.meeting.status is not MeetingStatus.CLOSED:
            return self._finalise_now(identity)
        return self._run(
            _t("Het verslag wordt nagekeken…"),
            lambda: tuple(
                unprintable_characters(minutes.collect(ctx, meeting_id, Variant.FULL, include_identity=identity))
            ),
            lambda chars: self._confirm(chars, identity),
            self._finalise_failed,
        )

    def _confirm(self, chars: tuple[str, ...], identity: bool) -> None:
        if chars != self.unprintable:
            self.unprintable = chars
            self._refresh_state()
        lock_note = _t("Na het finaliseren is de vergadering vergrendeld; correcties worden een addendum.")
        if chars:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                _t("Tekens die niet afgedrukt worden"),
                wording.unprintable_text(chars) + "\n\n" + lock_note + " " + _t("Toch finaliseren?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("unprintableWarning")
            box.button(QMessageBox.StandardButton.Yes).setText(_t("Toch &finaliseren"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            agreed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            box.deleteLater()
        else:
            answer = QMessageBox.question(self, _t("Verslag finaliseren"), lock_note + " " + _t("Doorgaan?"))
            agreed = answer == QMessageBox.StandardButton.Yes
        if not agreed:
            self.outcome = None  # nothing was done
            return
        self._finalise_now(identity)

    def _finalise_now(self, identity: bool) -> BackgroundTask[minutes.MinutesDocumentInfo]:
        ctx, meeting_id = self.ctx, self.meeting_id

        def finalised(info: minutes.MinutesDocumentInfo) -> None:
            self.finalise_error = ""
            self._refresh_state()
            self.message.setText(_t("Gefinaliseerd. SHA-256: {hash}").format(hash=info.sha256))

        return self._run(
            _t("Het verslag wordt gefinaliseerd…"),
            lambda: signatures.finalise_minutes(ctx, meeting_id, include_identity=identity),
            finalised,
            self._finalise_failed,
        )

    def _finalise_failed(self, exc: BaseException) -> bool:
        """Every failure says why, in the message and in the state (never a silent "not finalised")."""
        expected = signatures.MeetingNotClosedError | meetings.MeetingLockedError | PermissionDenied
        if isinstance(exc, minutes.MinutesRenderError):
            _log.info("minutes dialog: the minutes could not be laid out: %s", exc.detail.split(":", 1)[0])
        elif not isinstance(exc, expected):
            _log.error("minutes dialog: finalising failed: %s", type(exc).__name__)
        self.finalise_error = wording.finalise_failure(exc)
        self._refresh_state()
        self.message.setText(self.finalise_error)
        return True
