"""The login window: who is at the workstation. When the PC's clock is far ahead of the
register's newest entry, it says so, and only a manager's login (which confirms the date)
goes through.

At start-up the login window comes up before the register is open (issue 14: on screen
within 1.5x a bare Qt window): it says "Opening the register…" and opens it, on the GUI
thread, once it has been painted. Keystrokes typed meanwhile wait in Qt's event queue and
reach the fields afterwards; the Log in button is offered once the register is open, and
Enter pressed in the password field before that logs in as soon as it is.
If the register cannot be opened without asking (the key is not in this computer's
keyring) or cannot be opened at all, the window closes and ``exec()`` says so: the start
then goes on as it did before the login window existed (app.py)."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from hat_desktop.gui.messages import run_service

if TYPE_CHECKING:  # not loaded before the window is on screen (#14)
    from hat_desktop.domain.accounts import User
    from hat_desktop.services.open_register import OpenRegister

DEMO_HINT = (
    "DEMO register — not a legal register. Log in as demo-nurse, demo-nurse2, "
    "demo-pharmacist, demo-prescriber, demo-manager or demo-inspector; every password is "
    "demo-password."
)
OPENING = "Opening the register…"
# Should the window never be painted (no expose from the window system), the register
# is opened anyway after this long.
OPEN_ANYWAY_MS = 500


class LoginDialog(FormDialog[Ui_LoginDialog, "User"]):
    """Logs in to ``reg``; or, at start-up (``reg`` None), first opens the register with
    ``opening`` (which returns None when the user must be asked for a key first)."""

    def __init__(self, reg: "OpenRegister | None", parent: QWidget | None = None, *,
                 opening: "Callable[[], OpenRegister | None] | None" = None) -> None:
        super().__init__(Ui_LoginDialog(), parent)
        if (reg is None) == (opening is None):
            raise ValueError("a login window needs an open register or a way to open one")
        self.reg: OpenRegister | None = None
        self.user: User | None = None
        self.must_ask = False  # the register opens only with a key the user must give
        self._opening = opening
        self._log_in_when_open = False
        self._failure: Exception | None = None
        v = self.view
        ui = self.ui
        ui.loginButton.setAutoDefault(False)
        ui.loginButton.setDefault(False)
        ui.loginButton.clicked.connect(self._login)
        ui.userEdit.returnPressed.connect(ui.passwordEdit.setFocus)
        ui.passwordEdit.returnPressed.connect(self._login)
        ui.quitButton.clicked.connect(v.reject)
        ui.userEdit.setFocus()
        if reg is not None:
            self._ready(reg)
            return
        ui.clinicLabel.setText(OPENING)
        ui.loginButton.setEnabled(False)
        v.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The register is opened once the window is on screen (painted)."""
        if watched is self.view:
            if event.type() == QEvent.Type.Show:
                QTimer.singleShot(OPEN_ANYWAY_MS, self._open)
            elif event.type() == QEvent.Type.Paint:
                self.view.removeEventFilter(self)
                QTimer.singleShot(0, self._open)
        return False

    def exec(self) -> "User | None":
        """The user who logged in; None when they quit, or when the register must be opened
        with a key they are asked for (``must_ask``). Raises what opening the register
        raised, once the window is closed."""
        user = super().exec()
        self._opening = None  # closed before it was painted: never opened (the view is gone)
        if self._failure is not None:
            raise self._failure
        return user

    def accepted_result(self) -> "User | None":
        return self.user

    def _open(self) -> None:
        opening, self._opening = self._opening, None
        if opening is None or not self.view.isVisible():  # opened already, or quit before
            return
        try:
            reg = opening()
            if reg is not None:
                self._ready(reg)
        except Exception as exc:  # noqa: BLE001 - raised again by exec(), the window closed
            self._failure = exc
            self.view.reject()
            return
        if reg is None:
            self.must_ask = True
            self.view.reject()

    def _ready(self, reg: "OpenRegister") -> None:
        from hat_desktop.services import clock_check  # with the register, not before (#14)

        ui = self.ui
        self.reg = reg
        ui.clinicLabel.setText(reg.settings.clinic_name)
        if reg.demo:
            ui.demoHintLabel.setText(DEMO_HINT)
            ui.demoHintLabel.show()
        problem = run_service(lambda: clock_check.check_clock(reg),
                              parent=self.view.parentWidget())
        if problem is not None:
            ui.clockLabel.setText(problem.message(reg.tz))
            ui.clockLabel.show()
        ui.loginButton.setEnabled(True)
        if self.view.isVisible():  # a line shown after the window was sized
            self.grow_to_fit()
        if self._log_in_when_open:
            self._login()

    def _login(self) -> None:
        reg = self.reg
        if reg is None:  # Enter while the register opens: once it is open
            self._log_in_when_open = True
            return
        from hat_desktop.services import auth, clock_check

        v = self.view
        ui = self.ui
        name, password = ui.userEdit.text(), ui.passwordEdit.text()

        def log_in() -> "User":
            if reg.clock_unconfirmed is not None:
                clock_check.confirm_clock(reg, name, password)
            return auth.login(reg, name, password)

        user = run_service(log_in, error_label=ui.errorLabel)
        if reg.clock_unconfirmed is None:
            ui.clockLabel.hide()
        ui.passwordEdit.clear()
        if user is None:
            ui.passwordEdit.setFocus()
            return
        self.user = user
        v.accept()
