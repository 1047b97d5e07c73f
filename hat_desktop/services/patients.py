"""Patients: records, status (active, suspended, discharged), photo."""

import io
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.episodes import open_episode
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.missed_doses import Assessment
from hat_desktop.domain.patients import (
    Patient,
    PatientDetails,
    PatientStatus,
    validate_clinic_number,
)
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.domain.roles import Action
from hat_desktop.domain.safety import EventRecord
from hat_desktop.domain.sessions import Calendar
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date
from hat_desktop.domain.titration import TitrationPlan, current_plan
from hat_desktop.services import attendance, schedule
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import absences as absence_store
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import patients as patients_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import safety as safety_store
from hat_desktop.store import titration as plan_store

log = logging.getLogger(__name__)

PHOTO_MAX_BYTES = 15_000_000
PHOTO_SIZE = 480  # longest side, pixels, as stored
TOO_LARGE = "The photo file is too large (more than 15 MB)."


def create_patient(reg: OpenRegister, actor: User, details: PatientDetails) -> Patient:
    require(reg, actor, Action.MANAGE_PATIENTS)
    d = details.checked(reg.today())
    with reg.db.transaction():
        if patients_store.by_clinic_number(reg.db, d.clinic_number) is not None:
            raise InvalidInput(f"The clinic number {d.clinic_number} is already in use.")
        if d.nhs_number and patients_store.by_nhs_number(reg.db, d.nhs_number) is not None:
            raise InvalidInput("Another patient already has this NHS number.")
        patient_id = patients_store.insert(reg.db, d, now=reg.now(), user_id=actor.id)
        patients_store.set_status(reg.db, patient_id, PatientStatus.ACTIVE, now=reg.now(),
                                  user_id=actor.id, reason="Registered")
        reg.audit(actor, AuditAction.PATIENT_CREATED, f"patient:{d.clinic_number}")
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    log.info("patient %s registered by user #%d", d.clinic_number, actor.id)
    return existing(reg, patient_id)


def update_patient(reg: OpenRegister, actor: User, patient_id: int, details: PatientDetails
                   ) -> Patient:
    require(reg, actor, Action.MANAGE_PATIENTS)
    d = details.checked(reg.today())
    with reg.db.transaction():
        before = existing(reg, patient_id)
        if d.clinic_number != before.clinic_number:
            raise Refused("A clinic number never changes: it is printed on the patient's card "
                          "and in the register.")
        if d.nhs_number:
            other = patients_store.by_nhs_number(reg.db, d.nhs_number)
            if other is not None and other.id != patient_id:
                raise InvalidInput("Another patient already has this NHS number.")
        patients_store.update(reg.db, patient_id, d, now=reg.now(), user_id=actor.id)
        changed = [name for name, old, new in (
            ("full name", before.full_name, d.full_name),
            ("date of birth", before.date_of_birth, d.date_of_birth),
            ("address", before.address, d.address),
            ("NHS number", before.nhs_number or "", d.nhs_number),
            ("alerts", before.alerts, d.alerts),
        ) if old != new]
        reg.audit(actor, AuditAction.PATIENT_CHANGED, f"patient:{before.clinic_number}",
                  fields=changed)
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    return existing(reg, patient_id)


def set_status(reg: OpenRegister, actor: User, patient_id: int, status: PatientStatus,
               reason: str) -> Patient:
    """Suspend, discharge or reactivate (a prescriber's or a manager's act: a patient set
    back to active can be dosed again). Discharge keeps every record. A patient in a
    treatment episode is discharged by recording its exit (outcomes.end_episode: the date
    and the coded reason the evaluation counts), never by a bare change of status."""
    require(reg, actor, Action.CHANGE_PATIENT_STATUS)
    why = clean_text(reason, "reason for the change of status", max_length=300, multiline=True)
    with reg.db.transaction():
        if PatientStatus(status) is PatientStatus.DISCHARGED:
            check_no_open_episode(reg, patient_id)
        return change_status(reg, actor, patient_id, PatientStatus(status), why)


def check_no_open_episode(reg: OpenRegister, patient_id: int) -> None:
    """Refuse a bare discharge of a patient whose treatment episode is open."""
    patient = existing(reg, patient_id)
    episode = open_episode(outcomes_store.episodes(reg.db, [patient_id])[patient_id])
    if episode is not None:
        raise Refused(f"{patient.label} is in treatment (episode {episode.number}, since "
                      f"{format_date(episode.start_date)}): record the end of treatment, "
                      "with its date and reason, to discharge them.")


def check_status_change(reg: OpenRegister, patient_id: int, status: PatientStatus) -> Patient:
    """The patient as they are, if they can change to ``status`` (also checked by a
    prescriber's hold review)."""
    before = existing(reg, patient_id)
    if before.status is status:
        raise Refused(f"{before.label} is already {status.value}.")
    return before


def change_status(reg: OpenRegister, actor: User, patient_id: int, status: PatientStatus,
                   reason: str) -> Patient:
    """Inside the caller's transaction (also used by a prescriber's hold review)."""
    before = check_status_change(reg, patient_id, status)
    patients_store.set_status(reg.db, patient_id, status, now=reg.now(), user_id=actor.id,
                              reason=reason)
    reg.audit(actor, AuditAction.PATIENT_STATUS, f"patient:{before.clinic_number}",
              status=status.value, previous=before.status.value)
    reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    return existing(reg, patient_id)


def read_photo_file(path: Path) -> bytes:
    """The bytes of a picture file the user chose, refused before reading when too large."""
    try:
        if path.stat().st_size > PHOTO_MAX_BYTES:
            raise InvalidInput(TOO_LARGE)
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path.name} could not be read ({exc.strerror or exc}).") from None


def normalise_photo(data: bytes) -> bytes:
    """Any common image file as a PNG no larger than PHOTO_SIZE on its longest side."""
    if not data:
        raise InvalidInput("The photo file is empty.")
    if len(data) > PHOTO_MAX_BYTES:
        raise InvalidInput(TOO_LARGE)
    from PIL import Image, UnidentifiedImageError  # when a photo is given, not at each login

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            picture = img.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise InvalidInput("That file is not a picture HAT Desktop can read (use JPEG or PNG).") \
            from None
    if min(picture.size) < 64:
        raise InvalidInput("The photo is too small to recognise the patient (under 64 pixels).")
    picture.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_photo(reg: OpenRegister, actor: User, patient_id: int, data: bytes) -> None:
    """Stored encrypted inside the register database, never as a loose file."""
    require(reg, actor, Action.MANAGE_PATIENTS)
    image = normalise_photo(data)
    with reg.db.transaction():
        patient = existing(reg, patient_id)
        patients_store.add_photo(reg.db, patient_id, image, now=reg.now(), user_id=actor.id)
        reg.audit(actor, AuditAction.PATIENT_CHANGED, f"patient:{patient.clinic_number}",
                  fields=["photo"])
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)


def photo(reg: OpenRegister, actor: User, patient_id: int) -> bytes | None:
    require(reg, actor, Action.VIEW_PATIENTS)
    return patients_store.photo(reg.db, patient_id)


def get(reg: OpenRegister, actor: User, patient_id: int) -> Patient:
    require(reg, actor, Action.VIEW_PATIENTS)
    return existing(reg, patient_id)


def existing(reg: OpenRegister, patient_id: int) -> Patient:
    """The patient, or the refusal every service gives for an unknown one (no permission
    check: the caller has made its own)."""
    patient = patients_store.by_id(reg.db, patient_id)
    if patient is None:
        raise InvalidInput("That patient does not exist.")
    return patient


def by_clinic_number(reg: OpenRegister, actor: User, number: str) -> Patient:
    require(reg, actor, Action.VIEW_PATIENTS)
    patient = patients_store.by_clinic_number(reg.db, validate_clinic_number(number))
    if patient is None:
        raise InvalidInput(f"No patient has the clinic number {number.strip().upper()}.")
    return patient


@dataclass(frozen=True)
class SearchResult:
    exact: Patient | None
    matches: list[Patient]


def search(reg: OpenRegister, actor: User, text: str, *, include_discharged: bool = False
           ) -> SearchResult:
    """A scanned or typed clinic number finds exactly that patient; anything else is a
    search of numbers and names."""
    require(reg, actor, Action.VIEW_PATIENTS)
    query = (text or "").strip()
    if len(query) > 100:
        raise InvalidInput("That search is too long.")
    exact = patients_store.by_clinic_number(reg.db, query) if query else None
    statuses = None if include_discharged else (PatientStatus.ACTIVE, PatientStatus.SUSPENDED)
    return SearchResult(exact, patients_store.search(reg.db, query, statuses=statuses))


@dataclass(frozen=True)
class PatientRecord:
    """Everything the patient's page shows, read in one call: the details, the photo, every
    prescription version, the sessions' states from ``since`` and the calendar they fall
    in (with the closure days' reasons)."""

    patient: Patient
    photo: bytes | None
    versions: tuple[Prescription, ...]
    assessment: Assessment
    calendar: Calendar
    closures: dict[date, str]
    absences: tuple[Absence, ...] = ()  # newest first
    events: tuple[EventRecord, ...] = ()  # adverse events with their notes, newest first
    plan: TitrationPlan | None = None  # the titration plan in force

    @property
    def open_absence(self) -> Absence | None:
        """The absence whose return is still to be recorded, if any."""
        return next((a for a in self.absences if a.end is None and a.in_force), None)


def record(reg: OpenRegister, actor: User, patient_id: int, since: date) -> PatientRecord:
    require(reg, actor, Action.VIEW_PATIENTS)
    patient = existing(reg, patient_id)
    versions = rx_store.versions(reg.db, [patient_id])
    closures = schedule.closures(reg)
    cal = schedule.calendar(reg, closures)
    away = absence_store.for_patients(reg.db, [patient_id])
    events = safety_store.events_of(reg.db, [patient_id])
    assessed = attendance.assess_current(reg, [patient_id], since=since, versions=versions,
                                         calendar=cal, absences=away, events=events)
    return PatientRecord(patient, patients_store.photo(reg.db, patient_id),
                         tuple(versions[patient_id]), assessed[patient_id], cal, closures,
                         tuple(reversed(away[patient_id])),
                         tuple(safety_store.with_notes(reg.db, events[patient_id])),
                         current_plan(plan_store.versions(reg.db, [patient_id])[patient_id]))
