"""The controlled-drugs register's use cases: sections, receipts, destruction,
returns, corrections, and reading entries.

Each entry a witness signs for has a check that writes nothing (check_receipt...): the
screen calls it before asking for the signature, and the write calls the same check
inside its transaction, then writes the draft it returns. Dosing and reconciliation
draft their own entries (administration_draft, stock_check_draft) in their checks and
write them with write_draft inside their transaction."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.costs import parse_price
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.quantities import MAX_UNITS_PER_ENTRY, parse_quantity
from hat_desktop.domain.register import (
    BatchStock,
    Entry,
    EntryKind,
    Section,
    SectionSpec,
    check_correction_target,
    check_entry_day,
    is_expired,
    next_balance,
)
from hat_desktop.domain.roles import Action
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import clinic_day, day_bounds, format_date
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.store import register as register_store

log = logging.getLogger(__name__)

_CLOCK_SKEW = timedelta(minutes=1)


# --- reading ----------------------------------------------------------------------------
@dataclass(frozen=True)
class SectionSummary:
    section: Section
    balance: int
    entries: int


@dataclass(frozen=True)
class EntryView:
    """An entry as the register shows it: with the corrections attached to it."""

    entry: Entry
    corrections: list[Entry] = field(default_factory=list)


def list_sections(reg: OpenRegister, actor: User, *, include_closed: bool = True
                  ) -> list[SectionSummary]:
    require(reg, actor, Action.VIEW_REGISTER)
    return [
        SectionSummary(s, register_store.balance(reg.db, s.id),
                       register_store.entry_count(reg.db, s.id))
        for s in register_store.sections(reg.db, include_closed=include_closed)
    ]


def get_section(reg: OpenRegister, actor: User, code: str) -> Section:
    require(reg, actor, Action.VIEW_REGISTER)
    return section_by_code(reg, code)


def section_by_code(reg: OpenRegister, code: str) -> Section:
    """The section, or the refusal for an unknown code (no permission check)."""
    section = register_store.section_by_code(reg.db, code)
    if section is None:
        raise InvalidInput(f"There is no register section with the code '{code.strip()[:20]}'.")
    return section


def _section(reg: OpenRegister, section_id: int) -> Section:
    section = register_store.section_by_id(reg.db, section_id)
    if section is None:
        raise InvalidInput("That register section does not exist.")
    return section


def _day_range(reg: OpenRegister, start: date | None, end: date | None
               ) -> tuple[datetime | None, datetime | None]:
    if start is not None and end is not None:
        DateRange.checked(start, end)
    tz = reg.tz
    return (day_bounds(start, tz)[0] if start else None,
            day_bounds(end, tz)[1] if end else None)


def count_entries(reg: OpenRegister, actor: User, section_id: int, start: date | None = None,
                  end: date | None = None) -> int:
    require(reg, actor, Action.VIEW_REGISTER)
    return register_store.count_in_range(reg.db, section_id, *_day_range(reg, start, end))


def entries(reg: OpenRegister, actor: User, section_id: int, start: date | None = None,
            end: date | None = None, *, offset: int = 0, limit: int = 200) -> list[EntryView]:
    """A page of entries in register order, each with its corrections."""
    require(reg, actor, Action.VIEW_REGISTER)
    rows = register_store.entries_in_range(reg.db, section_id, *_day_range(reg, start, end),
                                           offset=offset, limit=limit)
    notes = register_store.corrections_of(reg.db, [e.id for e in rows])
    return [EntryView(e, notes.get(e.id, [])) for e in rows]


def batches(reg: OpenRegister, actor: User, section_id: int) -> list[BatchStock]:
    """Batches that still hold stock (or show a negative figure that needs looking at)."""
    require(reg, actor, Action.VIEW_REGISTER)
    return [b for b in register_store.batches(reg.db, section_id) if b.balance != 0]


# --- sections ---------------------------------------------------------------------------
def create_section(reg: OpenRegister, actor: User, spec: SectionSpec) -> Section:
    require(reg, actor, Action.MANAGE_SECTIONS)
    checked = spec.checked()
    with reg.db.transaction():
        if register_store.section_by_code(reg.db, checked.code) is not None:
            raise InvalidInput(f"There is already a section with the code {checked.code}.")
        same = [s for s in register_store.sections(reg.db)
                if s.title.lower() == checked.title.lower()]
        if same:
            raise InvalidInput(f"{checked.title} already has a section ({same[0].code}).")
        section_id = register_store.insert_section(reg.db, checked, now=reg.now(), user_id=actor.id)
        reg.audit(actor, AuditAction.SECTION_CREATED, f"section:{checked.code}",
                  title=checked.title)
        reg.publish_after_commit(Change.REGISTER, section_id=section_id)
    return _section(reg, section_id)


def close_section(reg: OpenRegister, actor: User, section_id: int, reason: str) -> Section:
    require(reg, actor, Action.MANAGE_SECTIONS)
    why = clean_text(reason, "reason for closing the section", max_length=300)
    with reg.db.transaction():
        section = _section(reg, section_id)
        if section.closed:
            raise Refused(f"Section {section.code} is already closed.")
        register_store.close_section(reg.db, section_id, now=reg.now(), user_id=actor.id,
                                     reason=why)
        reg.audit(actor, AuditAction.SECTION_CLOSED, f"section:{section.code}", reason=why)
        reg.publish_after_commit(Change.REGISTER, section_id=section_id)
    return _section(reg, section_id)


# --- the one place entries are checked and appended ------------------------------------------
@dataclass(frozen=True)
class EntryDraft:
    """An entry checked against every rule of the register but not written: what a
    witness is asked to sign for. The write path drafts it again, with the same function,
    inside its transaction, and appends that draft."""

    section: Section
    kind: EntryKind
    occurred_at: datetime
    late_reason: str | None
    quantity_in: int = 0
    quantity_out: int = 0
    balance: int = 0  # the section's running balance after the entry
    batch: str | None = None
    expiry: date | None = None
    corrects: Entry | None = None
    details: dict[str, Any] = field(default_factory=dict)


def _when(reg: OpenRegister, occurred_at: datetime | None, late_reason: str | None
          ) -> tuple[datetime, str | None]:
    now = reg.now()
    when = now if occurred_at is None else occurred_at
    if when.tzinfo is None:
        raise InvalidInput("The time of the entry has no time zone.")
    if when > now + _CLOCK_SKEW:
        raise InvalidInput("The date and time of the entry are in the future.")
    day = clinic_day(when, reg.tz)
    reason = check_entry_day(day, clinic_day(now, reg.tz),
                             day_closed=register_store.day_closed(reg.db, day),
                             late_reason=late_reason)
    return when, reason


def _draft(
    reg: OpenRegister,
    section: Section,
    kind: EntryKind,
    *,
    quantity_in: int = 0,
    quantity_out: int = 0,
    occurred_at: datetime | None = None,
    late_reason: str | None = None,
    batch: str | None = None,
    expiry: date | None = None,
    corrects: Entry | None = None,
    details: dict[str, Any] | None = None,
) -> EntryDraft:
    """Every rule an entry of any kind must pass: an open section, the day and the late
    entry's reason, the balances. Writes nothing."""
    if section.closed:
        raise Refused(f"Section {section.code} is closed to new entries.")
    when, reason = _when(reg, occurred_at, late_reason)
    balance, _ = _balances(reg, section, batch, quantity_in, quantity_out)
    return EntryDraft(section, kind, when, reason, quantity_in, quantity_out, balance, batch,
                      expiry, corrects, dict(details or {}))


def _balances(reg: OpenRegister, section: Section, batch: str | None, quantity_in: int,
              quantity_out: int) -> tuple[int, int]:
    """The section's and the batch's running balances after the entry, or a refusal."""
    balance = next_balance(section, register_store.balance(reg.db, section.id), quantity_in,
                           quantity_out)
    return balance, _next_batch_balance(reg, section, batch, quantity_in, quantity_out)


def write_draft(reg: OpenRegister, actor: User, draft: EntryDraft, witness: User | None
                ) -> Entry:
    """Append a drafted entry. The caller holds the transaction and drafted the entry
    inside it; the balances are worked out again from the register as it stands, so two
    drafts written one after the other still chain their balances."""
    if not reg.db.in_transaction:
        raise RuntimeError("a register entry written outside its service's transaction")
    section = draft.section
    balance, batch_balance = _balances(reg, section, draft.batch, draft.quantity_in,
                                       draft.quantity_out)
    entry_id = register_store.append_entry(
        reg.db,
        section_id=section.id,
        kind=draft.kind,
        occurred_at=draft.occurred_at,
        recorded_at=reg.now(),
        quantity_in=draft.quantity_in,
        quantity_out=draft.quantity_out,
        balance=balance,
        batch_balance=batch_balance,
        entered_by=actor.id,
        entered_by_name=actor.display,
        witness_id=witness.id if witness else None,
        witness_name=witness.display if witness else None,
        corrects_entry_id=draft.corrects.id if draft.corrects else None,
        late_reason=draft.late_reason,
        batch=draft.batch,
        expiry=draft.expiry,
        details=draft.details,
    )
    reg.publish_after_commit(Change.REGISTER, section_id=section.id, entry_id=entry_id)
    entry = register_store.entry_by_id(reg.db, entry_id)
    assert entry is not None
    log.info("register entry %d (%s) in section %s", entry_id, draft.kind.value, section.code)
    return entry


def _batch_stock(reg: OpenRegister, section: Section, batch: str) -> BatchStock | None:
    return next((b for b in register_store.batches(reg.db, section.id) if b.batch == batch), None)


def _batch_name(value: str | None, *, required: bool) -> str | None:
    name = clean_text(value, "batch number", max_length=40, required=required)
    return name.upper() or None


def _check_outflow_batch(reg: OpenRegister, section: Section, batch: str | None) -> None:
    if batch is not None and _batch_stock(reg, section, batch) is None:
        raise InvalidInput(f"There is no batch {batch} in section {section.code}.")


def _next_batch_balance(reg: OpenRegister, section: Section, batch: str | None, quantity_in: int,
                        quantity_out: int) -> int:
    held = register_store.batch_balance(reg.db, section.id, batch)
    new = held + quantity_in - quantity_out
    if new >= 0:
        return new
    if batch is not None:
        elsewhere = [b.batch for b in register_store.batches(reg.db, section.id)
                     if b.batch and b.batch != batch and b.balance >= quantity_out]
        hint = (f" The stock is in batch {', '.join(elsewhere)}: choose that batch."
                if elsewhere else "")
        raise Refused(f"Batch {batch} holds only {section.quantity(held)}; "
                      f"{section.quantity(quantity_out)} cannot leave it.{hint}")
    named = [b.batch for b in register_store.batches(reg.db, section.id) if b.batch and b.balance]
    raise Refused(f"Say which batch the stock comes from: {section.code} holds it in batch "
                  f"{', '.join(named) or '(none)'}.")


def _witnessed(reg: OpenRegister, actor: User, witness: User | None, check: Callable[[], EntryDraft]
               ) -> Entry:
    """One transaction: the check (the same one the screen ran before asking for the
    signature), the witness, the entry."""
    with reg.db.transaction():
        draft = check()
        signer = check_witness(reg, actor, witness)
        return write_draft(reg, actor, draft, signer)


# --- stock entries: each a check (writes nothing) and its write ------------------------------
def check_opening(
    reg: OpenRegister, actor: User, section_id: int, quantity: int | str,
    *, batch: str | None = None, expiry: date | None = None, note: str = "",
    occurred_at: datetime | None = None, late_reason: str | None = None,
) -> EntryDraft:
    """The section's first entry: the stock it starts with (taken over from a paper
    register)."""
    require(reg, actor, Action.RECORD_STOCK)
    units = parse_quantity(quantity, "opening balance", minimum=0)
    text = clean_text(note, "note", max_length=300, required=False, multiline=True)
    batch_name = _batch_name(batch, required=False)
    section = _section(reg, section_id)
    if register_store.entry_count(reg.db, section.id):
        raise Refused(
            f"Section {section.code} already has entries: an opening balance can only be "
            "its first entry. Use a correction to put the balance right."
        )
    return _draft(reg, section, EntryKind.OPENING, quantity_in=units, occurred_at=occurred_at,
                  late_reason=late_reason, batch=batch_name, expiry=expiry,
                  details={"note": text} if text else {})


def record_opening(
    reg: OpenRegister, actor: User, witness: User | None, section_id: int, quantity: int | str,
    *, batch: str | None = None, expiry: date | None = None, note: str = "",
    occurred_at: datetime | None = None, late_reason: str | None = None,
) -> Entry:
    return _witnessed(reg, actor, witness, lambda: check_opening(
        reg, actor, section_id, quantity, batch=batch, expiry=expiry, note=note,
        occurred_at=occurred_at, late_reason=late_reason))


@dataclass(frozen=True)
class Receipt:
    quantity: int | str
    supplier_name: str
    supplier_address: str
    batch: str
    expiry: date | None
    reference: str = ""  # invoice or order number
    occurred_at: datetime | None = None
    late_reason: str | None = None
    unit_price: str = ""  # optional: pounds per unit (ampoule, ml), for the evaluation's costs


def check_receipt(reg: OpenRegister, actor: User, section_id: int, receipt: Receipt
                  ) -> EntryDraft:
    """Stock obtained: date, supplier's name and address, quantity, batch and expiry."""
    require(reg, actor, Action.RECORD_STOCK)
    units = parse_quantity(receipt.quantity, "quantity received")
    supplier = clean_text(receipt.supplier_name, "supplier's name", max_length=120)
    address = clean_text(receipt.supplier_address, "supplier's address", max_length=300,
                         multiline=True)
    reference = clean_text(receipt.reference, "invoice or order reference", max_length=60,
                           required=False)
    batch = _batch_name(receipt.batch, required=True)
    price = parse_price(receipt.unit_price, "unit price")
    if receipt.expiry is None:
        raise InvalidInput("Enter the batch's expiry date.")
    section = _section(reg, section_id)
    if is_expired(receipt.expiry, reg.today()):
        raise Refused(
            f"Batch {batch} expired on {format_date(receipt.expiry)}: expired stock is not "
            "received into the register."
        )
    known = _batch_stock(reg, section, batch or "")
    if known is not None and known.expiry is not None and known.expiry != receipt.expiry:
        raise InvalidInput(
            f"Batch {batch} is already in the register with expiry "
            f"{format_date(known.expiry)}; check the expiry date on the pack."
        )
    return _draft(reg, section, EntryKind.RECEIPT, quantity_in=units,
                  occurred_at=receipt.occurred_at, late_reason=receipt.late_reason,
                  batch=batch, expiry=receipt.expiry,
                  details={"supplier_name": supplier, "supplier_address": address,
                           "reference": reference,
                           **({"unit_price_pence": price} if price is not None else {})})


def receive(reg: OpenRegister, actor: User, witness: User | None, section_id: int,
            receipt: Receipt) -> Entry:
    return _witnessed(reg, actor, witness,
                      lambda: check_receipt(reg, actor, section_id, receipt))


@dataclass(frozen=True)
class Destruction:
    quantity: int | str
    batch: str
    reason: str
    authorised_witness_name: str
    authorised_witness_role: str
    authorised_witness_reference: str
    occurred_at: datetime | None = None
    late_reason: str | None = None
    method: str = ""  # how it was destroyed (denaturing kit…): printed with the entry


def check_destruction(reg: OpenRegister, actor: User, section_id: int, d: Destruction
                      ) -> EntryDraft:
    """Stock (expired, damaged) destroyed in front of an authorised witness from outside
    the clinic, recorded by name, role and reference (not a user of this app)."""
    user = require(reg, actor, Action.RECORD_STOCK)
    units = parse_quantity(d.quantity, "quantity destroyed")
    batch = _batch_name(d.batch, required=False)
    reason = clean_text(d.reason, "reason for the destruction", max_length=300, multiline=True)
    method = clean_text(d.method, "method of destruction (e.g. a denaturing kit)",
                        max_length=200, multiline=True)
    if not (d.authorised_witness_name or "").strip():
        raise InvalidInput(
            "Stock can only be destroyed in front of an authorised witness: enter the "
            "witness's name."
        )
    name = clean_text(d.authorised_witness_name, "authorised witness's name", max_length=100)
    role = clean_text(d.authorised_witness_role, "authorised witness's role", max_length=100)
    ref = clean_text(d.authorised_witness_reference,
                     "authorised witness's reference (authority number)", max_length=60)
    section = _section(reg, section_id)
    _check_outflow_batch(reg, section, batch)
    return _draft(reg, section, EntryKind.DESTRUCTION, quantity_out=units,
                  occurred_at=d.occurred_at, late_reason=d.late_reason, batch=batch,
                  details={"reason": reason, "method": method, "destroyed_by": user.display,
                           "authorised_witness_name": name, "authorised_witness_role": role,
                           "authorised_witness_reference": ref})


def destroy(reg: OpenRegister, actor: User, section_id: int, d: Destruction) -> Entry:
    """The authorised witness signs on paper, named in the entry: no user signs here."""
    with reg.db.transaction():
        return write_draft(reg, actor, check_destruction(reg, actor, section_id, d), None)


@dataclass(frozen=True)
class Return:
    quantity: int | str
    batch: str
    supplier_name: str
    supplier_address: str
    reason: str
    reference: str = ""
    occurred_at: datetime | None = None
    late_reason: str | None = None


def check_return(reg: OpenRegister, actor: User, section_id: int, r: Return) -> EntryDraft:
    """Stock sent back to the supplier."""
    require(reg, actor, Action.RECORD_STOCK)
    units = parse_quantity(r.quantity, "quantity returned")
    batch = _batch_name(r.batch, required=False)
    supplier = clean_text(r.supplier_name, "supplier's name", max_length=120)
    address = clean_text(r.supplier_address, "supplier's address", max_length=300,
                         multiline=True)
    reason = clean_text(r.reason, "reason for the return", max_length=300, multiline=True)
    reference = clean_text(r.reference, "return reference", max_length=60, required=False)
    section = _section(reg, section_id)
    _check_outflow_batch(reg, section, batch)
    return _draft(reg, section, EntryKind.RETURN, quantity_out=units,
                  occurred_at=r.occurred_at, late_reason=r.late_reason, batch=batch,
                  details={"supplier_name": supplier, "supplier_address": address,
                           "reason": reason, "reference": reference})


def return_to_supplier(reg: OpenRegister, actor: User, witness: User | None, section_id: int,
                       r: Return) -> Entry:
    return _witnessed(reg, actor, witness, lambda: check_return(reg, actor, section_id, r))


def check_correction(
    reg: OpenRegister, actor: User, entry_id: int, reason: str,
    *, quantity_in: int | str = 0, quantity_out: int | str = 0, late_reason: str | None = None,
    batch: str | None = None,
) -> EntryDraft:
    """A dated, attributed, witnessed note against an entry; with a compensating quantity
    where the balance was affected. The original entry is never touched. Made after the
    day's close, it is a late entry and needs ``late_reason``. The compensating quantity
    moves in the entry's own batch, or in ``batch`` (the entry's batch may be empty now,
    the stock in another batch of the section)."""
    require(reg, actor, Action.CORRECT_ENTRY)
    why = clean_text(reason, "reason for the correction", max_length=500, multiline=True)
    q_in = parse_quantity(quantity_in, "quantity added back", minimum=0)
    q_out = parse_quantity(quantity_out, "quantity taken off", minimum=0)
    if q_in and q_out:
        raise InvalidInput("A correction either adds to the balance or takes from it, not both.")
    target = register_store.entry_by_id(reg.db, entry_id)
    if target is None:
        raise InvalidInput(f"There is no register entry number {entry_id}.")
    section = _section(reg, target.section_id)
    check_correction_target(target, section)
    moved = _batch_name(batch, required=False) or target.batch
    if moved != target.batch:
        _check_outflow_batch(reg, section, moved)
    details: dict[str, Any] = {"reason": why, "corrects_seq": target.seq}
    if moved != target.batch:
        details["entry_batch"] = target.batch
    return _draft(reg, section, EntryKind.CORRECTION, quantity_in=q_in, quantity_out=q_out,
                  corrects=target, batch=moved, late_reason=late_reason, details=details)


def correct(
    reg: OpenRegister, actor: User, witness: User | None, entry_id: int, reason: str,
    *, quantity_in: int | str = 0, quantity_out: int | str = 0, late_reason: str | None = None,
    batch: str | None = None,
) -> Entry:
    return _witnessed(reg, actor, witness, lambda: check_correction(
        reg, actor, entry_id, reason, quantity_in=quantity_in, quantity_out=quantity_out,
        late_reason=late_reason, batch=batch))


# --- drafted by other services inside their checks ---------------------------------------------
def administration_draft(
    reg: OpenRegister, section: Section, units: int, batch: str | None, details: dict[str, Any],
    *, occurred_at: datetime | None = None, late_reason: str | None = None,
) -> EntryDraft:
    """The register's record of a dose (supplied by administration). Dosing checks the
    permission, the prescription and the batch; this checks the stock and the day."""
    if not 1 <= units <= MAX_UNITS_PER_ENTRY:
        raise InvalidInput("The number of units opened is not believable.")
    _check_outflow_batch(reg, section, batch)
    return _draft(reg, section, EntryKind.ADMINISTRATION, quantity_out=units,
                  occurred_at=occurred_at, late_reason=late_reason, batch=batch,
                  details=details)


def stock_check_draft(reg: OpenRegister, section: Section, details: dict[str, Any],
                      late_reason: str | None = None) -> EntryDraft:
    """A stock-check marker (the reconciliation's sign-off)."""
    return _draft(reg, section, EntryKind.STOCK_CHECK, late_reason=late_reason,
                  details=details)
