"""Prescriptions: written and changed by a prescriber only; every change a new version.

The API other parts build on (issue 16):
- ``versions(reg, actor, patient_id)``: every version, oldest first; each
  ``Prescription.lines`` is its lines (domain.prescriptions.PrescriptionLine: product
  sections, route, dose per session, take-home, most per injection, groin permission,
  daily maximum); ``rx.lines_due(session)`` and ``rx.daily_limit_for(drug)`` read them.
- ``check_prescription`` (writes nothing) and ``prescribe`` with a
  ``PrescriptionInput(..., lines=(LineInput(...), ...))``; without ``lines`` the input is
  one line, with one dose for every session (as before lines existed).
- ``check_version``/``write_version``: the same inside another use case's transaction (a
  hold review writes a new version with them).
A version is refused above the clinic's ceilings (domain.dosing.check_ceilings)."""

import logging
from dataclasses import dataclass

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dosing import check_ceilings
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import (
    LineInput,
    Prescription,
    PrescriptionInput,
    PrescriptionLine,
    Route,
    line_refusal,
    routes_for_form,
)
from hat_desktop.domain.register import Section
from hat_desktop.domain.roles import Action
from hat_desktop.services import patients, schedule
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import register as register_store

log = logging.getLogger(__name__)


def versions(reg: OpenRegister, actor: User, patient_id: int) -> list[Prescription]:
    """Every version, oldest first (old versions stay readable)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return rx_store.versions(reg.db, [patient_id])[patient_id]


@dataclass(frozen=True)
class CheckedPrescription:
    """A prescription (or a new version) that passed every rule, not written yet."""

    prescriber: User
    patient: Patient
    rx: PrescriptionInput  # checked: whole numbers, trimmed text
    drug: str  # the first line's
    previous: Prescription | None  # the newest version before it
    lines: tuple[PrescriptionLine, ...] = ()


def check_prescription(reg: OpenRegister, actor: User, patient_id: int, rx: PrescriptionInput
                       ) -> CheckedPrescription:
    """Every rule of a prescription, writing nothing: the screen runs it before the
    prescriber's signature is recorded; prescribe runs it again inside its transaction."""
    prescriber = require(reg, actor, Action.PRESCRIBE)
    return check_version(reg, prescriber, patient_id, rx)


def prescribe(reg: OpenRegister, actor: User, patient_id: int, rx: PrescriptionInput
              ) -> Prescription:
    """Write a patient's prescription, or change it (a new version)."""
    with reg.db.transaction():
        return write_version(reg, check_prescription(reg, actor, patient_id, rx))


def check_version(reg: OpenRegister, prescriber: User, patient_id: int, rx: PrescriptionInput
                  ) -> CheckedPrescription:
    """The rules of a new version by ``prescriber`` (also checked by a hold review)."""
    if not prescriber.home_office_licence:
        raise Refused("Your account has no Home Office licence number: a manager must add it "
                      "before you can prescribe diamorphine.")
    patient = patients.existing(reg, patient_id)
    refusal = patient.prescription_refusal()
    if refusal is not None:
        raise Refused(refusal)
    existing = rx_store.versions(reg.db, [patient_id])[patient_id]
    today = reg.today()
    sessions_today = len(schedule.windows_on(reg, today)) or 3
    checked = rx.checked(today, sessions_today, is_change=bool(existing))
    many = len(checked.lines) > 1
    lines = tuple(_line(reg, n, line, f"Line {n}: " if many else "")
                  for n, line in enumerate(checked.lines, start=1))
    check_ceilings(lines, reg.settings.ceiling)
    return CheckedPrescription(prescriber, patient, checked, lines[0].drug,
                               existing[-1] if existing else None, lines)


def _line(reg: OpenRegister, position: int, given: LineInput, where: str) -> PrescriptionLine:
    """A checked line with its products known: one drug, in use, by a route that suits
    its form."""
    found = [register_store.section_by_id(reg.db, sid) for sid in given.section_ids]
    sections: list[Section] = [s for s in found if s is not None]
    if len(sections) != len(found):
        raise InvalidInput("One of the chosen products does not exist in the register.")
    if len({s.drug for s in sections}) != 1:
        raise InvalidInput(f"{where}All the products of one "
                           f"{'line' if where else 'prescription'} must be the same drug.")
    closed = [s.code for s in sections if s.closed]
    if closed:
        raise InvalidInput(f"Section {closed[0]} is closed; choose a product still in use.")
    allowed = routes_for_form(sections[0].form)
    for other in sections[1:]:
        allowed &= routes_for_form(other.form)
    route = Route(given.route) if given.route else (
        Route.ORAL if allowed == {Route.ORAL} else Route.IV)
    if route not in allowed:
        raise InvalidInput(f"{where}{sections[0].code} ({sections[0].form}) cannot be given "
                           f"{route.short}.")
    line = given.line(position, sections[0].drug, route)
    refusal = line_refusal(line, where)
    if refusal is not None:
        raise InvalidInput(refusal)
    return line


def write_version(reg: OpenRegister, checked: CheckedPrescription) -> Prescription:
    """Inside the caller's transaction, which checked it (prescribe, a hold review)."""
    prescriber, patient = checked.prescriber, checked.patient
    assert prescriber.home_office_licence  # check_version refused a prescriber without one
    rx_id = rx_store.insert(
        reg.db, patient.id, checked.rx, drug=checked.drug, prescriber_id=prescriber.id,
        prescriber_name=prescriber.full_name,
        prescriber_licence=prescriber.home_office_licence, now=reg.now(),
        lines=checked.lines,
    )
    written = rx_store.by_id(reg.db, rx_id)
    assert written is not None
    reg.audit(prescriber, AuditAction.PRESCRIPTION_WRITTEN, f"patient:{patient.clinic_number}",
              version=written.version, dose_mg=written.dose_mg)
    reg.publish_after_commit(Change.PRESCRIPTIONS, patient_id=patient.id)
    log.info("prescription v%d for %s by user #%d", written.version, patient.clinic_number,
             prescriber.id)
    return written
