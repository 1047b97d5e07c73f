"""An absence as the staff live it (issue 16, item 5): a nurse records custody on the
patient's page, the board says "Away: custody", the check-in screen refuses the dose naming
the absence; the return is recorded four days later, the board and the check-in screen say
the prescriber must review; the prescriber reviews at a reduced dose, and the first dose is
given."""

from PySide6.QtCore import Qt

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.missed_doses import SessionState
from hat_desktop.services import absences, dosing
from tests.gui.dosing_screens import (
    ENTER,
    NoWitnessAsked,
    at,
    cell,
    dose_given,
    fill_dose,
    flag,
    focused,
    open_today,
    press,
    scan_to,
    sign_as,
    signed_by,
    start_dose,
    when_named_dialog_opens,
)
from tests.gui.patient_screens import (
    choose,
    click,
    open_patient_page,
    part,
    retype,
    through_dialog,
    type_into,
)


def test_custody_refusal_return_and_the_prescribers_review(qtbot, world, clock) -> None:
    d = world
    dose_given(d)  # Monday morning's dose
    clock.set(at(1, 9))  # Tuesday: the police ring, arrested last night

    window, page, ui = open_patient_page(qtbot, d.reg, d.nurse, d.patient.id)
    assert ui.absencesValue.text() == "None recorded" and not ui.returnButton.isVisible()
    errors: list[str] = []

    def record(dialog) -> None:
        assert dialog.windowTitle() == "Record an absence — HAT-0001 Sam Patient"
        assert dialog.ui.firstDayEdit.date().toString("dd/MM/yyyy") == "03/03/2026"
        assert not dialog.ui.lastDayEdit.isEnabled()  # open-ended unless ticked
        click(qtbot, dialog.ui.saveButton)
        errors.append(dialog.ui.errorLabel.text())
        choose(qtbot, dialog.ui.reasonCombo, "Custody")
        qtbot.keyClicks(dialog.ui.noteEdit, "Police rang: arrested last night")
        click(qtbot, dialog.ui.saveButton)

    through_dialog(qtbot, ui.absenceButton, record)
    assert errors == ["Choose the reason for the absence (custody, hospital, dosed elsewhere or "
                      "other)."]
    assert ui.absencesValue.text() == ("Custody from 03/03/2026, open-ended: Police rang: "
                                       "arrested last night (recorded by Nina Nurse)")
    assert ui.flagLabel.text().startswith("Away: Custody from 03/03/2026, open-ended")
    assert ui.returnButton.isVisible()
    window.close()

    clock.set(at(3, 9))  # Thursday: still in custody
    window, today = open_today(qtbot, d)
    assert cell(today, "HAT-0001", 1) == "Away: custody"
    assert flag(today, "HAT-0001") == "Away: custody from 03/03/2026, open-ended"
    page, check_in = scan_to(qtbot, window, "HAT-0001", "closeButton")
    assert check_in.refusalLabel.text() == (
        "Cannot be dosed now: Away: Custody from 03/03/2026, open-ended: Police rang: arrested "
        "last night (recorded by Nina Nurse). No dose during an absence: when the patient is "
        "back, record the return on their page first.")
    assert check_in.flagLabel.text() == "Away: custody from 03/03/2026, open-ended."
    assert not check_in.identityButton.isVisible()
    press(qtbot, ENTER)  # Close
    window.close()

    clock.set(at(5, 8, 40))  # Saturday: back, released last night
    window, page, ui = open_patient_page(qtbot, d.reg, d.nurse, d.patient.id)

    def back(dialog) -> None:
        assert dialog.ui.absenceLabel.text().startswith(
            "Sam Patient: Custody from 03/03/2026, open-ended")
        assert dialog.ui.lastDayEdit.date().toString("dd/MM/yyyy") == "06/03/2026"
        assert dialog.ui.hintLabel.text().startswith("If 3 days or more have passed")
        qtbot.keyClicks(dialog.ui.noteEdit, "Released without charge")
        click(qtbot, dialog.ui.saveButton)

    through_dialog(qtbot, ui.returnButton, back)
    assert not ui.returnButton.isVisible()
    assert ui.flagLabel.text().startswith(
        "ON HOLD since 06/03/2026 18:00: back from custody (03/03/2026 to 06/03/2026), 4 days "
        "without a dose")
    assert not ui.reviewHoldButton.isVisible()  # a nurse cannot lift it
    window.close()

    window, today = open_today(qtbot, d)
    assert flag(today, "HAT-0001") == "ON HOLD: back from custody, needs a prescriber's review"
    assert cell(today, "HAT-0001", 1) == "On hold"
    page, check_in = scan_to(qtbot, window, "HAT-0001", "closeButton")
    assert check_in.refusalLabel.text().startswith(
        "Cannot be dosed now: ON HOLD since 06/03/2026 18:00: back from custody")
    assert check_in.flagLabel.text() == ("ON HOLD: back from custody, needs a prescriber's "
                                         "review.")
    press(qtbot, ENTER)
    window.close()

    clock.set(at(5, 9))
    window, page, ui = open_patient_page(qtbot, d.reg, d.prescriber, d.patient.id)
    assert ui.reviewHoldButton.isVisible() and not ui.absenceButton.isVisible()

    def review(dialog) -> None:
        assert dialog.ui.holdLabel.text().startswith("ON HOLD since 06/03/2026 18:00: back "
                                                     "from custody")
        choose(qtbot, dialog.ui.decisionCombo, "Resume at a reduced re-titration dose")
        assert part(dialog, "reasonEdit").toPlainText() == (
            "Reduced re-titration dose after a hold review: back from custody (03/03/2026 to "
            "06/03/2026).")
        retype(qtbot, part(dialog, "doseSpin"), "90")
        qtbot.keyClicks(part(dialog, "notesEdit"), "Four days in custody: re-titrate.")
        click(qtbot, dialog.ui.saveButton)

    through_dialog(qtbot, ui.reviewHoldButton, review)
    assert not ui.flagLabel.isVisible()
    window.close()

    clock.set(at(5, 9, 10))  # the first dose after the return, at the new dose
    window, today = open_today(qtbot, d)
    page, v = start_dose(qtbot, window)
    fill_dose(qtbot, v, ampoules={"DIAM100": "1"}, mg="90")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is v.ui.recordDoseButton
    seen = signed_by(qtbot, "nora", ENTER, Qt.KeyboardModifier.NoModifier)
    assert seen and "90 mg given (site: Arm, left), 10 mg wasted" in seen[0]
    assert "Given: 90 mg" in v.ui.resultLabel.text()


def test_an_absence_entered_by_mistake_is_withdrawn_witnessed_on_the_patients_page(
        qtbot, world, clock) -> None:
    d = world
    dose_given(d)  # Monday morning's dose
    clock.set(at(1, 9))
    absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.CUSTODY,
                            at(1, 0).date(), None, "Police rang")
    clock.set(at(2, 9))  # Wednesday: the police had rung about another patient
    window, page, ui = open_patient_page(qtbot, d.reg, d.nurse, d.patient.id)
    assert ui.flagLabel.text().startswith("Away: Custody from 03/03/2026")
    assert ui.withdrawAbsenceButton.isVisible() and ui.returnButton.isVisible()
    assert ui.absenceButton.text() == "Rec&ord an absence…"
    errors: list[str] = []
    seen: list[str] = []

    def withdraw(dialog) -> None:
        assert dialog.windowTitle() == "Withdraw an absence — HAT-0001 Sam Patient"
        assert dialog.ui.absenceCombo.currentText().startswith(
            "Custody from 03/03/2026, open-ended: Police rang")
        click(qtbot, dialog.ui.saveButton)  # no reason given: refused, nothing asked
        errors.append(dialog.ui.errorLabel.text())
        type_into(qtbot, dialog.ui.noteEdit, "Wrong \u202epatient")  # pasted, a hidden mark
        watch = NoWitnessAsked()
        click(qtbot, dialog.ui.saveButton)
        watch.timer.stop()
        assert watch.opened == []
        errors.append(dialog.ui.errorLabel.text())
        dialog.ui.noteEdit.clear()
        qtbot.keyClicks(dialog.ui.noteEdit, "Entered for the wrong patient")
        dialog.grab().save("/tmp/i16-withdraw-absence.png")
        when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", seen))
        click(qtbot, dialog.ui.saveButton)

    through_dialog(qtbot, ui.withdrawAbsenceButton, withdraw)
    assert errors and "note on why the absence was entered by mistake" in errors[0]
    assert errors[1] == ("The note on why the absence was entered by mistake contains a "
                         "character that cannot be printed, or an invisible one: type it "
                         "again without pasting.")
    assert seen[0] == ("HAT-0001 Sam Patient: withdraw the absence entered by mistake — "
                       "custody from 03/03/2026, open-ended. Why: Entered for the wrong patient")
    # Kept on the page, marked; no longer in force: Tuesday was missed, nothing is away.
    assert ui.absencesValue.text() == (
        "Custody from 03/03/2026, open-ended: Police rang (recorded by Nina Nurse) — WITHDRAWN, "
        "entered by mistake: Entered for the wrong patient (Nina Nurse, witnessed by Nora "
        "Nurse)")
    assert not ui.withdrawAbsenceButton.isVisible() and not ui.returnButton.isVisible()
    assert ui.flagLabel.text() == "No dose on 03/03 missed."
    window.view.resize(1280, 720)
    window.view.grab().save("/tmp/i16-withdrawn-patient-page.png")
    assert dosing.states_today(d.reg, d.nurse, d.patient.id) == {
        1: SessionState.DUE, 2: SessionState.DUE}
    window.close()
