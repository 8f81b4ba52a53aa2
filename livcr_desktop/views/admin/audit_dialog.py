"""The audit trail: whether its hash chain is intact (and where it first breaks) and the latest events."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import audit_log
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.admin_models import AuditEventModel, table_view
from livcr_desktop.views.admin.audit_truncation import AcknowledgeTruncationDialog
from livcr_desktop.views.admin.task_dialog import TaskDialog, message_label, show_message
from livcr_desktop.views.tasks import BackgroundTask


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


def problem_text(problem: audit_log.ChainProblem) -> str:
    n = problem.event_id
    return {
        "changed": _t("Gebeurtenis {n} is achteraf gewijzigd."),
        "missing": _t("Vóór gebeurtenis {n} ontbreekt een gebeurtenis."),
        "link": _t("De schakel naar gebeurtenis {n} klopt niet: er is een gebeurtenis verwijderd of verplaatst."),
        "truncated": _t("De gebeurtenissen vanaf nummer {n} ontbreken aan het einde van de audittrail."),
        "rewritten": _t("Gebeurtenis {n} is niet meer dezelfde als vastgelegd: de audittrail is herschreven."),
        "head_forged": _t("Het vastgelegde eindpunt van de audittrail in het sleutelbestand is gewijzigd."),
        "backup_differs": _t("Gebeurtenis {n} verschilt van dezelfde gebeurtenis in een back-up."),
        "truncation_recorded": _t(
            "Gebeurtenis {n} meldt ontbrekende gebeurtenissen; een beheerder heeft dat nog niet bevestigd."
        ),
    }.get(problem.code, _t("De audittrail klopt niet bij gebeurtenis {n}.")).format(n=n)


class AuditDialog(TaskDialog):
    """The audit chain's status (and the first broken link) and the latest events."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, limit: int = 500) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.check: audit_log.AuditCheck | None = None
        self.setObjectName("auditDialog")
        self.setWindowTitle(_t("Audittrail — LIVC-R Desktop"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.status = message_label("statusLabel")
        layout.addWidget(self.status)
        self.model = AuditEventModel(self)
        self.table = table_view("auditTable", self.model)
        self.table.setAccessibleName(_t("Gebeurtenissen van de audittrail"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.verify_button = QPushButton(_t("Opnieuw &controleren"))
        self.verify_button.setObjectName("verifyButton")
        self.goto_button = QPushButton(_t("Naar de eerste &breuk"))
        self.goto_button.setObjectName("gotoBrokenButton")
        self.acknowledge_button = QPushButton(_t("Onvolledigheid b&evestigen…"))
        self.acknowledge_button.setObjectName("acknowledgeTruncationButton")
        row.addWidget(self.verify_button)
        row.addWidget(self.goto_button)
        row.addWidget(self.acknowledge_button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.verify_button.clicked.connect(self.verify)
        self.goto_button.clicked.connect(self.goto_broken)
        self.acknowledge_button.clicked.connect(self.acknowledge_truncations)
        self.verify()

    def acknowledge_truncations(self) -> int:
        dialog = AcknowledgeTruncationDialog(self.ctx, self)
        dialog.exec()
        if dialog.acknowledged:
            self.verify()
        return dialog.acknowledged

    def verify(self) -> BackgroundTask[tuple[audit_log.AuditCheck, list[audit_log.AuditRow]]]:
        """Check the chain and read the latest events in the background; then show both."""
        ctx, limit = self.ctx, self.limit

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, PermissionDenied):
                show_message(self.status, _t("Alleen de voorzitter bekijkt de audittrail."), True)
                return True
            return False

        return self._run(
            self.status,
            _t("De audittrail wordt gecontroleerd…"),
            lambda: (audit_log.check_chain(ctx), audit_log.recent_events(ctx, limit)),
            self._checked,
            failed,
        )

    def _checked(self, found: tuple[audit_log.AuditCheck, list[audit_log.AuditRow]]) -> None:
        check, rows = found
        self.check = check
        self.model.show(rows, check.first_broken_id)
        if check.ok:
            text = QCoreApplication.translate(
                "AdminDialogs", "De audittrail is intact: %n gebeurtenissen, elke schakel klopt.", None, check.events
            )
            if check.backups_checked:
                text += " " + QCoreApplication.translate(
                    "AdminDialogs", "Vergeleken met %n back-ups.", None, check.backups_checked
                )
            show_message(self.status, text)
        else:
            assert check.first is not None
            text = _t("De audittrail is NIET intact.") + " " + problem_text(check.first)
            if len(check.problems) > 1:
                text += " " + QCoreApplication.translate(
                    "AdminDialogs", "(%n bevindingen in totaal.)", None, len(check.problems)
                )
            show_message(self.status, text, True)
        self.goto_button.setEnabled(check.first_broken_id is not None)
        self.acknowledge_button.setEnabled(any(p.code == "truncation_recorded" for p in check.problems))
        if check.first_broken_id is not None:
            self.goto_broken()

    def goto_broken(self) -> None:
        if self.check is None or self.check.first_broken_id is None:
            return
        row = self.model.row_of(self.check.first_broken_id)
        if row is None:  # truncated at the end, or older than the rows shown
            row = 0 if self.model.rowCount() else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
