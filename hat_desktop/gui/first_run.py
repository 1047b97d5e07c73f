"""The first-run wizard: clinic, first manager, where the key lives, recovery sheet."""

import zoneinfo
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from hat_desktop.domain.accounts import check_typed_twice
from hat_desktop.domain.register_keys import KeyMode
from hat_desktop.domain.times import DEFAULT_TIMEZONE
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.pdf_print import print_with_dialog
from hat_desktop.services.clock import Clock
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import (
    NewRegister,
    check_clinic,
    check_first_manager,
    check_key_choice,
    check_new_register,
    create_register,
    keyring_problem,
)

STEPS = ["The clinic", "The first manager", "The register key", "The recovery sheet"]


class FirstRunWizard(FormDialog[Ui_FirstRunWizard, OpenRegister]):
    def __init__(self, data_dir: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(Ui_FirstRunWizard(), parent)
        self.data_dir = data_dir
        self.clock = clock
        self.reg: OpenRegister | None = None
        v = self.view
        ui = self.ui
        ui.timezoneCombo.addItems(sorted(zoneinfo.available_timezones()))
        ui.timezoneCombo.setCurrentText(DEFAULT_TIMEZONE)
        self.keyring_problem = keyring_problem()
        if self.keyring_problem:
            ui.keyringStatusLabel.setText(
                self.keyring_problem + " The key will be derived from a passphrase instead; "
                "it is never stored in a file."
            )
            ui.keyringRadio.setEnabled(False)
            ui.passphraseRadio.setChecked(True)
        else:
            ui.keyringStatusLabel.setText(
                "This computer has a system keyring that can hold the key.")
        ui.keyringRadio.toggled.connect(self._key_mode_changed)
        self._key_mode_changed()
        ui.sheetPathEdit.setText(str(Path.home() / "HAT-recovery-sheet.pdf"))
        ui.browseButton.clicked.connect(self._browse)
        ui.nextButton.clicked.connect(self._next)
        ui.backButton.clicked.connect(self._back)
        ui.cancelButton.clicked.connect(v.reject)
        ui.printSheetButton.clicked.connect(self._print_sheet)
        self.sheet: Path | None = None
        self._show(0)

    def _print_sheet(self) -> None:
        """Qt's print dialog: no outside PDF viewer is needed."""
        sheet = self.sheet
        if sheet is None:
            return
        printed = run_service(lambda: print_with_dialog(self.view, "the recovery sheet", sheet),
                              error_label=self.ui.errorLabel)
        if printed:
            self.ui.doneDetailLabel.setText(self.ui.doneDetailLabel.text().replace(
                "Print it now, store it", "It was sent to the printer: store it"))

    def accepted_result(self) -> OpenRegister | None:
        """The new, open register."""
        return self.reg

    def rejected_result(self) -> OpenRegister | None:
        """None if cancelled before the register was created; once it exists (the last page,
        closed with Escape or the window's close button) it is open and must not be lost."""
        return self.reg

    # --- navigation --------------------------------------------------------------
    def _show(self, index: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(index)
        ui.errorLabel.hide()
        last_step = len(STEPS) - 1
        if index <= last_step:
            ui.stepLabel.setText(f"Step {index + 1} of {len(STEPS)}: {STEPS[index]}")
        ui.backButton.setEnabled(0 < index <= last_step)
        ui.nextButton.setText("&Create the register" if index == last_step else
                              "&Open HAT Desktop" if index > last_step else "&Next >")
        ui.cancelButton.setEnabled(index <= last_step)
        key_field = ui.keyringRadio if ui.keyringRadio.isEnabled() else ui.passphraseEdit
        first = {0: ui.clinicNameEdit, 1: ui.usernameEdit, 2: key_field,
                 3: ui.sheetPathEdit}.get(index, ui.nextButton)
        first.setFocus()

    def _back(self) -> None:
        self._show(max(0, self.ui.pages.currentIndex() - 1))

    def _next(self) -> None:
        index = self.ui.pages.currentIndex()
        if index == len(STEPS):
            self.view.accept()
            return
        checks = [self._check_clinic, self._check_manager, self._check_key, self._create]
        if run_service(checks[index], error_label=self.ui.errorLabel) is None:
            return
        self._show(index + 1)

    # --- each step's checks: the services' own, as create_register runs them -----------
    def _check_clinic(self) -> bool:
        ui = self.ui
        check_clinic(ui.clinicNameEdit.text(), ui.clinicAddressEdit.toPlainText(),
                     ui.timezoneCombo.currentText())
        return True

    def _check_manager(self) -> bool:
        ui = self.ui
        check_first_manager(ui.usernameEdit.text(), ui.fullNameEdit.text(),
                            ui.passwordEdit.text())
        check_typed_twice(ui.passwordEdit.text(), ui.confirmEdit.text())
        return True

    def _key_mode_changed(self) -> None:
        ui = self.ui
        use_passphrase = not ui.keyringRadio.isChecked()
        for w in (ui.passphraseEdit, ui.passphraseConfirmEdit, ui.passphraseLabel,
                  ui.passphraseConfirmLabel):
            w.setEnabled(use_passphrase)

    def _key_mode(self) -> KeyMode:
        return KeyMode.KEYRING if self.ui.keyringRadio.isChecked() else KeyMode.PASSPHRASE

    def _check_key(self) -> bool:
        ui = self.ui
        check_key_choice(self._key_mode(), ui.passphraseEdit.text())
        if self._key_mode() is KeyMode.PASSPHRASE:
            check_typed_twice(ui.passphraseEdit.text(), ui.passphraseConfirmEdit.text(),
                              "passphrases")
        return True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.view, "Save the recovery sheet", self.ui.sheetPathEdit.text(), "PDF (*.pdf)"
        )
        if chosen:
            self.ui.sheetPathEdit.setText(chosen)

    def _create(self) -> bool:
        ui = self.ui
        raw_path = ui.sheetPathEdit.text().strip()
        passphrase_mode = self._key_mode() is KeyMode.PASSPHRASE
        spec = NewRegister(
            clinic_name=ui.clinicNameEdit.text(),
            clinic_address=ui.clinicAddressEdit.toPlainText(),
            timezone=ui.timezoneCombo.currentText().strip(),
            admin_username=ui.usernameEdit.text(),
            admin_full_name=ui.fullNameEdit.text(),
            admin_password=ui.passwordEdit.text(),
            key_mode=self._key_mode(),
            passphrase=ui.passphraseEdit.text() if passphrase_mode else None,
        )
        wanted = Path(raw_path) if raw_path else None
        sheet = check_new_register(self.data_dir, spec, wanted).sheet_path
        self.reg, manager, _ = create_register(self.data_dir, spec, wanted, clock=self.clock)
        for secret in (ui.passwordEdit, ui.confirmEdit, ui.passphraseEdit,
                       ui.passphraseConfirmEdit):
            secret.clear()
        self.sheet = sheet
        ui.doneLabel.setText(f"The register for {spec.clinic_name} is ready.")
        ui.doneDetailLabel.setText(
            f"The recovery sheet was saved as {sheet}. Print it now, store it in a locked "
            f"place away from this computer, then delete the file.\n\nLog in as "
            f"{manager.username} and add the clinic's staff on the Admin page."
        )
        return True
