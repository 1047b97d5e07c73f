"""Change one's own password, or (manager) reset someone else's."""

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import check_typed_twice
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog
from hat_desktop.gui.messages import run_service


class PasswordDialog(FormDialog[Ui_PasswordDialog, bool]):
    """``apply(current, new)`` is the service call; ``ask_current`` shows the
    current-password field (own password) or hides it (manager reset)."""

    def __init__(self, heading: str, apply: Callable[[str, str], None], *, ask_current: bool,
                 parent: QWidget | None = None, secret: str = "password") -> None:
        super().__init__(Ui_PasswordDialog(), parent)
        self.apply = apply
        v = self.view
        ui = self.ui
        ui.headingLabel.setText(heading)
        self.secret = secret
        if secret != "password":  # a witness PIN: digits, typed twice
            ui.newLabel.setText(f"&New {secret}")
            ui.confirmLabel.setText(f"&Type the {secret} again")
            ui.newEdit.setAccessibleName(f"New {secret}")
            ui.confirmEdit.setAccessibleName(f"The new {secret} again")
            ui.okButton.setText(f"&Set the {secret}")
            v.setWindowTitle(f"Witness {secret}")
        if not ask_current:
            ui.currentEdit.hide()
            ui.currentLabel.hide()
            ui.okButton.setText("&Reset password")
        ui.okButton.clicked.connect(self._ok)
        ui.cancelButton.clicked.connect(v.reject)

    def accepted_result(self) -> bool | None:
        return True

    def _ok(self) -> None:
        v = self.view
        ui = self.ui

        def change() -> bool:
            check_typed_twice(ui.newEdit.text(), ui.confirmEdit.text(), f"new {self.secret}s")
            self.apply(ui.currentEdit.text(), ui.newEdit.text())
            return True

        if run_service(change, error_label=ui.errorLabel):
            v.accept()
