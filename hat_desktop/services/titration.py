"""Titration plans: written, changed and stopped only by a prescriber, each a new version.
Each has a check (writes nothing) that the screen runs first and the write runs inside its
transaction. What a plan does to a day's dose is domain.titration's; the check-in card
(services.dosing) applies it."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import current_version
from hat_desktop.domain.roles import Action
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date
from hat_desktop.domain.titration import (
    StepUnit,
    TitrationInput,
    TitrationPlan,
    current_plan,
    product_of,
    schedule,
)
from hat_desktop.services import patients
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import titration as plan_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckedPlan:
    """A plan (or a stop) that passed every rule, not written yet."""

    prescriber: User
    patient: Patient
    plan: TitrationInput  # checked
    sessions: tuple[int, ...]
    doses: tuple[tuple[int, ...], ...]
    stopped: bool = False


def versions(reg: OpenRegister, actor: User, patient_id: int) -> list[TitrationPlan]:
    """Every version of the patient's titration plans, newest first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return list(reversed(plan_store.versions(reg.db, [patient_id])[patient_id]))


def in_force(reg: OpenRegister, patient_id: int) -> TitrationPlan | None:
    """The plan in force for the patient (for the check-in card; no permission check:
    the caller has made its own)."""
    return current_plan(plan_store.versions(reg.db, [patient_id])[patient_id])


def check_plan(reg: OpenRegister, actor: User, patient_id: int, plan: TitrationInput
               ) -> CheckedPlan:
    """Every rule of a new plan (or a changed one, a new version), writing nothing."""
    prescriber = require(reg, actor, Action.PRESCRIBE)
    return check_version(reg, prescriber, patient_id, plan)


def check_version(reg: OpenRegister, prescriber: User, patient_id: int, plan: TitrationInput
                  ) -> CheckedPlan:
    """The rules of a plan by ``prescriber`` (also checked by a hold review)."""
    patient = patients.existing(reg, patient_id)
    refusal = patient.prescription_refusal()
    if refusal is not None:
        raise Refused(refusal)
    existing = plan_store.versions(reg.db, [patient_id])[patient_id]
    if plan.start_date is None:
        raise InvalidInput("Give the first day of the plan.")
    rx_versions = rx_store.versions(reg.db, [patient_id])[patient_id]
    rx = current_version(rx_versions, max(plan.start_date, reg.today()),
                         reg.now() + timedelta(microseconds=1))
    if rx is None:
        raise Refused(f"There is no prescription for {format_date(plan.start_date)}: write the "
                      "prescription first (its dose is the plan's target).")
    product = product_of(rx, plan.section_id) if plan.section_id is not None else None
    if plan.section_id is not None and product is None:
        raise InvalidInput("That product is not on the patient's prescription.")
    sessions = product.sessions if product is not None else ()
    caps = (tuple(product.line.dose_for(s) or 0 for s in sessions)
            if product is not None and product.line is not None else ())
    checked = plan.checked(reg.today(), len(sessions) or 1, is_change=bool(existing),
                           caps=caps)
    assert product is not None and checked.start_date is not None
    wrong_target = product.target_refusal(int(checked.target_mg))
    if wrong_target is not None:
        raise InvalidInput(wrong_target)
    if int(checked.ceiling_mg) > product.daily_limit_mg:
        raise InvalidInput(f"The daily ceiling of {checked.ceiling_mg} mg is above the "
                           f"prescription's daily maximum of {product.daily_limit_mg} mg.")
    doses = schedule(int(checked.start_mg), int(checked.step_mg), StepUnit(str(checked.step_unit)),
                     int(checked.target_mg), len(sessions))
    last = checked.start_date.toordinal() + len(doses) - 1
    if last > rx.end_date.toordinal():
        raise InvalidInput(f"The plan runs past the prescription's end "
                           f"({format_date(rx.end_date)}): renew the prescription first.")
    return CheckedPlan(prescriber, patient, checked, sessions, doses)


def write_plan(reg: OpenRegister, actor: User, patient_id: int, plan: TitrationInput
               ) -> TitrationPlan:
    """A new plan, or a changed one (a new version)."""
    with reg.db.transaction():
        return write_version(reg, check_plan(reg, actor, patient_id, plan))


def check_stop(reg: OpenRegister, actor: User, patient_id: int, reason: str) -> CheckedPlan:
    """Stopping the plan in force (a new version saying so), writing nothing."""
    prescriber = require(reg, actor, Action.PRESCRIBE)
    patient = patients.existing(reg, patient_id)
    why = clean_text(reason, "reason for stopping the plan", max_length=300, multiline=True)
    current = in_force(reg, patient_id)
    if current is None or current.last_day < reg.today():
        raise Refused(f"{patient.label} has no titration plan running: there is nothing to "
                      "stop.")
    kept = TitrationInput(current.section_id, current.start_date, current.start_mg,
                          current.step_mg, current.step_unit, current.target_mg,
                          current.ceiling_mg, current.top_up_mg, current.min_hours_between,
                          current.notes, why)
    return CheckedPlan(prescriber, patient, kept, current.sessions, current.doses, stopped=True)


def stop_plan(reg: OpenRegister, actor: User, patient_id: int, reason: str) -> TitrationPlan:
    with reg.db.transaction():
        return write_version(reg, check_stop(reg, actor, patient_id, reason))


def write_version(reg: OpenRegister, checked: CheckedPlan, hold_review_id: int | None = None
                  ) -> TitrationPlan:
    """Inside the caller's transaction, which checked it (a plan, a stop, a hold review)."""
    prescriber, patient = checked.prescriber, checked.patient
    plan_id = plan_store.insert(
        reg.db, patient.id, checked.plan, sessions=checked.sessions, doses=checked.doses,
        stopped=checked.stopped, prescriber_id=prescriber.id,
        prescriber_name=prescriber.full_name, now=reg.now(), hold_review_id=hold_review_id)
    written = next(p for p in plan_store.versions(reg.db, [patient.id])[patient.id]
                   if p.id == plan_id)
    reg.audit(prescriber, AuditAction.TITRATION_PLAN, f"patient:{patient.clinic_number}",
              version=written.version, stopped=written.stopped,
              first_day=written.start_date.isoformat(), days=written.days)
    reg.publish_after_commit(Change.PRESCRIPTIONS, patient_id=patient.id)
    log.info("titration plan v%d for %s by user #%d%s", written.version, patient.clinic_number,
             prescriber.id, " (stopped)" if written.stopped else "")
    return written

