"""Outcome reviews in the shape of TOP: at the start of an episode, at each review, at exit.

A review either holds every item (domain.top) for the past 28 days, or is recorded as not
completed, with a coded reason. Reviews are due every ``interval`` months from the start
of treatment (a clinic setting, 3 by default); the due one is shown on the board and on
the patient's page until a review dated in its window is recorded.
"""

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum

from hat_desktop.domain.absences import Absence, away_on
from hat_desktop.domain.episodes import Episode
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date
from hat_desktop.domain.top import ALCOHOL_UNITS_MAX, BY_FIELD, PERIOD_DAYS, SCORE_MAX, Kind

# A review recorded up to this many days before its due date counts for it.
EARLY_DAYS = 14
# A start review may be done at assessment, up to this many days before treatment starts.
START_REVIEW_EARLY_DAYS = 28


class ReviewStage(StrEnum):
    START = "start"
    REVIEW = "review"
    EXIT = "exit"

    @property
    def label(self) -> str:
        return {"start": "Start of treatment", "review": "Review",
                "exit": "Exit"}[self.value]


class Housing(StrEnum):
    ACUTE_PROBLEM = "acute_problem"
    AT_RISK = "at_risk"
    SETTLED = "settled"

    @property
    def label(self) -> str:
        return {"acute_problem": "Acute problem (homeless, sleeping rough)",
                "at_risk": "At risk of eviction", "settled": "Settled"}[self.value]


class NotCompletedReason(StrEnum):
    DECLINED = "declined"
    NOT_SEEN = "not_seen"
    UNABLE = "unable"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"declined": "The patient declined",
                "not_seen": "The patient was not seen in time",
                "unable": "The patient was unable (unwell or intoxicated)",
                "other": "Other (say what in the note)"}[self.value]


@dataclass(frozen=True)
class OutcomeItems:
    """The 28-day answers. Field names are TOP item fields (domain.top.ITEMS)."""

    opioid_days: int
    crack_days: int
    cocaine_days: int
    alcohol_days: int
    alcohol_units: int
    benzodiazepine_days: int
    other_drug_days: int
    injecting_days: int
    shared_equipment: bool
    shoplifting_days: int
    drug_selling_days: int
    other_theft_days: int
    violence_days: int
    psychological_health: int
    physical_health: int
    quality_of_life: int
    work_days: int
    education_days: int
    housing: Housing | None  # None until chosen: refused by checked()

    def checked(self) -> "OutcomeItems":
        """These answers, or the first problem in the user's words."""
        for f in fields(self):
            value = getattr(self, f.name)
            kind = BY_FIELD[f.name].kind
            if kind is Kind.DAYS:
                _whole(value, 0, PERIOD_DAYS, f"{_WORDS[f.name]} must be a whole number of "
                       f"days from 0 to {PERIOD_DAYS} (the past 4 weeks).")
            elif kind is Kind.SCORE:
                _whole(value, 0, SCORE_MAX, f"{_WORDS[f.name]} is a score from 0 (poor) to "
                       f"{SCORE_MAX} (good).")
            elif kind is Kind.UNITS:
                _whole(value, 0, ALCOHOL_UNITS_MAX, "Units of alcohol on a typical drinking "
                       f"day must be a whole number from 0 to {ALCOHOL_UNITS_MAX}.")
        if self.alcohol_days == 0 and self.alcohol_units:
            raise InvalidInput("Units of alcohol are only recorded when there was at least "
                               "one drinking day: set the units to 0 or enter the days.")
        if self.alcohol_days and not self.alcohol_units:
            raise InvalidInput("Enter the units of alcohol on a typical drinking day (there "
                               "were drinking days).")
        if not isinstance(self.shared_equipment, bool):
            raise InvalidInput("Say whether injecting equipment was shared (yes or no).")
        if self.shared_equipment and not self.injecting_days:
            raise InvalidInput("Sharing injecting equipment is recorded only when there were "
                               "injecting days.")
        if self.housing is None or self.housing not in set(Housing):
            raise InvalidInput("Choose the housing situation.")
        return OutcomeItems(**{f.name: getattr(self, f.name) for f in fields(self)
                               if f.name != "housing"}, housing=Housing(self.housing))

    def as_row(self) -> dict[str, int | str]:
        """The answers as stored: whole numbers, yes/no as 1/0, housing as its code."""
        row: dict[str, int | str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            row[f.name] = str(value) if isinstance(value, Housing) else int(value or 0)
        return row


# The items as the error messages name them (the form's own words are in ui/).
_WORDS: dict[str, str] = {
    "opioid_days": "Days of street heroin or other illicit opioids",
    "crack_days": "Days of crack", "cocaine_days": "Days of cocaine",
    "alcohol_days": "Days of drinking", "alcohol_units": "Units of alcohol",
    "benzodiazepine_days": "Days of benzodiazepines", "other_drug_days":
    "Days of other drugs", "injecting_days": "Days of injecting",
    "shared_equipment": "Sharing", "shoplifting_days": "Days of shoplifting",
    "drug_selling_days": "Days of selling drugs", "other_theft_days": "Days of other theft",
    "violence_days": "Days of violence", "psychological_health": "Psychological health",
    "physical_health": "Physical health", "quality_of_life": "Quality of life",
    "work_days": "Days in paid work", "education_days": "Days in education",
    "housing": "Housing",
}


def _whole(value: object, low: int, high: int, message: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(message)


@dataclass(frozen=True)
class OutcomeReview:
    id: int
    patient_id: int
    episode_id: int
    stage: ReviewStage
    review_date: date
    items: OutcomeItems | None  # None: not completed
    not_completed_reason: NotCompletedReason | None
    note: str
    recorded_by_name: str

    @property
    def completed(self) -> bool:
        return self.items is not None


@dataclass(frozen=True)
class ReviewInput:
    """What staff record: the stage, the date, and either the answers or why there are
    none."""

    stage: ReviewStage
    review_date: date | None
    items: OutcomeItems | None
    not_completed_reason: NotCompletedReason | None = None
    note: str = ""

    def checked(self, today: date, episode: Episode | None,
                earlier: Sequence[OutcomeReview]) -> "ReviewInput":
        """The review, or a refusal: it belongs to the patient's latest episode, at most
        one start and one exit review each, dates within the episode and not ahead."""
        stage = ReviewStage(self.stage)
        if episode is None:
            raise Refused("This patient has no treatment episode: start one before recording "
                          "an outcome review.")
        if self.review_date is None:
            raise InvalidInput("Enter the date of the review.")
        day = self.review_date
        if day > today:
            raise InvalidInput(f"The review date ({format_date(day)}) is in the future.")
        mine = [r for r in earlier if r.episode_id == episode.id]
        if stage is ReviewStage.START:
            _once(mine, stage, "A start review is already recorded for this episode.")
            earliest = episode.start_date - timedelta(days=START_REVIEW_EARLY_DAYS)
            if day < earliest:
                raise InvalidInput(f"A start review is dated at most {START_REVIEW_EARLY_DAYS}"
                                   f" days before treatment starts "
                                   f"({format_date(episode.start_date)}).")
        elif day < episode.start_date:
            raise InvalidInput(f"The review date is before treatment started "
                               f"({format_date(episode.start_date)}).")
        if stage is ReviewStage.REVIEW and episode.exit is not None:
            raise Refused("This episode has ended: record an exit review instead.")
        if stage is ReviewStage.EXIT:
            if episode.exit is None:
                raise Refused("Record the end of treatment (the exit) before the exit "
                              "review.")
            _once(mine, stage, "An exit review is already recorded for this episode.")
        if episode.exit is not None and day > episode.exit.exit_date + timedelta(days=28):
            raise InvalidInput("An exit review is recorded within 28 days of the exit.")
        return self._answers_checked(stage)

    def _answers_checked(self, stage: ReviewStage) -> "ReviewInput":
        if self.items is not None:
            if self.not_completed_reason is not None:
                raise InvalidInput("A review is either completed or not completed, not both.")
            note = clean_text(self.note, "note", max_length=500, required=False,
                              multiline=True)
            return ReviewInput(stage, self.review_date, self.items.checked(), None, note)
        if self.not_completed_reason is None:
            raise InvalidInput("Fill in the answers, or say why the review was not "
                               "completed.")
        reason = NotCompletedReason(self.not_completed_reason)
        note = clean_text(self.note, "note on why the review was not completed",
                          max_length=500, required=reason is NotCompletedReason.OTHER,
                          multiline=True)
        return ReviewInput(stage, self.review_date, None, reason, note)


def _once(reviews: Sequence[OutcomeReview], stage: ReviewStage, message: str) -> None:
    if any(r.stage is stage for r in reviews):
        raise Refused(message)


# --- when reviews are due ------------------------------------------------------------------
def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class DueReview:
    patient_id: int
    stage: ReviewStage
    months: int  # 0 for the start review, else months since treatment started
    due_from: date

    @property
    def title(self) -> str:
        return ("Start review" if self.stage is ReviewStage.START
                else f"{self.months}-month review")

    @property
    def text(self) -> str:
        return f"{self.title} due since {format_date(self.due_from)}"


def due_review(episode: Episode | None, reviews: Sequence[OutcomeReview], today: date,
               interval_months: int, absences: Sequence[Absence] = ()) -> DueReview | None:
    """The review due now for an open episode, if any: the start review until one is
    recorded; then, from each ``interval_months`` after the start, a review until one
    dated no earlier than EARLY_DAYS before that date is recorded. A review recorded as
    not completed counts as done (its reason is the record). Not while the patient is away
    today (custody, hospital): it is due again on return."""
    if episode is None or episode.exit is not None or away_on(absences, today) is not None:
        return None
    mine = [r for r in reviews if r.episode_id == episode.id]
    if not any(r.stage is ReviewStage.START for r in mine):
        return DueReview(episode.patient_id, ReviewStage.START, 0, episode.start_date)
    slot, due_from = 0, episode.start_date
    while (following := add_months(episode.start_date, (slot + 1) * interval_months)) <= today:
        slot, due_from = slot + 1, following
    if slot == 0:
        return None
    window_start = due_from - timedelta(days=EARLY_DAYS)
    if any(r.stage is ReviewStage.REVIEW and r.review_date >= window_start for r in mine):
        return None
    return DueReview(episode.patient_id, ReviewStage.REVIEW, slot * interval_months, due_from)
