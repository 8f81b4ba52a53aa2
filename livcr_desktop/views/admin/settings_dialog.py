"""The cell's settings as a form generated from the declarative table (``domain.settings.SPECS``).

One editor per kind of setting (:mod:`settings_editors`). Names and descriptions come from the
table in the user's language; problems are shown under the field and nothing is saved until every
value is valid (``services.settings.set_many``). Only a role with Permission.ADMINISTER may save;
others see the values read-only.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain import settings as spec
from livcr_desktop.domain.roles import Permission, PermissionDenied
from livcr_desktop.domain.settings import InvalidSetting, SettingIssue, SettingKind, SettingProblem, SettingSpec
from livcr_desktop.services import settings
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.views.admin.settings_editors import (
    ChoiceEditor,
    DomainsEditor,
    Editor,
    IntegerEditor,
    LogoEditor,
    TextEditor,
)
from livcr_desktop.views.widgets.forms import edited_signal


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def ui_language() -> str:
    """nl, fr or en: the language the application was started in (Dutch otherwise)."""
    lang = QLocale().name()[:2]
    return lang if lang in ("nl", "fr", "en") else "nl"


def issue_message(issue: SettingIssue, item: SettingSpec[Any]) -> str:
    match issue.problem:
        case SettingProblem.REQUIRED:
            return _t("Dit veld is verplicht.") if not issue.item else _t("Geef een naam op.")
        case SettingProblem.TOO_LONG:
            return _t("Deze tekst is te lang (hoogstens {n} tekens).").format(
                n=item.maximum if item.kind is SettingKind.TEXT else spec.MAX_LABEL
            )
        case SettingProblem.TOO_SMALL:
            return _t("Te klein: minstens {n}.").format(n=item.minimum)
        case SettingProblem.TOO_LARGE:
            return _t("Te groot: hoogstens {n}.").format(n=item.maximum)
        case SettingProblem.NOT_A_CHOICE:
            return _t("Kies een van de mogelijkheden.")
        case SettingProblem.NOT_AN_IMAGE:
            return _t("Dit is geen PNG- of JPEG-afbeelding.")
        case SettingProblem.IMAGE_TOO_LARGE:
            return _t("De afbeelding is groter dan 512 KB.")
        case SettingProblem.BAD_KEY:
            return _t('Ongeldige sleutel "{key}": gebruik a-z, 0-9 en _ (2 tot 40 tekens, eerst een letter).').format(
                key=issue.item
            )
        case SettingProblem.DUPLICATE:
            return _t('"{key}" staat er twee keer in.').format(key=issue.item)
        case SettingProblem.EMPTY:
            return _t("Er moet minstens één levensdomein zijn.")
        case SettingProblem.TOO_MANY:
            return _t("Te veel: hoogstens {n}.").format(n=item.maximum)
        case SettingProblem.UNKNOWN:
            return _t("Onbekende instelling.")
    return _t("Ongeldige waarde.")


class SettingsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ui_language()
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.setObjectName("settingsDialog")
        self.setWindowTitle(_t("Instellingen van de cel"))
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        host = QWidget()
        form = QFormLayout(host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for item in spec.SPECS:
            if item.kind is SettingKind.LABEL_MAP:
                continue  # the own domains' names are edited with the domains
            editor = self._editor(item)
            editor.widget.setObjectName(editor.widget.objectName() or f"setting_{item.key}")
            editor.widget.setAccessibleName(item.label.get(self.lang))
            editor.widget.setToolTip(item.description.get(self.lang))
            self.editors[item.key] = editor
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 6)
            if item.kind in (SettingKind.INTEGER, SettingKind.CHOICE):
                column.addWidget(editor.widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                column.addWidget(editor.widget)
            description = QLabel(item.description.get(self.lang))
            description.setWordWrap(True)
            description.setObjectName("settingDescription")
            small = description.font()
            if small.pointSizeF() > 0:
                small.setPointSizeF(small.pointSizeF() * 0.9)
                description.setFont(small)
            column.addWidget(description)
            error = QLabel()
            error.setObjectName("errorLabel")
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[item.key] = error
            edited = edited_signal(editor.widget)
            if edited is not None:  # a corrected value takes its stale error away at once
                edited.connect(partial(self._field_edited, item.key))
            label = QLabel(item.label.get(self.lang) + ":")
            label.setBuddy(editor.widget)
            form.addRow(label, cell)
        self.errors[spec.ASSESSMENT_DOMAIN_LABELS.key] = self.errors[spec.ASSESSMENT_DOMAINS.key]
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        layout.addWidget(scroll, 1)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_t("Bewaren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        if not ctx.may(Permission.ADMINISTER):
            for editor in self.editors.values():
                editor.set_read_only(True)
            self.save_button.setEnabled(False)
            self.message.setText(_t("Alleen de voorzitter kan de instellingen wijzigen."))

    def _editor(self, item: SettingSpec[Any]) -> Editor:
        match item.kind:
            case SettingKind.TEXT:
                return TextEditor(item)
            case SettingKind.INTEGER:
                return IntegerEditor(item, self.lang)
            case SettingKind.CHOICE:
                return ChoiceEditor(item)
            case SettingKind.IMAGE:
                return LogoEditor(self, item.key)
            case SettingKind.KEY_LIST:
                return DomainsEditor(self, item.key)
        raise AssertionError(item.kind)

    @property
    def domains(self) -> DomainsEditor:
        editor = self.editors[spec.ASSESSMENT_DOMAINS.key]
        assert isinstance(editor, DomainsEditor)
        return editor

    @property
    def logo(self) -> LogoEditor:
        editor = self.editors[spec.LOGO.key]
        assert isinstance(editor, LogoEditor)
        return editor

    def editor(self, key: str) -> QWidget:
        """The editing widget of a setting (for tests and the screenshot script)."""
        return self.editors[key].widget

    def load(self) -> None:
        values = settings.all_settings(self.ctx)
        self.domains.custom_labels = dict(settings.domain_labels(self.ctx))
        for key, editor in self.editors.items():
            editor.set_value(values[key])
        self.clear_errors()

    def values(self) -> dict[str, object]:
        out = {key: editor.value() for key, editor in self.editors.items()}
        out[spec.ASSESSMENT_DOMAIN_LABELS.key] = self.domains.labels()
        return out

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()
        self.message.clear()

    def show_error(self, key: str, text: str) -> None:
        error = self.errors[key]
        error.setText(text)
        error.setVisible(bool(text))

    def _field_edited(self, key: str, *_value: object) -> None:
        if self.errors[key].isHidden():
            return
        self.show_error(key, "")
        if all(error.isHidden() for error in self.errors.values()):
            self.message.clear()

    def show_issues(self, issues: list[SettingIssue]) -> None:
        for issue in issues:
            item = spec.BY_KEY.get(issue.key)
            if item is None or issue.key not in self.errors:
                continue
            self.show_error(issue.key, issue_message(issue, item))

    def save(self) -> bool:
        """Validate and store every value; on a problem show it and save nothing."""
        self.clear_errors()
        try:
            settings.set_many(self.ctx, self.values())
        except InvalidSetting as exc:
            self.show_issues(exc.issues)
            self.message.setText(_t("Niet bewaard: verbeter de aangeduide velden."))
            return False
        except PermissionDenied:
            self.message.setText(_t("Alleen de voorzitter kan de instellingen wijzigen."))
            return False
        self.accept()
        return True


def open_settings(parent: QWidget | None, ctx: ServiceContext) -> bool:
    """Show the settings dialog (modal); True when the settings were saved."""
    dialog = SettingsDialog(ctx, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
