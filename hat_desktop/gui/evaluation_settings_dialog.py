"""The evaluation's costs and access (managers): staff and overhead cost per patient-day,
the budget per patient a year, and whether inspectors may read the evaluation."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.costs import money
from hat_desktop.domain.settings import ClinicSettings
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_evaluation_settings_dialog import Ui_EvaluationSettingsDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import evaluation
from hat_desktop.services.open_register import OpenRegister


def pounds(pence: int) -> str:
    """A setting in pence as the form shows it: '18.50', '12000'."""
    return money(pence).removeprefix("£").replace(",", "")


class EvaluationSettingsDialog(FormDialog[Ui_EvaluationSettingsDialog, ClinicSettings]):
    def __init__(self, reg: OpenRegister, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(Ui_EvaluationSettingsDialog(), parent)
        self.reg, self.actor = reg, actor
        self.saved: ClinicSettings | None = None
        s, ui = reg.settings, self.ui
        ui.staffCostEdit.setText(pounds(s.staff_cost_per_day_pence)
                                 if s.staff_cost_per_day_pence else "")
        ui.budgetEdit.setText(pounds(s.budget_per_patient_year_pence))
        ui.inspectorsCheck.setChecked(s.evaluation_for_inspectors)
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> ClinicSettings | None:
        return self.saved

    def _confirm(self) -> None:
        ui = self.ui
        saved = run_service(lambda: evaluation.change_settings(
            self.reg, self.actor, ui.staffCostEdit.text(), ui.budgetEdit.text(),
            ui.inspectorsCheck.isChecked()), error_label=ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
