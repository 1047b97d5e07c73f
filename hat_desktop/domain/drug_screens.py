"""Drug screens (urine or oral fluid), their schedule, and the share negative for street heroin.

A screen is one test of one sample: when it was taken, urine or oral fluid, random or
scheduled, supervised or not, and either a result for every substance on the clinic's panel
or what happened instead (refused, spoiled, missed). Screens are append-only records; a
mistake is corrected by recording the screen again with a note.

The panel is clinic-editable (a setting), except its first substance: the markers of street
heroin (6-monoacetylmorphine, acetylcodeine, papaverine, noscapine). Prescribed diamorphine
is pure, so only these markers tell street heroin from the clinic's own; RIOTT's primary
outcome was the share of weekly urines negative for street heroin. That share is worked out
here once (``negative_shares``) for every report and chart that shows it.

A schedule says when a patient's screen falls due: weekly on a set weekday, or on a day
chosen at random within each week (Monday to Sunday), the same day however often it is
asked (a keyed hash of the register's secret, the patient and the week, so nobody can read
it off a pattern). A screen of any outcome taken in the week settles that week.
"""

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from hat_desktop.domain.absences import Absence, away_on
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import clinic_day, format_date

STREET_HEROIN = "Street heroin (6-MAM, acetylcodeine)"
# The rest of the panel, a setting the clinic may change (screen_panel).
DEFAULT_PANEL: tuple[str, ...] = (
    "Morphine/opiates", "Methadone", "Cocaine/crack", "Benzodiazepines", "Amphetamines",
    "Cannabis", "Alcohol (EtG)", "Fentanyl", "Other")
MAX_PANEL = 20
LATE_DAYS = 14  # a screen may be recorded up to two weeks after it was taken
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Sample(StrEnum):
    URINE = "urine"
    ORAL_FLUID = "oral_fluid"

    @property
    def label(self) -> str:
        return "Urine" if self is Sample.URINE else "Oral fluid"


class ScreenKind(StrEnum):
    SCHEDULED = "scheduled"
    RANDOM = "random"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ScreenOutcome(StrEnum):
    TESTED = "tested"
    REFUSED = "refused"
    SPOILED = "spoiled"  # diluted, adulterated, leaked, too cold: not a valid sample
    MISSED = "missed"  # the patient did not come for it

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS: dict[ScreenOutcome, str] = {
    ScreenOutcome.TESTED: "Tested",
    ScreenOutcome.REFUSED: "Refused by the patient",
    ScreenOutcome.SPOILED: "Spoiled sample (not valid)",
    ScreenOutcome.MISSED: "Missed (the patient did not attend)",
}


class SubstanceResult(StrEnum):
    NEGATIVE = "negative"
    POSITIVE = "positive"
    NOT_TESTED = "not_tested"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Frequency(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    RANDOM = "random"  # one day at random within each week

    @property
    def label(self) -> str:
        return FREQUENCY_LABELS[self]


FREQUENCY_LABELS: dict[Frequency, str] = {
    Frequency.NONE: "No scheduled screens",
    Frequency.WEEKLY: "Weekly, on a set day",
    Frequency.RANDOM: "Weekly, on a random day",
}


# --- the panel --------------------------------------------------------------------------
def checked_panel(names: Iterable[object]) -> tuple[str, ...]:
    """The clinic's substances after street heroin: each named, none twice, at most
    MAX_PANEL; street heroin itself is always first and not part of the setting."""
    found: list[str] = []
    for name in names:
        if not isinstance(name, str):
            raise InvalidInput("Each substance on the panel is a name.")
        text = clean_text(name, "substance's name", max_length=40, required=False)
        if not text:
            continue
        if text.casefold() in (n.casefold() for n in (STREET_HEROIN, *found)):
            raise InvalidInput(f"{text} is on the panel twice: list each substance once.")
        found.append(text)
    if not found:
        raise InvalidInput("The panel needs at least one substance besides street heroin.")
    if len(found) + 1 > MAX_PANEL:
        raise InvalidInput(f"The panel holds at most {MAX_PANEL} substances, street heroin "
                           "included.")
    return tuple(found)


def full_panel(rest: Sequence[str]) -> tuple[str, ...]:
    return (STREET_HEROIN, *rest)


# --- a screen -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ScreenInput:
    """A screen as the nurse typed it; ``checked`` returns it as it will be written."""

    taken_at: datetime | None
    sample: Sample
    kind: ScreenKind
    supervised: bool
    outcome: ScreenOutcome
    results: tuple[tuple[str, SubstanceResult | None], ...] = ()
    note: str = ""

    def checked(self, now: datetime, tz: ZoneInfo, panel: Sequence[str]) -> "ScreenInput":
        if self.taken_at is None:
            raise InvalidInput("Enter when the sample was taken.")
        if self.taken_at > now + timedelta(minutes=5):
            raise InvalidInput("The sample's time is in the future: enter when it was taken.")
        if clinic_day(self.taken_at, tz) < clinic_day(now, tz) - timedelta(days=LATE_DAYS):
            raise InvalidInput(f"A screen is recorded within {LATE_DAYS} days of the sample; "
                               "this one is older. Write it in the patient's notes instead.")
        note = clean_text(self.note, "note", max_length=500, required=False, multiline=True)
        results = self._results(panel)
        return ScreenInput(self.taken_at, self.sample, self.kind, self.supervised,
                           self.outcome, results, note)

    def _results(self, panel: Sequence[str]) -> tuple[tuple[str, SubstanceResult | None], ...]:
        given = dict(self.results)
        if self.outcome is not ScreenOutcome.TESTED:
            if any(r is not None for r in given.values()):
                raise InvalidInput(f"A screen recorded as {self.outcome.label.lower()} has "
                                   "no results: clear them, or record it as tested.")
            return ()
        unknown = [name for name in given if name not in panel]
        if unknown:
            raise InvalidInput(f"{unknown[0]} is not on the clinic's panel.")
        missing = [name for name in panel if given.get(name) is None]
        if missing:
            raise InvalidInput(f"Give a result for every substance on the panel (or 'not "
                               f"tested'): {missing[0]} has none.")
        if all(given[name] is SubstanceResult.NOT_TESTED for name in panel):
            raise InvalidInput("Every substance is marked 'not tested': record the screen as "
                               "spoiled, refused or missed instead.")
        return tuple((name, given[name]) for name in panel)


@dataclass(frozen=True)
class Screen:
    id: int
    patient_id: int
    taken_at: datetime
    day: date  # the clinic day it was taken
    sample: Sample
    kind: ScreenKind
    supervised: bool
    outcome: ScreenOutcome
    results: tuple[tuple[str, SubstanceResult], ...]
    note: str
    recorded_by_name: str

    def result(self, substance: str) -> SubstanceResult | None:
        return dict(self.results).get(substance)

    @property
    def street_heroin(self) -> SubstanceResult | None:
        """Positive or negative for street heroin; None when there is no such result
        (refused, spoiled, missed, or not tested for it)."""
        found = self.result(STREET_HEROIN)
        return None if found is SubstanceResult.NOT_TESTED else found

    @property
    def positives(self) -> tuple[str, ...]:
        return tuple(n for n, r in self.results if r is SubstanceResult.POSITIVE)

    @property
    def summary(self) -> str:
        """'Positive: Cocaine/crack, Cannabis', 'All negative', 'Refused by the patient'."""
        if self.outcome is not ScreenOutcome.TESTED:
            return self.outcome.label
        if self.positives:
            return "Positive: " + ", ".join(self.positives)
        return "All negative"


def week_of(day: date) -> date:
    """The Monday of the week ``day`` is in."""
    return day - timedelta(days=day.weekday())


# --- the share negative for street heroin -------------------------------------------------
@dataclass(frozen=True)
class NegativeShare:
    """Screens with a street-heroin result, how many negative, how many not obtained."""

    tested: int = 0  # screens with a positive or negative street-heroin result
    negative: int = 0
    not_obtained: int = 0  # refused, spoiled, missed, or street heroin not tested

    @property
    def share(self) -> float | None:
        """Negative / tested; None when nothing was tested."""
        return self.negative / self.tested if self.tested else None

    @property
    def share_missing_as_positive(self) -> float | None:
        """Negative / every screen (a screen not obtained counts as positive, as trials
        analysed missing urines); None when there were no screens."""
        total = self.tested + self.not_obtained
        return self.negative / total if total else None

    def plus(self, screen: Screen) -> "NegativeShare":
        result = screen.street_heroin
        if result is None:
            return NegativeShare(self.tested, self.negative, self.not_obtained + 1)
        return NegativeShare(self.tested + 1,
                             self.negative + (result is SubstanceResult.NEGATIVE),
                             self.not_obtained)


@dataclass(frozen=True)
class NegativeShares:
    """The share of screens negative for street heroin in ``period``: overall, per patient,
    per week (keyed by the week's Monday) and per patient and week."""

    period: DateRange
    overall: NegativeShare = NegativeShare()
    per_patient: dict[int, NegativeShare] = field(default_factory=dict)
    per_week: dict[date, NegativeShare] = field(default_factory=dict)
    per_patient_week: dict[tuple[int, date], NegativeShare] = field(default_factory=dict)


def negative_shares(screens: Iterable[Screen], period: DateRange) -> NegativeShares:
    """Every screen taken on a clinic day in ``period`` counted once in each breakdown."""
    found = NegativeShares(period)
    overall = found.overall
    for s in screens:
        if not period.first <= s.day <= period.last:
            continue
        week = week_of(s.day)
        overall = overall.plus(s)
        found.per_patient[s.patient_id] = found.per_patient.get(
            s.patient_id, NegativeShare()).plus(s)
        found.per_week[week] = found.per_week.get(week, NegativeShare()).plus(s)
        key = (s.patient_id, week)
        found.per_patient_week[key] = found.per_patient_week.get(key, NegativeShare()).plus(s)
    return NegativeShares(period, overall, dict(sorted(found.per_patient.items())),
                          dict(sorted(found.per_week.items())),
                          dict(sorted(found.per_patient_week.items())))


# --- the schedule -------------------------------------------------------------------------
@dataclass(frozen=True)
class ScreenSchedule:
    frequency: Frequency
    weekday: int | None  # 0 = Monday, for WEEKLY
    starts_on: date

    def checked(self, today: date) -> "ScreenSchedule":
        if self.frequency is Frequency.WEEKLY:
            if self.weekday is None or not 0 <= self.weekday <= 6:
                raise InvalidInput("Choose the day of the week the screen is due.")
        elif self.weekday is not None:
            return ScreenSchedule(self.frequency, None, self.starts_on).checked(today)
        if self.starts_on < today:
            raise InvalidInput("A schedule starts today or later: earlier weeks are as they "
                               "were.")
        return self

    @property
    def text(self) -> str:
        if self.frequency is Frequency.WEEKLY and self.weekday is not None:
            return f"Weekly, every {WEEKDAYS[self.weekday]}, from {format_date(self.starts_on)}"
        if self.frequency is Frequency.RANDOM:
            return f"Weekly, on a random day, from {format_date(self.starts_on)}"
        return "No scheduled screens"

    def due_day(self, patient_id: int, week: date, secret: bytes) -> date | None:
        """The day this schedule makes a screen due in the week starting ``week``."""
        if self.frequency is Frequency.WEEKLY and self.weekday is not None:
            day = week + timedelta(days=self.weekday)
        elif self.frequency is Frequency.RANDOM:
            digest = hashlib.sha256(secret + f"screen:{patient_id}:{week}".encode()).digest()
            day = week + timedelta(days=digest[0] % 7)
        else:
            return None
        return day if day >= self.starts_on else None


@dataclass(frozen=True)
class DueScreen:
    patient_id: int
    due_on: date
    schedule: ScreenSchedule

    @property
    def text(self) -> str:
        how = "random" if self.schedule.frequency is Frequency.RANDOM else "weekly"
        return f"Drug screen due ({how}, since {WEEKDAYS[self.due_on.weekday()]} " \
               f"{format_date(self.due_on)})"


def due_screen(patient_id: int, schedule: ScreenSchedule | None, screens: Sequence[Screen],
               today: date, secret: bytes, absences: Sequence[Absence] = ()
               ) -> DueScreen | None:
    """The screen due today (from its due day until the week's end), unless a screen of any
    outcome was recorded in that week, or the patient is away today (custody, hospital: it
    is due again on return, if the week is not over)."""
    if schedule is None or away_on(absences, today) is not None:
        return None
    week = week_of(today)
    day = schedule.due_day(patient_id, week, secret)
    if day is None or day > today:
        return None
    if any(week <= s.day <= week + timedelta(days=6) for s in screens):
        return None
    return DueScreen(patient_id, day, schedule)
