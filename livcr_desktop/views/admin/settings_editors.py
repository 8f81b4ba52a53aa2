"""One editor per kind of setting, for the form the settings dialog generates from ``domain.settings.SPECS``.

A line edit for text, a spin box for numbers (the table's limits), a combo box for choices, a logo
picker with preview, and a list editor for the assessment grid's life domains (add with a name,
remove, move up and down, back to the default grid). The logo and domain editors report problems
under their field through the dialog (:class:`ErrorSink`).
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain import settings as spec
from livcr_desktop.domain.life_domains import DEFAULT_LIFE_DOMAINS
from livcr_desktop.domain.settings import InvalidSetting, SettingIssue, SettingSpec
from livcr_desktop.views.widgets import labels

LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}  # each in its own language


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class ErrorSink(Protocol):
    """Where an editor shows a problem: under the setting's field (the settings dialog)."""

    def show_error(self, key: str, text: str) -> None: ...

    def show_issues(self, issues: list[SettingIssue]) -> None: ...


def slug(text: str) -> str:
    """A domain key from a name: "Werk & inkomen" → "werk_inkomen"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    key = re.sub(r"[^a-z0-9]+", "_", ascii_only).strip("_")
    if not key or not key[0].isalpha():
        key = "d_" + key
    key = key[:40].rstrip("_")
    return key if len(key) >= 2 else key + "_d"


# -- editors --------------------------------------------------------------------------------------


class Editor(ABC):
    widget: QWidget

    @abstractmethod
    def value(self) -> object: ...

    @abstractmethod
    def set_value(self, value: object) -> None: ...

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)


class TextEditor(Editor):
    def __init__(self, item: SettingSpec[Any]) -> None:
        self.edit = QLineEdit()
        if item.maximum:
            self.edit.setMaxLength(item.maximum)
        self.widget = self.edit

    def value(self) -> object:
        return self.edit.text()

    def set_value(self, value: object) -> None:
        self.edit.setText(str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class IntegerEditor(Editor):
    def __init__(self, item: SettingSpec[Any], lang: str) -> None:
        self.spin = QSpinBox()
        self.spin.setRange(
            item.minimum if item.minimum is not None else 0, item.maximum if item.maximum is not None else 1_000_000
        )
        if item.unit:
            self.spin.setSuffix(" " + item.unit.get(lang))
        self.widget = self.spin

    def value(self) -> object:
        return self.spin.value()

    def set_value(self, value: object) -> None:
        self.spin.setValue(int(str(value)))

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)


class ChoiceEditor(Editor):
    def __init__(self, item: SettingSpec[Any]) -> None:
        self.combo = QComboBox()
        for choice in item.choices:
            self.combo.addItem(LANGUAGE_NAMES.get(choice, choice), choice)
        self.widget = self.combo

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class LogoEditor(Editor):
    PREVIEW = (200, 70)

    def __init__(self, dialog: ErrorSink, key: str) -> None:
        self.dialog, self.key = dialog, key
        self.data = b""
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(*self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose = QPushButton(_t("Kiezen…"))
        self.choose.setObjectName("logoChooseButton")
        self.remove = QPushButton(_t("Verwijderen"))
        self.remove.setObjectName("logoRemoveButton")
        row.addWidget(self.preview)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.choose.clicked.connect(self.pick)
        self.remove.clicked.connect(lambda: self.set_value(b""))
        self._show()

    def value(self) -> object:
        return self.data

    def set_value(self, value: object) -> None:
        self.data = value if isinstance(value, bytes) else b""
        self._show()

    def _show(self) -> None:
        image = QImage.fromData(self.data) if self.data else QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_t("geen logo"))
            self.preview.setAccessibleName(_t("geen logo"))
        else:
            w, h = self.PREVIEW
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    w - 4, h - 4, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
            self.preview.setAccessibleName(_t("logo, {w} × {h} pixels").format(w=image.width(), h=image.height()))
        self.remove.setEnabled(bool(self.data) and self.choose.isEnabled())

    def pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, _t("Logo kiezen"), "", _t("Afbeeldingen (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Take an image file as the new logo; False (and a message) when it cannot be the logo."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.dialog.show_error(
                self.key, _t("Kan het bestand niet lezen: {error}").format(error=exc.strerror or str(exc))
            )
            return False
        try:
            spec.validate(self.key, data)
        except InvalidSetting as exc:
            self.dialog.show_issues(exc.issues)
            return False
        if QImage.fromData(data).isNull():
            self.dialog.show_error(self.key, _t("Deze afbeelding kan niet gelezen worden."))
            return False
        self.dialog.show_error(self.key, "")
        self.set_value(data)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.choose.setEnabled(not read_only)
        self.remove.setEnabled(not read_only and bool(self.data))


class DomainsEditor(Editor):
    def __init__(self, dialog: ErrorSink, key: str) -> None:
        self.dialog, self.key = dialog, key
        self.custom_labels: dict[str, str] = {}
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("domainList")
        self.list.setAccessibleName(_t("Levensdomeinen, in volgorde"))
        self.list.setMinimumHeight(180)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(_t("Toevoegen…"))
        self.remove_button = QPushButton(_t("Verwijderen"))
        self.up_button = QPushButton(_t("Omhoog"))
        self.down_button = QPushButton(_t("Omlaag"))
        self.default_button = QPushButton(_t("Standaardrooster"))
        for name, b in (
            ("domainAdd", self.add_button),
            ("domainRemove", self.remove_button),
            ("domainUp", self.up_button),
            ("domainDown", self.down_button),
            ("domainDefault", self.default_button),
        ):
            b.setObjectName(name)
            buttons.addWidget(b)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.add_button.clicked.connect(self.ask_domain)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.default_button.clicked.connect(lambda: self.set_value(DEFAULT_LIFE_DOMAINS))

    def label_of(self, key: str) -> str:
        if key in self.custom_labels:
            return self.custom_labels[key]
        return labels.life_domain(key)

    def _item(self, key: str) -> QListWidgetItem:
        item = QListWidgetItem(
            f"{self.label_of(key)}  ({key})" if key not in DEFAULT_LIFE_DOMAINS else self.label_of(key)
        )
        item.setData(Qt.ItemDataRole.UserRole, key)
        return item

    def domain_keys(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def value(self) -> object:
        return tuple(self.domain_keys())

    def labels(self) -> dict[str, str]:
        """Names of the own (non-default) domains in the list."""
        keys = set(self.domain_keys())
        return {k: v for k, v in self.custom_labels.items() if k in keys and k not in DEFAULT_LIFE_DOMAINS}

    def set_value(self, value: object) -> None:
        self.list.clear()
        for key in value if isinstance(value, tuple | list) else ():
            self.list.addItem(self._item(str(key)))

    def ask_domain(self) -> None:
        name, ok = QInputDialog.getText(self.widget, _t("Levensdomein toevoegen"), _t("Naam van het domein:"))
        if ok and name.strip():
            self.add_domain(name)

    def add_domain(self, name: str) -> str | None:
        """Add an own domain with this name after the current one; returns its key."""
        name = " ".join(name.split())
        if not name:
            return None
        if len(name) > spec.MAX_LABEL:
            self.dialog.show_error(
                self.key, _t("Deze naam is te lang (hoogstens {n} tekens).").format(n=spec.MAX_LABEL)
            )
            return None
        base = key = slug(name)
        existing = set(self.domain_keys()) | set(DEFAULT_LIFE_DOMAINS)
        n = 2
        while key in existing:
            key = f"{base[:37]}_{n}"
            n += 1
        self.custom_labels[key] = name
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        self.list.insertItem(row, self._item(key))
        self.list.setCurrentRow(row)
        return key

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def set_read_only(self, read_only: bool) -> None:
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button, self.default_button):
            b.setEnabled(not read_only)
