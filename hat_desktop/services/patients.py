"""Patients: records, status (active, suspended, discharged), photo."""

import io
import logging
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.patients import (
    Patient,
    PatientDetails,
    PatientStatus,
    validate_clinic_number,
)
from hat_desktop.domain.roles import Action
from hat_desktop.domain.text import clean_text
from hat_desktop.services.context import Clinic
from hat_desktop.services.permissions import require
from hat_desktop.store import patients as store

log = logging.getLogger(__name__)

PHOTO_MAX_BYTES = 15_000_000
PHOTO_SIZE = 480  # longest side, pixels, as stored


def create_patient(clinic: Clinic, actor: User, details: PatientDetails) -> Patient:
    require(clinic, actor, Action.MANAGE_PATIENTS)
    d = details.checked(clinic.today())
    with clinic.db.transaction():
        if store.by_clinic_number(clinic.db, d.clinic_number) is not None:
            raise InvalidInput(f"The clinic number {d.clinic_number} is already in use.")
        if d.nhs_number and store.by_nhs_number(clinic.db, d.nhs_number) is not None:
            raise InvalidInput("Another patient already has this NHS number.")
        patient_id = store.insert(clinic.db, d, now=clinic.now(), user_id=actor.id)
        store.set_status(clinic.db, patient_id, PatientStatus.ACTIVE, now=clinic.now(),
                         user_id=actor.id, reason="Registered")
        clinic.audit(actor, AuditAction.PATIENT_CREATED, f"patient:{d.clinic_number}")
        clinic.publish_after_commit("patients_changed", patient_id=patient_id)
    log.info("patient %s registered by user #%d", d.clinic_number, actor.id)
    return _patient(clinic, patient_id)


def update_patient(clinic: Clinic, actor: User, patient_id: int, details: PatientDetails
                   ) -> Patient:
    require(clinic, actor, Action.MANAGE_PATIENTS)
    d = details.checked(clinic.today())
    with clinic.db.transaction():
        before = _patient(clinic, patient_id)
        if d.clinic_number != before.clinic_number:
            raise Refused("A clinic number never changes: it is printed on the patient's card "
                          "and in the register.")
        if d.nhs_number:
            other = store.by_nhs_number(clinic.db, d.nhs_number)
            if other is not None and other.id != patient_id:
                raise InvalidInput("Another patient already has this NHS number.")
        store.update(clinic.db, patient_id, d, now=clinic.now(), user_id=actor.id)
        changed = [name for name, old, new in (
            ("full name", before.full_name, d.full_name),
            ("date of birth", before.date_of_birth, d.date_of_birth),
            ("address", before.address, d.address),
            ("NHS number", before.nhs_number or "", d.nhs_number),
            ("alerts", before.alerts, d.alerts),
        ) if old != new]
        clinic.audit(actor, AuditAction.PATIENT_CHANGED, f"patient:{before.clinic_number}",
                     fields=changed)
        clinic.publish_after_commit("patients_changed", patient_id=patient_id)
    return _patient(clinic, patient_id)


def set_status(clinic: Clinic, actor: User, patient_id: int, status: PatientStatus,
               reason: str) -> Patient:
    """Suspend, discharge or reactivate. Discharge keeps every record."""
    require(clinic, actor, Action.MANAGE_PATIENTS)
    why = clean_text(reason, "reason for the change of status", max_length=300, multiline=True)
    with clinic.db.transaction():
        return change_status(clinic, actor, patient_id, PatientStatus(status), why)


def change_status(clinic: Clinic, actor: User, patient_id: int, status: PatientStatus,
                   reason: str) -> Patient:
    """Inside the caller's transaction (also used by a prescriber's hold review)."""
    before = _patient(clinic, patient_id)
    if before.status is status:
        raise Refused(f"{before.label} is already {status.value}.")
    store.set_status(clinic.db, patient_id, status, now=clinic.now(), user_id=actor.id,
                     reason=reason)
    clinic.audit(actor, AuditAction.PATIENT_STATUS, f"patient:{before.clinic_number}",
                 status=status.value, previous=before.status.value)
    clinic.publish_after_commit("patients_changed", patient_id=patient_id)
    return _patient(clinic, patient_id)


def normalise_photo(data: bytes) -> bytes:
    """Any common image file as a PNG no larger than PHOTO_SIZE on its longest side."""
    if not data:
        raise InvalidInput("The photo file is empty.")
    if len(data) > PHOTO_MAX_BYTES:
        raise InvalidInput("The photo file is too large (more than 15 MB).")
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


def set_photo(clinic: Clinic, actor: User, patient_id: int, data: bytes) -> None:
    """Stored encrypted inside the register database, never as a loose file."""
    require(clinic, actor, Action.MANAGE_PATIENTS)
    image = normalise_photo(data)
    with clinic.db.transaction():
        patient = _patient(clinic, patient_id)
        store.add_photo(clinic.db, patient_id, image, now=clinic.now(), user_id=actor.id)
        clinic.audit(actor, AuditAction.PATIENT_CHANGED, f"patient:{patient.clinic_number}",
                     fields=["photo"])
        clinic.publish_after_commit("patients_changed", patient_id=patient_id)


def photo(clinic: Clinic, actor: User, patient_id: int) -> bytes | None:
    require(clinic, actor, Action.VIEW_PATIENTS)
    return store.photo(clinic.db, patient_id)


def get(clinic: Clinic, actor: User, patient_id: int) -> Patient:
    require(clinic, actor, Action.VIEW_PATIENTS)
    return _patient(clinic, patient_id)


def _patient(clinic: Clinic, patient_id: int) -> Patient:
    patient = store.by_id(clinic.db, patient_id)
    if patient is None:
        raise InvalidInput("That patient does not exist.")
    return patient


def by_clinic_number(clinic: Clinic, actor: User, number: str) -> Patient:
    require(clinic, actor, Action.VIEW_PATIENTS)
    patient = store.by_clinic_number(clinic.db, validate_clinic_number(number))
    if patient is None:
        raise InvalidInput(f"No patient has the clinic number {number.strip().upper()}.")
    return patient


@dataclass(frozen=True)
class SearchResult:
    exact: Patient | None
    matches: list[Patient]


def search(clinic: Clinic, actor: User, text: str, *, include_discharged: bool = False
           ) -> SearchResult:
    """A scanned or typed clinic number finds exactly that patient; anything else is a
    search of numbers and names."""
    require(clinic, actor, Action.VIEW_PATIENTS)
    query = (text or "").strip()
    if len(query) > 100:
        raise InvalidInput("That search is too long.")
    exact = store.by_clinic_number(clinic.db, query) if query else None
    statuses = None if include_discharged else (PatientStatus.ACTIVE, PatientStatus.SUSPENDED)
    return SearchResult(exact, store.search(clinic.db, query, statuses=statuses))
