"""The register on paper and in files: printed pages (PDF) and CSV for a section and a
date range, and checking a printed page against the register by the code on it.

Any role may print or export (inspectors above all); each file is written only where the
user chose (or, to print, in a private temporary folder), never over an existing file
unless asked, and every export, print and page check is in the audit log. Entries stream
from the register in chunks, so a 100,000-entry export never holds them all at once."""

import io
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.register import Entry, Section
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds, format_date
from hat_desktop.reports import register_csv, register_pdf
from hat_desktop.reports.page_code import PageCode, parse_page_code
from hat_desktop.services import print_copies, register
from hat_desktop.services.exports import check_output
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import register as register_store

log = logging.getLogger(__name__)

FORMATS = ("pdf", "csv")
CHUNK = 500
# progress(stage, done, total) -> keep going?
Progress = Callable[[str, int, int], bool]
Rows = Iterator[tuple[Entry, list[Entry]]]


def _section(reg: OpenRegister, actor: User, section_code: str, start: date, end: date
             ) -> Section:
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(start, end)
    return register.section_by_code(reg, section_code or "")


def _rows(reg: OpenRegister, section: Section, start: date, end: date,
          progress: Progress | None, stage: str) -> Rows:
    """Entries dated start..end in register order, each with its corrections."""
    lo, hi = day_bounds(start, reg.tz)[0], day_bounds(end, reg.tz)[1]
    total = register_store.count_in_range(reg.db, section.id, lo, hi) if progress else 0
    done = 0
    chunk: list[Entry] = []

    def flush() -> Rows:
        notes = register_store.corrections_of(reg.db, [e.id for e in chunk])
        for e in chunk:
            yield e, notes.get(e.id, [])

    for entry in register_store.iter_entries(reg.db, section.id, lo, hi):
        chunk.append(entry)
        if len(chunk) == CHUNK:
            yield from flush()
            chunk = []
            done += CHUNK
            if progress is not None and not progress(stage, done, total):
                raise Refused("Stopped before the end: no file was written.")
    yield from flush()
    if progress is not None:
        progress(stage, total, total)


def _heading(reg: OpenRegister, actor: User, section: Section, start: date, end: date
             ) -> register_pdf.RegisterHeading:
    s = reg.settings
    return register_pdf.RegisterHeading(
        clinic_name=s.clinic_name, clinic_address=s.clinic_address, section=section,
        first=start, last=end, tz=reg.tz, printed_by=actor.display,
        printed_at=reg.now(), demo=reg.demo)


def _write(reg: OpenRegister, target: Path, write: Callable[[BinaryIO], int],
           record: Callable[[int], None]) -> int:
    """Write through a temporary file beside ``target``, then put it in place in the
    same transaction as its audit entry (``record``): a failed or stopped export leaves
    nothing behind, and no file is left that the audit log does not know of."""
    handle, temporary = tempfile.mkstemp(prefix=".hat-export-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as fh:
            count = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        with reg.db.transaction():
            record(count)
            os.replace(temporary, target)
    except OSError as exc:
        raise Refused(f"{target} could not be written ({exc.strerror or exc}).") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return count


def _render(reg: OpenRegister, actor: User, section: Section, start: date, end: date, fmt: str,
            target: Path, progress: Progress | None, action: AuditAction,
            **details: str) -> int:
    """Write the entries to ``target`` and audit it (``action``, with the number of
    entries and pages); returns the number of entries."""
    stage = f"Writing {section.code} {format_date(start)} to {format_date(end)}"
    rows = _rows(reg, section, start, end, progress, stage)
    pages = [0]

    def write(fh: BinaryIO) -> int:
        if fmt == "csv":
            text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
            count = register_csv.write_csv(text, rows, section.code, reg.tz)
            text.flush()
            text.detach()
            return count
        counted = [0]

        def counting() -> Rows:
            for row in rows:
                counted[0] += 1
                yield row

        codes = register_pdf.render(_heading(reg, actor, section, start, end), counting(),
                                    fh)
        pages[0] = len(codes)
        return counted[0]

    def record(count: int) -> None:
        reg.audit(actor, action, f"register:{section.code}", section=section.code,
                  first=start.isoformat(), last=end.isoformat(), format=fmt, rows=count,
                  pages=pages[0], **details)

    return _write(reg, target, write, record)


def _check_format(fmt: str) -> str:
    value = (fmt or "").strip().lower()
    if value not in FORMATS:
        raise InvalidInput(f"The format '{fmt}' is not one of pdf or csv.")
    return value


def export_register(reg: OpenRegister, actor: User, section_code: str, start: date, end: date,
                    fmt: str, output: Path, *, overwrite: bool = False,
                    progress: Progress | None = None) -> Path:
    """The section's entries dated start..end as PDF pages or CSV, written to ``output``
    (refused if it exists, unless ``overwrite``); audited as an export."""
    kind = _check_format(fmt)
    section = _section(reg, actor, section_code, start, end)
    target = check_output(reg, output, overwrite=overwrite)
    count = _render(reg, actor, section, start, end, kind, target, progress,
                    AuditAction.EXPORT, path=str(target))
    log.info("register section %s exported as %s (%d entries)", section.code, kind, count)
    return target


def print_register(reg: OpenRegister, actor: User, section_code: str, start: date, end: date,
                   *, progress: Progress | None = None) -> Path:
    """The printed pages as a PDF in a private temporary folder (readable by this user
    only, removed when HAT Desktop closes) for the system's viewer to print; audited as
    a print."""
    section = _section(reg, actor, section_code, start, end)
    name = f"register-{section.code}-{start.isoformat()}-to-{end.isoformat()}.pdf"
    target = print_copies.new_folder() / name
    _render(reg, actor, section, start, end, "pdf", target, progress, AuditAction.PRINT)
    return target


def _judge(reg: OpenRegister, section: Section, code: PageCode) -> tuple[bool, str]:
    first, last = code.first_entry_id, code.last_entry_id
    span = f"entries No. {first} to {last} of section {section.code}"
    links = register_store.chain_span(reg.db, section.id, first, last)
    if not links or links[0].id != first:
        return False, (f"This page does not match the register: entry No. {first} is not in "
                       f"section {section.code}.")
    if links[-1].id != last:
        return False, (f"This page does not match the register: entry No. {last} is not in "
                       f"section {section.code} after No. {first}.")
    for before, link in zip(links, links[1:], strict=False):
        if link.seq != before.seq + 1:
            return False, (f"This page does not match the register: an entry between No. "
                           f"{before.id} and No. {link.id} is missing.")
    for link in links:
        if link.prev_hash != link.expected_prev:
            return False, (f"This page does not match the register: the link of entry No. "
                           f"{link.id} to the entry before it is broken, so an entry was "
                           "removed or changed.")
        if link.recomputed != link.hash:
            return False, (f"This page does not match the register: entry No. {link.id} was "
                           "altered after it was written.")
    if links[-1].hash != code.chain_hash:
        return False, (f"This page does not match the register: {span} are not the entries "
                       "printed on it (the chain hash after the last one differs).")
    return True, (f"This page matches the register: {span} ({len(links)} entries) are "
                  "exactly as printed.")


def verify_page(reg: OpenRegister, actor: User, qr_text: str) -> tuple[bool, str]:
    """Whether the entries a printed page lists are still exactly those in the register:
    (matches?, one sentence saying so). Audited."""
    require(reg, actor, Action.VERIFY)
    try:
        code = parse_page_code(qr_text)
    except InvalidInput as exc:
        return False, str(exc)
    section = register_store.section_by_code(reg.db, code.section_code)
    if section is None:
        ok, message = False, (f"This page is not from this register: it has no section "
                              f"{code.section_code}.")
    else:
        ok, message = _judge(reg, section, code)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.VERIFY, f"page:{code.section_code}",
                  first=code.first_entry_id, last=code.last_entry_id, matches=ok)
    return ok, message


def sections_csv(reg: OpenRegister, actor: User) -> bytes:
    """The register's sections and their balances as CSV (for scripts)."""
    return register_csv.sections_csv((s.section, s.balance)
                                      for s in register.list_sections(reg, actor))
