"""The end-of-day summary of a clinic day: per section the day's movements, the closing
balance and the count, and the day's withheld and missed sessions (filled by
services/day_summary, drawn by reports/day_summary_pdf and the summary dialog)."""

from dataclasses import dataclass, field
from datetime import date

from hat_desktop.domain.register import Section


@dataclass(frozen=True)
class SectionDay:
    section: Section
    opening: int
    received: int
    doses: int
    mg_administered: int
    mg_wasted: int
    destroyed: int
    returned: int
    corrections: int  # net units (+ in, − out)
    closing: int
    counted: int | None
    discrepancy: int | None  # counted − expected, when not zero


@dataclass(frozen=True)
class DaySummary:
    day: date
    clinic_name: str
    sections: tuple[SectionDay, ...]
    counted_by: str | None
    witness: str | None
    withheld: tuple[str, ...]  # "HAT-0001 Sam Patient, session 1: Intoxicated"
    missed: tuple[str, ...]
    expiry_warnings: tuple[str, ...] = field(default_factory=tuple)
    demo: bool = False
