"""Choosing a backup to restore, and the manager signing in (manager only): against the
register in use, whose lockout applies; a backup older than that register needs a reason."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from hat_desktop.gui.messages import confirm, run_service
from hat_desktop.services import settings as settings_service
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import OpenWith, how_to_open


@dataclass(frozen=True)
class RestoreRequest:
    """What the manager chose: the backup, who signs in, and why when it rolls back."""

    backup: Path
    username: str
    password: str
    recovery_key: str | None = None
    reason: str = ""


def _explanation(data_dir: Path) -> str:
    return (
        "HAT Desktop first opens and checks the backup, and you sign in. Only then is "
        "the register in use closed and moved aside into a new folder named "
        f"“replaced-<date and time>” in {data_dir}: it is kept, never overwritten or "
        "deleted. The backup takes its place and you log in again."
    )


class RestoreDialog(FormDialog[Ui_RestoreDialog, RestoreRequest]):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None, *,
                 again: RestoreRequest | None = None, problem: str = "") -> None:
        """``again``: the request refused with ``problem`` (a rollback with no reason),
        shown again with the reason to type."""
        super().__init__(Ui_RestoreDialog(), parent)
        self.reg = reg
        self.request: RestoreRequest | None = None
        v = self.view
        ui = self.ui
        ui.explainLabel.setText(_explanation(reg.data_dir))
        ui.userEdit.setText(user.username)
        method = run_service(lambda: how_to_open(reg.data_dir), parent=parent)
        self.needs_key = method is not OpenWith.KEYRING
        for widget in (ui.recoveryKeyLabel, ui.recoveryKeyEdit, ui.recoveryKeyHint):
            widget.setVisible(self.needs_key)
        ui.browseButton.clicked.connect(self._browse)
        ui.restoreButton.clicked.connect(self._restore)
        ui.cancelButton.clicked.connect(v.reject)
        ui.fileEdit.setFocus()
        if again is not None:
            ui.fileEdit.setText(str(again.backup))
            ui.userEdit.setText(again.username)
            ui.recoveryKeyEdit.setText(again.recovery_key or "")
            ui.reasonEdit.setText(again.reason)
            ui.errorLabel.setText(problem + " Type your password again.")
            ui.errorLabel.show()
            ui.reasonEdit.setFocus()

    def accepted_result(self) -> RestoreRequest | None:
        return self.request

    def _browse(self) -> None:
        folder = settings_service.current(self.reg).backup_folder or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self.view, "Choose the backup to restore", folder,
            "HAT register backups (*.db);;All files (*)")
        if chosen:
            self.ui.fileEdit.setText(chosen)
            self.ui.passwordEdit.setFocus()

    def _checked(self) -> RestoreRequest:
        ui = self.ui
        if not ui.fileEdit.text().strip():
            raise InvalidInput("Choose the backup file to restore (a .db file).")
        if not ui.userEdit.text().strip():
            raise InvalidInput("Enter your user name.")
        if not ui.passwordEdit.text():
            raise InvalidInput("Enter your password.")
        key = ui.recoveryKeyEdit.text().strip() if self.needs_key else ""
        if self.needs_key and not key:
            raise InvalidInput("Type the recovery key from the register's recovery sheet.")
        return RestoreRequest(Path(ui.fileEdit.text().strip()).expanduser(),
                              ui.userEdit.text().strip(), ui.passwordEdit.text(), key or None,
                              ui.reasonEdit.text())

    def _restore(self) -> None:
        request = run_service(self._checked, error_label=self.ui.errorLabel)
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
