"""The French (and English) catalogues are complete, and every window really shows French.

Two parts:

* **Completeness** — every (context, source) that ``scripts/i18n.py`` extracts from the code and the
  ``.ui`` forms has a finished, non-empty translation in ``livcr_fr.ts`` (and ``livcr_en.ts``, an
  expected failure while the English catalogue is being written), with the same ``{placeholders}``.
* **The walk** — with the compiled French catalogue installed, every window and dialog is built on
  neutral test data (codes, pseudonyms like "X1", organisation short names) and every text a user
  sees is collected: window titles, labels, buttons, placeholders, group boxes, tabs, menus,
  combo box items, tooltips, accessible names and the header of every item view (never the cells:
  they hold case data). A text fails when it is a Dutch catalogue source shown untranslated, or a
  Dutch sentence that never went through translation at all.
"""

from __future__ import annotations

import html
import importlib
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from tests.helpers.windows import Data, neutral_data

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


# -- the catalogues --------------------------------------------------------------------------------


def _i18n_script() -> ModuleType:
    """scripts/i18n.py, imported from the scripts folder (it is not a package)."""
    name = "livcr_i18n_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Entry:
    translation: str
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    out: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            text = (tr.text or "") if tr is not None else ""
            if message.get("numerus") == "yes" and tr is not None:  # "%n" counts: every plural form filled
                forms = [f.text or "" for f in tr.iter("numerusform")]
                text = forms[-1] if forms and all(f.strip() for f in forms) else ""  # the plural has every placeholder
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, message.findtext("source") or "")] = Entry(text, finished)
    return out


@pytest.fixture(scope="module")
def source_messages() -> set[tuple[str, str]]:
    messages, _dynamic = _i18n_script().all_messages()
    return {(m.context, m.source) for m in messages}


def catalogue_problems(lang: str, sources: set[tuple[str, str]]) -> list[str]:
    catalogue = read_ts(TRANSLATIONS / f"livcr_{lang}.ts")
    problems = []
    for context, source in sorted(sources):
        entry = catalogue.get((context, source))
        if entry is None:
            problems.append(f"[{context}] {source!r}: not in livcr_{lang}.ts (run scripts/i18n.py update)")
        elif not entry.finished or not entry.translation.strip():
            problems.append(f"[{context}] {source!r}: not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(entry.translation)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {entry.translation!r}")
    return problems


def test_french_catalogue_is_complete(source_messages: set[tuple[str, str]]) -> None:
    problems = catalogue_problems("fr", source_messages)
    assert not problems, f"{len(problems)} French problem(s):\n" + "\n".join(problems)


def test_english_catalogue_is_complete(source_messages: set[tuple[str, str]]) -> None:
    problems = catalogue_problems("en", source_messages)
    assert not problems, f"{len(problems)} English problem(s):\n" + "\n".join(problems)


# -- the French interface ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def compiled_catalogues() -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile"], check=True, cwd=ROOT, capture_output=True
    )
    assert (TRANSLATIONS / "livcr_fr.qm").exists()
    return TRANSLATIONS


@pytest.fixture
def french(qapp: QApplication, compiled_catalogues: Path) -> Iterator[QTranslator]:
    """The French catalogue and locale for one test; Dutch again afterwards, for the other tests."""
    translator = QTranslator()
    assert translator.load("livcr_fr", str(compiled_catalogues))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def normalise(text: str) -> str:
    """What the user reads: rich text without tags, no mnemonic '&', whitespace folded."""
    if re.search(r"</?[a-zA-Z][^<>]*>", text):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = re.sub(r"&(.)", r"\1", text)  # "&&" shows one '&'; "&x" shows 'x'
    return " ".join(text.split())


def _pattern(text: str) -> re.Pattern[str] | None:
    """A full-match pattern for a catalogue string, its {placeholders} standing for any text."""
    text = normalise(text)
    literal = PLACEHOLDER.sub("", text)
    if len(re.findall(r"[^\W\d_]", literal)) < 3:  # "{kind} {number}", "12–17": nothing to recognise
        return None
    parts = [re.escape(p) for p in PLACEHOLDER.split(text)]
    return re.compile(".+?".join(parts), re.DOTALL)


@dataclass(frozen=True)
class Dutch:
    """The Dutch catalogue sources that differ from their French translation, as patterns."""

    patterns: list[tuple[re.Pattern[str], re.Pattern[str] | None, str]]

    def source_of(self, text: str) -> str | None:
        # a QAction's tooltip is its text without the "…": match it with the "…" put back
        for candidate in (text, text + "…"):
            for dutch, french, source in self.patterns:
                if dutch.fullmatch(candidate) and not (french is not None and french.fullmatch(candidate)):
                    return source
        return None


@pytest.fixture(scope="module")
def dutch_sources(source_messages: set[tuple[str, str]]) -> Dutch:
    """The sources in the code now (also those the catalogue does not have yet) and in the catalogue."""
    catalogue = read_ts(TRANSLATIONS / "livcr_fr.ts")
    patterns = []
    for key in sorted(source_messages | set(catalogue)):
        source = key[1]
        translation = catalogue[key].translation if key in catalogue else ""
        if normalise(source) == normalise(translation):
            continue  # "Code", "Document", "radicalisme", "PDF (*.pdf)": the same word in both languages
        dutch = _pattern(source)
        if dutch is not None:
            patterns.append((dutch, _pattern(translation) if translation else None, source))
    return Dutch(patterns)


# Unmistakably Dutch words. Not "de", "en", "op" or "is": they are French or English words too
# (and "de" is in almost every French label).
DUTCH_WORDS = re.compile(
    r"\b(het|een|van|niet|geen|deze|dit|alle|wordt|worden|werd|zijn|voor|naar|met|bij|ook|uw|wat|uit|nog|maar|"
    r"als|heeft|eerst|nieuwe|vorige|volgende|gekozen|taal|"
    r"casus|casussen|vergadering|vergaderingen|beslissing|beslissingen|actie|acties|wachtwoordzin|kluis|"
    r"opslaan|annuleren|verwijderen|toevoegen|bespreking|verslag|signaalgever|aanmelding|opvolging|"
    r"terugkoppeling|bijdrage|inbreng|gebruiker|gebruikers|sluiten|openen|bewaren|kiezen|zoeken|exporteren|"
    r"importeren)\b",
    re.IGNORECASE,
)

# Texts that may contain such a word although they are not Dutch interface text. Each entry says why.
ALLOWED: dict[str, str] = {
    "Nederlands": "the language menu names each language in that language",
}


def _model_headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models keep columnCount private: one column
        columns = 1
    for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, model.rowCount(root))):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if value is not None:
                out.append(str(value))
    return out


def _action_texts(action: QAction) -> list[str]:
    return [action.text(), action.toolTip(), action.statusTip()]


def widget_texts(obj: QObject) -> list[str]:
    """Every text of one object that a user can read (not the cells of item views: those are data)."""
    out: list[str] = []
    if isinstance(obj, QWidget):
        out += [obj.windowTitle(), obj.toolTip(), obj.accessibleName(), obj.accessibleDescription()]
        for action in obj.actions():
            out += _action_texts(action)
    if isinstance(obj, QLabel | QAbstractButton):
        out.append(obj.text())
    if isinstance(obj, QLineEdit):
        out.append(obj.placeholderText())
    if isinstance(obj, QGroupBox | QMenu):
        out.append(obj.title())
    if isinstance(obj, QDockWidget):
        out.append(obj.windowTitle())
    if isinstance(obj, QTabWidget):
        for i in range(obj.count()):
            out += [obj.tabText(i), obj.tabToolTip(i)]
    if isinstance(obj, QTabBar):
        for i in range(obj.count()):
            out += [obj.tabText(i), obj.tabToolTip(i)]
    if isinstance(obj, QMenuBar | QMenu):
        for action in obj.actions():
            out += _action_texts(action)
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                out.append(submenu.title())
    if isinstance(obj, QComboBox):
        out += [obj.itemText(i) for i in range(obj.count())]
    if isinstance(obj, QAbstractItemView):
        out += _model_headers(obj)
    if isinstance(obj, QWizard):
        out += [
            obj.buttonText(b)
            for b in (
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            )
        ]
        page = obj.currentPage()
        if page is not None:
            out += [page.title(), page.subTitle()]
    if isinstance(obj, QAction):
        out += _action_texts(obj)
    return out


@dataclass(frozen=True)
class Seen:
    where: str  # class and object name of the widget
    text: str


def collect(*roots: QObject) -> list[Seen]:
    seen: list[Seen] = []
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            where = f"{type(obj).__name__}#{obj.objectName() or '?'}"
            seen += [Seen(where, normalise(t)) for t in widget_texts(obj) if t and t.strip()]
    return seen


def untranslated(seen: list[Seen], dutch: Dutch) -> list[str]:
    problems = set()
    for s in seen:
        if s.text in ALLOWED:
            continue
        source = dutch.source_of(s.text)
        if source is not None:
            problems.add(f"{s.where}: {s.text!r} (untranslated catalogue source {source!r})")
        elif DUTCH_WORDS.search(s.text):
            problems.add(f"{s.where}: {s.text!r} (Dutch, not in the catalogue: hard-coded?)")
    return sorted(problems)


def assert_french(dutch: Dutch, *roots: QObject) -> None:
    seen = collect(*roots)
    assert seen, "nothing collected"
    problems = untranslated(seen, dutch)
    assert not problems, f"{len(problems)} text(s) not in French:\n" + "\n".join(problems)


# -- neutral test data -------------------------------------------------------------------------------


@pytest.fixture
def data(ctx: ServiceContext) -> Data:
    """Codes, pseudonyms and short names only: nothing that reads as Dutch (or French) text."""
    return neutral_data(ctx)


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


# -- the walk ----------------------------------------------------------------------------------------


def test_main_window_is_french(
    qtbot: QtBot, french: QTranslator, ctx: ServiceContext, data: Data, dutch_sources: Dutch
) -> None:
    from livcr_desktop.views.main_window import MainWindow

    w = show(qtbot, MainWindow(ctx))
    assert isinstance(w, MainWindow)
    assert "Cas" in w.windowTitle()  # the catalogue is really installed
    seen = collect(w)
    for index in range(w.tabs.count()):  # cases, meetings, action tracker, full-text search
        w.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        seen += collect(w)
    w.meeting_table.selectRow(0)
    for view in w.tracker.findChildren(QTableView):  # an action chosen: its history is shown
        if view.model() is not None and view.model().rowCount() > 0:
            view.selectRow(0)
    query = w.search_panel.findChild(QLineEdit)
    assert query is not None
    query.setText("X1")
    qtbot.wait(50)
    w.table.selectRow(0)
    seen += collect(w)
    problems = untranslated(seen, dutch_sources)
    assert not problems, f"{len(problems)} text(s) not in French:\n" + "\n".join(problems)


def test_live_meeting_is_french(
    qtbot: QtBot, french: QTranslator, ctx: ServiceContext, data: Data, dutch_sources: Dutch
) -> None:
    from livcr_desktop.views.meeting.live_meeting import LiveMeetingWindow
    from livcr_desktop.views.meeting.shortcut_help import ShortcutHelp

    w = LiveMeetingWindow(ctx, data.meeting)
    show(qtbot, w)
    seen = collect(w)  # the attendance page
    w.attendance_page.acknowledge_all_present()
    for _item in range(4):  # the review of open actions, case X1 (four tabs), case X3, case X2
        w.next_item()
        qtbot.wait(1)
        page = w.pages.currentWidget()
        assert page is not None
        tabs = page.findChild(QTabWidget, "caseTabs")
        if tabs is not None:
            w.case_page.grid.setCurrentIndex(w.case_page.grid_model.index(0, 0))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
                seen += collect(w)
        seen += collect(w)
    w.projector.set_enabled(True)
    audience = w.projector.audience
    qtbot.waitUntil(audience.isVisible)
    qtbot.wait(20)
    seen += collect(w, audience)
    help_dialog = show(qtbot, ShortcutHelp(w))
    seen += collect(help_dialog)
    problems = untranslated(seen, dutch_sources)
    w.projector.set_enabled(False)
    w.flush()
    assert not problems, f"{len(problems)} text(s) not in French:\n" + "\n".join(problems)


def _case_form_new(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.cases.case_form import CaseFormDialog

    return [CaseFormDialog(ctx)]


def _case_form_existing(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.cases.case_form import CaseFormDialog

    return [CaseFormDialog(ctx, data.cases["x1"])]


def _vault_dialogs(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.vault.vault_dialogs import CreateVaultDialog, UnlockDialog

    return [UnlockDialog(ctx.vault.path), CreateVaultDialog(tmp / "new.vault", kdf=TEST_KDF)]


def _minutes(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.minutes.minutes_dialog import MinutesDialog

    return [MinutesDialog(ctx, data.earlier), MinutesDialog(ctx, data.meeting)]


def _users(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.admin.users_dialog import UsersDialog

    return [UsersDialog(ctx, kdf=TEST_KDF)]


def _settings(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.admin.settings_dialog import SettingsDialog

    return [SettingsDialog(ctx)]


def _statistics(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.statistics.statistics_view import StatisticsWindow

    return [StatisticsWindow(ctx)]


def _timeline(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.cases.case_timeline import CaseTimelineDialog

    return [CaseTimelineDialog(ctx, data.cases["x1"]), CaseTimelineDialog(ctx, data.cases["x3"])]


def _feedback(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.followup.feedback_dialog import FeedbackDialog

    return [FeedbackDialog(ctx, data.cases["x1"]), FeedbackDialog(ctx, data.cases["x3"])]


def _new_meeting(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog

    return [NewMeetingDialog(ctx)]


def _import_dialogs(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.exchange.csv_import_wizard import CsvImportWizard
    from livcr_desktop.views.exchange.export_dialog import ExportDialog
    from livcr_desktop.views.exchange.import_dialog import ImportDialog

    out: list[QWidget] = [ExportDialog(ctx), ExportDialog(ctx, case_code="LIVC-2026-001"), ImportDialog(ctx)]
    wizard = CsvImportWizard(ctx)
    out.append(wizard)
    return out


def _admin_dialogs(ctx: ServiceContext, data: Data, tmp: Path) -> list[QWidget]:
    from livcr_desktop.views.admin.admin_menu import AdminMenu
    from livcr_desktop.views.admin.audit_dialog import AuditDialog
    from livcr_desktop.views.admin.backup_dialog import BackupDialog
    from livcr_desktop.views.admin.change_passphrase_dialog import ChangePassphraseDialog
    from livcr_desktop.views.admin.retention_dialog import RetentionDialog
    from livcr_desktop.views.admin.rotate_key_dialog import RotateKeyDialog

    menu_owner = QWidget()
    AdminMenu(ctx, menu_owner)
    return [
        BackupDialog(ctx),
        ChangePassphraseDialog(ctx, kdf=TEST_KDF),
        RotateKeyDialog(ctx, kdf=TEST_KDF),
        RetentionDialog(ctx),
        AuditDialog(ctx),
        menu_owner,
    ]


DIALOGS: dict[str, Callable[[ServiceContext, Data, Path], list[QWidget]]] = {
    "case form (new)": _case_form_new,
    "case form (existing)": _case_form_existing,
    "unlock and create vault": _vault_dialogs,
    "minutes": _minutes,
    "users": _users,
    "settings": _settings,
    "statistics": _statistics,
    "case timeline": _timeline,
    "feedback to the referrer": _feedback,
    "new meeting": _new_meeting,
    "export and import": _import_dialogs,
    "administration": _admin_dialogs,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_is_french(
    name: str, qtbot: QtBot, french: QTranslator, ctx: ServiceContext, data: Data, tmp_path: Path, dutch_sources: Dutch
) -> None:
    widgets = DIALOGS[name](ctx, data, tmp_path)
    seen: list[Seen] = []
    for widget in widgets:
        show(qtbot, widget)
        qtbot.wait(1)
        seen += collect(widget)
        if isinstance(widget, QWizard):  # each page of the wizard
            while widget.currentPage() is not None and widget.nextId() != -1 and widget.validateCurrentPage():
                widget.next()
                seen += collect(widget)
    problems = untranslated(seen, dutch_sources)
    assert not problems, f"{len(problems)} text(s) not in French:\n" + "\n".join(problems)
