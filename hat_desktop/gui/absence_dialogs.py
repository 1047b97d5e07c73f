"""Recording an absence (reason, first day, last day when known) and, later, the return;
withdrawing one entered by mistake (witnessed). The rules are the service's
(services.absences): the dialogs only gather the answers."""

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.absences import MAX_DAYS_AHEAD, MAX_DAYS_BACK, Absence, AbsenceReason
from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_absence_dialog import Ui_AbsenceDialog
from hat_desktop.gui.forms.ui_absence_return_dialog import Ui_AbsenceReturnDialog
from hat_desktop.gui.forms.ui_absence_withdraw_dialog import Ui_AbsenceWithdrawDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import absences
from hat_desktop.services.open_register import OpenRegister


class AbsenceDialog(FormDialog[Ui_AbsenceDialog, Absence]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_AbsenceDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: Absence | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Record an absence — {patient.label}")
        ui.introLabel.setText(
            f"While {patient.full_name} is away no dose is given, and the days are shown as "
            "away, not missed. Leave the last day open when it is not known: record the "
            "return when the patient is back.")
        ui.reasonCombo.setPlaceholderText("Choose the reason")
        for reason in AbsenceReason:
            ui.reasonCombo.addItem(reason.label.capitalize(), reason.value)
        ui.reasonCombo.setCurrentIndex(-1)
        today = reg.today()
        for edit in (ui.firstDayEdit, ui.lastDayEdit):
            edit.setMinimumDate(qdate(today - timedelta(days=MAX_DAYS_BACK)))
            edit.setMaximumDate(qdate(today + timedelta(days=366 + MAX_DAYS_AHEAD)))
            edit.setDate(qdate(today))
        ui.lastDayCheck.toggled.connect(ui.lastDayEdit.setEnabled)
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.view.reject)
        ui.reasonCombo.setFocus()

    def accepted_result(self) -> Absence | None:
        return self.saved

    def _record(self) -> Absence:
        ui = self.ui
        last = pydate(ui.lastDayEdit.date()) if ui.lastDayCheck.isChecked() else None
        return absences.record_absence(self.reg, self.actor, self.patient.id,
                                       ui.reasonCombo.currentData(),
                                       pydate(ui.firstDayEdit.date()), last,
                                       ui.noteEdit.toPlainText())

    def _save(self) -> None:
        saved = run_service(self._record, error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()


class AbsenceReturnDialog(FormDialog[Ui_AbsenceReturnDialog, Absence]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient, absence: Absence,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_AbsenceReturnDialog(), parent)
        self.reg, self.actor, self.absence = reg, actor, absence
        self.saved: Absence | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Record the return — {patient.label}")
        ui.absenceLabel.setText(f"{patient.full_name}: {absence.summary}.")
        today = reg.today()
        ui.lastDayEdit.setMinimumDate(qdate(absence.first_day))
        ui.lastDayEdit.setMaximumDate(qdate(today))
        ui.lastDayEdit.setDate(qdate(max(absence.first_day, today - timedelta(days=1))))
        hold_days = reg.settings.hold_days
        ui.hintLabel.setText(
            f"If {hold_days} days or more have passed without a dose by the last day away, "
            "the prescriber must review the patient before the first dose: the board and "
            "the check-in screen will say so.")
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.view.reject)
        ui.lastDayEdit.setFocus()

    def accepted_result(self) -> Absence | None:
        return self.saved

    def _save(self) -> None:
        ui = self.ui
        saved = run_service(
            lambda: absences.record_return(self.reg, self.actor, self.absence.id,
                                           pydate(ui.lastDayEdit.date()),
                                           ui.noteEdit.toPlainText()),
            error_label=ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()


class AbsenceWithdrawDialog(FormDialog[Ui_AbsenceWithdrawDialog, Absence]):
    """An absence entered by mistake: the service's check first, then a witness signs; the
    absence is kept, marked as withdrawn."""

    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 in_force: tuple[Absence, ...], parent: QWidget | None = None) -> None:
        super().__init__(Ui_AbsenceWithdrawDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: Absence | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Withdraw an absence — {patient.label}")
        ui.introLabel.setText(
            "An absence entered by mistake is never erased: it stays on the patient's record, "
            "marked as withdrawn with your note, witnessed. Its days then count as any "
            "others: a session with no dose is missed, and the days count towards the hold.")
        for absence in in_force:
            ui.absenceCombo.addItem(absence.summary, absence.id)
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.view.reject)
        ui.noteEdit.setFocus()

    def accepted_result(self) -> Absence | None:
        return self.saved

    def _save(self) -> None:
        ui = self.ui
        absence_id, note = ui.absenceCombo.currentData(), ui.noteEdit.toPlainText()
        checked = run_service(lambda: absences.check_withdrawal(
            self.reg, self.actor, absence_id, note), error_label=ui.errorLabel)
        if checked is None:
            return
        summary = (f"{self.patient.label}: withdraw the absence entered by mistake — "
                   f"{checked.absence.reason.label} {checked.absence.period}. Why: "
                   f"{checked.note}")
        witness = ask_witness(self.reg, self.actor, summary, self.view)
        self.view.activateWindow()
        if witness is None:
            return
        saved = run_service(lambda: absences.withdraw_absence(
            self.reg, self.actor, witness, absence_id, note), error_label=ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
