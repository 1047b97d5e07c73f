"""The missed-dose engine against a deliberately simple reference, over random histories.

The reference below is written from the rules in the docstring of
hat_desktop.domain.missed_doses, day by day and session by session, with no
cleverness: the run of days without a dose is recounted from scratch at the end of
every day by walking back to the last dose, review or first prescription day, and
each hold's review is simply the first review after it began.
"""

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hat_desktop.domain.missed_doses import (
    FlagLevel,
    Outcome,
    OutcomeKind,
    PatientHistory,
    Review,
    SessionState,
    StatusChange,
    Thresholds,
    assess,
)
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.sessions import Calendar, Schedule, Window
from tests.missed_dose_builders import LONG_AGO, TZ, prescription

S = SessionState


# --- the reference ------------------------------------------------------------------------
def utc(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=TZ).astimezone(UTC)


@dataclass
class RefDay:
    day: date
    end: datetime
    over: bool
    dosed: bool
    counted: bool
    states: dict[int, tuple[S, datetime, datetime]]
    withheld: bool


@dataclass
class RefHold:
    held_from: datetime
    days: tuple[date, ...]
    review: datetime | None
    at_return: bool = False  # opened on re-activation: a review at that instant closes it


@dataclass
class RefResult:
    days: list[RefDay]
    holds: list[RefHold]
    run_days: list[date]
    level: FlagLevel
    withheld_days: tuple[date, ...]


def status_at(h: PatientHistory, moment: datetime) -> PatientStatus:
    earlier = [c.status for c in h.statuses if c.at <= moment]
    return earlier[-1] if earlier else PatientStatus.ACTIVE


def reference(h: PatientHistory, cal: Calendar, limits: Thresholds, now: datetime) -> RefResult:
    today = now.astimezone(TZ).date()
    start = min(rx.start_date for rx in h.prescriptions)
    review_times = sorted(r.at for r in h.reviews if r.at <= now)
    days: list[RefDay] = []
    holds: list[RefHold] = []

    def first_review_after(moment: datetime, at_once: bool = False) -> datetime | None:
        return next((r for r in review_times if r > moment or (at_once and r == moment)),
                    None)

    def hold_open(moment: datetime) -> bool:
        """Open at ``moment``: begun by then and not yet reviewed. Only holds of earlier
        days are in the list while a day's sessions are worked out: the sessions of the
        day that ends a run are what made it (missed), not on hold."""
        for hold in holds:
            review = first_review_after(hold.held_from, hold.at_return)
            if hold.held_from <= moment and (review is None or review > moment):
                return True
        return False

    def run_until(moment: datetime, gap: bool = False, at_return: bool = False
                  ) -> list[date]:
        """Walk back from the last day so far: counted days since the last reset (``gap``:
        and the days that ended suspended or discharged; ``at_return``: a re-activation at
        ``moment``, which comes before a review at that instant)."""
        last_review = max((r for r in review_times if r < moment
                           or (r == moment and not at_return)), default=None)
        found = []
        for d in reversed(days):
            if d.day < start or d.dosed:
                break
            if last_review is not None and d.end <= last_review:
                break
            if d.counted or (gap and d.over and status_at(h, d.end) is not PatientStatus.ACTIVE):
                found.append(d.day)
        return found[::-1]

    # each moment the patient became active again (from suspended or discharged), up to now
    returns = [c.at for before, c in zip(h.statuses, h.statuses[1:], strict=False)
               if before.status is not PatientStatus.ACTIVE
               and c.status is PatientStatus.ACTIVE and c.at <= now]

    def dosed_before(d: date, moment: datetime) -> bool:
        """A dose on ``d`` (a day not walked yet) reset the gap before ``moment``: the
        engine takes a dose at its session's close (or now)."""
        return any(o is not None and o.kind is OutcomeKind.DOSED
                   and min(utc(d, w.end), now) < moment
                   for w in cal.windows(d) for o in [h.outcomes.get((d, w.number))])

    def back_until(moment: datetime, d: date | None) -> None:
        """A hold at each return up to ``moment`` with the gap at the threshold or more
        (``d``: the day being walked, if any)."""
        while returns and returns[0] <= moment:
            at = returns.pop(0)
            gap = [] if d is not None and dosed_before(d, at) else run_until(at, True, True)
            if len(gap) >= limits.hold_days and not hold_open(at):
                holds.append(RefHold(at, tuple(gap), None, at_return=True))

    d = start
    while d <= today:
        windows = cal.windows(d)
        end = utc(d, windows[-1].end) if windows else utc(d + timedelta(days=1), time(0))
        back_until(end, d)
        states = {}
        for w in windows:
            s, e = utc(d, w.start), utc(d, w.end)
            m = min(e, now)
            written = [rx for rx in h.prescriptions
                       if rx.start_date <= d <= rx.end_date and rx.created_at < e]
            rx = max(written, key=lambda r: r.version) if written else None
            due = (rx is not None and w.number in rx.sessions
                   and status_at(h, m) is PatientStatus.ACTIVE)
            o = h.outcomes.get((d, w.number))
            if o is not None and o.kind is OutcomeKind.DOSED:
                state = S.DOSED
            elif o is not None:
                state = S.WITHHELD
            elif not due:
                state = S.NOT_DUE
            elif hold_open(m):
                state = S.ON_HOLD
            elif now >= e:
                state = S.MISSED
            else:
                state = S.DUE
            states[w.number] = (state, s, e)
        over = now >= end
        dosed = any(st_ is S.DOSED for st_, _, _ in states.values())
        counted = over and not dosed and status_at(h, end) is PatientStatus.ACTIVE
        withheld = any(st_ is S.WITHHELD for st_, _, _ in states.values())
        days.append(RefDay(d, end, over, dosed, counted, states, withheld))
        if counted:
            gap = run_until(end, gap=True)
            if len(gap) >= limits.hold_days and not hold_open(end):
                holds.append(RefHold(end, tuple(gap[-limits.hold_days:]), None))
        d += timedelta(days=1)
    back_until(now, None)
    for hold in holds:
        hold.review = first_review_after(hold.held_from, hold.at_return)
    run = run_until(now)
    if hold_open(now):
        level = FlagLevel.HOLD
    elif len(run) >= limits.warning_days:
        level = FlagLevel.WARNING
    elif len(run) >= limits.note_days:
        level = FlagLevel.NOTE
    else:
        level = FlagLevel.NONE
    withheld_days = tuple(x.day for x in days if x.day in run and x.withheld)
    return RefResult(days, holds, run, level, withheld_days)


# --- random clinics and histories ---------------------------------------------------------------
def _windows(*pairs: tuple[str, str]) -> tuple[Window, ...]:
    return tuple(Window(i, time.fromisoformat(a), time.fromisoformat(b))
                 for i, (a, b) in enumerate(pairs, start=1))


WINDOW_SETS = [
    _windows(("08:30", "11:00"), ("15:30", "18:00")),
    _windows(("09:00", "10:00")),
    _windows(("07:30", "09:00"), ("12:00", "13:30"), ("19:00", "21:00")),
    _windows(("08:00", "12:00"), ("23:00", "23:59")),
]
BASES = [date(2026, 1, 5), date(2026, 3, 24), date(2026, 10, 20), date(2026, 6, 29)]
CLOCK_TIMES = [time(0), time(7), time(8, 29, 59), time(8, 30), time(10, 59, 59), time(11),
               time(12), time(15, 30), time(17, 59, 59), time(18), time(18, 0, 1),
               time(23, 59, 59)]
REVIEW_TIMES = [time(9), time(12), time(19)]


# Strategies made once: one made afresh for every draw is validated every time, which took
# most of these tests' running time.
MOMENT_TIMES = st.one_of(st.sampled_from(CLOCK_TIMES),
                         st.integers(0, 24 * 60 - 1).map(lambda m: time(m // 60, m % 60)))
SESSIONS = st.sets(st.integers(1, 3), min_size=1).map(lambda s: tuple(sorted(s)))
KINDS = st.sampled_from([None, None, OutcomeKind.DOSED, OutcomeKind.WITHHELD])


def _moment(draw: st.DrawFn, d: date) -> datetime:
    return utc(d, draw(MOMENT_TIMES))


def _pick(draw: st.DrawFn, days: list[date]) -> date:
    """One of ``days``, as st.sampled_from(days) would draw it."""
    return days[draw(st.integers(0, len(days) - 1))]


def _some(draw: st.DrawFn, days: list[date], max_size: int) -> set[date]:
    """Up to ``max_size`` of ``days``, as st.sets(st.sampled_from(days)) would draw them."""
    return {days[i] for i in draw(st.sets(st.integers(0, len(days) - 1), max_size=max_size))}


@st.composite
def scenarios(draw: st.DrawFn, realistic: bool = False
              ) -> tuple[PatientHistory, Calendar, Thresholds, datetime]:
    base = draw(st.sampled_from(BASES))
    n = draw(st.integers(5, 20))
    days = [base + timedelta(days=i) for i in range(n)]
    schedules = [Schedule(date(2020, 1, 1), draw(st.sampled_from(WINDOW_SETS)))]
    if draw(st.booleans()):
        schedules.append(Schedule(_pick(draw, days[1:]), draw(st.sampled_from(WINDOW_SETS))))
    closures = frozenset(_some(draw, days, 4))
    cal = Calendar(TZ, tuple(schedules), closures)
    first = draw(st.integers(0, 3))
    start = days[first]
    if draw(st.integers(0, 1)) == 0:  # as st.one_of(just(the day before), any time that day)
        created = utc(start - timedelta(days=1), time(12))
    else:
        created = utc(start, draw(st.sampled_from(CLOCK_TIMES)))
    rxs = [prescription(start, end=start + timedelta(days=draw(st.integers(1, 25))),
                        sessions=draw(SESSIONS), created=created)]
    if draw(st.booleans()):
        later = _pick(draw, days[first:])
        rxs.append(prescription(later, end=later + timedelta(days=draw(st.integers(0, 20))),
                                sessions=draw(SESSIONS), created=_moment(draw, later),
                                version=2, dose_mg=120))
    changes = []
    if draw(st.booleans()):
        a, b = sorted((_pick(draw, days), _pick(draw, days)))
        changes += [(_moment(draw, a), PatientStatus.SUSPENDED),
                    (_moment(draw, b), PatientStatus.ACTIVE)]
    if draw(st.integers(0, 3)) == 0:
        a, b = sorted((_pick(draw, days), _pick(draw, days)))
        changes += [(_moment(draw, a), PatientStatus.DISCHARGED)]
        if draw(st.booleans()):
            changes += [(_moment(draw, b), PatientStatus.ACTIVE)]
    changes.sort(key=lambda c: c[0])
    statuses = [StatusChange(LONG_AGO, PatientStatus.ACTIVE)]
    for at, status in changes:
        if at > statuses[-1].at:
            statuses.append(StatusChange(at, status))
    now = _moment(draw, _pick(draw, days + [days[-1] + timedelta(days=1)]))
    outcomes = {}
    for d in days:
        if draw(st.integers(0, 2)) == 0:
            continue  # a day the patient stayed away
        for w in cal.windows(d):
            kind = draw(KINDS)
            at = utc(d, w.start) + timedelta(minutes=draw(st.integers(0, 29)))
            if kind is not None and at <= now:
                outcomes[(d, w.number)] = Outcome(d, w.number, kind, at, 0)
    review_days = _some(draw, days, 3)
    reviews = sorted(utc(d, draw(st.sampled_from(REVIEW_TIMES))) for d in review_days)
    hold = draw(st.integers(2, 4))
    limits = Thresholds(1, draw(st.integers(1, hold - 1)), hold)
    h = PatientHistory(1, tuple(rxs), tuple(statuses), outcomes,
                       tuple(Review(r, "resume") for r in reviews if r <= now))
    if realistic:
        h = _as_the_services_allow(h, cal, limits, now)
    return h, cal, limits, now


def _as_the_services_allow(h: PatientHistory, cal: Calendar, limits: Thresholds,
                           now: datetime) -> PatientHistory:
    """Drop what the services refuse: a dose or withholding while a hold is open, and a
    review when there is no hold to review. Repeated until nothing changes."""
    while True:
        holds = reference(h, cal, limits, now).holds

        def held(moment: datetime, holds: list[RefHold] = holds) -> bool:
            return any(x.held_from <= moment and (x.review is None or x.review > moment)
                       for x in holds)

        outcomes = {k: o for k, o in h.outcomes.items() if not held(o.at)}
        reviews = tuple(r for r in h.reviews if any(
            x.held_from <= r.at and (x.review is None or x.review >= r.at) for x in holds))
        if outcomes == dict(h.outcomes) and reviews == h.reviews:
            return h
        h = replace(h, outcomes=outcomes, reviews=reviews)


# --- the properties -------------------------------------------------------------------------------
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_engine_agrees_with_the_reference(scenario):
    h, cal, limits, now = scenario
    a = assess(h, cal, limits, now)
    ref = reference(h, cal, limits, now)
    assert [d.day for d in a.days] == [d.day for d in ref.days]
    for got, want in zip(a.days, ref.days, strict=True):
        assert (got.over, got.dosed, got.counted) == (want.over, want.dosed, want.counted), \
            got.day
        assert {s.window.number: (s.state, s.starts, s.ends) for s in got.sessions} == \
            want.states, got.day
    assert [(x.held_from, x.days, x.review.at if x.review else None) for x in a.holds] == \
        [(x.held_from, x.days, x.review) for x in ref.holds]
    assert (a.run, list(a.run_days)) == (len(ref.run_days), ref.run_days)
    assert (a.flag.level, a.flag.withheld_days) == (ref.level, ref.withheld_days)
    open_holds = [x.held_from for x in ref.holds if x.review is None]
    assert (a.open_hold.held_from if a.open_hold else None) == \
        (open_holds[-1] if open_holds else None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(realistic=True))
def test_starting_at_a_dose_or_review_day_not_begun_on_hold_changes_nothing(scenario):
    h, cal, limits, now = scenario
    full = assess(h, cal, limits, now)
    reviewed = {x.review.at.astimezone(TZ).date() for x in full.holds if x.review}
    began_on_hold = {x.review.at.astimezone(TZ).date() for x in full.holds if x.review
                     and x.held_from <= utc(x.review.at.astimezone(TZ).date(), time(0))}
    doses = {o.day for o in h.outcomes.values() if o.kind is OutcomeKind.DOSED}
    # a day the patient became active again: the gap before a dose or review that day
    # may open a hold then, which a walk from that day cannot know
    returned = {c.at.astimezone(TZ).date() for before, c in zip(h.statuses, h.statuses[1:],
                                                                 strict=False)
                if before.status is not PatientStatus.ACTIVE
                and c.status is PatientStatus.ACTIVE}
    starts = (doses | reviewed) - began_on_hold - returned
    begins = min(rx.start_date for rx in h.prescriptions)
    for first in sorted({max(d, begins) for d in starts}):  # as the service does
        short = assess(h, cal, limits, now, first_day=first)
        assert {(s.day, s.window.number): s.state for d in short.days for s in d.sessions} == \
            {(s.day, s.window.number): s.state for d in full.days if d.day >= first
             for s in d.sessions}, first
        assert (short.run, short.run_days, short.flag) == (full.run, full.run_days, full.flag)
        assert (short.open_hold.held_from if short.open_hold else None) == \
            (full.open_hold.held_from if full.open_hold else None)
