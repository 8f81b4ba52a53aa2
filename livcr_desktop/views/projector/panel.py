"""The chair's side: the projector panel (screen, state buttons, zoom, status) and its live preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.views.projector.actions import ProjectorActions
from livcr_desktop.views.projector.screens import screen_key, screen_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


class PreviewWidget(QLabel):
    """A small picture of the real audience window (a grab of it), on the chair's screen."""

    WIDTH = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPreview")
        self.setAccessibleName(_t("Voorbeeld van de projector"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedWidth(self.WIDTH + 8)
        self.setMinimumHeight(self.WIDTH * 9 // 16 + 8)
        self.set_state_colour("#888888")

    def set_state_colour(self, colour: str) -> None:
        self.setStyleSheet(f"QLabel#projectorPreview {{ border: 4px solid {colour}; background: #000000; }}")

    def show_grab(self, pixmap: QPixmap) -> None:
        self.setPixmap(pixmap.scaledToWidth(self.WIDTH, Qt.TransformationMode.SmoothTransformation))


class ProjectorPanel(QWidget):
    """The chair's projector controls: screen, state buttons, zoom, preview and a status line."""

    screen_chosen = Signal(object)  # a screen_key, or None for automatic

    def __init__(self, actions: ProjectorActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPanel")
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        self.screens = QComboBox()
        self.screens.setObjectName("projectorScreenCombo")
        self.screens.setAccessibleName(_t("Scherm van de projector"))
        self.screens.activated.connect(self._screen_chosen)
        v.addWidget(self.screens)
        grid = QGridLayout()
        self.buttons: dict[str, QToolButton] = {}
        layout = (
            (actions.enable, 0, 0),
            (actions.blank, 0, 1),
            (actions.freeze, 0, 2),
            (actions.follow, 1, 0),
            (actions.reveal, 1, 1, 1, 2),
        )
        for a, *pos in layout:
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setObjectName(a.objectName().replace("Action", "Button"))
            b.setAccessibleName(a.text())  # "Projector zwart", not the short face "Zwart (B)"
            grid.addWidget(b, *pos)
            self.buttons[a.objectName()] = b
        zoom = QHBoxLayout()
        for a in (actions.zoom_out, actions.zoom_reset, actions.zoom_in, actions.previous_page, actions.next_page):
            b = QToolButton()
            b.setDefaultAction(a)
            b.setObjectName(a.objectName().replace("Action", "Button"))
            b.setAccessibleName(a.text())  # "Projectortekst groter", not "A+"
            b.setToolTip(f"{a.text()} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            zoom.addWidget(b)
            self.buttons[a.objectName()] = b
        zoom.addStretch(1)
        v.addLayout(grid)
        v.addLayout(zoom)
        self.preview = PreviewWidget()
        v.addWidget(self.preview)
        self.status = QLabel()
        self.status.setObjectName("projectorStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.status)
        v.addStretch(1)
        self.setStyleSheet("""
            QToolButton { padding: 4px 8px; }
            QToolButton:checked { background: #1f4e79; color: white; font-weight: bold; }
            QToolButton#projectorBlankButton:checked { background: #000000; color: white; }
            QToolButton#projectorRevealButton:checked { background: #b00020; color: white; }
        """)
        self.fill_screens(None)

    def fill_screens(self, choice: str | None) -> None:
        """Automatic, then every screen there is now; ``choice`` (a :func:`screen_key`) selected."""
        self.screens.clear()
        self.screens.addItem(_t("Automatisch (ander scherm dan de voorzitter)"), None)
        for s in QGuiApplication.screens():
            self.screens.addItem(screen_label(s), screen_key(s))
        idx = self.screens.findData(choice)
        self.screens.setCurrentIndex(max(0, idx))

    def _screen_chosen(self, index: int) -> None:
        self.screen_chosen.emit(self.screens.itemData(index))
