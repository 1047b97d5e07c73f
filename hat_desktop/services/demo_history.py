"""The demo's two years before its days, written in bulk: check-ins, doses (each ampoule's
waste with it), releases, receipts, prescriptions and their renewals, and a reconciled and
closed register every evening, for every patient's treatment episodes (demo_outcomes).

Writing every dose through the dosing service costs ~10 ms of CPU (the check-in card is
worked out three times), two years of a cohort minutes. Here each dose passes the same
rules without the card: the prescription in force that day (``check_line_dose``: never
over it, nor over the day's maximum or the clinic's ceilings), never after the patient's
exit, never while away, never after the days without a dose that put a patient on hold
(a patient who missed two whole days comes the third); its register entries go through
the register service's drafts (the stock, the batch that expires first, the closed-day
rule) and chained appends, its attendance record through the store, as the dosing service
writes them; prescriptions, receipts, releases and the evening's count, sign-off and
day close go through their services. `verify` passes on the result.

The story: attendance rising over the first months for those improving; the dose
titrated up over the first weeks, then eased down for most; a month of missed sessions
before custody; the dose tapered before a transfer to oral treatment; nothing after an
exit. Its own random numbers: the rest of the demo draws the same with or without it.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.dosing import check_line_dose, oral_units, plan_dose
from hat_desktop.domain.episodes import ExitReason
from hat_desktop.domain.errors import HatError
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import LineInput, Prescription, PrescriptionInput, Route
from hat_desktop.domain.register import BatchStock, EntryKind, Section, choose_batch
from hat_desktop.domain.safety import ReadingInput
from hat_desktop.domain.times import local_to_utc
from hat_desktop.services import prescriptions, register, schedule
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo_outcomes import Span
from hat_desktop.services.dosing import administration_details
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import register as register_store
from hat_desktop.store import safety as safety_store

HISTORY_DAYS = 730  # two years before the demo's days
RENEW_DAYS = 112  # a prescription's run in the history (renewed on its last day)
DAILY_COUNTS = 60  # counted every evening over the last 60 days, before that on Sundays
SITES = ("Arm, left", "Arm, right", "Forearm, left", "Forearm, right", "Thigh, left",
         "Thigh, right")


@dataclass(frozen=True)
class DemoStaff:
    manager: User
    nurse: User
    nurse2: User
    pharmacist: User
    prescriber: User


@dataclass(frozen=True)
class Regimen:
    """A patient's maintenance doses on the demo's first day: morning, afternoon (mg of
    diamorphine) and methadone for the night (mg, 0: none)."""

    morning: int
    afternoon: int
    night: int


def ampoules(dose_mg: int, d100: Section, d500: Section) -> list[tuple[int, int]]:
    """The least wasteful ampoules for a dose: 500 mg ones first, then 100 mg."""
    big, rest = divmod(dose_mg, 500)
    small = -(-rest // 100)
    if small == 5:
        big, small = big + 1, 0
    return [(s.id, n) for s, n in ((d500, big), (d100, small)) if n]


def regimen_lines(d100: Section, d500: Section, meth: Section, morning: int, afternoon: int,
                  night: int) -> tuple[LineInput, ...]:
    """Injectable diamorphine in both sessions; oral methadone (``night`` mg, 0: none)
    supplied at the afternoon session to take home."""
    injection = LineInput((d100.id, d500.id), ((1, morning), (2, afternoon)), Route.IV.value)
    if not night:
        return (injection,)
    return (injection, LineInput((meth.id,), ((2, night),), Route.ORAL.value, take_home=True))


@dataclass
class _Course:
    """One patient through the history."""

    index: int
    patient: Patient
    spans: list[Span]
    improves: bool
    regimen: Regimen
    rx: Prescription | None = None
    scale: int = 0  # the percentage of the regimen prescribed now (0: none)
    # The last day with a dose, or the eve of the episode's first prescription: the days
    # without a dose are counted from it (a patient never dosed is held too).
    last_dose: date | None = None
    given: dict[str, int] = field(default_factory=dict)  # mg of each drug today

    def span_on(self, day: date) -> Span | None:
        return next((s for s in self.spans if s[0] <= day and (s[1] is None or day < s[1])),
                    None)


class History:
    """The bulk writer: ``run`` walks from ``start`` to the day before ``first``."""

    def __init__(self, reg: OpenRegister, clock: ManualClock, staff: DemoStaff,
                 sections: tuple[Section, Section, Section], patients: list[Patient],
                 spans: dict[int, list[Span]], improves: dict[int, bool],
                 regimens: list[Regimen], seed: int, reconcile: Callable[[date], None],
                 receive: Callable[[Section, int, str, date], None]) -> None:
        self.reg, self.clock, self.staff = reg, clock, staff
        self.d100, self.d500, self.meth = sections
        self.rng = random.Random(seed * 7919 + 17)
        self.reconcile, self.receive = reconcile, receive
        self.courses = [_Course(i, p, spans.get(i, []), improves[p.id], regimens[i])
                        for i, p in enumerate(patients)]
        self.hold_days = reg.settings.hold_days
        self.doses = 0
        # Each section's balance and batches as the day's entries leave them (read from the
        # register each morning; every entry's balances follow from them, as write_draft's).
        self.balances: dict[int, int] = {}
        self.batches: dict[int, list[BatchStock]] = {}

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        moment = local_to_utc(day, time(hour, minute), self.reg.tz)
        self.clock.set(max(moment, self.clock.now()))
        return self.clock.now()

    def run(self, start: date, first: date, progress: Callable[[int, int], bool]) -> int:
        """Every day from ``start`` to the day before ``first``; the doses written."""
        total = (first - start).days
        for weeks in range(0, total, 28):
            # Four weeks in one transaction: one commit (each a journal and its disk syncs)
            # instead of 28; the entries, chains and seals are the same.
            with self.reg.db.transaction():
                for n in range(weeks, min(weeks + 28, total)):
                    day = start + timedelta(days=n)
                    if not progress(n, total):
                        raise HatError("The demo was cancelled.")
                    self.day(day, n, counted=total - n <= DAILY_COUNTS or day.weekday() == 6)
        return self.doses

    def day(self, day: date, n: int, *, counted: bool) -> None:
        """A clinic day; ``counted``: the evening's count, sign-off and close (every day in
        the last weeks; on Sundays before: a demo's shortcut, the reconciliation service
        costs ~25 ms a day)."""
        if n:
            self.at(day, 7, 50)
            self.stock(day)
        for section in (self.d100, self.d500, self.meth):
            self.balances[section.id] = register_store.balance(self.reg.db, section.id)
            self.batches[section.id] = register_store.batches(self.reg.db, section.id)
        self.at(day, 8, 0)
        for c in self.courses:
            c.given = {}
            self.prescribe(c, day)
        for window in schedule.windows_on(self.reg, day):
            self.session(day, window.number, *window.bounds(day, self.reg.tz))
        if counted:
            self.at(day, 18, 30)
            self.reconcile(day)

    def stock(self, day: date) -> None:
        """Expired stock destroyed before an authorised witness; a delivery of about two
        months' use when the usable stock runs low (a few dozen batches in two years:
        every dose and count reads each batch's balance)."""
        for section, low, qty in ((self.d100, 600, 4000), (self.d500, 60, 400),
                                  (self.meth, 1500, 8000)):
            batches = register_store.batches(self.reg.db, section.id)
            for b in batches:
                if b.balance > 0 and b.expired(day) and b.batch:
                    register.destroy(self.reg, self.staff.pharmacist, section.id,
                                     register.Destruction(
                        b.balance, b.batch, "Expired batch", "Sgt Dee Walsh",
                        "Police Controlled Drugs Liaison Officer", f"CDLO-{day:%y%m%d}",
                        method="Denatured in a controlled-drug denaturing kit, then "
                               "incinerated"))
            usable = sum(b.balance for b in batches if b.balance > 0 and not b.expired(day))
            if usable < low:
                self.receive(section, qty, f"{section.code[-3:]}{day:%y%m%d}",
                             day + timedelta(days=540))

    # --- the prescription in force -------------------------------------------------------
    def _scale(self, c: _Course, day: date, span: Span) -> int:
        """The percentage of the regimen prescribed on ``day``: titrated up over the first
        four weeks (to 120 % for those improving, then eased down to 100 % by the demo's
        days), tapered to half over the last ten weeks before a transfer to oral
        treatment. Changed fortnightly at most."""
        begun, ended, reason = span
        weeks = (day - begun).days // 7
        if weeks < 4:
            return 40 + 20 * weeks
        peak = 120 if c.improves else 100
        scale = peak
        if c.improves:  # eased from the peak to 100 % over the following year
            scale = max(100, peak - (weeks - 4) // 2 * 2 * 20 // 52)
        if ended is not None and reason is ExitReason.COMPLETED_TO_ORAL:
            left = (ended - day).days // 14
            if left < 5:
                scale = min(scale, 50 + 10 * left)
        return scale

    def prescribe(self, c: _Course, day: date) -> None:
        span = c.span_on(day)
        if span is None:
            c.rx, c.scale = None, 0
            return
        scale = self._scale(c, day, span)
        rx = c.rx
        if rx is not None and rx.covers(day) and (
                scale == c.scale or (day - rx.start_date).days < 14):
            return  # in force, and a change waits a fortnight after the last
        if day == span[0]:
            c.last_dose = None  # a new episode: nothing missed before it
        if c.last_dose is None:
            c.last_dose = day - timedelta(days=1)
        end = day + timedelta(days=RENEW_DAYS)
        if span[1] is not None:
            end = min(end, span[1] - timedelta(days=1))
        reg_ = c.regimen

        def of(mg: int) -> int:
            return min(480, max(30, round(mg * scale / 1000) * 10))  # the clinic's ceiling

        existing = prescriptions.versions(self.reg, self.staff.prescriber, c.patient.id)
        reason = "" if not existing else (
            "A new episode of treatment: titrated from a lower dose." if day == span[0] else
            "Renewed: the same doses." if scale == c.scale else
            "Titration: the dose stepped up." if (day - span[0]).days < 35 else
            "Tapering before the move to oral treatment." if span[1] is not None else
            "Dose reviewed: stable, less needed." if scale < c.scale else "Dose reviewed.")
        c.rx = prescriptions.prescribe(self.reg, self.staff.prescriber, c.patient.id,
                                       PrescriptionInput(
            (), 0, frozenset(), day, max(end, day), notes="Maintenance after titration.",
            change_reason=reason, lines=regimen_lines(
                self.d100, self.d500, self.meth, of(reg_.morning), of(reg_.afternoon),
                reg_.night)))
        c.scale = scale

    # --- a session -------------------------------------------------------------------------
    def _attends(self, c: _Course, day: date, span: Span) -> bool:
        """Whether the patient comes; two whole days without a dose and they come (a
        third would put them on hold)."""
        if c.last_dose is not None and (day - c.last_dose).days > self.hold_days - 1:
            return True
        begun, ended, reason = span
        months = (day - begun).days / 30
        chance = min(0.97, 0.82 + 0.03 * months) if c.improves else 0.86
        if ended is not None and reason is ExitReason.CUSTODY and (ended - day).days < 35:
            chance = 0.45  # using again, offending: a month of gaps before custody
        return self.rng.random() < chance

    def session(self, day: date, number: int, start: datetime, end: datetime) -> None:
        present = []
        for c in self.courses:
            span = c.span_on(day)
            if span is None or c.rx is None or c.rx.line(1) is None:
                continue
            if c.rx.lines[0].dose_for(number) and self._attends(c, day, span):
                present.append(c)
        self.rng.shuffle(present)
        span_s = (end - start).total_seconds() * 0.7
        releases: list[tuple[datetime, _Course, int]] = []
        for n, c in enumerate(present):
            self.clock.set(max(self.clock.now(), start + timedelta(
                seconds=span_s * (n + 1) / (len(present) + 1))))
            event_id = self.dose(c, day, number)
            releases.append((self.clock.now() + timedelta(minutes=self.rng.randint(21, 30)),
                             c, event_id))
        for moment, c, event_id in sorted(releases, key=lambda r: r[0]):
            self.clock.set(max(moment, self.clock.now()))
            self.release(c, day, number, event_id)

    def release(self, c: _Course, day: date, session: int, dose_event_id: int) -> None:
        """The release check after the observation (the observation service's records):
        a reading within the clinic's thresholds."""
        reading = ReadingInput(95 + c.index % 5, 12 + c.index % 7, 0).checked()
        beyond = reading.beyond(self.reg.settings.release_thresholds)
        assert not beyond, beyond
        at, nurse = self.clock.now(), self.staff.nurse2
        note = "Alert, steady on feet, no concerns. Left the clinic."
        reading_id = safety_store.add_reading(
            self.reg.db, patient_id=c.patient.id, dose_event_id=dose_event_id, at=at,
            reading=reading, beyond=(), released=True, by_user=nurse.id, note=note)
        attendance_store.add_event(
            self.reg.db, patient_id=c.patient.id, day=day, session=session,
            kind=EventKind.RELEASED, at=at, by_user=nurse.id,
            details={"check": note, "reading_id": reading_id, "reading": reading.text,
                     "beyond": None, "confirmed_by": None, "early_reason": None})

    def _refusal(self, c: _Course, day: date) -> str | None:
        """The dosing rules this writer answers for itself (the card's, without it)."""
        span = c.span_on(day)
        if span is None:
            return "not in treatment (before the episode, or after the exit)"
        if c.rx is None or not c.rx.covers(day):
            return "no prescription in force"
        if c.last_dose is not None and (day - c.last_dose).days > self.hold_days:
            return "on hold: days without a dose"
        return None

    def dose(self, c: _Course, day: date, session: int) -> int:
        """A witnessed dose: the check-in, each line's register entries and the dose's
        record, as the dosing service writes them (its attendance record's id)."""
        refusal = self._refusal(c, day)
        if refusal is not None:  # a mistake in this module, never a dose let through
            raise AssertionError(f"demo history: no dose for {c.patient.clinic_number} on "
                                 f"{day}: {refusal}")
        rx = c.rx
        assert rx is not None
        nurse, witness = self.staff.nurse, self.staff.nurse2
        attendance_store.add_event(
            self.reg.db, patient_id=c.patient.id, day=day, session=session,
            kind=EventKind.CHECKED_IN, at=self.clock.now(), by_user=nurse.id,
            details={"identity_confirmed": True, "override": None})
        self.clock.advance(timedelta(minutes=2))
        entry_ids: list[int] = []
        records: list[dict[str, object]] = []
        opened: dict[str, int] = {}
        main_mg = wasted = mg_opened = 0
        site = SITES[(day.toordinal() * 2 + session) % len(SITES)]
        for line in rx.lines:
            mg = line.dose_for(session)
            if not mg:
                continue
            check_line_dose(line, session, mg, given_today_mg=c.given.get(line.drug, 0),
                            daily_limit_mg=rx.daily_limit_for(line.drug),
                            ceiling=self.reg.settings.ceiling(line.drug), less_reason=None)
            c.given[line.drug] = c.given.get(line.drug, 0) + mg
            details = administration_details(c.patient, rx, self.staff.prescriber, line, day,
                                             session, site=None, id_requested=True,
                                             id_provided=True)
            ids: list[int] = []
            line_wasted = 0
            if line.route.injected:
                sections = {s.id: s for s in (self.d100, self.d500)}
                plan = plan_dose([(sections[sid], n) for sid, n in
                                  ampoules(mg, self.d100, self.d500)], mg)
                for share in plan.shares:
                    ids.append(self._entry(share.section, share.units, {
                        **details, "site": site, "units_opened": share.units,
                        "mg_administered": share.mg_administered,
                        "mg_wasted": share.mg_wasted}))
                    opened[share.section.code] = share.units
                main_mg += mg
                line_wasted = plan.mg_wasted
                wasted += plan.mg_wasted
                mg_opened += plan.mg_opened
            else:
                units = oral_units(self.meth, mg)
                assert units is not None
                ids.append(self._entry(self.meth, units, {
                    **details, "collected_by": "The patient, in person",
                    "units_opened": units, "mg_administered": mg, "mg_wasted": 0}))
            entry_ids += ids
            records.append({"line": line.position, "drug": line.drug,
                            "route": line.route.value,
                            "site": site if line.route.injected else None, "mg": mg,
                            "take_home": line.take_home,
                            "mg_wasted": line_wasted,
                            "less_reason": None, "withheld": None, "withheld_label": None,
                            "note": None, "collected_by": "The patient, in person"
                            if line.take_home else None, "entry_ids": ids})
        now = self.clock.now()
        event_id = attendance_store.add_event(
            self.reg.db, patient_id=c.patient.id, day=day, session=session,
            kind=EventKind.DOSED, at=now, by_user=nurse.id, witness_id=witness.id,
            prescription_id=rx.id, mg_administered=main_mg, mg_wasted=wasted,
            entry_ids=tuple(entry_ids),
            details={"sedation_score": 0, "breath_alcohol": 0,
                     "observation": "Alert and orientated.", "assessment_override": None,
                     "less_reason": None, "less_note": None, "opened": opened,
                     "mg_opened": mg_opened, "override": None, "override_by": None,
                     "observe_until": self.reg.settings.observation_ends(now).isoformat(),
                     "lines": records})
        c.last_dose = day
        self.doses += 1
        return event_id

    def _entry(self, section: Section, units: int, details: dict[str, object]) -> int:
        """One administration entry, chained, from the usable batch that expires first
        (the register's rule), with the section's and the batch's balances after it."""
        stock = self.batches[section.id]
        batch = choose_batch(stock, units, self.reg.today())
        if batch is None:
            raise AssertionError(f"demo history: no stock of {section.code}")
        left = batch.balance - units
        self.balances[section.id] -= units
        stock[stock.index(batch)] = replace(batch, balance=left)
        now, nurse, witness = self.clock.now(), self.staff.nurse, self.staff.nurse2
        return register_store.append_entry(
            self.reg.db, section_id=section.id, kind=EntryKind.ADMINISTRATION,
            occurred_at=now, recorded_at=now, quantity_in=0, quantity_out=units,
            balance=self.balances[section.id], batch_balance=left, entered_by=nurse.id,
            entered_by_name=nurse.display, witness_id=witness.id,
            witness_name=witness.display, batch=batch.batch, details=details)
