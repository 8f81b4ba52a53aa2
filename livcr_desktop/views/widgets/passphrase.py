"""The one form for choosing a new passphrase: the passphrase twice, a strength meter and a hint.

Used by the new-vault dialog and the passphrase change. The dialog says what the fields are called
(:class:`PassphraseTexts`, in its own words and translation context), may put rows of its own above
them (the current passphrase), and adds a problem of its own to the hint (``extra_problem``: "the
same as the current one"). The strength estimate is passed in (``services.unlock.assess_passphrase``)
so that this module stays as light as the unlock dialog that imports it before the storage stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

MIN_PASSPHRASE_LENGTH = 10  # services.unlock.MIN_PASSPHRASE_LENGTH (a test holds them equal)


def _t(text: str) -> str:
    return QCoreApplication.translate("PassphraseFields", text)


class Assessment(Protocol):
    """What ``services.unlock.assess_passphrase`` returns (``PassphraseAssessment``)."""

    @property
    def acceptable(self) -> bool: ...

    @property
    def score(self) -> int: ...

    @property
    def hint_code(self) -> str: ...


def strength_hint(code: str) -> str:
    """What a passphrase's strength code (``services.unlock.assess_passphrase``) means, for people."""
    return {
        "too_short": _t(
            "Te kort: minstens {n} tekens. Een zin van vier of meer woorden is sterk en makkelijk te onthouden."
        ).format(n=MIN_PASSPHRASE_LENGTH),
        "weak": _t("Zwak: maak ze langer of voeg woorden toe."),
        "fair": _t("Redelijk: nog een woord maakt ze sterk."),
        "strong": _t("Sterk."),
        "very_strong": _t("Zeer sterk."),
    }[code]


@dataclass(frozen=True)
class PassphraseTexts:
    """The dialog's words for the two fields (already translated)."""

    first_label: str  # the form label, with its accelerator ("&Wachtwoordzin:")
    repeat_label: str
    first_name: str  # the accessible name
    repeat_name: str
    mismatch: str  # said when the two differ


def password_edit(name: str, accessible: str) -> QLineEdit:
    """A line edit that hides what is typed, named for tests and screen readers."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class NewPassphraseFields(QWidget):
    """Two password fields (``newPassphraseEdit``, ``repeatPassphraseEdit``), the meter and the hint
    (``strengthHint``). ``changed`` is emitted after each edit, once the meter and hint are updated."""

    changed = Signal()

    def __init__(
        self,
        assess: Callable[[str], Assessment],
        texts: PassphraseTexts,
        before: Sequence[tuple[str, QWidget]] = (),
        extra_problem: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._assess = assess
        self._texts = texts
        self._extra_problem = extra_problem
        self._acceptable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        for label, widget in before:  # first, so that they come first in the tab order too
            self.form.addRow(label, widget)
        self.first = password_edit("newPassphraseEdit", texts.first_name)
        self.second = password_edit("repeatPassphraseEdit", texts.repeat_name)
        self.form.addRow(texts.first_label, self.first)
        self.form.addRow(texts.repeat_label, self.second)
        layout.addLayout(self.form)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(_t("Sterkte van de wachtwoordzin"))
        layout.addWidget(self.meter)
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.first.textChanged.connect(self.refresh)
        self.second.textChanged.connect(self.refresh)
        self.refresh()

    @property
    def acceptable(self) -> bool:
        """Strong enough, typed twice the same, and no problem of the dialog's own."""
        return self._acceptable

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def refresh(self) -> None:
        """Assess the passphrase again (also when something outside, such as the current one, changed)."""
        new = self.first.text()
        a = self._assess(new)
        self.meter.setValue(a.score)
        text = strength_hint(a.hint_code)
        same = new == self.second.text()
        if self.second.text() and not same:
            text += " " + self._texts.mismatch
        extra = self._extra_problem(new) if self._extra_problem is not None else ""
        if extra:
            text += " " + extra
        self.hint.setText(text)
        self._acceptable = a.acceptable and same and not extra
        self.changed.emit()
