"""Other ways past "Resume the same dose" and the re-titration after a hold: a raise that
starts on one of the days without a dose, or on the day of an adverse event before that
day's dose (the patient never had it), a "re-titration"
plan that starts above the dose before the hold, and a hold in the middle of a titration
plan (the plan walks on by the calendar while the patient is away). And the ordinary
cases still pass. Built through the real services on a real register: the patient has
180 mg in sessions 1 and 2 from Monday 2 March 2026; it is Monday 10:00."""

from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.domain.titration import StepUnit, TitrationInput
from hat_desktop.services import adverse_events, attendance, dosing, holds, prescriptions, titration
from hat_desktop.store import audit
from tests.test_safety_records import overdose
from tests.world import FIRST_END, dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests


def _version(d, mg: int, starts_in: int, reason: str) -> None:
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), mg, frozenset({1, 2}), today + timedelta(days=starts_in),
        today + timedelta(days=90), change_reason=reason))


def _dose(d, mg: int = 180, ampoules: int = 2) -> None:
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(mg, [(d.diam100.id, ampoules)]))


def _refused(d, decision: HoldDecision, *more) -> str:
    before = len(audit.entries(d.reg.db))
    with pytest.raises(Refused) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, decision, "Back again.", *more)
    assert len(audit.entries(d.reg.db)) == before  # nothing written
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    return str(refused.value)


def test_a_raise_starting_on_the_first_day_without_a_dose_is_never_had(world, clock):
    """Dosed 180 mg on Monday; a raise to 250 mg written on Monday to start on Tuesday;
    no dose Tuesday to Thursday: on hold from Thursday 18:00. The patient never had 250 mg,
    yet it covers the hold's days: resuming on Friday would give it."""
    d = world
    _dose(d)
    _version(d, 250, 1, "Up from Tuesday")
    clock.set(MONDAY + timedelta(days=4, hours=9))
    assert _refused(d, HoldDecision.RESUME) == (
        '"Resume the same dose" would give version 2 (250 mg per session) from 03/03/2026, '
        "which the patient has never had: when the hold began they were on version 1 (180 mg "
        "per session). After days without a dose, re-titrate instead: a reduced dose, or a "
        "titration plan up to the new dose.")


def test_a_raise_starting_on_the_last_day_without_a_dose_is_never_had(world, clock):
    """Never dosed: a raise written on Monday to start on Wednesday, the hold's last day."""
    d = world
    _version(d, 250, 2, "Up from Wednesday")
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert "would give version 2 (250 mg per session) from 04/03/2026" in _refused(
        d, HoldDecision.RESUME)


def test_a_re_titration_after_a_raise_on_the_hold_days_is_lower_than_the_dose_had(
        world, clock):
    d = world
    _dose(d)
    _version(d, 250, 1, "Up from Tuesday")
    clock.set(MONDAY + timedelta(days=4, hours=9))
    today = d.reg.today()
    assert _refused(d, HoldDecision.REDUCED, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 200, frozenset({1, 2}), today,
        FIRST_END, change_reason="Re-titration after a hold")) == (
        "A re-titration dose must be lower than the previous 180 mg.")


def test_an_event_before_the_first_dose_of_a_raise_is_held_to_the_dose_before(world, clock):
    """Dosed 180 mg on Monday; a raise to 250 mg written on Monday to start on Tuesday; on
    Tuesday at 08:00, before any dose, an overdose (street drugs) with naloxone puts the
    patient on hold. They never had 250 mg: resuming at noon would give it."""
    d = world
    _dose(d)
    _version(d, 250, 1, "Up from Tuesday")
    clock.set(MONDAY + timedelta(days=1, hours=8))
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, overdose(d))
    clock.set(MONDAY + timedelta(days=1, hours=12))
    assert "would give version 2 (250 mg per session) from 03/03/2026" in _refused(
        d, HoldDecision.RESUME)


def test_after_a_re_titration_the_next_hold_is_held_to_the_re_titration(world, clock):
    """A hold reviewed on Thursday with a re-titration to 120 mg; the patient does not come
    back (Thursday to Saturday): on hold again. A version of 180 mg written during the
    second hold is above the 120 mg the review left: not "the same dose"."""
    d = world
    clock.set(MONDAY + timedelta(days=3, hours=9))
    today = d.reg.today()
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((d.diam100.id, d.diam500.id), 120, frozenset({1, 2}),
                                   today, FIRST_END,
                                   change_reason="Re-titration after a hold"))
    clock.set(MONDAY + timedelta(days=6, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    _version(d, 180, 0, "Back to 180 mg")
    assert "would give version 3 (180 mg per session)" in _refused(d, HoldDecision.RESUME)


def test_a_re_titration_plan_starts_below_the_dose_before_the_hold(world, clock):
    """Resuming the 250 mg raise is refused; a "re-titration" plan from 240 mg up to
    250 mg would give 240 mg on Friday to a patient last on 180 mg."""
    d = world
    _version(d, 250, 3, "Up from Thursday")
    clock.set(MONDAY + timedelta(days=4, hours=9))
    today = d.reg.today()
    plan = TitrationInput(d.diam100.id, today, 240, 10, StepUnit.DAY, 250, 500, 0, 3)
    assert _refused(d, HoldDecision.REDUCED, None, plan) == (
        "A re-titration plan after a hold must start lower than the dose before the hold: "
        "240 mg in session 1, and the patient was on 180 mg in version 1. Start the plan "
        "lower.")
    assert titration.in_force(d.reg, d.patient.id) is None


def test_a_re_titration_plan_from_a_lower_dose_lifts_the_hold(world, clock):
    """The same raise; a plan from 90 mg up to 250 mg: every dose of its first day is
    below 180 mg."""
    d = world
    _version(d, 250, 3, "Up from Thursday")
    clock.set(MONDAY + timedelta(days=4, hours=9))
    today = d.reg.today()
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 None, TitrationInput(d.diam100.id, today, 90, 40, StepUnit.DAY, 250, 500,
                                      0, 3))
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose
    assert card.notes[0].startswith("Titration day 1 of 5: 90 mg"), card.notes


def test_a_hold_in_the_middle_of_a_titration_plan_is_not_resumed(world, clock):
    """A plan from 60 mg up 40 mg a day to 180 mg from Monday; 60 mg given on Monday; no
    dose Tuesday to Thursday. On Friday the plan is over: resuming would give the full
    180 mg to a patient whose only dose was 60 mg."""
    d = world
    titration.write_plan(d.reg, d.prescriber, d.patient.id, TitrationInput(
        d.diam100.id, d.reg.today(), 60, 40, StepUnit.DAY, 180, 360, 0, 3))
    _dose(d, 60, 1)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    assert _refused(d, HoldDecision.RESUME) == (
        '"Resume the same dose" would not give the dose the patient was on: when the hold '
        "began they were on day 1 of 4 of titration plan version 1 (60 mg), and the plan "
        "goes on by the calendar to the prescription's full dose. After days without a "
        "dose, re-titrate instead: a reduced dose, or a new titration plan.")


def test_a_plan_finished_before_the_hold_does_not_stop_a_resume(world, clock):
    """A plan from 100 mg to 180 mg over Monday and Tuesday, both doses given, then no dose
    Wednesday to Friday: the patient had the full dose, so resuming gives it."""
    d = world
    titration.write_plan(d.reg, d.prescriber, d.patient.id, TitrationInput(
        d.diam100.id, d.reg.today(), 100, 80, StepUnit.DAY, 180, 360, 0, 3))
    _dose(d, 100, 1)
    clock.set(MONDAY + timedelta(days=1, hours=10))
    _dose(d)
    clock.set(MONDAY + timedelta(days=5, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Back again.")
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.prescription is not None
    assert card.prescription.dose_mg == 180


def test_a_plain_resume_and_a_lower_re_titration_still_lift_a_hold(world, clock):
    d = world
    _dose(d)
    clock.set(MONDAY + timedelta(days=4, hours=9))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Back again.")
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose
