"""The lock screen that hides everything after a few idle minutes."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.forms import load_form
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
        self.view = load_form("lock_screen", parent)
        v = self.view
        v.lockedByLabel.setText(
            f"Locked by {user.display}. Type your password to carry on, or log out so "
            "someone else can log in."
        )
        v.unlockButton.clicked.connect(self._unlock)
        v.passwordEdit.returnPressed.connect(self._unlock)
        v.logoutButton.clicked.connect(self.logout_requested)

    def prepare(self, cancelled_dialogs: int) -> None:
        v = self.view
        v.passwordEdit.clear()
        v.errorLabel.hide()
        v.cancelledNote.setText(
            f"{cancelled_dialogs} open window(s) were cancelled; nothing in them was saved."
            if cancelled_dialogs else ""
        )
        v.passwordEdit.setFocus()

    def _unlock(self) -> None:
        v = self.view
        ok = run_service(lambda: auth.unlock_screen(self.reg, self.user, v.passwordEdit.text()),
                         error_label=v.errorLabel)
        v.passwordEdit.clear()
        if ok is not None:
            self.unlocked.emit()
