"""The first-run wizard walked as a new clinic's manager would."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from hat_desktop.gui.first_run import FirstRunWizard
from hat_desktop.services import auth
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import keys
from hat_desktop.store.connection import read_info


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_wizard_creates_a_register_end_to_end(qtbot, tmp_path: Path, clock, monkeypatch
                                              ) -> None:
    data_dir = tmp_path / "data"
    sheet = tmp_path / "usb" / "recovery.pdf"
    sheet.parent.mkdir()
    wizard = FirstRunWizard(data_dir, clock)
    v = wizard.view
    ui = wizard.ui
    qtbot.addWidget(v)
    v.show()
    assert ui.stepLabel.text() == "Step 1 of 4: The clinic"

    # An empty clinic name is refused in the user's words, and the page stays.
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "Enter the clinic name."
    assert ui.pages.currentWidget() is ui.clinicPage

    _type(qtbot, ui.clinicNameEdit, "Teesside HAT Clinic")
    qtbot.keyClicks(ui.clinicAddressEdit, "1 Albert Road, Middlesbrough")
    assert ui.timezoneCombo.currentText() == "Europe/London"
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.stepLabel.text() == "Step 2 of 4: The first manager"

    _type(qtbot, ui.usernameEdit, "morag")
    _type(qtbot, ui.fullNameEdit, "Morag Manager")
    _type(qtbot, ui.passwordEdit, "short")
    _type(qtbot, ui.confirmEdit, "short")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "The password must be at least 10 characters long."
    _type(qtbot, ui.passwordEdit, "a-long-password-1")
    _type(qtbot, ui.confirmEdit, "a-long-password-2")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "The two passwords are not the same."
    _type(qtbot, ui.confirmEdit, "a-long-password-1")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.stepLabel.text() == "Step 3 of 4: The register key"

    # This machine has a Secret Service, so the keyring is offered and chosen.
    assert ui.keyringRadio.isEnabled() and ui.keyringRadio.isChecked()
    assert not ui.passphraseEdit.isEnabled()
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.stepLabel.text() == "Step 4 of 4: The recovery sheet"

    # The service's checks, in its words: a sheet is needed, and not inside the data folder
    # it unlocks.
    ui.sheetPathEdit.clear()
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "Choose where to save the recovery sheet."
    _type(qtbot, ui.sheetPathEdit, str(data_dir / "sheet.pdf"))
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert "outside the register's data folder" in ui.errorLabel.text()
    assert not data_dir.exists()

    _type(qtbot, ui.sheetPathEdit, str(sheet))
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.pages.currentWidget() is ui.donePage
    assert "Teesside HAT Clinic" in ui.doneLabel.text()
    assert str(sheet) in ui.doneDetailLabel.text()
    assert "Print it now" in ui.doneDetailLabel.text() and ui.printSheetButton.isVisible()
    printed: list[tuple[str, Path]] = []  # Qt's print dialog, answered: two pages printed
    monkeypatch.setattr("hat_desktop.gui.first_run.print_with_dialog",
                        lambda parent, title, pdf: printed.append((title, pdf)) or 2)
    qtbot.mouseClick(ui.printSheetButton, Qt.MouseButton.LeftButton)
    assert printed == [("the recovery sheet", sheet)]
    assert "It was sent to the printer: store it in a locked place" in ui.doneDetailLabel.text()
    assert wizard.reg is not None
    wizard.reg.close()

    # What the wizard made is real: a keyring key, a readable sheet, a working login.
    info = read_info(data_dir)
    assert keys.load_from_keyring(info.register_id) is not None
    sheet_text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Teesside HAT Clinic" in sheet_text and info.register_id in sheet_text
    reg = open_register(data_dir, clock=clock)
    try:
        assert auth.login(reg, "morag", "a-long-password-1").full_name == "Morag Manager"
    finally:
        reg.close()


def test_wizard_back_keeps_what_was_typed(qtbot, tmp_path: Path, clock) -> None:
    wizard = FirstRunWizard(tmp_path / "data", clock)
    v = wizard.view
    ui = wizard.ui
    qtbot.addWidget(v)
    _type(qtbot, ui.clinicNameEdit, "North Clinic")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.backButton, Qt.MouseButton.LeftButton)
    assert ui.stepLabel.text() == "Step 1 of 4: The clinic"
    assert ui.clinicNameEdit.text() == "North Clinic"


@pytest.fixture
def no_keyring():
    previous = keys.keyring.get_keyring()
    keys.keyring.set_keyring(keys.fail.Keyring())
    yield
    keys.keyring.set_keyring(previous)


def test_without_a_keyring_the_wizard_says_so_and_uses_a_passphrase(
    qtbot, tmp_path: Path, clock, no_keyring
) -> None:
    data_dir = tmp_path / "data"
    wizard = FirstRunWizard(data_dir, clock)
    v = wizard.view
    ui = wizard.ui
    qtbot.addWidget(v)
    assert "no usable system keyring" in ui.keyringStatusLabel.text()
    assert not ui.keyringRadio.isEnabled()
    assert ui.passphraseRadio.isChecked() and ui.passphraseEdit.isEnabled()
    _type(qtbot, ui.clinicNameEdit, "Offline Clinic")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    _type(qtbot, ui.usernameEdit, "boss")
    _type(qtbot, ui.fullNameEdit, "Bo Boss")
    _type(qtbot, ui.passwordEdit, "a-long-password-1")
    _type(qtbot, ui.confirmEdit, "a-long-password-1")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    _type(qtbot, ui.passphraseEdit, "too short")
    _type(qtbot, ui.passphraseConfirmEdit, "too short")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "The register passphrase must be at least 12 characters long."
    _type(qtbot, ui.passphraseEdit, "river stone lantern 42")
    _type(qtbot, ui.passphraseConfirmEdit, "river stone lantern 42")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    _type(qtbot, ui.sheetPathEdit, str(tmp_path / "sheet.pdf"))
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.pages.currentWidget() is ui.donePage, ui.errorLabel.text()
    wizard.reg.close()
    assert read_info(data_dir).key_mode == keys.KeyMode.PASSPHRASE
    # No key file anywhere in the data folder: only the database, its info and logs.
    assert {p.name for p in data_dir.iterdir()} <= {"logs", "register.db", "register.db-journal",
                                                    "register.json"}
    reg = open_register(data_dir, clock=clock, passphrase=lambda: "river stone lantern 42")
    reg.close()
