"""A titration plan as the prescriber and the nurse use it (issue 16, item 3): the prescriber
writes the plan on the patient's page (a change is a new version), the check-in screen says
"Titration day 1 of 4: 60 mg + top-up up to 40 mg" and refuses more than the day's dose, and
the review of a patient back from an absence re-titrates from a plan."""

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.services import absences, dosing, titration
from tests.gui.dosing_screens import (
    at,
    dose_given,
    fill_dose,
    open_today,
    refused_before_the_witness,
    start_dose,
)
from tests.gui.patient_screens import (
    choose,
    click,
    open_patient_page,
    part,
    retype,
    through_dialog,
)


def test_a_prescriber_writes_a_plan_and_the_nurse_doses_from_it(qtbot, world, clock) -> None:
    d = world
    window, page, ui = open_patient_page(qtbot, d.reg, d.prescriber, d.patient.id)
    assert ui.titrationValue.text() == "None" and ui.titrationButton.isVisible()
    errors: list[str] = []

    def write(dialog) -> None:
        preview = part(dialog, "previewLabel")
        assert part(dialog, "targetSpin").value() == 180  # the prescription's dose
        assert not dialog.ui.stopButton.isVisible()
        retype(qtbot, part(dialog, "startSpin"), "60")
        retype(qtbot, part(dialog, "stepSpin"), "40")
        retype(qtbot, part(dialog, "ceilingSpin"), "300")
        retype(qtbot, part(dialog, "topUpSpin"), "40")
        assert preview.text().splitlines() == ["Day 1 (02/03): 60 mg, 60 mg",
                                              "Day 2 (03/03): 100 mg, 100 mg",
                                              "Day 3 (04/03): 140 mg, 140 mg",
                                              "Day 4 (05/03): 180 mg, 180 mg"]
        click(qtbot, dialog.ui.saveButton)
        errors.append(dialog.ui.errorLabel.text())
        retype(qtbot, part(dialog, "ceilingSpin"), "360")
        click(qtbot, dialog.ui.saveButton)

    through_dialog(qtbot, ui.titrationButton, write)
    assert errors == ["A day of the plan reaches 360 mg with its top-ups, above the daily "
                      "ceiling of 300 mg."]
    assert ui.titrationValue.text().startswith(
        "Version 1: From 60 mg, up 40 mg each day to 180 mg (4 days from 02/03/2026)")
    window.close()

    window, _today = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)
    assert v.ui.notesLabel.text().splitlines()[0] == (
        "Titration day 1 of 4: 60 mg + top-up up to 40 mg (plan version 1, Dr Pat Prescriber).")
    fill_dose(qtbot, v, ampoules={"DIAM100": "1"}, mg="100")
    refused_before_the_witness(qtbot)
    assert v.ui.errorLabel.text() == "Dose 100 mg is above the prescribed 60 mg for this session."
    v.reject()
    window.close()

    # sedated: the plan stops
    window, page, ui = open_patient_page(qtbot, d.reg, d.prescriber, d.patient.id)

    def stop(dialog) -> None:
        assert dialog.ui.stopButton.isVisible()
        click(qtbot, dialog.ui.stopButton)
        errors.append(dialog.ui.errorLabel.text())
        qtbot.keyClicks(part(dialog, "planReasonEdit"), "Sedated after the first dose")
        click(qtbot, dialog.ui.stopButton)

    through_dialog(qtbot, ui.titrationButton, stop)
    assert errors[-1] == "Enter the reason for stopping the plan."
    assert ui.titrationValue.text() == "None"
    assert [p.stopped for p in titration.versions(d.reg, d.nurse, d.patient.id)] == [True, False]
    window.close()


def test_the_review_after_custody_re_titrates_from_a_plan(qtbot, world, clock) -> None:
    d = world
    dose_given(d)
    clock.set(at(1, 9))
    absence = absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.CUSTODY,
                                      d.reg.today(), None, "")
    clock.set(at(5, 9))
    absences.record_return(d.reg, d.nurse, absence.id, at(4, 0).date(), "")
    window, page, ui = open_patient_page(qtbot, d.reg, d.prescriber, d.patient.id)

    def review(dialog) -> None:
        choose(qtbot, dialog.ui.decisionCombo, "Re-titrate from a plan, up to the current dose")
        assert dialog.ui.planArea.isVisible() and not dialog.ui.fieldsArea.isVisible()
        retype(qtbot, part(dialog, "startSpin"), "60")
        retype(qtbot, part(dialog, "stepSpin"), "60")
        qtbot.keyClicks(part(dialog, "notesEdit"), "Four days in custody.")
        click(qtbot, dialog.ui.saveButton)

    through_dialog(qtbot, ui.reviewHoldButton, review)
    assert not ui.reviewHoldButton.isVisible()
    plan = titration.in_force(d.reg, d.patient.id)
    assert plan is not None and plan.doses == ((60, 60), (120, 120), (180, 180))
    assert plan.change_reason == ("Reduced re-titration dose after a hold review: back from "
                                  "custody (03/03/2026 to 06/03/2026).")
    assert ui.titrationValue.text().startswith("Version 1: From 60 mg, up 60 mg each day")
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.notes[0].startswith("Titration day 1 of 3: 60 mg")
    window.close()
