"""The live meeting's keyboard shortcuts, and the F1 overlay that lists them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.views.i18n import noop
from livcr_desktop.views.projector.actions import SHORTCUTS as PROJECTOR_SHORTCUTS

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+PgDown", noop("LiveMeeting", "Volgend agendapunt")),
    ("Ctrl+PgUp", noop("LiveMeeting", "Vorig agendapunt")),
    ("F2", noop("LiveMeeting", "Aanwezigheid en geheimhouding")),
    ("Enter", noop("LiveMeeting", "Aanwezigheidslijst: de aanwezigheid van het lid op deze rij kiezen")),
    ("Spatie", noop("LiveMeeting", "Aanwezigheidslijst: geheimhouding van dit lid bevestigen / intrekken")),
    ("Ctrl+B", noop("LiveMeeting", "Nieuwe bijdrage")),
    (
        "Enter",
        noop("LiveMeeting", "Bijdrage: toevoegen; het toetsenbord gaat naar de organisatie van de volgende spreker"),
    ),
    ("Ctrl+D", noop("LiveMeeting", "Nieuwe beslissing (eerst de kwalificatie, zolang de casus er geen heeft)")),
    ("Ctrl+Shift+A", noop("LiveMeeting", "Nieuwe actie")),
    ("Enter", noop("LiveMeeting", "Plan van aanpak: de actie toevoegen (in elk veld van de nieuwe actie)")),
    ("Ctrl+Shift+G", noop("LiveMeeting", "Bijdrage: beroepsgeheim aan / uit")),
    ("Ctrl+Shift+N", noop("LiveMeeting", "Bijdrage: niet projecteren aan / uit")),
    ("Ctrl+W", noop("LiveMeeting", "Venster sluiten (vraagt wat er met niet vastgelegde invoer moet gebeuren)")),
    ("Ctrl+T", noop("LiveMeeting", "Timer starten / stoppen")),
    ("Ctrl+Shift+Up / Ctrl+Shift+Down", noop("LiveMeeting", "Agendapunt hoger / lager zetten")),
    ("Ctrl+Z / Ctrl+Shift+Z", noop("LiveMeeting", "Ongedaan maken / opnieuw")),
    ("Ctrl+Shift+K", noop("LiveMeeting", "Terugkoppelingsfiche van de casus (op de projector zolang ze open is)")),
    ("Ctrl+Shift+E", noop("LiveMeeting", "Vergadering afsluiten")),
    ("Ctrl+Shift+O", noop("LiveMeeting", "Afgesloten vergadering heropenen")),
    *PROJECTOR_SHORTCUTS,
    ("F1", noop("LiveMeeting", "Deze hulp")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveMeeting", text)


class ShortcutHelp(QDialog):
    """The F1 overlay: every shortcut of the live meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(_t("Sneltoetsen"))
        layout = QVBoxLayout(self)
        cell = "<tr><td style='padding:4px 16px 4px 0'><b>{keys}</b></td><td>{what}</td></tr>"
        rows = "".join(cell.format(keys=keys, what=_t(what)) for keys, what in SHORTCUTS)
        text = QLabel(f"<table>{rows}</table>")
        text.setObjectName("shortcutTable")
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        close = QPushButton(_t("Sluiten"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
