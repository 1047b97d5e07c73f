"""What happens at a supervised session: check-in, dose or withholding, release."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    CHECKED_IN = "checked_in"
    CHECK_IN_CANCELLED = "check_in_cancelled"
    DOSED = "dosed"
    WITHHELD = "withheld"
    RELEASED = "released"


class HoldDecision(StrEnum):
    RESUME = "resume"
    REDUCED = "reduced"
    SUSPEND = "suspend"
    DISCHARGE = "discharge"

    @property
    def label(self) -> str:
        return {
            HoldDecision.RESUME: "Resume the same dose",
            HoldDecision.REDUCED: "Resume at a reduced re-titration dose",
            HoldDecision.SUSPEND: "Suspend treatment",
            HoldDecision.DISCHARGE: "Discharge",
        }[self]


@dataclass(frozen=True)
class AttendanceEvent:
    id: int
    patient_id: int
    day: date
    session: int
    kind: EventKind
    at: datetime
    by_user: int
    witness_id: int | None = None
    prescription_id: int | None = None
    mg_administered: int | None = None
    mg_wasted: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    entry_ids: tuple[int, ...] = ()
    top_up_line: int | None = None  # a top-up of this prescription line (None: not one)

    @property
    def is_top_up(self) -> bool:
        return self.top_up_line is not None

    @property
    def mg_given(self) -> int | None:
        """The mg this record gave, as a screen names it. ``mg_administered`` counts the
        prescription's first drug only (0 for a top-up of a line of another drug, e.g. IM
        methadone): a top-up's mg is its line's."""
        given = self.lines_given()
        if self.is_top_up and given:
            return sum(g.mg for g in given)
        return self.mg_administered

    def lines_given(self, drug: str = "") -> tuple["LineGiven", ...]:
        """Each prescription line given in this dose record, with its drug and mg (nothing
        for a record that is no dose; lines withheld are left out). A dose recorded before
        prescriptions had lines is one line of ``drug`` (its prescription's)."""
        if self.kind is not EventKind.DOSED:
            return ()
        records = self.details.get("lines")
        if not records:
            mg = self.mg_administered or 0
            return (LineGiven(None, drug, mg),) if mg else ()
        return tuple(LineGiven(int(r["line"]), str(r["drug"]), int(r["mg"]))
                     for r in records if r.get("mg"))


@dataclass(frozen=True)
class LineGiven:
    """One prescription line's mg given (or supplied to take home) in a dose record."""

    line: int | None  # the line's position (None: a dose recorded before lines existed)
    drug: str
    mg: int


@dataclass(frozen=True)
class WithholdingCorrection:
    """A withholding recorded in error, corrected by a witnessed note (never erased)."""

    id: int
    event_id: int
    note: str
    recorded_at: datetime
    recorded_by: int
    recorded_by_name: str
    witness_name: str


@dataclass(frozen=True)
class HoldReview:
    id: int
    patient_id: int
    held_from: datetime
    reviewed_at: datetime
    reviewer_id: int
    reviewer_name: str
    decision: HoldDecision
    notes: str
    prescription_id: int | None


def observe_until(dose: AttendanceEvent, minutes: int) -> datetime:
    """When the post-dose observation of ``dose`` ends: fixed when the dose was given (a
    later change of the observation time does not move it). Doses recorded before that
    was kept fall back to ``minutes`` after the dose."""
    kept = dose.details.get("observe_until")
    return (datetime.fromisoformat(str(kept)) if kept
            else dose.at + timedelta(minutes=minutes))
