"""The statistics window, its bar charts and table, and the settings dialog, through the real widgets."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from livcr_desktop.domain import settings as spec
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.domain.roles import Role
from livcr_desktop.services import assessment, demo, settings
from livcr_desktop.services import statistics as stats_service
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.services.statistics import ExportFormat, Period
from livcr_desktop.storage import models
from livcr_desktop.storage.vault import Vault
from livcr_desktop.views.admin.settings_dialog import SettingsDialog, open_settings, ui_language
from livcr_desktop.views.admin.settings_editors import slug
from livcr_desktop.views.statistics.charts import BarChart, BarValue, Series
from livcr_desktop.views.statistics.statistics_table import StatisticsTableModel
from livcr_desktop.views.statistics.statistics_view import StatisticsWindow, open_statistics
from livcr_desktop.views.widgets.save_location import in_documents
from tests.unit.test_settings import png

DEMO_TODAY = date(2026, 11, 21)


@pytest.fixture
def demo_ctx(vault: Vault) -> ServiceContext:
    ctx = demo.demo_context(vault, today=DEMO_TODAY)
    demo.populate(ctx)
    return ctx


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: ServiceContext) -> StatisticsWindow:
    w = StatisticsWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def audit_count(ctx: ServiceContext, entity: str) -> int:
    with ctx.vault.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(models.AuditEvent).where(models.AuditEvent.entity == entity)) or 0
        )


# -- the statistics window ------------------------------------------------------------------------


def test_table_model_passes_qtmodeltester(qtmodeltester, demo_ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    model = StatisticsTableModel()
    model.set_statistics(stats_service.compute(demo_ctx))
    qtmodeltester.check(model, force_py=True)
    # the tester stays connected: a reset to another period is checked as it happens
    model.set_statistics(stats_service.compute(demo_ctx, Period.year(2024)))
    assert model.rowCount() > 20 and model.data(model.index(0, 0)) == "Kerncijfers"


def test_another_period_keeps_the_table_on_its_row(qtbot: QtBot, window: StatisticsWindow) -> None:
    """The rows keep their place by what they count: another period moves the current row with its
    number, and the same numbers again repaint nothing."""
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row(r).key == "phenomenon/radicalism")
    window.table.setCurrentIndex(model.index(row, 1))
    kept = QPersistentModelIndex(model.index(row, 1))
    window.set_year(2024)
    assert kept.isValid() and model.row(kept.row()).key == "phenomenon/radicalism"
    assert window.table.currentIndex().row() == kept.row()
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.layoutChanged.connect(lambda: resets.append("layout"))
    model.dataChanged.connect(lambda *_: resets.append("data"))
    assert window.stats is not None
    window.show_statistics(window.stats)
    assert resets == []
    assert model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole) == model.row(row).label


def test_window_shows_the_years_numbers(window: StatisticsWindow) -> None:
    assert window.period.currentData() == 2026
    assert [window.period.itemData(i) for i in range(window.period.count() - 1)] == [2026, 2025, 2024]
    assert not window.start.isVisible()
    assert window.summary.text().startswith("18 aanmeldingen")  # the demo's advice request is counted apart
    assert "96,1 dagen" in window.summary.text() and "mediaan 21" in window.summary.text()
    rows = [
        (window.model.data(window.model.index(r, 0)).strip(), window.model.data(window.model.index(r, 1)))
        for r in range(window.model.rowCount())
    ]
    assert ("Aanmeldingen", "18") in rows and ("K3 2026", "6") in rows and ("opgeschaald", "<3") in rows
    assert all(value not in ("1", "2") for _, value in rows)
    quarter = window.charts["quarter"]
    assert quarter.categories() == ["K1 2026", "K2 2026", "K3 2026", "K4 2026"]
    assert [v.text for v in quarter.series()[0].values] == ["3", "4", "6", "5"]
    ideology = window.charts["ideology"]
    hidden = [v for v in ideology.series()[0].values if v.text == "<3"]
    assert hidden and all(v.value is None for v in hidden)  # no exact length for a hidden bar
    assert "extreemlinks <3" in ideology.accessibleName() and "extreemlinks <3" in ideology.toolTip()
    actions = window.charts["actions_open"]
    assert [s.name for s in actions.series()] == ["open", "over tijd"]
    assert "Preventiedienst Fictiefdonk: open 4, over tijd 3" in actions.accessibleName()
    window.grab()  # paints every chart without a warning


def test_changing_the_period(window: StatisticsWindow) -> None:
    window.set_year(2025)
    assert window.stats is not None and window.stats.period == Period.year(2025)
    assert window.charts["quarter"].categories()[0] == "K1 2025"
    window.set_range(date(2025, 10, 1), date(2026, 3, 31))
    assert window.start.isVisible() and window.end.isVisible()
    assert window.stats.period == Period(date(2025, 10, 1), date(2026, 3, 31))
    assert window.charts["quarter"].categories() == ["K4 2025", "K1 2026"]
    window.end.setDate(window.start.date().addDays(-1))
    assert "eindigt vóór" in window.message.text()
    assert window.stats.period == Period(date(2025, 10, 1), date(2026, 3, 31))  # kept the last valid one


def test_export_buttons_write_and_audit(
    qtbot: QtBot, window: StatisticsWindow, demo_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_save(parent: object, caption: str, name: str, filters: str) -> tuple[str, str]:
        asked.append(name)
        return str(tmp_path / Path(name).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    assert [Path(p).name for p in asked] == ["statistiek-2026.csv", "statistiek-2026.pdf"]
    assert {str(Path(p).parent) for p in asked} == {str(Path(in_documents("x")).parent)}  # not the start folder
    csv_bytes = (tmp_path / "statistiek-2026.csv").read_bytes()
    assert csv_bytes.startswith(b"\xef\xbb\xbf") and b"Aanmeldingen per kwartaal;K3 2026;6" in csv_bytes
    assert (tmp_path / "statistiek-2026.pdf").read_bytes().startswith(b"%PDF")
    assert "Bewaard" in window.message.text()
    assert audit_count(demo_ctx, "statistics") == 2


def test_export_failure_is_reported(window: StatisticsWindow, tmp_path: Path) -> None:
    assert window.export(ExportFormat.CSV, tmp_path / "no-such-folder" / "s.csv") is None
    assert window.message.text().startswith("Niet bewaard")


def test_open_statistics_helper(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    w = open_statistics(None, demo_ctx)
    qtbot.addWidget(w)
    assert w.isVisible() and w.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert w.windowTitle() == "Statistiek LIVC-R — geen persoonsgegevens"


# -- the bar chart --------------------------------------------------------------------------------


def test_bar_chart_reads_at_150_percent(qtbot: QtBot) -> None:
    chart = BarChart("Fenomeen")
    qtbot.addWidget(chart)
    values = (BarValue(12, "12"), BarValue(None, "<3"), BarValue(0, "0"), BarValue(None, "≥3", upper=3))
    chart.set_data(["radicalisme", "extremisme", "terrorisme", "onbekend"], [Series("aantal", values)])
    assert chart.describe() == "Fenomeen: radicalisme 12; extremisme <3; terrorisme 0; onbekend ≥3"
    normal = chart.sizeHint()
    big = QFont(chart.font())
    big.setPointSizeF(chart.font().pointSizeF() * 1.5)
    chart.setFont(big)
    larger = chart.sizeHint()
    assert larger.height() >= normal.height() * 1.4 and larger.width() > normal.width()
    assert chart.minimumSizeHint().height() == larger.height()  # never squeezed below its rows
    chart.resize(larger)
    chart.show()
    assert not chart.grab().isNull()
    with pytest.raises(ValueError, match="one value per category"):
        chart.set_data(["a"], [Series("aantal", values)])
    chart.set_data([], [])
    assert chart.describe() == "Fenomeen: geen gegevens"
    chart.grab()


# -- the settings dialog --------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, ctx: ServiceContext) -> SettingsDialog:
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def test_form_is_generated_from_the_table(dialog: SettingsDialog) -> None:
    lang = ui_language()
    assert set(dialog.editors) == {s.key for s in spec.SPECS} - {"assessment_domain_labels"}
    assert isinstance(dialog.editor("cell_name"), QLineEdit)
    spin = dialog.editor("retention_years")
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum(), spin.value()) == (1, 30, 5)
    assert isinstance(dialog.editor("idle_lock_minutes"), QSpinBox)
    combo = dialog.editor("language")
    assert isinstance(combo, QComboBox) and combo.currentData() == "nl" and combo.count() == 3
    assert dialog.editor("cell_name").accessibleName() == spec.CELL_NAME.label.get(lang)
    assert dialog.editor("retention_years").toolTip() == spec.RETENTION_YEARS.description.get(lang)
    assert dialog.domains.domain_keys() == list(DEFAULT_LIFE_DOMAINS)


def test_change_save_and_reopen(qtbot: QtBot, dialog: SettingsDialog, ctx: ServiceContext) -> None:
    cell_name = dialog.editor("cell_name")
    assert isinstance(cell_name, QLineEdit)
    cell_name.clear()
    qtbot.keyClicks(cell_name, "LIVC-R Testdorp")
    retention = dialog.editor("retention_years")
    assert isinstance(retention, QSpinBox)
    retention.setValue(8)
    language = dialog.editor("language")
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("fr"))
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get(ctx, spec.CELL_NAME) == "LIVC-R Testdorp"
    assert settings.get(ctx, spec.RETENTION_YEARS) == 8 and settings.get(ctx, spec.LANGUAGE) == "fr"
    assert audit_count(ctx, "setting") == 3  # only what changed
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.editor("cell_name").text() == "LIVC-R Testdorp"  # type: ignore[attr-defined]
    assert again.editor("retention_years").value() == 8  # type: ignore[attr-defined]
    assert again.editor("language").currentData() == "fr"  # type: ignore[attr-defined]


def test_invalid_value_shows_a_message_and_saves_nothing(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    dialog.editor("cell_name").clear()  # type: ignore[attr-defined]
    dialog.editor("retention_years").setValue(12)  # type: ignore[attr-defined]
    assert not dialog.save()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.errors["cell_name"]
    assert error.isVisible() and error.text() == "Dit veld is verplicht."
    assert "Niet bewaard" in dialog.message.text()
    assert not dialog.errors["retention_years"].isVisible()
    assert settings.get(ctx, spec.RETENTION_YEARS) == 5  # the valid change was not saved either
    assert settings.get(ctx, spec.CELL_NAME) == "LIVC-R"
    assert audit_count(ctx, "setting") == 0
    dialog.domains.list.clear()
    dialog.editor("cell_name").setText("LIVC-R")  # type: ignore[attr-defined]
    assert not dialog.save()
    assert dialog.errors["assessment_domains"].text() == "Er moet minstens één levensdomein zijn."
    assert not dialog.errors["cell_name"].isVisible()


def test_logo_picker(dialog: SettingsDialog, ctx: ServiceContext, tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(png(30, 12))
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a not a png")
    big = tmp_path / "big.png"
    big.write_bytes(png(padding=spec.MAX_LOGO_BYTES))
    assert not dialog.logo.load_file(bad)
    assert dialog.errors["logo"].text() == "Dit is geen PNG- of JPEG-afbeelding."
    assert not dialog.logo.load_file(big)
    assert dialog.errors["logo"].text() == "De afbeelding is groter dan 512 KB."
    assert not dialog.logo.load_file(tmp_path / "missing.png")
    assert dialog.logo.value() == b"" and dialog.logo.preview.text() == "geen logo"
    assert dialog.logo.load_file(good)
    assert not dialog.errors["logo"].isVisible()
    assert not dialog.logo.preview.pixmap().isNull()
    assert dialog.save()
    assert settings.get(ctx, spec.LOGO) == good.read_bytes()
    again = SettingsDialog(ctx)
    again.logo.remove.click()
    assert again.save() and settings.get(ctx, spec.LOGO) == b""
    again.deleteLater()


def test_domain_list_editor(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    assert slug("Werk & inkomen") == "werk_inkomen" and slug("École") == "ecole" and slug("12") == "d_12"
    domains = dialog.domains
    domains.list.setCurrentRow(0)
    key = domains.add_domain("Werk & inkomen")
    assert key == "werk_inkomen" and domains.domain_keys()[1] == "werk_inkomen"
    assert domains.add_domain("Werk & inkomen") == "werk_inkomen_2"
    domains.remove_current()
    domains.list.setCurrentRow(1)
    domains.move_current(-1)
    assert domains.domain_keys()[:3] == ["werk_inkomen", "family", "education_work"]
    domains.list.setCurrentRow(domains.domain_keys().index("online"))
    domains.remove_current()
    assert "online" not in domains.domain_keys()
    assert domains.list.item(0).text() == "Werk & inkomen  (werk_inkomen)"
    assert dialog.save()
    assert assessment.life_domains(ctx)[:2] == ("werk_inkomen", "family")
    assert "online" not in assessment.life_domains(ctx)
    assert settings.domain_labels(ctx) == {"werk_inkomen": "Werk & inkomen"}
    again = SettingsDialog(ctx)
    assert again.domains.list.item(0).text() == "Werk & inkomen  (werk_inkomen)"
    again.domains.default_button.click()
    assert again.save()
    assert assessment.life_domains(ctx) == DEFAULT_LIFE_DOMAINS
    assert settings.domain_labels(ctx) == {}  # names of domains no longer in the grid are dropped
    again.deleteLater()


def test_read_only_for_other_roles(qtbot: QtBot, ctx: ServiceContext) -> None:
    d = SettingsDialog(replace(ctx, role=Role.SECRETARY))
    qtbot.addWidget(d)
    assert not d.save_button.isEnabled()
    assert d.editor("cell_name").isReadOnly()  # type: ignore[attr-defined]
    assert not d.domains.add_button.isEnabled() and not d.logo.choose.isEnabled()
    assert "voorzitter" in d.message.text()
    assert not d.save()  # even when called directly, the service refuses
    assert audit_count(ctx, "setting") == 0


def test_open_settings_helper(qtbot: QtBot, ctx: ServiceContext) -> None:
    seen: list[str] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, SettingsDialog)
        seen.append(modal.windowTitle())
        modal.reject()

    QTimer.singleShot(0, close_it)
    assert open_settings(None, ctx) is False
    assert seen == ["Instellingen van de cel"]


def test_audit_detail_of_a_dialog_save(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    dialog.editor("idle_lock_minutes").setValue(9)  # type: ignore[attr-defined]
    assert dialog.save()
    with ctx.vault.session() as s:
        event = s.scalars(select(models.AuditEvent).where(models.AuditEvent.entity == "setting")).one()
    assert json.loads(event.detail) == {"key": "idle_lock_minutes", "before": 5, "after": 9}
