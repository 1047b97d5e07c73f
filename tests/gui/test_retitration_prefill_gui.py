"""A prescriber re-titrates a held patient (180 mg from Monday 2 March to 31 May 2026, never
dosed: on hold from Wednesday 18:00) on Thursday, as a person would. A raise to 250 mg from
Thursday to 20 June was written on Monday: a re-titration ending on 31 May (the end of the
version the patient was on) would hand the raise over on 1 June with no titration, so the
dialog fills in 20 June, the day the rule asks for, and the re-titration typed over the
pre-hold dose is saved as filled in."""

from datetime import UTC, date, datetime, timedelta

from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import attendance, dosing, prescriptions
from tests.gui.patient_screens import click, in_dialog, open_patients, part, retype

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests


def test_the_hold_review_fills_in_the_end_a_pending_raise_asks_for(qtbot, world, clock) -> None:
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 250, frozenset({1, 2}), date(2026, 3, 5),
        date(2026, 6, 20), change_reason="Up from Thursday"))
    clock.set(MONDAY + timedelta(days=3, hours=9))  # Thursday
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[object] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        qtbot.keyClicks(part(dialog, "notesEdit"), "Three days away: re-titrate.")
        retype(qtbot, part(dialog, "doseSpin"), "120")
        seen.append(part(dialog, "endDate").date().toPython())
        qtbot.wait(50)
        dialog.grab().save("/tmp/hat-retitration-prefill.png")  # for a person to look at
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())

    in_dialog(review, failures)
    click(qtbot, page.detail.ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [date(2026, 6, 20), ""]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.prescription is not None and card.prescription.dose_mg == 120
    assert card.prescription.end_date == date(2026, 6, 20)
    window.close()


def test_a_raise_past_a_year_leaves_the_pre_hold_end_and_the_refusal_names_the_plan(
        qtbot, world, clock) -> None:
    """A raise to 250 mg from 1 June 2026 to 31 May 2027: no re-titration may run that
    long, so the end of the version before the hold is filled in, and saving says why and
    what to do instead; nothing is lifted."""
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 250, frozenset({1, 2}), date(2026, 6, 1),
        date(2027, 5, 31), change_reason="Up in June"))
    clock.set(MONDAY + timedelta(days=3, hours=9))  # Thursday
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[object] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        qtbot.keyClicks(part(dialog, "notesEdit"), "Three days away: re-titrate.")
        retype(qtbot, part(dialog, "doseSpin"), "120")
        seen.append(part(dialog, "endDate").date().toPython())
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        click(qtbot, dialog.ui.cancelButton)

    in_dialog(review, failures)
    click(qtbot, page.detail.ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [date(2026, 5, 31), (
        "When this re-titration ends on 31/05/2026, version 2 (250 mg per session) would be "
        "given from 01/06/2026, more than the re-titration's 120 mg, with no titration, and "
        "a re-titration runs for at most a year: re-titrate with a titration plan instead.")]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    window.close()
