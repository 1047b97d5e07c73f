"""The demo clinic: a realistic register built through the same services the
screens use (never raw SQL), on a simulated clock that walks through the past
days and today up to now. Every screen and printed page of it says DEMO."""

import logging
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.dosing import LessReason, WithholdReason
from hat_desktop.domain.errors import HatError
from hat_desktop.domain.missed_doses import FlagLevel
from hat_desktop.domain.patients import Patient, PatientDetails
from hat_desktop.domain.prescriptions import LineInput, Prescription, PrescriptionInput
from hat_desktop.domain.register import PRESETS, EntryKind, Section
from hat_desktop.domain.register_keys import KeyMode
from hat_desktop.domain.roles import Role
from hat_desktop.domain.safety import (
    AdverseKind,
    EventDraft,
    EventOutcome,
    NaloxoneRoute,
    ReadingInput,
)
from hat_desktop.domain.times import DEFAULT_TIMEZONE, day_bounds, local_to_utc, zone
from hat_desktop.domain.titration import StepUnit, TitrationInput, product_of
from hat_desktop.services import (
    absences,
    adverse_events,
    day_close,
    dosing,
    holds,
    observation,
    patients,
    prescriptions,
    reconciliation,
    register,
    schedule,
    settings,
    titration,
    top_ups,
    users,
)
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo_data import (
    ALERTS,
    FIRST_NAMES,
    STREETS,
    SURNAMES,
    avatar,
    valid_nhs_number,
)
from hat_desktop.services.demo_history import (
    HISTORY_DAYS,
    DemoStaff,
    History,
    Regimen,
    ampoules,
    regimen_lines,
)
from hat_desktop.services.demo_outcomes import COMPLETES, ENDED_BEFORE, DemoOutcomes
from hat_desktop.services.demo_screens import DemoScreens
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import NewRegister, create_register
from hat_desktop.store import keys
from hat_desktop.store import register as register_store
from hat_desktop.store.connection import read_info
from hat_desktop.store.keys import keyring_problem

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo-password"
DEMO_PASSPHRASE = "demo register passphrase"  # only when this computer has no keyring
DEMO_USERS: list[tuple[str, str, Role]] = [
    ("demo-manager", "Morag Manager", Role.MANAGER),
    ("demo-nurse", "Nina Nurse", Role.NURSE),
    ("demo-nurse2", "Noel Nurse", Role.NURSE),
    ("demo-pharmacist", "Priya Pharmacist", Role.PHARMACIST),
    ("demo-prescriber", "Dr Patrick Prescriber", Role.PRESCRIBER),
    ("demo-inspector", "Imogen Inspector", Role.INSPECTOR),
]
SUPPLIER = ("Alliance Healthcare (Distribution) Ltd", "Unit 4, Teesside Industrial Estate\n"
            "Stockton-on-Tees TS17 9JZ")

# Made-up invoice prices per unit (ampoule, ml), for the evaluation's costs, and the
# clinic's staff and overhead cost per patient-day (pence): near the £12,000 budget.
UNIT_PRICES = {"DIAM100": "4.20", "DIAM500": "14.00", "METH1": "0.02"}
STAFF_COST_PER_DAY_PENCE = 1850
PRESCRIPTION_DAYS = 120  # each prescription's run; renewed within four weeks of its end
RENEW_WITHIN_DAYS = 28

# progress(stage, done, total) -> keep going?
Progress = Callable[[str, int, int], bool]


@dataclass
class DemoResult:
    data_dir: Path
    days: int
    patients: int
    users: list[tuple[str, Role]]
    password: str = DEMO_PASSWORD
    passphrase: str | None = None
    doses: int = 0
    discrepancies: int = 0
    holds: int = 0


@dataclass
class _Plan:
    """Who stays away when: (patient index, day index) pairs, and session misses."""

    away_days: set[tuple[int, int]] = field(default_factory=set)
    # day index -> (patient index, mg up or down)
    dose_changes: dict[int, tuple[int, int]] = field(default_factory=dict)
    unreviewed: set[int] = field(default_factory=set)  # held patients left for the user
    custody: tuple[int, int, int] | None = None  # (patient, first day away, last day away)
    overdose_day: int | None = None  # an overdose in that day's afternoon session
    overdose_done: bool = False
    low_spo2_days: set[int] = field(default_factory=set)  # a low reading that settled
    titration: tuple[int, int] | None = None  # (patient, the plan's first day)


DEMO_SITES = ("Arm, left", "Arm, right", "Forearm, left", "Forearm, right", "Thigh, left",
              "Thigh, right")


class _Builder:
    def __init__(self, reg: OpenRegister, clock: ManualClock, staff: DemoStaff, rng: random.Random,
                 real_now: datetime, result: DemoResult) -> None:
        self.reg, self.clock, self.staff, self.rng = reg, clock, staff, rng
        self.real_now = real_now
        self.result = result
        self.tz = reg.tz
        sections = {s.code: s for s in register_store.sections(reg.db)}
        self.d100, self.d500 = sections["DIAM100"], sections["DIAM500"]
        self.meth = sections["METH1"]
        self.patients: list[Patient] = []
        self.regimens: list[Regimen] = []  # each patient's maintenance doses
        self.pending_fix: list[tuple[int, int]] = []  # (discrepancy id, entry id to correct)
        self.exited: set[int] = set()  # patients whose treatment has ended: no more visits

    def at(self, day: date, hour: int, minute: int = 0) -> bool:
        """Move the clock to a local time; False if that is still in the future."""
        moment = local_to_utc(day, time(hour, minute), self.tz)
        if moment > self.real_now:
            return False
        self.clock.set(moment)
        return True

    # --- stock ----------------------------------------------------------------------------
    def receive(self, section: Section, qty: int, batch: str, expiry: date,
                rng: random.Random | None = None) -> None:
        register.receive(self.reg, self.staff.pharmacist, self.staff.nurse, section.id,
                         register.Receipt(qty, SUPPLIER[0], SUPPLIER[1], batch, expiry,
                                          f"INV-{(rng or self.rng).randint(10000, 99999)}",
                                          unit_price=UNIT_PRICES.get(section.code, "")))

    def top_up(self, day: date) -> None:
        for section, low, qty in ((self.d100, 400, 800), (self.d500, 40, 80),
                                  (self.meth, 800, 2000)):
            if register_store.balance(self.reg.db, section.id) < low:
                batch = f"{section.code[-3:]}{day:%y%m%d}"
                self.receive(section, qty, batch, day + timedelta(days=540))

    # --- patients ----------------------------------------------------------------------------
    def register_patients(self, count: int, day: date, ended: frozenset[int] = frozenset(),
                          *, prescribe: bool = True) -> None:
        """``count`` patients, each prescribed from ``day`` (unless not ``prescribe``: the
        history prescribes) except those whose treatment ``ended`` before it."""
        used: set[str] = set()
        for i in range(count):
            while True:
                first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
                if f"{first} {last}" not in used:
                    used.add(f"{first} {last}")
                    break
            dob = date(self.rng.randint(1966, 2001), self.rng.randint(1, 12),
                       self.rng.randint(1, 28))
            address = (f"{self.rng.randint(1, 180)} {self.rng.choice(STREETS)}\n"
                       f"Middlesbrough TS{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}"
                       f"{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                       f"{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")
            p = patients.create_patient(self.reg, self.staff.nurse, PatientDetails(
                f"HAT-{i + 1:04d}", f"{first} {last}", dob, address,
                valid_nhs_number(self.rng) if self.rng.random() < 0.8 else "",
                self.rng.choice(ALERTS)))
            patients.set_photo(self.reg, self.staff.nurse, p.id,
                               avatar(first[0] + last[0], self.rng))
            dose = self.rng.randrange(120, 460, 10)
            # Most take oral methadone home for the night (#16); the second patient has a
            # smaller afternoon dose than the morning's.
            afternoon = max(60, dose - 80) if i == 1 else dose
            night = self.rng.randrange(20, 70, 10) if i % 5 != 4 else 0
            self.patients.append(p)
            self.regimens.append(Regimen(dose, afternoon, night))
            if i in ended or not prescribe:
                continue
            prescriptions.prescribe(self.reg, self.staff.prescriber, p.id, PrescriptionInput(
                (), 0, frozenset(), day, day + timedelta(days=PRESCRIPTION_DAYS),
                notes="Maintenance dose after titration.", lines=self._lines(
                    dose, afternoon, night)))

    def _lines(self, morning: int, afternoon: int, night: int) -> tuple[LineInput, ...]:
        return regimen_lines(self.d100, self.d500, self.meth, morning, afternoon, night)

    def _changed(self, rx: Prescription, step: int | None, day: date, reason: str,
                 notes: str) -> PrescriptionInput:
        """The prescription from ``day`` with its diamorphine changed by ``step`` mg (or
        halved, step 0; as it was, None), its methadone as it was."""
        diam = rx.lines[0]
        doses = [mg for _, mg in diam.doses]
        new = [mg if step is None else min(480, max(60, mg + step)) if step
               else max(50, mg // 2) for mg in doses]
        meth = next((ln for ln in rx.lines if ln.take_home), None)
        night = meth.dose_for(2) or 0 if meth is not None else 0
        # Never ending before it starts: a change on a prescription's last days runs on
        # for the four weeks a renewal needs at least.
        end = max(rx.end_date, day + timedelta(days=RENEW_WITHIN_DAYS))
        return PrescriptionInput(
            (), 0, frozenset(), day, end, notes=notes, change_reason=reason,
            lines=self._lines(new[0], new[-1], night))

    def renew(self, day: date) -> None:
        """The prescriber renews, at the same doses, every prescription that ends within
        four weeks: a demo longer than a prescription keeps dosing."""
        for index, p in enumerate(self.patients):
            if index in self.exited:
                continue
            found = prescriptions.versions(self.reg, self.staff.prescriber, p.id)
            if found and found[-1].end_date < day + timedelta(days=RENEW_WITHIN_DAYS):
                renewal = self._changed(found[-1], None, day, "Renewed: the same doses.",
                                        found[-1].notes)
                prescriptions.prescribe(self.reg, self.staff.prescriber, p.id, replace(
                    renewal, end_date=day + timedelta(days=PRESCRIPTION_DAYS)))

    def change_dose(self, index: int, step: int, day: date) -> None:
        p = self.patients[index]
        current = prescriptions.versions(self.reg, self.staff.prescriber, p.id)[-1]
        reason = ("Dose adjusted at the weekly review." if step > 0 else
                  "Dose reduced: two days without a dose, tolerance may have fallen.")
        prescriptions.prescribe(self.reg, self.staff.prescriber, p.id,
                                self._changed(current, step, day, reason, current.notes))

    # --- a session ------------------------------------------------------------------------------
    def session(self, day: date, day_index: int, plan: _Plan) -> None:
        windows = schedule.windows_on(self.reg, day)
        for window in windows:
            start, end = window.bounds(day, self.tz)
            if start > self.real_now:
                return
            order = list(range(len(self.patients)))
            self.rng.shuffle(order)
            span = (end - start).total_seconds() * 0.7
            releases: list[tuple[datetime, int]] = []
            for n, i in enumerate(order):
                when = start + timedelta(seconds=span * (n + 1) / (len(order) + 1))
                if when > self.real_now:
                    break
                if (i, day_index) in plan.away_days or i in self.exited \
                        or self.rng.random() < 0.04:
                    continue
                self.clock.set(when)
                dosed_at = self.attend(self.patients[i], window.number)
                if dosed_at is not None:
                    releases.append((dosed_at + timedelta(minutes=self.rng.randint(21, 30)), i))
            for moment, i in sorted(releases):
                # Never before what is already written: the register is chronological.
                moment = max(moment, self.clock.now())
                if moment > self.real_now:
                    continue
                self.clock.set(moment)
                if plan.overdose_day == day_index and window.number == 2 \
                        and not plan.overdose_done:
                    plan.overdose_done = True
                    plan.unreviewed.add(i)  # on hold today, waiting for the review
                    self.overdose(self.patients[i])
                    continue
                if day_index in plan.low_spo2_days and window.number == 1:
                    plan.low_spo2_days.discard(day_index)
                    self.low_spo2(self.patients[i])
                    continue
                if self.titration_top_up(plan, i, day_index):
                    later = self.clock.now() + timedelta(minutes=25)  # observed again
                    if later > self.real_now:
                        continue
                    self.clock.set(later)
                observation.release(
                    self.reg, self.staff.nurse2, self.patients[i].id,
                    ReadingInput(95 + i % 5, 12 + i % 7, 0),
                    "Alert, steady on feet, no concerns. Left the clinic.")

    def titration_top_up(self, plan: _Plan, i: int, day_index: int) -> bool:
        """In titration, the patient takes the plan's top-up after observation: reassessed,
        witnessed, a register entry of its own (no random draw: the rest of the demo is as
        before). True when one was given."""
        if plan.titration is None or i != plan.titration[0] or day_index < plan.titration[1]:
            return False
        p = self.patients[i]
        offer = next((o for o in top_ups.offers(self.reg, self.staff.nurse, p.id)
                      if o.available), None)
        if offer is None:
            return False
        top_ups.top_up(self.reg, self.staff.nurse, self.staff.nurse2, p.id,
                       top_ups.TopUpRequest(
                           offer.line.position, offer.room_mg,
                           ampoules(offer.room_mg, self.d100, self.d500),
                           DEMO_SITES[day_index % len(DEMO_SITES)], 0, 0,
                           "Settled after the first injection; asks for the top-up."))
        return True

    def low_spo2(self, patient: Patient) -> None:
        """A low reading at the release check; ten minutes later it has settled, and two
        members of staff agree to release."""
        nurse, nurse2 = self.staff.nurse, self.staff.nurse2
        observation.record_reading(self.reg, nurse2, patient.id, ReadingInput(91, 11, 1),
                                   "Drowsy, SpO2 91 % on air: stays, recheck in 10 minutes.")
        self.clock.set(self.clock.now() + timedelta(minutes=10))
        observation.release(self.reg, nurse2, patient.id, ReadingInput(96, 14, 0),
                            "Settled: alert, talking, SpO2 96 % on air.", confirmer=nurse)

    def overdose(self, patient: Patient) -> None:
        """An overdose reversed with naloxone: the patient is on hold until reviewed."""
        nurse, nurse2 = self.staff.nurse, self.staff.nurse2
        dose = adverse_events.doses_to_link(self.reg, nurse, patient.id)[0]
        observation.record_reading(self.reg, nurse, patient.id, ReadingInput(82, 5, 3),
                                   "Unresponsive to voice, pinpoint pupils.")
        adverse_events.record_event(self.reg, nurse, nurse2, patient.id, EventDraft(
            AdverseKind.OVERDOSE, dose.at + timedelta(minutes=9), EventOutcome.RECOVERED,
            "Became unresponsive nine minutes after the dose, breathing 5/min, SpO2 82 %. "
            "Oxygen by mask and bag-valve-mask breaths; naloxone 400 micrograms IM twice, "
            "three minutes apart. Alert again four minutes after the second dose.",
            "Nina Nurse, Noel Nurse", dose_event_id=dose.id, naloxone_mg="0.8",
            naloxone_route=NaloxoneRoute.IM, naloxone_doses=2, naloxone_batch="NX24117",
            oxygen=True, rescue_breaths=True))
        self.clock.set(self.clock.now() + timedelta(minutes=60))
        observation.release(self.reg, nurse, patient.id, ReadingInput(97, 14, 0),
                            "Observed an hour after naloxone: alert, SpO2 97 %, left with "
                            "a friend and a naloxone kit.", confirmer=nurse2)
        last = adverse_events.patient_events(self.reg, nurse, patient.id)[0].event
        adverse_events.add_note(self.reg, nurse2, last.id, "Two naloxone doses, not one "
                                "as first said at handover; the prescriber is informed.")

    def attend(self, patient: Patient, session: int) -> datetime | None:
        nurse, witness = self.staff.nurse, self.staff.nurse2
        card = dosing.card(self.reg, nurse, patient.id)
        if card.flag.level is FlagLevel.HOLD or not card.can_dose:
            return None
        dosing.check_in(self.reg, nurse, patient.id, identity_confirmed=True)
        self.clock.advance(timedelta(minutes=2))
        if self.rng.random() < 0.03:
            dosing.withhold(self.reg, nurse, patient.id, WithholdReason.INTOXICATED,
                            "Smelled of alcohol, unsteady.", 2, self.rng.randint(40, 90))
            return None
        rx = card.prescription
        assert rx is not None and card.window is not None
        lines = []
        for line in card.lines_due:
            mg, less = line.dose_for(card.window.number) or 0, None
            if line.take_home:
                lines.append(dosing.LineDose(line.position, mg))
                continue
            if self.rng.random() < 0.03:
                mg, less = mg - 20, LessReason.PATIENT_REQUEST
            lines.append(dosing.LineDose(line.position, mg, ampoules(mg, self.d100, self.d500),
                                         self.rng.choice(DEMO_SITES), less))
        dosing.administer(self.reg, nurse, witness, patient.id, dosing.DoseRequest(
            (), 0, 0, 0, "Alert and orientated.", lines=tuple(lines)))
        self.result.doses += 1
        return self.clock.now()

    # --- end of day ------------------------------------------------------------------------------
    def reconcile(self, day: date, day_index: int, *, shortfalls: bool = True) -> None:
        """The evening's count, sign-off and day close; every ninth day (``shortfalls``)
        an ampoule short, explained or reported the next morning."""
        ph, witness = self.staff.pharmacist, self.staff.nurse
        sheet = reconciliation.count_sheet(self.reg, ph)
        counts: dict[tuple[int, str | None], int] = {}
        short_line = None
        if shortfalls and day_index % 9 == 4:
            short_line = next((ln for ln in sheet if ln.section_code == "DIAM100"), None)
        for line in sheet:
            stock = next(b for b in register_store.batches(self.reg.db, line.section_id)
                         if b.batch == line.batch)
            counts[(line.section_id, line.batch)] = stock.balance - (1 if line is short_line else 0)
        rec, found = reconciliation.submit_count(self.reg, ph, day, counts)
        reconciliation.sign_off(self.reg, ph, witness, rec.id)
        day_close.close_day(self.reg, ph, day, confirmed=True)
        for d in found:
            self.result.discrepancies += 1
            doses = [e for e in register_store.entries_in_range(
                self.reg.db, d.section_id, *self._bounds(day))
                if e.kind is EntryKind.ADMINISTRATION]
            if doses:
                self.pending_fix.append((d.id, doses[-1].id))

    def custody(self, plan: _Plan, index: int, day: date, *, evening: bool) -> None:
        """The police ring on the first morning; the return is recorded the evening the
        patient is released: four days away, then the prescriber's review."""
        if plan.custody is None:
            return
        who, first_away, last_away = plan.custody
        patient = self.patients[who]
        if not evening and index == first_away and self.at(day, 8, 15):
            absences.record_absence(self.reg, self.staff.nurse, patient.id,
                                    AbsenceReason.CUSTODY, day, None,
                                    "Police custody suite rang: arrested last night.")
        if evening and index == last_away and self.at(day, 19, 0):
            ongoing = absences.for_patient(self.reg, self.staff.nurse, patient.id)[0]
            absences.record_return(self.reg, self.staff.nurse2, ongoing.id, day,
                                   "Released this evening; comes back tomorrow morning.")

    def titrate(self, plan: _Plan, index: int, day: date) -> None:
        """A plan written on its first morning: from a third of the maintenance dose, in
        four daily steps, with top-ups after observation."""
        if plan.titration is None or index != plan.titration[1] or not self.at(day, 8, 5):
            return
        p = self.patients[plan.titration[0]]
        rx = prescriptions.versions(self.reg, self.staff.prescriber, p.id)[-1]
        section = rx.lines[0].section_ids[0] if rx.lines else rx.section_ids[0]
        product = product_of(rx, section)
        assert product is not None
        start = max(30, product.dose_mg // 30 * 10)
        step = -(-(product.dose_mg - start) // 40) * 10
        titration.write_plan(self.reg, self.staff.prescriber, p.id, TitrationInput(
            section, day, start, step, StepUnit.DAY, product.dose_mg, product.daily_limit_mg,
            top_up_mg=min(step, 60), min_hours_between=3,
            notes="Re-induction after a lapse: observe 20 minutes before any top-up."))

    def _bounds(self, day: date) -> tuple[datetime, datetime]:
        return day_bounds(day, self.tz)

    def morning(self, day: date, unreviewed: set[int]) -> None:
        """Resolve yesterday's discrepancies; a prescriber reviews anyone on hold."""
        ph = self.staff.pharmacist
        for n, (disc_id, entry_id) in enumerate(self.pending_fix):
            if n % 3 == 2:
                reconciliation.resolve_unexplained(
                    self.reg, ph, disc_id, "All entries, pages and the CD cupboard searched; "
                    "not found.", "Dr Ada Officer (CD Accountable Officer)", day,
                    f"CDAO-{day:%Y%m%d}")
            else:
                reconciliation.resolve_explained(
                    self.reg, ph, self.staff.nurse, disc_id,
                    "An ampoule broke while the dose was drawn up and was not recorded.",
                    entry_id, quantity_out=1)
        self.pending_fix.clear()
        for index, p in enumerate(self.patients):
            if index in unreviewed or index in self.exited:
                continue
            card = dosing.card(self.reg, self.staff.prescriber, p.id)
            if card.flag.level is FlagLevel.HOLD and card.prescription is not None:
                rx = card.prescription
                holds.review(self.reg, self.staff.prescriber, p.id, HoldDecision.REDUCED,
                             "Seen after three days without a dose: tolerance likely reduced. "
                             "Re-titrate from a lower dose.",
                             self._changed(rx, 0, day, "Re-titration after a hold.",
                                           "Re-titration after a hold."))
                self.result.holds += 1


def build_demo(data_dir: Path, *, days: int = 30, patient_count: int = 15, seed: int = 1,
               now: datetime | None = None, progress: Progress | None = None,
               workstation: str = "demo-workstation", history_days: int = HISTORY_DAYS
               ) -> DemoResult:
    """Build a demo register of ``days`` past days plus today up to ``now``, through the
    services day by day, after ``history_days`` (two years; 0: none) written in bulk
    (demo_history: the same entries, chains and checks, in a fraction of the time)."""
    if not 1 <= days <= 400:
        raise HatError("A demo covers between 1 and 400 days.")
    if not 1 <= patient_count <= 60:
        raise HatError("A demo has between 1 and 60 patients.")
    if not 0 <= history_days <= HISTORY_DAYS:
        raise HatError(f"A demo's history covers between 0 and {HISTORY_DAYS} days.")
    real_now = (now or datetime.now(UTC)).astimezone(UTC)
    tz = zone(DEFAULT_TIMEZONE)
    today = real_now.astimezone(tz).date()
    first = today - timedelta(days=days)
    start = first - timedelta(days=history_days)
    clock = ManualClock(local_to_utc(start, time(7, 0), tz))
    no_keyring = keyring_problem() is not None
    spec = NewRegister(
        clinic_name="Riverside HAT Clinic (DEMO)", admin_username=DEMO_USERS[0][0],
        admin_full_name=DEMO_USERS[0][1], admin_password=DEMO_PASSWORD,
        clinic_address="1 Riverside Walk\nMiddlesbrough TS1 1AA", timezone=DEFAULT_TIMEZONE,
        key_mode=KeyMode.PASSPHRASE if no_keyring else KeyMode.KEYRING,
        passphrase=DEMO_PASSPHRASE if no_keyring else None, demo=True,
    )
    reg, manager, _ = create_register(data_dir, spec, None, clock=clock,
                                      workstation=workstation)
    result = DemoResult(reg.data_dir, days, patient_count,
                        [(name, role) for name, _, role in DEMO_USERS],
                        passphrase=DEMO_PASSPHRASE if no_keyring else None)
    try:
        _fill(reg, clock, manager, random.Random(seed), (start, first, today), real_now,
              result, patient_count, progress, seed)
    finally:
        reg.close()
    log.info("demo register built: %d days, %d patients, %d doses", days, patient_count,
             result.doses)
    return result


DEMO_PRESCRIBER_ADDRESS = "Demo HAT Clinic\n14 Exchange Square\nMiddlesbrough TS1 1DE"


def _set_up(reg: OpenRegister, clock: ManualClock, manager: User, rng: random.Random,
            days: tuple[date, date, date], real_now: datetime, result: DemoResult,
            patient_count: int) -> tuple[_Builder, DemoOutcomes, DemoScreens]:
    """The staff, the sections and their first stock, the patients with their treatment
    histories, the screens' schedules and the agency contacts before the demo's days.
    ``days``: the register's first day, the demo's first and today; when the register
    starts earlier (the bulk history), the patients' episodes, reviews and contacts are
    drawn now and written on the demo's first day, prescriptions left to the history."""
    start, first, today = days
    history = start < first
    made = {}
    for name, full, role in DEMO_USERS[1:]:
        made[role, name] = users.create_user(reg, manager, name, DEMO_PASSWORD,
                                             users.UserDetails(
            full, role,
            home_office_licence="HO-DM-2041" if role is Role.PRESCRIBER else "",
            professional_registration="GMC 7012345" if role is Role.PRESCRIBER else "",
            gphc_number="2041234" if role is Role.PHARMACIST else "",
            address=DEMO_PRESCRIBER_ADDRESS if role is Role.PRESCRIBER else ""))
    staff = DemoStaff(manager, made[Role.NURSE, "demo-nurse"], made[Role.NURSE, "demo-nurse2"],
                   made[Role.PHARMACIST, "demo-pharmacist"],
                   made[Role.PRESCRIBER, "demo-prescriber"])
    for spec in PRESETS:
        register.create_section(reg, manager, spec)
    b = _Builder(reg, clock, staff, rng, real_now, result)
    clock.set(local_to_utc(start, time(7, 30), reg.tz))
    b.receive(b.d100, 1200, f"100{start:%y%m%d}", start + timedelta(days=540))
    b.receive(b.d500, 120, f"500{start:%y%m%d}", start + timedelta(days=540))
    b.receive(b.meth, 1000, f"M{start:%y%m%d}", start + timedelta(days=365))
    b.receive(b.meth, 100, "MSHORT1", first + timedelta(days=3))
    total_days = (today - first).days + 1
    if total_days > 14:
        schedule.add_closure(reg, manager, first + timedelta(days=total_days // 2),
                             "Staff training day (clinic closed)")
    settings.change(reg, manager, staff_cost_per_day_pence=STAFF_COST_PER_DAY_PENCE)
    b.register_patients(patient_count, first, frozenset(ENDED_BEFORE), prescribe=not history)
    treatment = DemoOutcomes(reg, staff.nurse, staff.prescriber, rng, b.patients)
    treatment.histories(first, defer=history)
    b.exited = treatment.exited
    # Its own random numbers: the rest of the demo draws the same whether or not it runs.
    # Seeded from the generator's numbers only: hash(getstate()) also hashed its None,
    # whose hash differs from run to run, so the screens were not the same twice.
    screens = DemoScreens(reg, staff.nurse, staff.prescriber,
                          random.Random(hash(rng.getstate()[1])), b.patients, b.exited)
    if not history:
        screens.start(first, today)
    return b, treatment, screens


def _history(b: _Builder, treatment: DemoOutcomes, screens: DemoScreens,
             days: tuple[date, date, date], seed: int, progress: Progress | None) -> None:
    """The two years before the demo's days in bulk; then, on its first morning, the
    episodes, reviews and contacts drawn at the set-up, and prescriptions renewed."""
    start, first, today = days
    history = History(b.reg, b.clock, b.staff, (b.d100, b.d500, b.meth), b.patients,
                      treatment.spans, treatment.improves, b.regimens, seed,
                      lambda day: b.reconcile(day, -1, shortfalls=False),
                      lambda section, qty, batch, expiry: b.receive(
                          section, qty, batch, expiry, rng=history.rng))

    def step(done: int, total: int) -> bool:
        return progress is None or progress("Building the demo clinic's history", done, total)

    b.result.doses += history.run(start, first, step)
    with b.reg.db.transaction():
        b.clock.set(max(b.clock.now(), local_to_utc(first, time(7, 30), b.tz)))
        treatment.write_deferred()
        screens.start(first, today)
        b.renew(first)


def _fill(reg: OpenRegister, clock: ManualClock, manager: User, rng: random.Random,
          days: tuple[date, date, date], real_now: datetime, result: DemoResult,
          patient_count: int, progress: Progress | None, seed: int) -> None:
    # The staff, stock, patients and their histories: one transaction (see the days').
    with reg.db.transaction():
        b, treatment, screens = _set_up(reg, clock, manager, rng, days, real_now, result,
                                        patient_count)
    start, first, today = days
    if start < first:
        _history(b, treatment, screens, days, seed, progress)
    staff = b.staff
    total_days = (today - first).days + 1
    plan = _Plan()
    today_index = total_days - 1
    if patient_count > 2 and total_days > 5:
        # Away the last three days: on hold today, waiting for the prescriber's review.
        plan.away_days |= {(2, today_index - k) for k in (1, 2, 3)}
        plan.unreviewed.add(2)
    if patient_count > 5 and total_days > 4:
        plan.away_days |= {(5, today_index - k) for k in (1, 2)}  # two days: a warning
    if patient_count > 8 and total_days > 6:
        # Four days in custody up to yesterday: waiting today for the prescriber's review.
        plan.custody = (8, today_index - 4, today_index - 1)
        plan.away_days |= {(8, today_index - k) for k in (1, 2, 3, 4)}
        plan.unreviewed.add(8)
    if patient_count > 6 and 4 < total_days < 110:
        plan.titration = (6, today_index - 2)  # in titration this week: day 3 today
    if patient_count > 9 and total_days > 16:
        # Held a fortnight ago and reviewed the next morning at a reduced dose.
        plan.away_days |= {(9, today_index - k) for k in (12, 13, 14)}
    if patient_count > 7 and total_days > 8:
        # Today's change: a reduction for the patient away two days, not yet seen today;
        # the board highlights it until their first dose at the new dose.
        plan.dose_changes = {total_days // 3: (7, 20), total_days - 1: (5, -40)}
    if patient_count > 3 and total_days > 2:
        plan.overdose_day = today_index - 1  # yesterday afternoon: on hold today
        plan.low_spo2_days = {d for d in (today_index - 5, today_index - 9) if d >= 0}
    for index in range(total_days):
        day = first + timedelta(days=index)
        if progress is not None and not progress("Building the demo clinic", index, total_days):
            raise HatError("The demo was cancelled.")
        # A clinic day of service calls in one transaction (they join it): the same
        # checks, entries, chains and seals, one commit (and one disk sync) a day.
        with reg.db.transaction():
            if index and b.at(day, 7, 50):
                b.renew(day)
                b.morning(day, plan.unreviewed)
                b.top_up(day)
            if index in plan.dose_changes and b.at(day, 8, 0):
                b.change_dose(*plan.dose_changes[index], day)
            left = next((stock.balance for stock in register_store.batches(reg.db, b.meth.id)
                         if stock.batch == "MSHORT1"), 0) if index == 6 else 0
            if left and b.at(day, 8, 5):  # what was not supplied before it expired
                register.destroy(reg, staff.pharmacist, b.meth.id, register.Destruction(
                    left, "MSHORT1", "Expired batch", "Sgt Dee Walsh",
                    "Police Controlled Drugs Liaison Officer", "CDLO-CLE-0413",
                    method="Denatured in a controlled-drug denaturing kit, then incinerated"))
            if index and b.at(day, 8, 10):
                treatment.on_day(day)
                if index == max(total_days - 8, 1):
                    treatment.complete(COMPLETES, day)
            b.titrate(plan, index, day)
            b.custody(plan, index, day, evening=False)
            if b.at(day, 8, 20):
                held = ({plan.custody[0]} if plan.custody is not None
                        and plan.custody[1] <= index <= plan.custody[2] else set())
                screens.on_day(day, index / max(total_days - 1, 1),
                               {i for i, k in plan.away_days if k == index}, today, held)
            b.session(day, index, plan)
            if day < today and b.at(day, 18, 30):
                b.reconcile(day, index)
            b.custody(plan, index, day, evening=True)
    if progress is not None:
        progress("Building the demo clinic", total_days, total_days)


def discard_demo(data_dir: Path) -> None:
    """Delete a demo register's temporary folder (the parent of ``data_dir``) and its key
    in the keyring: the demo opens only demo data, so this is best effort."""
    try:
        keys.delete_from_keyring(read_info(data_dir).register_id)
    except Exception:  # noqa: BLE001 - best effort: the demo key opens only demo data
        log.warning("could not remove the demo key from the keyring")
    shutil.rmtree(data_dir.parent, ignore_errors=True)
