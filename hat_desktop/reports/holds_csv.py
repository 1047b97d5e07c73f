"""Holds as CSV: one row per hold that began in the period, reviewed or still open."""

from collections.abc import Iterable
from typing import TextIO
from zoneinfo import ZoneInfo

from hat_desktop.domain.attendance_summary import HoldRecord
from hat_desktop.reports.csv_cells import Provenance, csv_bytes, iso_local, safe_cell, write_rows

# The first five columns are fixed (scripts read them); the rest follow.
HEADER = ["clinic_number", "held_from", "reviewed_at", "reviewer", "decision",
          "patient_name", "days_without_dose", "notes", "dates_without_dose",
          "new_dose_mg", "new_dose_from", "opened_by_event", "new_dose", "kept_open_by",
          "reason"]


def _cells(h: HoldRecord, tz: ZoneInfo) -> list[object]:
    r = h.review
    return [
        h.clinic_number,
        iso_local(h.held_from, tz),
        iso_local(r.reviewed_at, tz) if r else "",
        safe_cell(r.reviewer_name) if r else "",
        r.decision.value if r else "",
        safe_cell(h.patient_name),
        "" if h.event else len(h.days),  # an event hold counts no days
        safe_cell(r.notes) if r else "",
        ";".join(d.isoformat() for d in h.days),
        "" if h.new_dose_mg is None else h.new_dose_mg,
        h.new_dose_from.isoformat() if h.new_dose_from else "",
        safe_cell(h.event),
        safe_cell(h.new_dose),
        # reviews that suspended or discharged and left the hold open (the review columns
        # are the one that closed it)
        safe_cell("; ".join(f"{iso_local(k.reviewed_at, tz)} {k.reviewer_name}: "
                            f"{k.decision.value}: {k.notes}" for k in h.kept)),
        h.reason.value,  # what opened it: missed_doses, after_absence, reactivated, adverse_event
    ]


def write_csv(out: TextIO, holds: Iterable[HoldRecord], stamp: Provenance) -> int:
    """Times are ISO 8601 with the offset in the clinic's zone; the review columns are
    empty while the hold is open; a reduced dose is given in mg per session (when the new
    version has one dose: one line, the same in every session) and in words, with the day it
    starts (the prescription's internal id never appears). Returns the number of holds."""
    return write_rows(out, HEADER, (_cells(h, stamp.tz) for h in holds), stamp)


def to_csv(holds: Iterable[HoldRecord], stamp: Provenance) -> bytes:
    return csv_bytes(HEADER, (_cells(h, stamp.tz) for h in holds), stamp)
