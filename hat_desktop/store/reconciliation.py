"""SQL for reconciliations, counts, sign-offs and discrepancies."""

from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.reconciliation import (
    CountedLine,
    Discrepancy,
    Reconciliation,
    Resolution,
)
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database


def insert(db: Database, day: date, *, now: datetime, user_id: int, user_name: str,
           lines: list[CountedLine]) -> int:
    cur = db.execute("INSERT INTO reconciliations (day, counted_at, counted_by, counted_by_name) "
                     "VALUES (?, ?, ?, ?)", (day.isoformat(), to_db(now), user_id, user_name))
    rec_id = int(cur.lastrowid)
    db.executemany(
        "INSERT INTO reconciliation_counts (reconciliation_id, section_id, batch, expected, "
        "counted) VALUES (?, ?, ?, ?, ?)",
        [(rec_id, line.section_id, line.batch, line.expected, line.counted) for line in lines],
    )
    return rec_id


def sign(db: Database, rec_id: int, *, now: datetime, pharmacist_id: int, pharmacist_name: str,
         witness_id: int, witness_name: str) -> None:
    db.execute("INSERT INTO reconciliation_signoffs (reconciliation_id, signed_at, pharmacist_id, "
               "pharmacist_name, witness_id, witness_name) VALUES (?, ?, ?, ?, ?, ?)",
               (rec_id, to_db(now), pharmacist_id, pharmacist_name, witness_id, witness_name))


_SELECT = """SELECT r.*, s.signed_at, s.witness_name FROM reconciliations r
             LEFT JOIN reconciliation_signoffs s ON s.reconciliation_id = r.id"""


def _reconciliation(db: Database, r: Row) -> Reconciliation:
    lines = tuple(
        CountedLine(c["section_id"], c["batch"], c["expected"], c["counted"])
        for c in db.all("SELECT * FROM reconciliation_counts WHERE reconciliation_id = ? "
                        "ORDER BY section_id, batch", (r["id"],))
    )
    return Reconciliation(
        id=r["id"], day=date.fromisoformat(r["day"]), counted_at=from_db(r["counted_at"]),
        counted_by=r["counted_by"], counted_by_name=r["counted_by_name"], lines=lines,
        signed_at=from_db(r["signed_at"]) if r["signed_at"] else None,
        witness_name=r["witness_name"],
    )


def by_day(db: Database, day: date) -> Reconciliation | None:
    row = db.one(f"{_SELECT} WHERE r.day = ?", (day.isoformat(),))
    return _reconciliation(db, row) if row else None


def by_id(db: Database, rec_id: int) -> Reconciliation | None:
    row = db.one(f"{_SELECT} WHERE r.id = ?", (rec_id,))
    return _reconciliation(db, row) if row else None


def between(db: Database, first: date, last: date) -> list[Reconciliation]:
    rows = db.all(f"{_SELECT} WHERE r.day BETWEEN ? AND ? ORDER BY r.day",
                  (first.isoformat(), last.isoformat()))
    return [_reconciliation(db, r) for r in rows]


def latest(db: Database) -> Reconciliation | None:
    row = db.one(f"{_SELECT} ORDER BY r.day DESC LIMIT 1")
    return _reconciliation(db, row) if row else None


# --- discrepancies ----------------------------------------------------------------------
def add_discrepancy(db: Database, rec_id: int, section_id: int, expected: int, counted: int,
                    *, now: datetime) -> int:
    cur = db.execute("INSERT INTO discrepancies (reconciliation_id, section_id, expected, counted, "
                     "created_at) VALUES (?, ?, ?, ?, ?)",
                     (rec_id, section_id, expected, counted, to_db(now)))
    return int(cur.lastrowid)


_DISCREPANCY = """SELECT d.*, r.day, s.code, x.resolution, x.resolved_at, x.resolved_by_name,
                         x.explanation, x.correction_entry_id, x.reported_to, x.reported_at,
                         x.report_reference
                  FROM discrepancies d
                  JOIN reconciliations r ON r.id = d.reconciliation_id
                  JOIN register_sections s ON s.id = d.section_id
                  LEFT JOIN discrepancy_resolutions x ON x.discrepancy_id = d.id"""


def _discrepancy(r: Row) -> Discrepancy:
    return Discrepancy(
        id=r["id"], reconciliation_id=r["reconciliation_id"], day=date.fromisoformat(r["day"]),
        section_id=r["section_id"], section_code=r["code"], expected=r["expected"],
        counted=r["counted"], created_at=from_db(r["created_at"]),
        resolution=Resolution(r["resolution"]) if r["resolution"] else None,
        resolved_at=from_db(r["resolved_at"]) if r["resolved_at"] else None,
        resolved_by_name=r["resolved_by_name"], explanation=r["explanation"],
        correction_entry_id=r["correction_entry_id"], reported_to=r["reported_to"],
        reported_at=date.fromisoformat(r["reported_at"]) if r["reported_at"] else None,
        report_reference=r["report_reference"],
    )


def discrepancy(db: Database, discrepancy_id: int) -> Discrepancy | None:
    row = db.one(f"{_DISCREPANCY} WHERE d.id = ?", (discrepancy_id,))
    return _discrepancy(row) if row else None


def discrepancies(db: Database, *, open_only: bool = False, first: date | None = None,
                  last: date | None = None) -> list[Discrepancy]:
    sql, params = f"{_DISCREPANCY} WHERE 1 = 1", []
    if open_only:
        sql += " AND x.discrepancy_id IS NULL"
    if first is not None:
        sql += " AND r.day >= ?"
        params.append(first.isoformat())
    if last is not None:
        sql += " AND r.day <= ?"
        params.append(last.isoformat())
    return [_discrepancy(r) for r in db.all(sql + " ORDER BY r.day, s.code", params)]


def add_note(db: Database, discrepancy_id: int, note: str, *, now: datetime, user_id: int,
             user_name: str) -> None:
    db.execute("INSERT INTO discrepancy_notes (discrepancy_id, at, by_user, by_name, note) "
               "VALUES (?, ?, ?, ?, ?)", (discrepancy_id, to_db(now), user_id, user_name, note))


def notes(db: Database, discrepancy_id: int) -> list[tuple[datetime, str, str]]:
    return [(from_db(r["at"]), r["by_name"], r["note"]) for r in db.all(
        "SELECT at, by_name, note FROM discrepancy_notes WHERE discrepancy_id = ? ORDER BY id",
        (discrepancy_id,))]


def resolve(db: Database, discrepancy_id: int, resolution: Resolution, *, now: datetime,
            user_id: int, user_name: str, explanation: str, correction_entry_id: int | None,
            reported_to: str | None, reported_at: date | None,
            report_reference: str | None) -> None:
    db.execute(
        """INSERT INTO discrepancy_resolutions (discrepancy_id, resolution, resolved_at,
               resolved_by, resolved_by_name, explanation, correction_entry_id, reported_to,
               reported_at, report_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (discrepancy_id, str(resolution), to_db(now), user_id, user_name, explanation,
         correction_entry_id, reported_to, reported_at.isoformat() if reported_at else None,
         report_reference),
    )


def first_entry_day(db: Database) -> str | None:
    value = db.scalar("SELECT min(occurred_at) FROM register_entries")
    return str(value) if value else None
