"""Supervised check-in and dosing: identity, assessment, the dose (or withholding),
witnessed, in one transaction with the register's administration entry; then
post-dose observation and the release check."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dosing import (
    Assessment,
    LessReason,
    WithholdReason,
    check_dose,
    plan_dose,
)
from hat_desktop.domain.errors import DoseRefused, InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.missed_doses import Flag, FlagLevel, SessionState
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.prescriptions import Prescription, current_version
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.register import Section, choose_batch
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.sessions import Window
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.services import attendance, register, schedule
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patient_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Override:
    """A manager's authority to dose outside the session window, with the reason."""

    manager: User
    reason: str
    session: int


@dataclass(frozen=True)
class CheckInCard:
    """What the nurse sees after finding the patient."""

    patient: Patient
    day: date
    window: Window | None  # the session being attended (open now, or overridden)
    prescription: Prescription | None
    sections: tuple[Section, ...]
    recent_doses: tuple[AttendanceEvent, ...]
    flag: Flag
    given_today_mg: int
    checked_in: bool
    in_observation: AttendanceEvent | None
    refusal: str | None  # why this patient cannot be dosed now (None: they can)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def can_dose(self) -> bool:
        return self.refusal is None


def _patient(reg: OpenRegister, patient_id: int) -> Patient:
    patient = patient_store.by_id(reg.db, patient_id)
    if patient is None:
        raise InvalidInput("That patient does not exist.")
    return patient


def _session(reg: OpenRegister, override: Override | None) -> tuple[date, Window | None]:
    """Today and the window being attended: the open one, or the overridden one."""
    today = reg.today()
    if override is not None:
        windows = schedule.windows_on(reg, today)
        window = next((w for w in windows if w.number == override.session), None)
        if window is None:
            raise InvalidInput(f"There is no session {override.session} today.")
        return today, window
    found = schedule.calendar(reg).window_at(reg.now())
    return (found[0], found[1]) if found else (today, None)


def _window_refusal(reg: OpenRegister, day: date) -> str:
    windows = schedule.windows_on(reg, day)
    if not windows:
        return "The clinic has no sessions today (a closure day)."
    now = reg.now()
    later = [w for w in windows if w.bounds(day, reg.tz)[0] > now]
    nxt = f" The next session opens at {later[0].start:%H:%M}." if later else ""
    return ("No session window is open now: a dose outside the session windows needs a "
            "manager's override with a reason." + nxt)


def _build_card(reg: OpenRegister, patient: Patient, override: Override | None) -> CheckInCard:
    day, window = _session(reg, override)
    assessed = attendance.assess_current(reg, [patient.id])[patient.id]
    versions = rx_store.versions(reg.db, [patient.id])[patient.id]
    rx = current_version(versions, day, reg.now() + timedelta(microseconds=1))
    sections = tuple(s for s in (register_store.section_by_id(reg.db, sid)
                                 for sid in (rx.section_ids if rx else ())) if s is not None)
    events = [e for e in attendance_store.events_between(reg.db, day, day, [patient.id])
              if window is not None and e.session == window.number]
    today_events = attendance_store.events_between(reg.db, day, day, [patient.id])
    observing = _in_observation(today_events)
    notes: list[str] = []
    if rx is not None:
        days_left = (rx.end_date - day).days
        if days_left < reg.settings.expiry_warning_days:
            notes.append(f"The prescription ends on {format_date(rx.end_date)} "
                         f"({days_left} day(s) left): ask the prescriber to renew it.")
    if patient.alerts:
        notes.append(f"Alerts: {patient.alerts}")
    refusal = _refusal(reg, patient, day, window, assessed.flag, rx, events)
    return CheckInCard(
        patient=patient, day=day, window=window, prescription=rx, sections=sections,
        recent_doses=tuple(attendance_store.recent_doses(reg.db, patient.id, 3)),
        flag=assessed.flag, given_today_mg=attendance_store.mg_given_on(reg.db, patient.id, day),
        checked_in=attendance.checked_in(events) is not None, in_observation=observing,
        refusal=refusal, notes=tuple(notes),
    )


def _in_observation(events: list[AttendanceEvent]) -> AttendanceEvent | None:
    doses = [e for e in events if e.kind is EventKind.DOSED]
    released = {e.session for e in events if e.kind is EventKind.RELEASED}
    open_doses = [d for d in doses if d.session not in released]
    return open_doses[-1] if open_doses else None


def _refusal(reg: OpenRegister, patient: Patient, day: date, window: Window | None, flag: Flag,
             rx: Prescription | None, events: list[AttendanceEvent]) -> str | None:
    if patient.status is PatientStatus.SUSPENDED:
        return (f"{patient.label} is suspended:"
                " no dose until a prescriber or manager reactivates them.")
    if patient.status is PatientStatus.DISCHARGED:
        return f"{patient.label} has been discharged: no dose."
    if flag.level is FlagLevel.HOLD:
        return (flag.message + " Only a prescriber can lift the hold, by recording a review on "
                "the patient's page.")
    if rx is None:
        return "There is no prescription current for today: no dose without one."
    if window is None:
        return _window_refusal(reg, day)
    if window.number not in rx.sessions:
        listed = ", ".join(str(s) for s in sorted(rx.sessions))
        return f"The prescription is for session {listed} only, not session {window.number}."
    outcome = next((e for e in events if e.kind in (EventKind.DOSED, EventKind.WITHHELD)), None)
    if outcome is not None:
        what = "dosed" if outcome.kind is EventKind.DOSED else "had the dose withheld"
        return (f"{patient.full_name} already {what} in session {window.number} today at "
                f"{format_local(outcome.at, reg.tz)[-5:]}: one dose per session.")
    return None


# --- reading ----------------------------------------------------------------------------
def card(reg: OpenRegister, actor: User, patient_id: int, override: Override | None = None
         ) -> CheckInCard:
    require(reg, actor, Action.VIEW_PATIENTS)
    return _build_card(reg, _patient(reg, patient_id), override)


def find(reg: OpenRegister, actor: User, text: str) -> CheckInCard:
    """A scanned card (the clinic number and Enter) straight to the patient's card."""
    require(reg, actor, Action.VIEW_PATIENTS)
    number = (text or "").strip().upper()
    if not number:
        raise InvalidInput("Scan the patient's card or type their clinic number.")
    patient = patient_store.by_clinic_number(reg.db, number)
    if patient is None:
        raise InvalidInput(f"No patient has the clinic number {number[:20]}.")
    return _build_card(reg, patient, None)


# --- writing ----------------------------------------------------------------------------
def authorise_override(reg: OpenRegister, actor: User, manager: User, reason: str, session: int
                       ) -> Override:
    """Check a manager's override (the manager has signed in the witness dialog)."""
    require(reg, actor, Action.DOSE)
    current = users_store.by_id(reg.db, manager.id)
    if current is None or not current.active or not allowed(current.role, Action.OVERRIDE_WINDOW):
        raise PermissionDenied("Only a manager can authorise a dose outside the session window.")
    why = clean_text(reason, "reason for dosing outside the session window", max_length=300)
    windows = schedule.windows_on(reg, reg.today())
    if not any(w.number == session for w in windows):
        raise InvalidInput(f"There is no session {session} today.")
    return Override(current, why, session)


def _checked_card(reg: OpenRegister, patient_id: int, override: Override | None) -> CheckInCard:
    c = _build_card(reg, _patient(reg, patient_id), override)
    if c.refusal is not None:
        raise DoseRefused(c.refusal)
    assert c.window is not None and c.prescription is not None
    return c


def check_in(reg: OpenRegister, actor: User, patient_id: int, *, identity_confirmed: bool,
             override: Override | None = None) -> CheckInCard:
    require(reg, actor, Action.DOSE)
    if not identity_confirmed:
        raise Refused("Confirm the patient's identity against their photo first.")
    with reg.db.transaction():
        c = _checked_card(reg, patient_id, override)
        assert c.window is not None
        if not c.checked_in:
            attendance_store.add_event(
                reg.db, patient_id=patient_id, day=c.day, session=c.window.number,
                kind=EventKind.CHECKED_IN, at=reg.now(), by_user=actor.id,
                details={"identity_confirmed": True,
                         "override": override.reason if override else None})
            reg.publish_after_commit("attendance_changed", patient_id=patient_id)
    return _build_card(reg, c.patient, override)


def cancel_check_in(reg: OpenRegister, actor: User, patient_id: int, reason: str) -> None:
    """The patient left before the dose: the session goes back to due (or missed)."""
    require(reg, actor, Action.DOSE)
    why = clean_text(reason, "reason", max_length=300)
    with reg.db.transaction():
        c = _build_card(reg, _patient(reg, patient_id), None)
        if c.window is None or not c.checked_in:
            raise Refused("The patient is not checked in for the current session.")
        attendance_store.add_event(
            reg.db, patient_id=patient_id, day=c.day, session=c.window.number,
            kind=EventKind.CHECK_IN_CANCELLED, at=reg.now(), by_user=actor.id,
            details={"reason": why})
        reg.publish_after_commit("attendance_changed", patient_id=patient_id)


def assess_patient(reg: OpenRegister, sedation: object, alcohol: object, observation: str
                   ) -> tuple[Assessment, list[str]]:
    """The checked assessment and why the default is to withhold (empty: dose)."""
    a = Assessment.checked(sedation, alcohol, observation)
    s = reg.settings
    return a, a.withhold_reasons(s.sedation_withhold_score, s.breath_alcohol_withhold)


@dataclass(frozen=True)
class DoseRequest:
    opened: Sequence[tuple[int, int | str]]  # (section id, units opened)
    mg_administered: int | str
    sedation_score: int | str
    breath_alcohol: int | str
    observation: str = ""
    less_reason: LessReason | None = None
    less_note: str = ""
    assessment_override: str = ""  # why the dose is given despite the assessment
    id_requested: bool = True
    id_provided: bool = True


@dataclass(frozen=True)
class DoseResult:
    event: AttendanceEvent
    entry_ids: tuple[int, ...]
    mg_administered: int
    mg_wasted: int
    observe_until: datetime


def administer(reg: OpenRegister, actor: User, witness: User | None, patient_id: int,
               request: DoseRequest, override: Override | None = None) -> DoseResult:
    """One transaction: the attendance record and the register's administration entries."""
    require(reg, actor, Action.DOSE)
    a, withhold = assess_patient(reg, request.sedation_score, request.breath_alcohol,
                                 request.observation)
    mg = parse_quantity(request.mg_administered, "dose given", unit="mg", maximum=10_000)
    despite = clean_text(request.assessment_override, "reason for dosing despite the assessment",
                         max_length=300, required=False)
    if withhold and not despite:
        raise DoseRefused("The assessment is at or above the withhold threshold ("
                          + "; ".join(withhold) + "): withhold the dose, or record why it is "
                          "still given.")
    less_note = clean_text(request.less_note, "note on the lower dose", max_length=300,
                           required=False)
    with reg.db.transaction():
        signer = check_witness(reg, actor, witness)
        c = _checked_card(reg, patient_id, override)
        rx, window = c.prescription, c.window
        assert rx is not None and window is not None
        if not c.checked_in:
            raise Refused("Check the patient in (confirm their identity) before the dose.")
        less = check_dose(rx, mg, c.given_today_mg,
                          request.less_reason.label if request.less_reason else None)
        opened: list[tuple[Section, int]] = []
        for section_id, units in request.opened:
            count = parse_quantity(units, "number of ampoules opened", minimum=0, maximum=20)
            if not count:
                continue
            section = next((s for s in c.sections if s.id == section_id), None)
            if section is None:
                raise DoseRefused("That product is not on the patient's prescription.")
            opened.append((section, count))
        plan = plan_dose(opened, mg)
        today = reg.today()
        prescriber = users_store.by_id(reg.db, rx.prescriber_id)
        entry_ids = []
        for share in plan.shares:
            stock = register_store.batches(reg.db, share.section.id)
            batch = choose_batch(stock, share.units, today)
            if batch is None:
                raise DoseRefused(_no_stock(share.section, share.units, stock, today))
            entry = register.append_administration(
                reg, actor, signer, share.section, share.units, batch.batch,
                {
                    "patient_id": c.patient.id,
                    "clinic_number": c.patient.clinic_number,
                    "patient_name": c.patient.full_name,
                    "patient_address": c.patient.address,
                    "prescriber_name": rx.prescriber_name,
                    "prescriber_licence": rx.prescriber_licence,
                    "prescriber_registration": (prescriber.professional_registration
                                                if prescriber else None),
                    "prescription_id": rx.id,
                    "prescription_version": rx.version,
                    "units_opened": share.units,
                    "mg_administered": share.mg_administered,
                    "mg_wasted": share.mg_wasted,
                    "collected_by": "The patient, in person (supervised administration)",
                    "id_requested": request.id_requested,
                    "id_provided": request.id_provided,
                    "session": window.number,
                    "day": c.day.isoformat(),
                },
            )
            entry_ids.append(entry.id)
        now = reg.now()
        event_id = attendance_store.add_event(
            reg.db, patient_id=c.patient.id, day=c.day, session=window.number,
            kind=EventKind.DOSED, at=now, by_user=actor.id, witness_id=signer.id,
            prescription_id=rx.id, mg_administered=plan.mg_administered,
            mg_wasted=plan.mg_wasted, entry_ids=tuple(entry_ids),
            details={
                "sedation_score": a.sedation_score, "breath_alcohol": a.breath_alcohol,
                "observation": a.observation, "assessment_override": despite or None,
                "less_reason": less, "less_note": less_note or None,
                "opened": {s.section.code: s.units for s in plan.shares},
                "mg_opened": plan.mg_opened, "override": override.reason if override else None,
                "override_by": override.manager.display if override else None,
            },
        )
        if override is not None:
            reg.audit(actor, AuditAction.DOSE_OVERRIDE, f"patient:{c.patient.clinic_number}",
                      session=window.number, manager=override.manager.username,
                      reason=override.reason)
        reg.publish_after_commit("attendance_changed", patient_id=c.patient.id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    log.info("dose recorded for %s, session %d, entries %s", c.patient.clinic_number,
             window.number, entry_ids)
    return DoseResult(event, tuple(entry_ids), plan.mg_administered, plan.mg_wasted,
                      now + timedelta(minutes=reg.settings.observation_minutes))


def _no_stock(section: Section, units: int, stock: list, today: date) -> str:  # type: ignore[type-arg]
    usable = sum(b.balance for b in stock if b.balance > 0 and not b.expired(today))
    expired = [b for b in stock if b.balance > 0 and b.expired(today)]
    if usable >= units:
        return (f"No single batch of {section.code} holds {section.quantity(units)}: open "
                "ampoules from one batch at a time, or ask the pharmacist.")
    text = (f"Not enough usable stock in {section.code}: {section.quantity(units)} needed, "
            f"{section.quantity(usable)} in date.")
    if expired:
        text += (f" Batch {expired[0].batch} expired on {format_date(expired[0].expiry)} and "
                 "cannot be used for a dose.") if expired[0].expiry else ""
    return text


def withhold(reg: OpenRegister, actor: User, patient_id: int, reason: WithholdReason, note: str,
             sedation_score: int | str, breath_alcohol: int | str, observation: str = "",
             override: Override | None = None) -> AttendanceEvent:
    """Not giving the dose, with a reason: not a missed session."""
    require(reg, actor, Action.DOSE)
    a, _ = assess_patient(reg, sedation_score, breath_alcohol, observation)
    why = WithholdReason(reason)
    text = clean_text(note, "note on why the dose is withheld", max_length=500,
                      required=why is WithholdReason.OTHER, multiline=True)
    with reg.db.transaction():
        c = _checked_card(reg, patient_id, override)
        assert c.window is not None
        if not c.checked_in:
            raise Refused("Check the patient in (confirm their identity) before recording the "
                          "assessment.")
        event_id = attendance_store.add_event(
            reg.db, patient_id=patient_id, day=c.day, session=c.window.number,
            kind=EventKind.WITHHELD, at=reg.now(), by_user=actor.id,
            prescription_id=c.prescription.id if c.prescription else None,
            details={"reason": why.value, "reason_label": why.label, "note": text or None,
                     "sedation_score": a.sedation_score, "breath_alcohol": a.breath_alcohol,
                     "observation": a.observation},
        )
        reg.publish_after_commit("attendance_changed", patient_id=patient_id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    return event


def release(reg: OpenRegister, actor: User, patient_id: int, note: str, *,
            early_reason: str = "") -> AttendanceEvent:
    """The post-dose check before the patient leaves, ending the observation."""
    require(reg, actor, Action.DOSE)
    text = clean_text(note, "release check note", max_length=500, multiline=True)
    early = clean_text(early_reason, "reason for ending the observation early",
                       max_length=300, required=False)
    with reg.db.transaction():
        day = reg.today()
        dose = _in_observation(attendance_store.events_between(reg.db, day, day, [patient_id]))
        if dose is None:
            raise Refused("The patient is not in post-dose observation.")
        until = dose.at + timedelta(minutes=reg.settings.observation_minutes)
        if reg.now() < until and not early:
            raise Refused(f"Observation runs until {format_local(until, reg.tz)[-5:]} "
                          f"({reg.settings.observation_minutes} minutes after the dose); "
                          "give a reason to end it early.")
        event_id = attendance_store.add_event(
            reg.db, patient_id=patient_id, day=dose.day, session=dose.session,
            kind=EventKind.RELEASED, at=reg.now(), by_user=actor.id,
            details={"check": text, "early_reason": early or None},
        )
        reg.publish_after_commit("attendance_changed", patient_id=patient_id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    return event


def states_today(reg: OpenRegister, actor: User, patient_id: int) -> dict[int, SessionState]:
    require(reg, actor, Action.VIEW_PATIENTS)
    today = reg.today()
    a = attendance.assess_current(reg, [patient_id])[patient_id]
    return {s.window.number: s.state for d in a.days if d.day == today for s in d.sessions}
