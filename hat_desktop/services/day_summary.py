"""The end-of-day summary: per section the movements of the day, the closing balance
and the count, the day's take-home supplies, its withheld and missed sessions (and lines
withheld within a dose, sessions withheld then re-assessed and dosed, and withholdings
recorded in error and corrected, by the attendance record's rule) and its adverse
events."""

from datetime import date, datetime

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind, WithholdingCorrection
from hat_desktop.domain.day_summary import DaySummary, SectionDay
from hat_desktop.domain.dosing import IN_PERSON
from hat_desktop.domain.missed_doses import SessionState
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.reconciliation import expiry_state
from hat_desktop.domain.register import BatchStock, Entry, EntryKind, Section
from hat_desktop.domain.roles import Action
from hat_desktop.domain.session_withholdings import (
    Fate,
    line_withheld_label,
    session_withholdings,
    withheld_at_words,
    withholding_label,
)
from hat_desktop.domain.times import day_bounds, format_local
from hat_desktop.services import attendance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.stock import BatchLine
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import reconciliation as rec_store
from hat_desktop.store import register as register_store
from hat_desktop.store import safety as safety_store


def _units(entries: list[Entry], kind: EntryKind) -> int:
    return sum(e.quantity_in + e.quantity_out for e in entries if e.kind is kind)


def _late_line(e: Entry, section: Section, reg: OpenRegister) -> str:
    """An entry written into a day after its count: what it moved, when, by whom, why."""
    moved = (f"{section.quantity(e.quantity_in)} in" if e.quantity_in else
             f"{section.quantity(e.quantity_out)} out" if e.quantity_out else "no quantity")
    why = f": {e.late_reason}" if e.late_reason else ""
    return (f"{section.code} No. {e.number}, {e.kind.label.lower()}, {moved}, written "
            f"{format_local(e.recorded_at, reg.tz)} by {e.entered_by_name}{why}")


def late_lines(reg: OpenRegister, section: Section, entries: list[Entry],
               counted_at: datetime | None) -> tuple[str, ...]:
    """The entries of a day (``entries``) written after the day's stock count."""
    if counted_at is None:
        return ()
    return tuple(_late_line(e, section, reg) for e in entries
                 if e.recorded_at > counted_at and e.kind is not EntryKind.STOCK_CHECK)


def late_after_count(reg: OpenRegister, section: Section, day: date, counted_at: datetime
                     ) -> tuple[str, ...]:
    """Entries dated ``day`` in ``section`` written after the count made at ``counted_at``."""
    start, end = day_bounds(day, reg.tz)
    return late_lines(reg, section, register_store.entries_in_range(reg.db, section.id, start,
                                                                    end), counted_at)


def section_day(reg: OpenRegister, section: Section, day: date,
                count: tuple[int, int] | None, counted_at: datetime | None) -> SectionDay:
    """The section's day as the register now stands (``count``: the register's figure and
    the count, if the day was counted, at ``counted_at``)."""
    db = reg.db
    start, end = day_bounds(day, reg.tz)
    entries = register_store.entries_in_range(db, section.id, start, end)
    opening = register_store.net_before(db, section.id, start)
    given = [e for e in entries if e.kind is EntryKind.ADMINISTRATION]
    doses = [e for e in given if not e.details.get("take_home")]  # top-ups among them
    supplies = [e for e in given if e.details.get("take_home")]
    fixes = [e for e in entries if e.kind is EntryKind.CORRECTION]
    closing = opening + sum(e.quantity_in - e.quantity_out for e in entries)
    expected, counted = count if count is not None else (None, None)
    late = late_lines(reg, section, entries, counted_at)
    return SectionDay(
        section=section, opening=opening,
        received=_units(entries, EntryKind.RECEIPT) + _units(entries, EntryKind.OPENING),
        doses=sum(not e.details.get("top_up") for e in doses),
        top_ups=sum(bool(e.details.get("top_up")) for e in doses),
        mg_administered=sum(int(e.details.get("mg_administered", 0)) for e in doses),
        mg_wasted=sum(int(e.details.get("mg_wasted", 0)) for e in doses),
        destroyed=_units(entries, EntryKind.DESTRUCTION),
        returned=_units(entries, EntryKind.RETURN),
        corrections=sum(e.quantity_in - e.quantity_out for e in fixes),
        closing=closing, counted=counted,
        discrepancy=(counted - expected) if counted is not None and expected is not None
        and counted != expected else None,
        administered=sum(e.quantity_out for e in doses),
        supplied=sum(e.quantity_out for e in supplies),
        mg_supplied=sum(int(e.details.get("mg_administered", 0)) for e in supplies),
        supplies=len(supplies),
        corrections_in=sum(e.quantity_in for e in fixes),
        corrections_out=sum(e.quantity_out for e in fixes),
        expected_at_count=expected, late=late,
    )


def expiry_as_at(reg: OpenRegister, day: date) -> tuple[str, ...]:
    """The expiry warnings of the stock held at the end of ``day``, judged on that day."""
    end = day_bounds(day, reg.tz)[1]
    warnings = []
    for section in register_store.sections(reg.db):
        for b in register_store.batches(reg.db, section.id):
            held = register_store.batch_balance_before(reg.db, section.id, b.batch, end)
            if held:
                stock = BatchStock(b.batch, b.expiry, held)
                warnings.append(BatchLine(stock, expiry_state(stock, day)).warning)
    return tuple(w for w in warnings if w)


def summary(reg: OpenRegister, actor: User, day: date) -> DaySummary:
    require(reg, actor, Action.VIEW_REGISTER)
    db = reg.db
    start, end = day_bounds(day, reg.tz)
    rec = rec_store.by_day(db, day)
    totals = rec.section_totals() if rec else {}
    sections = []
    supplies: list[str] = []
    for section in register_store.sections(db):
        if (section.closed and not register_store.count_in_range(db, section.id, start, end)
                and register_store.balance(db, section.id) == 0):
            continue
        sections.append(section_day(reg, section, day, totals.get(section.id),
                                    rec.counted_at if rec else None))
        supplies += take_home_lines(reg, section, day)
    patients = {p.id: p for p in patient_store.all_patients(db)}
    withheld, lines_withheld, reassessed, in_error = withholdings(reg, day, patients)
    active = [p.id for p in patients.values() if p.status is PatientStatus.ACTIVE]
    assessed = attendance.assess_current(reg, active, since=day)
    missed = tuple(
        f"{patients[pid].label}, session {s.window.number}"
        for pid, a in assessed.items() for d in a.days if d.day == day
        for s in d.sessions if s.state is SessionState.MISSED
    )
    events = tuple(
        f"{e.number} {format_local(e.facts.occurred_at, reg.tz)[-5:]} "
        f"{patients[e.patient_id].label}: {e.summary}"
        + ("; ON HOLD for a prescriber's review" if e.hold_reason else "")
        for e in safety_store.events_between(db, start, end)
    )
    return DaySummary(
        day=day, clinic_name=reg.settings.clinic_name, sections=tuple(sections), events=events,
        counted_by=rec.counted_by_name if rec else None,
        witness=rec.witness_name if rec else None, withheld=withheld, missed=missed,
        lines_withheld=lines_withheld, reassessed=reassessed, in_error=in_error,
        expiry_warnings=expiry_as_at(reg, day),
        demo=reg.demo, take_home=tuple(supplies),
    )


def withholdings(reg: OpenRegister, day: date, patients: dict[int, Patient]
                 ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...],
                            tuple[str, ...]]:
    """The day's withholdings by the attendance record's rule (domain.session_withholdings):
    the sessions withheld; the lines withheld within a dose of the session's other lines;
    the sessions withheld, then re-assessed and dosed; and the withholdings recorded in
    error and corrected. One recorded in error is none of the others (its session is
    missed, or dosed, as the engine counts it), yet it is listed, so that a page shows every
    withholding of the day and who corrected it (never the correction's note: the summary
    gives no withholding's note)."""
    events = attendance_store.events_between(reg.db, day, day)
    corrected = attendance_store.withholding_corrections(
        reg.db, [e.id for e in events if e.kind is EventKind.WITHHELD])
    by_session: dict[tuple[int, int], list[AttendanceEvent]] = {}
    for e in events:
        by_session.setdefault((e.patient_id, e.session), []).append(e)
    withheld: list[str] = []
    lines: list[str] = []
    reassessed: list[str] = []
    in_error: list[str] = []
    for (pid, session), evs in by_session.items():
        fates = session_withholdings(evs, corrected)
        who = f"{patients[pid].label}, session {session}"
        earlier = [withheld_at_words(e, _hhmm(reg, e))
                   for e, fate in fates.others() if fate is Fate.REASSESSED]
        if fates.withheld and fates.outcome is not None:
            withheld.append(f"{who}: {withholding_label(fates.outcome)}" + "".join(
                f"; re-assessed after it was {w}" for w in earlier))
        elif fates.dosed and fates.outcome is not None and earlier:
            reassessed.append(f"{who}: {'; '.join(earlier)}; re-assessed and dosed at "
                              f"{_hhmm(reg, fates.outcome)}")
        lines += [f"{who}: line {r.get('line', '?')} ({r.get('drug', '')}) withheld: "
                  f"{line_withheld_label(r)}; the dose's other line(s) given"
                  for r in fates.lines_withheld]
        in_error += [f"{who}: {withheld_at_words(e, _hhmm(reg, e))}; "
                     + _correction_words(reg, e, corrected[e.id])
                     for e, fate in fates.others() if fate is Fate.IN_ERROR]
    return tuple(withheld), tuple(lines), tuple(reassessed), tuple(in_error)


def _correction_words(reg: OpenRegister, e: AttendanceEvent, fix: WithholdingCorrection
                      ) -> str:
    """'recorded in error, corrected at 10:12 by A (nurse), witnessed by B (nurse)' (the
    date too when corrected on a later day)."""
    when = format_local(fix.recorded_at, reg.tz)
    if when[:10] == format_local(e.at, reg.tz)[:10]:
        when = when[-5:]
    return (f"recorded in error, corrected at {when} by {fix.recorded_by_name}, witnessed "
            f"by {fix.witness_name}")


def _hhmm(reg: OpenRegister, e: AttendanceEvent) -> str:
    return format_local(e.at, reg.tz)[-5:]


def take_home_lines(reg: OpenRegister, section: Section, day: date) -> list[str]:
    """The day's take-home supplies from ``section``: who, how much, who collected it."""
    start, end = day_bounds(day, reg.tz)
    found = []
    for e in register_store.entries_in_range(reg.db, section.id, start, end):
        d = e.details
        if e.kind is EntryKind.ADMINISTRATION and d.get("take_home"):
            who = d.get("collected_by") or IN_PERSON
            found.append(f"{d.get('clinic_number', '')} {d.get('patient_name', '')}, session "
                         f"{d.get('session', '?')}: {d.get('mg_administered', '?')} mg "
                         f"{section.drug} ({section.code} No. {e.number}), collected by "
                         f"{'the patient, in person' if who == IN_PERSON else who}")
    return found
