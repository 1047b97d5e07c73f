"""The end-of-day summary: per section the movements of the day, the closing balance
and the count, and the day's withheld and missed sessions."""

from datetime import date

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.day_summary import DaySummary, SectionDay
from hat_desktop.domain.missed_doses import SessionState
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.register import Entry, EntryKind
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds
from hat_desktop.services import attendance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.stock import overview
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import reconciliation as rec_store
from hat_desktop.store import register as register_store


def _units(entries: list[Entry], kind: EntryKind) -> int:
    return sum(e.quantity_in + e.quantity_out for e in entries if e.kind is kind)


def summary(reg: OpenRegister, actor: User, day: date) -> DaySummary:
    require(reg, actor, Action.VIEW_REGISTER)
    db = reg.db
    start, end = day_bounds(day, reg.tz)
    rec = rec_store.by_day(db, day)
    totals = rec.section_totals() if rec else {}
    sections = []
    for section in register_store.sections(db):
        entries = register_store.entries_in_range(db, section.id, start, end)
        if section.closed and not entries and register_store.balance(db, section.id) == 0:
            continue
        doses = [e for e in entries if e.kind is EntryKind.ADMINISTRATION]
        net = sum(e.quantity_in - e.quantity_out for e in entries)
        if section.id in totals:
            closing = totals[section.id][0]
        else:
            closing = register_store.balance_at(db, section.id, min(end, reg.now()))
        counted = totals[section.id][1] if section.id in totals else None
        sections.append(SectionDay(
            section=section, opening=closing - net,
            received=_units(entries, EntryKind.RECEIPT) + _units(entries, EntryKind.OPENING),
            doses=len(doses),
            mg_administered=sum(int(e.details.get("mg_administered", 0)) for e in doses),
            mg_wasted=sum(int(e.details.get("mg_wasted", 0)) for e in doses),
            destroyed=_units(entries, EntryKind.DESTRUCTION),
            returned=_units(entries, EntryKind.RETURN),
            corrections=sum(e.quantity_in - e.quantity_out for e in entries
                            if e.kind is EntryKind.CORRECTION),
            closing=closing, counted=counted,
            discrepancy=(counted - closing) if counted is not None and counted != closing
            else None,
        ))
    patients = {p.id: p for p in patient_store.all_patients(db)}
    withheld = tuple(
        f"{patients[e.patient_id].label}, session {e.session}: "
        f"{e.details.get('reason_label', 'withheld')}"
        for e in attendance_store.events_between(db, day, day)
        if e.kind is EventKind.WITHHELD
    )
    active = [p.id for p in patients.values() if p.status is PatientStatus.ACTIVE]
    assessed = attendance.assess_current(reg, active, since=day)
    missed = tuple(
        f"{patients[pid].label}, session {s.window.number}"
        for pid, a in assessed.items() for d in a.days if d.day == day
        for s in d.sessions if s.state is SessionState.MISSED
    )
    return DaySummary(
        day=day, clinic_name=reg.settings.clinic_name, sections=tuple(sections),
        counted_by=rec.counted_by_name if rec else None,
        witness=rec.witness_name if rec else None, withheld=withheld, missed=missed,
        expiry_warnings=tuple(w for s in overview(reg, actor) for w in s.warnings),
        demo=reg.demo,
    )
