"""Register a new patient or edit one's details (the clinic number is fixed once made)."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient, PatientDetails, format_nhs_number
from hat_desktop.domain.times import format_date
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_patient_dialog import Ui_PatientDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import patients
from hat_desktop.services.open_register import OpenRegister


class PatientDialog(FormDialog[Ui_PatientDialog, Patient]):
    def __init__(self, reg: OpenRegister, actor: User, existing: Patient | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_PatientDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.existing = existing
        self.saved: Patient | None = None
        v = self.view
        ui = self.ui
        if existing is None:
            v.setWindowTitle("New patient")
        else:
            v.setWindowTitle(f"Edit {existing.label}")
            ui.clinicNumberEdit.setText(existing.clinic_number)
            ui.clinicNumberEdit.setReadOnly(True)
            ui.clinicNumberEdit.setToolTip("A clinic number never changes once the patient "
                                           "is registered.")
            ui.fullNameEdit.setText(existing.full_name)
            ui.birthEdit.setText(format_date(existing.date_of_birth))
            ui.addressEdit.setPlainText(existing.address)
            ui.nhsEdit.setText(format_nhs_number(existing.nhs_number))
            ui.alertsEdit.setPlainText(existing.alerts)
            ui.fullNameEdit.setFocus()
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(v.reject)

    def accepted_result(self) -> Patient | None:
        return self.saved

    def _details(self) -> PatientDetails:
        ui = self.ui
        return PatientDetails(
            clinic_number=ui.clinicNumberEdit.text(),
            full_name=ui.fullNameEdit.text(),
            date_of_birth=parse_typed_date(ui.birthEdit.text(), "date of birth"),
            address=ui.addressEdit.toPlainText(),
            nhs_number=ui.nhsEdit.text(),
            alerts=ui.alertsEdit.toPlainText(),
        )

    def _save(self) -> None:
        v = self.view
        ui = self.ui
        existing = self.existing
        if existing is None:
            saved = run_service(
                lambda: patients.create_patient(self.reg, self.actor, self._details()),
                error_label=ui.errorLabel)
        else:
            saved = run_service(
                lambda: patients.update_patient(self.reg, self.actor, existing.id,
                                                self._details()),
                error_label=ui.errorLabel)
        if saved is not None:
            self.saved = saved
            v.accept()
