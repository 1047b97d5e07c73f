"""The demo clinic's treatment episodes and outcome reviews, through the services: two
years of a cohort — every patient starting treatment up to two years before the demo's
first day, with a start review and the 3-monthly reviews since (use and offending falling
for most); before the demo's days, one death, one patient to custody, two transferred to
oral treatment, and one re-admitted after custody; reviews falling due during the demo
recorded on the day, except for a few left due for the board; one more patient
completing treatment by transfer to oral treatment during the demo."""

import random
from collections.abc import Callable
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

Span = tuple[date, date | None, ExitReason | None]  # an episode: start, end, why it ended
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
        # index -> its episodes before the demo's days: (start, end or None, reason)
        self.spans: dict[int, list[Span]] = {}
        self._deferred: list[Callable[[], object]] | None = None

    def _write(self, write: Callable[[], object]) -> None:
        """A service call now, or kept for write_deferred (the same random draws)."""
        if self._deferred is None:
            write()
        else:
            self._deferred.append(write)

    def histories(self, first: date, *, defer: bool = False) -> None:
        """Episodes and past reviews for every patient, as of ``first`` (today's clock);
        ``defer``: drawn now (``spans`` known), written by write_deferred on ``first``."""
        self._deferred = [] if defer else None
        for index, p in enumerate(self.patients):
            if index in ENDED_BEFORE:
                self._ended(index, p, first)
                continue
            months = self.rng.randint(2, 23)
            start = add_months(first, -months) + timedelta(days=self.rng.randint(0, 20))
            if index == LEFT_DUE:  # the 6-month review falls due ten days into the demo
                start = add_months(first + timedelta(days=10), -6)
            self.spans[index] = []
            if index == READMITTED:
                earlier = add_months(start, -14)
                self._episode(p, earlier)
                self._reviews(p, earlier, add_months(earlier, 6))
                ended = add_months(earlier, 7)
                self._remanded(p, ended)
                self.spans[index].append((earlier, ended, ExitReason.CUSTODY))
                start = max(start, ended + timedelta(days=30))
            self._episode(p, start)
            self._reviews(p, start, first)
            self.spans[index].append((start, None, None))

    def _remanded(self, p: Patient, ended: date) -> None:
        self._write(lambda: outcomes.end_episode(self.reg, self.nurse, p.id, ExitInput(
            ended, ExitReason.CUSTODY, "Remanded in custody.")))
        self._write(lambda: outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
            ReviewStage.EXIT, ended, None, NotCompletedReason.NOT_SEEN,
            "In custody: not seen.")))

    def write_deferred(self) -> None:
        """What histories(defer=True) drew, written now."""
        for write in self._deferred or ():
            write()
        self._deferred = None

    def _ended(self, index: int, p: Patient, first: date) -> None:
        """An episode that started up to two years ago and ended before ``first``."""
        reason, note = ENDED_BEFORE[index]
        start = add_months(first, -self.rng.randint(16, 23))
        ended = min(add_months(start, self.rng.randint(5, 13)), first - timedelta(days=21))
        self._episode(p, start)
        self._reviews(p, start, ended - timedelta(days=1))
        self._write(lambda: outcomes.end_episode(self.reg, self.prescriber, p.id, ExitInput(
            ended, reason, note)))
        if reason is ExitReason.COMPLETED_TO_ORAL:
            months = (ended - start).days // 30
            answers = top_answers(self.rng, months, True)
            self._write(lambda: outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
                ReviewStage.EXIT, ended, answers)))
        elif reason is ExitReason.CUSTODY:
            self._write(lambda: outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
                ReviewStage.EXIT, ended, None, NotCompletedReason.NOT_SEEN,
                "In custody: not seen.")))
        self.exited.add(index)
        self.spans[index] = [(start, ended, reason)]

    def _episode(self, p: Patient, start: date) -> None:
        referred = start - timedelta(days=self.rng.randint(14, 60))
        episode = EpisodeStart(self.rng.choice(SOURCES), referred,
                               referred + timedelta(days=7), start)
        self._write(lambda: outcomes.start_episode(self.reg, self.nurse, p.id, episode))

    def _reviews(self, p: Patient, start: date, until: date) -> None:
        improves = self.improves[p.id]
        answers = top_answers(self.rng, 0, improves)
        self._write(lambda: outcomes.record_review(self.reg, self.nurse, p.id, ReviewInput(
            ReviewStage.START, start, answers)))
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
        self._write(lambda: outcomes.record_review(self.reg, self.prescriber, p.id, review))

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
