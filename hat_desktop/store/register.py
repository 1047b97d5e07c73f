"""SQL of the controlled-drugs register: sections, entries, balances, batches."""

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlcipher3 import Row

from hat_desktop.domain.ledger import GENESIS_HASH, RowEncoder
from hat_desktop.domain.register import BatchStock, Entry, EntryKind, Section, SectionSpec
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store import ledger
from hat_desktop.store.connection import Database

REGISTER_ENTRIES = ledger.LedgerTable("register_entries", "section_id", "register")


# --- sections ---------------------------------------------------------------------------
def _section(r: Row) -> Section:
    return Section(
        id=r["id"], code=r["code"], drug=r["drug"], strength=r["strength"], form=r["form"],
        unit=r["unit"], mg_per_unit=r["mg_per_unit"], closed=r["closed_at"] is not None,
    )


def insert_section(db: Database, spec: SectionSpec, *, now: datetime, user_id: int) -> int:
    cur = db.execute(
        """INSERT INTO register_sections (code, drug, strength, form, unit, mg_per_unit,
               created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (spec.code, spec.drug, spec.strength, spec.form, spec.unit, spec.mg_per_unit,
         to_db(now), user_id),
    )
    return int(cur.lastrowid)


def close_section(db: Database, section_id: int, *, now: datetime, user_id: int,
                  reason: str) -> None:
    db.execute(
        "UPDATE register_sections SET closed_at = ?, closed_by = ?, closed_reason = ? WHERE id = ?",
        (to_db(now), user_id, reason, section_id),
    )


def sections(db: Database, *, include_closed: bool = True) -> list[Section]:
    sql = "SELECT * FROM register_sections"
    if not include_closed:
        sql += " WHERE closed_at IS NULL"
    return [_section(r) for r in db.all(sql + " ORDER BY code")]


def section_by_id(db: Database, section_id: int) -> Section | None:
    row = db.one("SELECT * FROM register_sections WHERE id = ?", (section_id,))
    return _section(row) if row else None


def section_by_code(db: Database, code: str) -> Section | None:
    row = db.one("SELECT * FROM register_sections WHERE code = ?", (code.strip().upper(),))
    return _section(row) if row else None


# --- entries ----------------------------------------------------------------------------
_ENTRY_COLUMNS = (
    "id, section_id, seq, kind, occurred_at, recorded_at, quantity_in, quantity_out, balance, "
    "entered_by, entered_by_name, witness_id, witness_name, corrects_entry_id, late_reason, "
    "batch, expiry, details, hash, batch_balance"
)


def _entry(r: Row | tuple[Any, ...]) -> Entry:
    (id_, section_id, seq, kind, occurred_at, recorded_at, q_in, q_out, balance, entered_by,
     entered_by_name, witness_id, witness_name, corrects, late_reason, batch, expiry, details,
     digest, batch_balance) = tuple(r)
    return Entry(
        id=id_, section_id=section_id, seq=seq, kind=EntryKind(kind),
        occurred_at=from_db(occurred_at), recorded_at=from_db(recorded_at),
        quantity_in=q_in, quantity_out=q_out, balance=balance, entered_by=entered_by,
        entered_by_name=entered_by_name, witness_id=witness_id, witness_name=witness_name,
        corrects_entry_id=corrects, late_reason=late_reason, batch=batch,
        expiry=date.fromisoformat(expiry) if expiry else None, details=json.loads(details),
        hash=digest, batch_balance=batch_balance,
    )


def last_entry(db: Database, section_id: int) -> Entry | None:
    row = db.one(
        f"SELECT {_ENTRY_COLUMNS} FROM register_entries WHERE section_id = ? "
        "ORDER BY seq DESC LIMIT 1",
        (section_id,),
    )
    return _entry(row) if row else None


def balance(db: Database, section_id: int) -> int:
    value = db.scalar(
        "SELECT balance FROM register_entries WHERE section_id = ? ORDER BY seq DESC LIMIT 1",
        (section_id,),
    )
    return int(value or 0)


def entry_count(db: Database, section_id: int, kind: EntryKind | None = None) -> int:
    if kind is None:
        return int(db.scalar("SELECT count(*) FROM register_entries WHERE section_id = ?",
                             (section_id,)))
    return int(db.scalar(
        "SELECT count(*) FROM register_entries WHERE section_id = ? AND kind = ?",
        (section_id, str(kind)),
    ))


def entry_by_id(db: Database, entry_id: int) -> Entry | None:
    row = db.one(f"SELECT {_ENTRY_COLUMNS} FROM register_entries WHERE id = ?", (entry_id,))
    return _entry(row) if row else None


def append_entry(
    db: Database,
    *,
    section_id: int,
    kind: EntryKind,
    occurred_at: datetime,
    recorded_at: datetime,
    quantity_in: int,
    quantity_out: int,
    balance: int,
    batch_balance: int,
    entered_by: int,
    entered_by_name: str,
    witness_id: int | None = None,
    witness_name: str | None = None,
    corrects_entry_id: int | None = None,
    late_reason: str | None = None,
    batch: str | None = None,
    expiry: date | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    return ledger.append(db, REGISTER_ENTRIES, {
        "section_id": section_id,
        "kind": str(kind),
        "occurred_at": to_db(occurred_at),
        "recorded_at": to_db(recorded_at),
        "quantity_in": quantity_in,
        "quantity_out": quantity_out,
        "balance": balance,
        "batch_balance": batch_balance,
        "entered_by": entered_by,
        "entered_by_name": entered_by_name,
        "witness_id": witness_id,
        "witness_name": witness_name,
        "corrects_entry_id": corrects_entry_id,
        "late_reason": late_reason,
        "batch": batch,
        "expiry": expiry.isoformat() if expiry else None,
        "details": json.dumps(details or {}, sort_keys=True, ensure_ascii=False),
    })


def _range_clause(start: datetime | None, end: datetime | None) -> tuple[str, list[Any]]:
    clause, params = "", []
    if start is not None:
        clause += " AND occurred_at >= ?"
        params.append(to_db(start))
    if end is not None:
        clause += " AND occurred_at < ?"
        params.append(to_db(end))
    return clause, params


def count_in_range(db: Database, section_id: int, start: datetime | None = None,
                   end: datetime | None = None) -> int:
    clause, params = _range_clause(start, end)
    return int(db.scalar(
        f"SELECT count(*) FROM register_entries WHERE section_id = ?{clause}",
        (section_id, *params),
    ))


def _seq_span(db: Database, section_id: int, clause: str, params: list[Any]
              ) -> tuple[int, int] | None:
    """The lowest and highest seq among the section's entries in range (None if none),
    found from the date index alone: ids and seqs both grow with every entry appended to
    a section (ledger.append gives each new row max(id) + 1 and its chain's next seq in one
    transaction), so the smallest and largest ids in range bound the seqs."""
    row = db.one(
        "SELECT (SELECT seq FROM register_entries WHERE id = span.lo), "
        "(SELECT seq FROM register_entries WHERE id = span.hi) FROM (SELECT min(id) AS lo, "
        f"max(id) AS hi FROM register_entries WHERE section_id = ?{clause}) AS span",
        (section_id, *params),
    )
    if row is None or row[0] is None:
        return None
    return int(row[0]), int(row[1])


def _span_query(db: Database, section_id: int, start: datetime | None,
                end: datetime | None) -> tuple[str, list[Any]] | None:
    """WHERE clause and parameters that read the range along the (section, seq) index,
    in register order with no sort; None when nothing is dated in the range."""
    clause, params = _range_clause(start, end)
    if not clause:
        return " WHERE section_id = ?", [section_id]
    span = _seq_span(db, section_id, clause, params)
    if span is None:
        return None
    return (" WHERE section_id = ? AND seq BETWEEN ? AND ?"
            + clause.replace("occurred_at", "+occurred_at"), [section_id, *span, *params])


def entries_in_range(
    db: Database,
    section_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    offset: int = 0,
    limit: int = -1,
) -> list[Entry]:
    """In register order (the order they were written), within [start, end) by date.

    Read along the (section, seq) index from the first entry in range, so a page costs
    what it returns plus the offset, not a sort of the whole range."""
    query = _span_query(db, section_id, start, end)
    if query is None:
        return []
    where, params = query
    rows = db.all(f"SELECT {_ENTRY_COLUMNS} FROM register_entries{where} "
                  "ORDER BY seq LIMIT ? OFFSET ?", (*params, limit, offset))
    return [_entry(r) for r in rows]


def number_span(db: Database, section_id: int, start: datetime | None,
                end: datetime | None) -> tuple[int, int] | None:
    """The lowest and highest entry number (seq) of the section's entries dated in
    [start, end); None if there is none."""
    clause, params = _range_clause(start, end)
    return _seq_span(db, section_id, clause, params)


def last_number(db: Database, section_id: int) -> int:
    """The number of the section's newest entry (0 before its first)."""
    return int(db.scalar("SELECT max(seq) FROM register_entries WHERE section_id = ?",
                         (section_id,)) or 0)


def iter_numbers(db: Database, section_id: int, first: int, last: int) -> Iterator[Entry]:
    """The section's entries numbered ``first`` to ``last``, streamed in order."""
    for row in db.iterate(f"SELECT {_ENTRY_COLUMNS} FROM register_entries WHERE section_id = ? "
                          "AND seq BETWEEN ? AND ? ORDER BY seq", (section_id, first, last)):
        yield _entry(row)


def number_of_id(db: Database, section_id: int, entry_id: int) -> int | None:
    """The number in its section of the entry with register-wide id ``entry_id``."""
    found = db.scalar("SELECT seq FROM register_entries WHERE id = ? AND section_id = ?",
                      (entry_id, section_id))
    return None if found is None else int(found)


def entry_numbers(db: Database, entry_ids: list[int]) -> dict[int, tuple[str, int]]:
    """Each entry's section code and number in its section, by register-wide id (what a
    person reads: the ids stay inside the app)."""
    found: dict[int, tuple[str, int]] = {}
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start:start + 500]
        for id_, code, seq in db.all(
                "SELECT e.id, s.code, e.seq FROM register_entries e JOIN register_sections s "
                f"ON s.id = e.section_id WHERE e.id IN ({', '.join('?' for _ in chunk)})",
                chunk):
            found[int(id_)] = (str(code), int(seq))
    return found


def corrections_written_after(db: Database, section_id: int, first: int, last: int,
                              after: int) -> list[Entry]:
    """Corrections numbered after ``after`` of the section's entries ``first``..``last``
    (what a page printed when ``after`` was the newest entry does not show)."""
    rows = db.all(
        f"SELECT {_ENTRY_COLUMNS} FROM register_entries WHERE section_id = ? AND seq > ? "
        "AND kind = 'correction' AND corrects_entry_id IN (SELECT id FROM register_entries "
        "WHERE section_id = ? AND seq BETWEEN ? AND ?) ORDER BY seq",
        (section_id, after, section_id, first, last))
    return [_entry(r) for r in rows]


def iter_entries(db: Database, section_id: int, start: datetime | None = None,
                 end: datetime | None = None) -> Iterator[Entry]:
    """Every entry in range, streamed in register order (for exports of any size)."""
    query = _span_query(db, section_id, start, end)
    if query is None:
        return
    where, params = query
    for row in db.iterate(f"SELECT {_ENTRY_COLUMNS} FROM register_entries{where} ORDER BY seq",
                          params):
        yield _entry(row)


class ChainLink(NamedTuple):
    """One entry of a stretch of a section's hash chain, as stored and as recomputed."""

    id: int
    seq: int
    prev_hash: str  # as stored with the entry
    hash: str  # as stored with the entry
    expected_prev: str  # the stored hash of the entry before it (or the genesis hash)
    recomputed: str  # SHA-256 of expected_prev + the entry's content as it is now


def chain_span(db: Database, section_id: int, first: int, last: int) -> list[ChainLink]:
    """The entries of a section numbered ``first`` to ``last`` (inclusive, in chain
    order), each with its hash recomputed from the row as it stands: how a printed page
    is checked."""
    columns = ledger.hashed_columns(db, REGISTER_ENTRIES)
    rows = db.all(
        f"SELECT {', '.join(columns)}, prev_hash, hash FROM register_entries "
        "WHERE section_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
        (section_id, first - 1, last),
    )
    encoder = RowEncoder(columns)
    id_at, seq_at = columns.index("id"), columns.index("seq")
    links: list[ChainLink] = []
    previous = GENESIS_HASH
    for row in rows:
        values, prev_hash, digest = tuple(row)[:-2], row[-2], row[-1]
        if values[seq_at] < first:  # the entry before the span: its hash
            previous = digest
            continue
        links.append(ChainLink(values[id_at], values[seq_at], prev_hash, digest, previous,
                               encoder.chain_hash(previous, values)))
        previous = digest
    return links


def corrections_of(db: Database, entry_ids: list[int]) -> dict[int, list[Entry]]:
    """Corrections attached to each of ``entry_ids``, in register order."""
    found: dict[int, list[Entry]] = {}
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start : start + 500]
        rows = db.all(
            f"SELECT {_ENTRY_COLUMNS} FROM register_entries WHERE corrects_entry_id IN "
            f"({', '.join('?' for _ in chunk)}) ORDER BY seq",
            chunk,
        )
        for row in rows:
            entry = _entry(row)
            assert entry.corrects_entry_id is not None
            found.setdefault(entry.corrects_entry_id, []).append(entry)
    return found


def batch_balance(db: Database, section_id: int, batch: str | None) -> int:
    """The running balance of one batch (None: stock recorded without a batch)."""
    value = db.scalar(
        "SELECT batch_balance FROM register_entries WHERE section_id = ? AND batch IS ? "
        "ORDER BY seq DESC LIMIT 1",
        (section_id, batch),
    )
    return int(value or 0)


# A section's inflows (openings, receipts), as the partial index register_entries_inflows
# (section_id, batch, expiry) holds them: ?1 is the section.
_INFLOWS = "section_id = ?1 AND kind IN ('opening', 'receipt')"
_BY_INFLOWS = "register_entries INDEXED BY register_entries_inflows"


def batches(db: Database, section_id: int) -> list[BatchStock]:
    """Each batch ever brought in, with its expiry and current balance, in batch order: a
    few indexed look-ups per batch, however long the section's history (the batches are
    found by skipping from one to the next along the inflows index, never by reading every
    receipt; each balance is the batch's newest entry's, hash-chained like every entry)."""
    rows = db.all(
        f"""WITH RECURSIVE named(batch) AS (
                SELECT min(batch) FROM {_BY_INFLOWS} WHERE {_INFLOWS}
                UNION ALL
                SELECT (SELECT min(batch) FROM {_BY_INFLOWS}
                        WHERE {_INFLOWS} AND batch > named.batch)
                FROM named WHERE named.batch IS NOT NULL),
            held(batch) AS (
                SELECT NULL WHERE EXISTS (SELECT 1 FROM {_BY_INFLOWS}
                                          WHERE {_INFLOWS} AND batch IS NULL)
                UNION ALL SELECT batch FROM named WHERE batch IS NOT NULL)
            SELECT batch,
                   (SELECT max(expiry) FROM {_BY_INFLOWS}
                    WHERE {_INFLOWS} AND batch IS held.batch),
                   (SELECT batch_balance FROM register_entries
                    WHERE section_id = ?1 AND batch IS held.batch ORDER BY seq DESC LIMIT 1)
            FROM held""",
        (section_id,),
    )
    return [BatchStock(batch, date.fromisoformat(expiry) if expiry else None, int(left or 0))
            for batch, expiry, left in rows]


def balance_at(db: Database, section_id: int, moment: datetime) -> int:
    """The balance after the last entry recorded before ``moment``."""
    value = db.scalar(
        "SELECT balance FROM register_entries WHERE section_id = ? AND recorded_at < ? "
        "ORDER BY seq DESC LIMIT 1",
        (section_id, to_db(moment)),
    )
    return int(value or 0)


def net_before(db: Database, section_id: int, moment: datetime) -> int:
    """What the section held at ``moment`` by the dates of its entries: every entry dated
    before it, however late it was written (the opening of a day as the register now
    stands)."""
    return int(db.scalar(
        "SELECT coalesce(sum(quantity_in - quantity_out), 0) FROM register_entries "
        "WHERE section_id = ? AND occurred_at < ?", (section_id, to_db(moment))))


def batch_balance_before(db: Database, section_id: int, batch: str | None,
                         moment: datetime) -> int:
    """What one batch held at ``moment``, by the dates of its entries."""
    return int(db.scalar(
        "SELECT coalesce(sum(quantity_in - quantity_out), 0) FROM register_entries "
        "WHERE section_id = ? AND batch IS ? AND occurred_at < ?",
        (section_id, batch, to_db(moment))))


def iter_balance_rows(db: Database
                      ) -> Iterator[tuple[int, int, int, int, int, int, str | None, int]]:
    """(section_id, seq, id, quantity_in, quantity_out, balance, batch, batch_balance) for
    every entry, in order."""
    yield from db.iterate(
        "SELECT section_id, seq, id, quantity_in, quantity_out, balance, batch, batch_balance "
        "FROM register_entries ORDER BY section_id, seq"
    )


# --- closed days ------------------------------------------------------------------------
def day_closed(db: Database, day: date) -> bool:
    return bool(db.scalar("SELECT 1 FROM closed_days WHERE day = ?", (day.isoformat(),)))


def close_day(db: Database, day: date, *, now: datetime, user_id: int) -> None:
    db.execute("INSERT INTO closed_days (day, closed_at, closed_by) VALUES (?, ?, ?)",
               (day.isoformat(), to_db(now), user_id))


def closed_days(db: Database, start: date, end: date) -> set[date]:
    rows = db.all("SELECT day FROM closed_days WHERE day BETWEEN ? AND ?",
                  (start.isoformat(), end.isoformat()))
    return {date.fromisoformat(r["day"]) for r in rows}


# --- for the evaluation's costs -------------------------------------------------------------
def priced_receipts(db: Database) -> list[tuple[int, str | None, int, int]]:
    """(section id, batch, quantity, pence per unit) of every receipt entered with a
    price, oldest first. Read by the inflows index, section by section: the receipts are a
    few dozen of the register's tens of thousands of entries."""
    rows = db.all(
        f"""SELECT section_id, batch, quantity_in, json_extract(details, '$.unit_price_pence')
           FROM {_BY_INFLOWS}
           WHERE section_id IN (SELECT id FROM register_sections)
                 AND kind IN ('opening', 'receipt') AND kind = 'receipt'
                 AND json_extract(details, '$.unit_price_pence') IS NOT NULL
           ORDER BY id""")
    return [(int(s), b, int(q), int(p)) for s, b, q, p in rows]


UNITS_OUT_SQL = """SELECT json_extract(details, '$.patient_id') AS pid, section_id, batch,
                         sum(quantity_out)
                  FROM register_entries
                  WHERE occurred_at >= ? AND occurred_at < ? AND kind != 'correction'
                        AND quantity_out > 0
                        AND json_extract(details, '$.patient_id') IS NOT NULL
                  GROUP BY pid, section_id, batch"""


def units_out_per_patient(db: Database, start: datetime, end: datetime
                          ) -> list[tuple[int, int, str | None, int]]:
    """(patient id, section id, batch, units) that left the register for each patient
    between ``start`` and ``end``: every entry naming a patient (administrations: the
    ampoules opened, dose and remainder wasted), corrections left out. Read from the index
    register_entries_patient_units alone (schema 18): its terms are this WHERE's."""
    rows = db.all(UNITS_OUT_SQL, (to_db(start), to_db(end)))
    return [(int(p), int(s), b, int(u)) for p, s, b, u in rows]


def first_entry_at(db: Database) -> datetime | None:
    """When the register's earliest entry happened (None: no entry yet)."""
    value = db.scalar("SELECT min(occurred_at) FROM register_entries")
    return from_db(value) if value else None
