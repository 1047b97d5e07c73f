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


def test_wizard_creates_a_register_end_to_end(qtbot, tmp_path: Path, clock) -> None:
    data_dir = tmp_path / "data"
    sheet = tmp_path / "usb" / "recovery.pdf"
    sheet.parent.mkdir()
    wizard = FirstRunWizard(data_dir, clock)
    v = wizard.view
    qtbot.addWidget(v)
    v.show()
    assert v.stepLabel.text() == "Step 1 of 4: The clinic"

    # An empty clinic name is refused in the user's words, and the page stays.
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.errorLabel.text() == "Enter the clinic name."
    assert v.pages.currentWidget() is v.clinicPage

    _type(qtbot, v.clinicNameEdit, "Teesside HAT Clinic")
    qtbot.keyClicks(v.clinicAddressEdit, "1 Albert Road, Middlesbrough")
    assert v.timezoneCombo.currentText() == "Europe/London"
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.stepLabel.text() == "Step 2 of 4: The first manager"

    _type(qtbot, v.usernameEdit, "morag")
    _type(qtbot, v.fullNameEdit, "Morag Manager")
    _type(qtbot, v.passwordEdit, "short")
    _type(qtbot, v.confirmEdit, "short")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.errorLabel.text() == "The password must be at least 10 characters long."
    _type(qtbot, v.passwordEdit, "a-long-password-1")
    _type(qtbot, v.confirmEdit, "a-long-password-2")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.errorLabel.text() == "The two passwords are not the same."
    _type(qtbot, v.confirmEdit, "a-long-password-1")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.stepLabel.text() == "Step 3 of 4: The register key"

    # This machine has a Secret Service, so the keyring is offered and chosen.
    assert v.keyringRadio.isEnabled() and v.keyringRadio.isChecked()
    assert not v.passphraseEdit.isEnabled()
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.stepLabel.text() == "Step 4 of 4: The recovery sheet"

    # The sheet may not live inside the data folder it unlocks.
    _type(qtbot, v.sheetPathEdit, str(data_dir / "sheet.pdf"))
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert "outside the register's data folder" in v.errorLabel.text()
    assert not data_dir.exists()

    _type(qtbot, v.sheetPathEdit, str(sheet))
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.pages.currentWidget() is v.donePage
    assert "Teesside HAT Clinic" in v.doneLabel.text()
    assert str(sheet) in v.doneDetailLabel.text()
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
    qtbot.addWidget(v)
    _type(qtbot, v.clinicNameEdit, "North Clinic")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(v.backButton, Qt.MouseButton.LeftButton)
    assert v.stepLabel.text() == "Step 1 of 4: The clinic"
    assert v.clinicNameEdit.text() == "North Clinic"


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
    qtbot.addWidget(v)
    assert "no usable system keyring" in v.keyringStatusLabel.text()
    assert not v.keyringRadio.isEnabled()
    assert v.passphraseRadio.isChecked() and v.passphraseEdit.isEnabled()
    _type(qtbot, v.clinicNameEdit, "Offline Clinic")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    _type(qtbot, v.usernameEdit, "boss")
    _type(qtbot, v.fullNameEdit, "Bo Boss")
    _type(qtbot, v.passwordEdit, "a-long-password-1")
    _type(qtbot, v.confirmEdit, "a-long-password-1")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    _type(qtbot, v.passphraseEdit, "too short")
    _type(qtbot, v.passphraseConfirmEdit, "too short")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.errorLabel.text() == "The register passphrase must be at least 12 characters long."
    _type(qtbot, v.passphraseEdit, "river stone lantern 42")
    _type(qtbot, v.passphraseConfirmEdit, "river stone lantern 42")
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    _type(qtbot, v.sheetPathEdit, str(tmp_path / "sheet.pdf"))
    qtbot.mouseClick(v.nextButton, Qt.MouseButton.LeftButton)
    assert v.pages.currentWidget() is v.donePage, v.errorLabel.text()
    wizard.reg.close()
    assert read_info(data_dir).key_mode == keys.KeyMode.PASSPHRASE
    # No key file anywhere in the data folder: only the database, its info and logs.
    assert {p.name for p in data_dir.iterdir()} <= {"logs", "register.db", "register.db-shm",
                                                    "register.db-wal", "register.json"}
    reg = open_register(data_dir, clock=clock, passphrase=lambda: "river stone lantern 42")
    reg.close()
