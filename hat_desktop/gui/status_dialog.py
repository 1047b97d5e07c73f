"""Suspend, discharge or reactivate a patient, always with a reason."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_status_dialog import Ui_StatusDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import patients
from hat_desktop.services.open_register import OpenRegister

WORDING: dict[PatientStatus, tuple[str, str, str]] = {
    # title verb, confirm button, what it means
    PatientStatus.SUSPENDED: (
        "Suspend", "&Suspend",
        "While suspended, {name} is not due at any session and cannot be dosed. Missed "
        "sessions are not counted. Reactivate them to resume treatment.",
    ),
    PatientStatus.DISCHARGED: (
        "Discharge", "&Discharge",
        "Discharging {name} ends their treatment here. Every record is kept; they leave the "
        "patient list and today's board (tick 'Show discharged' to find them again).",
    ),
    PatientStatus.ACTIVE: (
        "Reactivate", "&Reactivate",
        "{name} becomes active again and is due at the sessions of their current "
        "prescription. A prescriber may need to review the dose first.",
    ),
}


class StatusDialog(FormDialog[Ui_StatusDialog, Patient]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient, status: PatientStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_StatusDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.patient = patient
        self.status = status
        self.saved: Patient | None = None
        v = self.view
        ui = self.ui
        verb, button, meaning = WORDING[status]
        v.setWindowTitle(f"{verb} {patient.label}")
        ui.introLabel.setText(meaning.format(name=patient.full_name))
        ui.confirmButton.setText(button)
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(v.reject)

    def accepted_result(self) -> Patient | None:
        return self.saved

    def _confirm(self) -> None:
        v = self.view
        ui = self.ui
        saved = run_service(
            lambda: patients.set_status(self.reg, self.actor, self.patient.id, self.status,
                                        ui.reasonEdit.toPlainText()),
            error_label=ui.errorLabel)
        if saved is not None:
            self.saved = saved
            v.accept()
