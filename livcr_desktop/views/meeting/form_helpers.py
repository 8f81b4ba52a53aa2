"""Small pieces the meeting's pages, forms and dialogs share: error labels, narrow combos, scrolling tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QWidget

from livcr_desktop.domain.entities import Organisation
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.views.widgets.contrast import alert_style
from livcr_desktop.views.widgets.messages import validation_message


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(alert_style())
    label.setWordWrap(True)
    label.hide()
    return label


def narrow(combo: QComboBox, letters: int = 12) -> QComboBox:
    """Let a combo box with long items shrink (its current text is elided, the list still shows it all):
    the live meeting has to fit a 1280 px wide screen, a full-HD laptop at 150 %."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def organisation_combo(organisations: Sequence[Organisation], name: str, empty: str | None = None) -> QComboBox:
    """A narrow combo of the organisations ("PZ — Politiezone ..."), optionally with an empty first item."""
    combo = narrow(QComboBox())
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for o in organisations:
        combo.addItem(f"{o.short_name} — {o.name}", o.id)
    return combo


def scrolling(page: QWidget) -> QScrollArea:
    """A tab page that scrolls rather than squeezing its fields when the window is short (150 %)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area scrolls to the focused one
    area.setWidget(page)
    area.viewport().setAutoFillBackground(False)  # the tab's own background shows through
    page.setAutoFillBackground(False)
    return area


def show_issues(exc: ValidationError, targets: dict[str, QLabel], fallback: QLabel) -> None:
    for lbl in {*targets.values(), fallback}:
        lbl.hide()
    for issue in exc.issues:
        lbl = targets.get(issue.field, fallback)
        lbl.setText(validation_message(issue))
        lbl.show()


def hide_all(*labels: QLabel) -> None:
    for lbl in labels:
        lbl.hide()
