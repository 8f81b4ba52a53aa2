"""Nothing typed is lost: a form's fields are kept in the vault as a draft while they are typed.

A :class:`DraftKeeper` is bound to a form's input widgets by name. On every edit (300 ms after the last
one, at once when a field loses the focus, when the case changes and when the window closes) it saves
the fields through ``services.drafts``; when the form is shown for that case again (after a close, a
case switch or a crash) :meth:`DraftKeeper.restore` puts them back. Recording the thing deletes the
draft (:meth:`DraftKeeper.discard`); a form with no typed content has no draft.

The decision form binds one like this (its fields by name; ``applies`` keeps the draft only while the
decision is not recorded, after which every edit is committed as it is typed)::

    self.drafts = DraftKeeper(case, DraftKind.DECISION, {"decision_type": self.kind, ...},
                              typed=(self.kind, self.reasons), applies=lambda: self.decision_id is None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from livcr_desktop.domain.enums import DraftKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.services import drafts
from livcr_desktop.services.drafts import DraftFields, DraftValue
from livcr_desktop.views.meeting.case_at_hand import CaseAtHand

DRAFT_MS = 300  # saved this long after the last keystroke (and at once on focus-out or close)


def widget_value(w: QWidget) -> DraftValue:
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QComboBox):
        data = w.currentData()
        return data if data is None or isinstance(data, (str, int, bool)) else str(data)
    if isinstance(w, QDateEdit):
        return str(w.date().toString("yyyy-MM-dd"))
    raise TypeError(f"a draft cannot keep a {type(w).__name__}")


def set_widget_value(w: QWidget, value: DraftValue) -> None:
    if isinstance(w, QPlainTextEdit):
        if w.toPlainText() != str(value or ""):
            w.setPlainText(str(value or ""))
    elif isinstance(w, QLineEdit):
        w.setText(str(value or ""))
    elif isinstance(w, QAbstractButton):
        w.setChecked(bool(value))
    elif isinstance(w, QComboBox):
        index = w.findData(value)
        if index >= 0:
            w.setCurrentIndex(index)
    elif isinstance(w, QDateEdit) and isinstance(value, str):
        day = date.fromisoformat(value)
        w.setDate(QDate(day.year, day.month, day.day))


def _has_content(w: QWidget) -> bool:
    value = widget_value(w)
    return bool(value.strip()) if isinstance(value, str) and not isinstance(w, QComboBox) else value is not None


def _changed_signal(w: QWidget) -> object:
    if isinstance(w, (QPlainTextEdit, QLineEdit)):
        return w.textChanged
    if isinstance(w, QAbstractButton):
        return w.toggled
    if isinstance(w, QComboBox):
        return w.currentIndexChanged
    if isinstance(w, QDateEdit):
        return w.dateChanged
    raise TypeError(f"a draft cannot follow a {type(w).__name__}")


class DraftKeeper(QObject):
    """Keeps ``fields`` of one form as the draft of ``kind`` for the case at hand.

    ``typed``: the widgets whose content makes a draft worth keeping (a non-blank text, a chosen item);
    the others (flags, owner, date) are kept along with them. ``applies``: whether the form is a draft at
    all right now (a recorded decision is not)."""

    def __init__(
        self,
        case: CaseAtHand,
        kind: DraftKind,
        fields: Mapping[str, QWidget],
        typed: Sequence[QWidget],
        applies: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.case, self.kind, self.fields, self.typed, self.applies = case, kind, dict(fields), tuple(typed), applies
        self.defaults: DraftFields = {name: widget_value(w) for name, w in self.fields.items()}
        self._case_id: int | None = None  # the case the form's content belongs to
        self._stored = False  # a draft of that case is (believed to be) in the vault
        self._dirty = False
        self._loading = False
        self.enabled = True  # False while the meeting is read-only
        self.allowed = case.ctx.may(Permission.RUN_MEETING)  # a role that cannot record keeps no draft
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_MS)
        self.timer.timeout.connect(self.flush)
        for w in self.fields.values():
            _changed_signal(w).connect(self._changed)  # type: ignore[attr-defined]
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False

    def _changed(self, *_args: object) -> None:
        if not self._loading and self.enabled and self.allowed and self._case_id is not None:
            self._dirty = True
            self.timer.start()

    def values(self) -> DraftFields:
        return {name: widget_value(w) for name, w in self.fields.items()}

    def has_content(self) -> bool:
        return any(_has_content(w) for w in self.typed)

    def flush(self) -> None:
        """Save now (or forget the draft when the form has been emptied)."""
        self.timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        case_id = self._case_id
        if case_id is None or not (self.enabled and self.allowed) or self.case.ctx.vault.closed:
            return
        if self.applies() and self.has_content():
            drafts.save_draft(self.case.ctx, self.case.meeting_id, case_id, self.kind, self.values())
            self._stored = True
        elif self._stored:
            self.discard()

    def discard(self) -> None:
        """The thing was recorded (or the chair threw the draft away): forget it."""
        self.timer.stop()
        self._dirty = False
        if self._case_id is not None and self._stored:
            drafts.discard_draft(self.case.ctx, self.case.meeting_id, self._case_id, self.kind)
        self._stored = False

    def reset(self) -> None:
        """Empty the form (its fields as they were built), without saving: the case changes."""
        self.flush()
        self._load(self.defaults)
        self._case_id, self._stored = None, False

    def restore(self) -> None:
        """The form now shows the case at hand: put back its draft, if it has one."""
        self.flush()
        self._case_id = self.case.case_id
        self._stored = False
        if self._case_id is None or not self.allowed or not self.applies():
            return
        kept = drafts.load_draft(self.case.ctx, self.case.meeting_id, self._case_id, self.kind)
        if kept is not None:
            self._load({**self.defaults, **kept})
            self._stored = True

    def _load(self, values: DraftFields) -> None:
        self._loading = True
        try:
            for name, w in self.fields.items():  # in binding order: an organisation before its flags
                if name in values:
                    set_widget_value(w, values[name])
        finally:
            self._loading = False
