"""How a register entry reads, under the Regulation 19 headings: the same words on the
register screen and on the printed pages. Pure functions of plain data (no Qt, no SQL)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from hat_desktop.domain.register import Entry, EntryKind, Section
from hat_desktop.domain.times import format_date, format_local

# (key, heading on the printed page, width in mm on A4 landscape)
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("number", "No.", 11),
    ("date", "Date", 15),
    ("entry", "Entry", 26),
    ("obtained_from", "Name and address from whom obtained", 40),
    ("quantity_in", "Qty obtained", 12),
    ("supplied_to", "Name and address of person or firm supplied", 50),
    ("authority", "Authority to possess: prescriber, licence", 30),
    ("quantity_out", "Qty supplied", 12),
    ("collected_by", "Collected by", 14),
    ("id_requested", "Proof of ID asked", 9),
    ("id_provided", "Proof of ID given", 9),
    ("entered_by", "Entered by / witness", 36),
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

    def cell(self, key: str) -> list[str]:
        if key == "entered_by":
            return [self.entered_by] + ([f"Witness: {self.witness}"] if self.witness else [])
        value = getattr(self, key)
        if isinstance(value, str):
            return [value] if value else []
        return list(value)


def one_line(text: object) -> str:
    """An address or note typed on several lines, on one."""
    return ", ".join(part.strip() for part in str(text or "").splitlines() if part.strip())


def _yes_no(value: Any) -> str:
    return "" if value is None else ("Yes" if value else "No")


def batch_text(entry: Entry) -> str:
    if not entry.batch:
        return ""
    return entry.batch + (f", exp. {format_date(entry.expiry)}" if entry.expiry else "")


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
    what = [kind.label]
    witness = entry.witness_name or ""
    if kind is EntryKind.OPENING:
        obtained = ["Balance brought forward" + (f": {one_line(d['note'])}"
                                                  if d.get("note") else "")]
        if entry.batch:
            obtained.append(f"Batch {batch_text(entry)}")
    elif kind is EntryKind.RECEIPT:
        obtained = [str(d.get("supplier_name", "")), one_line(d.get("supplier_address"))]
        ref = f"Inv. {d['reference']}; " if d.get("reference") else ""
        obtained.append(f"{ref}batch {batch_text(entry)}")
    elif kind is EntryKind.ADMINISTRATION:
        wasted = d.get("mg_wasted") or 0
        what = ["Administered", f"{d.get('mg_administered', '?')} mg"
                + (f", {wasted} wasted" if wasted else "")]
        supplied = [f"{d.get('patient_name', '')} ({d.get('clinic_number', '')})",
                    one_line(d.get("patient_address"))]
        authority = [str(d.get("prescriber_name") or ""),
                     f"HO licence {d.get('prescriber_licence') or '—'}"]
        collected = ["Patient"]
    elif kind is EntryKind.DESTRUCTION:
        supplied = [f"Destroyed: {one_line(d.get('reason'))}"]
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
        what = [f"Correction of No. {entry.corrects_entry_id}"]
        note = [f"Correction: {one_line(d.get('reason'))}"]
        if entry.quantity_in:
            obtained = note
        else:
            supplied = note
    elif kind is EntryKind.STOCK_CHECK:
        supplied = _stock_check(d, section)
    return EntryText(
        number=str(entry.id),
        date=[local.strftime("%d/%m/%Y"), local.strftime("%H:%M")],
        entry=what,
        obtained_from=[line for line in obtained if line],
        quantity_in=str(entry.quantity_in) if entry.quantity_in else "",
        supplied_to=[line for line in supplied if line],
        authority=[line for line in authority if line],
        quantity_out=str(entry.quantity_out) if entry.quantity_out else "",
        collected_by=collected,
        id_requested=_yes_no(d.get("id_requested")) if kind is EntryKind.ADMINISTRATION else "",
        id_provided=_yes_no(d.get("id_provided")) if kind is EntryKind.ADMINISTRATION else "",
        entered_by=entry.entered_by_name,
        witness=witness,
        balance=str(entry.balance),
        batch=batch_text(entry),
    )


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
            f"{correction.entered_by_name}{witness} (entry {correction.id}{change}): "
            f"{one_line(correction.details.get('reason'))}")


def late_note(entry: Entry, tz: ZoneInfo) -> str:
    return (f"Late entry, made {format_local(entry.recorded_at, tz)}: "
            f"{one_line(entry.late_reason)}")


def notes(entry: Entry, corrections: Sequence[Entry], section: Section, tz: ZoneInfo
          ) -> list[str]:
    """Everything attached to an entry: its late-entry reason, then its corrections."""
    found = [late_note(entry, tz)] if entry.late_reason else []
    return found + [correction_note(c, section, tz) for c in corrections]
