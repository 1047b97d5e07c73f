"""Absences: recorded by a nurse or manager with the reason and the dates, ended later by
a record of the return, or withdrawn (entered by mistake) by a witnessed note — never
erased. Each has a check (writes nothing) that the screen runs before saving (and before
asking a witness to sign) and the write runs inside its transaction. What an absence does
to sessions, flags, holds and dosing is the rule engine's (domain.missed_doses)."""

import logging
from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.absences import Absence, AbsenceReason, within_bounds
from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date
from hat_desktop.services import patients
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.store import absences as absence_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckedAbsence:
    """An absence that passed every rule, not written yet."""

    recorder: User
    patient: Patient
    reason: AbsenceReason
    first_day: date
    last_day: date | None
    note: str


@dataclass(frozen=True)
class CheckedReturn:
    recorder: User
    patient: Patient
    absence: Absence
    last_day: date
    note: str


def for_patient(reg: OpenRegister, actor: User, patient_id: int) -> list[Absence]:
    """The patient's absences, newest first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return list(reversed(absence_store.for_patients(reg.db, [patient_id])[patient_id]))


def _overlap(reg: OpenRegister, patient: Patient, first: date, last: date | None,
             but: int | None = None) -> None:
    for other in absence_store.for_patients(reg.db, [patient.id])[patient.id]:
        if other.id != but and other.overlaps(first, last):
            raise Refused(f"{patient.label} has an absence on those days already "
                          f"({other.reason.label} {other.period}): record its return, or "
                          "choose days after it.")


def _no_dose_inside(reg: OpenRegister, patient: Patient, first: date, last: date | None
                    ) -> None:
    """A dose after the first day away (the first may have a morning dose) is refused."""
    end = min(last, reg.today()) if last is not None else reg.today()
    dosed = absence_store.dose_days(reg.db, patient.id, first, end)
    later = [d for d in dosed if d > first]
    if later:
        raise Refused(f"{patient.label} was given a dose on {format_date(later[-1])}: an "
                      "absence cannot cover a day after its first with a dose.")


def check_absence(reg: OpenRegister, actor: User, patient_id: int,
                  reason: AbsenceReason | str | None, first_day: date | None,
                  last_day: date | None, note: str) -> CheckedAbsence:
    """Every rule of a new absence, writing nothing."""
    recorder = require(reg, actor, Action.RECORD_ABSENCE)
    if reason not in set(AbsenceReason):
        raise InvalidInput("Choose the reason for the absence (custody, hospital, dosed "
                           "elsewhere or other).")
    why = AbsenceReason(reason)
    text = clean_text(note, "note on the absence", max_length=500, multiline=True,
                      required=why is AbsenceReason.OTHER)
    if first_day is None:
        raise InvalidInput("Give the first day of the absence.")
    bad = within_bounds(first_day, last_day, reg.today())
    if bad:
        raise InvalidInput(bad)
    patient = patients.existing(reg, patient_id)
    if patient.status is PatientStatus.DISCHARGED:
        raise Refused(f"{patient.label} has been discharged: an absence is not recorded.")
    _overlap(reg, patient, first_day, last_day)
    _no_dose_inside(reg, patient, first_day, last_day)
    return CheckedAbsence(recorder, patient, why, first_day, last_day, text)


def record_absence(reg: OpenRegister, actor: User, patient_id: int,
                   reason: AbsenceReason | str | None, first_day: date | None,
                   last_day: date | None, note: str) -> Absence:
    with reg.db.transaction():
        c = check_absence(reg, actor, patient_id, reason, first_day, last_day, note)
        absence_id = absence_store.add(
            reg.db, patient_id=c.patient.id, reason=c.reason, first_day=c.first_day,
            last_day=c.last_day, note=c.note, at=reg.now(), by_user=c.recorder.id,
            by_name=c.recorder.full_name)
        reg.audit(c.recorder, AuditAction.ABSENCE_RECORDED,
                  f"patient:{c.patient.clinic_number}", reason=c.reason.value,
                  first_day=c.first_day.isoformat(),
                  last_day=c.last_day.isoformat() if c.last_day else None)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=c.patient.id)
    log.info("absence #%d recorded (%s)", absence_id, c.reason.value)
    found = absence_store.by_id(reg.db, absence_id)
    assert found is not None
    return found


def check_return(reg: OpenRegister, actor: User, absence_id: int, last_day: date | None,
                 note: str) -> CheckedReturn:
    """Every rule of the end of an absence (the last day away), writing nothing."""
    recorder = require(reg, actor, Action.RECORD_ABSENCE)
    absence = absence_store.by_id(reg.db, absence_id)
    if absence is None:
        raise InvalidInput("That absence does not exist.")
    patient = patients.existing(reg, absence.patient_id)
    if absence.end is not None:
        raise Refused(f"The return from this absence was recorded already (last day away "
                      f"{format_date(absence.end.last_day)}).")
    if last_day is None:
        raise InvalidInput("Give the last day away.")
    today = reg.today()
    if last_day < absence.first_day:
        raise InvalidInput(f"The last day away ({format_date(last_day)}) is before the "
                           f"absence began ({format_date(absence.first_day)}).")
    if last_day > today:
        raise InvalidInput(f"The last day away cannot be after today ({format_date(today)}): "
                           "record the return when the patient is back.")
    text = clean_text(note, "note on the return", max_length=500, multiline=True,
                      required=False)
    _overlap(reg, patient, absence.first_day, last_day, but=absence.id)
    return CheckedReturn(recorder, patient, absence, last_day, text)


def record_return(reg: OpenRegister, actor: User, absence_id: int, last_day: date | None,
                  note: str) -> Absence:
    """The end of an absence; the engine decides whether the prescriber must review."""
    with reg.db.transaction():
        c = check_return(reg, actor, absence_id, last_day, note)
        absence_store.add_end(reg.db, absence_id=c.absence.id, last_day=c.last_day,
                              note=c.note, at=reg.now(), by_user=c.recorder.id,
                              by_name=c.recorder.full_name)
        reg.audit(c.recorder, AuditAction.ABSENCE_ENDED, f"patient:{c.patient.clinic_number}",
                  absence=c.absence.id, last_day=c.last_day.isoformat())
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=c.patient.id)
    found = absence_store.by_id(reg.db, absence_id)
    assert found is not None
    return found


# --- an absence entered by mistake: withdrawn by a witnessed note, never erased --------------
@dataclass(frozen=True)
class CheckedWithdrawal:
    recorder: User
    patient: Patient
    absence: Absence
    note: str


def check_withdrawal(reg: OpenRegister, actor: User, absence_id: int, note: str
                     ) -> CheckedWithdrawal:
    """Every rule of withdrawing an absence entered by mistake, writing nothing: the screen
    runs it before the witness is asked to sign."""
    recorder = require(reg, actor, Action.RECORD_ABSENCE)
    absence = absence_store.by_id(reg.db, absence_id)
    if absence is None:
        raise InvalidInput("That absence does not exist.")
    patient = patients.existing(reg, absence.patient_id)
    if absence.withdrawal is not None:
        raise Refused(f"This absence was withdrawn already ({absence.withdrawal.note}).")
    text = clean_text(note, "note on why the absence was entered by mistake", max_length=500,
                      multiline=True)
    return CheckedWithdrawal(recorder, patient, absence, text)


def withdraw_absence(reg: OpenRegister, actor: User, witness: User | None, absence_id: int,
                     note: str) -> Absence:
    """The absence stays on record, marked as entered by mistake with a witnessed note; it
    covers no day from now on, so its days count as any others (the engine decides what
    they are: missed if missed, towards the hold)."""
    with reg.db.transaction():
        c = check_withdrawal(reg, actor, absence_id, note)
        signer = check_witness(reg, c.recorder, witness)
        absence_store.add_withdrawal(reg.db, absence_id=c.absence.id, note=c.note,
                                     at=reg.now(), by_user=c.recorder.id,
                                     by_name=c.recorder.full_name, witness_id=signer.id,
                                     witness_name=signer.full_name)
        reg.audit(c.recorder, AuditAction.ABSENCE_WITHDRAWN,
                  f"patient:{c.patient.clinic_number}", absence=c.absence.id,
                  first_day=c.absence.first_day.isoformat(), witness=signer.username)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=c.patient.id)
    log.info("absence #%d withdrawn (entered by mistake)", absence_id)
    found = absence_store.by_id(reg.db, absence_id)
    assert found is not None
    return found
