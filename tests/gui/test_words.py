"""Words: a validation message names its field and goes away once the value is corrected; Qt's own
dialogs (the file dialog) speak the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.validation import ValidationCode, ValidationIssue
from livcr_desktop.services.context import ServiceContext
from livcr_desktop.storage.keyslots import TEST_KDF
from livcr_desktop.views.widgets.messages import field_message
from tests.helpers.windows import compile_catalogues, interface_language


def test_a_message_away_from_its_field_names_the_field(qapp: QApplication) -> None:
    required = ValidationIssue("place", ValidationCode.REQUIRED)
    assert field_message(required) == "Plaats: dit veld is verplicht."
    assert field_message(required, "&Plaats van de vergadering:") == "Plaats van de vergadering: dit veld is verplicht."
    code = ValidationIssue("code", ValidationCode.BAD_FORMAT)  # an upper-case word stays as it is
    assert field_message(code) == "Code: gebruik de vorm LIVC-2026-014 (letters, jaar, volgnummer)."
    assert field_message(ValidationIssue("no_such_field", ValidationCode.REQUIRED)) == "Dit veld is verplicht."


def test_new_meeting_names_the_refused_fields_and_a_corrected_field_loses_its_message(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    from livcr_desktop.views.meeting.meeting_dialog import NewMeetingDialog

    dialog = NewMeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.place.setFocus()
    QTest.keyClick(dialog.place, Qt.Key.Key_Return)  # "Vergadering plannen" with no place and no chair
    place_error, chair_error = dialog.errors["place"], dialog.errors["chair_id"]
    assert place_error.isVisible() and place_error.text() == "Plaats: dit veld is verplicht."
    assert chair_error.isVisible() and chair_error.text() == "Voorzitter: dit veld is verplicht."
    assert dialog.isVisible() and dialog.meeting_id is None  # nothing planned
    QTest.keyClicks(dialog.place, "S1")
    assert not place_error.isVisible()  # corrected: its message is gone at once
    assert chair_error.isVisible()  # the other field is still wrong


def test_users_dialog_names_the_field_and_clears_when_edited(qtbot: QtBot, ctx: ServiceContext) -> None:
    from livcr_desktop.views.admin.users_dialog import UsersDialog

    dialog = UsersDialog(ctx, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit, text in ((dialog.name, "nieuw"), (dialog.passphrase, "kort"), (dialog.repeat, "kort")):
        QTest.keyClicks(edit, text)
    dialog.add_button.setFocus()
    QTest.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert dialog.message.text() == "Wachtwoordzin: te kort (minstens 10 tekens).", dialog.message.text()
    QTest.keyClicks(dialog.passphrase, " en nu een lange zin")
    assert dialog.message.text() == ""


def test_settings_error_goes_away_when_the_field_is_corrected(qtbot: QtBot, ctx: ServiceContext) -> None:
    from livcr_desktop.views.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    key, edit = next(
        (k, e.widget) for k, e in dialog.editors.items() if isinstance(e.widget, QLineEdit) and e.widget.text()
    )
    dialog.show_error(key, "Dit veld is verplicht.")  # as after a refused save
    dialog.message.setText("Niet bewaard: verbeter de aangeduide velden.")
    QTest.keyClicks(edit, "x")
    assert dialog.errors[key].isHidden() and dialog.message.text() == ""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"}),
        ("fr", {"&Voir dans\u00a0:", "Fichiers de &type\u00a0:"}),
    ],
)
def test_qt_file_dialog_speaks_the_interface_language(
    lang: str, expected: set[str], qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Qt's own catalogue (qtbase_xx.qm) plus the two texts it lacks: nothing of the dialog in English."""
    with interface_language(qapp, lang):
        dialog = QFileDialog(None, "x", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = {w.text() for w in dialog.findChildren(QLabel)} | {
            w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()
        }
        dialog.close()
    assert expected <= texts, texts
    english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel"}
    assert not texts & english, texts & english


@pytest.fixture(scope="module", autouse=True)
def _catalogues() -> None:
    compile_catalogues()
