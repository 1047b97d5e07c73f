"""The check-in and dosing screen, keyboard-first: the patient's card with the photo,
identity confirmed against the photo (Enter), the pre-dose assessment, then the dose
(witnessed) or the withholding. Every rule is the services'; a refusal is shown in
plain words and nothing is written."""

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QInputDialog, QPushButton, QSpinBox, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent
from hat_desktop.domain.dosing import SEDATION_SCALE, LessReason, WithholdReason, suggest_site
from hat_desktop.domain.errors import HatError
from hat_desktop.domain.prescriptions import PrescriptionLine
from hat_desktop.domain.register import Section
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.safety import ObservationReading
from hat_desktop.gui import check_in_text as words
from hat_desktop.gui.dose_line_rows import LineRow, ampoule_spin, fill_sites, site_text
from hat_desktop.gui.enter_key import EnterMovesOn
from hat_desktop.gui.event_dialog import record_event
from hat_desktop.gui.form_dialog import FormDialog, fit_to_screen
from hat_desktop.gui.forms.ui_check_in_dialog import Ui_CheckInDialog
from hat_desktop.gui.messages import confirm, run_action, run_service
from hat_desktop.gui.override_dialog import OverrideDialog
from hat_desktop.gui.release_dialog import ReleaseDialog
from hat_desktop.gui.scan_guard import ScanGuard
from hat_desktop.gui.scrolling import scroll_widget
from hat_desktop.gui.top_up_dialog import TopUpDialog, offer_text
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.palette import FLAG_COLOURS
from hat_desktop.services import dosing
from hat_desktop.services.dosing import CheckInCard, DoseRequest, DoseResult, LineDose, Override
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.top_up_offers import shown

log = logging.getLogger(__name__)


class CheckInDialog(FormDialog[Ui_CheckInDialog, None]):
    def __init__(self, reg: OpenRegister, actor: User, card: CheckInCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_CheckInDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.card = card
        self.override: Override | None = None
        self.confirmed = False  # identity confirmed in this dialog
        self.result: DoseResult | None = None
        self.withheld: AttendanceEvent | None = None
        self.spins: list[tuple[Section, QSpinBox]] = []
        self.rows: list[LineRow] = []  # the other lines due this session
        self.main_line: PrescriptionLine | None = None  # the line of the dose form itself
        self._form_built = False
        self._auto_withheld = False  # withholding was chosen by the assessment, not the nurse
        self._programmatic = False
        self._reasons: list[str] = []
        self.may_top_up = allowed(actor.role, Action.TOP_UP)
        v = self.view
        ui = self.ui
        v.setWindowModality(Qt.WindowModality.WindowModal)
        ui.sedationCombo.setPlaceholderText("Choose the score (type 0–3)")
        for score, text in SEDATION_SCALE.items():
            ui.sedationCombo.addItem(text, score)
        ui.sedationCombo.setCurrentIndex(-1)
        ui.alcoholEdit.setValidator(QRegularExpressionValidator(r"\d{0,4}", ui.alcoholEdit))
        ui.lessCombo.setPlaceholderText("Choose the reason")
        for less in LessReason:
            ui.lessCombo.addItem(less.label, less.value)
        ui.lessCombo.setCurrentIndex(-1)
        ui.withholdReasonCombo.setPlaceholderText("Choose the reason")
        for why in WithholdReason:
            ui.withholdReasonCombo.addItem(why.label, why.value)
        ui.withholdReasonCombo.setCurrentIndex(-1)
        fill_sites(ui.siteCombo, reg.settings.injection_sites)
        # The dose form of two lines or more is taller than a 1280×720 screen leaves it: it
        # scrolls there (rather than squeeze its fields). The error and the record (or
        # withhold) button are below it, outside the scrolled part: in view however far
        # the form is scrolled.
        scroll_widget(ui.workColumn, ui.doseArea)
        self._wire()
        v.may_dismiss = self._may_dismiss
        EnterMovesOn(v)
        ScanGuard(v, self._card_scanned)
        self._show_card(card)
        v.installEventFilter(self)  # grows with what the form asks: eventFilter

    def _wire(self) -> None:
        v = self.view
        ui = self.ui
        pairs = ((ui.actionConfirmIdentity, ui.identityButton, self.confirm_identity),
                 (ui.actionRecordDose, ui.recordDoseButton, self.record_dose),
                 (ui.actionWithhold, ui.withholdButton, self.record_withholding),
                 (ui.actionRelease, ui.releaseButton, self.release_check),
                 (ui.actionTopUp, ui.topUpButton, self.top_up),
                 (ui.actionOverride, ui.overrideButton, self.manager_override),
                 (ui.actionCancelCheckIn, ui.cancelCheckInButton, self.cancel_check_in),
                 (ui.actionEvent, ui.eventButton, self.record_event))
        for action, button, slot in pairs:
            v.addAction(action)
            action.triggered.connect(slot)
            button.clicked.connect(action.trigger)
            shortcut = action.shortcut().toString()
            button.setToolTip(f"{action.statusTip()} ({shortcut})")
            button.setStatusTip(action.statusTip())
        ui.closeButton.clicked.connect(self._close)
        ui.correctWithholdingButton.clicked.connect(self.correct_withholding)
        ui.sedationCombo.currentIndexChanged.connect(self._assessment_changed)
        ui.alcoholEdit.textChanged.connect(self._assessment_changed)
        ui.doseRadio.toggled.connect(self._radio_toggled)
        ui.mgSpin.valueChanged.connect(self._dose_changed)

    # --- showing the card ----------------------------------------------------------------
    def open(self) -> None:
        super().open()
        self._fit_content()
        self._focus_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # The form changed what it asks for (the dose form shown, a line's rows, a longer
        # note): laid out afresh now, then as tall as that needs.
        if watched is self.view and event.type() == QEvent.Type.LayoutRequest:
            layout = self.view.layout()
            if layout is not None:
                layout.activate()
            self._fit_content()
        return super().eventFilter(watched, event)

    def _fit_content(self) -> None:
        """As tall as the card and the dose form ask (neither scrolled then), up to the
        height of the screen it is shown on (fit_to_screen): a dose form of two lines is
        shown whole at 1366×768, and scrolls, the dialog as tall as the screen, at 1280×720.
        Never smaller than it is. Only once shown and laid out: the card's width is known
        then (it narrows as the dose form beside it widens)."""
        v = self.view
        if not v.isVisible():
            return
        card, column = self.ui.patientScroll, self.ui.patientColumn
        card_needs = column.heightForWidth(card.viewport().width()) \
            if column.hasHeightForWidth() else column.sizeHint().height()
        height = v.height() + max(0, card_needs - card.viewport().height())
        # the dose form asks for the whole of its height (scrolling.PartScroll)
        fit_to_screen(v, QSize(v.width(), height).expandedTo(v.sizeHint()))

    def _show_card(self, card: CheckInCard) -> None:
        self.card = card
        v = self.view
        ui = self.ui
        p = card.patient
        v.setWindowTitle(f"Check in — {p.label}")
        self._show_photo()
        ui.patientName.setText(p.full_name)
        ui.detailsLabel.setText(words.details_text(p, self.reg.today()))
        flag = words.flag_text(card)
        ui.flagLabel.setText(flag)
        ui.flagLabel.setVisible(bool(flag))
        background, foreground = FLAG_COLOURS[card.flag.level.value]
        ui.flagLabel.setStyleSheet(f"background:{background}; color:{foreground}; "
                                   "padding:6px; border-radius:4px; font-weight:bold;")
        change = words.dose_change_text(card)
        notes = ([change] if change else []) + list(card.notes)
        ui.notesLabel.setText("\n".join(notes))
        ui.notesLabel.setVisible(bool(notes))
        ui.prescriptionLabel.setText(words.prescription_html(card))
        ui.recentLabel.setText(words.recent_html(card.recent_doses, self.reg.tz,
                                                 card.last_sites))
        ui.sessionLabel.setText(words.session_text(card, self.override))
        observing = card.in_observation is not None
        ui.refusalLabel.setText(f"Cannot be dosed now: {card.refusal}" if card.refusal else "")
        ui.refusalLabel.setVisible(card.refusal is not None and not observing)
        offer = shown(card.top_ups) if observing else None
        if observing and card.observe_until is not None:  # here for the release check
            until = card.observe_until.astimezone(self.reg.tz)
            due = self.reg.now() >= card.observe_until
            ui.sessionLabel.setText(
                "In post-dose observation: the release check is "
                + (f"due (since {until:%H:%M})" if due else f"due at {until:%H:%M}")
                + ". Record it with the Release check… button."
                + (f"\n{offer.label}: {offer_text(offer, self.reg.tz)}"
                   + (" — Top-up… (Ctrl+U)." if self.may_top_up else ".") if offer else ""))
        self._set_available(ui.actionTopUp, ui.topUpButton, offer is not None and self.may_top_up)
        self._set_available(ui.actionConfirmIdentity, ui.identityButton,
                            card.can_dose and not self.confirmed)
        self._set_available(ui.actionRelease, ui.releaseButton, card.in_observation is not None)
        self._set_available(ui.actionOverride, ui.overrideButton, card.override_helps)
        self._set_available(ui.actionCancelCheckIn, ui.cancelCheckInButton,
                            card.checked_in and card.can_dose and self.override is None)
        ui.correctWithholdingButton.setVisible(card.withheld is not None)
        ready = card.can_dose and self.confirmed and card.checked_in
        ui.doseArea.setVisible(ready)  # the record and withhold buttons: see _path_chosen
        if ready and not self._form_built:
            self._build_dose_form()
        self._path_chosen()

    def _show_photo(self) -> None:
        ui = self.ui
        data = self.card.photo
        pixmap = QPixmap()
        missing = not (data and pixmap.loadFromData(data))
        ui.photoLabel.setProperty("missing", missing)  # the stylesheet marks a missing photo
        if not missing:
            ui.photoLabel.setPixmap(pixmap.scaled(
                ui.photoLabel.maximumSize(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            ui.photoLabel.setAccessibleName(f"Photo of {self.card.patient.full_name}")
        else:
            ui.photoLabel.setText("No photo on file.\nCheck identity another way (photo ID) "
                                  "and ask for a photo to be taken.")
            ui.photoLabel.setAccessibleName("No photo on file")
        ui.photoLabel.style().unpolish(ui.photoLabel)
        ui.photoLabel.style().polish(ui.photoLabel)

    @staticmethod
    def _set_available(action: QAction, button: QPushButton, on: bool) -> None:
        action.setEnabled(on)
        button.setVisible(on)

    def _focus_first(self) -> None:
        v = self.view
        ui = self.ui
        for widget in (ui.identityButton, ui.releaseButton, ui.overrideButton):
            if widget.isVisibleTo(v):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if ui.doseArea.isVisibleTo(v):
            ui.sedationCombo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reload(self) -> None:
        found = run_service(lambda: dosing.card(self.reg, self.actor, self.card.patient.id,
                                                self.override), error_label=self.ui.errorLabel)
        if found is not None:
            if not found.checked_in:
                self.confirmed = False
            self._show_card(found)
            self._focus_first()

    def _close(self) -> None:
        if self._may_dismiss():
            self.view.accept()

    def _may_dismiss(self) -> bool:
        """Escape (or the close box) with an assessment typed and nothing recorded asks
        before throwing the typed assessment away."""
        ui = self.ui
        score, alcohol, observation = self._assessment()
        typed = score != "" or bool(alcohol.strip()) or bool(observation.strip())
        if ui.stages.currentWidget() is ui.donePage or not ui.doseArea.isVisible() or not typed:
            return True
        keep = not confirm(self.view, f"Close the check-in of {self.card.patient.label} and "
                           "discard the assessment typed? Nothing of it has been recorded.",
                           "Discard the assessment?")
        self.view.activateWindow()
        return not keep

    def _card_scanned(self, _number: str) -> None:
        """What was 'scanned' is never shown: it may have been a password typed fast."""
        ui = self.ui
        ui.errorLabel.setText(f"A card was scanned while the check-in of "
                              f"{self.card.patient.label} is open: nothing was changed here. "
                              "Finish or close this check-in (Esc), then scan again.")
        ui.errorLabel.show()

    # --- identity, override, release, cancel ----------------------------------------------
    def confirm_identity(self) -> None:
        if not self.ui.actionConfirmIdentity.isEnabled():
            return
        found = run_service(
            lambda: dosing.check_in(self.reg, self.actor, self.card.patient.id,
                                    identity_confirmed=True, override=self.override),
            error_label=self.ui.errorLabel)
        if found is None:
            self._reload()
            return
        self.confirmed = True
        self._show_card(found)
        self.ui.sedationCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def manager_override(self) -> None:
        if not self.card.override_helps:
            return
        override = OverrideDialog(self.reg, self.actor, self.card.patient.label,
                                  self.view).exec()
        self.view.activateWindow()
        if override is None:
            return
        self.override = override
        self._reload()

    def release_check(self) -> None:
        if self.card.in_observation is None:
            return
        outcome = ReleaseDialog(self.reg, self.actor, self.card, self.view).exec()
        self.view.activateWindow()
        if isinstance(outcome, ObservationReading):
            at = outcome.at.astimezone(self.reg.tz)
            self._done("Still in observation", f"{self.card.patient.label}: reading recorded at "
                       f"{at:%H:%M} ({outcome.summary}); the patient stays in observation — "
                       "take another reading later, or record an event.")
        elif outcome is not None:
            at = outcome.at.astimezone(self.reg.tz)
            self._done("Released", f"{self.card.patient.label}: the release check was recorded "
                       f"at {at:%H:%M}; the post-dose observation is over.")

    def top_up(self) -> None:
        """The top-up screen for the line this card offers. The card is read again first
        (the clinic's interval may have passed since it was shown); a top-up not possible
        yet says why, in the service's words, and opens nothing."""
        if not self.ui.actionTopUp.isEnabled():
            return
        self._reload()
        offers = self.card.top_ups if self.card.in_observation is not None else ()
        offer = shown(offers)
        if offer is None or not offer.available:  # too soon; or given from the queue since
            why = offer or next((o for o in offers if o.refusal), None)
            self.ui.errorLabel.setText(why.refusal if why is not None and why.refusal else
                                       "No line of this session can be topped up now.")
            self.ui.errorLabel.show()
            return
        dialog = TopUpDialog(self.reg, self.actor, self.card, list(self.card.top_ups),
                             self.view)
        result = dialog.exec()
        self.view.activateWindow()
        if result is None or dialog.witness is None:
            return
        self.result = result
        self._done("Top-up recorded", words.dose_result_text(
            self.card.patient, result, dialog.witness.full_name, self.reg.tz,
            what=f"Top-up of line {offer.line.position} ({offer.line.drug}, "
                 f"{offer.line.route.short})"))

    def record_event(self) -> None:
        """An adverse event for this patient; the card is read again (a hold, say)."""
        if not self.ui.actionEvent.isEnabled():
            return
        event = record_event(self.reg, self.actor, self.card.patient, self.view)
        self.view.activateWindow()
        if event is not None:
            self._reload()  # the card shows a hold at once; the release check is still there

    def cancel_check_in(self) -> None:
        if not self.ui.actionCancelCheckIn.isEnabled():
            return
        reason, ok = QInputDialog.getText(self.view, "Patient left",
                                          "Why is the check-in cancelled?")
        self.view.activateWindow()
        if not ok:
            return
        done = run_action(lambda: dosing.cancel_check_in(self.reg, self.actor,
                                                         self.card.patient.id, reason),
                          error_label=self.ui.errorLabel)
        if done:
            self.confirmed = False
            self._reload()

    def correct_withholding(self) -> None:
        """A withholding recorded in error: the service's check, then a witness signs the
        note; the withholding is kept, marked as an error, and the patient may be dosed."""
        event = self.card.withheld
        if event is None:
            return
        at = event.at.astimezone(self.reg.tz)
        note, ok = QInputDialog.getText(
            self.view, "Withholding recorded in error",
            f"Why was the withholding at {at:%H:%M} recorded in error? It is kept, with this "
            "note, witnessed.")
        self.view.activateWindow()
        if not ok:
            return
        ui = self.ui
        checked = run_service(lambda: dosing.check_correct_withholding(
            self.reg, self.actor, event.id, note), error_label=ui.errorLabel)
        if checked is None:
            return
        summary = (f"{self.card.patient.label}: the withholding at {at:%H:%M} was recorded in "
                   f"error — {checked.note}")
        witness = ask_witness(self.reg, self.actor, summary, self.view)
        self.view.activateWindow()
        if witness is None:
            return
        done = run_service(lambda: dosing.correct_withholding(
            self.reg, self.actor, witness, event.id, note), error_label=ui.errorLabel)
        if done is not None:
            self._reload()

    # --- the dose form -------------------------------------------------------------------
    def _build_dose_form(self) -> None:
        """The first injected line due is the dose form; every other line due is a row
        below it."""
        ui = self.ui
        self._form_built = True
        due = self.card.lines_due
        self.main_line = next((ln for ln in due if ln.route.injected), due[0] if due else None)
        main = self.main_line
        injected = main is None or main.route.injected
        sections = (self.card.sections_of(main) if main is not None else self.card.sections)
        previous: QWidget = ui.observationEdit
        for row, section in enumerate(sections if injected else ()):
            spin = ampoule_spin(ui.doseForm, ui.doseGroup, row, section,
                                ui.mgSpin.maximumWidth())
            ui.doseForm.labelForField(spin).show()  # at once, not when the event loop
            spin.show()  # next runs: Tab must reach it
            spin.valueChanged.connect(self._dose_changed)
            QWidget.setTabOrder(previous, spin)
            previous = spin
            self.spins.append((section, spin))
        if injected:  # below the ampoules: offered by rotation, seen, changed if need be
            QWidget.setTabOrder(previous, ui.siteCombo)
            previous = ui.siteCombo
            if main is not None:
                self._offer_site(main)
        QWidget.setTabOrder(previous, ui.mgSpin)
        ui.doseForm.setRowVisible(ui.siteCombo, injected)
        ui.wasteLabel.setVisible(injected)
        window = self.card.window
        if main is not None and window is not None:
            ui.mgSpin.setValue(main.dose_for(window.number) or 0)
            ui.mainLineLabel.setText("Above: " + words.due_text(main, window.number)
                                     + ". Below: the other lines due.")
            others = [ln for ln in due if ln is not main]
            ui.mainLineLabel.setVisible(bool(others))
            self._build_rows(others, window.number)
        self._dose_changed()

    def _offer_site(self, line: PrescriptionLine) -> None:
        """The site the rotation offers (the other side from last time), in the field and
        named below it; the nurse confirms it by recording the dose, or types another."""
        ui = self.ui
        offered = suggest_site(line, self.reg.settings.injection_sites, self.card.last_sites)
        if offered:
            ui.siteCombo.setCurrentIndex(ui.siteCombo.findText(offered))
            ui.siteHintLabel.setText(
                f"Injection site offered: {offered}, the other side from last time "
                f"({self.card.last_sites[0]}). Change it (Alt+J) if the patient uses "
                "another site.")
        ui.siteHintLabel.setVisible(bool(offered))

    def _build_rows(self, lines: list[PrescriptionLine], session: int) -> None:
        ui = self.ui
        previous: QWidget = ui.lateReasonEdit
        for line in lines:
            row = LineRow(ui.linesForm, ui.linesBox, line, session,
                          self.card.sections_of(line), self.reg.settings.injection_sites,
                          suggest_site(line, self.reg.settings.injection_sites,
                                       self.card.last_sites))
            for widget in row.widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget
            self.rows.append(row)
        QWidget.setTabOrder(previous, ui.recordDoseButton)
        ui.linesBox.setVisible(bool(lines))

    def _opened(self) -> list[tuple[Section, int]]:
        return [(section, spin.value()) for section, spin in self.spins]

    def _dose_changed(self) -> None:
        ui = self.ui
        mg = ui.mgSpin.value()
        mg_opened = sum(s.mg_per_unit * count for s, count in self._opened())
        if not mg_opened:
            ui.wasteLabel.setText("Wasted: — (enter the ampoules opened)")
        elif mg_opened < mg:
            ui.wasteLabel.setText(f"Wasted: 0 mg — only {mg_opened} mg opened for a {mg} mg "
                                  "dose: open more, or correct the dose.")
        else:
            ui.wasteLabel.setText(f"Wasted: {mg_opened - mg} mg ({mg_opened} mg opened − {mg} mg "
                                  "given)")
        window, main = self.card.window, self.main_line
        prescribed = (main.dose_for(window.number) or 0) if main and window else 0
        ui.doseForm.setRowVisible(ui.lessCombo, 0 < mg < prescribed)

    # --- the assessment and the path (dose or withhold) ------------------------------------
    def _assessment(self) -> tuple[int | str, str, str]:
        """The sedation score (its number, or "" when none is chosen), the breath alcohol and
        the observation as typed; the service checks them."""
        ui = self.ui
        score: int | str = (int(ui.sedationCombo.currentData())
                            if ui.sedationCombo.currentIndex() >= 0 else "")
        return score, ui.alcoholEdit.text(), ui.observationEdit.text()

    def _assessment_changed(self) -> None:
        """At or above a threshold the default becomes withholding the dose; the nurse may
        still choose to give it, with a reason."""
        ui = self.ui
        score, alcohol, _ = self._assessment()
        try:
            _, reasons = dosing.assess_patient(self.reg, score if score != "" else 0,
                                               alcohol or 0, "")
        except HatError:
            reasons = []
        new_findings = bool(reasons) and reasons != self._reasons
        self._reasons = reasons
        if reasons:
            ui.thresholdLabel.setText(
                "At or above the withhold threshold: " + "; ".join(reasons) + ". The default "
                "is to withhold the dose; to give it all the same, choose Give the dose and "
                "record why.")
            if new_findings and ui.doseRadio.isChecked():  # a choice to dose stands until
                self._set_path(dose=False)                 # the assessment finds more
                self._auto_withheld = True
                if ui.withholdReasonCombo.currentIndex() < 0:
                    ui.withholdReasonCombo.setCurrentIndex(
                        ui.withholdReasonCombo.findData(WithholdReason.INTOXICATED.value))
        elif self._auto_withheld:
            self._set_path(dose=True)
        ui.thresholdLabel.setVisible(bool(reasons))
        self._path_chosen()

    def _set_path(self, *, dose: bool) -> None:
        self._programmatic = True
        try:
            (self.ui.doseRadio if dose else self.ui.withholdRadio).setChecked(True)
        finally:
            self._programmatic = False
        self._auto_withheld = False

    def _radio_toggled(self) -> None:
        if not self._programmatic:  # the nurse chose: no longer the automatic default
            self._auto_withheld = False
        self._path_chosen()

    def _path_chosen(self) -> None:
        v = self.view
        ui = self.ui
        dose = ui.doseRadio.isChecked()
        # The choice (Alt+G / Alt+W) is no Tab stop: Tab goes from the observation straight
        # to the first field of the chosen path, the other path's fields being hidden.
        ui.doseGroup.setVisible(dose)
        ui.withholdGroup.setVisible(not dose)
        ui.doseForm.setRowVisible(ui.despiteEdit, dose and bool(self._reasons))
        ui.doseForm.setRowVisible(ui.lateReasonEdit, dose and self.card.late_entry)
        # The button of the chosen path only, below the form (the other path's Ctrl key
        # does nothing); reached by Tab after the path's last field.
        ready = ui.doseArea.isVisibleTo(v)
        self._set_available(ui.actionRecordDose, ui.recordDoseButton, dose and ready)
        self._set_available(ui.actionWithhold, ui.withholdButton, not dose and ready)

    # --- recording ---------------------------------------------------------------------------
    def _request(self) -> DoseRequest:
        v = self.view
        ui = self.ui
        score, alcohol, observation = self._assessment()
        less = ui.lessCombo.currentData() if ui.lessCombo.isVisibleTo(v) else None
        lines: tuple[LineDose, ...] = ()
        if self.main_line is not None:
            lines = (LineDose(
                self.main_line.position, ui.mgSpin.value(),
                [(s.id, count) for s, count in self._opened()], self._site(),
                LessReason(less) if less else None),
                *(row.dose() for row in self.rows))
        return DoseRequest(
            opened=[(s.id, count) for s, count in self._opened()],
            mg_administered=ui.mgSpin.value(), sedation_score=score,
            breath_alcohol=alcohol, observation=observation,
            less_reason=LessReason(less) if less else None,
            assessment_override=ui.despiteEdit.text() if self._reasons else "",
            late_reason=ui.lateReasonEdit.text() if self.card.late_entry else "",
            site=self._site(), lines=lines,
        )

    def _site(self) -> str:
        return site_text(self.ui.siteCombo)

    def _check_before_witness(self, request: DoseRequest) -> bool:
        """The service's own check, before a colleague is asked to sign."""
        dosing.check_dose(self.reg, self.actor, self.card.patient.id, request, self.override)
        return True

    def record_dose(self) -> None:
        v = self.view
        ui = self.ui
        if not ui.actionRecordDose.isEnabled():
            return
        request = self._request()
        if not run_service(lambda: self._check_before_witness(request), error_label=ui.errorLabel):
            return
        window = self.card.window
        summary = words.dose_summary(self.card.patient, window.number if window else 0,
                                     self._opened(), ui.mgSpin.value(), self._site())
        if self.rows:
            summary += "\n" + "\n".join(row.summary() for row in self.rows)
        witness = ask_witness(self.reg, self.actor, summary, v)
        v.activateWindow()  # back from the witness dialog, whatever the window manager does
        if witness is None:
            ui.errorLabel.setText("Nothing was recorded: the dose needs a witness's signature.")
            ui.errorLabel.show()
            return
        result = run_service(
            lambda: dosing.administer(self.reg, self.actor, witness, self.card.patient.id,
                                      request, self.override),
            error_label=ui.errorLabel)
        if result is None:
            return
        self.result = result
        self._done("Dose recorded", words.dose_result_text(self.card.patient, result,
                                                           witness.full_name, self.reg.tz))

    def record_withholding(self) -> None:
        ui = self.ui
        if not ui.actionWithhold.isEnabled():
            return
        reason = ui.withholdReasonCombo.currentData()
        score, alcohol, observation = self._assessment()

        event = run_service(
            lambda: dosing.withhold(self.reg, self.actor, self.card.patient.id, reason,
                                    ui.withholdNoteEdit.text(), score,
                                    alcohol, observation, override=self.override),
            error_label=ui.errorLabel)
        if event is None:
            return
        self.withheld = event
        self._done("Dose withheld", words.withheld_text(self.card.patient, event))

    def _done(self, heading: str, text: str) -> None:
        ui = self.ui
        ui.doneHeading.setText(heading)
        ui.resultLabel.setText(text)
        ui.stages.setCurrentWidget(ui.donePage)
        for action in (ui.actionConfirmIdentity, ui.actionRecordDose, ui.actionWithhold,
                       ui.actionRelease, ui.actionTopUp, ui.actionOverride,
                       ui.actionCancelCheckIn):
            action.setEnabled(False)
        ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("check-in screen: %s for patient #%d", heading.lower(), self.card.patient.id)
