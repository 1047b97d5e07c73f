"""A prescriber writes a patient's first prescription or changes it (a new version;
the old one stays readable and is never edited)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_prescription_dialog import Ui_PrescriptionDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.prescription_fields import PrescriptionFields
from hat_desktop.gui.scrolling import scroll_part
from hat_desktop.services import prescriptions
from hat_desktop.services.open_register import OpenRegister


def prescriber_line(actor: User) -> str:
    licence = actor.home_office_licence or "none on file"
    return f"Prescriber: {actor.full_name} (Home Office licence {licence})."


class PrescriptionDialog(FormDialog[Ui_PrescriptionDialog, Prescription]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 current: Prescription | None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_PrescriptionDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.patient = patient
        self.saved: Prescription | None = None
        v = self.view
        ui = self.ui
        change = current is not None
        v.setWindowTitle(f"{'Change' if change else 'New'} prescription — {patient.label}")
        intro = prescriber_line(actor)
        if current is not None:
            intro += (f" This becomes version {current.version + 1}; version {current.version} "
                      "stays in the record unchanged.")
        ui.introLabel.setText(intro)
        self.fields = PrescriptionFields(reg, actor, ui.fieldsArea, ui.fieldsAreaLayout, current,
                                         is_change=change)
        scroll_part(ui.prescriptionLayout, ui.errorLabel)  # the error and buttons in view
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(v.reject)
        QTimer.singleShot(0, self.fields.ui.doseSpin.setFocus)

    def accepted_result(self) -> Prescription | None:
        return self.saved

    def _save(self) -> None:
        v = self.view
        ui = self.ui
        saved = run_service(
            lambda: prescriptions.prescribe(self.reg, self.actor, self.patient.id,
                                            self.fields.prescription()),
            error_label=ui.errorLabel)
        if saved is not None:
            self.saved = saved
            v.accept()
