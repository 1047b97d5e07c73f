"""After a hold, "Resume the same dose" gives the dose the patient was on when the hold
began, never a raise they have not had: a higher version written before the hold (or
during it) to start later is refused with its version and date, and a re-titration must be
lower than the dose before the hold, not only than the raise. Built through the real
services on a real register: the patient (180 mg in sessions 1 and 2 from Monday, never
dosed) is on hold from Wednesday 18:00."""

from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import attendance, dosing, holds, prescriptions
from hat_desktop.store import audit
from tests.world import FIRST_END

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests

RAISE_REFUSED = (
    '"Resume the same dose" would give version 2 (250 mg per session) from 05/03/2026, '
    "which the patient has never had: when the hold began they were on version 1 (180 mg "
    "per session). After days without a dose, re-titrate instead: a reduced dose, or a "
    "titration plan up to the new dose.")


def _version(d, mg: int, starts_in: int, reason: str) -> None:
    """A version of ``mg`` mg in sessions 1 and 2, written now to start ``starts_in`` days
    later."""
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), mg, frozenset({1, 2}), today + timedelta(days=starts_in),
        today + timedelta(days=90), change_reason=reason))


def _resume_refused(d) -> str:
    before = len(audit.entries(d.reg.db))
    count = len(prescriptions.versions(d.reg, d.nurse, d.patient.id))
    with pytest.raises(Refused) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME,
                     "Back from a family visit.")
    assert len(prescriptions.versions(d.reg, d.nurse, d.patient.id)) == count
    assert len(audit.entries(d.reg.db)) == before  # nothing written
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert not card.can_dose  # still held: the raise is never offered
    return str(refused.value)


@pytest.mark.parametrize("review_day", [3, 4], ids=["before-it-starts", "after-it-started"])
def test_resume_is_refused_when_a_raise_the_patient_never_had_comes_into_force(
        world, clock, review_day):
    """A raise to 250 mg written on Monday to start on Thursday; on hold from Wednesday
    18:00. Reviewed on Thursday (the raise in force that day) or Friday: resuming would
    hand the patient 250 mg after days without a dose, never having had it."""
    d = world
    _version(d, 250, 3, "Up from Thursday")
    clock.set(MONDAY + timedelta(days=review_day, hours=9))
    assert _resume_refused(d) == RAISE_REFUSED


def test_resume_is_refused_the_evening_the_hold_began_for_a_raise_from_tomorrow(world, clock):
    """Reviewed at 19:00 on Wednesday, the day the hold began: 180 mg is in force today,
    but 250 mg from Thursday morning would follow the resume with no titration."""
    d = world
    _version(d, 250, 3, "Up from Thursday")
    clock.set(MONDAY + timedelta(days=2, hours=19))
    assert _resume_refused(d) == RAISE_REFUSED


def test_a_raise_written_during_the_hold_is_refused_too(world, clock):
    d = world
    clock.set(MONDAY + timedelta(days=3, hours=9))  # Thursday, held since Wednesday 18:00
    _version(d, 220, 1, "Up from tomorrow")
    assert _resume_refused(d) == (
        '"Resume the same dose" would give version 2 (220 mg per session) from 06/03/2026, '
        "which the patient has never had: when the hold began they were on version 1 (180 "
        "mg per session). After days without a dose, re-titrate instead: a reduced dose, or "
        "a titration plan up to the new dose.")


def test_after_a_refused_resume_a_re_titration_is_lower_than_the_dose_before_the_hold(
        world, clock):
    """On Friday 250 mg is in force (and the newest): a "reduced" 200 mg is lower than that
    but above the 180 mg the patient was on, so it is refused; 120 mg lifts the hold, and
    the card offers 120 mg, not 250."""
    d = world
    _version(d, 250, 3, "Up from Thursday")
    clock.set(MONDAY + timedelta(days=4, hours=9))
    today = d.reg.today()

    def reduced(mg: int) -> PrescriptionInput:
        return PrescriptionInput((d.diam100.id, d.diam500.id), mg, frozenset({1, 2}), today,
                                 FIRST_END,
                                 change_reason="Re-titration after a hold")

    with pytest.raises(Refused) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                     "Re-titrate.", reduced(200))
    assert str(refused.value) == "A re-titration dose must be lower than the previous 180 mg."
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 reduced(120))
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.prescription is not None
    assert card.prescription.dose_mg == 120


def test_resume_gives_the_dose_before_the_hold_and_a_later_lower_dose(world, clock):
    """A lower version (150 mg from Friday) written before the hold is no raise: resuming
    on Thursday lifts the hold; the card offers 180 mg on Thursday and 150 mg on Friday."""
    d = world
    _version(d, 150, 4, "Down from Friday")
    clock.set(MONDAY + timedelta(days=3, hours=9))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Back again.")
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.prescription is not None
    assert card.prescription.dose_mg == 180
    clock.set(MONDAY + timedelta(days=4, hours=9))
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.prescription is not None and card.prescription.dose_mg == 150
