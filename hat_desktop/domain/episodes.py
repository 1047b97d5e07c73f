"""Treatment episodes: a patient's time in treatment, from referral to exit, and retention.

An episode is opened once (referral, assessment, start) and ended once (exit date and a
coded reason); both are separate, append-only records. A re-admission opens a new
episode. Retention is computed from episodes only.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date


class ReferralSource(StrEnum):
    SELF = "self"
    DRUG_SERVICE = "drug_service"
    GP = "gp"
    HOSPITAL = "hospital"
    CRIMINAL_JUSTICE = "criminal_justice"
    PRISON = "prison"
    OTHER = "other"
    NOT_RECORDED = "not_recorded"  # episodes made by the migration for earlier patients

    @property
    def label(self) -> str:
        return REFERRAL_LABELS[self]


REFERRAL_LABELS: dict[ReferralSource, str] = {
    ReferralSource.SELF: "Self-referral",
    ReferralSource.DRUG_SERVICE: "Community drug and alcohol service",
    ReferralSource.GP: "GP",
    ReferralSource.HOSPITAL: "Hospital",
    ReferralSource.CRIMINAL_JUSTICE: "Police, probation or courts",
    ReferralSource.PRISON: "Prison, on release",
    ReferralSource.OTHER: "Other",
    ReferralSource.NOT_RECORDED: "Not recorded (in treatment before episodes were kept)",
}


class ExitReason(StrEnum):
    COMPLETED_TO_ORAL = "completed_to_oral"
    TRANSFERRED = "transferred"
    LEFT_AGAINST_ADVICE = "left_against_advice"
    DISCHARGED_CONDUCT = "discharged_conduct"
    CUSTODY = "custody"
    MOVED_AWAY = "moved_away"
    DIED = "died"
    OTHER = "other"

    @property
    def label(self) -> str:
        return EXIT_LABELS[self]


EXIT_LABELS: dict[ExitReason, str] = {
    ExitReason.COMPLETED_TO_ORAL: "Completed: transferred to oral treatment",
    ExitReason.TRANSFERRED: "Transferred to another service",
    ExitReason.LEFT_AGAINST_ADVICE: "Left against advice",
    ExitReason.DISCHARGED_CONDUCT: "Discharged for conduct",
    ExitReason.CUSTODY: "Custody",
    ExitReason.MOVED_AWAY: "Moved away",
    ExitReason.DIED: "Died",
    ExitReason.OTHER: "Other (say what in the note)",
}


@dataclass(frozen=True)
class EpisodeExit:
    exit_date: date
    reason: ExitReason
    note: str


@dataclass(frozen=True)
class Episode:
    id: int
    patient_id: int
    number: int  # 1 for the patient's first episode, 2 after a re-admission...
    referral_source: ReferralSource
    referral_date: date | None
    assessment_date: date | None
    start_date: date
    exit: EpisodeExit | None

    @property
    def is_open(self) -> bool:
        return self.exit is None

    def days_in_treatment(self, today: date) -> int:
        """Days from the start to the exit (or to ``today`` while open), the start day
        counted."""
        end = self.exit.exit_date if self.exit is not None else today
        return max((end - self.start_date).days + 1, 0)

    @property
    def summary(self) -> str:
        text = f"Episode {self.number}: started {format_date(self.start_date)}"
        if self.exit is not None:
            text += f", ended {format_date(self.exit.exit_date)} ({self.exit.reason.label})"
        return text


def open_episode(episodes: Sequence[Episode]) -> Episode | None:
    """The patient's open episode (at most one), from their episodes oldest first."""
    return episodes[-1] if episodes and episodes[-1].is_open else None


@dataclass(frozen=True)
class EpisodeStart:
    """What staff record when a patient starts (or restarts) treatment."""

    referral_source: ReferralSource
    referral_date: date | None
    assessment_date: date | None
    start_date: date | None

    def checked(self, today: date, previous: Episode | None) -> "EpisodeStart":
        """The start, or a refusal in the user's words: dates in order, none in the
        future, and after the previous episode's exit."""
        if previous is not None and previous.exit is None:
            raise Refused(f"This patient is already in treatment (episode {previous.number}, "
                          f"since {format_date(previous.start_date)}): record its exit "
                          "before opening a new one.")
        source = ReferralSource(self.referral_source)
        if source is ReferralSource.NOT_RECORDED:
            raise InvalidInput("Choose where the referral came from.")
        if self.start_date is None:
            raise InvalidInput("Enter the date treatment starts.")
        named = (("referral date", self.referral_date), ("assessment date",
                 self.assessment_date), ("start of treatment", self.start_date))
        for name, day in named:
            if day is not None and day > today:
                raise InvalidInput(f"The {name} ({format_date(day)}) is in the future.")
        if self.referral_date is None:
            raise InvalidInput("Enter the referral date.")
        if self.assessment_date is not None and self.assessment_date < self.referral_date:
            raise InvalidInput("The assessment date is before the referral date.")
        if self.start_date < (self.assessment_date or self.referral_date):
            raise InvalidInput("Treatment cannot start before the referral and assessment.")
        if previous is not None and previous.exit is not None \
                and self.start_date < previous.exit.exit_date:
            raise InvalidInput(f"The new episode cannot start before the previous one ended "
                               f"({format_date(previous.exit.exit_date)}).")
        return EpisodeStart(source, self.referral_date, self.assessment_date, self.start_date)


@dataclass(frozen=True)
class ExitInput:
    exit_date: date | None
    reason: ExitReason | None
    note: str = ""

    def checked(self, today: date, episode: Episode | None) -> EpisodeExit:
        if episode is None or episode.exit is not None:
            raise Refused("This patient has no open treatment episode to end.")
        if self.reason is None:
            raise InvalidInput("Choose the reason treatment ended.")
        reason = ExitReason(self.reason)
        if self.exit_date is None:
            raise InvalidInput("Enter the date treatment ended.")
        if self.exit_date > today:
            raise InvalidInput(f"The exit date ({format_date(self.exit_date)}) is in the "
                               "future: record the exit on or after the day it happens.")
        if self.exit_date < episode.start_date:
            raise InvalidInput(f"The exit date is before the episode started "
                               f"({format_date(episode.start_date)}).")
        note = clean_text(self.note, "note on why treatment ended", max_length=500,
                          required=reason is ExitReason.OTHER, multiline=True)
        return EpisodeExit(self.exit_date, reason, note)


# --- retention --------------------------------------------------------------------------
@dataclass(frozen=True)
class Retention:
    """Of the episodes that started long enough ago to tell (``eligible``), how many were
    still in treatment ``days`` days after their start (``retained``)."""

    days: int
    eligible: int
    retained: int

    @property
    def share(self) -> float | None:
        return self.retained / self.eligible if self.eligible else None

    @property
    def text(self) -> str:
        if not self.eligible:
            return f"Retention at {self.days} days: no episode started {self.days} days ago yet."
        return (f"Retention at {self.days} days: {self.retained} of {self.eligible} "
                f"({100 * self.retained / self.eligible:.0f} %)")


def retained_at(episode: Episode, days: int, as_of: date) -> bool | None:
    """Whether ``episode`` was still in treatment ``days`` days after its start: None when
    that day is after ``as_of`` (too early to tell). An exit on that day or later counts
    as retained; so does an exit on day ``days`` exactly (the patient was there)."""
    milestone = episode.start_date + timedelta(days=days)
    if milestone > as_of:
        return None
    return episode.exit is None or episode.exit.exit_date >= milestone


def retention(episodes: Sequence[Episode], days: int, as_of: date) -> Retention:
    """Retention at ``days`` (182 for 26 weeks, 365 for 12 months) over ``episodes``,
    as the HAT trials report it: each episode that started at least ``days`` before
    ``as_of`` counts once."""
    if days < 1:
        raise InvalidInput("Retention is measured at 1 day or more after the start.")
    found = [retained_at(e, days, as_of) for e in episodes]
    eligible = [f for f in found if f is not None]
    return Retention(days, len(eligible), sum(1 for f in eligible if f))
