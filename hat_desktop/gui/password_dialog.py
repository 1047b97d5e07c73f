"""Change one's own password, or (manager) reset someone else's."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service


class PasswordDialog(QObject):
    """``apply(current, new)`` is the service call; ``ask_current`` shows the
    current-password field (own password) or hides it (manager reset)."""

    def __init__(self, heading: str, apply: Callable[[str, str], None], *, ask_current: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply = apply
        self.view: QDialog = load_form("password_dialog", parent)  # type: ignore[assignment]
        v = self.view
        v.headingLabel.setText(heading)
        if not ask_current:
            v.currentEdit.hide()
            v.currentLabel.hide()
            v.okButton.setText("&Reset password")
        v.okButton.clicked.connect(self._ok)
        v.cancelButton.clicked.connect(v.reject)

    def _ok(self) -> None:
        v = self.view

        def change() -> bool:
            if v.newEdit.text() != v.confirmEdit.text():
                raise InvalidInput("The two new passwords are not the same.")
            self.apply(v.currentEdit.text(), v.newEdit.text())
            return True

        if run_service(change, error_label=v.errorLabel):
            v.accept()

    def exec(self) -> bool:
        return self.view.exec() == QDialog.DialogCode.Accepted
