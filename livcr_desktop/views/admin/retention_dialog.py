"""Closed cases past the cell's retention period, erased or anonymised after a question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from livcr_desktop.domain.roles import PermissionDenied
from livcr_desktop.services import retention
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.admin_models import DueCaseModel, table_view
from livcr_desktop.views.admin.task_dialog import TaskDialog, message_label, show_message
from livcr_desktop.views.tasks import BackgroundTask


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminDialogs", text)


_Retained = tuple[retention.RetentionResult, int, list[retention.DueCase]]  # the result, the period, the new list


class RetentionDialog(TaskDialog):
    """Closed cases past the cell's retention period; erase or anonymise the selected ones."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_result: retention.RetentionResult | None = None
        self.setObjectName("retentionDialog")
        self.setWindowTitle(_t("Bewaartermijn — LIVC-R Desktop"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        years_label = QLabel(_t("&Bewaartermijn van afgesloten casussen:"))
        self.years = QSpinBox()
        self.years.setObjectName("yearsSpin")
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.years.setSuffix(_t(" jaar"))
        years_label.setBuddy(self.years)
        self.years_button = QPushButton(_t("Opslaan"))
        self.years_button.setObjectName("yearsSaveButton")
        row.addWidget(years_label)
        row.addWidget(self.years)
        row.addWidget(self.years_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        layout.addWidget(self.count_label)
        self.model = DueCaseModel(self)
        self.table = table_view("dueTable", self.model, multi=True)
        self.table.setAccessibleName(_t("Casussen voorbij de bewaartermijn"))
        layout.addWidget(self.table)
        note = QLabel(
            _t(
                "Wissen verwijdert de casus en alles erover (inbreng, inschattingen, beslissingen, acties, "
                "agendapunten, uitnodigingen, terugkoppelingen). Anonimiseren wist identiteit, pseudoniem en alle "
                "teksten, maar houdt code, data en kwalificaties voor statistiek. Gefinaliseerde verslagen blijven "
                "het officiële verslag van de cel en worden niet gewijzigd; de kolom toont in hoeveel ervan de "
                "casus voorkomt. Oudere back-ups bevatten de casus tot ze vervangen worden."
            )
        )
        note.setObjectName("retentionNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        self.erase_button = QPushButton(_t("&Wissen…"))
        self.erase_button.setObjectName("eraseButton")
        self.anonymise_button = QPushButton(_t("&Anonimiseren…"))
        self.anonymise_button.setObjectName("anonymiseButton")
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = message_label()
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.years_button.clicked.connect(self.save_years)
        self.erase_button.clicked.connect(lambda: self.apply("erase"))
        self.anonymise_button.clicked.connect(lambda: self.apply("anonymise"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self._fill(retention.retention_years(self.ctx), retention.due_cases(self.ctx))

    def _fill(self, years: int, due: list[retention.DueCase]) -> None:
        self.years.setValue(years)
        self.model.set_rows(due)
        self.count_label.setText(
            QCoreApplication.translate(
                "AdminDialogs",
                "%n afgesloten casussen voorbij de termijn van {years} jaar.",
                None,
                self.model.rowCount(),
            ).format(years=self.years.value())
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.erase_button.setEnabled(chosen)
        self.anonymise_button.setEnabled(chosen)

    def save_years(self) -> None:
        try:
            retention.set_retention_years(self.ctx, self.years.value())
        except PermissionDenied:
            show_message(self.message, _t("Alleen de voorzitter wijzigt de bewaartermijn."), True)
            return
        self.refresh()

    def selected_cases(self) -> list[retention.DueCase]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def apply(self, action: str) -> BackgroundTask[_Retained] | None:
        chosen = self.selected_cases()
        if not chosen:
            self._refused()
            return None
        codes = ", ".join(c.code for c in chosen)
        minutes = sum(c.minutes_meetings for c in chosen)
        if action == "erase":
            title = _t("Casussen wissen")
            text = QCoreApplication.translate(
                "AdminDialogs",
                "%n casussen en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.",
                None,
                len(chosen),
            ).format(codes=codes)
            yes = _t("Definitief &wissen")
        else:
            title = _t("Casussen anonimiseren")
            text = QCoreApplication.translate(
                "AdminDialogs",
                "Identiteit, pseudoniem en alle teksten van %n casussen definitief wissen: {codes}? "
                "Code, data en kwalificaties blijven.",
                None,
                len(chosen),
            ).format(codes=codes)
            yes = _t("Definitief &anonimiseren")
        if minutes:
            text += " " + QCoreApplication.translate(
                "AdminDialogs",
                "Ze staan in %n gefinaliseerde verslagen; die blijven ongewijzigd bewaard.",
                None,
                minutes,
            )
        if not self.confirm("confirmRetention", title, text, yes):
            self._refused()
            return None
        ids, ctx = [c.id for c in chosen], self.ctx
        fn = retention.erase_cases if action == "erase" else retention.anonymise_cases

        def work() -> _Retained:
            result = fn(ctx, ids)
            return result, retention.retention_years(ctx), retention.due_cases(ctx)  # the list, read here too

        def done(found: _Retained) -> None:
            result, years, due = found
            self.last_result = result
            done = _t("Gewist: {codes}.") if action == "erase" else _t("Geanonimiseerd: {codes}.")
            text = done.format(codes=", ".join(result.codes))
            if result.minutes_kept:
                text += " " + QCoreApplication.translate(
                    "AdminDialogs",
                    "De gefinaliseerde verslagen van %n vergaderingen vermelden ze nog.",
                    None,
                    result.minutes_kept,
                )
            show_message(self.message, text)
            self._fill(years, due)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, retention.NotDueError):
                show_message(
                    self.message,
                    _t("Een gekozen casus is niet (meer) voorbij de termijn. Er is niets gewijzigd."),
                    True,
                )
                self.refresh()
                return True
            if isinstance(exc, PermissionDenied):
                show_message(self.message, _t("Alleen de voorzitter wist of anonimiseert casussen."), True)
                return True
            return False

        busy = _t("Bezig met wissen…") if action == "erase" else _t("Bezig met anonimiseren…")
        return self._run(self.message, busy, work, done, failed)
