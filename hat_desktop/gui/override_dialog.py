"""A manager's authority to dose outside the session window: the reason and the session
the dose counts for, checked by the service (check_override) before the manager is asked
to sign in the witness dialog; then the authority is recorded."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.enter_key import EnterMovesOn
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_override_dialog import Ui_OverrideDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import dosing, schedule
from hat_desktop.services.dosing import Override
from hat_desktop.services.open_register import OpenRegister


class OverrideDialog(FormDialog[Ui_OverrideDialog, Override]):
    def __init__(self, reg: OpenRegister, actor: User, patient_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_OverrideDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.patient_label = patient_label
        self.override: Override | None = None
        v = self.view
        ui = self.ui
        ui.headingLabel.setText(f"A dose for {patient_label} outside the session window: give "
                                "the reason and the session it counts for, then a manager "
                                "signs to authorise it.")
        now = reg.now()
        today = reg.today()
        chosen = 0
        for i, window in enumerate(schedule.windows_on(reg, today)):
            ui.sessionCombo.addItem(window.label, window.number)
            if window.bounds(today, reg.tz)[0] <= now:
                chosen = i  # the latest session that has started
        ui.sessionCombo.setCurrentIndex(chosen)
        ui.authoriseButton.setDefault(True)
        ui.authoriseButton.clicked.connect(self._authorise)
        ui.cancelButton.clicked.connect(v.reject)
        EnterMovesOn(v, self._enter_in_field)
        ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accepted_result(self) -> Override | None:
        return self.override

    def _enter_in_field(self, field: QWidget) -> bool:
        if field is self.ui.reasonEdit:
            self._authorise()
            return True
        return False

    def _authorise(self) -> None:
        v = self.view
        ui = self.ui
        session = int(ui.sessionCombo.currentData() or 0)
        reason = ui.reasonEdit.text()
        why = run_service(lambda: dosing.check_override(self.reg, self.actor, reason, session),
                          error_label=ui.errorLabel)
        if why is None:
            return  # refused before a manager is asked to sign
        manager = ask_witness(self.reg, self.actor,
                              f"A manager signs to authorise a dose outside the session window "
                              f"for {self.patient_label}, counted in session {session}: {why}",
                              v)
        v.activateWindow()
        if manager is None:
            return
        found = run_service(
            lambda: dosing.authorise_override(self.reg, self.actor, manager, reason, session),
            error_label=ui.errorLabel)
        if found is not None:
            self.override = found
            v.accept()
