"""The reusable witness dialog: a second, different user countersigns — with their own
user name and password, or, when the clinic allows it, by scanning their staff badge and
typing their personal witness PIN. The logged-in user can never witness themselves.

It never shows a secret: from the moment it is made until it closes, keys meant for any
other window are dropped (a password typed before the dialog had the keyboard used to
land in the screen behind it); after a failed signature the focus goes to the password
(or PIN) field, cleared, never back to the user name field where a retyped password
would show."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_witness_dialog import Ui_WitnessDialog
from hat_desktop.gui.key_fence import KeyFence
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.scan_guard import STAFF_BADGE, ScanGuard
from hat_desktop.services import auth, witness_pin
from hat_desktop.services.open_register import OpenRegister


class WitnessDialog(FormDialog[Ui_WitnessDialog, User]):
    def __init__(self, reg: OpenRegister, actor: User, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_WitnessDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.witness: User | None = None
        self.badge = False  # the user name came from a badge scan: a PIN follows
        v = self.view
        ui = self.ui
        self.fence = KeyFence(v, self._keys_dropped)
        ui.summaryLabel.setText(summary)
        ui.headingLabel.setText(
            f"{actor.full_name} asks a second member of staff to witness this entry."
        )
        ui.signButton.setDefault(False)
        ui.signButton.clicked.connect(self._sign)
        ui.userEdit.returnPressed.connect(self._user_entered)
        ui.userEdit.textEdited.connect(lambda _text: self._set_badge(False))
        ui.passwordEdit.returnPressed.connect(self._sign)
        ui.cancelButton.clicked.connect(v.reject)
        v.finished.connect(lambda _result: self.fence.lift())
        if reg.settings.witness_pin:
            ui.userLabel.setText("Witness &user name (or scan the badge)")
            ui.userEdit.setPlaceholderText("Scan your staff badge, or type your user name")
            self.badges = ScanGuard(v, self._badge_scanned, area=ui.userEdit,
                                    pattern=STAFF_BADGE)
        v.installEventFilter(self)
        ui.userEdit.setFocus()

    def accepted_result(self) -> User | None:
        return self.witness

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.Show:
            self.view.activateWindow()  # take the keyboard at once
            self.view.raise_()
            self.ui.userEdit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return False

    def _keys_dropped(self) -> None:
        ui = self.ui
        ui.errorLabel.setText("Keys typed before this window was ready were not used: type "
                              "them here.")
        ui.errorLabel.show()

    def _set_badge(self, on: bool) -> None:
        ui = self.ui
        self.badge = on
        ui.passwordLabel.setText("Witness &PIN" if on else "Witness &password")
        ui.passwordEdit.setAccessibleName("Witness PIN" if on else "Witness password")

    def _badge_scanned(self, text: str) -> None:
        ui = self.ui
        ui.userEdit.setText(text.lower())
        self._set_badge(True)
        ui.passwordEdit.clear()
        ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _user_entered(self) -> None:
        self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sign(self) -> None:
        v = self.view
        ui = self.ui
        name, secret = ui.userEdit.text(), ui.passwordEdit.text()
        witness = run_service(
            (lambda: witness_pin.authenticate(self.reg, self.actor, name, secret))
            if self.badge else
            (lambda: auth.authenticate_witness(self.reg, self.actor, name, secret)),
            error_label=ui.errorLabel,
        )
        ui.passwordEdit.clear()
        if witness is None:
            ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.witness = witness
        v.accept()


def ask_witness(reg: OpenRegister, actor: User, summary: str, parent: QWidget | None
                ) -> User | None:
    """Show the dialog; the authenticated witness, or None if cancelled."""
    return WitnessDialog(reg, actor, summary, parent).exec()
