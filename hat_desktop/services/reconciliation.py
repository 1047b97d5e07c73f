"""Reconciliation: blind count, comparison, witnessed sign-off with stock-check
markers (at any time of day: closing the day is day_close's); discrepancies
investigated and resolved as explained (a witnessed correction) or unexplained (reported to the CD
Accountable Officer) — never dismissed, never deleted."""

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.reconciliation import (
    CountedLine,
    CountLine,
    Discrepancy,
    Reconciliation,
    ReconciliationRow,
    Resolution,
)
from hat_desktop.domain.register import Entry, EntryKind, Section
from hat_desktop.domain.roles import Action
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import clinic_day, day_bounds, format_date, format_local, from_db
from hat_desktop.services import day_summary, register
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.services.register import EntryDraft
from hat_desktop.store import reconciliation as recon_store
from hat_desktop.store import register as register_store
from hat_desktop.store import sessions as sessions_store

log = logging.getLogger(__name__)

Key = tuple[int, str | None]


def _counted_sections(reg: OpenRegister) -> list[Section]:
    """Open sections, and closed ones still holding stock."""
    return [s for s in register_store.sections(reg.db)
            if not s.closed or register_store.balance(reg.db, s.id) != 0]


def _sheet(reg: OpenRegister) -> list[CountLine]:
    lines = []
    for s in _counted_sections(reg):
        batches = [b for b in register_store.batches(reg.db, s.id) if b.balance != 0]
        if not batches:
            lines.append(CountLine(s.id, s.code, s.title, s.unit, None, None))
        for b in batches:
            lines.append(CountLine(s.id, s.code, s.title, s.unit, b.batch, b.expiry))
    return lines


def count_sheet(reg: OpenRegister, actor: User) -> list[CountLine]:
    """What to count, section by section and batch by batch — without the expected
    figures: the count is blind."""
    require(reg, actor, Action.RECONCILE)
    return _sheet(reg)


def _check_day(reg: OpenRegister, day: date) -> None:
    if day > reg.today():
        raise InvalidInput(f"{format_date(day)} is in the future: count at the end of the day.")
    if recon_store.by_day(reg.db, day) is not None:
        raise Refused(f"The stock for {format_date(day)} has already been counted.")
    if register_store.day_closed(reg.db, day):
        raise Refused(f"{format_date(day)} is already closed.")


def _counted_lines(reg: OpenRegister, counts: Mapping[Key, int | str]) -> list[CountedLine]:
    """The count as typed, line by line against the count sheet, with what the register
    holds beside each (never shown before the count is recorded)."""
    wanted = {(line.section_id, line.batch): line for line in _sheet(reg)}
    unknown = set(counts) - set(wanted)
    if unknown:
        raise InvalidInput("The count includes a line that is not on the count sheet; "
                           "start the count again.")
    lines: list[CountedLine] = []
    for key, line in wanted.items():
        if key not in counts or counts[key] in ("", None):
            what = f"{line.section_code}" + (f" batch {line.batch}" if line.batch else "")
            raise InvalidInput(f"Enter the count for {what} (0 if there is none).")
        what = f"count for {line.section_code}" + (f" batch {line.batch}" if line.batch else "")
        counted = parse_quantity(counts[key], what, minimum=0, maximum=100_000)
        batch = next((b for b in register_store.batches(reg.db, line.section_id)
                      if b.batch == line.batch), None)
        lines.append(CountedLine(line.section_id, line.batch,
                                 batch.balance if batch else 0, counted))
    return lines


def check_count(reg: OpenRegister, actor: User, day: date, counts: Mapping[Key, int | str]
                ) -> list[Key]:
    """The lines whose count differs from the register, writing nothing: the screen asks
    for a second count of those (still blind: how far off is not said) before a single
    mistyped figure becomes a discrepancy."""
    require(reg, actor, Action.RECONCILE)
    _check_day(reg, day)
    return [(c.section_id, c.batch) for c in _counted_lines(reg, counts)
            if c.expected != c.counted]


def submit_count(reg: OpenRegister, actor: User, day: date, counts: Mapping[Key, int | str]
                 ) -> tuple[Reconciliation, list[Discrepancy]]:
    """Record the physical count; only now are expected and counted compared. A
    section whose count differs from the register gets a discrepancy record."""
    counter = require(reg, actor, Action.RECONCILE)
    with reg.db.transaction():
        _check_day(reg, day)
        lines = _counted_lines(reg, counts)
        rec_id = recon_store.insert(reg.db, day, now=reg.now(), user_id=counter.id,
                                    user_name=counter.display, lines=lines)
        rec = recon_store.by_id(reg.db, rec_id)
        assert rec is not None
        found = []
        for section_id, (expected, counted) in rec.section_totals().items():
            if expected != counted:
                found.append(recon_store.add_discrepancy(reg.db, rec_id, section_id, expected,
                                                         counted, now=reg.now()))
        reg.audit(counter, AuditAction.STOCK_COUNTED, f"day:{day.isoformat()}",
                  lines=len(lines), discrepancies=len(found))
        reg.publish_after_commit(Change.RECONCILIATION, day=day.isoformat())
    log.info("stock counted for %s: %d discrepancies", day, len(found))
    return rec, [d for d in (recon_store.discrepancy(reg.db, i) for i in found) if d is not None]


@dataclass(frozen=True)
class CheckedSignOff:
    """A count ready to be signed off: the stock-check marker each section will get."""

    by: User  # the pharmacist, as the register knows them now
    reconciliation: Reconciliation
    markers: tuple[EntryDraft, ...]
    open_discrepancies: int


def check_sign_off(reg: OpenRegister, actor: User, reconciliation_id: int) -> CheckedSignOff:
    """Every rule of the sign-off, writing nothing: the screen runs it before the witness
    is asked to sign; sign_off runs it again inside its transaction."""
    pharmacist = require(reg, actor, Action.RECONCILE)
    rec = recon_store.by_id(reg.db, reconciliation_id)
    if rec is None:
        raise InvalidInput("That reconciliation does not exist.")
    if rec.signed:
        raise Refused(f"The count of {format_date(rec.day)} is already signed off.")
    disc = {d.section_id: d for d in recon_store.discrepancies(reg.db)
            if d.reconciliation_id == rec.id}
    today = reg.today()
    late = (f"Stock check of {format_date(rec.day)}, signed off after the register for "
            f"{format_date(today)} was closed." if register_store.day_closed(reg.db, today)
            else None)
    markers = []
    for section_id, (expected, counted) in rec.section_totals().items():
        section = register_store.section_by_id(reg.db, section_id)
        if section is None or section.closed:
            continue
        markers.append(register.stock_check_draft(reg, section, {
            "day": rec.day.isoformat(), "reconciliation_id": rec.id,
            "expected": expected, "counted": counted, "difference": counted - expected,
            "discrepancy_id": disc[section_id].id if section_id in disc else None,
        }, late))
    return CheckedSignOff(pharmacist, rec, tuple(markers), len(disc))


def sign_off(reg: OpenRegister, actor: User, witness: User | None, reconciliation_id: int
             ) -> Reconciliation:
    """The pharmacist and a witness sign the count: a stock-check marker goes into every
    section. The day stays open (day_close closes it). Open discrepancies stay open until
    resolved."""
    with reg.db.transaction():
        checked = check_sign_off(reg, actor, reconciliation_id)
        pharmacist = checked.by
        signer = check_witness(reg, pharmacist, witness)
        rec = checked.reconciliation
        for marker in checked.markers:
            register.write_draft(reg, pharmacist, marker, signer)
        recon_store.sign(reg.db, rec.id, now=reg.now(), pharmacist_id=pharmacist.id,
                         pharmacist_name=pharmacist.display, witness_id=signer.id,
                         witness_name=signer.display)
        reg.audit(pharmacist, AuditAction.STOCK_COUNTED, f"day:{rec.day.isoformat()}",
                  signed_off=True, witness=signer.username,
                  open_discrepancies=checked.open_discrepancies)
        reg.publish_after_commit(Change.RECONCILIATION, day=rec.day.isoformat())
    signed = recon_store.by_id(reg.db, reconciliation_id)
    assert signed is not None
    return signed


# --- discrepancies ------------------------------------------------------------------------
def _discrepancy(reg: OpenRegister, discrepancy_id: int) -> Discrepancy:
    d = recon_store.discrepancy(reg.db, discrepancy_id)
    if d is None:
        raise InvalidInput("That discrepancy does not exist.")
    return d


def open_discrepancies(reg: OpenRegister, actor: User) -> list[Discrepancy]:
    require(reg, actor, Action.VIEW_REGISTER)
    return recon_store.discrepancies(reg.db, open_only=True)


@dataclass(frozen=True)
class Investigation:
    """What the app offers the pharmacist to find a discrepancy's cause."""

    discrepancy: Discrepancy
    day_entries: list[Entry]  # the section's entries dated that day
    late_entries: list[Entry]  # entries dated that day but made later, or with a late reason
    corrections: list[Entry]  # the section's corrections in the week before
    neighbours: dict[str, list[Entry]]  # other sections' entries that day (a wrong page?)
    notes: list[tuple[str, str, str]]  # (when, who, note)


def investigate(reg: OpenRegister, actor: User, discrepancy_id: int) -> Investigation:
    require(reg, actor, Action.VIEW_REGISTER)
    d = _discrepancy(reg, discrepancy_id)
    start, end = day_bounds(d.day, reg.tz)
    db = reg.db
    day_entries = [e for e in register_store.entries_in_range(db, d.section_id, start, end)
                   if e.kind is not EntryKind.STOCK_CHECK]
    late = [e for e in day_entries
            if e.late_reason or clinic_day(e.recorded_at, reg.tz) != d.day]
    week = register_store.entries_in_range(db, d.section_id, start - timedelta(days=7), end)
    corrections = [e for e in week if e.kind is EntryKind.CORRECTION]
    neighbours = {
        s.code: [e for e in register_store.entries_in_range(db, s.id, start, end)
                 if e.kind is not EntryKind.STOCK_CHECK]
        for s in register_store.sections(db) if s.id != d.section_id
    }
    notes = [(format_local(at, reg.tz), who, text) for at, who, text in recon_store.notes(db, d.id)]
    return Investigation(d, day_entries, late, corrections, neighbours, notes)


def add_note(reg: OpenRegister, actor: User, discrepancy_id: int, note: str) -> None:
    user = require(reg, actor, Action.RESOLVE_DISCREPANCY)
    text = clean_text(note, "investigation note", max_length=1000, multiline=True)
    with reg.db.transaction():
        _discrepancy(reg, discrepancy_id)
        recon_store.add_note(reg.db, discrepancy_id, text, now=reg.now(), user_id=user.id,
                             user_name=user.display)
        reg.publish_after_commit(Change.RECONCILIATION)


def _open(reg: OpenRegister, discrepancy_id: int) -> Discrepancy:
    d = _discrepancy(reg, discrepancy_id)
    if not d.is_open:
        raise Refused(f"The discrepancy in {d.section_code} on {format_date(d.day)} is already "
                      f"resolved ({d.status.value}).")
    return d


@dataclass(frozen=True)
class CheckedResolution:
    """A resolution that passed every rule, not written yet."""

    by: User  # who resolves it, as the register knows them now
    discrepancy: Discrepancy
    explanation: str
    correction: EntryDraft | None = None  # explained: the correction against the entry
    reported_to: str = ""  # unexplained: to whom, when, under which reference
    reported_at: date | None = None
    reference: str = ""


def check_resolve_explained(reg: OpenRegister, actor: User, discrepancy_id: int,
                            explanation: str, corrects_entry_id: int | None, *,
                            quantity_in: int | str = 0, quantity_out: int | str = 0,
                            batch: str | None = None) -> CheckedResolution:
    """Every rule of an explained resolution (and of its correction), writing nothing:
    the screen runs it before the witness is asked to sign. ``batch``: where the
    compensating quantity moves when not in the entry's own batch (emptied since)."""
    user = require(reg, actor, Action.RESOLVE_DISCREPANCY)
    why = clean_text(explanation, "explanation of the discrepancy", max_length=1000,
                     multiline=True)
    d = _open(reg, discrepancy_id)
    target = (register_store.entry_by_id(reg.db, corrects_entry_id)
              if corrects_entry_id is not None else None)
    if target is None or target.section_id != d.section_id:
        raise InvalidInput(f"Choose the entry at fault in section {d.section_code}.")
    closed = register_store.day_closed(reg.db, reg.today())
    fix = register.check_correction(
        reg, user, target.id, f"Discrepancy of {format_date(d.day)}: {why}",
        quantity_in=quantity_in, quantity_out=quantity_out, batch=batch,
        late_reason=(f"Correction after the stock count of {format_date(d.day)}"
                     if closed else None))
    return CheckedResolution(user, d, why, correction=fix)


def resolve_explained(reg: OpenRegister, actor: User, witness: User | None, discrepancy_id: int,
                      explanation: str, corrects_entry_id: int | None, *,
                      quantity_in: int | str = 0, quantity_out: int | str = 0,
                      batch: str | None = None) -> Discrepancy:
    """Found: a witnessed correction against the entry at fault puts the register right
    (with the compensating quantity where the balance was wrong)."""
    with reg.db.transaction():
        checked = check_resolve_explained(reg, actor, discrepancy_id, explanation,
                                          corrects_entry_id, quantity_in=quantity_in,
                                          quantity_out=quantity_out, batch=batch)
        user = checked.by
        signer = check_witness(reg, user, witness)
        assert checked.correction is not None
        fix = register.write_draft(reg, user, checked.correction, signer)
        d = checked.discrepancy
        recon_store.resolve(reg.db, d.id, Resolution.EXPLAINED, now=reg.now(), user_id=user.id,
                            user_name=user.display, explanation=checked.explanation,
                            correction_entry_id=fix.id, reported_to=None, reported_at=None,
                            report_reference=None)
        reg.audit(user, AuditAction.DISCREPANCY_RESOLVED, f"discrepancy:{d.id}",
                  resolution="explained", correction_entry=fix.id)
        reg.publish_after_commit(Change.RECONCILIATION)
    return _discrepancy(reg, discrepancy_id)


def check_resolve_unexplained(reg: OpenRegister, actor: User, discrepancy_id: int,
                              explanation: str, reported_to: str, reported_at: date | None,
                              reference: str) -> CheckedResolution:
    """Every rule of an unexplained resolution, writing nothing."""
    user = require(reg, actor, Action.RESOLVE_DISCREPANCY)
    why = clean_text(explanation, "account of what was searched and found", max_length=1000,
                     multiline=True)
    who = clean_text(reported_to, "name of the CD Accountable Officer it was reported to",
                     max_length=100)
    ref = clean_text(reference, "report reference", max_length=60)
    if reported_at is None:
        raise InvalidInput("Enter the date it was reported.")
    if reported_at > reg.today():
        raise InvalidInput("The report date is in the future.")
    d = _open(reg, discrepancy_id)
    if reported_at < d.day:
        raise InvalidInput("The report date is before the discrepancy was found.")
    return CheckedResolution(user, d, why, reported_to=who, reported_at=reported_at, reference=ref)


def resolve_unexplained(reg: OpenRegister, actor: User, discrepancy_id: int, explanation: str,
                        reported_to: str, reported_at: date | None, reference: str
                        ) -> Discrepancy:
    """Not found: reported to the CD Accountable Officer (who, when, reference)."""
    with reg.db.transaction():
        checked = check_resolve_unexplained(reg, actor, discrepancy_id, explanation,
                                            reported_to, reported_at, reference)
        user, d = checked.by, checked.discrepancy
        recon_store.resolve(reg.db, d.id, Resolution.UNEXPLAINED, now=reg.now(),
                            user_id=user.id, user_name=user.display,
                            explanation=checked.explanation, correction_entry_id=None,
                            reported_to=checked.reported_to, reported_at=checked.reported_at,
                            report_reference=checked.reference)
        reg.audit(user, AuditAction.DISCREPANCY_RESOLVED, f"discrepancy:{d.id}",
                  resolution="unexplained", reported_to=checked.reported_to,
                  reference=checked.reference)
        reg.publish_after_commit(Change.RECONCILIATION)
    return _discrepancy(reg, discrepancy_id)


# --- what is overdue -----------------------------------------------------------------------
def overdue_days(reg: OpenRegister, limit: int = 60) -> list[date]:
    """Past clinic days (since the register's first entry, not closure days) neither
    closed nor counted with a signed-off count."""
    first = recon_store.first_entry_day(reg.db)
    if first is None:
        return []
    start = max(clinic_day(from_db(first), reg.tz), reg.today() - timedelta(days=limit))
    yesterday = reg.today() - timedelta(days=1)
    closed = register_store.closed_days(reg.db, start, yesterday) | {
        rec.day for rec in recon_store.between(reg.db, start, yesterday) if rec.signed}
    closures = set(sessions_store.closures(reg.db))
    days = []
    day = start
    while day <= yesterday:
        if day not in closed and day not in closures:
            days.append(day)
        day += timedelta(days=1)
    return days


def alerts(reg: OpenRegister, actor: User) -> list[str]:
    """Banner lines: open discrepancies and reconciliations overdue."""
    require(reg, actor, Action.VIEW_REGISTER)
    lines = []
    open_ones = recon_store.discrepancies(reg.db, open_only=True)
    if open_ones:
        lines.append("Open stock discrepancies: " + "; ".join(
            f"{d.section_code} on {format_date(d.day)} ({d.difference:+d})" for d in open_ones
        ) + ". They stay open until explained or reported.")
    overdue = overdue_days(reg)
    if overdue:
        shown = ", ".join(format_date(d) for d in overdue[-3:])
        more = f" and {len(overdue) - 3} earlier day(s)" if len(overdue) > 3 else ""
        lines.append(f"Reconciliation overdue for {shown}{more}.")
    return lines


def rows_between(reg: OpenRegister, actor: User, first: date, last: date
                 ) -> list[ReconciliationRow]:
    """Per reconciled day and section: the count (when, of which batches, by whom), the
    discrepancy and who resolved it how and when, and any entry written into the day after
    its count (what later changed the day's figures)."""
    require(reg, actor, Action.VIEW_REGISTER)
    DateRange.checked(first, last)
    sections = {s.id: s for s in register_store.sections(reg.db)}
    disc = {(d.reconciliation_id, d.section_id): d
            for d in recon_store.discrepancies(reg.db, first=first, last=last)}
    rows = []
    for rec in recon_store.between(reg.db, first, last):
        for section_id, (expected, counted) in sorted(rec.section_totals().items(),
                                                      key=lambda kv: sections[kv[0]].code):
            section = sections[section_id]
            d = disc.get((rec.id, section_id))
            status, resolution = _resolution(reg, section_id, d)
            batches = "; ".join(
                f"{line.batch or 'no batch'}: counted {line.counted}, register {line.expected}"
                for line in rec.lines if line.section_id == section_id)
            late = day_summary.late_after_count(reg, section, rec.day, rec.counted_at)
            rows.append(ReconciliationRow(
                rec.day, section.code, expected, counted, status, rec.counted_by_name,
                rec.witness_name or "", resolution, counted_at=rec.counted_at,
                counted_by_id=rec.counted_by, batches=batches,
                resolved_by=(d.resolved_by_name or "") if d else "",
                resolved_at=d.resolved_at if d else None, late_entries=" | ".join(late)))
    return rows


def _resolution(reg: OpenRegister, section_id: int, d: Discrepancy | None) -> tuple[str, str]:
    if d is None:
        return "matched", ""
    if d.resolution is Resolution.EXPLAINED:
        number = (register_store.number_of_id(reg.db, section_id, d.correction_entry_id)
                  if d.correction_entry_id else None)
        return "explained", f"{d.explanation} (correction: entry No. {number})"
    if d.resolution is Resolution.UNEXPLAINED:
        return "unexplained", (f"{d.explanation} Reported to {d.reported_to} on "
                               f"{format_date(d.reported_at) if d.reported_at else ''}, "
                               f"ref. {d.report_reference}")
    return "open", ""
