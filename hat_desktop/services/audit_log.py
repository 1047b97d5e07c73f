"""Reading the audit log: who did what, when, from which workstation (managers, the
pharmacist and inspectors), on screen or exported as CSV."""

import csv
import io
import json
from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction, AuditEntry
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds, format_local
from hat_desktop.services.exports import write_export
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import audit as audit_store

MAX_ROWS = 100_000
HEADER = ["id", "at", "username", "workstation", "action", "target", "details",
          "details_json"]


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
    return ", ".join(
        f"{k}={json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v}"
        for k, v in sorted(entry.details.items()))


def export_csv(reg: OpenRegister, actor: User, first: date, last: date, output: Path
               ) -> tuple[Path, int]:
    """Every entry of the period, oldest first, as CSV; the export itself is audited."""
    rows = list(reversed(read(reg, actor, first, last, limit=MAX_ROWS)))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for e in rows:
        writer.writerow([e.id, e.at.astimezone(reg.tz).isoformat(), e.username or "",
                         e.workstation, e.action, e.target or "", describe(e),
                         json.dumps(e.details, sort_keys=True, ensure_ascii=False)])
    path = write_export(reg, actor, output, out.getvalue().encode("utf-8"),
                        what="audit log", format="csv", first=first.isoformat(),
                        last=last.isoformat(), rows=len(rows))
    return path, len(rows)


def when(reg: OpenRegister, entry: AuditEntry) -> str:
    return format_local(entry.at, reg.tz, seconds=True)
