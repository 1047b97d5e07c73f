"""Asks for the passphrase, or the recovery key, when the register needs one to open."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_open_register_dialog import Ui_OpenRegisterDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services.clock import Clock
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import OpenWith, open_register


class OpenRegisterDialog(FormDialog[Ui_OpenRegisterDialog, OpenRegister]):
    def __init__(self, data_dir: Path, clock: Clock, method: OpenWith,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_OpenRegisterDialog(), parent)
        self.data_dir = data_dir
        self.clock = clock
        self.method = method
        self.reg: OpenRegister | None = None
        v = self.view
        ui = self.ui
        if method is OpenWith.PASSPHRASE:
            ui.headingLabel.setText("This register is opened with its passphrase.")
            ui.secretLabel.setText("&Passphrase")
        else:
            ui.headingLabel.setText(
                "The key for this register is not in this computer's keyring (a new or "
                "re-installed computer?). Type the recovery key from the register's recovery "
                "sheet; HAT Desktop will then keep it in this computer's keyring."
            )
            ui.secretLabel.setText("&Recovery key")
            ui.secretEdit.setEchoMode(ui.secretEdit.EchoMode.Normal)
        ui.okButton.clicked.connect(self._open)
        ui.cancelButton.clicked.connect(v.reject)

    def accepted_result(self) -> OpenRegister | None:
        return self.reg

    def _open(self) -> None:
        v = self.view
        ui = self.ui
        secret = ui.secretEdit.text()
        attempt: Callable[[], OpenRegister]
        if self.method is OpenWith.PASSPHRASE:
            attempt = lambda: open_register(self.data_dir, clock=self.clock,  # noqa: E731
                                            passphrase=lambda: secret)
        else:
            attempt = lambda: open_register(self.data_dir, clock=self.clock,  # noqa: E731
                                            recovery_key=secret)
        reg = run_service(attempt, error_label=ui.errorLabel)
        if reg is not None:
            ui.secretEdit.clear()
            self.reg = reg
            v.accept()
