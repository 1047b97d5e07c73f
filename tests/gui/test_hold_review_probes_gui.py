"""A hold in the middle of a titration plan, reviewed on screen (review27): the re-titration
starts from the dose the patient had that day of the plan (60 mg), not from the 180 mg
target they never reached."""

from datetime import UTC, datetime, timedelta

from hat_desktop.domain.titration import StepUnit, TitrationInput
from hat_desktop.services import attendance, titration
from tests.gui.patient_screens import click, in_dialog, open_patients, part, retype
from tests.test_hold_review_probes import _dose

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)


def test_a_hold_mid_plan_is_re_titrated_from_the_plan_dose_had(qtbot, world, clock) -> None:
    d = world
    titration.write_plan(d.reg, d.prescriber, d.patient.id, TitrationInput(
        d.diam100.id, d.reg.today(), 60, 40, StepUnit.DAY, 180, 360, 0, 3))
    _dose(d, 60, 1)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[str] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        qtbot.keyClicks(part(dialog, "notesEdit"), "Back after three days.")
        dose = part(dialog, "doseSpin")
        seen.append(dialog.ui.introLabel.text())
        seen.append(f"{dose.value()} mg; {dose.toolTip()}")
        qtbot.wait(50)
        dialog.grab().save("/tmp/hat-hold-mid-plan-retitrate.png")  # for a person to look at
        retype(qtbot, dose, "150")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        retype(qtbot, dose, "40")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, page.detail.ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [
        "Prescriber: Dr Pat Prescriber (Home Office licence HO-123456). Current prescription "
        "(version 1): Diamorphine hydrochloride 180 mg per session (session 1, 2), 02/03/2026 "
        "to 31/05/2026. When the hold began the patient was on its titration plan, at 60 mg "
        "per session.",
        "60 mg; Lower than the previous 60 mg per session; no daily maximum or most per "
        "injection may be higher, nor a supervised dose taken home.",
        "A re-titration dose must be lower than the previous 60 mg."]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
