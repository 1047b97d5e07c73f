"""Admin: staff accounts, the clinic's settings and backups; shown to the roles that may
manage user accounts (domain/roles.py), and every service on it checks its own action."""

import zoneinfo
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.times import format_local
from hat_desktop.gui.backup_panel import BackupPanel
from hat_desktop.gui.clinic_day_settings import ClinicDaySettings
from hat_desktop.gui.forms.ui_admin_page import Ui_AdminPage
from hat_desktop.gui.messages import run_action, run_service, show_info
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.password_dialog import PasswordDialog
from hat_desktop.gui.screen_panel_dialog import ScreenPanelDialog
from hat_desktop.gui.table_model import ModelIndex, RowsTableModel
from hat_desktop.gui.user_dialog import UserDialog
from hat_desktop.services import settings as settings_service
from hat_desktop.services import users
from hat_desktop.services.open_register import OpenRegister


class UsersModel(RowsTableModel[User]):
    HEADERS = ["User name", "Full name", "Role", "Status", "Registration"]

    def __init__(self, reg: OpenRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg = reg

    def _status(self, user: User) -> str:
        if not user.active:
            return "Deactivated"
        if user.is_locked(self.reg.now()):
            assert user.locked_until is not None
            return f"Locked until {format_local(user.locked_until, self.reg.tz)[-5:]}"
        if user.failed_attempts:
            return f"Active ({user.failed_attempts} failed login(s))"
        return "Active"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.rows[index.row()]
        registration = ", ".join(
            f"{label} {value}" for label, value in (
                ("HO licence", user.home_office_licence),
                ("Reg.", user.professional_registration),
                ("GPhC", user.gphc_number),
            ) if value
        )
        return [user.username, user.full_name, user.role.label, self._status(user),
                registration][index.column()]


class AdminPage(QObject):
    """Emits ``restore_requested(RestoreRequest)`` from its Backups group."""

    title = "Admin"
    restore_requested = Signal(object)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg = ctx.reg
        self.user = ctx.user
        self.view = QWidget(parent)
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self.view)
        ui = self.ui
        self.model = UsersModel(reg, self)
        ui.usersTable.setModel(self.model)
        ui.usersTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.usersTable.verticalHeader().hide()
        ui.usersTable.doubleClicked.connect(self._edit)
        ui.newUserButton.clicked.connect(self._new)
        ui.editUserButton.clicked.connect(self._edit)
        ui.resetPasswordButton.clicked.connect(self._reset_password)
        ui.unlockAccountButton.clicked.connect(self._unlock)
        ui.timezoneCombo.addItems(sorted(zoneinfo.available_timezones()))
        ui.saveSettingsButton.clicked.connect(self._save_settings)
        ui.clinicDayButton.clicked.connect(
            lambda: ClinicDaySettings(self.reg, self.user, self.view).exec())
        ui.screenPanelButton.clicked.connect(
            lambda: ScreenPanelDialog(self.reg, self.user, self.view).exec())
        self.backups = BackupPanel(ctx, ui.backupsArea)
        ui.backupsAreaLayout.addWidget(self.backups.view)
        self.backups.restore_requested.connect(self.restore_requested)
        ctx.events.changed.connect(self._on_event)

    def _on_event(self, event: str, payload: dict[str, Any]) -> None:
        if event == "users_changed":
            self.refresh_users()

    def activate(self) -> None:
        self.refresh_users()
        s = self.reg.settings
        ui = self.ui
        ui.clinicNameEdit.setText(s.clinic_name)
        ui.clinicAddressEdit.setPlainText(s.clinic_address)
        ui.timezoneCombo.setCurrentText(s.timezone)
        ui.lockMinutesSpin.setValue(s.lock_minutes)
        self.backups.load()

    def refresh_users(self) -> None:
        rows = run_service(lambda: users.list_users(self.reg, self.user), parent=self.view)
        if rows is not None:
            self.model.set_rows(rows)

    def _selected(self) -> User | None:
        index = self.ui.usersTable.currentIndex()
        if not index.isValid():
            self.ui.errorLabel.setText("Choose an account in the list first.")
            self.ui.errorLabel.show()
            return None
        self.ui.errorLabel.hide()
        return self.model.rows[index.row()]

    def _new(self) -> None:
        UserDialog(self.reg, self.user, None, self.view).exec()

    def _edit(self) -> None:
        target = self._selected()
        if target is not None:
            UserDialog(self.reg, self.user, target, self.view).exec()

    def _reset_password(self) -> None:
        target = self._selected()
        if target is None:
            return
        dialog = PasswordDialog(
            f"Set a new password for {target.display}. Tell them in person; they should change "
            "it after logging in.",
            lambda _current, new: users.reset_password(self.reg, self.user, target.id, new),
            ask_current=False, parent=self.view,
        )
        if dialog.exec():
            show_info(self.view, f"The password of {target.username} was reset.")
            self.refresh_users()

    def _unlock(self) -> None:
        target = self._selected()
        if target is None:
            return
        if run_action(lambda: users.unlock_account(self.reg, self.user, target.id),
                      error_label=self.ui.errorLabel):
            show_info(self.view, f"{target.username}'s account is unlocked.")

    def _save_settings(self) -> None:
        v = self.view
        ui = self.ui
        saved = run_service(
            lambda: settings_service.change(
                self.reg, self.user,
                clinic_name=ui.clinicNameEdit.text().strip(),
                clinic_address=ui.clinicAddressEdit.toPlainText().strip(),
                timezone=ui.timezoneCombo.currentText().strip(),
                lock_minutes=ui.lockMinutesSpin.value(),
            ),
            error_label=ui.errorLabel,
        )
        if saved is not None:
            show_info(v, "The settings were saved.")
