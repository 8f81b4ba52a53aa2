"""A gap in the audit trail, reported to the chair: the banner's text and the acknowledgement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import audit_log
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.task_dialog import message_label, show_message
from livcr_desktop.views.widgets import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


def _local_time_text(recorded_at: str) -> str:
    """An ISO time (UTC when it names no zone) as the interface shows times: dd/mm/yyyy HH:MM, local."""
    try:
        at = datetime.fromisoformat(recorded_at)
    except ValueError:
        return recorded_at[:16].replace("T", " ") or "?"
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = at.astimezone()
    return f"{labels.date_text(local.date())} {local:%H:%M}"


def truncation_banner_text(truncations: Sequence[audit_log.Truncation]) -> str:
    """One line for the chair: how many events are missing since when (the first open truncation)."""
    first = truncations[0]
    since = _local_time_text(first.recorded_at)
    if first.missing:
        text = QCoreApplication.translate(
            "AdminDialogs", "Audittrail onvolledig: %n gebeurtenissen ontbreken sinds {since}.", None, first.missing
        ).format(since=since)
    else:
        text = _t("Audittrail onvolledig: gebeurtenissen werden herschreven sinds {since}.").format(since=since)
    if len(truncations) > 1:
        text += " " + QCoreApplication.translate("AdminDialogs", "(%n meldingen.)", None, len(truncations))
    return text


class AcknowledgeTruncationDialog(QDialog):
    """The chair acknowledges a reported gap in the audit trail, with a reason (which is audited)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.acknowledged = 0
        self.setObjectName("acknowledgeTruncationDialog")
        self.setMinimumWidth(520)  # room for the title and the reason
        self.setWindowTitle(_t("Onvolledige audittrail bevestigen — LIVC-R Desktop"))
        layout = QVBoxLayout(self)
        opened = audit_log.open_truncations(ctx.vault)
        intro = QLabel((truncation_banner_text(opened) + " ") if opened else "")
        intro.setText(intro.text() + _t("Geef de reden op; de bevestiging komt zelf in de audittrail."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reason_label = QLabel(_t("&Reden:"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(_t("Reden van de bevestiging"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.error = message_label("errorLabel")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_t("&Bevestigen"))
        ok.setObjectName("acknowledgeButton")
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.acknowledge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.setFocus()  # the chair types the reason at once

    def acknowledge(self) -> None:
        try:
            self.acknowledged = audit_log.acknowledge_truncations(self.ctx, self.reason.text())
        except PermissionDenied:
            show_message(self.error, _t("Alleen de voorzitter kan dit bevestigen."), True)
            return
        except ValueError:
            show_message(self.error, _t("Geef een reden op."), True)
            return
        self.accept()
