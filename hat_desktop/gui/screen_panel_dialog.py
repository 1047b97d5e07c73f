"""The clinic's drug-screen panel (a manager's setting): the substances a screen gives a
result for after street heroin, which is always first and cannot be removed."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.drug_screens import STREET_HEROIN
from hat_desktop.domain.settings import ClinicSettings
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_screen_panel_dialog import Ui_ScreenPanelDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import drug_screens
from hat_desktop.services.open_register import OpenRegister


class ScreenPanelDialog(FormDialog[Ui_ScreenPanelDialog, ClinicSettings]):
    def __init__(self, reg: OpenRegister, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ScreenPanelDialog(), parent)
        self.reg, self.actor = reg, actor
        self.saved: ClinicSettings | None = None
        ui = self.ui
        ui.introLabel.setText(
            f"Every drug screen gives a result for “{STREET_HEROIN}” first, then for each "
            "substance listed here. A change applies to screens recorded from now on; screens "
            "already recorded keep the panel they were recorded with.")
        ui.substancesEdit.setPlainText("\n".join(drug_screens.panel(reg)[1:]))
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> ClinicSettings | None:
        return self.saved

    def _confirm(self) -> None:
        names = self.ui.substancesEdit.toPlainText().splitlines()
        saved = run_service(lambda: drug_screens.change_panel(self.reg, self.actor, names),
                            error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
