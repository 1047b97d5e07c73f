"""Create or edit a staff account (manager only)."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User, check_typed_twice
from hat_desktop.domain.roles import Role
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import users
from hat_desktop.services.open_register import OpenRegister


class UserDialog(FormDialog[Ui_UserDialog, User]):
    def __init__(self, reg: OpenRegister, actor: User, existing: User | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_UserDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.existing = existing
        self.saved: User | None = None
        v = self.view
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role.label, role)
        ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        if existing is None:
            v.setWindowTitle("New staff account")
            ui.activeCheck.hide()
        else:
            v.setWindowTitle(f"Edit {existing.username}")
            ui.usernameEdit.setText(existing.username)
            ui.usernameEdit.setReadOnly(True)
            ui.fullNameEdit.setText(existing.full_name)
            ui.roleCombo.setCurrentIndex(list(Role).index(existing.role))
            ui.licenceEdit.setText(existing.home_office_licence or "")
            ui.registrationEdit.setText(existing.professional_registration or "")
            ui.addressEdit.setPlainText(existing.address or "")
            ui.gphcEdit.setText(existing.gphc_number or "")
            ui.activeCheck.setChecked(existing.active)
            for w in (ui.passwordEdit, ui.confirmEdit, ui.passwordLabel, ui.confirmLabel):
                w.hide()
        self._role_changed()
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(v.reject)

    def accepted_result(self) -> User | None:
        return self.saved

    def _role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())

    def _role_changed(self) -> None:
        ui = self.ui
        role = self._role()
        for w in (ui.licenceEdit, ui.licenceLabel, ui.registrationEdit, ui.registrationLabel,
                  ui.addressEdit, ui.addressLabel):
            w.setVisible(role is Role.PRESCRIBER)
        for w in (ui.gphcEdit, ui.gphcLabel):
            w.setVisible(role is Role.PHARMACIST)

    def _details(self) -> users.UserDetails:
        ui = self.ui
        role = self._role()
        return users.UserDetails(
            full_name=ui.fullNameEdit.text(),
            role=role,
            home_office_licence=ui.licenceEdit.text() if role is Role.PRESCRIBER else "",
            professional_registration=ui.registrationEdit.text() if role is Role.PRESCRIBER else "",
            gphc_number=ui.gphcEdit.text() if role is Role.PHARMACIST else "",
            address=ui.addressEdit.toPlainText() if role is Role.PRESCRIBER else "",
        )

    def _save(self) -> None:
        v = self.view
        ui = self.ui
        if self.existing is None:
            def create() -> User:
                check_typed_twice(ui.passwordEdit.text(), ui.confirmEdit.text())
                return users.create_user(self.reg, self.actor, ui.usernameEdit.text(),
                                         ui.passwordEdit.text(), self._details())
            saved = run_service(create, error_label=ui.errorLabel)
        else:
            existing = self.existing
            saved = run_service(
                lambda: users.update_user(self.reg, self.actor, existing.id, self._details(),
                                          active=ui.activeCheck.isChecked()),
                error_label=ui.errorLabel,
            )
        if saved is not None:
            self.saved = saved
            v.accept()
