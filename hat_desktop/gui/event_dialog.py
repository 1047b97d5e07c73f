"""Record an adverse event (overdose, seizure, anaphylaxis, injection-site problem, fall...)
for a patient: the kind, the time, the linked dose, what was done (naloxone, oxygen, rescue
breaths, CPR, ambulance, transfer), the outcome, who responded. The service checks the
record (adverse_events.check_event) before a second member of staff signs as witness.
Opened from the release check, the check-in card, the observation queue, the board and
the patient's page."""

from datetime import datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.doses_given import dose_figure
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.safety import (
    AdverseEvent,
    AdverseKind,
    EventDraft,
    EventOutcome,
    NaloxoneRoute,
)
from hat_desktop.domain.times import local_to_utc
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_event_dialog import Ui_EventDialog
from hat_desktop.gui.messages import run_service, show_info
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import adverse_events
from hat_desktop.services.open_register import OpenRegister

HOLD_TEXT = ("Naloxone or a hospital transfer puts the patient ON HOLD: no dose until a "
             "prescriber has recorded a review.")


class EventDialog(FormDialog[Ui_EventDialog, AdverseEvent]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_EventDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.patient = patient
        self.recorded: AdverseEvent | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Record an event — {patient.label}")
        ui.headingLabel.setText(f"{patient.label}: what happened and what was done. A second "
                                "member of staff signs as witness.")
        ui.kindCombo.addItem("Choose…", None)
        for kind in AdverseKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        ui.outcomeCombo.addItem("Choose…", None)
        for outcome in EventOutcome:
            ui.outcomeCombo.addItem(outcome.label, outcome.value)
        ui.routeCombo.addItem("—", None)
        for route in NaloxoneRoute:
            ui.routeCombo.addItem(route.label, route.value)
        now = reg.now().astimezone(reg.tz)
        ui.dayEdit.setDate(qdate(now.date()))
        ui.dayEdit.setMaximumDate(qdate(now.date()))
        ui.timeEdit.setTime(QTime(now.hour, now.minute))
        ui.doseCombo.addItem("No dose linked", None)
        doses = run_service(lambda: adverse_events.doses_to_link(reg, actor, patient.id),
                            error_label=ui.errorLabel) or []
        for dose in doses:
            at = dose.at.astimezone(reg.tz)
            top_up = " top-up" if dose.is_top_up else ""
            ui.doseCombo.addItem(f"{at:%d/%m %H:%M} — {dose_figure(dose)}{top_up} "
                                 f"(session {dose.session})", dose.id)
        if doses and doses[0].day == reg.today():
            ui.doseCombo.setCurrentIndex(1)  # today's dose: the usual link
        for widget in (ui.naloxoneEdit, ui.batchEdit):
            widget.textChanged.connect(self._show_hold)
        ui.dosesSpin.valueChanged.connect(self._show_hold)
        ui.transferCheck.toggled.connect(self._show_hold)
        self._show_hold()
        ui.recordButton.clicked.connect(self._record)
        ui.cancelButton.clicked.connect(self.view.reject)
        ui.kindCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def accepted_result(self) -> AdverseEvent | None:
        return self.recorded

    def _show_hold(self) -> None:
        ui = self.ui
        holds = bool(ui.naloxoneEdit.text().strip()) or ui.dosesSpin.value() > 0 \
            or ui.transferCheck.isChecked()
        ui.holdLabel.setText(HOLD_TEXT if holds else
                             "An event is kept as written; a correction is a note on it.")

    def draft(self) -> EventDraft:
        ui = self.ui
        qtime = ui.timeEdit.time()
        when: datetime = local_to_utc(pydate(ui.dayEdit.date()),
                                      datetime(2000, 1, 1, qtime.hour(), qtime.minute()).time(),
                                      self.reg.tz)
        return EventDraft(
            kind=ui.kindCombo.currentData(), occurred_at=when,
            outcome=ui.outcomeCombo.currentData(), account=ui.accountEdit.toPlainText(),
            responders=ui.respondersEdit.text(), dose_event_id=ui.doseCombo.currentData(),
            naloxone_mg=ui.naloxoneEdit.text(), naloxone_route=ui.routeCombo.currentData(),
            naloxone_doses=ui.dosesSpin.value(), naloxone_batch=ui.batchEdit.text(),
            oxygen=ui.oxygenCheck.isChecked(), rescue_breaths=ui.breathsCheck.isChecked(),
            cpr=ui.cprCheck.isChecked(), ambulance=ui.ambulanceCheck.isChecked(),
            transfer=ui.transferCheck.isChecked())

    def _record(self) -> None:
        ui = self.ui
        draft = self.draft()
        found = run_service(lambda: adverse_events.check_event(self.reg, self.actor,
                                                               self.patient.id, draft),
                            error_label=ui.errorLabel)
        if found is None:
            return
        summary = (f"{self.patient.label}: {found.facts.kind.label} at "
                   f"{found.facts.occurred_at.astimezone(self.reg.tz):%H:%M}; "
                   + ("; ".join(found.facts.actions) or "no treatment recorded")
                   + f"; {found.facts.outcome.label.lower()}."
                   + (" The patient goes ON HOLD until a prescriber's review."
                      if found.puts_on_hold else ""))
        witness = ask_witness(self.reg, self.actor, summary, self.view)
        self.view.activateWindow()
        if witness is None:
            ui.errorLabel.setText("Nothing was recorded: the event needs a witness's signature.")
            ui.errorLabel.show()
            return
        event = run_service(lambda: adverse_events.record_event(
            self.reg, self.actor, witness, self.patient.id, draft), error_label=ui.errorLabel)
        if event is not None:
            self.recorded = event
            self.view.accept()


def record_event(reg: OpenRegister, actor: User, patient: Patient, parent: QWidget | None
                 ) -> AdverseEvent | None:
    """Open the dialog; the event recorded (None: cancelled). Says what follows."""
    event = EventDialog(reg, actor, patient, parent).exec()
    if event is not None:
        show_info(parent, f"Event {event.number} recorded for {patient.label}."
                  + (" The patient is ON HOLD until a prescriber records a review."
                     if event.hold_reason else ""), "Event recorded")
    return event
