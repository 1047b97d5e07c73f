"""The missed-dose and hold rule engine: pure, computed from the data at any moment.

Nothing here depends on a nightly job having run. Given the clinic calendar, a
patient's prescription versions, status changes, dose/withhold outcomes,
prescriber reviews and "now", it says what state each session is in and what
flag the patient carries.

Rules:
- A session is **due** when a prescription version written before the window
  closed covers that day and that session, and the patient is active.
- It is **missed** when its window has closed with no dose and no recorded
  withholding; **on hold** instead while a hold is open. Closure days, days
  before the prescription, after it ends, and while suspended are **not due**.
- A clinic day is **over** when its last window closes (midnight on a day with
  no sessions). Each day that ends without a dose adds one to the patient's run
  of days without a dose; a dose resets the run at once, as does a prescriber's
  review that resumes or re-titrates. Days with only withheld sessions count (tolerance
  falls all the same), and so do closure days and days without a prescription; days
  before the first prescription starts do not count.
- When the run reaches the hold threshold (3 by default) a **hold** opens at the
  moment that day ended; only a prescriber's review that resumes or re-titrates closes
  it. A review that suspends or discharges the patient leaves the hold open (and the run
  as it was): whenever they are active again, no dose is given before a prescriber's
  review of the dose.
- Days while **suspended or discharged** (the status when the day ends) are like days
  away: they do not add to the run, but they count as days without a dose since the last
  one (tolerance falls all the same). When the patient is made active again with that gap
  at the hold threshold or more, a hold opens at that moment (its reason: back after so
  many days without a dose), before any dose.
- A session on a day of an **absence** (custody, hospital, dosed elsewhere) is **away**,
  not missed, and the day does not add to the run. Tolerance falls all the same: the
  days away still count as days without a dose since the last one, and when the absence's
  last day ends with that gap at the hold threshold or more, a hold opens for the
  prescriber's review before the first dose after the return (its reason: the absence);
  a shorter absence's gap goes on with the days without a dose after the return, and a
  hold opens when one of them brings it to the threshold.
- An adverse event treated with naloxone or ending in a hospital transfer opens a hold
  too, at the moment it was recorded (its own reason); a review closes it the same way.
  While a hold is open, another event does not open a second one.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from hat_desktop.domain.absences import Absence, away_by_day, away_on, returned_words
from hat_desktop.domain.attendance import HoldDecision, HoldReview
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.prescriptions import CoveringVersions, Prescription, current_version
from hat_desktop.domain.sessions import Calendar, Window
from hat_desktop.domain.times import clinic_day, day_bounds, format_date, format_local


class LabelledState(StrEnum):
    """A state shown as its value in words: "not_due" is "Not due"."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SessionState(LabelledState):
    NOT_DUE = "not_due"
    DUE = "due"
    DOSED = "dosed"
    WITHHELD = "withheld"
    MISSED = "missed"
    ON_HOLD = "on_hold"
    AWAY = "away"


class OutcomeKind(StrEnum):
    DOSED = "dosed"
    WITHHELD = "withheld"


@dataclass(frozen=True)
class Outcome:
    day: date
    session: int
    kind: OutcomeKind
    at: datetime
    mg: int = 0


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    status: PatientStatus


@dataclass(frozen=True)
class Review:
    at: datetime
    decision: str
    reviewer_name: str = ""


@dataclass(frozen=True)
class EventHold:
    """An adverse event that puts the patient on hold from ``at`` (when it was recorded)."""

    at: datetime
    reason: str  # "opioid overdose (E-3; naloxone given)"


@dataclass(frozen=True)
class Thresholds:
    note_days: int = 1
    warning_days: int = 2
    hold_days: int = 3


# Hold review decisions that leave the hold open: the patient is suspended or discharged,
# and their dose is reviewed when they are back.
KEEPS_THE_HOLD = frozenset({HoldDecision.SUSPEND, HoldDecision.DISCHARGE})


class Outcomes(Protocol):
    """A patient's doses and withholdings by (day, session): a dict, or a reader that
    fetches them a stretch of days at a time as the engine walks forward."""

    def get(self, key: tuple[date, int], /) -> Outcome | None: ...


@dataclass(frozen=True)
class PatientHistory:
    patient_id: int
    prescriptions: tuple[Prescription, ...]
    statuses: tuple[StatusChange, ...]  # oldest first; the first is the status at creation
    outcomes: Outcomes
    reviews: tuple[Review, ...] = ()  # oldest first
    absences: tuple[Absence, ...] = ()
    event_holds: tuple[EventHold, ...] = ()  # oldest first

    def away_on(self, day: date) -> Absence | None:
        return away_on(self.absences, day)

    def status_at(self, moment: datetime) -> PatientStatus:
        status = PatientStatus.ACTIVE
        for change in self.statuses:
            if change.at <= moment:
                status = change.status
            else:
                break
        return status

    @property
    def start(self) -> date | None:
        """The first day any prescription covers: days before it are never counted."""
        return min((rx.start_date for rx in self.prescriptions), default=None)


@dataclass(frozen=True)
class SessionAssessment:
    day: date
    window: Window
    state: SessionState
    starts: datetime
    ends: datetime
    prescription: Prescription | None
    outcome: Outcome | None = None
    absence: Absence | None = None  # the absence the session fell in (state AWAY)

    @property
    def words(self) -> str:
        """'Missed', 'Away: custody'."""
        if self.state is SessionState.AWAY and self.absence is not None:
            return self.absence.words.capitalize()
        return self.state.label


@dataclass(frozen=True)
class DayAssessment:
    day: date
    sessions: tuple[SessionAssessment, ...]
    over: bool
    dosed: bool
    counted: bool  # an over day without a dose that added to the run
    away: Absence | None = None  # the absence covering the day
    inactive: PatientStatus | None = None  # suspended or discharged when the day ended


class HoldReason(StrEnum):
    MISSED_DOSES = "missed_doses"  # days without a dose reached the threshold
    AFTER_ABSENCE = "after_absence"  # back from an absence after that many days
    REACTIVATED = "reactivated"  # active again after that many days suspended/discharged
    ADVERSE_EVENT = "adverse_event"  # naloxone given or taken to hospital


@dataclass
class Hold:
    held_from: datetime
    days: tuple[date, ...]
    review: Review | None = None
    reason: HoldReason = HoldReason.MISSED_DOSES
    absence: Absence | None = None  # the absence it follows (AFTER_ABSENCE)
    event: str = ""  # the adverse event that opened it (ADVERSE_EVENT), in words
    inactive: PatientStatus | None = None  # REACTIVATED: the status the patient was in
    kept: list[Review] = field(default_factory=list)  # reviews that suspended or
    # discharged and left it open (KEEPS_THE_HOLD), oldest first

    @property
    def reason_words(self) -> str:
        """'3 days without a dose', 'back from custody (02/03/2026 to 05/03/2026)', 'an
        adverse event: opioid overdose (E-3; naloxone given)', 'back after 24 days without
        a dose (discharged)'."""
        if self.absence is not None:
            return returned_words(self.absence)
        if self.inactive is not None:
            return (f"back after {len(self.days)} days without a dose "
                    f"({self.inactive.value})")
        if self.event:
            return f"an adverse event: {self.event}"
        return f"{len(self.days)} consecutive days without a dose"

    def recorded_reviews(self, reviews: Sequence[HoldReview]
                         ) -> tuple[HoldReview | None, tuple[HoldReview, ...]]:
        """Of the patient's ``reviews`` as recorded: the one that closed this hold (None:
        it is open), and those that suspended or discharged and left it open (``kept``)."""
        closed = next((r for r in reviews if self.review is not None
                       and r.reviewed_at == self.review.at), None)
        return closed, tuple(r for r in reviews if any(k.at == r.reviewed_at for k in self.kept))

    @property
    def back_words(self) -> str:
        """Where the patient came back from, as the reports put it before the days: 'back
        from custody (02/03/2026 to 05/03/2026)', 'back after being discharged'; empty for a
        hold after missed days or an event."""
        if self.absence is not None:
            return returned_words(self.absence)
        if self.inactive is not None:
            return f"back after being {self.inactive.value}"
        return ""


class FlagLevel(StrEnum):
    NONE = "none"
    NOTE = "note"
    WARNING = "warning"
    AWAY = "away"
    HOLD = "hold"


@dataclass(frozen=True)
class Flag:
    level: FlagLevel
    run: int = 0
    days: tuple[date, ...] = ()
    withheld_days: tuple[date, ...] = ()
    message: str = ""
    absence: Absence | None = None  # AWAY: the absence today; HOLD: the one it follows
    after_event: bool = False  # HOLD: opened by an adverse event
    returned: str = ""  # HOLD: opened on re-activation, "back after 24 days without a dose
    # (discharged)"

    @property
    def words(self) -> str:
        """The flag in a few words, as the board and the patient list show it; empty when
        there is none (``message`` says it in full)."""
        if self.level is FlagLevel.HOLD and self.after_event:
            return "ON HOLD after an adverse event: needs a prescriber's review"
        if self.level is FlagLevel.HOLD and self.absence is not None:
            return (f"ON HOLD: back from {self.absence.reason.label}, needs a prescriber's "
                    "review")
        if self.level is FlagLevel.HOLD and self.returned:
            return f"ON HOLD: {self.returned}, needs a prescriber's review"
        if self.level is FlagLevel.HOLD:
            return "ON HOLD: needs a prescriber's review"
        if self.level is FlagLevel.AWAY and self.absence is not None:
            return f"{self.absence.words.capitalize()} {self.absence.period}"
        if self.level is FlagLevel.WARNING:
            return f"Warning: {self.run} days without a dose"
        if self.level is FlagLevel.NOTE:
            return "Note: no dose yesterday" if self.run == 1 else \
                f"Note: {self.run} days without a dose"
        return ""


@dataclass(frozen=True)
class Assessment:
    days: tuple[DayAssessment, ...]
    holds: tuple[Hold, ...]
    run: int
    run_days: tuple[date, ...]
    open_hold: Hold | None
    flag: Flag = field(default_factory=lambda: Flag(FlagLevel.NONE))

    def session(self, day: date, number: int) -> SessionAssessment | None:
        for d in self.days:
            if d.day == day:
                return next((s for s in d.sessions if s.window.number == number), None)
        return None


class _Run:
    """The running count of days without a dose (days away left out), the gap since the
    last dose (days away included), and the holds they open."""

    def __init__(self, history: PatientHistory, hold_days: int) -> None:
        self.history = history
        self.hold_days = hold_days
        self.count = 0
        self.days: list[date] = []
        self.gap: list[date] = []
        self.open_hold: Hold | None = None
        self.holds: list[Hold] = []
        self._reviews = list(history.reviews)
        self._events = list(history.event_holds)
        self._statuses = list(history.statuses)
        self.status = PatientStatus.ACTIVE  # as of the last status change walked

    def reviews_until(self, moment: datetime) -> None:
        """Reviews, hold-opening events and status changes up to ``moment``, in time order
        (at the same instant: the event, then the status change, then the review: a review
        at the moment of a re-activation reviews the hold it opened)."""
        while True:
            event = self._events[0] if self._events and self._events[0].at <= moment else None
            review = self._reviews[0] if self._reviews and self._reviews[0].at <= moment \
                else None
            change = self._statuses[0] if self._statuses and self._statuses[0].at <= moment \
                else None
            if event is not None and (review is None or event.at <= review.at) and (
                    change is None or event.at <= change.at):
                self._events.pop(0)
                if self.open_hold is None:
                    self.open_hold = Hold(event.at, (), reason=HoldReason.ADVERSE_EVENT,
                                          event=event.reason)
                    self.holds.append(self.open_hold)
            elif review is not None and (change is None or review.at < change.at):
                self._reviews.pop(0)
                if review.decision in KEEPS_THE_HOLD:
                    # suspended or discharged: the hold waits for their return
                    if self.open_hold is not None and self.open_hold.held_from <= review.at:
                        self.open_hold.kept.append(review)
                    continue
                if self.open_hold is not None and self.open_hold.held_from <= review.at:
                    self.open_hold.review = review
                    self.open_hold = None
                self.reset()
            elif change is not None:
                self._statuses.pop(0)
                before, self.status = self.status, change.status
                if before is not PatientStatus.ACTIVE and change.status is PatientStatus.ACTIVE:
                    self.reactivated(change.at, before)
            else:
                return

    def reset(self) -> None:
        self.count = 0
        self.days = []
        self.gap = []

    def day_without_dose(self, day: date, ended: datetime) -> None:
        """A day ended without a dose: a hold when the gap since the last dose (days away
        included: tolerance fell all the same) reaches the threshold; without days away
        the gap is the run."""
        self.count += 1
        self.days.append(day)
        self.gap.append(day)
        if len(self.gap) >= self.hold_days and self.open_hold is None:
            self.open_hold = Hold(ended, tuple(self.gap[-self.hold_days:]))
            self.holds.append(self.open_hold)

    def day_away(self, day: date) -> None:
        """A day ended away, suspended or discharged: the gap grows, not the run."""
        self.gap.append(day)

    def reactivated(self, at: datetime, was: PatientStatus) -> None:
        """Active again at ``at``: a hold at once if the gap reached the threshold."""
        if len(self.gap) >= self.hold_days and self.open_hold is None:
            self.open_hold = Hold(at, tuple(self.gap), reason=HoldReason.REACTIVATED,
                                  inactive=was)
            self.holds.append(self.open_hold)

    def returned(self, absence: Absence, ended: datetime) -> None:
        """The absence's last day has ended: a hold if the gap reached the threshold."""
        if len(self.gap) >= self.hold_days and self.open_hold is None:
            self.open_hold = Hold(ended, tuple(self.gap), reason=HoldReason.AFTER_ABSENCE,
                                  absence=absence)
            self.holds.append(self.open_hold)

    def held_at(self, moment: datetime) -> bool:
        return self.open_hold is not None and self.open_hold.held_from <= moment


def reactivations(statuses: Sequence[StatusChange]) -> list[datetime]:
    """Each moment the patient was made active again from suspended or discharged (oldest
    first): a hold may open then, from the days without a dose before it."""
    found, before = [], PatientStatus.ACTIVE
    for change in statuses:
        if before is not PatientStatus.ACTIVE and change.status is PatientStatus.ACTIVE:
            found.append(change.at)
        before = change.status
    return found


def _day_end(calendar: Calendar, day: date, windows: tuple[Window, ...]) -> datetime:
    if windows:
        return windows[-1].bounds(day, calendar.tz)[1]
    return day_bounds(day, calendar.tz)[1]


def assess(
    history: PatientHistory,
    calendar: Calendar,
    thresholds: Thresholds,
    now: datetime,
    *,
    first_day: date | None = None,
    last_day: date | None = None,
) -> Assessment:
    """Every session from ``first_day`` (default: the patient's first prescription day)
    to ``last_day`` (default and at most: today), the holds, the current run and flag.

    ``first_day`` may be any day at whose start no hold was open and the run was zero, or
    on which a dose or review reset it (a dose or review day), unless a hold was already
    open when that day began: the result from then on is the same as from the start. A
    day that began on hold is not such a day: its sessions before the review were on
    hold, not missed; nor is a day the patient was made active again (``reactivations``):
    the days without a dose before it may open a hold then, before that day's dose or
    review.
    """
    walk = DayByDay(history, calendar, thresholds, now, first_day=first_day,
                    last_day=last_day)
    days = list(walk)
    run = walk.run
    flag = _flag(run, days, thresholds, calendar, history.away_on(walk.today))
    return Assessment(tuple(days), tuple(run.holds), run.count, tuple(run.days),
                      run.open_hold, flag)


class DayByDay:
    """assess's walk, one day at a time, for a caller that uses each day and keeps none (a
    whole history written to a file): iterate it once; then ``holds`` are every hold it
    opened, with the reviews that closed them up to now, and ``open_hold`` the one open."""

    def __init__(self, history: PatientHistory, calendar: Calendar, thresholds: Thresholds,
                 now: datetime, *, first_day: date | None = None,
                 last_day: date | None = None) -> None:
        self.history = history
        self.calendar = calendar
        self.now = now
        self.today = clinic_day(now, calendar.tz)
        self.first = first_day or history.start or self.today
        self.last = min(last_day or self.today, self.today)
        self.run = _Run(history, thresholds.hold_days)
        self.away: dict[date, Absence] = {}  # away_on, for each day of the walk

    @property
    def holds(self) -> tuple[Hold, ...]:
        return tuple(self.run.holds)

    @property
    def open_hold(self) -> Hold | None:
        return self.run.open_hold

    def __iter__(self) -> Iterator[DayAssessment]:
        history, calendar, now, run = self.history, self.calendar, self.now, self.run
        start = history.start
        run.reviews_until(day_bounds(self.first, calendar.tz)[0] - timedelta(microseconds=1))
        run.reset()
        versions = CoveringVersions(history.prescriptions)
        self.away = away_by_day(history.absences, self.first, self.last)
        day = self.first
        while day <= self.last:
            yield self._day(day, start, versions)
            day += timedelta(days=1)
        run.reviews_until(now)

    def _day(self, day: date, start: date | None, versions: CoveringVersions
             ) -> DayAssessment:
        history, calendar, now, run = self.history, self.calendar, self.now, self.run
        windows = calendar.windows(day)
        before_start = start is None or day < start
        away = None if before_start else self.away.get(day)
        sessions = []
        dosed = False
        covering = versions.on(day)  # the day's, once for its sessions
        for window in windows:
            starts, ends = window.bounds(day, calendar.tz)
            moment = min(ends, now)
            run.reviews_until(moment)
            rx = current_version(covering, day, ends)
            outcome = history.outcomes.get((day, window.number))
            due = (not before_start and rx is not None and window.number in rx.sessions
                   and history.status_at(moment) is PatientStatus.ACTIVE)
            if outcome is not None and outcome.kind is OutcomeKind.DOSED:
                state = SessionState.DOSED
                dosed = True
                run.reset()
            elif outcome is not None:
                state = SessionState.WITHHELD
            elif not due:
                state = SessionState.NOT_DUE
            elif away is not None:
                state = SessionState.AWAY
            elif run.held_at(moment):
                state = SessionState.ON_HOLD
            elif now >= ends:
                state = SessionState.MISSED
            else:
                state = SessionState.DUE
            sessions.append(SessionAssessment(day, window, state, starts, ends, rx, outcome,
                                              away if state is SessionState.AWAY else None))
        ended = _day_end(calendar, day, windows)
        over = now >= ended
        counted = False
        inactive = None
        if over:
            run.reviews_until(ended)
            status = history.status_at(ended)
            inactive = None if status is PatientStatus.ACTIVE else status
            if not dosed and not before_start:
                if away is not None or inactive is not None:
                    run.day_away(day)
                else:
                    run.day_without_dose(day, ended)
                    counted = True
            if away is not None and away.last_day == day and inactive is None:
                run.returned(away, ended)
        return DayAssessment(day, tuple(sessions), over, dosed, counted, away, inactive)


def _day_label(day: DayAssessment | None, calendar: Calendar, when: date) -> str:
    """'02/03 missed', '03/03 withheld', '04/03 clinic closed', '05/03 not due'."""
    text = format_date(when)[:5]
    if when in calendar.closures:
        return f"{text} clinic closed"
    if day is not None and day.away is not None:
        return f"{text} {day.away.words}"
    if day is not None and day.inactive is not None:
        return f"{text} {day.inactive.value}"
    states = {s.state for s in day.sessions} if day is not None else set()
    if SessionState.MISSED in states or SessionState.ON_HOLD in states:
        return f"{text} missed"
    if SessionState.WITHHELD in states:
        return f"{text} withheld"
    return f"{text} not due"


def _flag(run: _Run, days: list[DayAssessment], thresholds: Thresholds,
          calendar: Calendar, away: Absence | None) -> Flag:
    by_day = {d.day: d for d in days}
    withheld = tuple(
        d.day for d in days
        if d.day in run.days and any(s.state is SessionState.WITHHELD for s in d.sessions)
    )

    def labels(run_days: Sequence[date]) -> str:
        return ", ".join(_day_label(by_day.get(d), calendar, d) for d in run_days)

    note = ""
    if withheld:
        note = (" A day with the dose withheld counts as a day without a dose for tolerance, "
                "though it is not a missed attendance.")
    if away is not None:
        return Flag(FlagLevel.AWAY, run.count, tuple(run.days), withheld, away.refusal, away)
    if run.open_hold is not None and run.open_hold.event:
        since = format_local(run.open_hold.held_from, calendar.tz)
        return Flag(FlagLevel.HOLD, run.count, tuple(run.days), withheld,
                    f"ON HOLD since {since} after {run.open_hold.reason_words}. Dosing is "
                    "refused until a prescriber records a review.", after_event=True)
    if run.open_hold is not None and run.open_hold.absence is not None:
        hold = run.open_hold
        since = format_local(hold.held_from, calendar.tz)
        return Flag(FlagLevel.HOLD, run.count, tuple(run.days), withheld,
                    f"ON HOLD since {since}: {hold.reason_words}, "
                    f"{len(hold.days)} days without a dose ({labels(hold.days)}). Tolerance "
                    "falls: the prescriber must review the patient before the first dose."
                    + note, hold.absence)
    if run.open_hold is not None and run.open_hold.inactive is not None:
        hold = run.open_hold
        since = format_local(hold.held_from, calendar.tz)
        return Flag(FlagLevel.HOLD, run.count, tuple(run.days), withheld,
                    f"ON HOLD since {since}: {hold.reason_words}, from "
                    f"{format_date(hold.days[0])}. Tolerance falls: the prescriber must review "
                    "the patient before the first dose." + note, returned=hold.reason_words)
    if run.open_hold is not None:
        hold = run.open_hold
        since = format_local(hold.held_from, calendar.tz)
        return Flag(FlagLevel.HOLD, run.count, tuple(run.days), withheld,
                    f"ON HOLD since {since}: {len(hold.days)} consecutive days without a dose "
                    f"({labels(hold.days)}). Dosing is refused until a prescriber records a "
                    "review." + note)
    if run.count >= thresholds.warning_days:
        return Flag(FlagLevel.WARNING, run.count, tuple(run.days), withheld,
                    f"{run.count} consecutive days without a dose ({labels(run.days)}): check "
                    "for loss of tolerance before dosing." + note)
    if run.count >= thresholds.note_days:
        return Flag(FlagLevel.NOTE, run.count, tuple(run.days), withheld,
                    f"No dose on {labels(run.days)}." + note)
    return Flag(FlagLevel.NONE)
