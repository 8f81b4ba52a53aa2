"""What needs the chair's attention in the main window: the audit-gap banner above the case list and
the overdue counts in the status bar.

All three are real buttons: a link inside a label takes two Tab presses to reach and shows no focus.
Each count is disabled (out of the Tab chain) while there is nothing overdue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import audit_log
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.widgets.contrast import alert_style


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainAlerts(QObject):
    acknowledge_requested = Signal()  # the chair chose to acknowledge the audit gap
    overdue_cases_requested = Signal()
    overdue_actions_requested = Signal()

    def __init__(self, ctx: ServiceContext, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.ctx = ctx
        self.banner = QWidget()
        self.banner.setObjectName("auditBanner")
        row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("auditBannerText")
        self.banner_text.setWordWrap(True)
        row.addWidget(self.banner_text, 1)
        self.banner_button = QPushButton(_t("Bevestigen met een reden…"))
        self.banner_button.setObjectName("auditBannerButton")
        self.banner_button.clicked.connect(lambda _checked=False: self.acknowledge_requested.emit())
        row.addWidget(self.banner_button)
        self.banner.hide()
        self.overdue_cases = self._status_button(status_bar, "overdueLabel", self.overdue_cases_requested)
        self.overdue_cases.setToolTip(_t("Casussen waarvan de volgende bespreking voorbij is"))
        self.overdue_actions = self._status_button(status_bar, "overdueActionsLabel", self.overdue_actions_requested)
        self.overdue_actions.setToolTip(_t("Open of lopende acties waarvan de deadline verstreken is"))

    @staticmethod
    def _status_button(status_bar: QStatusBar, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFlat(True)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: signal.emit())
        status_bar.addPermanentWidget(button)
        return button

    def update_banner(self) -> None:
        """For the chair: the banner shows while the audit trail has a reported, unacknowledged gap."""
        opened = audit_log.open_truncations(self.ctx.vault) if self.ctx.may(Permission.ADMINISTER) else []
        if not opened:
            self.banner.hide()
            return
        from livcr_desktop.views.admin.audit_truncation import truncation_banner_text

        self.banner_text.setText(truncation_banner_text(opened))
        self.banner_text.setStyleSheet(alert_style(True))
        self.banner.show()

    def set_overdue_cases(self, n: int) -> None:
        self.overdue_cases.setText(_t("Achterstallige besprekingen: {n}").format(n=n) if n else "")
        self.overdue_cases.setVisible(n > 0)

    def set_overdue_actions(self, n: int) -> None:
        self.overdue_actions.setText(
            _t("Achterstallige acties: {n}").format(n=n) if n else _t("Geen achterstallige acties")
        )
        self.overdue_actions.setEnabled(n > 0)
