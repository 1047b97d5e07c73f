"""Post-dose observation: who is in it now and when each release check falls due (the
Today page's queue, the count in the window title and on the lock screen, the question
whether the day can be closed); the readings taken (SpO2, respiratory rate, sedation, the
injection site); and the release check that ends it.

A reading beyond the clinic's thresholds keeps the patient in observation: the nurse takes
another reading later (record_reading) or records an adverse event; releasing on a bad
reading needs a second member of staff to confirm (check_release, then release with the
confirmer, who signs as a witness)."""

import logging
from dataclasses import dataclass
from datetime import date, datetime

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind, observe_until
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.roles import Action
from hat_desktop.domain.safety import ObservationReading, Reading, ReadingInput
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_local
from hat_desktop.services import patients, top_ups
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.services.top_up_offers import TopUpOffer, shown
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import safety as safety_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Observed:
    """A patient dosed and not yet released."""

    patient: Patient
    session: int
    dosed_at: datetime
    due_at: datetime  # when the release check is due (fixed when the dose was given)
    due: bool  # the release check is due now
    last_reading: ObservationReading | None = None
    topped_up: bool = False  # the dose observed is a top-up
    top_up: TopUpOffer | None = None  # a top-up to offer (now, or from its time)

    @property
    def top_up_now(self) -> bool:
        """A top-up may be given now."""
        return self.top_up is not None and self.top_up.available

    @property
    def staying(self) -> bool:
        """The last reading was beyond the thresholds: another reading or an event."""
        return self.last_reading is not None and bool(self.last_reading.beyond)


def open_doses(events: list[AttendanceEvent]) -> list[AttendanceEvent]:
    """The doses among ``events`` (one patient's or many, oldest first) not yet followed by
    a release: of a session with a top-up, the top-up (the observation started again)."""
    released = {(e.patient_id, e.day, e.session) for e in events
                if e.kind is EventKind.RELEASED}
    newest = {(e.patient_id, e.day, e.session): e for e in events
              if e.kind is EventKind.DOSED and (e.patient_id, e.day, e.session) not in released}
    return sorted(newest.values(), key=lambda e: e.id)


def _queue(reg: OpenRegister, day: date, *, with_top_ups: bool = False) -> list[Observed]:
    now = reg.now()
    minutes = reg.settings.observation_minutes
    found = []
    doses = open_doses(attendance_store.events_between(reg.db, day, day))
    readings = safety_store.readings_of_doses(reg.db, [d.id for d in doses])
    offers = top_ups.offers_for(reg, [d.patient_id for d in doses]) if with_top_ups else {}
    for dose in doses:
        patient = patient_store.by_id(reg.db, dose.patient_id)
        if patient is None:
            continue
        until = observe_until(dose, minutes)
        taken = readings[dose.id]
        found.append(Observed(patient, dose.session, dose.at, until, now >= until,
                              taken[-1] if taken else None, dose.is_top_up,
                              shown(offers.get(patient.id, []))))
    return sorted(found, key=lambda o: (o.due_at, o.patient.clinic_number))


def queue(reg: OpenRegister, actor: User) -> list[Observed]:
    """Today's patients in observation, the release check due first, each with the top-up
    it may have (now, or once the clinic's interval has passed)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return _queue(reg, reg.today(), with_top_ups=True)


def due_count(reg: OpenRegister, actor: User) -> int:
    """How many release checks are due now — a number, no names (the lock screen)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return sum(1 for o in _queue(reg, reg.today()) if o.due)


def in_observation_on(reg: OpenRegister, day: date) -> list[Observed]:
    """For another service (closing the day): the caller has checked the permission."""
    return _queue(reg, day)


# --- readings and the release check ---------------------------------------------------------
def _dose_in_observation(reg: OpenRegister, patient_id: int) -> AttendanceEvent:
    day = reg.today()
    doses = open_doses(attendance_store.events_between(reg.db, day, day, [patient_id]))
    if not doses:
        raise Refused("The patient is not in post-dose observation.")
    return doses[-1]


def last_reading(reg: OpenRegister, actor: User, patient_id: int) -> ObservationReading | None:
    """The newest reading of the dose the patient is being observed after (None: none yet,
    or not in observation)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    day = reg.today()
    doses = open_doses(attendance_store.events_between(reg.db, day, day, [patient_id]))
    if not doses:
        return None
    taken = safety_store.readings_of_doses(reg.db, [doses[-1].id])[doses[-1].id]
    return taken[-1] if taken else None


def record_reading(reg: OpenRegister, actor: User, patient_id: int, typed: ReadingInput,
                   note: str = "") -> ObservationReading:
    """A reading taken during observation; the patient stays in observation."""
    require(reg, actor, Action.DOSE)
    reading = typed.checked()
    text = clean_text(note, "note on the reading", max_length=500, required=False,
                      multiline=True)
    with reg.db.transaction():
        patient = patients.existing(reg, patient_id)
        dose = _dose_in_observation(reg, patient.id)
        beyond = reading.beyond(reg.settings.release_thresholds)
        reading_id = safety_store.add_reading(
            reg.db, patient_id=patient.id, dose_event_id=dose.id, at=reg.now(),
            reading=reading, beyond=beyond, released=False, by_user=actor.id, note=text)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=patient.id)
    return ObservationReading(reading_id, patient.id, dose.id, reg.now(), reading, beyond,
                              actor.id, text)


@dataclass(frozen=True)
class CheckedRelease:
    """A release check that passed every rule, not written yet. ``beyond`` not empty: the
    reading is beyond the thresholds, and a second member of staff must confirm."""

    patient: Patient
    dose: AttendanceEvent
    reading: Reading
    beyond: tuple[str, ...]
    note: str
    early_reason: str
    earlier_beyond: ObservationReading | None = None  # an earlier reading beyond them

    @property
    def needs_confirmation(self) -> bool:
        """A second member of staff confirms a release on a reading beyond the thresholds,
        and a release after one (the patient has settled: two people agree)."""
        return bool(self.beyond) or self.earlier_beyond is not None

    @property
    def refusal(self) -> str:
        """Why a second member of staff must confirm, in words."""
        if self.beyond:
            return (f"{self.patient.label} stays in observation: "
                    + "; ".join(self.beyond) + ". Take another reading later, or record an "
                    "adverse event; to release on this reading a second member of staff must "
                    "confirm, with the reason in the note.")
        assert self.earlier_beyond is not None
        return ("An earlier reading was beyond the thresholds ("
                + "; ".join(self.earlier_beyond.beyond) + "): a second member of staff "
                "confirms the release.")


def check_release(reg: OpenRegister, actor: User, patient_id: int, typed: ReadingInput,
                  note: str = "", *, early_reason: str = "") -> CheckedRelease:
    """Every rule of the release check, writing nothing: the screen runs it before asking a
    second member of staff to confirm a release on a bad reading."""
    require(reg, actor, Action.DOSE)
    reading = typed.checked()
    text = clean_text(note, "release check note", max_length=500, required=False,
                      multiline=True)
    early = clean_text(early_reason, "reason for ending the observation early",
                       max_length=300, required=False)
    patient = patients.existing(reg, patient_id)
    dose = _dose_in_observation(reg, patient.id)
    until = observe_until(dose, reg.settings.observation_minutes)
    if reg.now() < until and not early:
        raise Refused(f"Observation runs until {format_local(until, reg.tz)[-5:]} "
                      f"({reg.settings.observation_minutes} minutes after the dose); "
                      "give a reason to end it early.")
    beyond = reading.beyond(reg.settings.release_thresholds)
    earlier = [r for r in safety_store.readings_of_doses(reg.db, [dose.id])[dose.id] if r.beyond]
    return CheckedRelease(patient, dose, reading, beyond, text, early,
                          earlier[-1] if earlier else None)


def release(reg: OpenRegister, actor: User, patient_id: int, typed: ReadingInput,
            note: str = "", *, early_reason: str = "", confirmer: User | None = None
            ) -> AttendanceEvent:
    """The release check: the reading, and the end of the observation. On a reading beyond
    the thresholds only with ``confirmer`` (a second member of staff, signed in as a
    witness) and the reason in ``note``."""
    with reg.db.transaction():
        checked = check_release(reg, actor, patient_id, typed, note, early_reason=early_reason)
        signer = None
        if checked.needs_confirmation:
            if confirmer is None:
                raise Refused(checked.refusal)
            if checked.beyond and not checked.note:
                raise Refused("Releasing on a reading beyond the thresholds: write in the note "
                              "why the patient may leave.")
            signer = check_witness(reg, actor, confirmer)
        dose, now = checked.dose, reg.now()
        reading_id = safety_store.add_reading(
            reg.db, patient_id=checked.patient.id, dose_event_id=dose.id, at=now,
            reading=checked.reading, beyond=checked.beyond, released=True, by_user=actor.id,
            note=checked.note)
        event_id = attendance_store.add_event(
            reg.db, patient_id=checked.patient.id, day=dose.day, session=dose.session,
            kind=EventKind.RELEASED, at=now, by_user=actor.id,
            witness_id=signer.id if signer else None,
            details={"check": checked.note or checked.reading.text, "reading_id": reading_id,
                     "reading": checked.reading.text, "beyond": list(checked.beyond) or None,
                     "confirmed_by": signer.display if signer else None,
                     "early_reason": checked.early_reason or None},
        )
        if signer is not None:
            reg.audit(actor, AuditAction.RELEASED_DESPITE_READING,
                      f"patient:{checked.patient.clinic_number}", confirmed_by=signer.username,
                      reading=checked.reading.text, beyond=list(checked.beyond),
                      earlier_beyond=bool(checked.earlier_beyond))
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=checked.patient.id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    return event
