"""How a register entry reads, under the Regulation 19 headings: the same words on the
register screen and on the printed pages. Pure functions of plain data (no Qt, no SQL)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from hat_desktop.domain.register import Entry, EntryKind, Section
from hat_desktop.domain.register_totals import PeriodTotals
from hat_desktop.domain.times import format_date, format_local

# (key, heading on the printed page, width in mm on A4 landscape)
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("number", "No.", 10),
    ("date", "Date", 14),
    ("entry", "Entry", 22),
    ("obtained_from", "Name and address from whom obtained", 36),
    ("quantity_in", "Qty obtained", 12),
    ("supplied_to", "Name and address of person or firm supplied", 45),
    ("authority", "Authority to possess: prescriber's name, address, licence", 47),
    ("quantity_out", "Qty supplied", 12),
    ("collected_by", "Collected by", 12),
    ("id_requested", "Proof of ID asked", 8),
    ("id_provided", "Proof of ID given", 8),
    ("entered_by", "Entered by / witness", 30),
    ("balance", "Balance", 13),
)
OBTAINED = ("obtained_from", "quantity_in")
SUPPLIED = ("supplied_to", "authority", "quantity_out", "collected_by", "id_requested",
            "id_provided")


@dataclass(frozen=True)
class EntryText:
    """The cells of one entry; each cell is a list of lines (possibly empty)."""

    number: str
    date: list[str]
    entry: list[str]
    obtained_from: list[str]
    quantity_in: str
    supplied_to: list[str]
    authority: list[str]
    quantity_out: str
    collected_by: list[str]
    id_requested: str
    id_provided: str
    entered_by: str
    witness: str
    balance: str
    batch: str
    # Corrections and stock checks: what they say, printed in a band across the
    # OBTAINED and SUPPLIED columns (never under either heading)
    band: list[str] = field(default_factory=list)
    override: str = ""  # a dose given under a manager's window override: why, and who

    def cell(self, key: str) -> list[str]:
        if key == "entered_by":
            return [self.entered_by] + ([f"Witness: {self.witness}"] if self.witness else [])
        value = getattr(self, key)
        if isinstance(value, str):
            return [value] if value else []
        return list(value)


def one_line(text: object) -> str:
    """An address or note typed on several lines, on one: the lines joined by one comma
    (never two, even where a line already ends with one)."""
    parts = (part.strip().rstrip(",;").strip() for part in str(text or "").splitlines())
    return ", ".join(part for part in parts if part)


def _yes_no(value: Any) -> str:
    return "" if value is None else ("Yes" if value else "No")


def batch_text(entry: Entry) -> str:
    if not entry.batch:
        return ""
    return entry.batch + (f", expiry {format_date(entry.expiry)}" if entry.expiry else "")


def authorised_witness(d: dict[str, Any]) -> str:
    name = str(d.get("authorised_witness_name") or "")
    extra = ", ".join(str(d[k]) for k in ("authorised_witness_role",
                                          "authorised_witness_reference") if d.get(k))
    return f"{name} ({extra})" if extra else name


def _stock_check(d: dict[str, Any], unit: Section) -> list[str]:
    counted, expected = d.get("counted"), d.get("expected")
    difference = d.get("difference") or 0
    verdict = "agrees" if difference == 0 else (
        f"{unit.quantity(abs(int(difference)))} {'over' if difference > 0 else 'short'}")
    lines = [f"Stock check: counted {counted}, register {expected}: {verdict}"]
    if d.get("discrepancy_id"):
        lines.append("Discrepancy recorded for investigation")
    return lines


def entry_text(entry: Entry, section: Section, tz: ZoneInfo) -> EntryText:
    d = entry.details
    local = entry.occurred_at.astimezone(tz)
    kind = entry.kind
    obtained: list[str] = []
    supplied: list[str] = []
    authority: list[str] = []
    collected: list[str] = []
    band: list[str] = []
    what = [kind.label]
    witness = entry.witness_name or ""
    if kind is EntryKind.OPENING:
        obtained = ["Balance brought forward" + (f": {one_line(d['note'])}"
                                                  if d.get("note") else "")]
        if entry.batch:
            obtained.append(f"Batch {batch_text(entry)}")
    elif kind is EntryKind.RECEIPT:
        obtained = [str(d.get("supplier_name", "")), one_line(d.get("supplier_address"))]
        ref = f"Invoice {d['reference']}; " if d.get("reference") else ""
        obtained.append(f"{ref}batch {batch_text(entry)}")
    elif kind is EntryKind.ADMINISTRATION:
        wasted = d.get("mg_wasted") or 0
        what = ["Administered (top-up)" if d.get("top_up") else "Administered",
                f"{d.get('mg_administered', '?')} mg given"
                + (f", {wasted} mg wasted" if wasted else "")]
        if d.get("take_home"):
            what = ["Supplied (take-home)", f"{d.get('mg_administered', '?')} mg to take home"]
        elif d.get("route"):
            what.append(str(d["route"]) + (f", {d['site']}" if d.get("site") else ""))
        supplied = [f"{d.get('patient_name', '')} ({d.get('clinic_number', '')})",
                    one_line(d.get("patient_address"))]
        authority = [str(d.get("prescriber_name") or ""),
                     one_line(d.get("prescriber_address")),
                     f"Home Office licence {d.get('prescriber_licence') or '—'}"]
        collected = [one_line(d["collected_by"])] if d.get("take_home") else ["Patient"]
    elif kind is EntryKind.DESTRUCTION:
        supplied = [f"Destroyed: {one_line(d.get('reason'))}"]
        if d.get("method"):
            supplied.append(f"Method: {one_line(d['method'])}")
        if entry.batch:
            supplied.append(f"Batch {batch_text(entry)}")
        witness = f"{authorised_witness(d)}, authorised witness"
    elif kind is EntryKind.RETURN:
        supplied = [str(d.get("supplier_name", "")), one_line(d.get("supplier_address")),
                    f"Reason: {one_line(d.get('reason'))}"
                    + (f"; ref. {d['reference']}" if d.get("reference") else "")]
        if entry.batch:
            supplied.append(f"Batch {batch_text(entry)}")
    elif kind is EntryKind.CORRECTION:
        what = [f"Correction of No. {d.get('corrects_seq', '?')}"]
        band = [f"Correction of entry No. {d.get('corrects_seq', '?')}: "
                f"{correction_change(entry, section)}. Reason: {one_line(d.get('reason'))}"]
    elif kind is EntryKind.STOCK_CHECK:
        band = _stock_check(d, section)
    return EntryText(
        number=str(entry.number),
        date=[local.strftime("%d/%m/%Y"), local.strftime("%H:%M")],
        entry=what,
        obtained_from=[line for line in obtained if line],
        quantity_in=str(entry.quantity_in) if entry.quantity_in and not band else "",
        supplied_to=[line for line in supplied if line],
        authority=[line for line in authority if line],
        quantity_out=str(entry.quantity_out) if entry.quantity_out and not band else "",
        collected_by=collected,
        id_requested=_yes_no(d.get("id_requested")) if kind is EntryKind.ADMINISTRATION else "",
        id_provided=_yes_no(d.get("id_provided")) if kind is EntryKind.ADMINISTRATION else "",
        entered_by=entry.entered_by_name,
        witness=witness,
        balance=str(entry.balance),
        batch=batch_text(entry),
        band=band,
        override=override_text(d) if kind is EntryKind.ADMINISTRATION else "",
    )


def correction_change(correction: Entry, section: Section) -> str:
    """What a correction did to the balance, in the section's unit."""
    if correction.quantity_in:
        return f"{section.quantity(correction.quantity_in)} added back to the balance"
    if correction.quantity_out:
        return f"{section.quantity(correction.quantity_out)} taken off the balance"
    return "no change to the balance"


def override_text(d: dict[str, Any]) -> str:
    """Why a dose was given outside the session window, and which manager allowed it."""
    if not d.get("override_reason"):
        return ""
    by = f" authorised by {d['override_by']}" if d.get("override_by") else ""
    return (f"Given outside the session window under a manager's override{by}: "
            f"{one_line(d['override_reason'])}")


def correction_note(correction: Entry, section: Section, tz: ZoneInfo) -> str:
    """'Corrected 02/03/2026 10:15 by …, witnessed by … (entry 125, 180 ampoules taken off):
    reason' — the note attached to the entry a correction corrects."""
    change = ""
    if correction.quantity_in:
        change = f", {section.quantity(correction.quantity_in)} added back"
    elif correction.quantity_out:
        change = f", {section.quantity(correction.quantity_out)} taken off"
    witness = f", witnessed by {correction.witness_name}" if correction.witness_name else ""
    return (f"Corrected {format_local(correction.occurred_at, tz)} by "
            f"{correction.entered_by_name}{witness} (entry No. {correction.number}{change}): "
            f"{one_line(correction.details.get('reason'))}")


def late_note(entry: Entry, tz: ZoneInfo) -> str:
    return (f"Late entry, made {format_local(entry.recorded_at, tz)}: "
            f"{one_line(entry.late_reason)}")


def notes(entry: Entry, corrections: Sequence[Entry], section: Section, tz: ZoneInfo
          ) -> list[str]:
    """Everything attached to an entry: its late-entry reason, a manager's override, then
    its corrections."""
    found = [late_note(entry, tz)] if entry.late_reason else []
    if entry.kind is EntryKind.ADMINISTRATION and override_text(entry.details):
        found.append(override_text(entry.details))
    return found + [correction_note(c, section, tz) for c in corrections]


def totals_lines(t: PeriodTotals, section: Section, first: date, last: date) -> list[str]:
    """The totals of a printed period, in words an inspector reads without a key."""
    q = section.quantity
    head = (f"Totals for the entries dated {format_date(first)} to {format_date(last)}"
            + (f" (No. {t.first_number} to No. {t.last_number}, {t.entries} "
               f"{'entry' if t.entries == 1 else 'entries'})" if t.entries else
               ": no entries"))
    if not t.entries:
        return [head]
    lines = [
        head,
        f"In: received {q(t.received)}; corrections adding back {q(t.corrected_in)}",
        f"Out: administered {q(t.administered)} ({t.mg_administered:,} mg given, "
        f"{t.mg_wasted:,} mg wasted from opened {section.unit}s); "
        + (f"supplied (take-home) {q(t.supplied)} ({t.mg_supplied:,} mg to take home); "
           if t.supplied else "")
        + f"destroyed {q(t.destroyed)}; returned to supplier {q(t.returned)}; "
        f"corrections taking off {q(t.corrected_out)}",
        f"Stock checks recorded: {t.stock_checks}",
    ]
    if t.outside_in or t.outside_out:
        lines.append(f"Entries written among these but dated outside the period: "
                     f"{q(t.outside_in)} in, {q(t.outside_out)} out")
    lines.append(f"Balance before the period {q(t.opening)} + in {q(t.total_in)} − out "
                 f"{q(t.total_out)} = closing balance {q(t.closing)}"
                 + ("" if t.balances else " — THE ARITHMETIC DOES NOT CLOSE: run verify"))
    return lines
