"""The second tab of the case page: concern level, risk and protective factors of one life domain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from livcr_desktop.domain.meeting import DomainRow
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import assessment
from livcr_desktop.views.meeting.autosave import Autosave
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand
from livcr_desktop.views.meeting.undo_commands import SetConcernLevel, execute
from livcr_desktop.views.widgets import labels
from livcr_desktop.views.widgets.long_text import with_counter
from livcr_desktop.views.widgets.messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingPages", text)


class DomainForm(QWidget):
    """The domain of the grid's current row (:meth:`show_row`); disabled while no row is chosen.

    A concern level is undoable; the factors are committed as they are typed.
    """

    def __init__(self, case: CaseAtHand, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.row: DomainRow | None = None  # the domain shown
        self._domain_key: str | None = None  # the domain the typed factors belong to
        f = QFormLayout(self)
        self.heading = QLabel(_t("Kies een levensdomein in het rooster."))
        self.heading.setObjectName("domainName")
        f.addRow(self.heading)
        level_row = QHBoxLayout()
        self.level = QComboBox()
        self.level.setObjectName("concernLevel")
        self.level.setAccessibleName(_t("Bezorgdheid"))
        for lvl, text in ((0, _t("0 geen/onbekend")), (1, _t("1 laag")), (2, _t("2 matig")), (3, _t("3 hoog"))):
            self.level.addItem(text, lvl)
        self.previous = QLabel()
        self.previous.setObjectName("previousLevel")
        level_row.addWidget(self.level)
        level_row.addWidget(self.previous)
        level_row.addStretch(1)
        f.addRow(_t("Bezorgdheid:"), level_row)
        self.risk = QPlainTextEdit()
        self.risk.setObjectName("riskFactors")
        self.risk.setAccessibleName(_t("Risicofactoren"))
        self.risk.setTabChangesFocus(True)
        self.protective = QPlainTextEdit()
        self.protective.setObjectName("protectiveFactors")
        self.protective.setAccessibleName(_t("Beschermende factoren"))
        self.protective.setTabChangesFocus(True)
        f.addRow(_t("Risicofactoren:"), with_counter(self.risk))
        f.addRow(_t("Beschermende factoren:"), with_counter(self.protective))
        self.level.activated.connect(self.level_chosen)
        self.risk_save = Autosave(self.risk, lambda text: self._save_text(risk=text))
        self.protective_save = Autosave(self.protective, lambda text: self._save_text(protective=text))
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for wdg in (self.level, self.risk, self.protective):
            wdg.setEnabled(enabled)

    def show_row(self, row: DomainRow | None) -> None:
        """Show this domain (None: no cell chosen); factors typed for the previous one are committed first."""
        self.row = row
        if row is None:
            self._set_enabled(False)
            return
        self.flush()
        self._domain_key = row.life_domain
        self._set_enabled(True)
        self.heading.setText(labels.life_domain(row.life_domain))
        self.level.setCurrentIndex(row.concern_level or 0)
        self.previous.setText(
            _t("vorige vergadering: {lvl}").format(lvl="–" if row.previous_level is None else row.previous_level)
        )
        self.risk_save.set_text(row.risk_factors)
        self.protective_save.set_text(row.protective_factors)

    def level_chosen(self, _index: int) -> None:
        row, case_id = self.row, self.case.case_id
        if row is None or case_id is None:
            return
        old = row.concern_level
        new = int(self.level.currentData())
        if old != new:
            execute(
                self.case.undo,
                SetConcernLevel(
                    self.case.ctx, case_id, self.case.meeting_id, row.life_domain, old, new, self.case.after
                ),
            )

    def _save_text(self, risk: str | None = None, protective: str | None = None) -> None:
        if self.case.case_id is None or not self._domain_key:
            return
        try:
            assessment.set_domain_assessment(
                self.case.ctx,
                self.case.case_id,
                self.case.meeting_id,
                self._domain_key,
                risk_factors=risk,
                protective_factors=protective,
            )
        except ValidationError as exc:  # too long: the text stays on screen, the stored one unchanged
            self.heading.setText(validation_message(exc.issues[0]))
            return
        self.case.changed()

    def flush(self) -> None:
        self.risk_save.flush()
        self.protective_save.flush()
