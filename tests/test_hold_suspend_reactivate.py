"""A hold review that suspends or discharges leaves the hold open, and days while suspended
or discharged count towards the gap since the last dose: the patient made active again is
on hold until a prescriber reviews the dose (tolerance falls all the same). Built through
the real services on a real register: the patient has 180 mg in sessions 1 and 2 from
Monday 2 March 2026 (clinic time is UTC in these tests)."""

from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.errors import DoseRefused
from hat_desktop.domain.missed_doses import FlagLevel, HoldReason, SessionState
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import (
    attendance,
    attendance_reports,
    dosing,
    holds,
    patients,
    prescriptions,
)
from tests.world import FIRST_END, dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)


def at(days: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hh, minutes=mm)


def _dose(d) -> None:
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))


def _open_hold(d):
    return attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold


def _refused_at_check_in(d) -> str:
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert not card.can_dose
    with pytest.raises(DoseRefused) as refused:
        dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    return str(refused.value)


def test_suspended_at_the_hold_review_then_reactivated_is_still_on_hold(world, clock):
    """No dose Monday to Wednesday: on hold from Wednesday 18:00. Thursday 09:00 the
    prescriber suspends; 30 minutes later a manager reactivates: the check-in must not
    offer the dose from before the hold."""
    d = world
    clock.set(at(3, 9))
    held = _open_hold(d)
    assert held is not None
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.SUSPEND, "Aggressive.")
    assert patients.get(d.reg, d.nurse, d.patient.id).status is PatientStatus.SUSPENDED
    still = _open_hold(d)
    assert still is not None and still.held_from == held.held_from
    clock.set(at(3, 9, 30))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Calmer now.")
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.flag.level is FlagLevel.HOLD
    assert card.flag.words == "ON HOLD: needs a prescriber's review"
    assert _refused_at_check_in(d).startswith(
        "ON HOLD since 04/03/2026 18:00: 3 consecutive days without a dose")
    assert dosing.states_today(d.reg, d.nurse, d.patient.id) == {
        1: SessionState.ON_HOLD, 2: SessionState.ON_HOLD}
    # the hold is still the prescriber's to review, and a resumption lifts it
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Seen: resume.")
    assert _open_hold(d) is None
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose


def test_a_raise_never_given_is_not_offered_after_suspend_and_reactivate(world, clock):
    """Dosed Monday; a raise to 250 mg from Tuesday; no dose Tuesday to Thursday: on
    hold. Suspended at the review, reactivated: no 250 mg at check-in."""
    d = world
    _dose(d)  # Monday 10:00
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 250, frozenset({1, 2}), d.reg.today() + timedelta(days=1),
        FIRST_END, change_reason="Up from Tuesday"))
    clock.set(at(4, 9))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.SUSPEND, "Unwell.")
    clock.set(at(4, 9, 30))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Back.")
    assert "ON HOLD" in _refused_at_check_in(d)


def test_discharged_at_the_hold_review_keeps_the_hold_for_a_readmission(world, clock):
    d = world
    clock.set(at(3, 9))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.DISCHARGE, "Left the area.")
    assert patients.get(d.reg, d.nurse, d.patient.id).status is PatientStatus.DISCHARGED
    assert _open_hold(d) is not None
    clock.set(at(24, 10))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Came back.")
    assert "ON HOLD since 04/03/2026 18:00" in _refused_at_check_in(d)


def test_discharge_then_readmission_weeks_later_opens_a_hold_at_reactivation(world, clock):
    """Dosed Monday, discharged Tuesday 09:00 (not on hold), active again three weeks
    later at 10:00 with the prescription still in force: on hold from 10:00, before any
    dose, its reason the days without a dose while discharged."""
    d = world
    _dose(d)  # Monday 10:00
    clock.set(at(1, 9))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.DISCHARGED, "Moved.")
    clock.set(at(22, 10))
    assert _open_hold(d) is None  # while discharged: nothing to review yet
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Re-admitted.")
    hold = _open_hold(d)
    assert hold is not None and hold.held_from == at(22, 10)
    assert hold.reason is HoldReason.REACTIVATED and len(hold.days) == 21
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.flag.words == ("ON HOLD: back after 21 days without a dose (discharged), "
                               "needs a prescriber's review")
    assert _refused_at_check_in(d).startswith(
        "ON HOLD since 24/03/2026 10:00: back after 21 days without a dose (discharged), "
        "from 03/03/2026. Tolerance falls: the prescriber must review the patient before "
        "the first dose.")
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((d.diam100.id, d.diam500.id), 90, frozenset({1, 2}),
                                   d.reg.today(), FIRST_END,
                                   change_reason="Re-titration after re-admission"))
    assert _open_hold(d) is None
    (kept,) = attendance.assess_full(d.reg, [d.patient.id])[d.patient.id].holds
    assert kept.reason is HoldReason.REACTIVATED and kept.review is not None  # in the lists
    report = attendance_reports.missed_dose_report(d.reg, d.manager, MONDAY.date(),
                                                   d.reg.today())
    (line,) = report.rows[0].holds
    assert line.cause == "back after being discharged, 21 days without a dose"


def test_a_suspension_shorter_than_the_threshold_opens_no_hold(world, clock):
    """Dosed Monday, suspended Monday 12:00, active again Wednesday 09:00 (one day
    suspended after Monday's dose), dosed Wednesday: no hold at any point."""
    d = world
    _dose(d)  # Monday 10:00
    clock.set(at(0, 12))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.SUSPENDED, "Pause.")
    clock.set(at(2, 9))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Resumed.")
    assert _open_hold(d) is None
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose
    _dose(d)
    clock.set(at(3, 9))
    found = attendance.assess_full(d.reg, [d.patient.id])[d.patient.id]
    assert found.holds == () and found.open_hold is None


def test_a_suspension_leaves_a_gap_that_days_without_a_dose_after_it_complete(world, clock):
    """Dosed Monday; suspended Tuesday 07:00 to Wednesday 07:00 (one day): no hold on
    return; no dose Wednesday or Thursday: the third day without a dose holds."""
    d = world
    _dose(d)  # Monday 10:00
    clock.set(at(1, 7))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.SUSPENDED, "Pause.")
    clock.set(at(2, 7))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Resumed.")
    assert _open_hold(d) is None
    clock.set(at(3, 18))
    hold = _open_hold(d)
    assert hold is not None and hold.held_from == at(3, 18)
    assert "(03/03 suspended, 04/03 missed, 05/03 missed)" in _refused_at_check_in(d)


@pytest.mark.parametrize("decision", [HoldDecision.RESUME, HoldDecision.REDUCED])
def test_a_review_that_resumes_or_re_titrates_closes_the_hold(world, clock, decision):
    d = world
    clock.set(at(3, 9))
    more = ((PrescriptionInput((d.diam100.id, d.diam500.id), 90, frozenset({1, 2}),
                               d.reg.today(), FIRST_END, change_reason="Re-titration"),)
            if decision is HoldDecision.REDUCED else ())
    holds.review(d.reg, d.prescriber, d.patient.id, decision, "Seen.", *more)
    assert _open_hold(d) is None
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose


def _pdf_words(data: bytes) -> str:
    import subprocess
    raw = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode()
    return " ".join(raw.split()).replace("- ", "-")


def test_the_printed_notes_say_days_suspended_or_discharged_count_towards_a_hold(world,
                                                                                   clock):
    """The missed-dose PDF and the attendance record explain what counts: a reader must
    learn there that days suspended or discharged count towards a hold like days away, and
    that being made active again after that many days opens one (the reactivated hold of
    the test above, read back in the same report)."""
    from hat_desktop.reports import missed_doses_pdf
    from hat_desktop.services import attendance_export

    d = world
    _dose(d)
    clock.set(at(1, 9))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.DISCHARGED, "Moved.")
    clock.set(at(22, 10))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Re-admitted.")
    report = attendance_reports.missed_dose_report(d.reg, d.manager, MONDAY.date(),
                                                   d.reg.today())
    missed = _pdf_words(missed_doses_pdf.to_pdf(report))
    assert "back after being discharged, 21 days without a dose" in missed
    assert ("Days suspended or discharged are like days away: not due and not counted in a "
            "run, but they count towards a hold; made active again after that many days "
            "without a dose, the patient is on hold until a prescriber records a review, "
            "before any dose.") in missed
    data, _rows = attendance_export.ATTENDANCE_PDF.render(d.reg, d.manager, MONDAY.date(),
                                                          d.reg.today())
    record = _pdf_words(data)
    assert "Not due: sessions outside the prescription or while suspended or discharged." \
        in record
    assert ("Days away, suspended or discharged still count towards a hold (tolerance falls "
            "all the same): back, or made active again, after the clinic's hold threshold of "
            "days without a dose, the patient is on hold until a prescriber records a "
            "review.") in record
