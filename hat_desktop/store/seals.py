"""Seals: every clinical record that is not itself a hash-chained ledger is tamper-evident.

Register entries and the audit log carry their own hash chains (store.ledger). Every other
table that an inspector, a coroner or an evaluator relies on — prescriptions, attendance
and its register links, holds and reviews, patients and their status changes, users,
settings, sections, closed days, reconciliations, discrepancies — is *sealed*: each time a
row is written (inserted, changed through the app, or removed where the app allows it),
the SHA-256 of its content is appended to ``record_seals``, one more hash chain. A row
whose content no longer matches its newest seal, a row with no seal, and a sealed row that
is gone are what ``verify`` reports, naming the table and the row.

For tables whose rows change through the app (users, settings, patients, sections, closure
days) each seal also keeps the row's content: the seals are the row's history, in order,
chained (a role raised, an account deactivated, a password or licence number changed), and
the current row is checked against the newest of them.

Sealing is automatic: at open, temporary triggers (this connection's only) note every row
written to a sealed table, and the notes are sealed just before the transaction commits.
A key holder's own connection has none of this, so whatever it writes is unsealed and
shows. What the seals cannot show is a consistent rewrite of the chain itself with every
hash recomputed: that is caught against anchors outside the file (every retained backup,
the chain heads printed on the day summary).

A new table (a later migration) is either a ledger itself (listed in CHAINED) or listed in
SEALED; its migration adds ``refuse_replacing(name)`` as a step (and ``no_change_triggers``
when it is append-only). A column added to a sealed table with no value (NULL) leaves the
seals valid (row_digest leaves NULLs out); one added with a value needs ``seal_everything``
as a step after it. tests/test_record_seals.py checks that every table is one or the other.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hat_desktop.domain.ledger import row_digest
from hat_desktop.store import ledger
from hat_desktop.store.connection import Database

RECORD_SEALS = ledger.LedgerTable("record_seals", None, "chain of clinical records")


@dataclass(frozen=True)
class SealedTable:
    name: str
    label: str  # how verify names one of its rows: "Prescription"
    history: bool = False  # rows change through the app: each version is kept in its seal
    unsealed: tuple[str, ...] = ()  # operational columns that are not part of the record


SEALED: dict[str, SealedTable] = {t.name: t for t in (
    SealedTable("meta", "Register identity"),
    SealedTable("users", "User account", history=True,
                unsealed=("failed_attempts", "locked_until")),
    SealedTable("settings", "Setting", history=True),
    SealedTable("register_sections", "Register section", history=True),
    SealedTable("closed_days", "Closed day"),
    SealedTable("patients", "Patient", history=True),
    SealedTable("patient_status_changes", "Patient status change"),
    SealedTable("patient_photos", "Patient photo"),
    SealedTable("session_schedules", "Session schedule"),
    SealedTable("closure_days", "Closure day", history=True),
    SealedTable("prescriptions", "Prescription"),
    SealedTable("prescription_sections", "Prescription product"),
    SealedTable("prescription_lines", "Prescription line"),
    SealedTable("attendance_events", "Attendance record"),
    SealedTable("attendance_entries", "Attendance record's register link"),
    SealedTable("hold_reviews", "Hold review"),
    SealedTable("withholding_corrections", "Correction of a withholding"),
    SealedTable("reconciliations", "Reconciliation"),
    SealedTable("reconciliation_counts", "Stock count"),
    SealedTable("reconciliation_signoffs", "Reconciliation sign-off"),
    SealedTable("discrepancies", "Discrepancy"),
    SealedTable("discrepancy_notes", "Discrepancy note"),
    SealedTable("discrepancy_resolutions", "Discrepancy resolution"),
    SealedTable("witness_pins", "Witness PIN", history=True,
                unsealed=("failed_attempts", "locked_until")),
    SealedTable("absences", "Absence"),
    SealedTable("absence_ends", "Return from an absence"),
    SealedTable("absence_withdrawals", "Withdrawal of an absence entered by mistake"),
    SealedTable("observation_readings", "Post-dose reading"),
    SealedTable("adverse_events", "Adverse event"),
    SealedTable("adverse_event_notes", "Note on an adverse event"),
    SealedTable("titration_plans", "Titration plan"),
    SealedTable("drug_screens", "Drug screen"),
    SealedTable("drug_screen_results", "Drug screen result"),
    SealedTable("screen_schedules", "Drug screen schedule"),
    SealedTable("agency_contacts", "Partner-agency contact"),
)}
# Tables that are hash-chained ledgers themselves, so need no seal.
CHAINED = ("register_entries", "audit_log", "record_seals", "treatment_episodes", "episode_exits",
           "outcome_reviews")

_TOUCHED = "temp.hat_touched"


def sealed_columns(db: Database, table: SealedTable) -> list[str]:
    """The columns a seal covers, sorted (the canonical order of domain.ledger)."""
    return sorted(r[1] for r in db.all(f"PRAGMA table_info({table.name})")
                  if r[1] not in table.unsealed)


def _shown(value: Any) -> Any:
    """A value as a seal's content keeps it: a blob (a photo) by its SHA-256."""
    return f"sha256:{hashlib.sha256(value).hexdigest()}" if isinstance(value, bytes) else value


def install(db: Database) -> None:
    """Seal every write this connection makes to a sealed table (see the module doc)."""
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_TOUCHED.split('.')[1]} ("
               "n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rid INTEGER NOT NULL)")
    for table in SEALED.values():
        if not db.has_table(table.name):
            continue
        of = f" OF {', '.join(sealed_columns(db, table))}" if table.unsealed else ""
        note = f"INSERT INTO {_TOUCHED} (tbl, rid) VALUES ('{table.name}', {{}}.rowid);"
        for suffix, event, rows in (("ins", "INSERT", ("NEW",)),
                                    ("upd", f"UPDATE{of}", ("OLD", "NEW")),
                                    ("del", "DELETE", ("OLD",))):
            db.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS hat_seal_{table.name}_{suffix} "
                       f"AFTER {event} ON main.{table.name} BEGIN "
                       + " ".join(note.format(r) for r in rows) + " END")
    db.before_every_commit(seal_pending)


def seal_pending(db: Database) -> None:
    """Seal every row noted since the last commit, in the order they were first written."""
    rows = db.all(f"SELECT tbl, rid FROM {_TOUCHED} GROUP BY tbl, rid ORDER BY min(n)")
    if not rows:
        return
    for table_name, row_id in rows:
        seal_row(db, SEALED[table_name], int(row_id))
    db.execute(f"DELETE FROM {_TOUCHED}")


def _read(db: Database, table: SealedTable, columns: list[str], row_id: int
          ) -> tuple[Any, ...] | None:
    row = db.one(f"SELECT {', '.join(columns)} FROM {table.name} WHERE rowid = ?", (row_id,))
    return None if row is None else tuple(row)


def seal_row(db: Database, table: SealedTable, row_id: int) -> None:
    """Append the row's seal (its content's hash, or None once it is removed), unless its
    newest seal already says exactly that."""
    columns = sealed_columns(db, table)
    values = _read(db, table, columns, row_id)
    digest = None if values is None else row_digest(columns, values)
    last = db.one("SELECT row_hash FROM record_seals WHERE table_name = ? AND row_id = ? "
                  "ORDER BY seq DESC LIMIT 1", (table.name, row_id))
    if (last[0] if last is not None else None) == digest:
        return
    content = None
    if table.history and values is not None:
        content = json.dumps({c: _shown(v) for c, v in zip(columns, values, strict=True)},
                             sort_keys=True, ensure_ascii=False)
    ledger.append(db, RECORD_SEALS, {"table_name": table.name, "row_id": row_id,
                                     "row_hash": digest, "content": content})


def seal_everything(db: Database) -> None:
    """Seal every row as it stands (the migration that introduced seals)."""
    for table in SEALED.values():
        if db.has_table(table.name):
            for (row_id,) in db.all(f"SELECT rowid FROM {table.name} ORDER BY rowid"):
                seal_row(db, table, int(row_id))


def refuse_replacing(table: str) -> Callable[[Database], None]:
    """A migration step: ``table`` refuses REPLACE, INSERT OR REPLACE and upserts."""
    def step(db: Database) -> None:
        db.execute(ledger.no_replace_trigger(db, table, table))
    return step


# --- verify ---------------------------------------------------------------------------------
def check(db: Database, problems: list[str]) -> int:
    """Every row of every sealed table against its newest seal; returns the rows checked."""
    checked = 0
    if not db.has_table(RECORD_SEALS.name):  # a backup from before seals existed
        return checked
    for table in SEALED.values():
        if not db.has_table(table.name):
            continue
        columns = sealed_columns(db, table)
        latest: dict[int, str | None] = {}
        for row_id, digest in db.iterate(
                "SELECT row_id, row_hash FROM record_seals WHERE table_name = ? ORDER BY seq",
                (table.name,)):
            latest[row_id] = digest
        for row in db.iterate(f"SELECT rowid, {', '.join(columns)} FROM {table.name} "
                              "ORDER BY rowid"):
            checked += 1
            row_id, found = row[0], row_digest(columns, row[1:])
            where = f"{table.label} (table {table.name}, row {row_id})"
            if row_id not in latest or latest[row_id] is None:
                problems.append(f"{where}: it has no seal, so it was added behind the app's "
                                "back (with the key, outside HAT Desktop).")
            elif latest[row_id] != found:
                problems.append(f"{where}: it no longer matches its seal, so it was changed "
                                "behind the app's back (with the key, outside HAT Desktop).")
            latest.pop(row_id, None)
        for row_id, digest in latest.items():
            if digest is not None:
                problems.append(f"{table.label} (table {table.name}, row {row_id}): it is "
                                "missing, so it was removed behind the app's back (with the "
                                "key, outside HAT Desktop).")
    return checked
