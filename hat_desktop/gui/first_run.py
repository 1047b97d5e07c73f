"""The first-run wizard: clinic, first manager, where the key lives, recovery sheet."""

import zoneinfo
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hat_desktop.domain.accounts import validate_password, validate_username
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import DEFAULT_TIMEZONE, zone
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service
from hat_desktop.services.clock import Clock
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import (
    NewRegister,
    check_recovery_sheet_path,
    create_register,
)
from hat_desktop.store.keys import KeyMode, keyring_problem, validate_passphrase

STEPS = ["The clinic", "The first manager", "The register key", "The recovery sheet"]


class FirstRunWizard(QObject):
    def __init__(self, data_dir: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.clock = clock
        self.reg: OpenRegister | None = None
        self.view: QDialog = load_form("first_run_wizard", parent)  # type: ignore[assignment]
        v = self.view
        v.timezoneCombo.addItems(sorted(zoneinfo.available_timezones()))
        v.timezoneCombo.setCurrentText(DEFAULT_TIMEZONE)
        self.keyring_problem = keyring_problem()
        if self.keyring_problem:
            v.keyringStatusLabel.setText(
                self.keyring_problem + " The key will be derived from a passphrase instead; "
                "it is never stored in a file."
            )
            v.keyringRadio.setEnabled(False)
            v.passphraseRadio.setChecked(True)
        else:
            v.keyringStatusLabel.setText(
                "This computer has a system keyring that can hold the key.")
        v.keyringRadio.toggled.connect(self._key_mode_changed)
        self._key_mode_changed()
        v.sheetPathEdit.setText(str(Path.home() / "HAT-recovery-sheet.pdf"))
        v.browseButton.clicked.connect(self._browse)
        v.nextButton.clicked.connect(self._next)
        v.backButton.clicked.connect(self._back)
        v.cancelButton.clicked.connect(v.reject)
        self._show(0)

    # --- navigation --------------------------------------------------------------
    def _show(self, index: int) -> None:
        v = self.view
        v.pages.setCurrentIndex(index)
        v.errorLabel.hide()
        last_step = len(STEPS) - 1
        if index <= last_step:
            v.stepLabel.setText(f"Step {index + 1} of {len(STEPS)}: {STEPS[index]}")
        v.backButton.setEnabled(0 < index <= last_step)
        v.nextButton.setText("&Create the register" if index == last_step else
                             "&Open HAT Desktop" if index > last_step else "&Next >")
        v.cancelButton.setEnabled(index <= last_step)
        key_field = v.keyringRadio if v.keyringRadio.isEnabled() else v.passphraseEdit
        first = {0: v.clinicNameEdit, 1: v.usernameEdit, 2: key_field,
                 3: v.sheetPathEdit}.get(index, v.nextButton)
        first.setFocus()

    def _back(self) -> None:
        self._show(max(0, self.view.pages.currentIndex() - 1))

    def _next(self) -> None:
        index = self.view.pages.currentIndex()
        if index == len(STEPS):
            self.view.accept()
            return
        checks = [self._check_clinic, self._check_manager, self._check_key, self._create]
        if run_service(checks[index], error_label=self.view.errorLabel) is None:
            return
        self._show(index + 1)

    # --- each step's checks (the same rules the services apply) -------------------
    def _check_clinic(self) -> bool:
        v = self.view
        clean_text(v.clinicNameEdit.text(), "clinic name", max_length=120)
        clean_text(v.clinicAddressEdit.toPlainText(), "clinic address", max_length=400,
                   required=False, multiline=True)
        zone(v.timezoneCombo.currentText().strip())
        return True

    def _check_manager(self) -> bool:
        v = self.view
        name = validate_username(v.usernameEdit.text())
        clean_text(v.fullNameEdit.text(), "full name", max_length=100)
        validate_password(v.passwordEdit.text(), name)
        if v.passwordEdit.text() != v.confirmEdit.text():
            raise InvalidInput("The two passwords are not the same.")
        return True

    def _key_mode_changed(self) -> None:
        v = self.view
        use_passphrase = not v.keyringRadio.isChecked()
        for w in (v.passphraseEdit, v.passphraseConfirmEdit, v.passphraseLabel,
                  v.passphraseConfirmLabel):
            w.setEnabled(use_passphrase)

    def _check_key(self) -> bool:
        v = self.view
        if v.keyringRadio.isChecked():
            return True
        validate_passphrase(v.passphraseEdit.text())
        if v.passphraseEdit.text() != v.passphraseConfirmEdit.text():
            raise InvalidInput("The two passphrases are not the same.")
        return True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.view, "Save the recovery sheet", self.view.sheetPathEdit.text(), "PDF (*.pdf)"
        )
        if chosen:
            self.view.sheetPathEdit.setText(chosen)

    def _create(self) -> bool:
        v = self.view
        raw_path = v.sheetPathEdit.text().strip()
        if not raw_path:
            raise InvalidInput("Choose where to save the recovery sheet.")
        sheet = check_recovery_sheet_path(Path(raw_path), self.data_dir)
        passphrase_mode = not v.keyringRadio.isChecked()
        spec = NewRegister(
            clinic_name=v.clinicNameEdit.text(),
            clinic_address=v.clinicAddressEdit.toPlainText(),
            timezone=v.timezoneCombo.currentText().strip(),
            admin_username=v.usernameEdit.text(),
            admin_full_name=v.fullNameEdit.text(),
            admin_password=v.passwordEdit.text(),
            key_mode=KeyMode.PASSPHRASE if passphrase_mode else KeyMode.KEYRING,
            passphrase=v.passphraseEdit.text() if passphrase_mode else None,
        )
        self.reg, manager, _ = create_register(self.data_dir, spec, sheet, clock=self.clock)
        for secret in (v.passwordEdit, v.confirmEdit, v.passphraseEdit, v.passphraseConfirmEdit):
            secret.clear()
        v.doneLabel.setText(f"The register for {spec.clinic_name} is ready.")
        v.doneDetailLabel.setText(
            f"The recovery sheet was saved as {sheet}. Print it now, store it in a locked "
            f"place away from this computer, then delete the file.\n\nLog in as "
            f"{manager.username} and add the clinic's staff on the Admin page."
        )
        return True

    def exec(self) -> OpenRegister | None:
        """Run the wizard; the new, open register, or None if cancelled."""
        self.view.exec()
        return self.reg
