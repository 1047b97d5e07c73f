"""The PC's clock (issue 13, item 4): nothing is written dated before the register's
newest entry (beyond CLOCK_TOLERANCE); the user reads one sentence telling them to correct
the clock, nothing is written, and the refused attempt is audited once the clock is right.
With the injected clock, set back and put right again."""

from datetime import timedelta

import pytest

from hat_desktop.domain.clock_sanity import CLOCK_TOLERANCE
from hat_desktop.domain.errors import (
    AuthenticationFailed,
    ClockWrong,
    PermissionDenied,
    Refused,
)
from hat_desktop.services import auth, clock_check, register, settings
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.command_line import assert_one_clear_sentence
from tests.raw_register import snapshot
from tests.world import PASSWORD, receipt

SENTENCE = ("The PC's clock says 02/03/2026 09:00, earlier than the register's newest entry "
            "(02/03/2026 10:00): correct the PC's date and time, then try again; nothing was "
            "written.")


def test_a_clock_set_back_writes_nothing_and_says_to_correct_it(world):
    w = world
    start = w.clock.now()
    w.clock.set(start - timedelta(hours=1))
    before = snapshot(w.reg.db)
    for attempt in (
        lambda: register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                                 receipt(5, batch="D100A")),
        lambda: auth.login(w.reg, "nina", PASSWORD),
        lambda: auth.login(w.reg, "nina", "a wrong password"),  # not counted, not checked
    ):
        with pytest.raises(ClockWrong) as refused:
            attempt()
        assert str(refused.value) == SENTENCE
        assert_one_clear_sentence(str(refused.value))
    assert snapshot(w.reg.db) == before

    w.clock.set(start + timedelta(minutes=1))  # the clock is put right
    entry = register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                             receipt(5, batch="D100A"))
    assert entry.recorded_at >= start
    noted = audit.entries(w.reg.db, actions=["clock_wrong"])
    assert len(noted) == 3
    assert {(n.details["clock"][:16], n.details["newest"][:16]) for n in noted} == {
        ("2026-03-02T09:00", "2026-03-02T10:00")}
    assert all(n.at >= start for n in noted)  # audited at the right time
    assert not (w.data_dir / ".clock-refusals").exists()
    auth.login(w.reg, "nina", PASSWORD)
    assert len(audit.entries(w.reg.db, actions=["clock_wrong"])) == 3  # once only


def test_two_workstations_a_little_apart_are_not_refused(world):
    w = world
    w.clock.set(w.clock.now() - CLOCK_TOLERANCE + timedelta(seconds=1))
    register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(1, batch="D100A"))
    w.clock.set(w.clock.now() - CLOCK_TOLERANCE - timedelta(seconds=1))
    with pytest.raises(ClockWrong):
        register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                         receipt(1, batch="D100A"))


def test_register_entries_stay_in_the_order_of_their_times(world):
    w = world
    w.clock.advance(timedelta(hours=2))
    register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(2, batch="D100A"))
    w.clock.advance(timedelta(hours=-1))
    with pytest.raises(ClockWrong):
        register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                         receipt(2, batch="D100A"))
    times = [e.recorded_at for e in register_store.iter_entries(
        w.reg.db, w.diam100.id, None, None)]
    assert times == sorted(times)


# --- a clock far ahead: a manager confirms the date before anything is written ---------------
AHEAD = ("The PC's clock says 05/03/2026 10:00, more than a day after the register's newest "
         "entry (02/03/2026 10:00). If that date is right, a manager confirms it by logging "
         "in; if not, correct the PC's date and time. Nothing was written.")


def test_a_clock_far_ahead_holds_every_write_until_a_manager_confirms(world, tmp_path):
    w = world
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.change(w.reg, w.manager, backup_folder=str(usb))
    start = w.clock.now()
    w.clock.set(start + timedelta(days=3))
    problem = clock_check.check_clock(w.reg)
    assert problem is not None and problem.message(w.reg.tz) == AHEAD
    assert_one_clear_sentence(AHEAD.replace(". If", ": if").replace(". Nothing", "; nothing"))
    before = snapshot(w.reg.db)
    for attempt in (
        lambda: register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                                 receipt(5, batch="D100A")),
        lambda: auth.login(w.reg, "nina", PASSWORD),
    ):
        with pytest.raises(ClockWrong, match="more than a day after"):
            attempt()
    with pytest.raises(PermissionDenied, match="Only a manager can confirm the PC's date"):
        clock_check.confirm_clock(w.reg, "nina", PASSWORD)
    with pytest.raises(AuthenticationFailed, match="not right"):
        clock_check.confirm_clock(w.reg, "manager", "not the password")
    assert snapshot(w.reg.db) == before and not list(usb.iterdir())

    confirmed = clock_check.confirm_clock(w.reg, "MANAGER", PASSWORD)
    assert confirmed.manager.username == "manager" and confirmed.backup is not None
    copy = w.reg.db.read_copy(confirmed.backup)  # taken before anything at the new date
    try:
        assert audit.newest_time(copy) < start + timedelta(days=1)
    finally:
        copy.close()
    rows = audit.entries(w.reg.db, actions=["backup", "clock_confirmed", "clock_wrong"])
    # the two refused writes are audited now that the date is confirmed (after the copy)
    assert [r.action for r in reversed(rows)] == ["clock_wrong", "clock_wrong", "backup",
                                                  "clock_confirmed"]
    confirmation = audit.entries(w.reg.db, actions=["clock_confirmed"])[0]
    assert confirmation.username == "manager"
    assert confirmation.details["newest"][:16] == "2026-03-02T10:00"
    register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(5, batch="D100A"))


def test_less_than_a_day_ahead_needs_no_confirmation(world):
    world.clock.set(world.clock.now() + timedelta(hours=23))
    assert clock_check.check_clock(world.reg) is None
    register.receive(world.reg, world.pharmacist, world.nurse, world.diam100.id,
                     receipt(5, batch="D100A"))


def test_five_wrong_passwords_stop_the_confirmation_and_write_nothing(world):
    w = world
    w.clock.set(w.clock.now() + timedelta(days=40))
    assert clock_check.check_clock(w.reg) is not None
    before = snapshot(w.reg.db)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            clock_check.confirm_clock(w.reg, "manager", "wrong password")
    with pytest.raises(Refused, match="5 wrong passwords: correct the PC's date and time"):
        clock_check.confirm_clock(w.reg, "manager", PASSWORD)
    assert snapshot(w.reg.db) == before
