"""Counting the stock and closing the day are two things (issue 14.1): a count at any
time leaves the day open and dosing goes on; closing is the pharmacist's own step, free
once the last session has ended and nobody is in observation, and before that only with
a confirmation that names what is still going on. The end of a dose's observation is
fixed when it is given (14.12)."""

from datetime import timedelta

import pytest

from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import Refused
from hat_desktop.services import day_close, dosing, observation, reconciliation, settings
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.test_checks_before_signing import count_of_the_day
from tests.world import NORMAL_READING, dose_request


def _dose(d) -> dosing.DoseResult:
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    return dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))


def test_a_midday_count_leaves_the_day_open_and_the_close_names_what_is_left(world, clock):
    d = world
    _dose(d)  # 10:00, session 1: in observation until 10:20
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    assert day_close.closable_days(d.reg, d.pharmacist) == [d.reg.today()]
    closing = day_close.check_close_day(d.reg, d.pharmacist, d.reg.today())
    assert closing.open_sessions == ("session 1 (08:30–11:00)", "session 2 (15:30–18:00)")
    assert closing.in_observation == 1 and closing.entries_since_count == 0
    assert closing.warning == ("Still to end: session 1 (08:30–11:00) and session 2 "
                               "(15:30–18:00). 1 patient(s) in post-dose observation, not "
                               "yet released.")
    with pytest.raises(Refused) as refused:
        day_close.close_day(d.reg, d.pharmacist, d.reg.today())
    assert str(refused.value) == ("02/03/2026 is not over: " + closing.warning
                                  + " Confirm to close it all the same.")
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    # The afternoon: released, session 2 given; after 18:00 the close needs no confirmation.
    clock.advance(timedelta(minutes=25))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert, left")
    clock.set(clock.now().replace(hour=16))
    _dose(d)
    clock.set(clock.now().replace(hour=18, minute=30))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert, left")
    closing = day_close.check_close_day(d.reg, d.pharmacist, d.reg.today())
    assert closing.open_sessions == () and closing.in_observation == 0
    assert closing.entries_since_count == 1  # the afternoon dose, made after the count
    assert closing.needs_confirmation
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    assert register_store.day_closed(d.reg.db, d.reg.today())
    closed = audit.entries(d.reg.db, actions=[AuditAction.DAY_CLOSED.value])
    assert len(closed) == 1 and closed[0].details["entries_since_count"] == 1
    with pytest.raises(Refused, match="already closed"):
        day_close.check_close_day(d.reg, d.pharmacist, d.reg.today())


def test_a_day_closes_only_after_its_count_is_signed_off(world):
    d = world
    with pytest.raises(Refused, match=r"Count the stock of 02/03/2026 first"):
        day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    rec, _ = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), {
        (line.section_id, line.batch): 50 if line.section_code == "DIAM100" else 20
        for line in reconciliation.count_sheet(d.reg, d.pharmacist)})
    with pytest.raises(Refused, match="not signed off yet"):
        day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    assert day_close.closable_days(d.reg, d.pharmacist) == []


def test_after_the_last_session_with_nobody_in_observation_no_confirmation(world, clock):
    d = world
    clock.set(clock.now().replace(hour=18, minute=5))
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    closing = day_close.close_day(d.reg, d.pharmacist, d.reg.today())
    assert not closing.needs_confirmation
    assert register_store.day_closed(d.reg.db, d.reg.today())


def test_changing_the_observation_time_does_not_move_a_dose_already_given(world, clock):
    d = world
    result = _dose(d)
    assert result.observe_until == clock.now() + timedelta(minutes=20)
    settings.change(d.reg, d.manager, observation_minutes=60)
    d.reg.forget_settings()
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.observe_until == result.observe_until
    [observed] = observation.queue(d.reg, d.nurse)
    assert observed.due_at == result.observe_until and not observed.due
    clock.advance(timedelta(minutes=21))
    assert observation.due_count(d.reg, d.nurse) == 1
    # no early reason needed
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert")
    assert observation.queue(d.reg, d.nurse) == []
