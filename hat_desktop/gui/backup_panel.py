"""The Admin page's Backups group: where backups go, how many daily copies to keep,
"Back up now" and "Restore from a backup…" (ui/backup_panel.ui)."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QWidget

from hat_desktop.domain.roles import Action, allowed
from hat_desktop.gui.backup_jobs import back_up_now
from hat_desktop.gui.forms.ui_backup_panel import Ui_BackupPanel
from hat_desktop.gui.messages import run_service, show_info
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.restore_dialog import RestoreDialog
from hat_desktop.services import settings as settings_service
from hat_desktop.services.backup import backup_age_text


class BackupPanel(QObject):
    """Emits ``restore_requested(RestoreRequest)`` once the manager has chosen a backup,
    signed in to it and confirmed; the app then closes the register and restores."""

    restore_requested = Signal(object)

    def __init__(self, ctx: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.view = QGroupBox(parent)
        self.ui = Ui_BackupPanel()
        self.ui.setupUi(self.view)
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.saveBackupSettingsButton.clicked.connect(lambda: self._save())
        ui.backUpNowButton.clicked.connect(self._back_up_now)
        ui.restoreButton.clicked.connect(self._restore)
        ui.restoreButton.setVisible(allowed(self.user.role, Action.RESTORE))
        ctx.events.changed.connect(self._on_event)

    def _on_event(self, event: str, payload: dict[str, Any]) -> None:
        if event == "backup_done":
            self.refresh_age()

    def load(self) -> None:
        settings = settings_service.current(self.reg)
        self.ui.folderEdit.setText(settings.backup_folder)
        self.ui.keepSpin.setValue(settings.backup_keep)
        self.refresh_age()

    def refresh_age(self) -> None:
        found = run_service(lambda: backup_age_text(self.reg), parent=self.view)
        if found is not None:
            text, warning = found
            self.ui.lastBackupLabel.setText(text)
            self.ui.lastBackupLabel.setProperty("warning", warning)
            self.ui.lastBackupLabel.style().unpolish(self.ui.lastBackupLabel)
            self.ui.lastBackupLabel.style().polish(self.ui.lastBackupLabel)

    # --- settings -----------------------------------------------------------------
    def _unsaved(self) -> bool:
        settings = settings_service.current(self.reg)
        return bool(self.ui.folderEdit.text().strip() != settings.backup_folder
                    or self.ui.keepSpin.value() != settings.backup_keep)

    def _save(self, *, quiet: bool = False) -> bool:
        v = self.view
        ui = self.ui
        saved = run_service(
            lambda: settings_service.change(self.reg, self.user,
                                            backup_folder=ui.folderEdit.text().strip(),
                                            backup_keep=ui.keepSpin.value()),
            error_label=ui.errorLabel,
        )
        if saved is None:
            return False
        ui.folderEdit.setText(saved.backup_folder)
        if not quiet:
            show_info(v, (f"Backups will go to {saved.backup_folder}; the newest "
                          f"{saved.backup_keep} daily copies are kept.")
                      if saved.backup_folder else
                      "No backup folder is set: HAT Desktop will make no automatic backups.",
                      "Backup settings saved")
        return True

    def _browse(self) -> None:
        v = self.view
        ui = self.ui
        start = ui.folderEdit.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(v, "Choose the backup folder", start)
        if chosen:
            ui.folderEdit.setText(str(Path(chosen)))
            self._save()

    # --- backing up and restoring -------------------------------------------------------
    def _back_up_now(self) -> None:
        if self._unsaved() and not self._save(quiet=True):
            return
        back_up_now(self.view, self.reg, self.user)
        self.refresh_age()

    def _restore(self) -> None:
        request = RestoreDialog(self.reg, self.user, self.view).exec()
        if request is not None:
            self.restore_requested.emit(request)
