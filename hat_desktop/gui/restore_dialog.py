"""Choosing a backup to restore, and the manager signing in to it (manager only)."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import confirm, run_service
from hat_desktop.services import settings as settings_service
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import OpenWith, how_to_open


@dataclass(frozen=True)
class RestoreRequest:
    """What the manager chose: the backup, and who signs in to it."""

    backup: Path
    username: str
    password: str
    recovery_key: str | None = None


def _explanation(data_dir: Path) -> str:
    return (
        "HAT Desktop first opens and checks the backup, and you sign in to it. Only then is "
        "the register in use closed and moved aside into a new folder named "
        f"“replaced-<date and time>” in {data_dir}: it is kept, never overwritten or "
        "deleted. The backup takes its place and you log in again."
    )


class RestoreDialog(QObject):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.request: RestoreRequest | None = None
        self.view: QDialog = load_form("restore_dialog", parent)  # type: ignore[assignment]
        v = self.view
        v.explainLabel.setText(_explanation(reg.data_dir))
        v.userEdit.setText(user.username)
        method = run_service(lambda: how_to_open(reg.data_dir), parent=parent)
        self.needs_key = method is not OpenWith.KEYRING
        for widget in (v.recoveryKeyLabel, v.recoveryKeyEdit, v.recoveryKeyHint):
            widget.setVisible(self.needs_key)
        v.browseButton.clicked.connect(self._browse)
        v.restoreButton.clicked.connect(self._restore)
        v.cancelButton.clicked.connect(v.reject)
        v.fileEdit.setFocus()

    def _browse(self) -> None:
        folder = settings_service.current(self.reg).backup_folder or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self.view, "Choose the backup to restore", folder,
            "HAT register backups (*.db);;All files (*)")
        if chosen:
            self.view.fileEdit.setText(chosen)
            self.view.passwordEdit.setFocus()

    def _checked(self) -> RestoreRequest:
        v = self.view
        if not v.fileEdit.text().strip():
            raise InvalidInput("Choose the backup file to restore (a .db file).")
        if not v.userEdit.text().strip():
            raise InvalidInput("Enter your user name.")
        if not v.passwordEdit.text():
            raise InvalidInput("Enter your password, as it was when the backup was made.")
        key = v.recoveryKeyEdit.text().strip() if self.needs_key else ""
        if self.needs_key and not key:
            raise InvalidInput("Type the recovery key from the register's recovery sheet.")
        return RestoreRequest(Path(v.fileEdit.text().strip()).expanduser(),
                              v.userEdit.text().strip(), v.passwordEdit.text(), key or None)

    def _restore(self) -> None:
        request = run_service(self._checked, error_label=self.view.errorLabel)
        if request is None:
            return
        question = (
            f"Restore the register from this backup?\n\n{request.backup}\n\n"
            "The register in use now will be kept aside in a new “replaced-…” folder in "
            f"{self.reg.data_dir}. It is not overwritten or deleted.\n\n"
            "Anything recorded after the backup was made will not be in the restored "
            "register. HAT Desktop will close the register, put the backup in its place "
            "and return to the login window."
        )
        if not confirm(self.view, question, "Restore this backup?"):
            return
        self.request = request
        self.view.accept()

    def exec(self) -> RestoreRequest | None:
        return self.request if self.view.exec() == QDialog.DialogCode.Accepted else None
