"""Supervised check-in and dosing: identity, assessment, the dose (or withholding),
witnessed, in one transaction with the register's administration entry. (Post-dose
observation and the release check: services.observation.)

The check-in card is everything the screen shows, read in one call. A dose, a
withholding and a manager's override each have a check that writes nothing
(check_dose, check_withhold, check_override): the screen runs it before anyone is asked
to sign, and the write runs the same check inside its transaction."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hat_desktop.domain import titration as titration_rules
from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import (
    AttendanceEvent,
    EventKind,
    WithholdingCorrection,
    observe_until,
)
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.doses_given import given_by_drug, mg_of_drug
from hat_desktop.domain.dosing import (
    IN_PERSON,
    Assessment,
    DosePlan,
    LessReason,
    WithholdReason,
    check_line_dose,
    check_lines_recorded,
    check_site,
    oral_units,
    plan_dose,
)
from hat_desktop.domain.errors import DoseRefused, InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.missed_doses import Flag, FlagLevel, SessionState
from hat_desktop.domain.patients import Patient, PatientStatus, number_typed_short
from hat_desktop.domain.prescriptions import (
    Prescription,
    PrescriptionLine,
    current_version,
    drug_key,
)
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.register import BatchStock, Section, choose_batch
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.session_withholdings import withheld_at_words
from hat_desktop.domain.sessions import Calendar, Window
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.services import (
    attendance,
    patients,
    register,
    schedule,
    titration,
    top_up_offers,
)
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.services.register import EntryDraft
from hat_desktop.services.top_up_offers import TopUpOffer
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
    """Everything the check-in screen shows after finding the patient, read in one call."""

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
    changed_from: Prescription | None = None  # the next dose is the first at a new dose
    override_helps: bool = False  # a manager's override would lift the refusal
    photo: bytes | None = None  # the patient's photo (PNG), when the screen asked for it
    observe_until: datetime | None = None  # the end of the observation in progress
    late_entry: bool = False  # the register's day is closed: a dose needs a late-entry reason
    lines_due: tuple[PrescriptionLine, ...] = ()  # the lines with a dose this session
    given_today: tuple[tuple[str, int], ...] = ()  # (drug, mg given or supplied today)
    last_sites: tuple[str, ...] = ()  # the last three injection sites, newest first
    withheld: AttendanceEvent | None = None  # this session's withholding, not corrected
    # why nothing at all may be given now (hold, absence, no window...), a session's dose
    # given or not: what refuses a top-up too (None: nothing does)
    standing_refusal: str | None = None
    # each line injected in this session's dose, and whether it may be topped up
    top_ups: tuple[TopUpOffer, ...] = ()

    @property
    def can_dose(self) -> bool:
        return self.refusal is None

    def given_today_of(self, drug: str) -> int:
        return mg_of_drug(self.given_today, drug)

    def sections_of(self, line: PrescriptionLine) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.id in line.section_ids)


def _session(reg: OpenRegister, cal: Calendar, override: Override | None
             ) -> tuple[date, Window | None]:
    """Today and the window being attended: the open one, or the overridden one."""
    today = reg.today()
    if override is not None:
        windows = cal.windows(today)
        window = next((w for w in windows if w.number == override.session), None)
        if window is None:
            raise InvalidInput(f"There is no session {override.session} today.")
        return today, window
    found = cal.window_at(reg.now())
    return (found[0], found[1]) if found else (today, None)


def _window_refusal(reg: OpenRegister, windows: tuple[Window, ...], day: date) -> str:
    if not windows:
        return "The clinic has no sessions today (a closure day)."
    now = reg.now()
    later = [w for w in windows if w.bounds(day, reg.tz)[0] > now]
    nxt = f" The next session opens at {later[0].start:%H:%M}." if later else ""
    return ("No session window is open now: a dose outside the session windows needs a "
            "manager's override with a reason." + nxt)


def _build_card(reg: OpenRegister, patient: Patient, override: Override | None, *,
                photo: bool = False) -> CheckInCard:
    """The card, each query run once; ``photo``: with the patient's photo (for a screen)."""
    cal = schedule.calendar(reg)
    day, window = _session(reg, cal, override)
    versions = rx_store.versions(reg.db, [patient.id])
    assessed = attendance.assess_current(reg, [patient.id], versions=versions,
                                         calendar=cal)[patient.id]
    prescribed = current_version(versions[patient.id], day,
                                 reg.now() + timedelta(microseconds=1))
    plan = titration.in_force(reg, patient.id)
    rx = titration_rules.effective(prescribed, plan, day, window.number if window else None)
    sections = tuple(s for s in (register_store.section_by_id(reg.db, sid)
                                 for sid in (rx.section_ids if rx else ())) if s is not None)
    today_events = attendance_store.events_between(reg.db, day, day, [patient.id])
    events = [e for e in today_events if window is not None and e.session == window.number]
    last_six = attendance_store.recent_doses(reg.db, patient.id, 6)  # sites from up to 6
    recent = tuple(last_six[:3])
    observing = _in_observation(today_events)
    notes: list[str] = []
    titrating = ""
    if plan is not None and window is not None and prescribed is not None:
        # the line's own dose for the session (not the plan's for the day): the plan never
        # gives more, nor tops up beyond it
        titrating = plan.card_text(day, window.number, titration_rules.session_dose(
            prescribed, plan.section_id, window.number))
    if plan is not None and titrating:
        notes.append(f"{titrating} (plan version {plan.version}, {plan.prescriber_name}).")
    days_left = rx.ending_soon(day, reg.settings.expiry_warning_days) if rx else None
    if rx is not None and days_left is not None:
        notes.append(f"The prescription ends on {format_date(rx.end_date)} "
                     f"({days_left} day(s) left): ask the prescriber to renew it.")
    late_entry = register_store.day_closed(reg.db, day)
    if late_entry:
        notes.append(f"The register for {format_date(day)} is closed already: a dose is a late "
                     "entry — give the late-entry reason with the dose.")
    if patient.alerts:
        notes.append(f"Alerts: {patient.alerts}")
    all_withheld = [e for e in events if e.kind is EventKind.WITHHELD]
    corrected = attendance_store.withholding_corrections(reg.db, [e.id for e in all_withheld])
    withheld = [e for e in all_withheld if e.id not in corrected]
    for fix in corrected.values():
        at = format_local(_event_at(all_withheld, fix), reg.tz)[-5:]
        notes.append(f"The withholding at {at} was recorded in error (corrected by "
                     f"{fix.recorded_by_name}, witnessed by {fix.witness_name}: {fix.note}); "
                     "it is kept, marked as an error.")
    if withheld:
        last = withheld[-1]
        at = format_local(last.at, reg.tz)[-5:]
        notes.append(f"Re-assessment: the dose was {withheld_at_words(last, at)}; that "
                     "assessment is kept, this one is recorded beside it.")
    standing, override_helps = _refusal(reg, patient, day, (window, cal.windows(day)),
                                        assessed.flag, rx)
    refusal = standing or _one_dose(reg, patient, window, events)
    if refusal is None:
        refusal = titration_rules.interval_refusal(plan, day, recent[0].at if recent else None,
                                                   reg.now(), reg.tz)
    given = given_by_drug(today_events, rx.drug if rx is not None else "")
    return CheckInCard(
        patient=patient, day=day, window=window, prescription=rx, sections=sections,
        recent_doses=recent, flag=assessed.flag,
        given_today_mg=mg_of_drug(given, rx.drug) if rx is not None else 0,
        checked_in=attendance.checked_in(events) is not None,
        in_observation=observing, refusal=refusal, notes=tuple(notes),
        changed_from=attendance.dose_changed_from(reg, versions[patient.id], rx, recent),
        override_helps=override_helps and override is None,
        standing_refusal=standing,
        photo=patient_store.photo(reg.db, patient.id) if photo else None,
        observe_until=(observe_until(observing, reg.settings.observation_minutes)
                       if observing else None),
        late_entry=late_entry, withheld=withheld[-1] if withheld else None,
        lines_due=rx.lines_due(window.number) if rx is not None and window is not None else (),
        given_today=given, last_sites=_last_sites(last_six),
        top_ups=top_up_offers.session_offers(reg, rx, window, day, events, standing or (
            # closed early (confirmed) with the patient in observation: a top-up would be a
            # late entry, whose reason the top-up screen does not take
            f"The register for {format_date(day)} has been closed: no top-up after the "
            "day's close." if late_entry else None)),
    )


def _last_sites(doses: list[AttendanceEvent]) -> tuple[str, ...]:
    sites = [str(ln["site"]) for e in doses for ln in e.details.get("lines", [])
             if ln.get("site")]
    return tuple(sites[:3])


def _in_observation(events: list[AttendanceEvent]) -> AttendanceEvent | None:
    doses = [e for e in events if e.kind is EventKind.DOSED]
    released = {e.session for e in events if e.kind is EventKind.RELEASED}
    open_doses = [d for d in doses if d.session not in released]
    return open_doses[-1] if open_doses else None


def _refusal(reg: OpenRegister, patient: Patient, day: date,
             session: tuple[Window | None, tuple[Window, ...]], flag: Flag,
             rx: Prescription | None) -> tuple[str | None, bool]:
    """Why the patient cannot be given anything now (None: they can, the session's one
    dose aside), and whether a manager's override of the session window would lift that.
    ``session``: the window attended (None: none is open) and the day's windows."""
    window, windows = session
    if patient.status is PatientStatus.SUSPENDED:
        return (f"{patient.label} is suspended:"
                " no dose until a prescriber or manager reactivates them."), False
    if patient.status is PatientStatus.DISCHARGED:
        return f"{patient.label} has been discharged: no dose.", False
    if flag.level is FlagLevel.AWAY:  # the message names the absence
        return flag.message, False
    if flag.level is FlagLevel.HOLD:
        return (flag.message + " Only a prescriber can lift the hold, by recording a review "
                "on the patient's page."), False
    if rx is None:
        return "There is no prescription current for today: no dose without one.", False
    if window is None:
        return _window_refusal(reg, windows, day), bool(windows)
    if window.number not in rx.sessions:
        listed = ", ".join(str(s) for s in sorted(rx.sessions))
        return (f"The prescription is for session {listed} only, not session "
                f"{window.number}."), False
    return None, False


def _one_dose(reg: OpenRegister, patient: Patient, window: Window | None,
              events: list[AttendanceEvent]) -> str | None:
    """A withholding does not end the session: the patient may be re-assessed later in the
    same window ("come back in half an hour"); each assessment is kept. A dose does (a
    top-up after observation is not a second dose: services.top_ups)."""
    dosed = next((e for e in events if e.kind is EventKind.DOSED), None)
    if dosed is None or window is None:
        return None
    return (f"{patient.full_name} already dosed in session {window.number} today at "
            f"{format_local(dosed.at, reg.tz)[-5:]}: one dose per session.")


# --- reading ----------------------------------------------------------------------------
def card(reg: OpenRegister, actor: User, patient_id: int, override: Override | None = None
         ) -> CheckInCard:
    """The check-in screen's card, with the photo."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return _build_card(reg, patients.existing(reg, patient_id), override, photo=True)


def find(reg: OpenRegister, actor: User, text: str) -> CheckInCard:
    """A scanned card (the clinic number and Enter) straight to the patient's card."""
    require(reg, actor, Action.VIEW_PATIENTS)
    number = (text or "").strip().upper()
    if not number:
        raise InvalidInput("Scan the patient's card or type their clinic number.")
    patient = patient_store.by_clinic_number(reg.db, number)
    if patient is None and number.isdigit():  # "0007" for HAT-0007
        short = [p for p in patient_store.all_patients(reg.db)
                 if number_typed_short(p.clinic_number, number)]
        if len(short) > 1:
            raise InvalidInput(f"More than one clinic number ends in {number[:20]}: type the "
                               "whole number (e.g. HAT-0007).")
        patient = short[0] if short else None
    if patient is None:
        # Never echoed: what was "scanned" may have been a password typed in a hurry.
        raise InvalidInput("A card was scanned that is not a patient's (or the clinic number "
                           "was mistyped): nobody was found.")
    return _build_card(reg, patient, None, photo=True)


# --- writing: each witnessed or signed step a check (writes nothing) and its write -------
def check_override(reg: OpenRegister, actor: User, reason: str, session: int) -> str:
    """The reason and the session of a dose outside the session window, checked before a
    manager is asked to sign for it: the reason as it will be kept."""
    require(reg, actor, Action.DOSE)
    why = clean_text(reason, "reason for dosing outside the session window", max_length=300)
    windows = schedule.windows_on(reg, reg.today())
    if not any(w.number == session for w in windows):
        raise InvalidInput(f"There is no session {session} today.")
    return why


def authorise_override(reg: OpenRegister, actor: User, manager: User, reason: str, session: int
                       ) -> Override:
    """A manager's authority (the manager has signed in the witness dialog)."""
    why = check_override(reg, actor, reason, session)
    current = users_store.by_id(reg.db, manager.id)
    if current is None or not current.active or not allowed(current.role, Action.OVERRIDE_WINDOW):
        raise PermissionDenied("Only a manager can authorise a dose outside the session window.")
    return Override(current, why, session)


def _checked_card(reg: OpenRegister, patient_id: int, override: Override | None) -> CheckInCard:
    c = _build_card(reg, patients.existing(reg, patient_id), override)
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
            reg.publish_after_commit(Change.ATTENDANCE, patient_id=patient_id)
    return _build_card(reg, c.patient, override, photo=True)


def cancel_check_in(reg: OpenRegister, actor: User, patient_id: int, reason: str) -> None:
    """The patient left before the dose: the session goes back to due (or missed)."""
    require(reg, actor, Action.DOSE)
    why = clean_text(reason, "reason", max_length=300)
    with reg.db.transaction():
        c = _build_card(reg, patients.existing(reg, patient_id), None)
        if c.window is None or not c.checked_in:
            raise Refused("The patient is not checked in for the current session.")
        attendance_store.add_event(
            reg.db, patient_id=patient_id, day=c.day, session=c.window.number,
            kind=EventKind.CHECK_IN_CANCELLED, at=reg.now(), by_user=actor.id,
            details={"reason": why})
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=patient_id)


def assess_patient(reg: OpenRegister, sedation: object, alcohol: object, observation: str
                   ) -> tuple[Assessment, list[str]]:
    """The checked assessment and why the default is to withhold (empty: dose)."""
    a = Assessment.checked(sedation, alcohol, observation)
    s = reg.settings
    return a, a.withhold_reasons(s.sedation_withhold_score, s.breath_alcohol_withhold)


@dataclass(frozen=True)
class LineDose:
    """What the nurse records for one prescription line due this session: given (the
    ampoules opened and mg for an injection, with the site; the mg for an oral line, with
    who collected a take-home supply), or withheld with the reason."""

    line: int  # the line's position in the prescription version
    mg: int | str = ""
    opened: Sequence[tuple[int, int | str]] = ()  # injectables: (section id, ampoules)
    site: str = ""
    less_reason: LessReason | None = None
    withheld: WithholdReason | str | None = None  # None: given
    withheld_note: str = ""
    collected_by: str = ""  # take-home: "" is the patient in person
    id_requested: bool = True
    id_provided: bool = True


@dataclass(frozen=True)
class DoseRequest:
    """A session's dose. ``lines``: each line due, given or withheld. Without ``lines``,
    ``opened``/``mg_administered``/``site``/``less_reason`` are the one line due."""

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
    late_reason: str = ""  # on a closed day: why the entry is late (the register's rule)
    site: str = ""
    lines: tuple[LineDose, ...] = ()

    def line_doses(self, due: tuple[PrescriptionLine, ...]) -> tuple[LineDose, ...]:
        if self.lines or not due:
            return self.lines
        return (LineDose(due[0].position, self.mg_administered, self.opened, self.site,
                         self.less_reason, id_requested=self.id_requested,
                         id_provided=self.id_provided),)


@dataclass(frozen=True)
class CheckedLine:
    """One line of a dose that passed its rules: given (its register entries drafted) or
    withheld."""

    line: PrescriptionLine
    mg: int  # given or supplied; 0 when withheld
    site: str | None
    less_reason: str | None
    withheld: WithholdReason | None
    note: str
    plan: DosePlan | None  # an injection: the ampoules opened, given and wasted
    entries: tuple[EntryDraft, ...]
    collected_by: str = ""

    @property
    def record(self) -> dict[str, object]:
        """As the attendance record keeps it."""
        ln = self.line
        return {"line": ln.position, "drug": ln.drug, "route": ln.route.value,
                "site": self.site, "mg": self.mg, "take_home": ln.take_home,
                "mg_wasted": self.plan.mg_wasted if self.plan else 0,
                "less_reason": self.less_reason,
                "withheld": self.withheld.value if self.withheld else None,
                "withheld_label": self.withheld.label if self.withheld else None,
                "note": self.note or None,
                "collected_by": self.collected_by or None}


@dataclass(frozen=True)
class CheckedDose:
    """A dose that passed every rule (the patient and the session, the assessment, each
    line against the prescription and the clinic's ceilings, the ampoules, the stock and
    its batches, the register's day) and is not written yet: what the witness is asked
    to sign for."""

    card: CheckInCard
    assessment: Assessment
    plan: DosePlan  # every ampoule opened, all lines together
    less_reason: str | None
    less_note: str
    assessment_override: str
    entries: tuple[EntryDraft, ...]  # the register's entries, one a product of each line
    lines: tuple[CheckedLine, ...] = ()

    @property
    def main_mg(self) -> int:
        """The mg of the first line's drug given (what a dose meant before lines existed)."""
        rx = self.card.prescription
        first = rx.lines[0].drug if rx is not None and rx.lines else ""
        return mg_of_drug(((c.line.drug, c.mg) for c in self.lines), first)


@dataclass(frozen=True)
class DoseResult:
    event: AttendanceEvent
    entry_ids: tuple[int, ...]  # internal
    entry_numbers: tuple[tuple[str, int], ...]  # (section code, No. in the section)
    mg_administered: int
    mg_wasted: int
    observe_until: datetime
    lines: tuple[CheckedLine, ...] = ()


def check_dose(reg: OpenRegister, actor: User, patient_id: int, request: DoseRequest,
               override: Override | None = None) -> CheckedDose:
    """Every rule of a dose, writing nothing: the screen runs it before the witness is
    asked to sign; administer runs it again inside its transaction."""
    require(reg, actor, Action.DOSE)
    a, withhold = assess_patient(reg, request.sedation_score, request.breath_alcohol,
                                 request.observation)
    despite = clean_text(request.assessment_override, "reason for dosing despite the assessment",
                         max_length=300, required=False)
    if withhold and not despite:
        raise DoseRefused("The assessment is at or above the withhold threshold ("
                          + "; ".join(withhold) + "): withhold the dose, or record why it is "
                          "still given.")
    less_note = clean_text(request.less_note, "note on the lower dose", max_length=300,
                           required=False)
    c = _checked_card(reg, patient_id, override)
    rx = c.prescription
    assert rx is not None
    if not c.checked_in:
        raise Refused("Check the patient in (confirm their identity) before the dose.")
    doses = request.line_doses(c.lines_due)
    check_lines_recorded(c.lines_due, [d.line for d in doses])
    given_today = {drug_key(drug): mg for drug, mg in c.given_today}
    checked: list[CheckedLine] = []
    for dose in doses:
        line = rx.line(dose.line)
        assert line is not None  # check_lines_recorded: every line is due
        one = _check_line(reg, c, line, dose, given_today.get(drug_key(line.drug), 0), request,
                          override)
        given_today[drug_key(line.drug)] = given_today.get(drug_key(line.drug), 0) + one.mg
        checked.append(one)
    if not any(one.mg for one in checked):
        raise InvalidInput("Every line is withheld: to give nothing, choose Withhold the dose "
                           "and record why.")
    shares = tuple(s for one in checked if one.plan for s in one.plan.shares)
    first = next((one.less_reason for one in checked if one.less_reason), None)
    entries = tuple(e for one in checked for e in one.entries)
    return CheckedDose(c, a, DosePlan(shares), first, less_note, despite, entries,
                       tuple(checked))


def _check_line(reg: OpenRegister, c: CheckInCard, line: PrescriptionLine, dose: LineDose,
                given_today: int, request: DoseRequest, override: Override | None
                ) -> CheckedLine:
    assert c.window is not None and c.prescription is not None
    where = f"{line.drug} ({line.route.short})"
    if dose.withheld not in (None, ""):
        if dose.withheld not in set(WithholdReason):
            raise InvalidInput(f"Choose the reason the {where} is withheld.")
        why = WithholdReason(dose.withheld)
        note = clean_text(dose.withheld_note, "note on why the line is withheld",
                          max_length=300, required=why is WithholdReason.OTHER)
        return CheckedLine(line, 0, None, None, why, note, None, ())
    mg = parse_quantity(dose.mg, f"dose of {where}", unit="mg", maximum=10_000)
    site = check_site(line, dose.site, reg.settings.injection_sites)
    less = check_line_dose(
        line, c.window.number, mg, given_today_mg=given_today,
        daily_limit_mg=c.prescription.daily_limit_for(line.drug),
        ceiling=reg.settings.ceiling(line.drug),
        less_reason=dose.less_reason.label if dose.less_reason else None)
    details = _entry_details(reg, c, line, site, dose, override)
    if line.route.injected:
        plan = plan_dose(_opened(c, line, dose), mg)
        entries = tuple(_administration(reg, share.section, share.units, {
            **details, "units_opened": share.units, "mg_administered": share.mg_administered,
            "mg_wasted": share.mg_wasted}, request.late_reason) for share in plan.shares)
        return CheckedLine(line, mg, site, less, None, "", plan, entries)
    section, units = _oral_supply(reg, c, line, mg)
    collected = clean_text(dose.collected_by, "who collected the supply", max_length=200,
                           required=False, multiline=True)
    collector = (collected or IN_PERSON) if line.take_home else ""
    if line.take_home:
        details["collected_by"] = collector
    entry = _administration(reg, section, units, {
        **details, "units_opened": units, "mg_administered": mg, "mg_wasted": 0},
        request.late_reason)
    return CheckedLine(line, mg, None, less, None, "", None, (entry,), collector)


def _entry_details(reg: OpenRegister, c: CheckInCard, line: PrescriptionLine, site: str | None,
                   dose: LineDose, override: Override | None) -> dict[str, object]:
    """What the register keeps of the patient, the authority and the collection."""
    rx = c.prescription
    assert rx is not None and c.window is not None
    return administration_details(
        c.patient, rx, users_store.by_id(reg.db, rx.prescriber_id), line, c.day,
        c.window.number, site=site, id_requested=dose.id_requested,
        id_provided=dose.id_provided, override=override)


def administration_details(patient: Patient, rx: Prescription, prescriber: User | None,
                           line: PrescriptionLine, day: date, session: int, *,
                           site: str | None, id_requested: bool, id_provided: bool,
                           override: Override | None = None) -> dict[str, object]:
    """The details of an administration entry: the patient, the authority and the
    collection, in one shape for every writer of one (the demo's bulk history too)."""
    return {
        "patient_id": patient.id,
        "clinic_number": patient.clinic_number,
        "patient_name": patient.full_name,
        "patient_address": patient.address,
        "prescriber_name": rx.prescriber_name,
        "prescriber_licence": rx.prescriber_licence,
        "prescriber_address": prescriber.address if prescriber else None,
        "prescriber_registration": (prescriber.professional_registration
                                    if prescriber else None),
        "prescription_id": rx.id,
        "prescription_version": rx.version,
        "line": line.position,
        "route": line.route.short,
        **({"site": site} if site else {}),
        **({"take_home": True} if line.take_home else {}),
        "collected_by": ("The patient, in person (supervised administration)"
                         if not line.take_home else ""),
        "id_requested": id_requested,
        "id_provided": id_provided,
        "session": session,
        "day": day.isoformat(),
        **({"override_reason": override.reason, "override_by": override.manager.display}
           if override is not None else {}),
    }


def _opened(c: CheckInCard, line: PrescriptionLine, dose: LineDose
            ) -> list[tuple[Section, int]]:
    opened: list[tuple[Section, int]] = []
    sections = c.sections_of(line)
    for section_id, units in dose.opened:
        count = parse_quantity(units, "number of ampoules opened", minimum=0, maximum=20)
        if not count:
            continue
        section = next((s for s in sections if s.id == section_id), None)
        if section is None:
            raise DoseRefused("That product is not on the patient's prescription.")
        if any(s.id == section_id for s, _ in opened):
            raise InvalidInput(f"The ampoules opened of {section.code} are entered twice.")
        opened.append((section, count))
    return opened


def _oral_supply(reg: OpenRegister, c: CheckInCard, line: PrescriptionLine, mg: int
                 ) -> tuple[Section, int]:
    """The product of an oral line holding ``mg`` exactly, with its units."""
    for section in c.sections_of(line):
        units = oral_units(section, mg)
        if units is not None:
            return section, units
    first = c.sections_of(line)[0]
    raise InvalidInput(f"{mg} mg is not a whole number of {first.unit}s of {first.code} "
                       f"({first.mg_per_unit} mg each).")


def _administration(reg: OpenRegister, section: Section, units: int, details: dict[str, object],
                    late_reason: str = "") -> EntryDraft:
    """The register entry of one product of a line, from the batch that expires first."""
    today = reg.today()
    stock = register_store.batches(reg.db, section.id)
    batch = choose_batch(stock, units, today)
    if batch is None:
        raise DoseRefused(_no_stock(section, units, stock, today))
    return register.administration_draft(reg, section, units, batch.batch, dict(details),
                                         late_reason=late_reason or None)


def administer(reg: OpenRegister, actor: User, witness: User | None, patient_id: int,
               request: DoseRequest, override: Override | None = None) -> DoseResult:
    """One transaction: the check, the witness (one signature for every line), the
    attendance record and each line's register entries, each in its own section."""
    with reg.db.transaction():
        checked = check_dose(reg, actor, patient_id, request, override)
        signer = check_witness(reg, actor, witness)
        c, plan, a = checked.card, checked.plan, checked.assessment
        assert c.window is not None and c.prescription is not None
        written = [register.write_draft(reg, actor, draft, signer) for draft in checked.entries]
        entry_ids = [e.id for e in written]
        records, start = [], 0
        for one in checked.lines:  # each line's own entries, in the order they were drafted
            ids = entry_ids[start:start + len(one.entries)]
            start += len(one.entries)
            records.append({**one.record, "entry_ids": ids})
        codes = {s.id: s.code for s in c.sections}
        numbers = tuple((codes.get(e.section_id, "?"), e.number) for e in written)
        now = reg.now()
        until = reg.settings.observation_ends(now)
        event_id = attendance_store.add_event(
            reg.db, patient_id=c.patient.id, day=c.day, session=c.window.number,
            kind=EventKind.DOSED, at=now, by_user=actor.id, witness_id=signer.id,
            prescription_id=c.prescription.id, mg_administered=checked.main_mg,
            mg_wasted=plan.mg_wasted, entry_ids=tuple(entry_ids),
            details={
                "sedation_score": a.sedation_score, "breath_alcohol": a.breath_alcohol,
                "observation": a.observation,
                "assessment_override": checked.assessment_override or None,
                "less_reason": checked.less_reason, "less_note": checked.less_note or None,
                "opened": {s.section.code: s.units for s in plan.shares},
                "mg_opened": plan.mg_opened, "override": override.reason if override else None,
                "override_by": override.manager.display if override else None,
                "observe_until": until.isoformat(),
                "lines": records,
            },
        )
        if override is not None:
            reg.audit(actor, AuditAction.DOSE_OVERRIDE, f"patient:{c.patient.clinic_number}",
                      session=c.window.number, manager=override.manager.username,
                      reason=override.reason)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=c.patient.id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    log.info("dose recorded for %s, session %d, entries %s", c.patient.clinic_number,
             c.window.number, entry_ids)
    return DoseResult(event, tuple(entry_ids), numbers, checked.main_mg, plan.mg_wasted,
                      until, checked.lines)


def _no_stock(section: Section, units: int, stock: list[BatchStock], today: date) -> str:
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


@dataclass(frozen=True)
class CheckedWithholding:
    """A withholding that passed every rule, not written yet."""

    card: CheckInCard
    assessment: Assessment
    reason: WithholdReason
    note: str


def check_withhold(reg: OpenRegister, actor: User, patient_id: int,
                   reason: WithholdReason | str | None, note: str, sedation_score: int | str,
                   breath_alcohol: int | str, observation: str = "",
                   override: Override | None = None) -> CheckedWithholding:
    """Every rule of a withholding, writing nothing."""
    require(reg, actor, Action.DOSE)
    a, _ = assess_patient(reg, sedation_score, breath_alcohol, observation)
    if reason not in set(WithholdReason):
        raise InvalidInput("Choose the reason for withholding the dose.")
    why = WithholdReason(reason)
    text = clean_text(note, "note on why the dose is withheld", max_length=500,
                      required=why is WithholdReason.OTHER, multiline=True)
    c = _checked_card(reg, patient_id, override)
    if not c.checked_in:
        raise Refused("Check the patient in (confirm their identity) before recording the "
                      "assessment.")
    return CheckedWithholding(c, a, why, text)


def withhold(reg: OpenRegister, actor: User, patient_id: int,
             reason: WithholdReason | str | None, note: str, sedation_score: int | str,
             breath_alcohol: int | str, observation: str = "",
             override: Override | None = None) -> AttendanceEvent:
    """Not giving the dose, with a reason: not a missed session."""
    with reg.db.transaction():
        w = check_withhold(reg, actor, patient_id, reason, note, sedation_score,
                           breath_alcohol, observation, override)
        c, a = w.card, w.assessment
        assert c.window is not None
        event_id = attendance_store.add_event(
            reg.db, patient_id=patient_id, day=c.day, session=c.window.number,
            kind=EventKind.WITHHELD, at=reg.now(), by_user=actor.id,
            prescription_id=c.prescription.id if c.prescription else None,
            details={"reason": w.reason.value, "reason_label": w.reason.label,
                     "note": w.note or None, "sedation_score": a.sedation_score,
                     "breath_alcohol": a.breath_alcohol, "observation": a.observation},
        )
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=patient_id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    return event


def _event_at(events: list[AttendanceEvent], fix: WithholdingCorrection) -> datetime:
    return next(e.at for e in events if e.id == fix.event_id)


# --- a withholding recorded in error: a witnessed note, never an erasure ---------------------
@dataclass(frozen=True)
class CheckedWithholdingCorrection:
    """A correction of a withholding that passed every rule, not written yet."""

    by: User
    event: AttendanceEvent
    note: str


def check_correct_withholding(reg: OpenRegister, actor: User, event_id: int, note: str
                              ) -> CheckedWithholdingCorrection:
    """Every rule of marking a withholding as recorded in error, writing nothing: the
    screen runs it before the witness is asked to sign."""
    user = require(reg, actor, Action.DOSE)
    text = clean_text(note, "note on why the withholding was recorded in error",
                      max_length=500, multiline=True)
    event = attendance_store.event_by_id(reg.db, event_id)
    if event is None or event.kind is not EventKind.WITHHELD:
        raise InvalidInput("There is no withholding with that number to correct.")
    if attendance_store.withholding_corrections(reg.db, [event.id]):
        raise Refused("That withholding has been corrected already.")
    return CheckedWithholdingCorrection(user, event, text)


def correct_withholding(reg: OpenRegister, actor: User, witness: User | None, event_id: int,
                        note: str) -> WithholdingCorrection:
    """The withholding stays as it was, with a witnessed note that it was recorded in error;
    it is no longer the session's outcome (the patient may be dosed in the window)."""
    with reg.db.transaction():
        checked = check_correct_withholding(reg, actor, event_id, note)
        signer = check_witness(reg, checked.by, witness)
        event = checked.event
        attendance_store.add_withholding_correction(
            reg.db, event_id=event.id, note=checked.note, at=reg.now(), by_user=checked.by.id,
            by_name=checked.by.display, witness_id=signer.id, witness_name=signer.display)
        reg.audit(checked.by, AuditAction.WITHHOLDING_CORRECTED, f"patient:{event.patient_id}",
                  withholding=event.id, day=event.day.isoformat(), session=event.session,
                  witness=signer.username)
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=event.patient_id)
    return attendance_store.withholding_corrections(reg.db, [event_id])[event_id]


def states_today(reg: OpenRegister, actor: User, patient_id: int) -> dict[int, SessionState]:
    require(reg, actor, Action.VIEW_PATIENTS)
    today = reg.today()
    a = attendance.assess_current(reg, [patient_id])[patient_id]
    return {s.window.number: s.state for d in a.days if d.day == today for s in d.sessions}
