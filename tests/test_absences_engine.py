"""Absences in the missed-dose engine, pure values in: days away are "away", not missed,
and do not count towards the missed-dose hold; on return after the hold threshold of days
without a dose, a hold of its own reason waits for the prescriber."""

import dataclasses
from datetime import date, timedelta

from hat_desktop.domain.absences import (
    Absence,
    AbsenceEnd,
    AbsenceReason,
    AbsenceWithdrawal,
    away_by_day,
    away_on,
)
from hat_desktop.domain.missed_doses import (
    FlagLevel,
    HoldReason,
    PatientHistory,
    SessionState,
    Thresholds,
    assess,
)
from tests.missed_dose_builders import calendar, day, dosed_days, history, local

S = SessionState


def away(first: date, last: date | None = None, reason: AbsenceReason = AbsenceReason.CUSTODY,
         ended: date | None = None) -> Absence:
    end = AbsenceEnd(ended, "", local(ended, 12), "Nora Nurse") if ended else None
    return Absence(1, 1, reason, first, last, "", local(first, 12), "Nina Nurse", end)


def with_absences(h: PatientHistory, *absences: Absence) -> PatientHistory:
    return dataclasses.replace(h, absences=absences)


def states(a, d: date) -> dict[int, SessionState]:
    return {s.window.number: s.state for x in a.days if x.day == d for s in x.sessions}


def test_four_days_in_custody_are_away_then_the_prescriber_must_review():
    """Dosed Monday; custody Tuesday to Friday (ended by a later record); back Saturday."""
    h = with_absences(history(outcomes=dosed_days(day(0))), away(day(1), ended=day(4)))
    a = assess(h, calendar(), Thresholds(), local(day(5), 9))
    for n in range(1, 5):
        assert states(a, day(n)) == {1: S.AWAY, 2: S.AWAY}
        assert not [x for x in a.days if x.day == day(n)][0].counted
    assert a.run == 0  # the days away do not count towards the missed-dose hold...
    hold = a.open_hold  # ...but the gap since the last dose does, on return
    assert hold is not None and hold.reason is HoldReason.AFTER_ABSENCE
    assert hold.held_from == local(day(4), 18) and hold.days == tuple(day(n) for n in (1, 2, 3, 4))
    assert states(a, day(5)) == {1: S.ON_HOLD, 2: S.ON_HOLD}
    assert a.flag.level is FlagLevel.HOLD
    assert a.flag.words == "ON HOLD: back from custody, needs a prescriber's review"
    assert a.flag.message == (
        "ON HOLD since 06/03/2026 18:00: back from custody (03/03/2026 to 06/03/2026), 4 days "
        "without a dose (03/03 away: custody, 04/03 away: custody, 05/03 away: custody, "
        "06/03 away: custody). Tolerance falls: the prescriber must review the patient before "
        "the first dose.")
    session = a.session(day(2), 1)
    assert session is not None and session.words == "Away: custody"


def test_while_away_the_flag_names_the_absence_and_nothing_is_missed():
    h = with_absences(history(outcomes=dosed_days(day(0))), away(day(1)))
    a = assess(h, calendar(), Thresholds(), local(day(6), 19))
    assert {st for x in a.days[1:] for st in states(a, x.day).values()} == {S.AWAY}
    assert a.open_hold is None and a.holds == ()
    assert a.flag.level is FlagLevel.AWAY
    assert a.flag.words == "Away: custody from 03/03/2026, open-ended"
    assert a.flag.message == (
        "Away: Custody from 03/03/2026, open-ended (recorded by Nina Nurse). No dose during "
        "an absence: when the patient is back, record the return on their page first.")


def test_a_short_absence_below_the_threshold_needs_no_review():
    h = with_absences(history(outcomes=dosed_days(day(0))),
                      away(day(1), day(2), AbsenceReason.HOSPITAL))
    a = assess(h, calendar(), Thresholds(), local(day(3), 9))
    assert a.open_hold is None and a.flag.level is FlagLevel.NONE
    assert states(a, day(3)) == {1: S.DUE, 2: S.DUE}


def test_missed_days_before_the_absence_add_to_the_gap_but_days_away_not_to_the_run():
    """Missed Tuesday, in hospital Wednesday (one day), missed Thursday: the run is two
    missed days; the gap on return was two, below the threshold, but Thursday brings it
    to three days without a dose: a hold, as when the days away come last."""
    h = with_absences(history(outcomes=dosed_days(day(0))),
                      away(day(2), day(2), AbsenceReason.HOSPITAL))
    a = assess(h, calendar(), Thresholds(), local(day(4), 9))
    assert a.run == 2 and a.run_days == (day(1), day(3))
    assert a.open_hold is not None and a.open_hold.days == (day(1), day(2), day(3))
    assert a.flag.level is FlagLevel.HOLD
    assert "3 consecutive days without a dose (03/03 missed, 04/03 away: hospital, 05/03 " \
        "missed)" in a.flag.message
    h2 = with_absences(history(outcomes=dosed_days(day(0))),
                       away(day(2), day(3), AbsenceReason.HOSPITAL))
    a2 = assess(h2, calendar(), Thresholds(), local(day(4), 9))
    assert a2.open_hold is not None and a2.open_hold.days == (day(1), day(2), day(3))
    assert a2.open_hold.reason is HoldReason.AFTER_ABSENCE


def test_a_prescribers_review_after_the_return_lifts_the_hold():
    h = with_absences(history(outcomes=dosed_days(day(0)), reviews=(local(day(5), 9, 30),)),
                      away(day(1), ended=day(4)))
    a = assess(h, calendar(), Thresholds(), local(day(5), 10))
    assert a.open_hold is None and a.holds[0].review is not None
    assert states(a, day(5)) == {1: S.DUE, 2: S.DUE}


def test_an_absence_from_the_afternoon_of_a_dose_day_keeps_the_morning_dose():
    h = with_absences(history(outcomes=dosed_days(day(0), sessions=(1,))),
                      away(day(0), ended=day(0)))
    a = assess(h, calendar(), Thresholds(), local(day(1), 9))
    assert states(a, day(0)) == {1: S.DOSED, 2: S.AWAY}
    assert a.open_hold is None and a.run == 0


def test_days_recorded_as_away_after_the_fact_are_no_longer_missed():
    """The police ring on Thursday: in custody since Tuesday. Tuesday and Wednesday were
    missed (a warning); recorded as away, they are not."""
    h = history(outcomes=dosed_days(day(0)))
    before = assess(h, calendar(), Thresholds(), local(day(3), 9))
    assert before.flag.level is FlagLevel.WARNING
    after = assess(with_absences(h, away(day(1))), calendar(), Thresholds(), local(day(3), 9))
    assert states(after, day(1)) == {1: S.AWAY, 2: S.AWAY} and after.run == 0
    assert after.flag.level is FlagLevel.AWAY


def test_a_planned_absence_that_has_not_begun_changes_nothing_yet():
    h = with_absences(history(outcomes=dosed_days(day(0))),
                      away(day(3), day(5), AbsenceReason.HOSPITAL))
    a = assess(h, calendar(), Thresholds(), local(day(1), 9))
    assert a.flag.level is FlagLevel.NONE and states(a, day(1)) == {1: S.DUE, 2: S.DUE}


def test_the_walks_day_by_day_absences_are_the_ones_away_on_picks():
    """away_by_day (the walk's: one look-up per day) gives each day the absence away_on
    gives it: overlapping absences (the first wins), open-ended, ended early, withdrawn, one
    before and one after the walk's days."""
    withdrawn = dataclasses.replace(
        away(date(2026, 3, 8), date(2026, 3, 20)),
        withdrawal=AbsenceWithdrawal("entered by mistake", local(date(2026, 3, 9), 9), "N", "W"))
    absences = [away(date(2026, 2, 1), date(2026, 3, 3)),
                dataclasses.replace(away(date(2026, 3, 2), date(2026, 3, 6),
                                         AbsenceReason.HOSPITAL), id=2),
                withdrawn,
                away(date(2026, 3, 12), date(2026, 3, 30), ended=date(2026, 3, 14)),
                away(date(2026, 3, 13)),
                away(date(2026, 4, 20), date(2026, 4, 22))]
    first, last = date(2026, 3, 1), date(2026, 4, 10)
    by_day = away_by_day(absences, first, last)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    assert {d: by_day.get(d) for d in days} == {d: away_on(absences, d) for d in days}
    assert by_day[date(2026, 3, 3)].reason is AbsenceReason.CUSTODY  # the first recorded wins
    assert by_day[date(2026, 3, 4)].reason is AbsenceReason.HOSPITAL
    assert date(2026, 3, 9) not in by_day and date(2026, 3, 7) not in by_day
    assert max(by_day) == last and min(by_day) == first
