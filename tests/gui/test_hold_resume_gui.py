"""A prescriber reviews the hold of a patient whose raise (250 mg from Thursday, written on
Monday) came into force during the hold, as a person would: "Resume the same dose" is
refused on screen in the service's words, nothing written and the hold kept; the dialog
names the version the patient was on and starts the re-titration from its 180 mg, and a
reduced dose below it lifts the hold."""

from datetime import UTC, datetime, timedelta

from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import attendance, dosing, prescriptions
from tests.gui.patient_screens import click, in_dialog, open_patients, part, retype

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests
REFUSED = (
    '"Resume the same dose" would give version 2 (250 mg per session) from 05/03/2026, '
    "which the patient has never had: when the hold began they were on version 1 (180 mg "
    "per session). After days without a dose, re-titrate instead: a reduced dose, or a "
    "titration plan up to the new dose.")


def test_the_hold_review_refuses_to_resume_into_a_raise_the_patient_never_had(
        qtbot, world, clock) -> None:
    d = world
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 250, frozenset({1, 2}), today + timedelta(days=3),
        today + timedelta(days=90), change_reason="Up from Thursday"))
    clock.set(MONDAY + timedelta(days=4, hours=9))  # Friday; never dosed: held since Wednesday
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    failures: list[BaseException] = []
    seen: list[str] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume the same dose"))
        qtbot.keyClicks(part(dialog, "notesEdit"), "Back from a family visit.")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()  # still open, to be put right
        dialog.grab().save("/tmp/hat-hold-resume-refused.png")  # for a person to look at
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        dose = part(dialog, "doseSpin")
        seen.append(dialog.ui.introLabel.text())
        seen.append(f"{dose.value()} mg; {dose.toolTip()}")  # from the dose before the hold
        qtbot.wait(50)  # laid out again at its new height
        dialog.grab().save("/tmp/hat-hold-resume-retitrate.png")
        retype(qtbot, dose, "120")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [
        REFUSED,
        "Prescriber: Dr Pat Prescriber (Home Office licence HO-123456). Current prescription "
        "(version 2): Diamorphine hydrochloride 250 mg per session (session 1, 2), 05/03/2026 "
        "to 31/05/2026. When the hold began the patient was on version 1: Diamorphine "
        "hydrochloride 180 mg per session (session 1, 2), 02/03/2026 to 31/05/2026.",
        "180 mg; Lower than the previous 180 mg per session; no daily maximum or most per "
        "injection may be higher, nor a supervised dose taken home."]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.prescription is not None and card.prescription.dose_mg == 120
    window.close()
