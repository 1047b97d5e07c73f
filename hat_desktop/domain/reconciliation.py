"""The pharmacist's end-of-day stock reconciliation: a blind count against the
register, discrepancies that cannot be dismissed, and the day's close."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hat_desktop.domain.register import BatchStock

EXPIRY_WARNING_DAYS = 30


class LineStatus(StrEnum):
    """A section's status on a reconciled day (the reconciliation CSV's ``status``)."""

    MATCHED = "matched"
    OPEN = "open"
    EXPLAINED = "explained"
    UNEXPLAINED = "unexplained"


class Resolution(StrEnum):
    EXPLAINED = "explained"  # found, and put right by a witnessed correction entry
    UNEXPLAINED = "unexplained"  # reported to the CD Accountable Officer


@dataclass(frozen=True)
class CountLine:
    """One line of the blind count sheet: what to count, never what to expect."""

    section_id: int
    section_code: str
    section_title: str
    unit: str
    batch: str | None
    expiry: date | None


@dataclass(frozen=True)
class CountedLine:
    section_id: int
    batch: str | None
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class Discrepancy:
    id: int
    reconciliation_id: int
    day: date
    section_id: int
    section_code: str
    expected: int
    counted: int
    created_at: datetime
    resolution: Resolution | None = None
    resolved_at: datetime | None = None
    resolved_by_name: str | None = None
    explanation: str | None = None
    correction_entry_id: int | None = None
    reported_to: str | None = None
    reported_at: date | None = None
    report_reference: str | None = None

    @property
    def difference(self) -> int:
        return self.counted - self.expected

    @property
    def status(self) -> LineStatus:
        return LineStatus(self.resolution.value) if self.resolution else LineStatus.OPEN

    @property
    def is_open(self) -> bool:
        return self.resolution is None


@dataclass(frozen=True)
class Reconciliation:
    id: int
    day: date
    counted_at: datetime
    counted_by: int
    counted_by_name: str
    lines: tuple[CountedLine, ...]
    signed_at: datetime | None = None
    witness_name: str | None = None

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    def section_totals(self) -> dict[int, tuple[int, int]]:
        """(expected, counted) per section, over its batches."""
        totals: dict[int, tuple[int, int]] = {}
        for line in self.lines:
            e, c = totals.get(line.section_id, (0, 0))
            totals[line.section_id] = (e + line.expected, c + line.counted)
        return totals


class ExpiryState(StrEnum):
    OK = "ok"
    SOON = "soon"  # within EXPIRY_WARNING_DAYS
    EXPIRED = "expired"


def expiry_state(batch: BatchStock, today: date, warn_days: int = EXPIRY_WARNING_DAYS
                 ) -> ExpiryState:
    if batch.expiry is None:
        return ExpiryState.OK
    if batch.expired(today):
        return ExpiryState.EXPIRED
    if (batch.expiry - today).days <= warn_days:
        return ExpiryState.SOON
    return ExpiryState.OK


@dataclass(frozen=True)
class ReconciliationRow:
    """One section on one reconciled day (the reconciliation report and CSV)."""

    day: date
    section_code: str
    expected: int
    counted: int
    status: str
    counted_by: str
    witness: str
    resolution: str
    counted_at: datetime | None = None
    counted_by_id: int | None = None
    batches: str = ""  # "D100A: counted 47, register 48; …"
    resolved_by: str = ""
    resolved_at: datetime | None = None
    late_entries: str = ""  # entries dated the day but written after its count

    @property
    def difference(self) -> int:
        return self.counted - self.expected
