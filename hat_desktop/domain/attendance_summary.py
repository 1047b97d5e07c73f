"""Attendance over a period, summed up for people: the values behind the missed-dose
report and the cohort attendance grid (filled by the services, drawn by the reports)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from zoneinfo import ZoneInfo

from hat_desktop.domain.attendance import HoldReview
from hat_desktop.domain.missed_doses import DayAssessment, HoldReason, SessionState
from hat_desktop.domain.times import format_date


@dataclass(frozen=True)
class Heading:
    """What heads every page: whose report, for when, printed by whom."""

    clinic_name: str
    first: date
    last: date
    made_at: datetime
    made_by: str
    tz: ZoneInfo
    demo: bool


@dataclass(frozen=True)
class HoldLine:
    held_from: datetime
    days: tuple[date, ...]
    review: HoldReview | None
    after_absence: str = ""  # 'back from custody (02/03/2026 to 05/03/2026)'; empty: missed
    event: str = ""  # the adverse event that opened it: 'opioid overdose (E-3; naloxone given)'
    kept: tuple[HoldReview, ...] = ()  # reviews that suspended or discharged, the hold open

    @property
    def cause(self) -> str:
        return hold_cause(self.days, self.after_absence, self.event)


def hold_cause(days: Sequence[date], after_absence: str = "", event: str = "") -> str:
    """Why a hold opened, as every report says it: 'after 3 consecutive days without a
    dose', 'back from custody (…), 4 days without a dose', or 'opened by an adverse event:
    opioid overdose (E-3; naloxone given)' (an event hold counts no days: none is shown)."""
    if event:
        return f"opened by an adverse event: {event}"
    if after_absence:
        return f"{after_absence}, {len(days)} days without a dose"
    return f"after {len(days)} consecutive days without a dose"


def hold_days_text(days: Sequence[date], event: str = "") -> str:
    """The 'days without a dose' of a hold: '3: 02/03/2026, …'; an event hold says what
    opened it instead of a count of 0."""
    if event:
        return f"none counted: opened by an adverse event, {event}"
    return f"{len(days)}: " + ", ".join(format_date(d) for d in days)


@dataclass(frozen=True)
class PatientMissedDoses:
    clinic_number: str
    patient_name: str
    status: str
    sessions_due: int
    dosed: int
    withheld: int
    missed: int
    on_hold: int
    away: int  # sessions while away (custody, hospital, dosed elsewhere): not missed, not due
    longest_run: int  # consecutive days without a dose, in full, for the longest run
    longest_run_end: date | None  # that touches the period
    holds: tuple[HoldLine, ...]  # holds that began in the period
    on_hold_now: bool


@dataclass(frozen=True)
class MissedDoseReport:
    heading: Heading
    rows: tuple[PatientMissedDoses, ...]


_ATTENDABLE = (SessionState.MISSED, SessionState.WITHHELD, SessionState.ON_HOLD)


def attendable(day: DayAssessment) -> bool:
    """A day the patient could have come for a dose: a session was due (missed, withheld,
    or refused while on hold). Not a closure day, nor a day with no session due (before or
    after the prescription, suspended, or away, as the engine marks it)."""
    return any(s.state in _ATTENDABLE for s in day.sessions)


def longest_run(days: Iterable[DayAssessment], first: date, last: date
                ) -> tuple[int, date | None]:
    """The longest stretch of consecutive attendable days without a dose that touches the
    period (counted in full, even where it began before it), and its last day. A day
    without a dose that was not attendable (a closure day) neither ends the run nor adds
    to it; a dose, or a day the engine does not count (away, before the first prescription,
    discharged), ends it."""
    best: tuple[int, date | None] = (0, None)
    streak: list[date] = []
    for d in chain(days, [None]):
        if d is not None and d.counted:
            if attendable(d):
                streak.append(d.day)
            continue
        if streak and streak[-1] >= first and streak[0] <= last and len(streak) > best[0]:
            best = (len(streak), streak[-1])
        streak = []
    return best


CLOSED = "closed"


@dataclass(frozen=True)
class GridRow:
    clinic_number: str
    patient_name: str
    # per day, per session number from 1: a SessionState value, CLOSED, or None (no
    # such session that day, or a day still to come)
    cells: tuple[tuple[str | None, ...], ...]
    missed: int
    on_hold_now: bool


@dataclass(frozen=True)
class CohortGrid:
    heading: Heading
    days: tuple[date, ...]
    sessions: int  # the most sessions any day of the period has
    closures: frozenset[date]
    today: date
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class AttendanceRow:
    """One patient, session and day of the attendance record (its CSV and PDF), one per
    prescription line due in the session (services.attendance_export, the one place that
    makes them): each row has its line's prescribed mg for the session, and the rows of a
    session share its state. A closure day is one row per patient whose prescription
    covered it, with no session, the state CLOSED and the closure's reason."""

    day: date
    session: int | None  # None: a closure day (no sessions)
    clinic_number: str
    patient_name: str
    state: str  # dosed, withheld, missed, on_hold, not_due, due, closed
    mg_prescribed: int | None
    mg_administered: int | None
    mg_wasted: int | None = None
    register_entries: tuple[str, ...] = ()  # "DIAM100:12": section code and entry number
    at: datetime | None = None  # when the dose was given or withheld
    staff_id: int | None = None
    staff: str = ""
    witness_id: int | None = None
    witness: str = ""
    reason: str = ""  # why withheld (or given less, or outside the window); a closure's
    sedation_score: int | None = None  # the pre-dose assessment
    breath_alcohol: int | None = None  # µg per 100 ml of breath
    assessment_note: str = ""
    observed_until: datetime | None = None  # the post-dose observation
    released_at: datetime | None = None
    released_by_id: int | None = None
    released_by: str = ""
    release_check: str = ""
    # A session of several prescription lines has one row per line due (issue 16).
    line: int | None = None
    drug: str = ""  # the drug of the row's prescription line (or of the prescription)
    route: str = ""
    site: str = ""
    take_home: bool | None = None
    # A line topped up in the session: the top-up has a row of its own (top_up) after the
    # first injection's, and both rows give the line's total for the session.
    top_up: bool = False
    session_total_mg: int | None = None
    # A line withheld in a dose of the session's other lines: the row's state is the
    # session's (dosed), its reason the line's, and nothing of it was given (0 mg).
    line_withheld: bool = False
    # and the coded reason it was withheld (domain.session_withholdings.line_withheld_code:
    # a WithholdReason value, or not_recorded), for a file that carries no free text; on
    # the rows of a session withheld as a whole, that withholding's (withholding_code)
    withheld_code: str = ""


@dataclass(frozen=True)
class HoldRecord:
    """A hold, reviewed or still open (the holds CSV)."""

    clinic_number: str
    patient_name: str
    held_from: datetime
    days: tuple[date, ...]
    review: HoldReview | None
    # a reduced re-titration dose in mg per session, when the new version is one line with
    # the same dose in every session (None otherwise: see new_dose)
    new_dose_mg: int | None = None
    new_dose_from: date | None = None  # and the day it starts
    event: str = ""  # the adverse event that opened it (no days counted), in words
    # the new version's doses in words: "90 mg per session", or every line's
    # ("Diamorphine 100/80 mg IV + Methadone 30 mg oral, take-home")
    new_dose: str = ""
    kept: tuple[HoldReview, ...] = ()  # reviews that suspended or discharged, the hold open
    reason: HoldReason = HoldReason.MISSED_DOSES  # what opened it
