"""The missed-dose engine, table by table: pure values in, states and flags out.

Every case builds its calendar, prescriptions and history directly (no register, no
clock), so each runs in microseconds. The rules are those of the module docstring of
hat_desktop.domain.missed_doses.
"""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from hat_desktop.domain.missed_doses import (
    FlagLevel,
    HoldReason,
    OutcomeKind,
    Review,
    SessionState,
    Thresholds,
    assess,
)
from hat_desktop.domain.patients import PatientStatus
from tests.missed_dose_builders import (
    TZ,
    calendar,
    day,
    dosed_days,
    history,
    local,
    outcome,
    prescription,
    withheld_days,
)

S = SessionState
DEFAULT = Thresholds()
SUSPENDED, ACTIVE, DISCHARGED = PatientStatus.SUSPENDED, PatientStatus.ACTIVE, \
    PatientStatus.DISCHARGED


# --- session states ----------------------------------------------------------------------
STATE_CASES = [
    ("10:59:59 session 1 still due", history(), (), local(day(0), 10, 59, 59),
     {(day(0), 1): S.DUE, (day(0), 2): S.DUE}),
    ("11:00:00 session 1 missed the minute it closes", history(), (), local(day(0), 11),
     {(day(0), 1): S.MISSED, (day(0), 2): S.DUE}),
    ("08:29 before session 1 opens it is due", history(), (), local(day(0), 8, 29),
     {(day(0), 1): S.DUE}),
    ("dosed at 10:59:59, just before the close", history(outcomes=(
        outcome(day(0), 1, at=local(day(0), 10, 59, 59)),)), (), local(day(0), 11),
     {(day(0), 1): S.DOSED}),
    ("missed AM, dosed PM", history(outcomes=(outcome(day(0), 2),)), (), local(day(0), 19),
     {(day(0), 1): S.MISSED, (day(0), 2): S.DOSED}),
    ("withheld sessions are withheld, not missed", history(outcomes=withheld_days(day(0))), (),
     local(day(0), 19), {(day(0), 1): S.WITHHELD, (day(0), 2): S.WITHHELD}),
    ("prescription written at 13:00: AM not due, PM due",
     history(prescriptions=(prescription(day(0), created=local(day(0), 13)),)), (),
     local(day(0), 15, 45), {(day(0), 1): S.NOT_DUE, (day(0), 2): S.DUE}),
    ("prescription written at 13:00: PM missed at 18:00",
     history(prescriptions=(prescription(day(0), created=local(day(0), 13)),)), (),
     local(day(0), 18), {(day(0), 1): S.NOT_DUE, (day(0), 2): S.MISSED}),
    ("prescription written at 11:00 exactly misses session 1's window",
     history(prescriptions=(prescription(day(0), created=local(day(0), 11)),)), (),
     local(day(0), 19), {(day(0), 1): S.NOT_DUE, (day(0), 2): S.MISSED}),
    ("prescription written at 10:59 covers session 1",
     history(prescriptions=(prescription(day(0), created=local(day(0), 10, 59)),)), (),
     local(day(0), 19), {(day(0), 1): S.MISSED, (day(0), 2): S.MISSED}),
    ("prescription for session 2 only",
     history(prescriptions=(prescription(day(0), sessions=(2,)),)), (), local(day(0), 19),
     {(day(0), 1): S.NOT_DUE, (day(0), 2): S.MISSED}),
    ("days before the prescription starts are not assessed",
     history(prescriptions=(prescription(day(1)),)), (), local(day(1), 12),
     {(day(0), 1): None, (day(1), 1): S.MISSED}),
    ("after the prescription ends nothing is due",
     history(prescriptions=(prescription(day(0), end=day(0)),)), (), local(day(1), 19),
     {(day(0), 2): S.MISSED, (day(1), 1): S.NOT_DUE, (day(1), 2): S.NOT_DUE}),
    ("suspended before the day: not due",
     history(statuses=((local(day(0), 7), SUSPENDED),)), (), local(day(0), 19),
     {(day(0), 1): S.NOT_DUE, (day(0), 2): S.NOT_DUE}),
    ("suspended during session 1: not due (status when the window closes)",
     history(statuses=((local(day(0), 10), SUSPENDED),)), (), local(day(0), 19),
     {(day(0), 1): S.NOT_DUE, (day(0), 2): S.NOT_DUE}),
    ("reactivated during session 2: session 2 due again",
     history(statuses=((local(day(0), 7), SUSPENDED), (local(day(0), 16), ACTIVE))), (),
     local(day(0), 19), {(day(0), 1): S.NOT_DUE, (day(0), 2): S.MISSED}),
    ("discharged: not due", history(statuses=((local(day(0), 7), DISCHARGED),)), (),
     local(day(0), 19), {(day(0), 1): S.NOT_DUE, (day(0), 2): S.NOT_DUE}),
    ("closure day: no sessions at all", history(), (day(1),), local(day(1), 19),
     {(day(0), 1): S.MISSED, (day(1), 1): None, (day(1), 2): None}),
    ("3 days without a dose: the 3rd day's sessions missed, later ones on hold", history(), (),
     local(day(3), 19), {(day(2), 1): S.MISSED, (day(2), 2): S.MISSED,
                         (day(3), 1): S.ON_HOLD, (day(3), 2): S.ON_HOLD}),
    ("on hold: a session not yet closed is on hold too", history(), (), local(day(3), 9),
     {(day(3), 1): S.ON_HOLD, (day(3), 2): S.ON_HOLD}),
    ("a hold opening at a closure day's midnight covers the next day at once", history(),
     (day(2),), local(day(3), 0), {(day(1), 2): S.MISSED, (day(3), 1): S.ON_HOLD}),
    ("review during session 1: that session is due again",
     history(reviews=(local(day(3), 10),)), (), local(day(3), 10, 30),
     {(day(3), 1): S.DUE, (day(3), 2): S.DUE}),
    ("review after session 1: it stayed on hold, session 2 can be missed",
     history(reviews=(local(day(3), 12),)), (), local(day(3), 19),
     {(day(3), 1): S.ON_HOLD, (day(3), 2): S.MISSED}),
]


@pytest.mark.parametrize(("h", "closures", "now", "expected"),
                         [c[1:] for c in STATE_CASES], ids=[c[0] for c in STATE_CASES])
def test_session_states(h, closures, now, expected):
    a = assess(h, calendar(closures), DEFAULT, now)
    for (d, number), state in expected.items():
        found = a.session(d, number)
        assert (found.state if found else None) == state, (d, number)


# --- runs, flags and holds ----------------------------------------------------------------
FLAG_CASES = [
    # (name, history, closures, now, level, run, run days, held_from)
    ("the day is not over until its last window closes", history(), (),
     local(day(0), 17, 59, 59), FlagLevel.NONE, 0, (), None),
    ("1 day without a dose: note", history(), (), local(day(0), 18),
     FlagLevel.NOTE, 1, (day(0),), None),
    ("2 days without a dose: warning", history(), (), local(day(1), 18),
     FlagLevel.WARNING, 2, (day(0), day(1)), None),
    ("3rd day at 17:59:59: still a warning", history(), (), local(day(2), 17, 59, 59),
     FlagLevel.WARNING, 2, (day(0), day(1)), None),
    ("3rd day at 18:00: on hold from that moment", history(), (), local(day(2), 18),
     FlagLevel.HOLD, 3, (day(0), day(1), day(2)), local(day(2), 18)),
    ("a hold stays open on later days", history(), (), local(day(5), 12),
     FlagLevel.HOLD, 5, (day(0), day(1), day(2), day(3), day(4)), local(day(2), 18)),
    ("a dose resets the run at once", history(outcomes=(outcome(day(2), 1),)), (),
     local(day(2), 9, 30), FlagLevel.NONE, 0, (), None),
    ("missed AM dosed PM: the day breaks the run",
     history(outcomes=dosed_days(day(0)) + (outcome(day(1), 2),)), (), local(day(2), 8),
     FlagLevel.NONE, 0, (), None),
    ("withheld days count as days without a dose",
     history(outcomes=withheld_days(day(0), day(1))), (), local(day(1), 18),
     FlagLevel.WARNING, 2, (day(0), day(1)), None),
    ("3 withheld days put the patient on hold",
     history(outcomes=withheld_days(day(0), day(1), day(2))), (), local(day(2), 18),
     FlagLevel.HOLD, 3, (day(0), day(1), day(2)), local(day(2), 18)),
    ("a closure day counts as a day without a dose",
     history(outcomes=dosed_days(day(0))), (day(1),), local(day(2), 8),
     FlagLevel.NOTE, 1, (day(1),), None),
    ("a closure day ends at midnight, not earlier",
     history(outcomes=dosed_days(day(0))), (day(1),), local(day(1), 23, 59, 59),
     FlagLevel.NONE, 0, (), None),
    ("two closure days and a missed day: hold at that day's 18:00",
     history(outcomes=dosed_days(day(0))), (day(1), day(2)), local(day(3), 18),
     FlagLevel.HOLD, 3, (day(1), day(2), day(3)), local(day(3), 18)),
    ("three closure days: hold at the third midnight",
     history(outcomes=dosed_days(day(0))), (day(1), day(2), day(3)), local(day(4), 0),
     FlagLevel.HOLD, 3, (day(1), day(2), day(3)), local(day(4), 0)),
    ("suspended days are not missed days: two of them open no hold",
     history(outcomes=dosed_days(day(0)),
             statuses=((local(day(1), 7), SUSPENDED), (local(day(3), 7), ACTIVE))), (),
     local(day(3), 8), FlagLevel.NONE, 0, (), None),
    ("three suspended days: a hold the moment the patient is active again",
     history(outcomes=dosed_days(day(0)),
             statuses=((local(day(1), 7), SUSPENDED), (local(day(4), 7), ACTIVE))), (),
     local(day(4), 8), FlagLevel.HOLD, 0, (), local(day(4), 7)),
    ("two suspended days and a missed day after them: a hold at that day's end",
     history(outcomes=dosed_days(day(0)),
             statuses=((local(day(1), 7), SUSPENDED), (local(day(3), 7), ACTIVE))), (),
     local(day(3), 18), FlagLevel.HOLD, 1, (day(3),), local(day(3), 18)),
    ("suspended at a day's end: no hold while suspended",
     history(outcomes=dosed_days(day(0)), statuses=((local(day(1), 7), SUSPENDED),)), (),
     local(day(6), 8), FlagLevel.NONE, 0, (), None),
    ("discharged days are not counted",
     history(outcomes=dosed_days(day(0)), statuses=((local(day(1), 7), DISCHARGED),)), (),
     local(day(6), 8), FlagLevel.NONE, 0, (), None),
    ("discharged days count towards the gap: a hold on re-activation",
     history(statuses=((local(day(1), 7), DISCHARGED), (local(day(3), 7), ACTIVE))), (),
     local(day(3), 18), FlagLevel.HOLD, 2, (day(0), day(3)), local(day(3), 7)),
    ("discharged after a dose, one day: re-activation opens no hold",
     history(outcomes=dosed_days(day(0)),
             statuses=((local(day(1), 7), DISCHARGED), (local(day(2), 7), ACTIVE))), (),
     local(day(2), 8), FlagLevel.NONE, 0, (), None),
    ("days before the first prescription do not count",
     history(prescriptions=(prescription(day(3)),)), (), local(day(3), 8),
     FlagLevel.NONE, 0, (), None),
    ("days after the prescription ends count",
     history(prescriptions=(prescription(day(0), end=day(0)),), outcomes=dosed_days(day(0))),
     (), local(day(3), 8), FlagLevel.WARNING, 2, (day(1), day(2)), None),
    ("a review with no hold resets the run", history(reviews=(local(day(2), 9),)), (),
     local(day(2), 12), FlagLevel.NONE, 0, (), None),
    ("a review closes the hold and the count restarts", history(reviews=(local(day(3), 12),)),
     (), local(day(3), 19), FlagLevel.NOTE, 1, (day(3),), None),
    ("after a review, 3 more days without a dose: a new hold",
     history(reviews=(local(day(3), 12),)), (), local(day(5), 18),
     FlagLevel.HOLD, 3, (day(3), day(4), day(5)), local(day(5), 18)),
    ("a dose does not lift a hold: only a review does",
     history(outcomes=(outcome(day(3), 1),)), (), local(day(3), 12),
     FlagLevel.HOLD, 0, (), local(day(2), 18)),
]


@pytest.mark.parametrize(("h", "closures", "now", "level", "run", "run_days", "held_from"),
                         [c[1:] for c in FLAG_CASES], ids=[c[0] for c in FLAG_CASES])
def test_runs_flags_and_holds(h, closures, now, level, run, run_days, held_from):
    a = assess(h, calendar(closures), DEFAULT, now)
    assert (a.flag.level, a.run, a.run_days) == (level, run, run_days)
    assert a.flag.run == run and a.flag.days == run_days
    if held_from is None:
        assert a.open_hold is None
    else:
        assert a.open_hold is not None and a.open_hold.held_from == held_from
        assert a.holds[-1] is a.open_hold


def test_hold_days_and_its_review_are_recorded():
    reviewed_at = local(day(3), 12)
    a = assess(history(reviews=(reviewed_at,)), calendar(), DEFAULT, local(day(6), 19))
    first, second = a.holds
    assert first.held_from == local(day(2), 18) and first.days == (day(0), day(1), day(2))
    assert first.review is not None and first.review.at == reviewed_at
    assert second.held_from == local(day(5), 18) and second.review is None
    assert a.open_hold is second


@pytest.mark.parametrize(("decision", "status"), [("suspend", SUSPENDED),
                                                  ("discharge", DISCHARGED)])
def test_a_review_that_suspends_or_discharges_leaves_the_hold_open(decision, status):
    """On hold from Wednesday 18:00; reviewed Thursday 09:00 with the patient suspended
    (or discharged), active again at 09:30: still on hold, the same hold, the run as it
    was; a review that resumes at 10:00 closes it."""
    h = replace(history(statuses=((local(day(3), 9), status),
                                  (local(day(3), 9, 30), ACTIVE))),
                reviews=(Review(local(day(3), 9), decision),))
    a = assess(h, calendar(), DEFAULT, local(day(3), 9, 45))
    assert a.flag.level is FlagLevel.HOLD and a.open_hold is not None
    assert a.open_hold.held_from == local(day(2), 18) and a.open_hold.review is None
    assert [x.held_from for x in a.holds] == [local(day(2), 18)]
    assert a.run == 3
    resumed = replace(h, reviews=h.reviews + (Review(local(day(3), 10), "resume"),))
    a = assess(resumed, calendar(), DEFAULT, local(day(3), 10, 5))
    assert a.open_hold is None and a.holds[0].review is not None
    assert a.holds[0].review.at == local(day(3), 10)


def test_a_hold_on_re_activation_says_why():
    a = assess(history(outcomes=dosed_days(day(0)),
                       statuses=((local(day(1), 7), DISCHARGED), (local(day(5), 10), ACTIVE))),
               calendar(), DEFAULT, local(day(5), 10, 1))
    assert a.open_hold is not None and a.open_hold.reason is HoldReason.REACTIVATED
    assert a.open_hold.days == (day(1), day(2), day(3), day(4))
    assert a.flag.words == ("ON HOLD: back after 4 days without a dose (discharged), needs "
                            "a prescriber's review")
    assert a.flag.message == (
        "ON HOLD since 07/03/2026 10:00: back after 4 days without a dose (discharged), from "
        "03/03/2026. Tolerance falls: the prescriber must review the patient before the "
        "first dose.")
    assert a.open_hold.reason_words == "back after 4 days without a dose (discharged)"


def test_thresholds_are_configurable():
    a = assess(history(), calendar(), Thresholds(note_days=1, warning_days=3, hold_days=5),
               local(day(3), 18))
    assert (a.flag.level, a.run, a.open_hold) == (FlagLevel.WARNING, 4, None)
    a = assess(history(), calendar(), Thresholds(1, 3, 5), local(day(4), 18))
    assert a.flag.level is FlagLevel.HOLD and a.open_hold.held_from == local(day(4), 18)


# --- what the flags say ---------------------------------------------------------------------
MESSAGE_CASES = [
    ("note", history(), local(day(0), 19), ["No dose on 02/03 missed."]),
    ("warning", history(), local(day(1), 19),
     ["2 consecutive days without a dose (02/03 missed, 03/03 missed): check for loss of "
      "tolerance before dosing."]),
    ("hold", history(), local(day(3), 9),
     ["ON HOLD since 04/03/2026 18:00: 3 consecutive days without a dose (02/03 missed, "
      "03/03 missed, 04/03 missed). Dosing is refused until a prescriber records a review."]),
    ("withheld days say they count for tolerance",
     history(outcomes=withheld_days(day(0)) + (outcome(day(1), 1, OutcomeKind.WITHHELD),)),
     local(day(1), 19),
     ["2 consecutive days without a dose (02/03 withheld, 03/03 missed)",
      "A day with the dose withheld counts as a day without a dose for tolerance, though it "
      "is not a missed attendance."]),
]


@pytest.mark.parametrize(("h", "now", "parts"), [c[1:] for c in MESSAGE_CASES],
                         ids=[c[0] for c in MESSAGE_CASES])
def test_flag_messages(h, now, parts):
    message = assess(h, calendar(), DEFAULT, now).flag.message
    for part in parts:
        assert part in message


def test_a_closure_day_in_the_run_says_the_clinic_was_closed():
    """Not 'missed': after a bank holiday the nurse must not think the patient stayed away."""
    a = assess(history(), calendar(closures=(day(1),)), DEFAULT, local(day(1), 23, 59, 59))
    assert a.flag.level is FlagLevel.NOTE
    a = assess(history(), calendar(closures=(day(1),)), DEFAULT, local(day(2), 0, 0, 1))
    assert a.flag.message.startswith(
        "2 consecutive days without a dose (02/03 missed, 03/03 clinic closed): ")


def test_withheld_days_are_listed_on_the_flag():
    h = history(outcomes=withheld_days(day(0)) + dosed_days(day(1)) + withheld_days(day(2)))
    a = assess(h, calendar(), DEFAULT, local(day(3), 19))
    assert a.run_days == (day(2), day(3))
    assert a.flag.withheld_days == (day(2),)
    assert [s.state for s in a.days[2].sessions] == [S.WITHHELD, S.WITHHELD]


def test_closure_day_has_no_sessions_and_counts():
    a = assess(history(outcomes=dosed_days(day(0))), calendar((day(1),)), DEFAULT,
               local(day(2), 8))
    closed = next(d for d in a.days if d.day == day(1))
    assert closed.sessions == () and closed.over and closed.counted and not closed.dosed


# --- British Summer Time --------------------------------------------------------------------
BST_STARTS, BST_ENDS = date(2026, 3, 29), date(2026, 10, 25)
BOUNDS_CASES = [
    ("Saturday before BST starts (GMT)", BST_STARTS - timedelta(days=1),
     [(8, 30), (11, 0), (15, 30), (18, 0)]),
    ("BST starts: an hour earlier in UTC", BST_STARTS, [(7, 30), (10, 0), (14, 30), (17, 0)]),
    ("Saturday before BST ends (BST)", BST_ENDS - timedelta(days=1),
     [(7, 30), (10, 0), (14, 30), (17, 0)]),
    ("BST ends: back to GMT", BST_ENDS, [(8, 30), (11, 0), (15, 30), (18, 0)]),
]


@pytest.mark.parametrize(("d", "utc"), [c[1:] for c in BOUNDS_CASES],
                         ids=[c[0] for c in BOUNDS_CASES])
def test_window_bounds_in_utc_on_bst_days(d, utc):
    h = history(prescriptions=(prescription(d),))
    a = assess(h, calendar(), DEFAULT, datetime.combine(d, datetime.min.time(), UTC)
               + timedelta(days=1))
    got = [t for s in a.days[0].sessions for t in (s.starts, s.ends)]
    assert got == [datetime(d.year, d.month, d.day, hh, mm, tzinfo=UTC) for hh, mm in utc]


@pytest.mark.parametrize(("d", "closes_utc"), [(BST_STARTS, 10), (BST_ENDS, 11)],
                         ids=["BST starts: session 1 closes 10:00 UTC",
                              "BST ends: session 1 closes 11:00 UTC"])
def test_exact_close_on_bst_days(d, closes_utc):
    h = history(prescriptions=(prescription(d),))
    close = datetime(d.year, d.month, d.day, closes_utc, tzinfo=UTC)
    assert assess(h, calendar(), DEFAULT, close - timedelta(seconds=1)).session(d, 1).state \
        is S.DUE
    assert assess(h, calendar(), DEFAULT, close).session(d, 1).state is S.MISSED


@pytest.mark.parametrize("change", [BST_STARTS, BST_ENDS], ids=["BST starts", "BST ends"])
def test_nothing_skipped_or_doubled_across_a_clock_change(change):
    first = change - timedelta(days=2)
    h = history(prescriptions=(prescription(first),))
    a = assess(h, calendar(), DEFAULT, local(change + timedelta(days=2), 23))
    assert [d.day for d in a.days] == [first + timedelta(days=i) for i in range(5)]
    ends = [s.ends for d in a.days for s in d.sessions]
    assert len(ends) == 10 and ends == sorted(set(ends))
    assert all(s.ends.astimezone(TZ).hour in (11, 18) for d in a.days for s in d.sessions)
    assert a.holds[0].held_from == local(change, 18)
    assert a.holds[0].days == (first, first + timedelta(days=1), change)


@pytest.mark.parametrize(("change", "midnight_utc"),
                         [(BST_STARTS, datetime(2026, 3, 29, 23, tzinfo=UTC)),
                          (BST_ENDS, datetime(2026, 10, 26, 0, tzinfo=UTC))],
                         ids=["BST starts: a 23-hour closure day", "BST ends: 25 hours"])
def test_closure_day_on_a_clock_change_ends_at_local_midnight(change, midnight_utc):
    before = change - timedelta(days=1)
    h = history(prescriptions=(prescription(before),), outcomes=dosed_days(before))
    cal = calendar((change,))
    assert assess(h, cal, DEFAULT, midnight_utc - timedelta(seconds=1)).run == 0
    a = assess(h, cal, DEFAULT, midnight_utc)
    assert (a.run, a.run_days) == (1, (change,))


# --- starting the scan later ----------------------------------------------------------------
FIRST_DAY_CASES = [
    ("from the last dose day", history(outcomes=dosed_days(day(0)) + (outcome(day(1), 2),)),
     day(1), local(day(4), 12)),
    ("from the last dose day, a hold since", history(outcomes=(outcome(day(1), 1),)),
     day(1), local(day(6), 19)),
    ("from a review day, reviewed before session 1 closed",
     history(reviews=(local(day(3), 9),)), day(3), local(day(5), 19)),
    ("from a review day on which the hold began",
     history(reviews=(local(day(2), 19),)), day(2), local(day(5), 19)),
    ("from a review day that is today, the hold began that day",
     history(reviews=(local(day(2), 19),)), day(2), local(day(2), 20)),
]


@pytest.mark.parametrize(("h", "first", "now"), [c[1:] for c in FIRST_DAY_CASES],
                         ids=[c[0] for c in FIRST_DAY_CASES])
def test_first_day_gives_the_same_answer_as_a_full_scan(h, first, now):
    full = assess(h, calendar(), DEFAULT, now)
    short = assess(h, calendar(), DEFAULT, now, first_day=first)
    assert [d.day for d in short.days][0] == first

    def states(a):
        return {(s.day, s.window.number): s.state for d in a.days if d.day >= first
                for s in d.sessions}

    assert states(short) == states(full)
    assert (short.run, short.run_days, short.flag) == (full.run, full.run_days, full.flag)
    assert (short.open_hold.held_from if short.open_hold else None) == \
        (full.open_hold.held_from if full.open_hold else None)


def test_a_day_that_began_on_hold_is_not_a_place_to_start():
    """Why the services never start a scan on such a review day: session 1 closed while
    the patient was on hold; the review at 12:00 came after it."""
    h = history(reviews=(local(day(3), 12),))
    now = local(day(3), 19)
    full = assess(h, calendar(), DEFAULT, now)
    short = assess(h, calendar(), DEFAULT, now, first_day=day(3))
    assert full.session(day(3), 1).state is S.ON_HOLD
    assert short.session(day(3), 1).state is S.MISSED
