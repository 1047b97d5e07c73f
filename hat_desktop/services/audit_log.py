"""Reading the audit log: who did what, when, from which workstation (managers, the
pharmacist and inspectors), on screen, exported as CSV or printed."""

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction, AuditEntry
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds, format_local
from hat_desktop.reports import audit_report
from hat_desktop.services import report_catalogue
from hat_desktop.services.exports import STOPPED, Progress, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec, streamed
from hat_desktop.store import audit as audit_store
from hat_desktop.store import users as users_store

MAX_ROWS = 100_000  # on screen; files stream every entry of the period
HEADER = audit_report.HEADER
WHAT = "audit-log"


def read(reg: OpenRegister, actor: User, first: date, last: date, action: str | None = None,
         *, limit: int = 2000) -> list[AuditEntry]:
    """Entries dated ``first`` to ``last`` (clinic days), newest first."""
    require(reg, actor, Action.VIEW_AUDIT)
    DateRange.checked(first, last)
    if action is not None and action not in {a.value for a in AuditAction}:
        raise InvalidInput(f"'{action[:40]}' is not an action the audit log records.")
    return audit_store.entries(reg.db, actions=[action] if action else None,
                               since=day_bounds(first, reg.tz)[0],
                               until=day_bounds(last, reg.tz)[1], limit=min(limit, MAX_ROWS))


def describe(entry: AuditEntry) -> str:
    """The details as short text: 'role=nurse, username=nina'."""
    return entry.words


def _entries(reg: OpenRegister, actor: User, first: date, last: date
             ) -> Iterator[AuditEntry]:
    require(reg, actor, Action.VIEW_AUDIT)
    DateRange.checked(first, last)
    return audit_store.iter_entries(reg.db, day_bounds(first, reg.tz)[0],
                                    day_bounds(last, reg.tz)[1])


def _write_csv(reg: OpenRegister, actor: User, first: date, last: date, out: TextIO,
               progress: Progress) -> int:
    """Every entry of the period, oldest first, as CSV, as they stream; how many."""
    entries = _entries(reg, actor, first, last)
    return audit_report.write_csv(out, _heard(entries, progress), provenance(reg, first, last))


def _heard(entries: Iterator[AuditEntry], progress: Progress) -> Iterator[AuditEntry]:
    """The entries, telling ``progress`` every thousand (how many there are is not known
    beforehand); it may stop them."""
    for n, entry in enumerate(entries):
        if n % 1000 == 0 and not progress(f"Writing the audit log: {n:,} entries so far", n,
                                          0):
            raise Refused(STOPPED)
        yield entry


def _render_pdf(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    """Every entry of the period, oldest first, as printed pages, and how many."""
    entries = _entries(reg, actor, first, last)
    return audit_report.to_pdf(entries, clinic_name=reg.settings.clinic_name, first=first,
                               last=last, tz=reg.tz, printed_by=actor.display,
                               printed_at=reg.now(), demo=reg.demo)


AUDIT_PDF = ReportSpec(
    "audit-log-pdf", "Audit log (PDF)",
    "Every action recorded in the period, oldest first: when, who, from which workstation, "
    "what and about what, with every detail; the count of each action at the end.",
    "pdf", WHAT, _render_pdf, max_days=None, action=Action.VIEW_AUDIT)
AUDIT_CSV = streamed(
    "audit-log-csv", "Audit log (CSV)",
    "The same entries as a spreadsheet, the details in words and as JSON.",
    WHAT, _write_csv, action=Action.VIEW_AUDIT)
REPORTS: tuple[ReportSpec, ...] = (AUDIT_PDF, AUDIT_CSV)


# --- in words, for the screen: "Nora Nurse (nurse)" rather than "user:7" -----------------------
_TARGET_WORDS = {"settings": "the clinic's settings", "clock": "the PC's clock",
                 "session_windows": "the session times", "closure_day": "a closure day"}
_KIND_WORDS = {"patient": "patient", "discrepancy": "discrepancy no.", "section": "section",
               "register": "register", "reconciliation": "reconciliation no."}


def user_names(reg: OpenRegister) -> dict[int, str]:
    """Each user's name and role as the screen shows them, by id (for about())."""
    return {u.id: u.display for u in users_store.all_users(reg.db)}


def about(entry: AuditEntry, names: dict[int, str]) -> str:
    """What the entry is about, in words."""
    target = entry.target or ""
    if target in _TARGET_WORDS:
        return _TARGET_WORDS[target]
    kind, _, rest = target.partition(":")
    if kind == "user" and rest.isdigit():
        return names.get(int(rest), f"user no. {rest}")
    if rest and kind in _KIND_WORDS:
        return f"{_KIND_WORDS[kind]} {rest}"
    return target.replace("_", " ")


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == "":
        return "(none)"
    return str(value)


def in_words(entry: AuditEntry) -> str:
    """The details as sentences a reader follows: "role: nurse → manager; active: yes → no"."""
    parts: list[str] = []
    for key, value in sorted(entry.details.items()):
        label = key.replace("_", " ")
        if key == "changed" and isinstance(value, dict):
            parts += [f"{name.replace('_', ' ')}: {_value(change[0])} → {_value(change[1])}"
                      if isinstance(change, list) and len(change) == 2
                      else f"{name.replace('_', ' ')}: {_value(change)}"
                      for name, change in sorted(value.items())]
        elif value is not None:
            parts.append(f"{label}: {json.dumps(value, ensure_ascii=False)}"
                         if isinstance(value, (dict, list)) else f"{label}: {_value(value)}")
    return "; ".join(parts)


def export(reg: OpenRegister, actor: User, first: date, last: date, fmt: str, output: Path,
           *, progress: Progress | None = None) -> tuple[Path, int]:
    """The audit log as CSV (as its entries stream, with ``progress``) or PDF where the
    user chose; audited."""
    if fmt not in ("csv", "pdf"):
        raise InvalidInput("The format is csv or pdf.")
    return report_catalogue.save(reg, actor, AUDIT_PDF if fmt == "pdf" else AUDIT_CSV,
                                 first, last, output, progress=progress)


def when(reg: OpenRegister, entry: AuditEntry) -> str:
    return format_local(entry.at, reg.tz, seconds=True)
