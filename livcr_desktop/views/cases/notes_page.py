"""The case form's "Nota's" tab: the casemanager's dated screening notes and advice (also in the timeline).

The old free-text screening notes of a case are listed first. A note is stored at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from livcr_desktop.domain.enums import CaseNoteKind
from livcr_desktop.domain.roles import Permission
from livcr_desktop.domain.validation import ValidationError
from livcr_desktop.services import case_notes
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.cases.case_form_parts import ErrorLabels, date_edit, fill_enum, note_kind_label
from livcr_desktop.views.widgets.dates import format_date, from_qdate, to_qdate
from livcr_desktop.views.widgets.forms import combo_enum


def _t(text: str) -> str:
    return QCoreApplication.translate("NotesPage", text)


class NotesPage(QWidget):
    def __init__(self, ctx: ServiceContext, case_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPage")
        self.ctx, self.case_id = ctx, case_id
        form = QFormLayout(self)
        self.form = form
        self.notes = QListWidget()
        self.notes.setObjectName("caseNotesList")
        self.notes.setAccessibleName(_t("Nota's van de casemanager"))
        self.notes.setWordWrap(True)
        self._row(_t("&Nota's:"), self.notes)
        self.kind = QComboBox()
        self.kind.setObjectName("noteKindCombo")
        self.kind.setAccessibleName(_t("Soort nota"))
        fill_enum(self.kind, list(CaseNoteKind), note_kind_label)
        self._row(_t("&Soort:"), self.kind)
        self.on = date_edit(_t("Datum van de nota"))
        self.on.setObjectName("noteDateEdit")
        self.on.setDate(to_qdate(ctx.today()))
        self._row(_t("&Datum:"), self.on)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteTextEdit")
        self.text.setAccessibleName(_t("Tekst van de nota"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self._row(_t("&Tekst:"), self.text)
        self.add_button = QPushButton(_t("Nota toe&voegen"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.clicked.connect(self.add_note)
        form.addRow("", self.add_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        self.errors = ErrorLabels(form)
        self.errors.add("note_date", self.on)
        self.errors.add("note_text", self.text)
        self.refresh()

    def _row(self, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def refresh(self) -> None:
        self.notes.clear()
        may = self.case_id is not None and (self.ctx.may(Permission.EDIT_CASES) or self.ctx.may(Permission.FOLLOW_UP))
        for widget in (self.kind, self.on, self.text, self.add_button):
            widget.setEnabled(may)
        if self.case_id is None:
            self.hint.setText(_t("Bewaar de casus eerst; daarna kunt u nota's toevoegen."))
            return
        for note in case_notes.list_notes(self.ctx, self.case_id):
            who = f" ({note.user})" if note.user else ""
            head = f"{format_date(note.on)} — {note_kind_label(note.kind)}{who}"
            self.notes.addItem(f"{head}\n{note.text}")

    def add_note(self) -> None:
        assert self.case_id is not None
        self.errors.clear()
        kind = combo_enum(self.kind, CaseNoteKind) or CaseNoteKind.SCREENING
        try:
            case_notes.add_note(self.ctx, self.case_id, kind, from_qdate(self.on.date()), self.text.toPlainText())
        except ValidationError as exc:
            target = self.errors.show(exc.issues)
            if target is not None:
                target.setFocus()
            return
        self.text.clear()
        self.refresh()
        self.notes.setCurrentRow(self.notes.count() - 1)
        self.notes.setFocus()
