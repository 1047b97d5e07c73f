"""The attendance record for a date range: one row per patient, session and day (and
per prescription line due, under a prescription of several lines: given, withheld or
missed), with the pre-dose assessment, the dose and its waste, who gave and witnessed
it, the post-dose observation, and the closure days (shown as closed, never as missed)."""

import heapq
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import (
    AttendanceEvent,
    EventKind,
    WithholdingCorrection,
    observe_until,
)
from hat_desktop.domain.attendance_summary import CLOSED, AttendanceRow
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.doses_given import line_given_in_session
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.missed_doses import (
    DayByDay,
    PatientHistory,
    SessionAssessment,
    SessionState,
)
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.prescriptions import Prescription, Route, current_version
from hat_desktop.domain.roles import Action
from hat_desktop.domain.session_withholdings import (
    Fate,
    SessionWithholdings,
    is_line_withheld,
    line_withheld_code,
    line_withheld_label,
    session_withholdings,
    withheld_at_words,
    withholding_code,
)
from hat_desktop.domain.times import day_bounds, format_local
from hat_desktop.reports import attendance_report
from hat_desktop.services import attendance, report_catalogue, schedule
from hat_desktop.services.exports import STOPPED, Progress, keep_going, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec, streamed
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store

WHAT = "attendance"
MAX_DAYS = 370  # the printed record; the CSV takes any period (its rows stream)
STAGE = "Writing the attendance record"
Key = tuple[date, int, str]


class _Lookups:
    """What the rows name: users and prescriptions by id."""

    def __init__(self, reg: OpenRegister, versions: dict[int, list[Prescription]]) -> None:
        self.names = {u.id: u.display for u in users_store.all_users(reg.db)}
        self.rx = {rx.id: rx for found in versions.values() for rx in found}
        self.observation_minutes = reg.settings.observation_minutes
        self.tz = reg.tz

    def name(self, user_id: int | None) -> str:
        return self.names.get(user_id, "") if user_id is not None else ""


class _PatientEvents:
    """One patient's attendance events, the register entries they name and the corrections
    of withholdings recorded in error, read a stretch of days at a time as the rows go
    forward (a whole history is never held)."""

    def __init__(self, reg: OpenRegister, patient_id: int) -> None:
        self._db = reg.db
        self._pid = patient_id
        self._span: tuple[date, date] | None = None
        self._by_session: dict[tuple[date, int], list[AttendanceEvent]] = {}
        self.entries: dict[int, tuple[str, int]] = {}
        self.corrected: dict[int, WithholdingCorrection] = {}

    def at(self, day: date, session: int) -> list[AttendanceEvent]:
        if self._span is None or not self._span[0] <= day <= self._span[1]:
            self._span = (day, day + timedelta(days=attendance.STRETCH_DAYS - 1))
            found = attendance_store.events_between(self._db, *self._span, [self._pid])
            self._by_session = {}
            for e in found:
                self._by_session.setdefault((e.day, e.session), []).append(e)
            self.entries = register_store.entry_numbers(
                self._db, sorted({i for e in found for i in e.entry_ids}))
            self.corrected = attendance_store.withholding_corrections(
                self._db, [e.id for e in found if e.kind is EventKind.WITHHELD])
        return self._by_session.get((day, session), [])


def rows_between(reg: OpenRegister, actor: User, first: date, last: date, *,
                 closures: bool = False) -> list[AttendanceRow]:
    """Every patient, session and day from ``first`` to ``last`` (at most MAX_DAYS: for
    the printed record and the evaluation extract); with ``closures``, a row per patient
    (whose prescription covered it) for each closure day too."""
    DateRange.checked(first, last, max_days=MAX_DAYS, what="An export of attendance")
    return list(iter_rows(reg, actor, first, last, closures=closures))


def iter_rows(reg: OpenRegister, actor: User, first: date, last: date, *,
              closures: bool = False, progress: Progress = keep_going
              ) -> Iterator[AttendanceRow]:
    """The same rows over any period, made as they are read, in order of day, session and
    clinic number: each patient's days are walked one at a time (attendance.day_walks) and
    the patients merged, so no more than a stretch of days is held, whatever the period.
    ``progress`` hears of each day; it may stop the rows (Refused)."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, what="An export of attendance")
    people = {p.id: p for p in patient_store.all_patients(reg.db)}
    versions = rx_store.versions(reg.db, list(people))
    walks = attendance.day_walks(reg, list(people), last, versions=versions)
    look = _Lookups(reg, versions)
    closed = ({day: why for day, why in schedule.closures(reg).items() if first <= day <= last}
              if closures else {})
    merged = heapq.merge(*(_patient_rows(reg, people[pid], walk, first, last, look, closed)
                           for pid, walk in walks.items()), key=_order)
    total = (last - first).days + 1
    seen: date | None = None
    for row in merged:
        if row.day != seen:
            seen = row.day
            if not progress(STAGE, (row.day - first).days, total):
                raise Refused(STOPPED)
        yield row
    progress(STAGE, total, total)


def _order(row: AttendanceRow) -> Key:
    return row.day, row.session or 0, row.clinic_number


def _patient_rows(reg: OpenRegister, patient: Patient, walk: DayByDay, first: date,
                  last: date, look: _Lookups, closed: dict[date, str]
                  ) -> Iterator[AttendanceRow]:
    """One patient's rows of the period, in order of day and session (a closure day's row
    first): the walk runs from the patient's first prescription day, for the run and holds
    it carries into the period."""
    events = _PatientEvents(reg, patient.id)
    for d in walk:
        if d.day < first:
            continue
        if d.day in closed:
            yield from _closure_row(reg, patient, walk.history, d.day, closed[d.day])
        for s in d.sessions:
            if s.state is SessionState.NOT_DUE and s.prescription is None:
                continue
            yield from _session_rows(patient, s, events.at(d.day, s.window.number), events,
                                     look)
    for day in sorted(day for day in closed if day > walk.last):  # closure days to come
        yield from _closure_row(reg, patient, walk.history, day, closed[day])


def _closure_row(reg: OpenRegister, patient: Patient, history: PatientHistory, day: date,
                 why: str) -> Iterator[AttendanceRow]:
    """A closure day's row, for a patient who was active on a prescription that day."""
    end = day_bounds(day, reg.tz)[1]
    if history.status_at(end) is PatientStatus.ACTIVE and \
            current_version(list(history.prescriptions), day, end):
        yield AttendanceRow(day=day, session=None, clinic_number=patient.clinic_number,
                            patient_name=patient.full_name, state=CLOSED,
                            mg_prescribed=None, mg_administered=None,
                            reason=f"Clinic closed: {why}")


def _session_rows(patient: Patient, s: SessionAssessment, evs: list[AttendanceEvent],
                  events: _PatientEvents, look: _Lookups) -> list[AttendanceRow]:
    """A session's rows (one per line due: _line_rows), each saying what became of the
    session's withholdings that are not its outcome."""
    fates = session_withholdings(evs, events.corrected)
    outcome = fates.outcome
    rx = _session_rx(s, outcome, look)
    rows = _line_rows(_row(patient, s, evs, outcome, rx, look, events.entries), s, evs,
                      outcome if fates.dosed else None, rx, look, events.entries)
    note = _other_withholdings(fates, events.corrected, look)
    if not note or s.absence is not None:
        return rows
    return [r if r.top_up else replace(r, reason="; ".join(t for t in (r.reason, note) if t))
            for r in rows]


def _other_withholdings(fates: SessionWithholdings,
                        corrected: dict[int, WithholdingCorrection], look: _Lookups) -> str:
    """The session's withholdings that are not its outcome, in words, so that none is lost
    from the record: one the patient was re-assessed after, and one recorded in error."""
    parts = []
    for e, fate in fates.others():
        at = format_local(e.at, look.tz)[-5:]
        fix = corrected.get(e.id)
        parts.append(
            f"Re-assessed after the dose was {withheld_at_words(e, at, with_note=True)}"
            if fate is Fate.REASSESSED or fix is None
            else f"The withholding at {at} was recorded in error (corrected by "
                 f"{fix.recorded_by_name}, witnessed by {fix.witness_name}: {fix.note})")
    return "; ".join(parts)


def _reason(outcome: AttendanceEvent | None, line: dict[str, Any] | None = None) -> str:
    """Why the session went as it did; for ``line`` (one line of a dose), that line's own
    reason for less, not another line's."""
    if outcome is None:
        return ""
    d = outcome.details
    if outcome.kind is EventKind.WITHHELD:
        reason = str(d.get("reason_label") or "")
        return reason + (f": {d['note']}" if d.get("note") else "")
    less = d.get("less_reason") if line is None else line.get("less_reason")
    parts = [less, d.get("less_note") if less or line is None else None]
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


def _session_rx(s: SessionAssessment, outcome: AttendanceEvent | None, look: _Lookups
                ) -> Prescription | None:
    """The prescription the session's dose (or withholding) was recorded under (a dose
    outside the window too), else the one in force for the session."""
    rx = look.rx.get(outcome.prescription_id) if outcome and outcome.prescription_id else None
    if rx is None and s.prescription is not None and s.window.number in s.prescription.sessions:
        rx = s.prescription
    return rx


def _row(patient: Patient, s: SessionAssessment, evs: list[AttendanceEvent],
         outcome: AttendanceEvent | None, rx: Prescription | None, look: _Lookups,
         entries: dict[int, tuple[str, int]]) -> AttendanceRow:
    """The session's row, before it is made one per line due (_line_rows)."""
    release = next((e for e in evs if e.kind is EventKind.RELEASED), None)
    dosed = outcome is not None and outcome.kind is EventKind.DOSED
    details = outcome.details if outcome is not None else {}
    return AttendanceRow(
        day=s.day, session=s.window.number, clinic_number=patient.clinic_number,
        patient_name=patient.full_name, state=s.state.value,
        mg_prescribed=rx.dose_mg if rx is not None else None,
        drug=rx.drug if rx is not None else "",
        mg_administered=outcome.mg_administered if outcome is not None else None,
        mg_wasted=outcome.mg_wasted if outcome is not None else None,
        register_entries=tuple(f"{code}:{number}" for code, number in (
            entries[i] for i in (outcome.entry_ids if outcome else ()) if i in entries)),
        at=outcome.at if outcome is not None else None,
        staff_id=outcome.by_user if outcome is not None else None,
        staff=look.name(outcome.by_user if outcome is not None else None),
        witness_id=outcome.witness_id if outcome is not None else None,
        witness=look.name(outcome.witness_id if outcome is not None else None),
        reason=_reason(outcome) if s.absence is None else _away(s),
        withheld_code=(withholding_code(outcome) if outcome is not None
                       and outcome.kind is EventKind.WITHHELD else ""),
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
               dose: AttendanceEvent | None, rx: Prescription | None, look: _Lookups,
               entries: dict[int, tuple[str, int]]) -> list[AttendanceRow]:
    """One row per prescription line due in the session, with the line's own prescribed
    mg for that session, whatever became of it: a line given, with its mg, route, site,
    whether it was taken home, its register entries and the waste of its own ampoules (so
    that the rows add up, and a drug's waste is never put against another drug); a line
    withheld in a dose of its other lines, with its reason and nothing given; and with no
    dose (withheld, missed, on hold, away, due), the session's row for each line. The rows
    share the session's state: a session is counted once. A dose recorded before
    prescriptions had lines is one row; so is a session without a dose under a
    prescription of one line (its mg the line's for the session, the line not named).
    ``dose``: the session's dose (not a top-up), as session_withholdings found it."""
    records = {int(r["line"]): r for r in (dose.details.get("lines") or [])} if dose else {}
    if dose is not None and not records:
        return [row]
    if dose is None and (rx is None or len(rx.lines) == 1):
        return [_one_line(row, rx, s.window.number)]
    due = [line.position for line in rx.lines_due(s.window.number)] if rx is not None else []
    positions = due + [n for n in records if n not in due]  # a dose of lines not due: kept
    found: list[AttendanceRow] = []
    for position in positions:
        line = rx.line(position) if rx is not None else None
        record = records.get(position)
        base = replace(row, line=position, route=line.route.short if line else "",
                       drug=line.drug if line else str((record or {}).get("drug") or row.drug),
                       mg_prescribed=line.dose_for(s.window.number) if line else None)
        if dose is None:
            found.append(base)
        elif record is None:  # none should exist: the dose's check records every line due
            found.append(replace(base, mg_administered=None, mg_wasted=None,
                                 register_entries=(), reason="Not in the session's dose record"))
        elif not is_line_withheld(record):
            first = not any(r.mg_administered for r in found)
            found.append(_given_row(base, s, dose, record, entries, first))
        else:
            found.append(replace(
                base, mg_administered=0, mg_wasted=None, register_entries=(),
                route=Route(record["route"]).short, line_withheld=True,
                withheld_code=line_withheld_code(record),
                reason=_line_withheld(record) if s.absence is None else row.reason))
    top_ups = [e for e in evs if e.kind is EventKind.DOSED and e.is_top_up]
    if found and top_ups:
        return _with_top_ups(found, evs, top_ups, look, entries)
    return found or [row]


def _one_line(row: AttendanceRow, rx: Prescription | None, session: int) -> AttendanceRow:
    """A session without a dose under a prescription of one line: its row, with the line's
    dose for that session (a line may prescribe each session its own)."""
    mg = rx.lines[0].dose_for(session) if rx is not None and rx.lines else None
    return replace(row, mg_prescribed=mg) if mg is not None else row


def _given_row(base: AttendanceRow, s: SessionAssessment, dose: AttendanceEvent,
               given: dict[str, Any], entries: dict[int, tuple[str, int]], first: bool
               ) -> AttendanceRow:
    """A line's row of the dose it was given in (``first``: the dose's first line given)."""
    ids = [int(i) for i in given.get("entry_ids") or ()]
    named = tuple(f"{code}:{number}" for code, number in (
        entries[i] for i in ids if i in entries))
    return replace(
        base, mg_administered=int(given["mg"]), mg_wasted=_line_waste(given, base, first),
        register_entries=named or base.register_entries, route=Route(given["route"]).short,
        site=str(given.get("site") or ""), take_home=bool(given.get("take_home")),
        reason=_reason(dose, given) if s.absence is None else base.reason)


def _line_withheld(record: dict[str, Any]) -> str:
    """Why a line of a dose was withheld: 'Withheld: Unwell: note'."""
    return (f"Withheld: {line_withheld_label(record)}"
            + (f": {record['note']}" if record.get("note") else ""))


def _line_waste(given: dict[str, Any], row: AttendanceRow, first: bool) -> int | None:
    """The waste of one line's ampoules (None: nothing opened, a line taken by mouth). A
    record without it (none should exist) keeps the dose's waste on its first row."""
    if "mg_wasted" not in given:
        return row.mg_wasted if first else None
    return int(given["mg_wasted"]) if Route(given["route"]).injected else None


def _with_top_ups(rows: list[AttendanceRow], evs: list[AttendanceEvent],
                  top_ups: list[AttendanceEvent], look: _Lookups,
                  entries: dict[int, tuple[str, int]]) -> list[AttendanceRow]:
    """After the row of each line topped up in the session, the top-up's own row (its
    time, staff, witness, reassessment, site, entries and observation); both rows give the
    line's total for the session."""
    out: list[AttendanceRow] = []
    for row in rows:
        mine = [t for t in top_ups if t.top_up_line == row.line]
        if not mine:
            out.append(row)
            continue
        extra = [_top_up_row(row, t, look, entries) for t in mine]
        total = line_given_in_session(evs, row.line) if row.line is not None else None
        out.extend(replace(r, session_total_mg=total) for r in [row, *extra])
    return out


def _top_up_row(row: AttendanceRow, t: AttendanceEvent, look: _Lookups,
                entries: dict[int, tuple[str, int]]) -> AttendanceRow:
    given = (t.details.get("lines") or [{}])[0]
    d = t.details
    return replace(
        row, at=t.at, staff_id=t.by_user, staff=look.name(t.by_user), witness_id=t.witness_id,
        witness=look.name(t.witness_id), mg_administered=int(given.get("mg") or 0),
        mg_wasted=t.mg_wasted, register_entries=tuple(
            f"{code}:{number}" for code, number in (
                entries[i] for i in t.entry_ids if i in entries)),
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


def _render_pdf(reg: OpenRegister, actor: User, first: date, last: date
                ) -> tuple[bytes, int]:
    rows = rows_between(reg, actor, first, last, closures=True)
    return attendance_report.to_pdf(rows, reg.settings.clinic_name, first, last,
                                    demo=reg.demo, tz=reg.tz, printed_by=actor.display,
                                    printed_at=reg.now()), len(rows)


def _write_csv(reg: OpenRegister, actor: User, first: date, last: date, out: TextIO,
               progress: Progress) -> int:
    rows = iter_rows(reg, actor, first, last, closures=True, progress=progress)
    return attendance_report.write_csv(out, rows, provenance(reg, first, last))


# For the Reports page (services.report_catalogue): the same rows printed (a year at most)
# and as a CSV of any period.
ATTENDANCE_PDF = ReportSpec(
    "attendance-pdf", "Attendance record (PDF)",
    "One row per patient, session and day: the pre-dose assessment, the dose given and "
    "wasted (with its register entries), who gave and witnessed it, the post-dose "
    "observation, withholdings with their reasons, missed sessions and closure days; totals "
    "per patient and for the period at the end.",
    "pdf", WHAT, _render_pdf, MAX_DAYS)
ATTENDANCE_CSV = streamed(
    "attendance-csv", "Attendance record (CSV)",
    "The same rows as a spreadsheet, for any period: the clinic's whole history if you wish.",
    WHAT, _write_csv)
REPORTS: tuple[ReportSpec, ...] = (ATTENDANCE_PDF, ATTENDANCE_CSV)


def _spec(fmt: str) -> ReportSpec:
    if fmt not in ("csv", "pdf"):
        raise InvalidInput("The format is csv or pdf.")
    return ATTENDANCE_PDF if fmt == "pdf" else ATTENDANCE_CSV


def render(reg: OpenRegister, actor: User, first: date, last: date, fmt: str
           ) -> tuple[bytes, int]:
    """The attendance record's file contents (CSV or PDF) and its number of rows."""
    return _spec(fmt).render(reg, actor, first, last)


def export(reg: OpenRegister, actor: User, first: date, last: date, fmt: str, output: Path,
           *, progress: Progress | None = None) -> tuple[Path, int]:
    """Write the attendance record as CSV (as its rows are made, with ``progress``) or PDF
    where the user chose; audited."""
    return report_catalogue.save(reg, actor, _spec(fmt), first, last, output,
                                 progress=progress)
