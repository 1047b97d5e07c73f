"""A prescriber's review of a patient on hold: the only way a hold lifts. A reduced
re-titration dose comes with a new prescription version, written in the same step; a
discharge of a patient in treatment records the end of their episode (date and coded
reason), in the same step, as the status buttons' discharge does."""

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.absences import returned_words
from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import HoldDecision, HoldReview
from hat_desktop.domain.episodes import Episode, ExitInput, ExitReason
from hat_desktop.domain.missed_doses import Flag
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import (
    Prescription,
    retitration_hint,
    retitration_safe_end,
)
from hat_desktop.domain.titration import TitrationPlan
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_hold_review_dialog import Ui_HoldReviewDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.prescription_dialog import prescriber_line
from hat_desktop.gui.prescription_fields import PrescriptionFields
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.scrolling import scroll_part
from hat_desktop.gui.titration_fields import TitrationFields
from hat_desktop.services import holds
from hat_desktop.services.open_register import OpenRegister

RETITRATION_REASON = "Reduced re-titration dose after a hold review (days without a dose)."
PLAN = "plan"  # the decision 'reduced', by a titration plan instead of a new prescription
PLAN_LABEL = "Re-titrate from a plan, up to the current dose"


class HoldReviewDialog(FormDialog[Ui_HoldReviewDialog, HoldReview]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient, flag: Flag,
                 current: Prescription | None, plan: TitrationPlan | None = None,
                 parent: QWidget | None = None, episode: Episode | None = None,
                 before: Prescription | None = None,
                 versions: Sequence[Prescription] = ()) -> None:
        """``current``: the newest version (a titration plan titrates up to it);
        ``before``: the version the patient was on when the hold began (None: as
        ``current``), which "Resume the same dose" gives and a re-titration lowers;
        ``versions``: all the patient's versions, which the re-titration's end date is
        filled in from (retitration_safe_end)."""
        super().__init__(Ui_HoldReviewDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.patient = patient
        self.saved: HoldReview | None = None
        self.episode = episode  # the open treatment episode a discharge ends (None: none)
        v = self.view
        ui = self.ui
        v.setWindowTitle(f"Review the hold — {patient.label}")
        ui.holdLabel.setText(flag.message)
        intro = prescriber_line(actor)
        if current is not None:
            intro += f" Current prescription (version {current.version}): {current.summary}."
        if before is not None and current is not None and before.id != current.id:
            intro += (f" When the hold began the patient was on version {before.version}: "
                      f"{before.summary}.")
        elif before is not None and current is not None and before != current:
            # the same version, as a titration plan gave it on the day (holds.held_version)
            intro += (" When the hold began the patient was on its titration plan, at "
                      f"{before.per_session_text}.")
        before = before or current
        ui.introLabel.setText(intro)
        ui.decisionCombo.setPlaceholderText("Choose the decision")
        for decision in HoldDecision:
            ui.decisionCombo.addItem(decision.label, decision.value)
            if decision is HoldDecision.REDUCED and current is not None:
                ui.decisionCombo.addItem(PLAN_LABEL, PLAN)
        ui.decisionCombo.setCurrentIndex(-1)
        ui.decisionCombo.currentIndexChanged.connect(self._decision_changed)
        self.fields = PrescriptionFields(reg, actor, ui.fieldsArea, ui.fieldsAreaLayout, before,
                                         is_change=True)
        reason = RETITRATION_REASON
        if flag.absence is not None:
            reason = ("Reduced re-titration dose after a hold review: "
                      f"{returned_words(flag.absence)}.")
        elif flag.after_event:
            reason = "Reduced dose after a hold review following an adverse event."
        elif flag.returned:
            reason = f"Reduced re-titration dose after a hold review: {flag.returned}."
        self.fields.ui.reasonEdit.setPlainText(reason)
        if before is not None:
            self._fill_in_end(versions, before)
            # the rule, where a dose, a maximum or take-home is typed
            fui = self.fields.ui
            for widget in (fui.doseSpin, fui.maxInjectionSpin, fui.dailyMaxSpin,
                           fui.takeHomeCheck):
                widget.setToolTip(retitration_hint(before))
        ui.fieldsArea.hide()
        self.plan_fields = TitrationFields(reg, actor, ui.planArea, ui.planAreaLayout, current,
                                           plan)
        self.plan_fields.ui.planReasonEdit.setPlainText(self.fields.ui.reasonEdit.toPlainText())
        ui.planArea.hide()
        for reason in ExitReason:
            ui.exitReasonCombo.addItem(reason.label, reason.value)
        ui.exitReasonCombo.setPlaceholderText("Choose the reason")
        ui.exitReasonCombo.setCurrentIndex(-1)
        ui.exitDateEdit.setMaximumDate(qdate(reg.today()))
        ui.exitDateEdit.setDate(qdate(reg.today()))
        ui.exitArea.hide()
        # A re-titration of two lines is taller than a 1280×720 screen: it scrolls there,
        # the error and the buttons below it always in view.
        scroll_part(ui.reviewLayout, ui.errorLabel)
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(v.reject)
        ui.decisionCombo.setFocus()

    def _fill_in_end(self, versions: Sequence[Prescription], before: Prescription) -> None:
        """The end date the rule asks for: no version giving more than the dose filled in
        (``before``'s) in force after the re-titration. Later than ``before``'s end when a
        raise runs longer; when that would be over a year, ``before``'s end stays and the
        refusal names the titration plan instead. Not refilled when a dose is retyped (a
        lower one may need longer): the refusal still guards, naming the date."""
        end = self.fields.ui.endDate
        safe = retitration_safe_end(versions, before.as_lines(),
                                    pydate(self.fields.ui.startDate.date()))
        if safe is not None and safe > pydate(end.date()):
            end.setDate(qdate(safe))

    def accepted_result(self) -> HoldReview | None:
        return self.saved

    def by_plan(self) -> bool:
        return bool(self.ui.decisionCombo.currentData() == PLAN)

    def decision(self) -> HoldDecision | None:
        value = self.ui.decisionCombo.currentData()
        if value == PLAN:
            return HoldDecision.REDUCED
        return HoldDecision(value) if value else None

    def _decision_changed(self) -> None:
        ui = self.ui
        ui.fieldsArea.setVisible(self.decision() is HoldDecision.REDUCED and not self.by_plan())
        ui.planArea.setVisible(self.by_plan())
        ui.exitArea.setVisible(self._ends_episode())
        self.grow_to_fit()

    def _ends_episode(self) -> bool:
        return self.decision() is HoldDecision.DISCHARGE and self.episode is not None

    def _exit(self) -> ExitInput | None:
        """The episode's end as typed, when the decision discharges a patient in treatment."""
        if not self._ends_episode():
            return None
        ui = self.ui
        chosen = ui.exitReasonCombo.currentData()
        return ExitInput(pydate(ui.exitDateEdit.date()), ExitReason(chosen) if chosen else None,
                         ui.exitNoteEdit.toPlainText())

    def _record(self) -> HoldReview:
        decision = self.decision()
        reduced = decision is HoldDecision.REDUCED
        rx = self.fields.prescription() if reduced and not self.by_plan() else None
        plan = self.plan_fields.plan() if self.by_plan() else None
        return holds.review(self.reg, self.actor, self.patient.id, decision,
                            self.ui.notesEdit.toPlainText(), rx, plan, self._exit())

    def _save(self) -> None:
        saved = run_service(self._record, error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
