"""Register entries as table rows for the reconciliation screens: number, time (and when
it was recorded, if later), kind, in, out, balance, who, and what it says."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hat_desktop.domain.register import Entry, EntryKind
from hat_desktop.domain.times import clinic_day, format_local

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
HEADERS = ["No.", "Date and time", "Kind", "In", "Out", "Balance", "By", "Witness", "Details"]


def entry_details(e: Entry, tz: ZoneInfo) -> str:
    d = e.details
    parts: list[str] = []
    if e.kind is EntryKind.ADMINISTRATION and d.get("take_home"):
        parts.append(f"{d.get('patient_name', '')}: {d.get('mg_administered', 0)} mg "
                     "supplied to take home")
    elif e.kind is EntryKind.ADMINISTRATION:  # a top-up says so: not a second dose
        parts.append(f"{d.get('patient_name', '')}: {d.get('mg_administered', 0)} mg given"
                     f"{' (top-up)' if d.get('top_up') else ''}, {d.get('mg_wasted', 0)} mg "
                     "wasted")
    elif e.kind in (EntryKind.RECEIPT, EntryKind.RETURN):
        parts.append(f"{d.get('supplier_name', '')}, ref. {d.get('reference', '')}")
    elif e.kind is EntryKind.DESTRUCTION:
        parts.append(f"{d.get('reason', '')}; witness {d.get('authorised_witness_name', '')}")
    elif e.kind is EntryKind.CORRECTION:
        parts.append(f"Corrects No. {d.get('corrects_seq', '?')}: {d.get('reason', '')}")
    if e.batch:
        parts.append(f"batch {e.batch}")
    if clinic_day(e.recorded_at, tz) != clinic_day(e.occurred_at, tz):
        parts.append(f"recorded {format_local(e.recorded_at, tz)}")
    if e.late_reason:
        parts.append(f"LATE ENTRY: {e.late_reason}")
    return " · ".join(p for p in parts if p)


def entry_label(e: Entry, tz: ZoneInfo) -> str:
    """One line naming an entry (the choice of the entry at fault)."""
    moved = f"out {e.quantity_out}" if e.quantity_out else f"in {e.quantity_in}"
    return (f"No. {e.seq} · {format_local(e.occurred_at, tz)} · {e.kind.label} · {moved} · "
            f"balance {e.balance} · {e.entered_by_name}")


def fill_entries(model: QStandardItemModel, entries: list[Entry], tz: ZoneInfo, *,
                 section_codes: dict[int, str] | None = None, empty: str) -> None:
    model.clear()
    headers = (["Section"] if section_codes is not None else []) + HEADERS
    model.setHorizontalHeaderLabels(headers)
    for e in entries:
        values = [str(e.seq), format_local(e.occurred_at, tz), e.kind.label,
                  str(e.quantity_in or ""), str(e.quantity_out or ""), str(e.balance),
                  e.entered_by_name, e.witness_name or "", entry_details(e, tz)]
        if section_codes is not None:
            values.insert(0, section_codes.get(e.section_id, ""))
        row = []
        for value in values:
            item = QStandardItem(value)
            item.setEditable(False)
            item.setData(e.id, ENTRY_ID_ROLE)
            row.append(item)
        model.appendRow(row)
    if not entries:
        item = QStandardItem(empty)
        item.setEditable(False)
        model.appendRow([item])
