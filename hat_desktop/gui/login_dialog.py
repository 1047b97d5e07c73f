"""The login window: who is at the workstation."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister

DEMO_HINT = (
    "DEMO register — not a legal register. Log in as demo-nurse, demo-nurse2, "
    "demo-pharmacist, demo-prescriber, demo-manager or demo-inspector; every password is "
    "demo-password."
)


class LoginDialog(FormDialog[Ui_LoginDialog, User]):
    def __init__(self, reg: OpenRegister, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LoginDialog(), parent)
        self.reg = reg
        self.user: User | None = None
        v = self.view
        ui = self.ui
        ui.clinicLabel.setText(reg.settings.clinic_name)
        if reg.demo:
            ui.demoHintLabel.setText(DEMO_HINT)
            ui.demoHintLabel.show()
        ui.loginButton.setAutoDefault(False)
        ui.loginButton.setDefault(False)
        ui.loginButton.clicked.connect(self._login)
        ui.userEdit.returnPressed.connect(ui.passwordEdit.setFocus)
        ui.passwordEdit.returnPressed.connect(self._login)
        ui.quitButton.clicked.connect(v.reject)
        ui.userEdit.setFocus()

    def accepted_result(self) -> User | None:
        return self.user

    def _login(self) -> None:
        v = self.view
        ui = self.ui
        user = run_service(
            lambda: auth.login(self.reg, ui.userEdit.text(), ui.passwordEdit.text()),
            error_label=ui.errorLabel,
        )
        ui.passwordEdit.clear()
        if user is None:
            ui.passwordEdit.setFocus()
            return
        self.user = user
        v.accept()
