"""The release check that ends a patient's post-dose observation; ending it before the
observation time is up needs a reason."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent
from hat_desktop.gui.enter_key import EnterMovesOn
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_release_dialog import Ui_ReleaseDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import dosing
from hat_desktop.services.dosing import CheckInCard
from hat_desktop.services.open_register import OpenRegister


class ReleaseDialog(FormDialog[Ui_ReleaseDialog, AttendanceEvent]):
    def __init__(self, reg: OpenRegister, actor: User, card: CheckInCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_ReleaseDialog(), parent)
        assert card.in_observation is not None
        self.reg = reg
        self.actor = actor
        self.card = card
        self.released: AttendanceEvent | None = None
        v = self.view
        ui = self.ui
        dose = card.in_observation
        tz = reg.tz
        minutes = reg.settings.observation_minutes
        until = dose.at + timedelta(minutes=minutes)
        v.setWindowTitle(f"Release check — {card.patient.label}")
        ui.headingLabel.setText(
            f"{card.patient.label}: {dose.mg_administered} mg at "
            f"{dose.at.astimezone(tz):%H:%M} (session {dose.session}).")
        self.early = reg.now() < until
        if self.early:
            left = int((until - reg.now()).total_seconds() // 60) + 1
            ui.observationLabel.setText(
                f"Observation runs until {until.astimezone(tz):%H:%M} ({minutes} minutes after "
                f"the dose; about {left} min left). To release the patient now, give the "
                "reason.")
        else:
            ui.observationLabel.setText(f"Observation ended at {until.astimezone(tz):%H:%M}: "
                                        "record how the patient is before they leave.")
        ui.earlyLabel.setVisible(self.early)
        ui.earlyEdit.setVisible(self.early)
        ui.releaseButton.setDefault(True)
        ui.releaseButton.clicked.connect(self._release)
        ui.cancelButton.clicked.connect(v.reject)
        EnterMovesOn(v, self._enter_in_field)
        ui.checkEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accepted_result(self) -> AttendanceEvent | None:
        return self.released

    def _enter_in_field(self, field: QWidget) -> bool:
        ui = self.ui
        last = ui.earlyEdit if self.early else ui.checkEdit
        if field is last:
            self._release()
            return True
        return False

    def _release(self) -> None:
        v = self.view
        ui = self.ui
        released = run_service(
            lambda: dosing.release(self.reg, self.actor, self.card.patient.id,
                                   ui.checkEdit.text(),
                                   early_reason=ui.earlyEdit.text() if self.early else ""),
            error_label=ui.errorLabel)
        if released is not None:
            self.released = released
            v.accept()
