"""Absences: days a patient is away (custody, hospital, dosed elsewhere) and so not due.

An absence is recorded with its reason and its first day, and a last day when it is known;
an open-ended absence is ended later by a record of its own (the return: the last day
away). One entered by mistake is withdrawn by a witnessed record of its own: it stays on
record and covers no day. No record is ever changed. The days of an absence are not missed
and do not count towards the missed-dose hold, but tolerance falls all the same: on return,
if the days without a dose since the last dose reach the hold threshold, the prescriber reviews
the patient before the first dose (domain.missed_doses opens that hold).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from hat_desktop.domain.times import format_date

# How far back an absence may begin (learnt of late: the police ring on the third day)
# and how far ahead (a planned hospital admission); an absence with dates at most a year.
MAX_DAYS_BACK = 60
MAX_DAYS_AHEAD = 30
MAX_LENGTH_DAYS = 366


class AbsenceReason(StrEnum):
    CUSTODY = "custody"
    HOSPITAL = "hospital"
    DOSED_ELSEWHERE = "dosed_elsewhere"
    OTHER = "other"

    @property
    def label(self) -> str:
        """'custody', 'dosed elsewhere': as in "away: custody"."""
        return self.value.replace("_", " ")


@dataclass(frozen=True)
class AbsenceEnd:
    """The return, recorded later: the last day away."""

    last_day: date
    note: str
    recorded_at: datetime
    recorded_by_name: str


@dataclass(frozen=True)
class AbsenceWithdrawal:
    """An absence entered by mistake, withdrawn by a witnessed note (never erased)."""

    note: str
    recorded_at: datetime
    recorded_by_name: str
    witness_name: str


@dataclass(frozen=True)
class Absence:
    id: int
    patient_id: int
    reason: AbsenceReason
    first_day: date
    planned_last_day: date | None  # known when it was recorded; None: open-ended
    note: str
    recorded_at: datetime
    recorded_by_name: str
    end: AbsenceEnd | None = None
    withdrawal: AbsenceWithdrawal | None = None  # entered by mistake: it covers no day

    @property
    def in_force(self) -> bool:
        """Not withdrawn: a withdrawn absence is kept on record but covers no day, so its
        days count as any others (missed if missed, towards the hold)."""
        return self.withdrawal is None

    @property
    def last_day(self) -> date | None:
        """The last day away: the return's, else the one known at the start (None: still
        open-ended)."""
        return self.end.last_day if self.end is not None else self.planned_last_day

    @property
    def words(self) -> str:
        """'away: custody', as a session, a day or a report line shows it."""
        return f"away: {self.reason.label}"

    def covers(self, day: date) -> bool:
        last = self.last_day
        return self.in_force and self.first_day <= day and (last is None or day <= last)

    def overlaps(self, first: date, last: date | None) -> bool:
        mine = self.last_day
        return self.in_force and (mine is None or first <= mine) and (
            last is None or self.first_day <= last)

    @property
    def period(self) -> str:
        """'02/03/2026 to 05/03/2026', '02/03/2026, open-ended', '02/03/2026 (one day)'."""
        last = self.last_day
        if last is None:
            return f"from {format_date(self.first_day)}, open-ended"
        if last == self.first_day:
            return f"on {format_date(self.first_day)}"
        return f"{format_date(self.first_day)} to {format_date(last)}"

    @property
    def summary(self) -> str:
        """'Custody from 02/03/2026, open-ended (recorded by Nina Nurse)'."""
        text = f"{self.reason.label.capitalize()} {self.period}"
        if self.note:
            text += f": {self.note}"
        text += f" (recorded by {self.recorded_by_name})"
        w = self.withdrawal
        if w is not None:
            text += (f" — WITHDRAWN, entered by mistake: {w.note} ({w.recorded_by_name}, "
                     f"witnessed by {w.witness_name})")
        return text

    @property
    def refusal(self) -> str:
        """Why no dose may be given today: the absence named."""
        return (f"Away: {self.summary}. No dose during an absence: when the patient is back, "
                "record the return on their page first.")


def away_on(absences: Iterable[Absence], day: date) -> Absence | None:
    """The absence covering ``day``, if any: the one rule for "the patient is away", which
    sessions, flags, holds, dosing and every due item (drug screens, outcome reviews)
    follow."""
    return next((a for a in absences if a.covers(day)), None)


def away_by_day(absences: Iterable[Absence], first: date, last: date) -> dict[date, Absence]:
    """``away_on`` for every day from ``first`` to ``last`` at once (the days no absence
    covers left out): a walk over two years asks once per day, and each ask read every
    absence. The first absence covering a day is its, as ``away_on`` picks."""
    by_day: dict[date, Absence] = {}
    for absence in absences:
        if not absence.overlaps(first, last):
            continue
        day = max(absence.first_day, first)
        end = min(absence.last_day or last, last)
        while day <= end:
            by_day.setdefault(day, absence)
            day += timedelta(days=1)
    return by_day


def returned_words(absence: Absence) -> str:
    """'back from custody (02/03/2026 to 05/03/2026)'."""
    return f"back from {absence.reason.label} ({absence.period})"


def within_bounds(first: date, last: date | None, today: date) -> str | None:
    """Why the dates of a new absence are not accepted (None: they are)."""
    if first < today - timedelta(days=MAX_DAYS_BACK):
        return (f"An absence cannot begin more than {MAX_DAYS_BACK} days ago "
                f"({format_date(first)} was given).")
    if first > today + timedelta(days=MAX_DAYS_AHEAD):
        return (f"An absence can be recorded at most {MAX_DAYS_AHEAD} days ahead "
                f"({format_date(first)} was given).")
    if last is not None and last < first:
        return (f"The last day away ({format_date(last)}) is before the first "
                f"({format_date(first)}).")
    if last is not None and (last - first).days >= MAX_LENGTH_DAYS:
        return ("An absence with dates is at most a year long: leave the last day empty "
                "(open-ended) and record the return when the patient is back.")
    return None
