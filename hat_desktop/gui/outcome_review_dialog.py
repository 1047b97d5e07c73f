"""Record an outcome review (the TOP items, past 4 weeks), or that it was not completed.

The labels are the app's own words (ui/outcome_review_dialog.ui); what each item means in
TOP is in domain.top. Every rule is the service's (services.outcomes.check_review)."""

from dataclasses import fields

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.outcome_reviews import (
    DueReview,
    Housing,
    NotCompletedReason,
    OutcomeItems,
    OutcomeReview,
    ReviewInput,
    ReviewStage,
)
from hat_desktop.domain.patients import Patient
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_outcome_review_dialog import Ui_OutcomeReviewDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import outcomes
from hat_desktop.services.open_register import OpenRegister

NUMBERS = [f.name for f in fields(OutcomeItems)
           if f.name not in ("shared_equipment", "housing")]


def widget_name(field: str, suffix: str) -> str:
    """'opioid_days' -> 'opioidDaysSpin': the form's name for an item's field."""
    first, *rest = field.split("_")
    return first + "".join(word.capitalize() for word in rest) + suffix


class OutcomeReviewDialog(FormDialog[Ui_OutcomeReviewDialog, OutcomeReview]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 stage: ReviewStage, due: DueReview | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_OutcomeReviewDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: OutcomeReview | None = None
        ui = self.ui
        self.spins: dict[str, QSpinBox] = {
            name: getattr(ui, widget_name(name, "Spin")) for name in NUMBERS}
        self.shared: QCheckBox = ui.sharedEquipmentCheck
        self.view.setWindowTitle(f"Outcome review — {patient.label}")
        what = due.text if due is not None else "An outcome review"
        ui.introLabel.setText(
            f"{what}. Ask about the past 4 weeks (28 days) and enter the number of days; "
            "the three ratings are the patient's own, from 0 (poor) to 20 (good).")
        for s in ReviewStage:
            ui.stageCombo.addItem(s.label, s.value)
        ui.stageCombo.setCurrentIndex(ui.stageCombo.findData(stage.value))
        for h in Housing:
            ui.housingCombo.addItem(h.label, h.value)
        ui.housingCombo.setCurrentIndex(-1)
        for r in NotCompletedReason:
            ui.notCompletedReasonCombo.addItem(r.label, r.value)
        ui.reviewDateEdit.setMaximumDate(qdate(reg.today()))
        ui.reviewDateEdit.setDate(qdate(reg.today()))
        ui.notCompletedRadio.toggled.connect(self._completed_or_not)
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> OutcomeReview | None:
        return self.saved

    def _completed_or_not(self, not_completed: bool) -> None:
        self.ui.notCompletedReasonCombo.setEnabled(not_completed)
        self.ui.answersArea.setEnabled(not not_completed)

    def _review(self) -> ReviewInput:
        ui = self.ui
        stage = ReviewStage(ui.stageCombo.currentData())
        day = pydate(ui.reviewDateEdit.date())
        if ui.notCompletedRadio.isChecked():
            reason = NotCompletedReason(ui.notCompletedReasonCombo.currentData())
            return ReviewInput(stage, day, None, reason, ui.noteEdit.text())
        housing = ui.housingCombo.currentData()
        answers = OutcomeItems(
            **{name: spin.value() for name, spin in self.spins.items()},
            shared_equipment=self.shared.isChecked(),
            housing=Housing(housing) if housing else None,
        )
        return ReviewInput(stage, day, answers, None, ui.noteEdit.text())

    def _confirm(self) -> None:
        saved = run_service(
            lambda: outcomes.record_review(self.reg, self.actor, self.patient.id,
                                           self._review()),
            error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
