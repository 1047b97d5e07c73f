"""Adverse events: an overdose, a seizure, a fall... recorded by a nurse with what was done
(naloxone, oxygen, rescue breaths, CPR, ambulance, transfer), the outcome and who
responded, witnessed by a second member of staff. Append-only: a correction is a note.

An event treated with naloxone or ending in a hospital transfer puts the patient on hold
until a prescriber's review: the rule engine (domain.missed_doses) opens the hold from
the stored event, so the board, the check-in card, the lock screen and the hold review
see it as they see a hold after missed days, with its own reason."""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.missed_doses import FlagLevel
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action
from hat_desktop.domain.safety import (
    AdverseEvent,
    EventDraft,
    EventFacts,
    EventNote,
    EventRecord,
    checked,
)
from hat_desktop.domain.text import clean_text
from hat_desktop.services import attendance, patients
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import safety as safety_store

log = logging.getLogger(__name__)

LATE_DAYS = 7  # an event is recorded within a week of it happening


@dataclass(frozen=True)
class CheckedEvent:
    """An event that passed every rule, not written yet: what the witness signs for."""

    patient: Patient
    facts: EventFacts

    @property
    def puts_on_hold(self) -> bool:
        return self.facts.holds


def doses_to_link(reg: OpenRegister, actor: User, patient_id: int) -> list[AttendanceEvent]:
    """The patient's doses an event may be linked to (today's and the week's), newest
    first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    today = reg.today()
    found = attendance_store.events_between(reg.db, today - timedelta(days=LATE_DAYS), today,
                                            [patient_id])
    return sorted((e for e in found if e.kind is EventKind.DOSED), key=lambda e: e.at,
                  reverse=True)


def check_event(reg: OpenRegister, actor: User, patient_id: int, draft: EventDraft
                ) -> CheckedEvent:
    """Every rule of an event, writing nothing: the screen runs it before the witness signs."""
    require(reg, actor, Action.RECORD_EVENT)
    facts = checked(draft)
    patient = patients.existing(reg, patient_id)
    now = reg.now()
    when = facts.occurred_at
    if when.tzinfo is None:
        raise InvalidInput("The time of the event has no time zone.")  # a bug, said plainly
    if when > now + timedelta(minutes=1):
        raise InvalidInput("The event's time is in the future: give the time it happened.")
    if when < now - timedelta(days=LATE_DAYS):
        raise InvalidInput(f"The event happened more than {LATE_DAYS} days ago: record it in "
                           "the patient's notes and tell the prescriber.")
    if facts.dose_event_id is not None:
        dose = attendance_store.event_by_id(reg.db, facts.dose_event_id)
        if dose is None or dose.patient_id != patient.id or dose.kind is not EventKind.DOSED:
            raise InvalidInput("The linked dose is not one of this patient's doses.")
        if dose.at > when:
            raise InvalidInput("The event happened before the linked dose: check the time, "
                               "or link no dose.")
    return CheckedEvent(patient, facts)


def record_event(reg: OpenRegister, actor: User, witness: User | None, patient_id: int,
                 draft: EventDraft) -> AdverseEvent:
    """The event, witnessed, in one transaction; audited. With naloxone or a transfer the
    patient is on hold from now until a prescriber's review."""
    with reg.db.transaction():
        found = check_event(reg, actor, patient_id, draft)
        signer = check_witness(reg, actor, witness)
        event_id = safety_store.add_event(reg.db, patient_id=found.patient.id,
                                          facts=found.facts, recorded_at=reg.now(),
                                          by_user=actor.id, witness_id=signer.id)
        reg.audit(actor, AuditAction.ADVERSE_EVENT, f"patient:{found.patient.clinic_number}",
                  event=f"E-{event_id}", kind=found.facts.kind.value,
                  witness=signer.username, on_hold=found.puts_on_hold)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=found.patient.id)
    event = safety_store.event_by_id(reg.db, event_id)
    assert event is not None
    log.info("adverse event E-%d recorded for %s", event_id, found.patient.clinic_number)
    return event


def add_note(reg: OpenRegister, actor: User, event_id: int, text: str) -> EventNote:
    """A dated, attributed note on an event: how an event is corrected or added to."""
    require(reg, actor, Action.RECORD_EVENT)
    words = clean_text(text, "note", max_length=2000, multiline=True)
    with reg.db.transaction():
        event = safety_store.event_by_id(reg.db, event_id)
        if event is None:
            raise Refused("There is no such event.")
        patient = patients.existing(reg, event.patient_id)
        note_id = safety_store.add_note(reg.db, event_id=event_id, at=reg.now(),
                                        by_user=actor.id, text=words)
        reg.audit(actor, AuditAction.ADVERSE_EVENT_NOTE, f"patient:{patient.clinic_number}",
                  event=event.number)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=patient.id)
    return next(n for n in safety_store.notes_of(reg.db, [event_id])[event_id]
                if n.id == note_id)


def patient_events(reg: OpenRegister, actor: User, patient_id: int) -> list[EventRecord]:
    """The patient's events with their notes, newest first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return safety_store.with_notes(reg.db, safety_store.events_of(reg.db,
                                                                   [patient_id])[patient_id])


def events_between(reg: OpenRegister, start: datetime, end: datetime) -> list[AdverseEvent]:
    """For another service (the day summary, the safety report): it checked the permission."""
    return safety_store.events_between(reg.db, start, end)


def held_after_event_count(reg: OpenRegister, actor: User) -> int:
    """How many active patients are on hold after an adverse event, awaiting a prescriber's
    review — a number, no names (the lock screen)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    ids = [p.id for p in patient_store.all_patients(reg.db, (PatientStatus.ACTIVE,))]
    with_events = [pid for pid, found in safety_store.events_of(reg.db, ids).items()
                   if any(e.hold_reason for e in found)]
    assessed = attendance.assess_current(reg, with_events)
    return sum(1 for a in assessed.values()
               if a.flag.level is FlagLevel.HOLD and a.flag.after_event)
