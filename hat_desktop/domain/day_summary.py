"""The end-of-day summary of a clinic day: per section the day's movements, the closing
balance and the count, the day's withheld and missed sessions and adverse events (filled by
services/day_summary, drawn by reports/day_summary_pdf and the summary dialog)."""

from dataclasses import dataclass, field
from datetime import date

from hat_desktop.domain.register import Section


@dataclass(frozen=True)
class SectionDay:
    """One section's day, every movement in the section's unit (ampoules, ml), as the
    register now stands: opening + in − out = closing, checkable on the page."""

    section: Section
    opening: int  # every entry dated before the day
    received: int
    doses: int  # doses given at the clinic (one a product a dose; top-ups and take-home apart)
    mg_administered: int
    mg_wasted: int
    destroyed: int
    returned: int
    corrections: int  # net units (+ in, − out)
    closing: int  # opening + in − out
    counted: int | None
    discrepancy: int | None  # counted − the register's figure at the count, when not zero
    administered: int = 0  # units (ampoules, ml) opened for doses given at the clinic
    supplied: int = 0  # units supplied to take home (take-home lines)
    mg_supplied: int = 0
    supplies: int = 0  # take-home supplies (one a product a supply)
    top_ups: int = 0  # second injections of a line within a session
    corrections_in: int = 0
    corrections_out: int = 0
    expected_at_count: int | None = None  # what the register held when the stock was counted
    late: tuple[str, ...] = ()  # entries dated this day but written after its count

    @property
    def total_in(self) -> int:
        return self.received + self.corrections_in

    @property
    def total_out(self) -> int:
        return (self.administered + self.supplied + self.destroyed + self.returned
                + self.corrections_out)

    def balance_line(self) -> str:
        q = self.section.quantity
        return (f"Opening {q(self.opening)} + in {q(self.total_in)} − out "
                f"{q(self.total_out)} = closing {q(self.closing)}")


@dataclass(frozen=True)
class DaySummary:
    day: date
    clinic_name: str
    sections: tuple[SectionDay, ...]
    counted_by: str | None
    witness: str | None
    withheld: tuple[str, ...]  # "HAT-0001 Sam Patient, session 1: Intoxicated"
    missed: tuple[str, ...]
    expiry_warnings: tuple[str, ...] = field(default_factory=tuple)  # as at the day
    demo: bool = False
    # "HAT-0001 Sam Patient, session 2: 30 mg Methadone hydrochloride (METH1 No. 4),
    # collected by the patient, in person"
    take_home: tuple[str, ...] = field(default_factory=tuple)
    events: tuple[str, ...] = ()  # adverse events: "E-3 10:12 HAT-0001 Sam Patient: ..."
    # By the attendance record's rule (domain.session_withholdings): ``withheld`` holds the
    # sessions whose outcome is a withholding (one recorded in error is none); these, the
    # lines withheld within a dose of the session's other lines ("HAT-0001 Sam Patient,
    # session 1: line 2 (Methadone hydrochloride) withheld: Unwell; ..."), and the sessions
    # withheld, then re-assessed and dosed (a dosed session, its withholding kept); and the
    # withholdings recorded in error and corrected (who corrected, who witnessed, when).
    lines_withheld: tuple[str, ...] = ()
    reassessed: tuple[str, ...] = ()
    in_error: tuple[str, ...] = ()

    @property
    def late_entries(self) -> bool:
        """Entries written into the day after its stock count (the count no longer covers
        everything the register now holds for the day)."""
        return any(d.late for d in self.sections)
