"""The release check that ends a patient's post-dose observation: SpO2, respiratory rate,
sedation score and the injection site. A reading beyond the clinic's thresholds keeps the
patient in observation (Keep in observation records it; or record an adverse event);
releasing on it, or after an earlier one, needs a second member of staff to sign. Ending
the observation before its time is up needs a reason. Every rule is the service's
(observation.check_release), run before anyone is asked to sign."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent
from hat_desktop.domain.doses_given import dose_figure
from hat_desktop.domain.safety import ObservationReading, ReadingInput, SiteState
from hat_desktop.gui.enter_key import EnterMovesOn
from hat_desktop.gui.event_dialog import record_event
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_release_dialog import Ui_ReleaseDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import observation
from hat_desktop.services.dosing import CheckInCard
from hat_desktop.services.observation import CheckedRelease
from hat_desktop.services.open_register import OpenRegister

Outcome = AttendanceEvent | ObservationReading


class ReleaseDialog(FormDialog[Ui_ReleaseDialog, Outcome]):
    """Accepted with the release (an AttendanceEvent) or with a reading that keeps the
    patient in observation (an ObservationReading)."""

    def __init__(self, reg: OpenRegister, actor: User, card: CheckInCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_ReleaseDialog(), parent)
        assert card.in_observation is not None
        self.reg = reg
        self.actor = actor
        self.card = card
        self.outcome: Outcome | None = None
        v = self.view
        ui = self.ui
        dose = card.in_observation
        tz = reg.tz
        minutes = reg.settings.observation_minutes
        until = dose.at + timedelta(minutes=minutes)
        v.setWindowTitle(f"Release check — {card.patient.label}")
        ui.headingLabel.setText(
            f"{card.patient.label}: {dose_figure(dose)}"
            f"{' top-up' if dose.is_top_up else ''} at "
            f"{dose.at.astimezone(tz):%H:%M} (session {dose.session}).")
        limits = reg.settings.release_thresholds
        self.early = reg.now() < until
        if self.early:
            left = int((until - reg.now()).total_seconds() // 60) + 1
            ui.observationLabel.setText(
                f"Observation runs until {until.astimezone(tz):%H:%M} ({minutes} minutes after "
                f"the dose; about {left} min left). To release the patient now, give the "
                "reason.")
        else:
            ui.observationLabel.setText(
                f"Observation ended at {until.astimezone(tz):%H:%M}: take the reading before "
                f"the patient leaves (the patient stays if SpO2 is below {limits.spo2_below} %, "
                f"breathing below {limits.resp_rate_below}/min or sedation "
                f"{limits.sedation_at} or more).")
        last = run_service(lambda: observation.last_reading(reg, actor, card.patient.id))
        ui.lastReadingLabel.setVisible(last is not None)
        if last is not None:
            ui.lastReadingLabel.setText(f"Last reading at {last.at.astimezone(tz):%H:%M}: "
                                        f"{last.summary}.")
        for state in SiteState:
            ui.siteCombo.addItem(state.label, state.value)
        ui.earlyLabel.setVisible(self.early)
        ui.earlyEdit.setVisible(self.early)
        ui.releaseButton.setDefault(True)
        ui.releaseButton.clicked.connect(self._release)
        ui.confirmButton.clicked.connect(self._release_confirmed)
        ui.readingButton.clicked.connect(self._keep)
        ui.eventButton.clicked.connect(self._event)
        ui.cancelButton.clicked.connect(v.reject)
        EnterMovesOn(v, self._enter_in_field)
        ui.spo2Edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accepted_result(self) -> Outcome | None:
        return self.outcome

    def _enter_in_field(self, field: QWidget) -> bool:
        ui = self.ui
        last = ui.earlyEdit if self.early else ui.checkEdit
        if field is last:
            self._release()
            return True
        return False

    def _typed(self) -> ReadingInput:
        ui = self.ui
        return ReadingInput(ui.spo2Edit.text(), ui.rateEdit.text(), ui.sedationEdit.text(),
                            ui.siteCombo.currentData())

    def _early(self) -> str:
        return self.ui.earlyEdit.text() if self.early else ""

    def _check(self) -> CheckedRelease | None:
        return run_service(lambda: observation.check_release(
            self.reg, self.actor, self.card.patient.id, self._typed(), self.ui.checkEdit.text(),
            early_reason=self._early()), error_label=self.ui.errorLabel)

    def _release(self) -> None:
        ui = self.ui
        checked = self._check()
        if checked is None:
            return
        if checked.beyond:
            ui.errorLabel.setText(checked.refusal)
            ui.errorLabel.show()
            ui.confirmButton.show()
            ui.readingButton.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if checked.needs_confirmation:
            self._confirm_and_release(checked)
            return
        self._write(None)

    def _release_confirmed(self) -> None:
        checked = self._check()
        if checked is not None:
            self._confirm_and_release(checked)

    def _confirm_and_release(self, checked: CheckedRelease) -> None:
        ui = self.ui
        if checked.beyond and not ui.checkEdit.text().strip():
            ui.errorLabel.setText("Releasing on a reading beyond the thresholds: write in the "
                                  "note why the patient may leave.")
            ui.errorLabel.show()
            ui.checkEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        summary = (f"Release of {checked.patient.label} on the reading "
                   f"{checked.reading.text}. {checked.refusal}")
        confirmer = ask_witness(self.reg, self.actor, summary, self.view)
        self.view.activateWindow()
        if confirmer is None:
            ui.errorLabel.setText("Not released: a second member of staff must confirm.")
            ui.errorLabel.show()
            return
        self._write(confirmer)

    def _write(self, confirmer: User | None) -> None:
        released = run_service(lambda: observation.release(
            self.reg, self.actor, self.card.patient.id, self._typed(), self.ui.checkEdit.text(),
            early_reason=self._early(), confirmer=confirmer), error_label=self.ui.errorLabel)
        if released is not None:
            self.outcome = released
            self.view.accept()

    def _keep(self) -> None:
        reading = run_service(lambda: observation.record_reading(
            self.reg, self.actor, self.card.patient.id, self._typed(), self.ui.checkEdit.text()),
            error_label=self.ui.errorLabel)
        if reading is not None:
            self.outcome = reading
            self.view.accept()

    def _event(self) -> None:
        record_event(self.reg, self.actor, self.card.patient, self.view)
        self.view.activateWindow()
