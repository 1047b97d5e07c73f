"""The lock screen that hides everything after a few idle minutes. It shows the clinic,
the time, how many release checks are due and how many patients are on hold after an
adverse event awaiting a prescriber's review — numbers, never a patient's name. A card
scanned at it (the scanner types a clinic number and Enter in a fast burst) is caught
before it reaches the password field: it is never tried as a password, so scans cannot
lock anyone out."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.scan_guard import ScanGuard
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister


def due_text(due: int, held_after_event: int = 0) -> str:
    text = ("No release check is due." if not due
            else f"{due} release check{'s are' if due > 1 else ' is'} due.")
    if held_after_event:
        text += (f"\n{held_after_event} patient{'s are' if held_after_event > 1 else ' is'} on "
                 "hold after an adverse event, awaiting a prescriber's review.")
    return text


class LockScreen(QObject):
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, reg: OpenRegister, user: User, parent: QWidget) -> None:
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
        self.scans = ScanGuard(parent.window(), self._card_scanned, area=self.view)

    def show_state(self, clinic: str, now_text: str, due: int, held_after_event: int = 0
                   ) -> None:
        """The clinic, the time, the count of release checks due and of patients held after
        an adverse event: all it shows."""
        ui = self.ui
        ui.clinicLabel.setText(clinic)
        ui.clockLabel.setText(now_text)
        ui.dueLabel.setText(due_text(due, held_after_event))

    def prepare(self, cancelled_dialogs: int) -> None:
        ui = self.ui
        ui.passwordEdit.clear()
        ui.errorLabel.hide()
        ui.noticeLabel.hide()
        ui.cancelledNote.setText(
            f"{cancelled_dialogs} open window(s) were cancelled; nothing in them was saved."
            if cancelled_dialogs else ""
        )
        ui.passwordEdit.setFocus()

    def _card_scanned(self, _number: str) -> None:
        """Not a password: nothing is tried, nothing counted, the number is not shown."""
        ui = self.ui
        ui.passwordEdit.clear()
        ui.errorLabel.hide()
        ui.noticeLabel.setText("A card was scanned. The screen is locked: type your password "
                               "to unlock it first, then scan again.")
        ui.noticeLabel.show()

    def _unlock(self) -> None:
        ui = self.ui
        ui.noticeLabel.hide()
        ok = run_service(lambda: auth.unlock_screen(self.reg, self.user, ui.passwordEdit.text()),
                         error_label=ui.errorLabel)
        ui.passwordEdit.clear()
        if ok is not None:
            self.unlocked.emit()
