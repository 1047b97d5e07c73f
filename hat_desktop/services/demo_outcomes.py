"""The demo clinic's treatment episodes and outcome reviews, through the services: two
years of a cohort — every patient starting treatment up to two years before the demo's
first day, with a start review and the 3-monthly reviews since (use and offending falling
for most); before the demo's days, one death, one patient to custody, two transferred to
oral treatment, and one re-admitted after custody; reviews falling due during the demo
recorded on the day, except for a few left due for the board; one more patient
completing treatment by transfer to oral treatment during the demo."""

import random
from datetime import date, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.episodes import EpisodeStart, ExitInput, ExitReason, ReferralSource
from hat_desktop.domain.outcome_reviews import (
    NotCompletedReason,
    ReviewInput,
    ReviewStage,
    add_months,
)
from hat_desktop.domain.patients import Patient
from hat_desktop.services import outcomes
from hat_desktop.services.demo_data import top_answers
from hat_desktop.services.open_register import OpenRegister

SOURCES = (ReferralSource.DRUG_SERVICE, ReferralSource.DRUG_SERVICE, ReferralSource.GP,
           ReferralSource.CRIMINAL_JUSTICE, ReferralSource.PRISON, ReferralSource.SELF)
LEFT_DUE = 1  # every 4th patient from this one: reviews left due for the board to show
READMITTED = 4  # a first episode ended in custody, then a new one
COMPLETES = 12  # leaves during the demo: transferred to oral treatment
# Patients whose treatment ended before the demo's first day: index -> (reason, note).
ENDED_BEFORE: dict[int, tuple[ExitReason, str]] = {
    13: (ExitReason.DIED, "Died in hospital (pneumonia); not drug-related, coroner informed."),
    10: (ExitReason.CUSTODY, "Sentenced to 14 months; prison healthcare informed."),
    11: (ExitReason.COMPLETED_TO_ORAL, "Stable: moved to oral methadone with the community "
        "drug service."),
    14: (ExitReason.COMPLETED_TO_ORAL, "Stable: moved to slow-release oral morphine with "
         "the GP."),
}


class DemoOutcomes:
    def __init__(self, reg: OpenRegister, nurse: User, prescriber: User, rng: random.Random,
                 patients: list[Patient]) -> None:
        self.reg, self.nurse, self.prescriber, self.rng = reg, nurse, prescriber, rng
        self.patients = patients
        self.improves = {p.id: rng.random() < 0.8 for p in patients}
        self.exited: set[int] = set()  # indexes of patients no longer in treatment

    def histories(self, first: date) -> None:
        """Episodes and past reviews for every patient, as of ``first`` (today's clock)."""
        for index, p in enumerate(self.patients):
            if index in ENDED_BEFORE:
                self._ended(index, p, first)
                continue
            months = self.rng.randint(2, 23)
            start = add_months(first, -months) + timedelta(days=self.rng.randint(0, 20))
            if index == LEFT_DUE:  # the 6-month review falls due ten days into the demo
                start = add_months(first + timedelta(days=10), -6)
            if index == READMITTED:
                earlier = add_months(start, -14)
                self._episode(p, earlier)
                self._reviews(p, earlier, add_months(earlier, 6))
                ended = add_months(earlier, 7)
                outcomes.end_episode(self.reg, self.nurse, p.id, ExitInput(
                    ended, ExitReason.CUSTODY, "Remanded in custody."))
                outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
                    ReviewStage.EXIT, ended, None, NotCompletedReason.NOT_SEEN,
                    "In custody: not seen."))
                start = max(start, ended + timedelta(days=30))
            self._episode(p, start)
            self._reviews(p, start, first)

    def _ended(self, index: int, p: Patient, first: date) -> None:
        """An episode that started up to two years ago and ended before ``first``."""
        reason, note = ENDED_BEFORE[index]
        start = add_months(first, -self.rng.randint(16, 23))
        ended = min(add_months(start, self.rng.randint(5, 13)), first - timedelta(days=21))
        self._episode(p, start)
        self._reviews(p, start, ended - timedelta(days=1))
        outcomes.end_episode(self.reg, self.prescriber, p.id, ExitInput(ended, reason, note))
        if reason is ExitReason.COMPLETED_TO_ORAL:
            months = (ended - start).days // 30
            outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
                ReviewStage.EXIT, ended, top_answers(self.rng, months, True)))
        elif reason is ExitReason.CUSTODY:
            outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
                ReviewStage.EXIT, ended, None, NotCompletedReason.NOT_SEEN,
                "In custody: not seen."))
        self.exited.add(index)

    def _episode(self, p: Patient, start: date) -> None:
        referred = start - timedelta(days=self.rng.randint(14, 60))
        outcomes.start_episode(self.reg, self.nurse, p.id, EpisodeStart(
            self.rng.choice(SOURCES), referred, referred + timedelta(days=7), start))

    def _reviews(self, p: Patient, start: date, until: date) -> None:
        improves = self.improves[p.id]
        outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
            ReviewStage.START, start, top_answers(self.rng, 0, improves)))
        months = 3
        while (due := add_months(start, months)) <= until:
            self._review(p, due, months)
            months += 3

    def _review(self, p: Patient, day: date, months: int) -> None:
        if self.rng.random() < 0.08:
            review = ReviewInput(ReviewStage.REVIEW, day, None, NotCompletedReason.DECLINED)
        else:
            review = ReviewInput(ReviewStage.REVIEW, day,
                                 top_answers(self.rng, months, self.improves[p.id]))
        outcomes.record_review(self.reg, self.prescriber, p.id, review)

    def on_day(self, day: date) -> None:
        """The reviews due today, recorded (except those left due for the board)."""
        for index, p in enumerate(self.patients):
            if index in self.exited or index % 4 == LEFT_DUE:
                continue
            due = outcomes.treatment(self.reg, self.nurse, p.id).due
            if due is not None and due.stage is ReviewStage.REVIEW:
                self._review(p, day, due.months)

    def complete(self, index: int, day: date) -> None:
        """The patient moves on to oral treatment today, with an exit review."""
        if index >= len(self.patients):
            return
        p = self.patients[index]
        outcomes.end_episode(self.reg, self.prescriber, p.id, ExitInput(
            day, ExitReason.COMPLETED_TO_ORAL, "Stable: moved to oral methadone with the "
            "community drug service."))
        outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
            ReviewStage.EXIT, day, top_answers(self.rng, 12, True)))
        self.exited.add(index)
