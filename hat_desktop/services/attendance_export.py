"""The attendance record for a date range: one row per patient, session and day (and
per prescription line given, when a dose was of several lines)."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.attendance_summary import AttendanceRow
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.missed_doses import SessionAssessment, SessionState
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import Route
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import format_local
from hat_desktop.reports import attendance_report
from hat_desktop.services import attendance
from hat_desktop.services.exports import write_export
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import users as users_store

MAX_DAYS = 370


def rows_between(reg: OpenRegister, actor: User, first: date, last: date) -> list[AttendanceRow]:
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, max_days=MAX_DAYS, what="An export of attendance")
    people = {p.id: p for p in patient_store.all_patients(reg.db)}
    assessed = attendance.assess_full(reg, list(people), last)
    events: dict[tuple[int, date, int], list[AttendanceEvent]] = {}
    for e in attendance_store.events_between(reg.db, first, last):
        events.setdefault((e.patient_id, e.day, e.session), []).append(e)
    names = {u.id: u.display for u in users_store.all_users(reg.db)}
    rows = []
    for pid, a in sorted(assessed.items(), key=lambda kv: people[kv[0]].clinic_number):
        for d in a.days:
            if not first <= d.day <= last:
                continue
            for s in d.sessions:
                if s.state is SessionState.NOT_DUE and s.prescription is None:
                    continue
                rows.extend(_line_rows(_row(reg, people[pid], s, events.get(
                    (pid, d.day, s.window.number), []), names), s, events.get(
                    (pid, d.day, s.window.number), [])))
    rows.sort(key=lambda r: (r.day, r.session, r.clinic_number))
    return rows


def _row(reg: OpenRegister, patient: Patient, s: SessionAssessment, evs: list[AttendanceEvent],
         names: dict[int, str]) -> AttendanceRow:
    outcome = next((e for e in evs if e.kind in (EventKind.DOSED, EventKind.WITHHELD)), None)
    rx = s.prescription
    reason = ""
    if outcome is not None and outcome.kind is EventKind.WITHHELD:
        reason = str(outcome.details.get("reason_label") or "")
        if outcome.details.get("note"):
            reason += f": {outcome.details['note']}"
    elif outcome is not None:
        parts = [outcome.details.get("less_reason"), outcome.details.get("override")]
        reason = "; ".join(str(p) for p in parts if p)
    if s.absence is not None:  # away, not missed: why
        reason = s.absence.words + (f": {s.absence.note}" if s.absence.note else "")
    entry_ids = outcome.entry_ids if outcome is not None else ()
    return AttendanceRow(
        day=s.day, session=s.window.number, clinic_number=patient.clinic_number,
        patient_name=patient.full_name,
        state=s.state.value,
        mg_prescribed=rx.dose_mg if rx is not None and s.window.number in rx.sessions else None,
        mg_administered=outcome.mg_administered if outcome is not None else None,
        register_entry_id=entry_ids[0] if entry_ids else None,
        time=format_local(outcome.at, reg.tz) if outcome is not None else "",
        iso_time=(outcome.at.astimezone(reg.tz).isoformat(timespec="seconds")
                  if outcome is not None else ""),
        staff=names.get(outcome.by_user, "") if outcome is not None else "",
        witness=names.get(outcome.witness_id, "") if outcome and outcome.witness_id else "",
        reason=reason,
        register_entry_ids=";".join(str(i) for i in entry_ids),
    )


def _line_rows(row: AttendanceRow, s: SessionAssessment, evs: list[AttendanceEvent]
               ) -> list[AttendanceRow]:
    """A dose of prescription lines: one row per line given, with its mg, route, site,
    whether it was taken home and its register entries."""
    dose = next((e for e in evs if e.kind is EventKind.DOSED), None)
    lines = dose.details.get("lines") if dose is not None else None
    if not lines:
        return [row]
    rx = s.prescription
    found = []
    for given in lines:
        if not given.get("mg"):
            continue
        line = rx.line(int(given["line"])) if rx is not None else None
        ids = [int(i) for i in given.get("entry_ids") or ()]
        found.append(replace(
            row, mg_prescribed=line.dose_for(s.window.number) if line else None,
            mg_administered=int(given["mg"]),
            register_entry_id=ids[0] if ids else row.register_entry_id,
            register_entry_ids=";".join(str(i) for i in ids) or row.register_entry_ids,
            line=int(given["line"]), route=Route(given["route"]).short,
            site=str(given.get("site") or ""), take_home=bool(given.get("take_home"))))
    return found or [row]


def render(reg: OpenRegister, actor: User, first: date, last: date, fmt: str
           ) -> tuple[bytes, int]:
    """The attendance record's file contents (CSV or PDF) and its number of rows."""
    rows = rows_between(reg, actor, first, last)
    if fmt == "csv":
        data = attendance_report.to_csv(rows)
    elif fmt == "pdf":
        data = attendance_report.to_pdf(rows, reg.settings.clinic_name, first, last,
                                        demo=reg.demo, tz=reg.tz,
                                        printed_by=actor.display, printed_at=reg.now())
    else:
        raise InvalidInput("The format is csv or pdf.")
    return data, len(rows)


def export(reg: OpenRegister, actor: User, first: date, last: date, fmt: str, output: Path
           ) -> tuple[Path, int]:
    """Write the attendance record as CSV or PDF where the user chose; audited."""
    data, count = render(reg, actor, first, last, fmt)
    path = write_export(reg, actor, output, data, what="attendance", format=fmt,
                        first=first.isoformat(), last=last.isoformat(), rows=count)
    return path, count


# For the Reports page (services.report_catalogue): the same two files.
REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("attendance-pdf", "Attendance record (PDF)",
               "One row per patient, session and day: due, checked in, dosed (with the mg "
               "and the register entry), withheld, missed or on hold.",
               "pdf", "attendance", lambda c, a, f, t: render(c, a, f, t, "pdf"), MAX_DAYS),
    ReportSpec("attendance-csv", "Attendance record (CSV)",
               "The same rows as a spreadsheet.",
               "csv", "attendance", lambda c, a, f, t: render(c, a, f, t, "csv"), MAX_DAYS),
)
