"""The demo clinic's drug screens and partner-agency contacts, through the services.

Every patient is screened weekly from the demo's first day (most on a set weekday, every
third on a random day), a urine sample before the morning session; the share positive for
street heroin falls from about 75 % in the first week to about 10 % by the end, with the odd
refused, spoiled or missed screen (missed when the patient was away). Each patient stops
using street heroin at a point of their own (a few never used it in the demo's days, a few
never stop), with the odd lapse after it: who is using when is the same for the same seed,
whichever day the register's secret picks for a random screen (the lapses and the other
substances are drawn as the screens fall, so those vary). Screens due today are
left for the board. Contacts: referrals in the weeks before the demo, appointments booked,
kept or missed, outcomes; two appointments at the clinic today for the board.
"""

import random
from datetime import date, time, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.agency_contacts import AgencyKind, ContactAction, ContactInput
from hat_desktop.domain.drug_screens import (
    STREET_HEROIN,
    Frequency,
    Sample,
    ScreenInput,
    ScreenKind,
    ScreenOutcome,
    ScreenSchedule,
    SubstanceResult,
)
from hat_desktop.domain.patients import Patient
from hat_desktop.services import agency_contacts, drug_screens
from hat_desktop.services.open_register import OpenRegister

FIRST_SHARE, LAST_SHARE = 0.75, 0.1  # positive for street heroin, first week and last
LAPSE = 0.06  # a positive screen after the patient's own stopping point
# How often each other substance is positive in a demo screen.
OTHER_POSITIVE = {"Morphine/opiates": 0.95, "Methadone": 0.3, "Cocaine/crack": 0.4,
                  "Benzodiazepines": 0.2, "Amphetamines": 0.05, "Cannabis": 0.35,
                  "Alcohol (EtG)": 0.3, "Fentanyl": 0.02, "Other": 0.02}
OUTCOMES = ((0.03, ScreenOutcome.REFUSED), (0.06, ScreenOutcome.SPOILED))
REFERRALS = (AgencyKind.HOUSING, AgencyKind.BBV, AgencyKind.WELFARE, AgencyKind.GP,
             AgencyKind.MENTAL_HEALTH, AgencyKind.JUSTICE, AgencyKind.EMPLOYMENT,
             AgencyKind.FAMILY)
OUTCOME_NOTES = {
    AgencyKind.HOUSING: "Offered supported accommodation; moving in next month.",
    AgencyKind.BBV: "Hepatitis C treatment started.",
    AgencyKind.WELFARE: "Benefits claim reinstated.",
    AgencyKind.GP: "Registered with the practice.",
    AgencyKind.MENTAL_HEALTH: "Accepted by the community mental health team.",
    AgencyKind.JUSTICE: "Probation order reviewed: compliant.",
    AgencyKind.EMPLOYMENT: "Started a college course one day a week.",
    AgencyKind.FAMILY: "Family meeting held with the keyworker.",
}


class DemoScreens:
    def __init__(self, reg: OpenRegister, nurse: User, prescriber: User, rng: random.Random,
                 patients: list[Patient], exited: set[int]) -> None:
        self.reg, self.nurse, self.prescriber, self.rng = reg, nurse, prescriber, rng
        self.patients, self.exited = patients, exited
        self.pending: list[tuple[date, int, AgencyKind, bool]] = []  # booked appointments
        # Each patient's place in the cohort's falling street heroin use, evenly spread
        # (0 stops first): positive while the cohort's share still reaches them.
        order = list(range(len(patients)))
        rng.shuffle(order)
        self.stops_at = {p.id: (rank + 0.5) / max(len(patients), 1)
                         for p, rank in zip(patients, order, strict=True)}

    def start(self, first: date, today: date) -> None:
        """Each patient's schedule from ``first``; referrals made in the past weeks; two
        appointments at the clinic booked for ``today``."""
        for index, p in enumerate(self.patients):
            plan = (ScreenSchedule(Frequency.RANDOM, None, first) if index % 3 == 2 else
                    ScreenSchedule(Frequency.WEEKLY, index % 5, first))
            drug_screens.set_schedule(self.reg, self.prescriber, p.id, plan)
            kind = REFERRALS[index % len(REFERRALS)]
            self._contact(index, kind, ContactAction.REFERRAL,
                          first - timedelta(days=self.rng.randint(5, 60)))
            booked = first + timedelta(days=self.rng.randint(3, 25))
            if booked < today:
                at_clinic = kind in (AgencyKind.BBV, AgencyKind.HOUSING, AgencyKind.WELFARE)
                self._contact(index, kind, ContactAction.APPOINTMENT, booked,
                              time(self.rng.choice((10, 11, 14))), at_clinic)
                self.pending.append((booked, index, kind, at_clinic))
        if (today - first).days <= 300:
            for index, kind, at in ((0, AgencyKind.BBV, time(10, 30)),
                                    (3, AgencyKind.HOUSING, time(14, 0))):
                if index < len(self.patients):
                    self._contact(index, kind, ContactAction.APPOINTMENT, today, at, True)

    def _contact(self, index: int, kind: AgencyKind, action: ContactAction, day: date,
                 at: time | None = None, at_clinic: bool = False, note: str = "") -> None:
        agency_contacts.record_contact(self.reg, self.nurse, self.patients[index].id,
                                       ContactInput(kind, action, day, at, at_clinic, note))

    def on_day(self, day: date, progress: float, away: set[int], today: date,
               absent: set[int]) -> None:
        """Before the morning session: the screens due today (not today's, left for the
        board; missed by a patient who stayed away; none for one recorded absent, in
        custody say), and the appointments that fell on the day before, kept or missed."""
        if day < today:
            for line in drug_screens.due_screens(self.reg, self.nurse):
                index = next(i for i, p in enumerate(self.patients) if p.id == line.patient.id)
                if index not in self.exited and index not in absent:
                    self._screen(line.patient.id, progress, index in away)
        for booked, index, kind, _at_clinic in list(self.pending):
            if booked < day:
                self.pending.remove((booked, index, kind, _at_clinic))
                if index in self.exited:
                    continue
                kept = self.rng.random() < 0.75
                self._contact(index, kind, ContactAction.KEPT if kept else ContactAction.MISSED,
                              booked)
                if kept:
                    self._contact(index, kind, ContactAction.OUTCOME, booked,
                                  note=OUTCOME_NOTES[kind])

    def _screen(self, patient_id: int, progress: float, away: bool) -> None:
        now = self.reg.now()
        if away:
            drug_screens.record_screen(self.reg, self.nurse, patient_id, ScreenInput(
                now, Sample.URINE, ScreenKind.SCHEDULED, False, ScreenOutcome.MISSED))
            return
        roll = self.rng.random()
        outcome = next((o for limit, o in OUTCOMES if roll < limit), ScreenOutcome.TESTED)
        if outcome is not ScreenOutcome.TESTED:
            drug_screens.record_screen(self.reg, self.nurse, patient_id, ScreenInput(
                now, Sample.URINE, ScreenKind.SCHEDULED, True, outcome))
            return
        positive = FIRST_SHARE + (LAST_SHARE - FIRST_SHARE) * progress
        results: list[tuple[str, SubstanceResult | None]] = []
        for name in drug_screens.panel(self.reg):
            if name == STREET_HEROIN:
                found = self.rng.random() < LAPSE or self.stops_at[patient_id] < positive
            else:
                found = self.rng.random() < OTHER_POSITIVE.get(name, 0.05)
            results.append((name, SubstanceResult.POSITIVE if found
                            else SubstanceResult.NEGATIVE))
        drug_screens.record_screen(self.reg, self.nurse, patient_id, ScreenInput(
            now, Sample.URINE, ScreenKind.SCHEDULED, self.rng.random() < 0.9,
            ScreenOutcome.TESTED, tuple(results)))
