"""Register a new patient or edit one's details (the clinic number is fixed once made)."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient, PatientDetails, format_nhs_number
from hat_desktop.domain.times import format_date
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service
from hat_desktop.services import patients
from hat_desktop.services.open_register import OpenRegister


class PatientDialog(QObject):
    def __init__(self, reg: OpenRegister, actor: User, existing: Patient | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.actor = actor
        self.existing = existing
        self.saved: Patient | None = None
        self.view: QDialog = load_form("patient_dialog", parent)  # type: ignore[assignment]
        v = self.view
        if existing is None:
            v.setWindowTitle("New patient")
        else:
            v.setWindowTitle(f"Edit {existing.label}")
            v.clinicNumberEdit.setText(existing.clinic_number)
            v.clinicNumberEdit.setReadOnly(True)
            v.clinicNumberEdit.setToolTip("A clinic number never changes once the patient "
                                          "is registered.")
            v.fullNameEdit.setText(existing.full_name)
            v.birthEdit.setText(format_date(existing.date_of_birth))
            v.addressEdit.setPlainText(existing.address)
            v.nhsEdit.setText(format_nhs_number(existing.nhs_number))
            v.alertsEdit.setPlainText(existing.alerts)
            v.fullNameEdit.setFocus()
        v.saveButton.clicked.connect(self._save)
        v.cancelButton.clicked.connect(v.reject)

    def _details(self) -> PatientDetails:
        v = self.view
        return PatientDetails(
            clinic_number=v.clinicNumberEdit.text(),
            full_name=v.fullNameEdit.text(),
            date_of_birth=parse_typed_date(v.birthEdit.text(), "date of birth"),
            address=v.addressEdit.toPlainText(),
            nhs_number=v.nhsEdit.text(),
            alerts=v.alertsEdit.toPlainText(),
        )

    def _save(self) -> None:
        v = self.view
        existing = self.existing
        if existing is None:
            saved = run_service(
                lambda: patients.create_patient(self.reg, self.actor, self._details()),
                error_label=v.errorLabel)
        else:
            saved = run_service(
                lambda: patients.update_patient(self.reg, self.actor, existing.id,
                                                self._details()),
                error_label=v.errorLabel)
        if saved is not None:
            self.saved = saved
            v.accept()

    def exec(self) -> Patient | None:
        return self.saved if self.view.exec() == QDialog.DialogCode.Accepted else None
