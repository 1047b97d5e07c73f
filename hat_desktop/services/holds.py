"""Holds after days without a dose, lifted only by a prescriber's review."""

import logging
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import HoldDecision, HoldReview
from hat_desktop.domain.attendance_summary import HoldRecord
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.episodes import ExitInput
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.missed_doses import Hold
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.prescriptions import (
    Prescription,
    PrescriptionInput,
    current_version,
    resume_refusal,
    retitration_end_refusal,
    retitration_refusal,
)
from hat_desktop.domain.roles import Action
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import clinic_day, day_bounds
from hat_desktop.domain.titration import (
    TitrationInput,
    TitrationPlan,
    current_plan,
    effective,
    interrupted_refusal,
    retitration_plan_refusal,
)
from hat_desktop.services import attendance, outcomes, patients, prescriptions, titration
from hat_desktop.services.events import Change
from hat_desktop.services.exports import STOPPED, Progress, keep_going
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.outcomes import CheckedExit
from hat_desktop.services.permissions import require
from hat_desktop.services.prescriptions import CheckedPrescription
from hat_desktop.services.titration import CheckedPlan
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import titration as plan_store

log = logging.getLogger(__name__)
STAGE = "Reading every patient's holds"


_STATUS_AFTER = {HoldDecision.SUSPEND: PatientStatus.SUSPENDED,
                 HoldDecision.DISCHARGE: PatientStatus.DISCHARGED}


@dataclass(frozen=True)
class CheckedReview:
    """A hold review that passed every rule, not written yet."""

    prescriber: User
    patient: Patient
    held_from: datetime
    decision: HoldDecision
    notes: str
    prescription: CheckedPrescription | None  # a reduced re-titration dose
    plan: CheckedPlan | None = None  # or re-titration from a plan up to the current dose
    exit: CheckedExit | None = None  # a discharge of a patient in treatment: its episode's end


RETITRATION_STARTS_TODAY = ("A re-titration after a hold must start today, the day of the "
                            "review: until a later start the dose before the hold would be "
                            "given. Set its start date to today.")


def check_review(reg: OpenRegister, actor: User, patient_id: int,
                 decision: HoldDecision | str | None, notes: str,
                 new_prescription: PrescriptionInput | None = None,
                 new_plan: TitrationInput | None = None,
                 ended: ExitInput | None = None) -> CheckedReview:
    """Every rule of a hold review (and of its new prescription), writing nothing. A
    discharge of a patient in a treatment episode records the episode's end (``ended``: its
    date and coded reason), as a discharge from the status buttons does."""
    prescriber = require(reg, actor, Action.REVIEW_HOLD)
    if decision not in set(HoldDecision):
        raise InvalidInput("Choose the decision of the review.")
    choice = HoldDecision(decision)
    text = clean_text(notes, "review notes", max_length=2000, multiline=True)
    if choice is HoldDecision.REDUCED and new_prescription is None and new_plan is None:
        raise InvalidInput("Resuming at a reduced dose needs the new (re-titration) "
                           "prescription or a titration plan.")
    if choice is not HoldDecision.REDUCED and (new_prescription or new_plan) is not None:
        raise InvalidInput("Only a reduced-dose decision comes with a new prescription or a "
                           "titration plan.")
    if new_prescription is not None and new_plan is not None:
        raise InvalidInput("Re-titrate either with a lower prescription or with a plan, not "
                           "both at once.")
    patient = patients.existing(reg, patient_id)
    hold = attendance.assess_current(reg, [patient_id])[patient_id].open_hold
    if hold is None:
        raise Refused(f"{patient.label} is not on hold: there is nothing to review.")
    versions = rx_store.versions(reg.db, [patient_id])[patient_id]
    day, plan_then = held_day(reg, patient_id, hold), _plan_when(reg, patient_id, hold)
    held = _held(versions, hold, day, plan_then)
    if choice is HoldDecision.RESUME:
        refusal = (interrupted_refusal(plan_then, day)
                   or resume_refusal(versions, held, reg.today()))
        if refusal is not None:
            raise Refused(refusal)
    in_force = current_version(versions, reg.today(), reg.now())
    rx = None
    if new_prescription is not None:
        rx = prescriptions.check_version(reg, prescriber, patient_id, new_prescription)
        # lower than the dose the patient was on when the hold began, than the version in
        # force (a raise written before the hold may have started during it) and than the
        # newest, which may start later
        for before in (held, in_force, rx.previous):
            refusal = retitration_refusal(before, rx.lines) if before else None
            if refusal is not None:
                raise Refused(refusal)
    plan = None
    if new_plan is not None:
        plan = titration.check_version(reg, prescriber, patient_id, new_plan)
    starts = (rx.rx.start_date if rx is not None else
              plan.plan.start_date if plan is not None else None)
    if starts is not None and starts > reg.today():
        # the review lifts the hold at once: until a later start, the dose before it stands
        raise InvalidInput(RETITRATION_STARTS_TODAY)
    if rx is not None:
        # the re-titration is no higher than what follows when it ends: the older versions
        # stay written, the newest covering the next day is given with no titration
        start, end = rx.rx.start_date, rx.rx.end_date
        assert start is not None and end is not None  # PrescriptionInput.checked asks for them
        refusal = retitration_end_refusal(versions, rx.lines, start, end)
        if refusal is not None:
            raise Refused(refusal)
    if plan is not None and in_force is not None:
        # the plan's first day below the dose before the hold, not only below its target;
        # nothing else above that dose, nor above the target after it
        section_id = plan.plan.section_id
        assert section_id is not None  # titration.check_version asks for it
        refusal = retitration_plan_refusal(held, in_force, section_id, plan.sessions,
                                           plan.doses[0], versions, reg.today())
        if refusal is not None:
            raise Refused(refusal)
    if choice in _STATUS_AFTER:
        patients.check_status_change(reg, patient_id, _STATUS_AFTER[choice])
    exit_ = None
    if ended is not None and choice is not HoldDecision.DISCHARGE:
        raise InvalidInput("Only a discharge records the end of treatment.")
    if ended is not None:
        exit_ = outcomes.check_exit(reg, prescriber, patient_id, ended)
    elif choice is HoldDecision.DISCHARGE:
        patients.check_no_open_episode(reg, patient_id)
    return CheckedReview(prescriber, patient, hold.held_from, choice, text, rx, plan, exit_)


def held_day(reg: OpenRegister, patient_id: int, hold: Hold) -> date:
    """The day whose dose the patient was on when ``hold`` began. Its first day (the first
    without a dose; for a hold after an adverse event, the day of the event) when they had
    a dose that day (before the event); else the day before it when they had a dose then;
    else (never dosed, or the run counted from a review or a start) its first day. Never a
    later day of the hold, nor an event's day before its first dose: a version starting
    then was never given."""
    first = hold.days[0] if hold.days else clinic_day(hold.held_from, reg.tz)
    last = attendance_store.last_dose_days(reg.db, [patient_id], on_or_before=first).get(
        patient_id)
    return first - timedelta(days=1) if last == first - timedelta(days=1) else first


def _plan_when(reg: OpenRegister, patient_id: int, hold: Hold) -> TitrationPlan | None:
    """The titration plan in force when ``hold`` began (None: none, or it was stopped)."""
    return current_plan([p for p in plan_store.versions(reg.db, [patient_id])[patient_id]
                         if p.created_at <= hold.held_from])


def held_version(reg: OpenRegister, versions: list[Prescription], hold: Hold
                 ) -> Prescription | None:
    """The version the patient was on when ``hold`` began: in force on held_day, the newest
    written by the time the hold began. "Resume the same dose" means this dose. When
    held_day is a day of a titration plan before its last (the patient never had the full
    dose), its doses are that day's of the plan (domain.titration.effective): a
    re-titration is lower than what the patient had, not than the plan's target."""
    if not versions:
        return None
    patient_id = versions[0].patient_id
    return _held(versions, hold, held_day(reg, patient_id, hold),
                 _plan_when(reg, patient_id, hold))


def _held(versions: list[Prescription], hold: Hold, day: date, plan: TitrationPlan | None
          ) -> Prescription | None:
    """held_version, given its held_day and the plan in force when the hold began."""
    rx = max((rx for rx in versions if rx.covers(day) and rx.created_at <= hold.held_from),
             key=lambda rx: rx.version, default=None)
    if rx is None or plan is None or not plan.before_its_end(day):
        return rx
    return effective(rx, plan, day, min(rx.sessions))  # any session: the day's doses


def review(reg: OpenRegister, actor: User, patient_id: int,
           decision: HoldDecision | str | None, notes: str,
           new_prescription: PrescriptionInput | None = None,
           new_plan: TitrationInput | None = None,
           ended: ExitInput | None = None) -> HoldReview:
    """The prescriber's decision on a held patient: the only way a hold lifts."""
    with reg.db.transaction():
        checked = check_review(reg, actor, patient_id, decision, notes, new_prescription,
                               new_plan, ended)
        prescriber, patient, choice = checked.prescriber, checked.patient, checked.decision
        rx_id = None
        if checked.prescription is not None:
            rx_id = prescriptions.write_version(reg, checked.prescription).id
        if checked.exit is not None:
            outcomes.write_exit(reg, prescriber, checked.exit,
                                f"Hold review: {checked.notes} (treatment ended: "
                                f"{checked.exit.exit.reason.label})")
        elif choice in _STATUS_AFTER:
            patients.change_status(reg, prescriber, patient_id, _STATUS_AFTER[choice],
                                   f"Hold review: {checked.notes}")
        review_id = attendance_store.add_review(
            reg.db, patient_id=patient_id, held_from=checked.held_from,
            reviewed_at=reg.now(), reviewer_id=prescriber.id,
            reviewer_name=prescriber.full_name, decision=choice, notes=checked.notes,
            prescription_id=rx_id,
        )
        if checked.plan is not None:
            titration.write_version(reg, checked.plan, hold_review_id=review_id)
        reg.audit(prescriber, AuditAction.HOLD_REVIEWED, f"patient:{patient.clinic_number}",
                  decision=choice.value, held_from=checked.held_from.isoformat())
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=patient_id)
    found = attendance_store.reviews(reg.db, [patient_id])[patient_id]
    log.info("hold of %s reviewed by user #%d: %s", patient.clinic_number, prescriber.id,
             choice.value)
    return next(r for r in found if r.id == review_id)


def holds_between(reg: OpenRegister, actor: User, first: date, last: date, *,
                  progress: Progress = keep_going) -> list[HoldRecord]:
    """Holds that began between ``first`` and ``last`` (clinic days), reviewed or open,
    over any period: each patient's days are walked one at a time and only the holds are
    kept. ``progress`` hears of each patient; it may stop the work (Refused)."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last)
    start, end = day_bounds(first, reg.tz)[0], day_bounds(last, reg.tz)[1]
    everyone = patient_store.all_patients(reg.db)
    by_id = {p.id: p for p in everyone}
    walks = attendance.day_walks(reg, list(by_id))
    reviews = attendance_store.reviews(reg.db, list(by_id))
    records = []
    for n, (pid, walk) in enumerate(walks.items()):
        if not progress(STAGE, n, len(walks)):
            raise Refused(STOPPED)
        deque(walk, maxlen=0)  # to today: the holds, and the reviews that closed them
        for hold in walk.holds:
            if not start <= hold.held_from < end:
                continue
            stored, kept = hold.recorded_reviews(reviews[pid])
            new_rx = (rx_store.by_id(reg.db, stored.prescription_id)
                      if stored is not None and stored.prescription_id else None)
            records.append(HoldRecord(by_id[pid].clinic_number, by_id[pid].full_name,
                                      stored.held_from if stored else hold.held_from,
                                      hold.days, stored,
                                      new_rx.single_dose_mg if new_rx else None,
                                      new_rx.start_date if new_rx else None,
                                      hold.event,
                                      new_rx.per_session_text if new_rx else "", kept,
                                      hold.reason))
    progress(STAGE, len(walks), len(walks))
    records.sort(key=lambda r: (r.held_from, r.clinic_number))
    return records
