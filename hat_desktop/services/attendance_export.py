"""The attendance record for a date range: one row per patient, session and day (and
per prescription line given, when a dose was of several lines), with the pre-dose
assessment, the dose and its waste, who gave and witnessed it, the post-dose
observation, and the closure days (shown as closed, never as missed)."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind, observe_until
from hat_desktop.domain.attendance_summary import CLOSED, AttendanceRow
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.missed_doses import PatientHistory, SessionAssessment, SessionState
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.prescriptions import Prescription, Route, current_version
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds
from hat_desktop.reports import attendance_report
from hat_desktop.services import attendance, schedule
from hat_desktop.services.exports import export_rendered, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store

MAX_DAYS = 370
Key = tuple[int, date, int]


class _Lookups:
    """What the rows name: users, prescriptions by id, entries by section and number."""

    def __init__(self, reg: OpenRegister, events: Sequence[AttendanceEvent],
                 versions: dict[int, list[Prescription]]) -> None:
        self.names = {u.id: u.display for u in users_store.all_users(reg.db)}
        self.rx = {rx.id: rx for found in versions.values() for rx in found}
        ids = sorted({i for e in events for i in e.entry_ids})
        self.entries = register_store.entry_numbers(reg.db, ids)
        self.observation_minutes = reg.settings.observation_minutes

    def name(self, user_id: int | None) -> str:
        return self.names.get(user_id, "") if user_id is not None else ""


def rows_between(reg: OpenRegister, actor: User, first: date, last: date, *,
                 closures: bool = False) -> list[AttendanceRow]:
    """Every patient, session and day from ``first`` to ``last``; with ``closures``, a row
    per patient (whose prescription covered it) for each closure day too."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, max_days=MAX_DAYS, what="An export of attendance")
    people = {p.id: p for p in patient_store.all_patients(reg.db)}
    assessed = attendance.assess_full(reg, list(people), last)
    found = attendance_store.events_between(reg.db, first, last)
    events: dict[Key, list[AttendanceEvent]] = {}
    for e in found:
        events.setdefault((e.patient_id, e.day, e.session), []).append(e)
    versions = rx_store.versions(reg.db, list(people))
    look = _Lookups(reg, found, versions)
    rows = []
    for pid, a in assessed.items():
        for d in a.days:
            if not first <= d.day <= last:
                continue
            for s in d.sessions:
                if s.state is SessionState.NOT_DUE and s.prescription is None:
                    continue
                evs = events.get((pid, d.day, s.window.number), [])
                rows.extend(_line_rows(_row(people[pid], s, evs, look), s, evs, look))
    if closures:
        rows.extend(_closure_rows(reg, people, versions, first, last))
    rows.sort(key=lambda r: (r.day, r.session or 0, r.clinic_number))
    return rows


def _closure_rows(reg: OpenRegister, people: dict[int, Patient],
                  versions: dict[int, list[Prescription]], first: date, last: date
                  ) -> list[AttendanceRow]:
    """A row per closure day and patient who was active on a prescription that day."""
    closed = {day: why for day, why in schedule.closures(reg).items() if first <= day <= last}
    if not closed:
        return []
    statuses = patient_store.status_history(reg.db, list(people))
    rows = []
    for day, why in sorted(closed.items()):
        end = day_bounds(day, reg.tz)[1]
        for pid, patient in people.items():
            status = PatientHistory(pid, (), tuple(statuses[pid]), {}).status_at(end)
            if status is PatientStatus.ACTIVE and current_version(versions[pid], day, end):
                rows.append(AttendanceRow(day=day, session=None,
                                          clinic_number=patient.clinic_number,
                                          patient_name=patient.full_name, state=CLOSED,
                                          mg_prescribed=None, mg_administered=None,
                                          reason=f"Clinic closed: {why}"))
    return rows


def _outcome(evs: list[AttendanceEvent]) -> AttendanceEvent | None:
    """The session's dose, else its (last) withholding: a withholding followed by a
    re-assessment and a dose is a dosed session."""
    dosed = next((e for e in evs if e.kind is EventKind.DOSED), None)
    withheld = [e for e in evs if e.kind is EventKind.WITHHELD]
    return dosed or (withheld[-1] if withheld else None)


def _reason(outcome: AttendanceEvent | None) -> str:
    if outcome is None:
        return ""
    d = outcome.details
    if outcome.kind is EventKind.WITHHELD:
        reason = str(d.get("reason_label") or "")
        return reason + (f": {d['note']}" if d.get("note") else "")
    parts = [d.get("less_reason"), d.get("less_note")]
    if d.get("override"):
        parts.append(f"Outside the session window: {d['override']}"
                     + (f" (authorised by {d['override_by']})" if d.get("override_by") else ""))
    return "; ".join(str(p) for p in parts if p)


def _away(s: SessionAssessment) -> str:
    """Away, not missed: why ('away: custody', with the note recorded)."""
    assert s.absence is not None
    return s.absence.words + (f": {s.absence.note}" if s.absence.note else "")


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _row(patient: Patient, s: SessionAssessment, evs: list[AttendanceEvent], look: _Lookups
         ) -> AttendanceRow:
    outcome = _outcome(evs)
    # The prescription the dose was given under (a dose outside the window too), else
    # the one in force for the session.
    rx = look.rx.get(outcome.prescription_id) if outcome and outcome.prescription_id else None
    if rx is None and s.prescription is not None and s.window.number in s.prescription.sessions:
        rx = s.prescription
    release = next((e for e in evs if e.kind is EventKind.RELEASED), None)
    dosed = outcome is not None and outcome.kind is EventKind.DOSED
    details = outcome.details if outcome is not None else {}
    return AttendanceRow(
        day=s.day, session=s.window.number, clinic_number=patient.clinic_number,
        patient_name=patient.full_name, state=s.state.value,
        mg_prescribed=rx.dose_mg if rx is not None else None,
        mg_administered=outcome.mg_administered if outcome is not None else None,
        mg_wasted=outcome.mg_wasted if outcome is not None else None,
        register_entries=tuple(f"{code}:{number}" for code, number in (
            look.entries[i] for i in (outcome.entry_ids if outcome else ())
            if i in look.entries)),
        at=outcome.at if outcome is not None else None,
        staff_id=outcome.by_user if outcome is not None else None,
        staff=look.name(outcome.by_user if outcome is not None else None),
        witness_id=outcome.witness_id if outcome is not None else None,
        witness=look.name(outcome.witness_id if outcome is not None else None),
        reason=_reason(outcome) if s.absence is None else _away(s),
        sedation_score=_int(details.get("sedation_score")),
        breath_alcohol=_int(details.get("breath_alcohol")),
        assessment_note=str(details.get("observation") or ""),
        observed_until=(observe_until(outcome, look.observation_minutes)
                        if outcome is not None and dosed else None),
        released_at=release.at if release is not None else None,
        released_by_id=release.by_user if release is not None else None,
        released_by=look.name(release.by_user if release is not None else None),
        release_check=_release_text(release),
    )


def _line_rows(row: AttendanceRow, s: SessionAssessment, evs: list[AttendanceEvent],
               look: _Lookups) -> list[AttendanceRow]:
    """A dose of prescription lines: one row per line given, with its mg, route, site,
    whether it was taken home and its register entries; the dose's waste (of the ampoules
    opened) stays on the first line's row, so that the rows add up."""
    dose = next((e for e in evs if e.kind is EventKind.DOSED), None)
    lines = dose.details.get("lines") if dose is not None else None
    if not lines:
        return [row]
    top_ups = [e for e in evs if e.kind is EventKind.DOSED and e.is_top_up]
    rx = s.prescription
    found: list[AttendanceRow] = []
    for given in lines:
        if not given.get("mg"):
            continue
        line = rx.line(int(given["line"])) if rx is not None else None
        ids = [int(i) for i in given.get("entry_ids") or ()]
        entries = tuple(f"{code}:{number}" for code, number in (
            look.entries[i] for i in ids if i in look.entries))
        found.append(replace(
            row, mg_prescribed=line.dose_for(s.window.number) if line else None,
            mg_administered=int(given["mg"]), mg_wasted=row.mg_wasted if not found else None,
            register_entries=entries or row.register_entries, line=int(given["line"]),
            route=Route(given["route"]).short, site=str(given.get("site") or ""),
            take_home=bool(given.get("take_home"))))
    return _with_top_ups(found, top_ups, look) if found and top_ups else (found or [row])


def _with_top_ups(rows: list[AttendanceRow], top_ups: list[AttendanceEvent], look: _Lookups
                  ) -> list[AttendanceRow]:
    """After the row of each line topped up in the session, the top-up's own row (its
    time, staff, witness, reassessment, site, entries and observation); both rows give the
    line's total for the session."""
    out: list[AttendanceRow] = []
    for row in rows:
        mine = [t for t in top_ups if t.top_up_line == row.line]
        if not mine:
            out.append(row)
            continue
        extra = [_top_up_row(row, t, look) for t in mine]
        total = (row.mg_administered or 0) + sum(r.mg_administered or 0 for r in extra)
        out.extend(replace(r, session_total_mg=total) for r in [row, *extra])
    return out


def _top_up_row(row: AttendanceRow, t: AttendanceEvent, look: _Lookups) -> AttendanceRow:
    given = (t.details.get("lines") or [{}])[0]
    d = t.details
    return replace(
        row, at=t.at, staff_id=t.by_user, staff=look.name(t.by_user), witness_id=t.witness_id,
        witness=look.name(t.witness_id), mg_administered=int(given.get("mg") or 0),
        mg_wasted=t.mg_wasted, register_entries=tuple(
            f"{code}:{number}" for code, number in (
                look.entries[i] for i in t.entry_ids if i in look.entries)),
        site=str(given.get("site") or ""), reason="Top-up after observation",
        sedation_score=_int(d.get("sedation_score")),
        breath_alcohol=_int(d.get("breath_alcohol")),
        assessment_note=str(d.get("observation") or ""),
        observed_until=observe_until(t, look.observation_minutes), top_up=True)


def _release_text(release: AttendanceEvent | None) -> str:
    if release is None:
        return ""
    text = str(release.details.get("check") or "")
    if release.details.get("early_reason"):
        text += f" (ended early: {release.details['early_reason']})"
    return text.strip()


def render(reg: OpenRegister, actor: User, first: date, last: date, fmt: str
           ) -> tuple[bytes, int]:
    """The attendance record's file contents (CSV or PDF) and its number of rows."""
    if fmt not in ("csv", "pdf"):
        raise InvalidInput("The format is csv or pdf.")
    rows = rows_between(reg, actor, first, last, closures=True)
    if fmt == "csv":
        data = attendance_report.to_csv(rows, provenance(reg, first, last))
    else:
        data = attendance_report.to_pdf(rows, reg.settings.clinic_name, first, last,
                                        demo=reg.demo, tz=reg.tz,
                                        printed_by=actor.display, printed_at=reg.now())
    return data, len(rows)


def export(reg: OpenRegister, actor: User, first: date, last: date, fmt: str, output: Path
           ) -> tuple[Path, int]:
    """Write the attendance record as CSV or PDF where the user chose; audited."""
    return export_rendered(reg, actor, lambda c, a, f, t: render(c, a, f, t, fmt), first, last,
                           output, what="attendance", fmt=fmt)


# For the Reports page (services.report_catalogue): the same two files.
REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("attendance-pdf", "Attendance record (PDF)",
               "One row per patient, session and day: the pre-dose assessment, the dose "
               "given and wasted (with its register entries), who gave and witnessed it, the "
               "post-dose observation, withholdings with their reasons, missed sessions and "
               "closure days; totals per patient and for the period at the end.",
               "pdf", "attendance", lambda c, a, f, t: render(c, a, f, t, "pdf"), MAX_DAYS),
    ReportSpec("attendance-csv", "Attendance record (CSV)",
               "The same rows as a spreadsheet.",
               "csv", "attendance", lambda c, a, f, t: render(c, a, f, t, "csv"), MAX_DAYS),
)
