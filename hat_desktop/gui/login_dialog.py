"""The login window: who is at the workstation. When the PC's clock is far ahead of the
register's newest entry, it says so, and only a manager's login (which confirms the date)
goes through."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import auth, clock_check
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
        problem = run_service(lambda: clock_check.check_clock(reg), parent=parent)
        if problem is not None:
            ui.clockLabel.setText(problem.message(reg.tz))
            ui.clockLabel.show()

    def accepted_result(self) -> User | None:
        return self.user

    def _login(self) -> None:
        v = self.view
        ui = self.ui
        name, password = ui.userEdit.text(), ui.passwordEdit.text()

        def log_in() -> User:
            if self.reg.clock_unconfirmed is not None:
                clock_check.confirm_clock(self.reg, name, password)
            return auth.login(self.reg, name, password)

        user = run_service(log_in, error_label=ui.errorLabel)
        if self.reg.clock_unconfirmed is None:
            ui.clockLabel.hide()
        ui.passwordEdit.clear()
        if user is None:
            ui.passwordEdit.setFocus()
            return
        self.user = user
        v.accept()
