"""A prescriber reviews the hold of a patient on two lines (200/150 mg IV diamorphine and
30 mg oral methadone), as a person would: the diamorphine lowered but the methadone on line 2
raised is refused in the service's words, nothing written; the methadone lowered too, the
review is saved and the hold lifts."""

from datetime import UTC, datetime, timedelta

from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import attendance, prescriptions
from tests.gui.patient_screens import click, in_dialog, open_patients, part, retype, table_rows
from tests.world import two_line_input

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests
REFUSED = ("A re-titration after a hold may not raise any dose: line 2 (Methadone "
           "hydrochloride, oral) in session 1: 40 mg, above the previous 30 mg. Lower it, or "
           "keep it as it was.")


def test_the_hold_review_refuses_a_raise_on_the_second_line(qtbot, world, clock) -> None:
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    clock.set(MONDAY + timedelta(days=3, hours=9))  # never dosed: on hold since Wednesday
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    failures: list[BaseException] = []
    seen: list[str] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        dose, lines = part(dialog, "doseSpin"), part(dialog, "lineCombo")
        seen.append(dose.toolTip())
        assert lines.currentText().startswith("Line 1 of 2: Diamorphine")
        assert (dose.value(), part(dialog, "session2Dose").value()) == (200, 150)
        retype(qtbot, dose, "100")
        retype(qtbot, part(dialog, "session2Dose"), "80")
        lines.setCurrentIndex(1)
        assert lines.currentText() == "Line 2 of 2: Methadone hydrochloride"
        assert dose.value() == 30
        retype(qtbot, dose, "40")
        qtbot.keyClicks(part(dialog, "notesEdit"), "Three days away; more methadone at night.")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()  # still open, to be put right
        retype(qtbot, dose, "20")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [
        "Lower than now (Diamorphine 200/150 mg IV + Methadone 30 mg oral, take-home): no "
        "line's dose for any session may be higher, nor a drug, route or session added; no "
        "daily maximum or most per injection may be higher, nor a supervised dose taken "
        "home.",
        REFUSED]
    versions = prescriptions.versions(d.reg, d.nurse, d.patient.id)
    assert [line.doses for line in versions[-1].lines] == [((1, 100), (2, 80)), ((1, 20),)]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
    assert table_rows(page.detail.versions_model, range(2))[0] == [
        "v3 (current)", "Diamorphine 100/80 mg IV + Methadone 20 mg oral, take-home"]
    window.close()


def test_the_hold_review_refuses_a_higher_daily_maximum_and_a_dose_newly_taken_home(
        qtbot, world, clock) -> None:
    """Every dose lowered, but the diamorphine's daily maximum raised (350 -> 600 mg) and
    the supervised methadone ticked 'Taken home': refused naming both, nothing written; both
    put back, the review is saved."""
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, take_home=False, daily_max_mg=350, change_reason="Methadone supervised"))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[str] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        dose, lines, daily = (part(dialog, n) for n in ("doseSpin", "lineCombo",
                                                        "dailyMaxSpin"))
        seen.append(daily.toolTip())
        assert daily.value() == 350
        retype(qtbot, dose, "100")
        retype(qtbot, part(dialog, "session2Dose"), "80")
        retype(qtbot, daily, "600")
        lines.setCurrentIndex(1)
        home = part(dialog, "takeHomeCheck")
        assert not home.isChecked()
        click(qtbot, home)
        retype(qtbot, dose, "20")
        qtbot.keyClicks(part(dialog, "notesEdit"), "Three days away.")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()
        click(qtbot, home)  # supervised again
        lines.setCurrentIndex(0)
        retype(qtbot, daily, "300")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, page.detail.ui.reviewHoldButton)
    assert not failures, failures
    assert seen[0].endswith("no daily maximum or most per injection may be higher, nor a "
                            "supervised dose taken home.")
    assert seen[1] == (
        "A re-titration after a hold may not widen what may be given: line 2 (Methadone "
        "hydrochloride, oral) in session 1: 20 mg taken home, supervised before; the daily "
        "maximum of Diamorphine hydrochloride: 600 mg, above the previous 350 mg. Keep each "
        "as it was, or lower it.")
    versions = prescriptions.versions(d.reg, d.nurse, d.patient.id)
    assert len(versions) == 3  # the refused one never written
    iv, oral = versions[-1].lines
    assert (iv.doses, iv.daily_max_mg, oral.doses, oral.take_home) == (
        ((1, 100), (2, 80)), 300, ((1, 20),), False)
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
    window.close()


def test_the_hold_reviews_hint_quotes_the_dose_in_force_not_a_later_version(
        qtbot, world, clock) -> None:
    """180 mg in force; 250 mg written to start next week (the newest version, the one the
    dialog is opened with); on hold meanwhile. The hint where the dose is typed names the
    180 mg the patient was on when the hold began, which the re-titration must be lower
    than, as the refusal of 200 mg does, not the 250 mg."""
    d = world
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 250, frozenset({1, 2}), today + timedelta(days=7),
        today + timedelta(days=90), change_reason="Up from next week"))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[str] = []

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        dose = part(dialog, "doseSpin")
        seen.append(dose.toolTip())
        retype(qtbot, dose, "200")
        qtbot.keyClicks(part(dialog, "notesEdit"), "Three days away.")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        dialog.reject()

    in_dialog(review, failures)
    click(qtbot, page.detail.ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [
        "Lower than the previous 180 mg per session; no daily maximum or most per injection "
        "may be higher, nor a supervised dose taken home.",
        "A re-titration dose must be lower than the previous 180 mg."]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    window.close()
