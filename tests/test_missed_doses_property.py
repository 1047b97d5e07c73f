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

from hat_desktop.domain.absences import Absence, AbsenceEnd, AbsenceReason, AbsenceWithdrawal
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.missed_doses import (
    KEEPS_THE_HOLD,
    Assessment,
    EventHold,
    FlagLevel,
    Hold,
    Outcome,
    OutcomeKind,
    PatientHistory,
    Review,
    SessionState,
    StatusChange,
    Thresholds,
    assess,
    reactivations,
)
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.sessions import Calendar, Schedule, Window
from hat_desktop.domain.times import clinic_day, day_bounds
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


# --- the fast path's start rule, with absences, adverse events and every hold review --------
DECISIONS = st.sampled_from([HoldDecision.RESUME, HoldDecision.RESUME, HoldDecision.REDUCED,
                             HoldDecision.SUSPEND, HoldDecision.DISCHARGE])
REASONS = st.sampled_from(list(AbsenceReason))


def _tidy(statuses: list[StatusChange]) -> tuple[StatusChange, ...]:
    """In time order, one change at an instant, each a change."""
    kept = [statuses[0]]
    for change in sorted(statuses[1:], key=lambda c: c.at):
        if change.at > kept[-1].at and change.status is not kept[-1].status:
            kept.append(change)
    return tuple(kept)


@st.composite
def eventful(draw: st.DrawFn) -> tuple[PatientHistory, Calendar, Thresholds, datetime]:
    """A scenario as above (suspensions, discharges and returns at odd times) with absences
    (open-ended, ended, withdrawn), adverse events, and reviews of the holds these open, at
    any time of day, that resume, re-titrate, suspend or discharge (a suspension or discharge
    may take effect at that instant, and the patient come back later); then cut as the
    services allow, by the engine's own full walk."""
    h, cal, limits, now = draw(scenarios())
    begins = min(rx.start_date for rx in h.prescriptions)
    days = [begins + timedelta(days=i) for i in range(12)]
    absences: list[Absence] = []
    first = begins
    for i in range(draw(st.integers(0, 2))):
        first += timedelta(days=draw(st.integers(0, 4)))
        last = first + timedelta(days=draw(st.integers(0, 5)))
        open_ended = draw(st.integers(0, 3)) == 0
        end = None
        if open_ended and draw(st.booleans()):
            end = AbsenceEnd(last, "", utc(last, time(12)), "Nina Nurse")
        withdrawal = None
        if draw(st.integers(0, 5)) == 0:
            withdrawal = AbsenceWithdrawal("by mistake", utc(first, time(12)), "Nina Nurse",
                                           "Wes Witness")
        absences.append(Absence(i + 1, 1, draw(REASONS), first,
                                None if open_ended else last, "", utc(first, time(8)),
                                "Nina Nurse", end, withdrawal))
        first = last + timedelta(days=1)
    events = sorted({EventHold(_moment(draw, _pick(draw, days)), "opioid overdose")
                     for _ in range(draw(st.integers(0, 2)))}, key=lambda e: e.at)
    if draw(st.booleans()):  # the first prescription long enough to see the returns
        rx = h.prescriptions[0]
        h = replace(h, prescriptions=(replace(rx, end_date=max(rx.end_date, days[-1])),
                                      *h.prescriptions[1:]))
    h = replace(h, absences=tuple(absences), event_holds=tuple(events))
    statuses = list(h.statuses)
    if draw(st.booleans()):  # away for days, back at any time of a day
        gone = _pick(draw, days[:8])
        statuses += [StatusChange(_moment(draw, gone), draw(st.sampled_from(
            [PatientStatus.SUSPENDED, PatientStatus.DISCHARGED]))),
            StatusChange(_moment(draw, gone + timedelta(days=draw(st.integers(1, 5)))),
                         PatientStatus.ACTIVE)]
    reviews = list(h.reviews)
    h = replace(h, statuses=_tidy(statuses))
    for _ in range(draw(st.integers(1, 4))):  # a review of the hold open then, or any time
        hold = assess(h, cal, limits, now).open_hold
        if hold is not None and draw(st.booleans()):  # within hours, at any minute
            at = hold.held_from + timedelta(minutes=draw(st.integers(0, 30 * 60)))
        elif hold is not None and draw(st.booleans()):  # at an odd time of a day after
            held = hold.held_from.astimezone(TZ).date()
            at = max(hold.held_from, _moment(draw, held + timedelta(days=draw(
                st.integers(0, 2)))))
        else:
            at = _moment(draw, _pick(draw, days))
        if at > now or any(r.at == at for r in reviews):
            continue
        decision = draw(DECISIONS)
        reviews.append(Review(at, str(decision)))
        if decision in KEEPS_THE_HOLD and draw(st.integers(0, 3)) > 0:
            statuses.append(StatusChange(at, PatientStatus.SUSPENDED
                                         if decision is HoldDecision.SUSPEND
                                         else PatientStatus.DISCHARGED))
            if draw(st.booleans()):
                back = at + timedelta(days=draw(st.integers(0, 6)),
                                      minutes=draw(st.integers(0, 24 * 60)))
                statuses.append(StatusChange(back, PatientStatus.ACTIVE))
        h = replace(h, statuses=_tidy(statuses),
                    reviews=tuple(sorted(reviews, key=lambda r: r.at)))
    for _ in range(10):  # the services refuse a dose on hold, away, inactive or before the
        # prescription, and a review of no hold
        full = assess(h, cal, limits, now)
        reviewed = {r for x in full.holds for r in [x.review, *x.kept] if r is not None}

        def held(moment: datetime, holds: tuple[Hold, ...] = full.holds) -> bool:
            return any(x.held_from <= moment and (x.review is None or x.review.at > moment)
                       for x in holds)

        outcomes = {k: o for k, o in h.outcomes.items()
                    if not held(o.at) and h.away_on(o.day) is None and o.day >= begins
                    and h.status_at(o.at) is PatientStatus.ACTIVE}
        cut = tuple(r for r in h.reviews if r in reviewed)
        if outcomes == dict(h.outcomes) and cut == h.reviews:
            break
        h = replace(h, outcomes=outcomes, reviews=cut)
    return h, cal, limits, now


def fast_start(h: PatientHistory, full: Assessment, need: date) -> date:
    """services.attendance.assess_current's first day, from pure values: the last dose day
    or resuming review day on or before ``need``, unless a hold was open when that day
    began (a review record carries the start of the hold it reviewed) or the patient was
    made active again that day; the first prescription day failing those."""
    held_from = {r: x.held_from for x in full.holds for r in [x.review, *x.kept]
                 if r is not None}
    held_at_start = {clinic_day(r.at, TZ) for r in h.reviews
                     if held_from[r] <= day_bounds(clinic_day(r.at, TZ), TZ)[0]} | \
        {clinic_day(at, TZ) for at in reactivations(h.statuses)}
    candidates = [min(rx.start_date for rx in h.prescriptions)]
    doses = sorted((o.day for o in h.outcomes.values()
                    if o.kind is OutcomeKind.DOSED and o.day <= need), reverse=True)
    candidates += [d for d in doses if d not in held_at_start][:1]
    resumed = {clinic_day(r.at, TZ) for r in h.reviews if r.decision not in KEEPS_THE_HOLD}
    candidates += [d for d in resumed - held_at_start if d <= need]
    return min(max(candidates), need)


def _hold(x: Hold | None) -> tuple[object, ...] | None:
    return None if x is None else (x.held_from, x.reason, x.days, x.absence, x.event,
                                   x.inactive, x.review, x.reason_words)


@settings(max_examples=500, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(eventful(), st.data())
def test_the_fast_paths_start_with_absences_events_and_status_changes(scenario, data):
    h, cal, limits, now = scenario
    today = now.astimezone(TZ).date()
    full = assess(h, cal, limits, now)
    # the days to cover from (``since``): any, or often a day something happened, so that
    # the start is that day's review or dose rather than a later one
    marked = sorted({clinic_day(r.at, TZ) for r in h.reviews}
                    | {clinic_day(c.at, TZ) for c in h.statuses[1:]}
                    | {clinic_day(e.at, TZ) for e in h.event_holds}
                    | {o.day for o in h.outcomes.values()})
    if marked and data.draw(st.booleans()):
        need = min(marked[data.draw(st.integers(0, len(marked) - 1))], today)
    else:
        need = today - timedelta(days=data.draw(st.integers(0, 25)))
    first = fast_start(h, full, need)
    short = assess(h, cal, limits, now, first_day=first, last_day=today)
    begins = min(rx.start_date for rx in h.prescriptions)  # ``need`` may be before it
    assert all(s.state is S.NOT_DUE for d in short.days if d.day < begins for s in d.sessions)
    assert {(s.day, s.window.number): (s.state, s.absence) for d in short.days
            if d.day >= begins for s in d.sessions} == \
        {(s.day, s.window.number): (s.state, s.absence) for d in full.days if d.day >= first
         for s in d.sessions}, first
    assert (short.run, short.run_days, short.flag) == (full.run, full.run_days, full.flag)
    assert _hold(short.open_hold) == _hold(full.open_hold)
    # The holds opened after the first day. One opened and lifted on the first day itself
    # (the days before it reached the threshold, the review came after the day's last
    # session) is not in the short walk: it changed no state, run or flag from then on.
    after = day_bounds(first, TZ)[1]
    assert [_hold(x) for x in short.holds if x.held_from >= after] == \
        [_hold(x) for x in full.holds if x.held_from >= after]


def test_the_fast_path_does_not_start_on_a_return_reviewed_the_same_day():
    """The case the draws above seldom reach: back at 07:00 after five days suspended, on
    hold from then, reviewed at 19:00; the sessions between were on hold, not missed."""
    back = date(2026, 3, 8)
    h = PatientHistory(1, (prescription(date(2026, 3, 2)),), (
        StatusChange(LONG_AGO, PatientStatus.ACTIVE),
        StatusChange(utc(date(2026, 3, 3), time(7)), PatientStatus.SUSPENDED),
        StatusChange(utc(back, time(7)), PatientStatus.ACTIVE)), {},
        (Review(utc(back, time(19)), "resume"),))
    cal = Calendar(TZ, (Schedule(date(2020, 1, 1), WINDOW_SETS[0]),), frozenset())
    now = utc(back, time(20))
    full = assess(h, cal, Thresholds(), now)
    first = fast_start(h, full, back)
    short = assess(h, cal, Thresholds(), now, first_day=first, last_day=back)
    assert first < back
    assert [s.state for s in full.days[-1].sessions] == [S.ON_HOLD, S.ON_HOLD]
    assert [s.state for s in short.days[-1].sessions] == [S.ON_HOLD, S.ON_HOLD]
