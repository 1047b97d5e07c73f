"""A prescriber writes, changes (a new version) or stops a patient's titration plan."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.domain.titration import TitrationPlan
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_titration_dialog import Ui_TitrationDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.prescription_dialog import prescriber_line
from hat_desktop.gui.scrolling import scroll_part
from hat_desktop.gui.titration_fields import TitrationFields
from hat_desktop.services import titration
from hat_desktop.services.open_register import OpenRegister


class TitrationDialog(FormDialog[Ui_TitrationDialog, TitrationPlan]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 rx: Prescription | None, current: TitrationPlan | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_TitrationDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: TitrationPlan | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Titration plan — {patient.label}")
        intro = prescriber_line(actor)
        intro += (f" In force: version {current.version}, {current.summary}."
                  if current is not None else
                  " Each day's dose will come from the plan until it reaches the target "
                  "(the prescription's dose).")
        ui.introLabel.setText(intro)
        self.fields = TitrationFields(reg, actor, ui.fieldsArea, ui.fieldsAreaLayout, rx,
                                      current)
        ui.stopButton.setVisible(current is not None)
        scroll_part(ui.titrationLayout, ui.errorLabel)  # with its preview, taller than 720 px
        ui.saveButton.clicked.connect(self._save)
        ui.stopButton.clicked.connect(self._stop)
        ui.cancelButton.clicked.connect(self.view.reject)
        self.fields.ui.productCombo.setFocus()

    def accepted_result(self) -> TitrationPlan | None:
        return self.saved

    def _done(self, saved: TitrationPlan | None) -> None:
        if saved is not None:
            self.saved = saved
            self.view.accept()

    def _save(self) -> None:
        self._done(run_service(lambda: titration.write_plan(self.reg, self.actor,
                                                            self.patient.id, self.fields.plan()),
                               error_label=self.ui.errorLabel))

    def _stop(self) -> None:
        reason = self.fields.ui.planReasonEdit.toPlainText()
        self._done(run_service(lambda: titration.stop_plan(self.reg, self.actor, self.patient.id,
                                                           reason),
                               error_label=self.ui.errorLabel))
