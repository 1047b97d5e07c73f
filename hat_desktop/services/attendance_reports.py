"""Missed doses and holds over a date range, for the team and for inspectors: the
missed-dose report (per patient), the cohort attendance grid (patients x days) and the
holds list. Computed by the rule engine from the data, like everything else."""

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import HoldReview
from hat_desktop.domain.attendance_summary import (
    CLOSED,
    CohortGrid,
    GridRow,
    Heading,
    HoldLine,
    MissedDoseReport,
    PatientMissedDoses,
    longest_run,
)
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.missed_doses import DayAssessment, DayByDay, Hold, SessionState
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action
from hat_desktop.domain.sessions import Calendar
from hat_desktop.domain.times import day_bounds
from hat_desktop.reports import cohort_grid_pdf, holds_csv, holds_pdf, missed_doses_pdf
from hat_desktop.services import attendance, holds, report_catalogue, schedule
from hat_desktop.services.exports import STOPPED, Progress, keep_going, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec, streamed
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store

MAX_REPORT_DAYS = 370  # the printed reports; their CSVs take any period (they stream)
_DUE_STATES = (SessionState.DUE, SessionState.DOSED, SessionState.WITHHELD,
               SessionState.MISSED, SessionState.ON_HOLD)


def _heading(reg: OpenRegister, actor: User, first: date, last: date) -> Heading:
    return Heading(reg.settings.clinic_name, first, last, reg.now(), actor.display,
                   reg.tz, reg.demo)


def _hold_lines(hs: Sequence[Hold], reviews: list[HoldReview], start: datetime,
                end: datetime) -> tuple[HoldLine, ...]:
    lines = []
    for h in hs:
        if not start <= h.held_from < end:
            continue
        stored, kept = h.recorded_reviews(reviews)
        lines.append(HoldLine(h.held_from, h.days, stored,
                              h.back_words, h.event, kept))
    return tuple(lines)


def _walks(reg: OpenRegister) -> tuple[list[Patient], dict[int, DayByDay]]:
    """Every patient (by clinic number), and their days from their first prescription day
    up to now, one at a time (so that "on hold now" is today's answer whatever the
    period, and no period is too long to hold)."""
    people = sorted(patient_store.all_patients(reg.db), key=lambda p: p.clinic_number)
    return people, attendance.day_walks(reg, [p.id for p in people])


def _each(people: Sequence[Patient], stage: str, progress: Progress) -> Iterator[Patient]:
    for n, p in enumerate(people):
        if not progress(stage, n, len(people)):
            raise Refused(STOPPED)
        yield p
    progress(stage, len(people), len(people))


def missed_dose_report(reg: OpenRegister, actor: User, first: date, last: date
                       ) -> MissedDoseReport:
    """Per patient: sessions due, dosed, withheld, missed, on hold; the longest run of
    days without a dose; the holds that began in the period (the printed report: a year at
    most)."""
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The missed-dose report")
    return MissedDoseReport(_heading(reg, actor, first, last),
                            tuple(_missed_rows(reg, actor, first, last)))


def _missed_rows(reg: OpenRegister, actor: User, first: date, last: date, *,
                     progress: Progress = keep_going) -> Iterator[PatientMissedDoses]:
    """The missed-dose report's rows over any period, a patient at a time."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, what="The missed-dose report")
    people, walks = _walks(reg)
    reviews = attendance_store.reviews(reg.db, [p.id for p in people])
    start, end = day_bounds(first, reg.tz)[0], day_bounds(last, reg.tz)[1]
    for p in _each(people, "Counting each patient's missed doses", progress):
        walk = walks[p.id]
        count = dict.fromkeys(SessionState, 0)
        days = _counting(walk, first, last, count)
        run, run_end = longest_run(days, first, last)  # walks to today
        due = sum(count[s] for s in _DUE_STATES)
        lines = _hold_lines(walk.holds, reviews[p.id], start, end)
        if not (due or run or lines or count[SessionState.AWAY]):
            continue
        yield PatientMissedDoses(
            p.clinic_number, p.full_name, p.status.label, due, count[SessionState.DOSED],
            count[SessionState.WITHHELD], count[SessionState.MISSED],
            count[SessionState.ON_HOLD], count[SessionState.AWAY], run, run_end, lines,
            walk.open_hold is not None)


def _counting(days: Iterable[DayAssessment], first: date, last: date,
              count: dict[SessionState, int]) -> Iterator[DayAssessment]:
    """The days as they pass, counting the states of the sessions of the period's."""
    for d in days:
        if first <= d.day <= last:
            for s in d.sessions:
                count[s.state] += 1
        yield d


def _grid_shape(reg: OpenRegister, first: date, last: date
                ) -> tuple[Calendar, tuple[date, ...], int]:
    """The calendar, the period's days and the number of sessions a day in the grid."""
    cal = schedule.calendar(reg)
    days = tuple(date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1))
    sessions = max((len(w) for w in (cal.windows(d) for d in days)), default=0) or \
        len(cal.schedules[-1].windows if cal.schedules else ())
    return cal, days, sessions


def cohort_grid(reg: OpenRegister, actor: User, first: date, last: date) -> CohortGrid:
    """Every patient against every day and session of the period (the printed grid: a year
    at most)."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The attendance grid")
    cal, days, sessions = _grid_shape(reg, first, last)
    rows = tuple(_grid_rows(reg, actor, cal, days, sessions))
    return CohortGrid(_heading(reg, actor, first, last), days, sessions,
                      frozenset(d for d in days if d in cal.closures), reg.today(), rows)


def _grid_rows(reg: OpenRegister, actor: User, cal: Calendar, days: Sequence[date],
              sessions: int, *, progress: Progress = keep_going) -> Iterator[GridRow]:
    """The grid's rows over any period (``days``), a patient at a time."""
    require(reg, actor, Action.EXPORT_REPORTS)
    first, last = days[0], days[-1]
    people, walks = _walks(reg)
    for p in _each(people, "Filling in each patient's row of the grid", progress):
        walk = walks[p.id]
        states = {d.day: {s.window.number: s.state for s in d.sessions}
                  for d in walk if first <= d.day <= last}  # walks to today
        cells: list[tuple[str | None, ...]] = []
        missed = 0
        for day in days:
            if day in cal.closures:
                cells.append((CLOSED,) * sessions)
                continue
            on_day = states.get(day, {})
            missed += sum(1 for s in on_day.values() if s is SessionState.MISSED)
            cells.append(tuple(on_day[n].value if n in on_day else None
                               for n in range(1, sessions + 1)))
        seen = {c for day_cells in cells for c in day_cells} - {None, CLOSED}
        attended = bool(seen - {SessionState.NOT_DUE.value})
        if attended or (seen and p.status is not PatientStatus.DISCHARGED):
            yield GridRow(p.clinic_number, p.full_name, tuple(cells), missed,
                          walk.open_hold is not None)


# --- the files --------------------------------------------------------------------------
def _missed_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    report = missed_dose_report(reg, actor, first, last)
    return missed_doses_pdf.to_pdf(report), len(report.rows)


def _missed_csv(reg: OpenRegister, actor: User, first: date, last: date, out: TextIO,
                progress: Progress) -> int:
    rows = _missed_rows(reg, actor, first, last, progress=progress)
    return missed_doses_pdf.write_csv(out, rows, provenance(reg, first, last))


def _grid_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    grid = cohort_grid(reg, actor, first, last)
    return cohort_grid_pdf.to_pdf(grid), len(grid.rows)


def _grid_csv(reg: OpenRegister, actor: User, first: date, last: date, out: TextIO,
              progress: Progress) -> int:
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, what="The attendance grid")
    cal, days, sessions = _grid_shape(reg, first, last)
    rows = _grid_rows(reg, actor, cal, days, sessions, progress=progress)
    return cohort_grid_pdf.write_csv(out, days, sessions, rows, provenance(reg, first, last))


def _holds_csv(reg: OpenRegister, actor: User, first: date, last: date, out: TextIO,
               progress: Progress) -> int:
    found = holds.holds_between(reg, actor, first, last, progress=progress)
    return holds_csv.write_csv(out, found, provenance(reg, first, last))


def _holds_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The holds list")
    found = holds.holds_between(reg, actor, first, last)
    return holds_pdf.to_pdf(found, _heading(reg, actor, first, last)), len(found)


MISSED_DOSES_PDF = ReportSpec(
    "missed-doses-pdf", "Missed-dose report (PDF)",
    "Per patient: sessions due, dosed, withheld, missed and on hold, the longest run of "
    "days without a dose, and every hold that began in the period with its review.",
    "pdf", "missed-doses", _missed_pdf, MAX_REPORT_DAYS)
MISSED_DOSES_CSV = streamed(
    "missed-doses-csv", "Missed-dose report (CSV)",
    "The same figures as the missed-dose report, one row per patient, for a spreadsheet: "
    "for any period, the clinic's whole history if you wish.",
    "missed-doses", _missed_csv)
COHORT_GRID_PDF = ReportSpec(
    "attendance-grid-pdf", "Cohort attendance grid (PDF)",
    "Every patient against every day and session, coloured by state, for the team "
    "meeting: up to 5 weeks on one page, a longer period a calendar month at a time.",
    "pdf", "attendance-grid", _grid_pdf, MAX_REPORT_DAYS)
COHORT_GRID_CSV = streamed(
    "attendance-grid-csv", "Cohort attendance grid (CSV)",
    "The same grid as a spreadsheet: a row per patient, a column per day and session, for "
    "any period.",
    "attendance-grid", _grid_csv)
HOLDS_PDF = ReportSpec(
    "holds-pdf", "Holds (PDF)",
    "Every hold that began in the period, reviewed or still open: the days without a dose "
    "that opened it, who reviewed it, when, the decision and any reduced dose.",
    "pdf", "holds", _holds_pdf, MAX_REPORT_DAYS)
HOLDS_CSV = streamed(
    "holds-csv", "Holds (CSV)",
    "The same holds as a spreadsheet: who reviewed each, when, the decision and the new "
    "dose; for any period.",
    "holds", _holds_csv)

REPORTS: tuple[ReportSpec, ...] = (MISSED_DOSES_PDF, MISSED_DOSES_CSV, COHORT_GRID_PDF,
                                   COHORT_GRID_CSV, HOLDS_PDF, HOLDS_CSV)


def export_holds(reg: OpenRegister, actor: User, first: date, last: date, output: Path,
                 fmt: str = "csv") -> tuple[Path, int]:
    """The holds (CSV or PDF) where the user chose (never over an existing file); audited."""
    spec = HOLDS_PDF if fmt == "pdf" else HOLDS_CSV
    return report_catalogue.save(reg, actor, spec, first, last, output)
