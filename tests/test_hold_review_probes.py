"""Probes of the hold review (review27): ways a patient back from a hold could be given a
dose above the one they had before it, with no titration, in the days after the review;
and the ordinary decisions, which must still pass. Built through the real services on a
real register: the patient has 180 mg in sessions 1 and 2 from Monday 2 March 2026; it is
Monday 10:00 (clinic time is UTC in these tests)."""

from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.domain.prescriptions import PrescriptionInput, current_version
from hat_desktop.domain.titration import StepUnit, TitrationInput
from hat_desktop.services import absences, attendance, dosing, holds, prescriptions, titration
from hat_desktop.store import audit
from hat_desktop.store import prescriptions as rx_store
from tests.world import FIRST_END, dose_request, two_line_input

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)


def _version(d, mg: int, starts_in: int, reason: str, days: int = 90) -> None:
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), mg, frozenset({1, 2}), today + timedelta(days=starts_in),
        today + timedelta(days=days), change_reason=reason))


def _dose(d, mg: int = 180, ampoules: int = 2) -> None:
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(mg, [(d.diam100.id, ampoules)]))


def _on_hold(d) -> bool:
    return attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is not None


def _refused(d, decision: HoldDecision, *more) -> str:
    before = len(audit.entries(d.reg.db))
    with pytest.raises(Refused) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, decision, "Back again.", *more)
    assert len(audit.entries(d.reg.db)) == before  # nothing written
    assert _on_hold(d)
    return str(refused.value)


def _plan(d, start_mg: int = 90, step: int = 40, target: int = 180, reason: str = ""
          ) -> TitrationInput:
    return TitrationInput(d.diam100.id, d.reg.today(), start_mg, step, StepUnit.DAY, target,
                          2 * target, 0, 3, change_reason=reason)


def test_a_raise_pending_after_a_re_titration_plan_is_refused(world, clock):
    """Dosed 180 mg on Monday; a raise to 250 mg written on Monday to start in a fortnight;
    no dose Tuesday to Thursday: on hold. Friday's re-titration plan, 90 mg up to 180 mg,
    ends on Monday 9 March; on 16 March the 250 mg the patient never had would be given
    with no titration ("Resume the same dose" is refused for the same raise)."""
    d = world
    _dose(d)
    _version(d, 250, 14, "Up in a fortnight")
    clock.set(MONDAY + timedelta(days=4, hours=9))
    assert "would give version 2 (250 mg per session) from 16/03/2026" in _refused(
        d, HoldDecision.RESUME)
    assert _refused(d, HoldDecision.REDUCED, None, _plan(d)) == (
        "Version 2 (250 mg per session) would come into force from 16/03/2026 to "
        "31/05/2026, above the plan's target of 180 mg per session (version 1), with no "
        "titration after the hold. Re-titrate with a reduced prescription instead, or first "
        "write a version keeping version 1's doses over those days.")
    # the remedy, followed: a version keeping 180 mg over those days, then the plan
    _version(d, 180, 0, "Raise withdrawn after the hold")
    clock.set(MONDAY + timedelta(days=4, hours=9, minutes=5))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 None, _plan(d))
    assert not _on_hold(d)
    versions = rx_store.versions(d.reg.db, [d.patient.id])[d.patient.id]
    later = current_version(versions, MONDAY.date() + timedelta(days=14), d.reg.now())
    assert later is not None and later.dose_mg == 180


def test_a_plan_on_one_line_while_another_line_rises_is_refused(world, clock):
    """Diamorphine 200/150 mg and methadone 30 mg from Monday, dosed Monday; a version
    written on Monday raises methadone to 60 mg from Tuesday. On hold on Friday, a plan
    re-titrating the diamorphine would give the 60 mg of methadone, never had, at once."""
    d = world
    first = prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, take_home=False, change_reason="Mixed regimen"))
    two = two_line_input(d, oral_mg=60, take_home=False, change_reason="Methadone up")
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (), 0, frozenset(), d.reg.today() + timedelta(days=1), first.end_date,
        change_reason="Methadone up", lines=two.lines))
    clock.set(MONDAY + timedelta(days=4, hours=9))
    assert _on_hold(d)
    plan = TitrationInput(d.diam100.id, d.reg.today(), 100, 50, StepUnit.DAY, 200, 350, 0, 3)
    assert _refused(d, HoldDecision.REDUCED, None, plan) == (
        "A re-titration plan after a hold titrates only Diamorphine hydrochloride: version 3 "
        "would give at once what the patient never had (line 2 (Methadone hydrochloride, "
        "oral) in session 1: 60 mg, above the previous 30 mg), above version 2, the dose "
        "before the hold. Re-titrate with a reduced prescription instead.")
    # the remedy, followed: a reduced prescription (the dialog's dates: today to the end
    # of the version before the hold), methadone back to 30 mg
    lower = two_line_input(d, am=150, pm=150, take_home=False)
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((), 0, frozenset(), d.reg.today(), first.end_date,
                                   change_reason="Re-titration", lines=lower.lines))
    assert not _on_hold(d)


def test_a_raise_during_an_absence_is_not_the_dose_before_the_hold(world, clock):
    """Dosed 180 mg on Monday; a raise to 250 mg written on Monday to start on Wednesday;
    in custody Tuesday to Friday (recorded on Tuesday, the return on Saturday). On hold
    after the absence: the patient last had 180 mg, never 250 mg."""
    d = world
    _dose(d)
    _version(d, 250, 2, "Up from Wednesday")
    clock.set(MONDAY + timedelta(days=1, hours=9))
    absence = absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.CUSTODY,
                                      d.reg.today(), None, "Arrested Monday night")
    clock.set(MONDAY + timedelta(days=5, hours=9))
    absences.record_return(d.reg, d.nurse, absence.id, MONDAY.date() + timedelta(days=4),
                           "Released")
    assert _on_hold(d)
    assert "would give version 2 (250 mg per session)" in _refused(d, HoldDecision.RESUME)


# --- the prescriber: the ordinary decisions pass ---------------------------------------------

def test_a_plan_up_to_the_current_dose_with_nothing_pending_lifts_the_hold(world, clock):
    d = world
    _dose(d)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 None, _plan(d))
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.notes[0].startswith("Titration day 1 of 4: 90 mg")


def test_the_pending_raise_refusal_names_a_remedy_that_works(world, clock):
    """Following the refusal of a plan with a raise pending: a reduced re-titration run to
    the raise's last day passes."""
    d = world
    _dose(d)
    _version(d, 250, 14, "Up in a fortnight", days=60)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    today = d.reg.today()
    rx = PrescriptionInput((d.diam100.id, d.diam500.id), 120, frozenset({1, 2}), today,
                           today + timedelta(days=20), change_reason="Re-titration")
    refusal = _refused(d, HoldDecision.REDUCED, rx)
    # version 2 ends on 1 May; version 1 (180 mg) then runs again until 31 May
    assert "let the re-titration run until 31/05/2026 (when version 1 ends)" in refusal
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((d.diam100.id, d.diam500.id), 120, frozenset({1, 2}),
                                   today, FIRST_END, change_reason="Re-titration"))
    assert not _on_hold(d)


def test_a_two_line_reduced_re_titration_and_end_of_treatment_pass(world, clock):
    d = world
    first = prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Mixed regimen"))
    clock.set(MONDAY + timedelta(days=4, hours=9))
    lower = two_line_input(d, am=150, pm=150, change_reason="Re-titration")
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((), 0, frozenset(), d.reg.today(), first.end_date,
                                   change_reason="Re-titration", lines=lower.lines))
    assert not _on_hold(d)


def _mid_plan_hold(d, clock) -> None:
    """A plan from 60 mg up 40 mg a day to 180 mg from Monday; 60 mg given on Monday; no
    dose Tuesday to Thursday: on hold, on Friday, having had 60 mg, never 180 mg."""
    titration.write_plan(d.reg, d.prescriber, d.patient.id, TitrationInput(
        d.diam100.id, d.reg.today(), 60, 40, StepUnit.DAY, 180, 360, 0, 3))
    _dose(d, 60, 1)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    assert _on_hold(d)


def test_a_re_titration_after_a_hold_mid_plan_is_below_the_plan_dose_had(world, clock):
    """A "re-titration" to 150 mg is lower than the prescription's 180 mg, but more than
    twice the 60 mg the patient had."""
    d = world
    _mid_plan_hold(d, clock)
    today = d.reg.today()
    assert _refused(d, HoldDecision.REDUCED, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 150, frozenset({1, 2}), today, FIRST_END,
        change_reason="Re-titration after a hold")) == (
        "A re-titration dose must be lower than the previous 60 mg.")
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((d.diam100.id, d.diam500.id), 40, frozenset({1, 2}),
                                   today, FIRST_END, change_reason="Re-titration"))
    assert not _on_hold(d)


def test_a_new_plan_after_a_hold_mid_plan_starts_below_the_plan_dose_had(world, clock):
    d = world
    _mid_plan_hold(d, clock)
    clock.set(MONDAY + timedelta(days=4, hours=9, minutes=5))
    assert _refused(d, HoldDecision.REDUCED, None, _plan(d, 150, 10, reason="After a hold")) == (
        "A re-titration plan after a hold must start lower than the dose before the hold: "
        "150 mg in session 1, and the patient was on 60 mg in version 1. Start the plan "
        "lower.")
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 None, _plan(d, 40, 20, reason="After a hold"))
    assert not _on_hold(d)


def test_days_away_and_a_missed_day_after_them_put_the_patient_on_hold(world, clock):
    """Dosed 180 mg on Monday; a raise to 250 mg written on Monday to start on Tuesday; in
    custody on Tuesday and Wednesday (too short for a hold on return); no dose on Thursday.
    Three days without a dose by Friday: on hold, not given the 250 mg never had."""
    d = world
    _dose(d)
    _version(d, 250, 1, "Up from Tuesday")
    clock.set(MONDAY + timedelta(days=1, hours=9))
    absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.CUSTODY,
                            d.reg.today(), MONDAY.date() + timedelta(days=2), "Arrested")
    clock.set(MONDAY + timedelta(days=3, hours=12))
    assert not _on_hold(d)  # Thursday: the gap is two days
    clock.set(MONDAY + timedelta(days=4, hours=9))
    flag = attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].flag
    assert flag.message == (
        "ON HOLD since 05/03/2026 18:00: 3 consecutive days without a dose (03/03 away: "
        "custody, 04/03 away: custody, 05/03 missed). Dosing is refused until a prescriber "
        "records a review.")
    assert "would give version 2 (250 mg per session)" in _refused(d, HoldDecision.RESUME)


def test_on_the_last_day_of_a_version_a_plan_follows_the_renewal_it_asks_for(world, clock):
    """The prescription ends on Sunday 31 May, the day of the review (dosed on Wednesday,
    then three days without): a plan of four days runs past it, and the refusal asks for
    the renewal first; once renewed (the same dose, from today), the plan lifts the hold.
    A reduced dose to that last day, as the dialog fills it in, passes too."""
    d = world
    wednesday = datetime.combine(FIRST_END - timedelta(days=4), datetime.min.time(), UTC)
    clock.set(wednesday + timedelta(hours=9))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Back in May.")
    _dose(d)
    clock.set(wednesday + timedelta(days=4, hours=9))
    assert _on_hold(d) and d.reg.today() == FIRST_END
    with pytest.raises(InvalidInput) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                     None, _plan(d))
    assert str(refused.value) == ("The plan runs past the prescription's end (31/05/2026): "
                                  "renew the prescription first.")
    holds.check_review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Lower.",
                       PrescriptionInput((d.diam100.id, d.diam500.id), 120, frozenset({1, 2}),
                                         FIRST_END, FIRST_END, change_reason="Re-titration"))
    _version(d, 180, 0, "Renewed")
    clock.set(wednesday + timedelta(days=4, hours=9, minutes=5))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 None, _plan(d))
    assert not _on_hold(d)


def test_an_absence_recorded_during_a_hold_does_not_lift_it(world, clock):
    """Dosed 180 mg on Monday, no dose Tuesday to Thursday: on hold. On Friday a nurse
    records that the patient was in hospital on Tuesday and Wednesday: still three days
    without a dose, still on hold until a prescriber reviews it."""
    d = world
    _dose(d)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    assert _on_hold(d)
    absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.HOSPITAL,
                            MONDAY.date() + timedelta(days=1),
                            MONDAY.date() + timedelta(days=2), "Admitted Monday night")
    assert _on_hold(d)
    with pytest.raises(DoseRefused):
        dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
