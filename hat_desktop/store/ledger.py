"""Append-only, hash-chained tables.

A ledger table has ``id`` (global), ``seq`` (position in its chain, from 1),
its own columns, ``prev_hash`` and ``hash``. Triggers refuse UPDATE and DELETE;
``append`` is the only way rows get in. A chain is the whole table (audit log)
or the rows sharing one value of a chain column (register entries per section).

The hashed content is every column except ``hash`` and ``prev_hash``, as the
canonical JSON of hat_desktop.domain.ledger, so verify can recompute it from
the row alone.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from hat_desktop.domain.ledger import GENESIS_HASH, RowEncoder, chain_hash
from hat_desktop.store.connection import Database


@dataclass(frozen=True)
class LedgerTable:
    name: str
    chain_column: str | None  # None: the whole table is one chain
    label: str  # how verify's messages name it: "register section", "audit log"


def no_change_triggers(table: str, what: str) -> list[str]:
    """SQL that makes ``table`` insert-only."""
    what = what.replace("'", "''")
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{what} can only be added to, never changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{what} can only be added to, never deleted'); END""",
    ]


def no_replace_trigger(db: Database, table: str, what: str) -> str:
    """SQL of a trigger that refuses to let an INSERT replace a row of ``table``.

    INSERT OR REPLACE, REPLACE and an upsert never fire the DELETE and UPDATE triggers
    (SQLite removes the conflicting row without them unless recursive_triggers is on, which
    a key holder's connection never has), so every unique key of the table is checked
    before the insert: the rowid, each UNIQUE constraint and PRIMARY KEY, and each partial
    unique index with its WHERE clause (applied to the row as it stands and to the new one).
    Made from the schema as it is, so it runs as a migration step after the table exists.
    """
    columns = [r[1] for r in db.all(f"PRAGMA table_info({table})")]
    new_row = ", ".join(f"NEW.{c} AS {c}" for c in columns)
    conditions = [f"EXISTS (SELECT 1 FROM {table} WHERE rowid = NEW.rowid)"]
    for index in db.all(f"PRAGMA index_list({table})"):
        name, unique, partial = index[1], index[2], index[4]
        if not unique:
            continue
        keys = [r[2] for r in db.all(f"PRAGMA index_info({name})")]
        match = " AND ".join(f"{k} = NEW.{k}" for k in keys)
        if partial:
            sql = str(db.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (name,)))
            where = re.split(r"\sWHERE\s", sql, flags=re.IGNORECASE)[-1]
            conditions.append(f"(EXISTS (SELECT 1 FROM (SELECT {new_row}) WHERE {where}) AND "
                              f"EXISTS (SELECT 1 FROM {table} WHERE {match} AND ({where})))")
        else:
            conditions.append(f"EXISTS (SELECT 1 FROM {table} WHERE {match})")
    what = what.replace("'", "''")
    return (f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} WHEN "
            + "\n     OR ".join(conditions)
            + f"\nBEGIN SELECT RAISE(ABORT, '{what}: a row is never replaced (REPLACE, INSERT "
            "OR REPLACE and upserts are refused)'); END")


def _in_chain(table: LedgerTable, chain_value: Any) -> tuple[str, tuple[Any, ...]]:
    """The WHERE clause (and its parameters) that picks one chain of ``table``."""
    if table.chain_column is None:
        return "", ()
    return f" WHERE {table.chain_column} = ?", (chain_value,)


def _head(db: Database, table: LedgerTable, chain_value: Any) -> tuple[int, str]:
    where, params = _in_chain(table, chain_value)
    row = db.one(f"SELECT seq, hash FROM {table.name}{where} ORDER BY seq DESC LIMIT 1",
                 params)
    return (0, GENESIS_HASH) if row is None else (row[0], row[1])


def chain_heads(db: Database, table: LedgerTable) -> list[tuple[Any, int, int, str]]:
    """(chain value, seq, entry id, hash) of the newest entry of every chain of ``table``."""
    if table.chain_column is None:
        row = db.one(f"SELECT NULL, seq, id, hash FROM {table.name} ORDER BY seq DESC LIMIT 1")
        return [] if row is None else [tuple(row)]
    t, c = table.name, table.chain_column
    return [tuple(r) for r in db.all(
        f"SELECT {c}, seq, id, hash FROM {t} AS newest "
        f"WHERE seq = (SELECT max(seq) FROM {t} WHERE {c} = newest.{c})")]


def hash_at(db: Database, table: LedgerTable, chain_value: Any, seq: int) -> str | None:
    """The hash stored with entry number ``seq`` of a chain; None if there is none."""
    where, params = _in_chain(table, chain_value)
    where += " AND seq = ?" if where else " WHERE seq = ?"
    found = db.scalar(f"SELECT hash FROM {table.name}{where}", (*params, seq))
    return None if found is None else str(found)


def append(db: Database, table: LedgerTable, fields: Mapping[str, Any]) -> int:
    """Insert one row at the end of its chain; returns its id.

    Must run inside a transaction (BEGIN IMMEDIATE), which makes reading the
    head and inserting after it atomic.
    """
    if not db.in_transaction:
        raise RuntimeError("ledger append outside a transaction")
    chain_value = fields[table.chain_column] if table.chain_column else None
    seq, prev = _head(db, table, chain_value)
    new_id = (db.scalar(f"SELECT max(id) FROM {table.name}") or 0) + 1
    for column, value in fields.items():
        if isinstance(value, bool) or not isinstance(value, (int, str, type(None))):
            raise TypeError(f"{table.name}.{column}: ledger columns hold int, str or None")
    row = dict(fields)
    row["id"] = new_id
    row["seq"] = seq + 1
    digest = chain_hash(prev, row)
    columns = sorted(row) + ["prev_hash", "hash"]
    values = [row[c] for c in sorted(row)] + [prev, digest]
    db.execute(
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})",
        values,
    )
    return new_id


@dataclass(frozen=True)
class ChainBreak:
    table: LedgerTable
    chain_value: Any
    entry_id: int
    seq: int
    problem: str


def hashed_columns(db: Database, table: LedgerTable) -> list[str]:
    cols = [r[1] for r in db.all(f"PRAGMA table_info({table.name})")]
    return sorted(c for c in cols if c not in ("prev_hash", "hash"))


def walk_chain(db: Database, table: LedgerTable) -> Iterator[tuple[int, ChainBreak | None]]:
    """Recompute every hash of ``table`` in chain order.

    Yields (rows checked so far, break or None) every row; the caller stops
    at the first break it cares about. Order is by chain, then seq.
    """
    columns = hashed_columns(db, table)
    select = ", ".join(columns)
    order = f"{table.chain_column}, seq" if table.chain_column else "seq"
    chain_idx = columns.index(table.chain_column) if table.chain_column else None
    id_idx, seq_idx = columns.index("id"), columns.index("seq")
    row_hash = RowEncoder(columns).chain_hash
    current_chain: Any = object()
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for row in db.iterate(f"SELECT {select}, prev_hash, hash FROM {table.name} ORDER BY {order}"):
        count += 1
        values, prev, digest = row[:-2], row[-2], row[-1]
        chain_value = values[chain_idx] if chain_idx is not None else None
        if chain_value != current_chain:
            current_chain = chain_value
            expected_prev, expected_seq = GENESIS_HASH, 1
        entry_id, seq = values[id_idx], values[seq_idx]
        problem = None
        if seq != expected_seq:
            problem = f"entry number {expected_seq} of the chain is missing (found {seq} next)"
        elif prev != expected_prev:
            problem = ("its link to the previous entry does not match"
                       " (an entry was removed or changed)")
        elif row_hash(expected_prev, values) != digest:
            problem = "its content does not match its hash (the entry was altered)"
        yield count, (
            ChainBreak(table, chain_value, entry_id, seq, problem) if problem else None
        )
        expected_prev, expected_seq = digest, seq + 1
