"""Who is in post-dose observation now, and when each release check falls due: the
Today page's queue, the count in the window title and on the lock screen, and the
question whether the day can be closed."""

from dataclasses import dataclass
from datetime import date, datetime

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind, observe_until
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.roles import Action
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store


@dataclass(frozen=True)
class Observed:
    """A patient dosed and not yet released."""

    patient: Patient
    session: int
    dosed_at: datetime
    due_at: datetime  # when the release check is due (fixed when the dose was given)
    due: bool  # the release check is due now


def open_doses(events: list[AttendanceEvent]) -> list[AttendanceEvent]:
    """The doses among ``events`` (one patient's or many) not yet followed by a release."""
    released = {(e.patient_id, e.day, e.session) for e in events
                if e.kind is EventKind.RELEASED}
    return [e for e in events if e.kind is EventKind.DOSED
            and (e.patient_id, e.day, e.session) not in released]


def _queue(reg: OpenRegister, day: date) -> list[Observed]:
    now = reg.now()
    minutes = reg.settings.observation_minutes
    found = []
    for dose in open_doses(attendance_store.events_between(reg.db, day, day)):
        patient = patient_store.by_id(reg.db, dose.patient_id)
        if patient is None:
            continue
        until = observe_until(dose, minutes)
        found.append(Observed(patient, dose.session, dose.at, until, now >= until))
    return sorted(found, key=lambda o: (o.due_at, o.patient.clinic_number))


def queue(reg: OpenRegister, actor: User) -> list[Observed]:
    """Today's patients in observation, the release check due first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return _queue(reg, reg.today())


def due_count(reg: OpenRegister, actor: User) -> int:
    """How many release checks are due now — a number, no names (the lock screen)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return sum(1 for o in _queue(reg, reg.today()) if o.due)


def in_observation_on(reg: OpenRegister, day: date) -> list[Observed]:
    """For another service (closing the day): the caller has checked the permission."""
    return _queue(reg, day)
