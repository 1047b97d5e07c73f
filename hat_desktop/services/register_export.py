"""The register on paper and in files: printed pages (PDF) and CSV for a section and a
date range, and checking a printed page against the register by the code on it.

Any role may print or export (inspectors above all); each file is written only where the
user chose (or, to print, in a private temporary folder), never over an existing file
unless asked, and every export, print and page check is in the audit log. Entries stream
from the register in chunks, so a 100,000-entry export never holds them all at once."""

import io
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.register import Entry, Section
from hat_desktop.domain.register_pages import PageSpan, PageVerdict, page_of
from hat_desktop.domain.register_text import correction_change
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds, format_date, format_local
from hat_desktop.reports import register_csv
from hat_desktop.reports.page_code import PageCode, parse_page_code
from hat_desktop.services import print_copies, register
from hat_desktop.services.exports import STOPPED, Progress, check_output, provenance, write_streamed
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import audit as audit_store
from hat_desktop.store import register as register_store

if TYPE_CHECKING:  # the pages' PDF (reportlab, the QR codes) loads when pages are printed
    from hat_desktop.reports.register_pdf import RegisterHeading

log = logging.getLogger(__name__)

FORMATS = ("pdf", "csv")
CHUNK = 500
Rows = Iterator[tuple[Entry, list[Entry], bool]]  # entry, its corrections, dated in period


def _section(reg: OpenRegister, actor: User, section_code: str, start: date, end: date
             ) -> Section:
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(start, end)
    return register.section_by_code(reg, section_code or "")


def _rows(reg: OpenRegister, section: Section, start: date, end: date,
          progress: Progress | None, stage: str) -> Rows:
    """The whole pages of the section that hold the entries dated start..end, in register
    order, each entry with its corrections and whether it is dated in the period."""
    lo, hi = day_bounds(start, reg.tz)[0], day_bounds(end, reg.tz)[1]
    span = register_store.number_span(reg.db, section.id, lo, hi)
    if span is None:
        return
    pages = PageSpan.holding(*span)
    last = min(pages.last_number, register_store.last_number(reg.db, section.id))
    total = last - pages.first_number + 1
    done = 0
    chunk: list[Entry] = []

    def flush() -> Rows:
        notes = register_store.corrections_of(reg.db, [e.id for e in chunk])
        for e in chunk:
            yield e, notes.get(e.id, []), lo <= e.occurred_at < hi

    for entry in register_store.iter_numbers(reg.db, section.id, pages.first_number, last):
        chunk.append(entry)
        if len(chunk) == CHUNK:
            yield from flush()
            chunk = []
            done += CHUNK
            if progress is not None and not progress(stage, done, total):
                raise Refused(STOPPED)
    yield from flush()
    if progress is not None:
        progress(stage, total, total)


def _heading(reg: OpenRegister, actor: User, section: Section, start: date, end: date
             ) -> "RegisterHeading":
    from hat_desktop.reports.register_pdf import RegisterHeading

    s = reg.settings
    today = reg.today()
    return RegisterHeading(
        clinic_name=s.clinic_name, clinic_address=s.clinic_address, section=section,
        first=min(start, today), last=min(end, today), tz=reg.tz, printed_by=actor.display,
        printed_at=reg.now(), demo=reg.demo,
        head=register_store.last_number(reg.db, section.id))


def _render(reg: OpenRegister, actor: User, section: Section, start: date, end: date, fmt: str,
            target: Path, progress: Progress | None, action: AuditAction, *,
            replace: bool = False, **details: str) -> int:
    """Write the entries to ``target`` and audit it (``action``, with the number of
    entries, and for pages which pages of the section and its newest entry number then);
    returns the number of entries."""
    stage = f"Writing {section.code} {format_date(start)} to {format_date(end)}"
    rows = _rows(reg, section, start, end, progress, stage)
    printed: dict[str, int] = {}
    heading = _heading(reg, actor, section, start, end) if fmt == "pdf" else None

    def write(fh: BinaryIO) -> int:
        if fmt == "csv":
            text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
            count = register_csv.write_csv(
                text, ((e, notes) for e, notes, inside in rows if inside), section,
                provenance(reg, start, end))
            text.flush()
            text.detach()
            return count
        from hat_desktop.reports import register_pdf

        assert heading is not None
        numbers: list[int] = []

        def counting() -> Rows:
            for row in rows:
                numbers.append(row[0].number)
                yield row

        codes = register_pdf.render(heading, counting(), fh)
        printed["pages"] = len(codes)
        if numbers:
            printed.update(first_page=page_of(numbers[0]), last_page=page_of(numbers[-1]),
                           head=heading.head)
        return len(numbers)

    def record(count: int) -> None:
        said: dict[str, Any] = {**details, **printed}
        said.setdefault("pages", 0)
        reg.audit(actor, action, f"register:{section.code}", section=section.code,
                  first=start.isoformat(), last=end.isoformat(), format=fmt, rows=count,
                  **said)

    return write_streamed(reg, target, write, record, replace=replace)


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
                    AuditAction.EXPORT, replace=overwrite, path=str(target))
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


def _judge(reg: OpenRegister, section: Section, code: PageCode) -> tuple[PageVerdict, str]:
    first, last = code.first, code.last
    if code.by_id:  # an older page, numbered by register-wide id
        first_n = register_store.number_of_id(reg.db, section.id, first)
        last_n = register_store.number_of_id(reg.db, section.id, last)
        if first_n is None or last_n is None:
            missing = first if first_n is None else last
            return PageVerdict.DAMAGED, (f"This page does not match the register: entry "
                                         f"{missing} is not in section {section.code}.")
        first, last = first_n, last_n
    damaged = "This page does not match the register: "
    span = f"entries No. {first} to {last} of section {section.code}"
    links = register_store.chain_span(reg.db, section.id, first, last)
    if not links or links[0].seq != first:
        return PageVerdict.DAMAGED, (f"{damaged}entry No. {first} is not in section "
                                     f"{section.code}.")
    if links[-1].seq != last:
        return PageVerdict.DAMAGED, (f"{damaged}entry No. {last} is not in section "
                                     f"{section.code} after No. {first}.")
    for before, link in zip(links, links[1:], strict=False):
        if link.seq != before.seq + 1:
            return PageVerdict.DAMAGED, (f"{damaged}an entry between No. {before.seq} and No. "
                                         f"{link.seq} is missing.")
    for link in links:
        if link.prev_hash != link.expected_prev:
            return PageVerdict.DAMAGED, (
                f"{damaged}the link of entry No. {link.seq} to the entry before it is broken, "
                "so an entry was removed or changed.")
        if link.recomputed != link.hash:
            return PageVerdict.DAMAGED, (f"{damaged}entry No. {link.seq} was altered after it "
                                         "was written.")
    if links[-1].hash != code.chain_hash:
        return PageVerdict.DAMAGED, (f"{damaged}{span} are not the entries printed on it (the "
                                     "chain hash after the last one differs).")
    later = [] if code.by_id else _since_printed(reg, section, code, links[-1].id)
    if later:
        return PageVerdict.SUPERSEDED, (
            f"This page matches the register as it was printed ({span}), but it is superseded: "
            + "; ".join(later) + ".")
    return PageVerdict.MATCHES, (f"This page matches the register: {span} ({len(links)} "
                                 "entries) are exactly as printed.")


def _since_printed(reg: OpenRegister, section: Section, code: PageCode, last_id: int
                   ) -> list[str]:
    """What happened to a page after it was printed: corrections of its entries (and what
    they did to the balance it shows), and newer prints of the same page."""
    said: list[str] = []
    fixes = register_store.corrections_written_after(reg.db, section.id, code.first, code.last,
                                                     code.head)
    for fix in fixes:
        said.append(
            f"entry No. {fix.details.get('corrects_seq', '?')} on it was corrected afterwards "
            f"(entry No. {fix.number} on page {page_of(fix.number)}, "
            f"{format_local(fix.occurred_at, reg.tz)}, "
            f"{correction_change(fix, section)})")
    net = sum(f.quantity_in - f.quantity_out for f in fixes)
    last = register_store.entry_by_id(reg.db, last_id)
    if net and last is not None:
        said.append(f"the balance it shows after No. {code.last}, {last.balance}, is "
                    f"{last.balance + net} once corrected")
    newer = [at for at, d in audit_store.details_for_target(
        reg.db, [str(AuditAction.PRINT), str(AuditAction.EXPORT)], f"register:{section.code}")
        if d.get("format") == "pdf" and isinstance(d.get("head"), int)
        and int(str(d["head"])) > code.head
        and int(str(d.get("first_page", 0))) <= code.page <= int(str(d.get("last_page", 0)))]
    if newer:
        said.append(f"a newer print of page {code.page} was made on "
                    f"{format_local(newer[-1], reg.tz)}")
    return said


def verify_page(reg: OpenRegister, actor: User, qr_text: str) -> tuple[PageVerdict, str]:
    """Whether the entries a printed page lists are still exactly those in the register,
    and whether the page has been superseded (corrected or reprinted since): the verdict
    and one sentence saying so. Audited."""
    require(reg, actor, Action.VERIFY)
    try:
        code = parse_page_code(qr_text)
    except InvalidInput as exc:
        return PageVerdict.NOT_A_PAGE, str(exc)
    section = register_store.section_by_code(reg.db, code.section_code)
    if section is None:
        verdict, message = PageVerdict.NOT_A_PAGE, (
            f"This page is not from this register: it has no section {code.section_code}.")
    else:
        verdict, message = _judge(reg, section, code)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.VERIFY, f"page:{code.section_code}",
                  first=code.first, last=code.last, page=code.page, verdict=str(verdict),
                  matches=verdict is PageVerdict.MATCHES)
    return verdict, message


def sections_csv(reg: OpenRegister, actor: User) -> bytes:
    """The register's sections and their balances as CSV (for scripts)."""
    return register_csv.sections_csv(((s.section, s.balance)
                                      for s in register.list_sections(reg, actor)),
                                     provenance(reg, None, None))
