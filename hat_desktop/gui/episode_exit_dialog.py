"""Record the end of a treatment episode: the date, the coded reason, a note."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.episodes import Episode, ExitInput, ExitReason
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.times import format_date
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_episode_exit_dialog import Ui_EpisodeExitDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import outcomes
from hat_desktop.services.open_register import OpenRegister


class EpisodeExitDialog(FormDialog[Ui_EpisodeExitDialog, Episode]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient, episode: Episode,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_EpisodeExitDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: Episode | None = None
        ui = self.ui
        self.view.setWindowTitle(f"End of treatment — {patient.label}")
        ui.introLabel.setText(
            f"Episode {episode.number} of {patient.full_name} started on "
            f"{format_date(episode.start_date)}. Recording its end discharges the patient "
            "(no more doses); the episode itself is kept as it was. Record the exit review "
            "afterwards.")
        for reason in ExitReason:
            ui.reasonCombo.addItem(reason.label, reason.value)
        ui.reasonCombo.setCurrentIndex(-1)
        ui.exitDateEdit.setMaximumDate(qdate(reg.today()))
        ui.exitDateEdit.setDate(qdate(reg.today()))
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> Episode | None:
        return self.saved

    def _exit(self) -> ExitInput:
        ui = self.ui
        chosen = ui.reasonCombo.currentData()
        return ExitInput(pydate(ui.exitDateEdit.date()), ExitReason(chosen) if chosen else None,
                         ui.noteEdit.toPlainText())

    def _confirm(self) -> None:
        saved = run_service(
            lambda: outcomes.end_episode(self.reg, self.actor, self.patient.id, self._exit()),
            error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
