"""Prescriptions: versioned (a change is a new version; the old one is never edited)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from hat_desktop.domain.attendance import AttendanceEvent
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date

MAX_DOSE_MG = 1000  # per session; above any HAT prescription (a typing error)
MAX_PRESCRIPTION_DAYS = 366


@dataclass(frozen=True)
class Prescription:
    id: int
    patient_id: int
    version: int
    drug: str
    dose_mg: int
    sessions: frozenset[int]
    daily_max_mg: int | None
    start_date: date
    end_date: date
    prescriber_id: int
    prescriber_name: str
    prescriber_licence: str
    section_ids: tuple[int, ...]
    notes: str
    change_reason: str | None
    created_at: datetime

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date

    def ending_soon(self, today: date, warn_days: int) -> int | None:
        """The days left when the prescription ends within ``warn_days`` (the clinic's
        expiry warning), so that the prescriber is asked to renew it; None otherwise."""
        days_left = (self.end_date - today).days
        return days_left if 0 <= days_left < warn_days else None

    @property
    def daily_limit_mg(self) -> int:
        """The most that may be given in one clinic day."""
        return self.daily_max_mg or self.dose_mg * len(self.sessions)

    @property
    def summary(self) -> str:
        sessions = ", ".join(str(s) for s in sorted(self.sessions))
        text = (f"{self.drug} {self.dose_mg} mg per session (session {sessions}), "
                f"{format_date(self.start_date)} to {format_date(self.end_date)}")
        if self.daily_max_mg:
            text += f", at most {self.daily_max_mg} mg a day"
        return text


def current_version(versions: list[Prescription], day: date, before: datetime
                    ) -> Prescription | None:
    """The version in force on ``day`` as known at ``before``: the newest version that
    covers the day and had been written by then."""
    best = None
    for rx in versions:
        if (rx.covers(day) and rx.created_at < before
                and (best is None or rx.version > best.version)):
            best = rx
    return best


def changed_from(rx: Prescription | None, versions: Sequence[Prescription],
                 doses: Iterable[AttendanceEvent]) -> Prescription | None:
    """The version (of ``versions``, oldest first) whose dose ``rx`` changed, as long as
    none of ``doses`` was given under ``rx``: the next dose is the first at the new dose.
    None when there is no change to point out."""
    if rx is None or rx.version == 1:
        return None
    earlier = [v for v in versions if v.version < rx.version]
    if not earlier or earlier[-1].dose_mg == rx.dose_mg:
        return None
    if any(d.prescription_id == rx.id for d in doses):
        return None
    return earlier[-1]


@dataclass(frozen=True)
class PrescriptionInput:
    """What the prescriber types."""

    section_ids: tuple[int, ...]
    dose_mg: int | str
    sessions: frozenset[int]
    start_date: date | None
    end_date: date | None
    daily_max_mg: int | str | None = None
    notes: str = ""
    change_reason: str = ""

    def checked(self, today: date, session_count: int, *, is_change: bool) -> "PrescriptionInput":
        if not self.section_ids:
            raise InvalidInput("Choose the product (register section) to be given.")
        dose = parse_quantity(self.dose_mg, "dose per session", unit="mg", maximum=MAX_DOSE_MG)
        if not self.sessions:
            raise InvalidInput("Choose at least one session a day.")
        bad = [s for s in self.sessions if not 1 <= s <= session_count]
        if bad:
            raise InvalidInput(f"The clinic has {session_count} session(s) a day; there is no "
                               f"session {bad[0]}.")
        if self.start_date is None or self.end_date is None:
            raise InvalidInput("Enter the start and end dates.")
        if self.start_date < today:
            raise InvalidInput("A prescription cannot start before today: prescriptions are "
                               "never back-dated.")
        if DateRange.checked(self.start_date, self.end_date).days > MAX_PRESCRIPTION_DAYS:
            raise InvalidInput("A prescription can run for at most a year; write a new one "
                               "after that.")
        daily = None
        if self.daily_max_mg not in (None, "", 0):
            daily = parse_quantity(self.daily_max_mg, "daily maximum", unit="mg",
                                   maximum=MAX_DOSE_MG * 3)
            if daily < dose:
                raise InvalidInput("The daily maximum is less than one session's dose.")
        notes = clean_text(self.notes, "notes", max_length=1000, required=False, multiline=True)
        reason = clean_text(self.change_reason, "reason for the change", max_length=300,
                            required=is_change, multiline=True)
        return PrescriptionInput(tuple(self.section_ids), dose, frozenset(self.sessions),
                                 self.start_date, self.end_date, daily, notes, reason)
