"""Session states, flags and holds for patients, computed live by the rule engine,
and today's board built from them."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind, HoldReview, observe_until
from hat_desktop.domain.doses_given import dose_figure, other_drug_top_up
from hat_desktop.domain.missed_doses import (
    KEEPS_THE_HOLD,
    Assessment,
    DayByDay,
    EventHold,
    Flag,
    FlagLevel,
    LabelledState,
    Outcome,
    Outcomes,
    PatientHistory,
    Review,
    SessionAssessment,
    SessionState,
    StatusChange,
    assess,
    reactivations,
)
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.prescriptions import (
    Prescription,
    changed_from,
    current_version,
    dose_change_words,
)
from hat_desktop.domain.roles import Action
from hat_desktop.domain.safety import AdverseEvent
from hat_desktop.domain.sessions import Calendar, Window
from hat_desktop.domain.times import clinic_day, day_bounds, format_date, format_local
from hat_desktop.services import schedule
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import absences as absence_store
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import safety as safety_store

Versions = dict[int, list[Prescription]]
Reviews = dict[int, list[HoldReview]]
Absences = dict[int, list[Absence]]
Events = dict[int, list[AdverseEvent]]
Statuses = dict[int, list[StatusChange]]
STRETCH_DAYS = 92  # a walk through a whole history reads a patient's doses a quarter at a time


class _OutcomesRead:
    """One patient's doses and withholdings, read STRETCH_DAYS at a time as the engine
    walks forward through the days: a walk through years never holds more than that."""

    def __init__(self, reg: OpenRegister, patient_id: int) -> None:
        self._db = reg.db
        self._pid = patient_id
        self._span: tuple[date, date] | None = None
        self._found: dict[tuple[date, int], Outcome] = {}

    def get(self, key: tuple[date, int], /) -> Outcome | None:
        day = key[0]
        if self._span is None or not self._span[0] <= day <= self._span[1]:
            self._span = (day, day + timedelta(days=STRETCH_DAYS - 1))
            self._found = attendance_store.outcomes(self._db, [self._pid], *self._span)[
                self._pid]
        return self._found.get(key)


def histories(reg: OpenRegister, patient_ids: list[int], first: date, last: date, *,
              versions: Versions | None = None, reviews: Reviews | None = None,
              absences: Absences | None = None, events: Events | None = None,
              statuses: Statuses | None = None, streamed: bool = False
              ) -> dict[int, PatientHistory]:
    """Everything the engine needs about these patients, outcomes from ``first`` to ``last``
    (``versions``, ``reviews``, ``absences``, ``events`` and ``statuses``: when the caller
    has read them already); ``streamed``: the outcomes are read a stretch at a time as they
    are asked for, whatever ``first`` and ``last``."""
    db = reg.db
    versions = rx_store.versions(db, patient_ids) if versions is None else versions
    statuses = patient_store.status_history(db, patient_ids) if statuses is None else statuses
    outcomes: dict[int, Outcomes] = (
        {pid: _OutcomesRead(reg, pid) for pid in patient_ids} if streamed
        else dict(attendance_store.outcomes(db, patient_ids, first, last)))
    reviews = attendance_store.reviews(db, patient_ids) if reviews is None else reviews
    away = absence_store.for_patients(db, patient_ids) if absences is None else absences
    events = safety_store.events_of(db, patient_ids) if events is None else events
    return {
        pid: PatientHistory(
            patient_id=pid,
            prescriptions=tuple(versions[pid]),
            statuses=tuple(statuses[pid]),
            outcomes=outcomes[pid],
            reviews=tuple(Review(r.reviewed_at, r.decision.value, r.reviewer_name)
                          for r in reviews[pid]),
            absences=tuple(away[pid]),
            event_holds=tuple(EventHold(e.recorded_at, e.hold_reason)
                              for e in events[pid] if e.hold_reason),
        )
        for pid in patient_ids
    }


def assess_current(reg: OpenRegister, patient_ids: list[int], *, since: date | None = None,
                   versions: Versions | None = None, calendar: Calendar | None = None,
                   absences: Absences | None = None, events: Events | None = None
                   ) -> dict[int, Assessment]:
    """Each patient's states up to now, covering at least the days from ``since``
    (default today). The scan starts at the patient's last dose or review that lifted a
    hold (resumed or re-titrated) on or before ``since`` (the run and any hold restart
    there), provided no hold was open when that day began and the patient was not made
    active again that day; so it stays fast on a five-year register and gives the
    same answer as a scan from the very start. ``versions`` (the patients' prescriptions),
    ``calendar``, ``absences`` and ``events`` (adverse events): when the caller has read them
    already."""
    if not patient_ids:
        return {}
    today = reg.today()
    need = min(since or today, today)
    last_doses = attendance_store.last_dose_days(reg.db, patient_ids, on_or_before=need)
    reviews = attendance_store.reviews(reg.db, patient_ids)
    statuses = patient_store.status_history(reg.db, patient_ids)
    if versions is None:
        versions = rx_store.versions(reg.db, patient_ids)
    starts: dict[int, date] = {}
    for pid in patient_ids:
        # A day is a safe start only if no hold was open when it began. A hold open at
        # the start of a review's day (and so of any dose after that review, the same
        # day) means that day's sessions before the review were on hold, not missed.
        # Nor is a day the patient was made active again: the days without a dose before
        # it (while suspended or discharged) may open a hold then.
        held_at_start = {
            day for day in (clinic_day(r.reviewed_at, reg.tz) for r in reviews[pid])
            if any(r.held_from <= day_bounds(day, reg.tz)[0]
                   and clinic_day(r.reviewed_at, reg.tz) == day for r in reviews[pid])
        } | {clinic_day(at, reg.tz) for at in reactivations(statuses[pid])}
        candidates = [min((rx.start_date for rx in versions[pid]), default=need)]
        dose_day = last_doses.get(pid)
        while dose_day is not None and dose_day in held_at_start:
            earlier = attendance_store.last_dose_days(reg.db, [pid],
                                                      on_or_before=dose_day - timedelta(days=1))
            dose_day = earlier.get(pid)
        if dose_day is not None:
            candidates.append(dose_day)
        reviewed = {clinic_day(r.reviewed_at, reg.tz) for r in reviews[pid]
                    if r.decision not in KEEPS_THE_HOLD}  # a suspension resets nothing
        candidates.extend(d for d in reviewed - held_at_start if d <= need)
        starts[pid] = min(max(candidates), need)
    found = histories(reg, patient_ids, min(starts.values()), today, versions=versions,
                      reviews=reviews, absences=absences, events=events, statuses=statuses)
    cal = calendar or schedule.calendar(reg)
    limits = schedule.thresholds(reg)
    now = reg.now()
    return {pid: assess(found[pid], cal, limits, now, first_day=starts[pid], last_day=today)
            for pid in patient_ids}


def assess_full(reg: OpenRegister, patient_ids: list[int], last: date | None = None
                ) -> dict[int, Assessment]:
    """From each patient's first prescription day: for grids and reports."""
    today = reg.today()
    last_day = min(last or today, today)
    found = histories(reg, patient_ids, date(2000, 1, 1), last_day)
    cal = schedule.calendar(reg)
    limits = schedule.thresholds(reg)
    now = reg.now()
    return {pid: assess(h, cal, limits, now, last_day=last_day) for pid, h in found.items()}


def day_walks(reg: OpenRegister, patient_ids: list[int], last: date | None = None, *,
              versions: Versions | None = None, streamed: bool = True
              ) -> dict[int, DayByDay]:
    """assess_full one day at a time, holding no day: each patient's days from their first
    prescription day to ``last`` (default and at most today), their doses read a stretch at
    a time; for files over a whole history (the memory used does not grow with it).
    ``streamed`` False: every dose read at once (faster for a few patients' figures)."""
    today = reg.today()
    last_day = min(last or today, today)
    found = histories(reg, patient_ids, last_day if streamed else date(2000, 1, 1), last_day,
                      versions=versions, streamed=streamed)
    cal = schedule.calendar(reg)
    limits = schedule.thresholds(reg)
    now = reg.now()
    return {pid: DayByDay(h, cal, limits, now, last_day=last_day) for pid, h in found.items()}


# --- today's board ----------------------------------------------------------------------
class BoardState(LabelledState):
    """A session's state (SessionState, same values) and what the day adds to it."""

    NOT_DUE = "not_due"
    DUE = "due"
    CHECKED_IN = "checked_in"
    IN_OBSERVATION = "in_observation"
    DOSED = "dosed"
    WITHHELD = "withheld"
    MISSED = "missed"
    ON_HOLD = "on_hold"
    AWAY = "away"


@dataclass(frozen=True)
class BoardCell:
    window: Window
    state: BoardState
    detail: str = ""
    dose_change: str = ""


@dataclass(frozen=True)
class BoardRow:
    patient: Patient
    flag: Flag
    prescription: Prescription | None
    cells: tuple[BoardCell, ...]
    expiry_warning: str = ""


@dataclass(frozen=True)
class Board:
    day: date
    now: datetime
    windows: tuple[Window, ...]
    rows: tuple[BoardRow, ...]
    current: Window | None
    closes_at: datetime | None
    next_window: Window | None
    counts: dict[BoardState, int] = field(default_factory=dict)
    still_to_attend: tuple[Patient, ...] = ()

    @property
    def focus(self) -> Window | None:
        """The session the counts are about: the open one, else the next one."""
        return self.current or self.next_window


def _session_events(
    events: Iterable[AttendanceEvent],
) -> dict[tuple[int, int], list[AttendanceEvent]]:
    grouped: dict[tuple[int, int], list[AttendanceEvent]] = {}
    for e in events:
        grouped.setdefault((e.patient_id, e.session), []).append(e)
    return grouped


def checked_in(events: list[AttendanceEvent]) -> AttendanceEvent | None:
    """The open check-in of a session (not cancelled), if any."""
    current = None
    for e in events:
        if e.kind is EventKind.CHECKED_IN:
            current = e
        elif e.kind is EventKind.CHECK_IN_CANCELLED:
            current = None
    return current


def _cell(reg: OpenRegister, window: Window, state: SessionState, events: list[AttendanceEvent]
          ) -> BoardCell:
    tz = reg.tz
    doses = [e for e in events if e.kind is EventKind.DOSED]
    withheld = next((e for e in events if e.kind is EventKind.WITHHELD), None)
    if doses:
        released = any(e.kind is EventKind.RELEASED for e in events)
        given = dose_cell_text(doses, tz)
        if not released:
            until = observe_until(doses[-1], reg.settings.observation_minutes)
            over = reg.now() >= until
            return BoardCell(window, BoardState.IN_OBSERVATION, f"{given}; " +
                             ("release check due" if over
                              else f"observe until {format_local(until, tz)[-5:]}"))
        return BoardCell(window, BoardState.DOSED, given)
    if withheld is not None:
        return BoardCell(window, BoardState.WITHHELD,
                         f"withheld at {format_local(withheld.at, tz)[-5:]}")
    if state in (SessionState.DUE,) and checked_in(events) is not None:
        return BoardCell(window, BoardState.CHECKED_IN, "checked in")
    return BoardCell(window, BoardState(state.value))


def dose_cell_text(doses: list[AttendanceEvent], tz: ZoneInfo) -> str:
    """'180 mg at 09:20', or with a top-up the session's total and both injections:
    '180 mg: 140 at 09:20 + top-up 40 at 09:45'. The total is the prescription's drug's; a
    top-up of a line of another drug is named apart, never added to it: '200 mg at 09:20 +
    top-up 20 mg Methadone hydrochloride at 09:45'."""
    def at(dose: AttendanceEvent) -> str:
        return format_local(dose.at, tz)[-5:]

    first, rest = doses[0], doses[1:]
    mine = [d for d in rest if other_drug_top_up(d) is None]
    others = "".join(f" + top-up {dose_figure(d)} at {at(d)}" for d in rest
                     if other_drug_top_up(d) is not None)
    if not mine:
        return f"{dose_figure(first)} at {at(first)}{others}"
    total = sum(d.mg_administered or 0 for d in (first, *mine))
    parts = [f"{first.mg_administered} at {at(first)}"] + [
        f"top-up {d.mg_administered} at {at(d)}" for d in mine]
    return f"{total} mg: {' + '.join(parts)}{others}"


def _away_cell(cell: BoardCell, session: SessionAssessment | None) -> BoardCell:
    """An away session says why: 'Away · custody'."""
    if cell.state is BoardState.AWAY and session is not None and session.absence is not None:
        return BoardCell(cell.window, cell.state, session.absence.reason.label)
    return cell


def dose_changed_from(reg: OpenRegister, versions: list[Prescription], rx: Prescription | None,
                      newest_doses: Iterable[AttendanceEvent] | None = None
                      ) -> Prescription | None:
    """The version whose dose ``rx`` changed, until the first dose under ``rx`` was given,
    whenever that was (the newest dose tells): for the board and the check-in card alike.
    ``newest_doses``: the patient's newest doses, when the caller has read them already."""
    if rx is None or changed_from(rx, versions, ()) is None:
        return None
    if newest_doses is None:
        newest_doses = attendance_store.recent_doses(reg.db, rx.patient_id, limit=1)
    return changed_from(rx, versions, newest_doses)


def board(reg: OpenRegister, actor: User) -> Board:
    """Every active patient against today's sessions."""
    require(reg, actor, Action.VIEW_PATIENTS)
    now = reg.now()
    today = reg.today()
    cal = schedule.calendar(reg)
    windows = cal.windows(today)
    patients = patient_store.all_patients(reg.db, (PatientStatus.ACTIVE,))
    ids = [p.id for p in patients]
    versions = rx_store.versions(reg.db, ids)
    assessed = assess_current(reg, ids, versions=versions, calendar=cal)
    events = _session_events(attendance_store.events_between(reg.db, today, today, ids))
    warn_days = reg.settings.expiry_warning_days
    rows = []
    for p in patients:
        a = assessed[p.id]
        rx = current_version(versions[p.id], today, now + timedelta(microseconds=1))
        before = dose_changed_from(reg, versions[p.id], rx)
        change = (f"dose changed {dose_change_words(before, rx)}"
                  if before is not None and rx is not None else "")
        cells: list[BoardCell] = []
        for w in windows:
            sa = a.session(today, w.number)
            state = sa.state if sa else SessionState.NOT_DUE
            cell = _away_cell(_cell(reg, w, state, events.get((p.id, w.number), [])), sa)
            if change and cell.state in (BoardState.DUE, BoardState.CHECKED_IN) and not any(
                c.dose_change for c in cells
            ):
                cell = BoardCell(cell.window, cell.state, cell.detail, change)
            cells.append(cell)
        expiry = (f"prescription ends {format_date(rx.end_date)}"
                  if rx is not None and rx.ending_soon(today, warn_days) is not None else "")
        rows.append(BoardRow(p, a.flag, rx, tuple(cells), expiry))
    rows.sort(key=lambda r: (r.flag.level is not FlagLevel.HOLD, r.patient.full_name))
    current = cal.window_at(now)
    current_window = current[1] if current else None
    closes = current_window.bounds(today, cal.tz)[1] if current_window else None
    upcoming = [w for w in windows if w.bounds(today, cal.tz)[0] > now]
    next_window = upcoming[0] if upcoming else None
    focus = current_window or next_window
    counts = {state: 0 for state in BoardState}
    still: list[Patient] = []
    if focus is not None:
        for row in rows:
            cell = row.cells[focus.number - 1]
            counts[cell.state] += 1
            if cell.state in (BoardState.DUE, BoardState.CHECKED_IN):
                still.append(row.patient)
    return Board(today, now, windows, tuple(rows), current_window, closes, next_window, counts,
                 tuple(still))


def login_alerts(reg: OpenRegister, actor: User) -> list[str]:
    """What a member of staff must see at login: yesterday's missed sessions, holds."""
    require(reg, actor, Action.VIEW_PATIENTS)
    yesterday = reg.today() - timedelta(days=1)
    patients = patient_store.all_patients(reg.db, (PatientStatus.ACTIVE,))
    by_id = {p.id: p for p in patients}
    assessed = assess_current(reg, list(by_id), since=yesterday)
    lines = []
    missed = [
        f"{by_id[pid].label} (session {s.window.number})"
        for pid, a in assessed.items() for d in a.days if d.day == yesterday
        for s in d.sessions if s.state is SessionState.MISSED
    ]
    if missed:
        lines.append(f"Missed yesterday ({format_date(yesterday)}): " + "; ".join(missed) + ".")
    held = [by_id[pid].label for pid, a in assessed.items() if a.open_hold is not None]
    if held:
        lines.append("On hold until a prescriber reviews them: " + "; ".join(held) + ".")
    return lines
