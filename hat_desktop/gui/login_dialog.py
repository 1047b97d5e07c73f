"""The login window: who is at the workstation."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister

DEMO_HINT = (
    "DEMO register — not a legal register. Log in as demo-nurse, demo-nurse2, "
    "demo-pharmacist, demo-prescriber, demo-manager or demo-inspector; every password is "
    "demo-password."
)


class LoginDialog(QObject):
    def __init__(self, reg: OpenRegister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.user: User | None = None
        self.view: QDialog = load_form("login_dialog", parent)  # type: ignore[assignment]
        v = self.view
        v.clinicLabel.setText(reg.settings.clinic_name)
        if reg.demo:
            v.demoHintLabel.setText(DEMO_HINT)
            v.demoHintLabel.show()
        v.loginButton.setAutoDefault(False)
        v.loginButton.setDefault(False)
        v.loginButton.clicked.connect(self._login)
        v.userEdit.returnPressed.connect(v.passwordEdit.setFocus)
        v.passwordEdit.returnPressed.connect(self._login)
        v.quitButton.clicked.connect(v.reject)
        v.userEdit.setFocus()

    def _login(self) -> None:
        v = self.view
        user = run_service(
            lambda: auth.login(self.reg, v.userEdit.text(), v.passwordEdit.text()),
            error_label=v.errorLabel,
        )
        v.passwordEdit.clear()
        if user is None:
            v.passwordEdit.setFocus()
            return
        self.user = user
        v.accept()

    def exec(self) -> User | None:
        return self.user if self.view.exec() == QDialog.DialogCode.Accepted else None
