"""The reusable witness dialog: a second, different user countersigns with their
own user name and password. The logged-in user can never witness themselves."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_witness_dialog import Ui_WitnessDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister


class WitnessDialog(FormDialog[Ui_WitnessDialog, User]):
    def __init__(self, reg: OpenRegister, actor: User, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_WitnessDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.witness: User | None = None
        v = self.view
        ui = self.ui
        ui.summaryLabel.setText(summary)
        ui.headingLabel.setText(
            f"{actor.full_name} asks a second member of staff to witness this entry."
        )
        ui.signButton.setDefault(False)
        ui.signButton.clicked.connect(self._sign)
        ui.userEdit.returnPressed.connect(ui.passwordEdit.setFocus)
        ui.passwordEdit.returnPressed.connect(self._sign)
        ui.cancelButton.clicked.connect(v.reject)
        ui.userEdit.setFocus()

    def accepted_result(self) -> User | None:
        return self.witness

    def _sign(self) -> None:
        v = self.view
        ui = self.ui
        witness = run_service(
            lambda: auth.authenticate_witness(
                self.reg, self.actor, ui.userEdit.text(), ui.passwordEdit.text()
            ),
            error_label=ui.errorLabel,
        )
        ui.passwordEdit.clear()
        if witness is None:
            ui.userEdit.setFocus()
            ui.userEdit.selectAll()
            return
        self.witness = witness
        v.accept()


def ask_witness(reg: OpenRegister, actor: User, summary: str, parent: QWidget | None
                ) -> User | None:
    """Show the dialog; the authenticated witness, or None if cancelled."""
    return WitnessDialog(reg, actor, summary, parent).exec()
