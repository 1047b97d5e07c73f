"""Record a contact with a partner agency: which kind of agency, what was done (a referral,
an appointment booked, kept or missed, an outcome), the date, and for a booked appointment
its time and whether it is at the clinic (then it shows on the Today board that day)."""

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.agency_contacts import AgencyKind, Contact, ContactAction, ContactInput
from hat_desktop.domain.patients import Patient
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_agency_contact_dialog import Ui_AgencyContactDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import agency_contacts
from hat_desktop.services.open_register import OpenRegister


class AgencyContactDialog(FormDialog[Ui_AgencyContactDialog, Contact]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_AgencyContactDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: Contact | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Partner-agency contact — {patient.label}")
        ui.introLabel.setText(f"A contact with a partner agency for {patient.full_name}: a "
                              "referral, an appointment booked (dated on its day), kept or "
                              "missed, or what came of it.")
        for kind in AgencyKind:
            ui.agencyCombo.addItem(kind.label, kind.value)
        ui.agencyCombo.setCurrentIndex(-1)
        for action in ContactAction:
            ui.actionCombo.addItem(action.label, action.value)
        ui.actionCombo.setCurrentIndex(-1)
        ui.dayEdit.setDate(qdate(reg.today()))
        ui.timeEdit.setTime(QTime(10, 0))
        ui.actionCombo.currentIndexChanged.connect(self._action_changed)
        self._action_changed()
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> Contact | None:
        return self.saved

    def _action(self) -> ContactAction | None:
        chosen = self.ui.actionCombo.currentData()
        return ContactAction(chosen) if chosen else None

    def _action_changed(self) -> None:
        booked = self._action() is ContactAction.APPOINTMENT
        ui = self.ui
        for widget in (ui.timeLabel, ui.timeEdit, ui.atClinicCheck):
            widget.setEnabled(booked)
        if not booked:
            ui.atClinicCheck.setChecked(False)

    def _contact(self) -> ContactInput:
        ui = self.ui
        chosen = ui.agencyCombo.currentData()
        booked = self._action() is ContactAction.APPOINTMENT
        at = ui.timeEdit.time()
        return ContactInput(
            AgencyKind(chosen) if chosen else None, self._action(), pydate(ui.dayEdit.date()),
            time(at.hour(), at.minute()) if booked else None,
            booked and ui.atClinicCheck.isChecked(), ui.noteEdit.text())

    def _confirm(self) -> None:
        saved = run_service(
            lambda: agency_contacts.record_contact(self.reg, self.actor, self.patient.id,
                                                   self._contact()),
            error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
