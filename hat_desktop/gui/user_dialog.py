"""Create or edit a staff account (manager only)."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Role
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service
from hat_desktop.services import users
from hat_desktop.services.open_register import OpenRegister


class UserDialog(QObject):
    def __init__(self, reg: OpenRegister, actor: User, existing: User | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.actor = actor
        self.existing = existing
        self.saved: User | None = None
        self.view: QDialog = load_form("user_dialog", parent)  # type: ignore[assignment]
        v = self.view
        for role in Role:
            v.roleCombo.addItem(role.label, role)
        v.roleCombo.currentIndexChanged.connect(self._role_changed)
        if existing is None:
            v.setWindowTitle("New staff account")
            v.activeCheck.hide()
        else:
            v.setWindowTitle(f"Edit {existing.username}")
            v.usernameEdit.setText(existing.username)
            v.usernameEdit.setReadOnly(True)
            v.fullNameEdit.setText(existing.full_name)
            v.roleCombo.setCurrentIndex(list(Role).index(existing.role))
            v.licenceEdit.setText(existing.home_office_licence or "")
            v.registrationEdit.setText(existing.professional_registration or "")
            v.gphcEdit.setText(existing.gphc_number or "")
            v.activeCheck.setChecked(existing.active)
            for w in (v.passwordEdit, v.confirmEdit, v.passwordLabel, v.confirmLabel):
                w.hide()
        self._role_changed()
        v.saveButton.clicked.connect(self._save)
        v.cancelButton.clicked.connect(v.reject)

    def _role(self) -> Role:
        return Role(self.view.roleCombo.currentData())

    def _role_changed(self) -> None:
        v = self.view
        role = self._role()
        for w in (v.licenceEdit, v.licenceLabel, v.registrationEdit, v.registrationLabel):
            w.setVisible(role is Role.PRESCRIBER)
        for w in (v.gphcEdit, v.gphcLabel):
            w.setVisible(role is Role.PHARMACIST)

    def _details(self) -> users.UserDetails:
        v = self.view
        role = self._role()
        return users.UserDetails(
            full_name=v.fullNameEdit.text(),
            role=role,
            home_office_licence=v.licenceEdit.text() if role is Role.PRESCRIBER else "",
            professional_registration=v.registrationEdit.text() if role is Role.PRESCRIBER else "",
            gphc_number=v.gphcEdit.text() if role is Role.PHARMACIST else "",
        )

    def _save(self) -> None:
        v = self.view
        if self.existing is None:
            def create() -> User:
                if v.passwordEdit.text() != v.confirmEdit.text():
                    raise InvalidInput("The two passwords are not the same.")
                return users.create_user(self.reg, self.actor, v.usernameEdit.text(),
                                         v.passwordEdit.text(), self._details())
            saved = run_service(create, error_label=v.errorLabel)
        else:
            existing = self.existing
            saved = run_service(
                lambda: users.update_user(self.reg, self.actor, existing.id, self._details(),
                                          active=v.activeCheck.isChecked()),
                error_label=v.errorLabel,
            )
        if saved is not None:
            self.saved = saved
            v.accept()

    def exec(self) -> User | None:
        return self.saved if self.view.exec() == QDialog.DialogCode.Accepted else None
