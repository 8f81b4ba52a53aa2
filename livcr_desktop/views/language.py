"""The interface language: Dutch (source), French and English; chosen per user, switched live.

The choice is remembered in the user's Qt settings (only the language code: nothing of a case).
Switching rebuilds the windows rather than retranslating each widget; that is cheap and loses
nothing, because every edit is already committed to the vault.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from livcr_desktop.resources import resources_dir

LANGUAGES: Final = {"nl": "Nederlands", "fr": "Français", "en": "English"}
LOCALES: Final = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_BE"}
SETTINGS_KEY = "interface/language"


# Texts of Qt's own file dialog that its Dutch and French catalogues (Qt 6.11) lack: without them the
# dialog says "Look in:" and "Files of type:" in English. Qt's punctuation for each language is kept
# (a no-break space before the French colon).
QT_GAPS: Final[dict[str, dict[tuple[str, str], str]]] = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
    },
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    },
}


class QtGapsTranslator(QTranslator):
    """Answers only the few Qt texts in :data:`QT_GAPS`; every other text is left to Qt's catalogue."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = QT_GAPS.get(lang, {})

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.texts.get((context, sourceText))  # type: ignore[return-value]  # None: a null QString, "not mine"

    def isEmpty(self) -> bool:
        return not self.texts


def system_language() -> str:
    lang = QLocale.system().name()[:2]
    return lang if lang in LANGUAGES else "nl"


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


class LanguageSwitcher:
    """Owns the installed translators so a new language replaces, not stacks on, the old one."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.current = "nl"
        self._installed: list[QTranslator] = []

    def apply(self, lang: str | None) -> str:
        lang = lang if lang in LANGUAGES else (saved_language() or system_language())
        self.clear()
        QLocale.setDefault(QLocale(LOCALES[lang]))  # Belgian dates and numbers in every language
        qt_own = QTranslator(self.app)  # Qt's own texts: standard buttons, print dialog
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_own)
        if lang in QT_GAPS:
            self._install(QtGapsTranslator(lang, self.app))
        # For Dutch, livcr_nl.qm (when built) holds only the plural forms of the "%n" source texts.
        ours = QTranslator(self.app)
        if ours.load(f"livcr_{lang}", str(resources_dir() / "translations")):
            self._install(ours)
        self.current = lang
        return lang

    def clear(self) -> None:
        """Remove every translator this switcher installed (back to the Dutch source texts)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)
