"""Start a treatment episode: who referred the patient and when, the assessment, the start."""

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.episodes import Episode, EpisodeStart, ReferralSource
from hat_desktop.domain.patients import Patient
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_episode_start_dialog import Ui_EpisodeStartDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import outcomes
from hat_desktop.services.open_register import OpenRegister

CHOICES = [s for s in ReferralSource if s is not ReferralSource.NOT_RECORDED]


class EpisodeStartDialog(FormDialog[Ui_EpisodeStartDialog, Episode]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_EpisodeStartDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: Episode | None = None
        ui = self.ui
        self.view.setWindowTitle(f"Start of treatment — {patient.label}")
        ui.introLabel.setText(
            f"A new treatment episode for {patient.full_name}. A patient who left treatment "
            "and comes back starts a new episode; earlier episodes stay as they were.")
        for source in CHOICES:
            ui.referralSourceCombo.addItem(source.label, source.value)
        ui.referralSourceCombo.setCurrentIndex(-1)
        today = reg.today()
        for edit, day in ((ui.referralDateEdit, today - timedelta(days=14)),
                          (ui.assessmentDateEdit, today - timedelta(days=7)),
                          (ui.startDateEdit, today)):
            edit.setMaximumDate(qdate(today))
            edit.setDate(qdate(day))
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> Episode | None:
        return self.saved

    def _start(self) -> EpisodeStart:
        ui = self.ui
        chosen = ui.referralSourceCombo.currentData()
        return EpisodeStart(
            ReferralSource(chosen) if chosen else ReferralSource.NOT_RECORDED,
            pydate(ui.referralDateEdit.date()), pydate(ui.assessmentDateEdit.date()),
            pydate(ui.startDateEdit.date()))

    def _confirm(self) -> None:
        saved = run_service(
            lambda: outcomes.start_episode(self.reg, self.actor, self.patient.id, self._start()),
            error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
