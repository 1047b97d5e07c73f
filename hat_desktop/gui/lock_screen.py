"""The lock screen that hides everything after a few idle minutes."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from hat_desktop.gui.messages import run_service
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister


class LockScreen(QObject):
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.user = user
        self.view = QWidget(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self.view)
        ui = self.ui
        ui.lockedByLabel.setText(
            f"Locked by {user.display}. Type your password to carry on, or log out so "
            "someone else can log in."
        )
        ui.unlockButton.clicked.connect(self._unlock)
        ui.passwordEdit.returnPressed.connect(self._unlock)
        ui.logoutButton.clicked.connect(self.logout_requested)

    def prepare(self, cancelled_dialogs: int) -> None:
        ui = self.ui
        ui.passwordEdit.clear()
        ui.errorLabel.hide()
        ui.cancelledNote.setText(
            f"{cancelled_dialogs} open window(s) were cancelled; nothing in them was saved."
            if cancelled_dialogs else ""
        )
        ui.passwordEdit.setFocus()

    def _unlock(self) -> None:
        ui = self.ui
        ok = run_service(lambda: auth.unlock_screen(self.reg, self.user, ui.passwordEdit.text()),
                         error_label=ui.errorLabel)
        ui.passwordEdit.clear()
        if ok is not None:
            self.unlocked.emit()
