"""Missed doses and holds over a date range, for the team and for inspectors: the
missed-dose report (per patient), the cohort attendance grid (patients x days) and the
holds list. Computed by the rule engine from the data, like everything else."""

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

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
from hat_desktop.domain.missed_doses import Assessment, DayAssessment, Hold, SessionState
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds
from hat_desktop.reports import cohort_grid_pdf, holds_csv, holds_pdf, missed_doses_pdf
from hat_desktop.services import attendance, holds, report_catalogue, schedule
from hat_desktop.services.exports import provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store

MAX_REPORT_DAYS = 370
_DUE_STATES = (SessionState.DUE, SessionState.DOSED, SessionState.WITHHELD,
               SessionState.MISSED, SessionState.ON_HOLD)


def _heading(reg: OpenRegister, actor: User, first: date, last: date) -> Heading:
    return Heading(reg.settings.clinic_name, first, last, reg.now(), actor.display,
                   reg.tz, reg.demo)


def _in_range(days: Sequence[DayAssessment], first: date, last: date) -> list[DayAssessment]:
    return [d for d in days if first <= d.day <= last]


def _hold_lines(hs: Sequence[Hold], reviews: list[HoldReview], start: datetime,
                end: datetime) -> tuple[HoldLine, ...]:
    lines = []
    for h in hs:
        if not start <= h.held_from < end:
            continue
        stored = next((r for r in reviews if h.review is not None
                       and r.reviewed_at == h.review.at), None)
        lines.append(HoldLine(h.held_from, h.days, stored,
                              h.reason_words if h.absence is not None else "", h.event))
    return tuple(lines)


def _patients_and_assessments(reg: OpenRegister
                              ) -> tuple[dict[int, Patient], dict[int, Assessment]]:
    """Every patient, assessed from their first prescription day up to now (so that
    "on hold now" is today's answer whatever the period)."""
    people = {p.id: p for p in patient_store.all_patients(reg.db)}
    return people, attendance.assess_full(reg, list(people))


def missed_dose_report(reg: OpenRegister, actor: User, first: date, last: date
                       ) -> MissedDoseReport:
    """Per patient: sessions due, dosed, withheld, missed, on hold; the longest run of
    days without a dose; the holds that began in the period."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The missed-dose report")
    people, assessed = _patients_and_assessments(reg)
    reviews = attendance_store.reviews(reg.db, list(people))
    start, end = day_bounds(first, reg.tz)[0], day_bounds(last, reg.tz)[1]
    rows = []
    for pid, a in assessed.items():
        p = people[pid]
        sessions = [s for d in _in_range(a.days, first, last) for s in d.sessions]
        count = {state: sum(1 for s in sessions if s.state is state) for state in SessionState}
        due = sum(count[s] for s in _DUE_STATES)
        run, run_end = longest_run(a.days, first, last)
        lines = _hold_lines(a.holds, reviews[pid], start, end)
        if not (due or run or lines or count[SessionState.AWAY]):
            continue
        rows.append(PatientMissedDoses(
            p.clinic_number, p.full_name, p.status.label, due, count[SessionState.DOSED],
            count[SessionState.WITHHELD], count[SessionState.MISSED],
            count[SessionState.ON_HOLD], count[SessionState.AWAY], run, run_end, lines,
            a.open_hold is not None))
    rows.sort(key=lambda r: r.clinic_number)
    return MissedDoseReport(_heading(reg, actor, first, last), tuple(rows))


def cohort_grid(reg: OpenRegister, actor: User, first: date, last: date) -> CohortGrid:
    """Every patient against every day and session of the period."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The attendance grid")
    cal = schedule.calendar(reg)
    days = tuple(date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1))
    sessions = max((len(w) for w in (cal.windows(d) for d in days)), default=0) or \
        len(cal.schedules[-1].windows if cal.schedules else ())
    people, assessed = _patients_and_assessments(reg)
    rows = []
    for pid, a in assessed.items():
        by_day = {d.day: d for d in a.days}
        cells: list[tuple[str | None, ...]] = []
        missed = 0
        for day in days:
            if day in cal.closures:
                cells.append((CLOSED,) * sessions)
                continue
            assessed_day = by_day.get(day)
            states = {s.window.number: s.state for s in assessed_day.sessions} \
                if assessed_day else {}
            missed += sum(1 for s in states.values() if s is SessionState.MISSED)
            cells.append(tuple(states[n].value if n in states else None
                               for n in range(1, sessions + 1)))
        seen = {c for day_cells in cells for c in day_cells} - {None, CLOSED}
        attended = bool(seen - {SessionState.NOT_DUE.value})
        if attended or (seen and people[pid].status is not PatientStatus.DISCHARGED):
            rows.append(GridRow(people[pid].clinic_number, people[pid].full_name,
                                tuple(cells), missed, a.open_hold is not None))
    rows.sort(key=lambda r: r.clinic_number)
    return CohortGrid(_heading(reg, actor, first, last), days, sessions,
                      frozenset(d for d in days if d in cal.closures), reg.today(),
                      tuple(rows))


# --- the files --------------------------------------------------------------------------
def _missed_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    report = missed_dose_report(reg, actor, first, last)
    return missed_doses_pdf.to_pdf(report), len(report.rows)


def _missed_csv(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    report = missed_dose_report(reg, actor, first, last)
    return missed_doses_pdf.to_csv(report), len(report.rows)


def _grid_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    grid = cohort_grid(reg, actor, first, last)
    return cohort_grid_pdf.to_pdf(grid), len(grid.rows)


def _grid_csv(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    grid = cohort_grid(reg, actor, first, last)
    return cohort_grid_pdf.to_csv(grid), len(grid.rows)


def _holds_csv(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The holds list")
    found = holds.holds_between(reg, actor, first, last)
    return holds_csv.to_csv(found, provenance(reg, first, last)), len(found)


def _holds_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    DateRange.checked(first, last, max_days=MAX_REPORT_DAYS, what="The holds list")
    found = holds.holds_between(reg, actor, first, last)
    return holds_pdf.to_pdf(found, _heading(reg, actor, first, last)), len(found)


MISSED_DOSES_PDF = ReportSpec(
    "missed-doses-pdf", "Missed-dose report (PDF)",
    "Per patient: sessions due, dosed, withheld, missed and on hold, the longest run of "
    "days without a dose, and every hold that began in the period with its review.",
    "pdf", "missed-doses", _missed_pdf, MAX_REPORT_DAYS)
MISSED_DOSES_CSV = ReportSpec(
    "missed-doses-csv", "Missed-dose report (CSV)",
    "The same figures as the missed-dose report, one row per patient, for a spreadsheet.",
    "csv", "missed-doses", _missed_csv, MAX_REPORT_DAYS)
COHORT_GRID_PDF = ReportSpec(
    "attendance-grid-pdf", "Cohort attendance grid (PDF)",
    "Every patient against every day and session, coloured by state, for the team "
    "meeting: up to 5 weeks on one page, a longer period a calendar month at a time.",
    "pdf", "attendance-grid", _grid_pdf, MAX_REPORT_DAYS)
COHORT_GRID_CSV = ReportSpec(
    "attendance-grid-csv", "Cohort attendance grid (CSV)",
    "The same grid as a spreadsheet: a row per patient, a column per day and session.",
    "csv", "attendance-grid", _grid_csv, MAX_REPORT_DAYS)
HOLDS_PDF = ReportSpec(
    "holds-pdf", "Holds (PDF)",
    "Every hold that began in the period, reviewed or still open: the days without a dose "
    "that opened it, who reviewed it, when, the decision and any reduced dose.",
    "pdf", "holds", _holds_pdf, MAX_REPORT_DAYS)
HOLDS_CSV = ReportSpec(
    "holds-csv", "Holds (CSV)",
    "The same holds as a spreadsheet: who reviewed each, when, the decision and the new "
    "dose.",
    "csv", "holds", _holds_csv, MAX_REPORT_DAYS)

REPORTS: tuple[ReportSpec, ...] = (MISSED_DOSES_PDF, MISSED_DOSES_CSV, COHORT_GRID_PDF,
                                   COHORT_GRID_CSV, HOLDS_PDF, HOLDS_CSV)


def export_holds(reg: OpenRegister, actor: User, first: date, last: date, output: Path,
                 fmt: str = "csv") -> tuple[Path, int]:
    """The holds (CSV or PDF) where the user chose (never over an existing file); audited."""
    spec = HOLDS_PDF if fmt == "pdf" else HOLDS_CSV
    return report_catalogue.save(reg, actor, spec, first, last, output)
