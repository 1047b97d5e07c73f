"""The register as CSV: one row per entry, UTF-8, a header, written as the rows stream in."""

from collections.abc import Iterable, Sequence
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from hat_desktop.domain.register import Entry, Section
from hat_desktop.domain.register_text import one_line
from hat_desktop.reports.csv_cells import (
    Provenance,
    StampedWriter,
    csv_bytes,
    iso_local,
    safe_cell,
)

# The first seven columns are fixed (issue 4); the rest carry the Regulation 19 details.
# Entries are named by their number in the section (as printed), never by internal ids.
HEADER = [
    "number", "kind", "occurred_at", "quantity_in", "quantity_out", "balance",
    "corrects_number",
    "section", "drug", "strength", "form", "unit", "mg_per_unit",
    "recorded_at", "late_reason", "batch", "expiry",
    "supplier_name", "supplier_address", "reference",
    "patient_clinic_number", "patient_name", "patient_address",
    "prescriber_name", "prescriber_address", "prescriber_licence",
    "mg_administered", "mg_wasted", "collected_by",
    "id_requested", "id_provided", "override_reason", "override_by",
    "reason", "method", "destroyed_by", "authorised_witness_name", "authorised_witness_role",
    "authorised_witness_reference", "stock_expected", "stock_counted", "note",
    "entered_by_id", "entered_by", "witness_id", "witness", "corrected_by_numbers",
    "chain_hash",
]
_TEXT_DETAILS = ("supplier_name", "supplier_address", "reference")
_PATIENT = ("clinic_number", "patient_name", "patient_address", "prescriber_name",
            "prescriber_address", "prescriber_licence")
_WITNESS = ("reason", "method", "destroyed_by", "authorised_witness_name",
            "authorised_witness_role", "authorised_witness_reference")


def _yes_no(value: Any) -> str:
    return "" if value is None else ("yes" if value else "no")


def _text(value: Any) -> str:
    return safe_cell(one_line(value)) if value not in (None, "") else ""


def csv_row(entry: Entry, corrections: Sequence[Entry], section: Section, tz: ZoneInfo
            ) -> list[object]:
    d = entry.details
    return [
        entry.number, entry.kind.value, iso_local(entry.occurred_at, tz), entry.quantity_in,
        entry.quantity_out, entry.balance, d.get("corrects_seq", "") if
        entry.corrects_entry_id else "",
        section.code, safe_cell(section.drug), safe_cell(section.strength),
        safe_cell(section.form), section.unit, section.mg_per_unit,
        iso_local(entry.recorded_at, tz), _text(entry.late_reason),
        entry.batch or "", entry.expiry.isoformat() if entry.expiry else "",
        *(_text(d.get(k)) for k in _TEXT_DETAILS),
        *(_text(d.get(k)) for k in _PATIENT),
        d.get("mg_administered", ""), d.get("mg_wasted", ""), _text(d.get("collected_by")),
        _yes_no(d.get("id_requested")), _yes_no(d.get("id_provided")),
        _text(d.get("override_reason")), _text(d.get("override_by")),
        *(_text(d.get(k)) for k in _WITNESS),
        d.get("expected", ""), d.get("counted", ""), _text(d.get("note")),
        entry.entered_by, safe_cell(entry.entered_by_name), entry.witness_id or "",
        safe_cell(entry.witness_name or ""),
        ";".join(str(c.number) for c in corrections), entry.hash,
    ]


def write_csv(out: TextIO, rows: Iterable[tuple[Entry, Sequence[Entry]]], section: Section,
              stamp: Provenance) -> int:
    """Write the header and one line per entry to ``out`` as they stream in; the number
    of entries."""
    writer = StampedWriter(out, HEADER, stamp)
    count = 0
    for entry, corrections in rows:
        writer.row(csv_row(entry, corrections, section, stamp.tz))
        count += 1
    return count


def sections_csv(rows: Iterable[tuple[Section, int]], stamp: Provenance) -> bytes:
    """The register's sections with their balances (as at the export: no period): code,
    name, unit, balance."""
    return csv_bytes(["code", "name", "unit", "balance"],
                     [[s.code, safe_cell(f"{s.drug} {s.strength} {s.form}"), s.unit, balance]
                      for s, balance in rows], stamp)
