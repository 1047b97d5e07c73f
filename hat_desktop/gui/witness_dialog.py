"""The reusable witness dialog: a second, different user countersigns with their
own user name and password. The logged-in user can never witness themselves."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister


class WitnessDialog(QObject):
    def __init__(self, reg: OpenRegister, actor: User, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.actor = actor
        self.witness: User | None = None
        self.view: QDialog = load_form("witness_dialog", parent)  # type: ignore[assignment]
        v = self.view
        v.summaryLabel.setText(summary)
        v.headingLabel.setText(
            f"{actor.full_name} asks a second member of staff to witness this entry."
        )
        v.signButton.setDefault(False)
        v.signButton.clicked.connect(self._sign)
        v.userEdit.returnPressed.connect(v.passwordEdit.setFocus)
        v.passwordEdit.returnPressed.connect(self._sign)
        v.cancelButton.clicked.connect(v.reject)
        v.userEdit.setFocus()

    def _sign(self) -> None:
        v = self.view
        witness = run_service(
            lambda: auth.authenticate_witness(
                self.reg, self.actor, v.userEdit.text(), v.passwordEdit.text()
            ),
            error_label=v.errorLabel,
        )
        v.passwordEdit.clear()
        if witness is None:
            v.userEdit.setFocus()
            v.userEdit.selectAll()
            return
        self.witness = witness
        v.accept()

    def exec(self) -> User | None:
        return self.witness if self.view.exec() == QDialog.DialogCode.Accepted else None


def ask_witness(reg: OpenRegister, actor: User, summary: str, parent: QWidget | None
                ) -> User | None:
    """Show the dialog; the authenticated witness, or None if cancelled."""
    return WitnessDialog(reg, actor, summary, parent).exec()
