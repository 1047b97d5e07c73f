"""The register's database file reached with the key in hand (from the keyring), as
someone holding the file and the key would: plain SQLCipher connections, triggers dropped,
snapshots that prove nothing was written, and a record of every statement the app runs
(Queries) that proves no query runs twice for one screen state."""

import hashlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import pytest
import sqlcipher3

from hat_desktop.domain.ledger import GENESIS_HASH, RowEncoder, row_digest
from hat_desktop.store.connection import Database, db_path, read_info
from hat_desktop.store.keys import KEYRING_SERVICE
from hat_desktop.store.seals import SEALED


def register_id(data_dir: Path) -> str:
    return read_info(data_dir).register_id


def keyring_key(data_dir: Path) -> str:
    key = keyring.get_password(KEYRING_SERVICE, register_id(data_dir))
    assert key is not None, "the register's key is not in the keyring"
    return key


def raw_connect(path: Path, key: str) -> sqlcipher3.Connection:
    """A plain SQLCipher connection (no triggers disabled, no app code): what someone
    with the file and the key would use."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


@contextmanager
def raw_register(data_dir: Path, *, put_triggers_back: bool = True
                 ) -> Iterator[sqlcipher3.Connection]:
    """The register's file opened with the key from the keyring. On leaving, every trigger
    dropped meanwhile is put back as it was — a key holder covering their tracks, so that
    only the rows changed are left to show (verify names a missing trigger too: see
    test_tamper) — unless ``put_triggers_back`` is False."""
    conn = raw_connect(db_path(data_dir), keyring_key(data_dir))
    triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    try:
        yield conn
        if put_triggers_back:
            now = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            for name, sql in triggers.items():
                if name not in now:
                    conn.execute(sql)
    finally:
        conn.close()


def drop_triggers(conn: sqlcipher3.Connection, table: str) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    return names


def table_names(conn: Any) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()]


def snapshot(conn: Any) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of every row: equal snapshots mean nothing was
    written. ``conn`` is a Database or a sqlcipher3 connection."""
    result = {}
    for name in table_names(conn):
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall():
            digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
            count += 1
        result[name] = (count, digest.hexdigest())
    return result


def schema(conn: Any) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in conn.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()]


def changed_tables(before: dict[str, tuple[int, str]], after: dict[str, tuple[int, str]]
                   ) -> list[str]:
    return sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))


class Queries:
    """Every statement the register runs, with its parameters."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[tuple[str, tuple[object, ...]]] = []
        for name in ("execute", "one", "all", "scalar"):
            monkeypatch.setattr(db, name, self._counted(getattr(db, name)))

    def _counted(self, method):  # type: ignore[no-untyped-def]
        def run(sql: str, params=(), *args, **kw):  # type: ignore[no-untyped-def]
            self.seen.append((" ".join(sql.split()), tuple(params)))
            return method(sql, params, *args, **kw)
        return run

    def repeated(self) -> list[str]:
        return [f"{n}x {sql[:90]} {params}" for (sql, params), n in Counter(self.seen).items()
                if n > 1]


def rewrite_chain(conn: sqlcipher3.Connection, table: str, from_seq: int = 1) -> int:
    """Recompute prev_hash and hash of every entry of a one-chain ledger table (the audit
    log, the seals) from ``from_seq`` on, as a key holder covering their tracks would:
    the file then verifies. Returns the entries rewritten. Triggers must be dropped."""
    columns = sorted(r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                     if r[1] not in ("prev_hash", "hash"))
    encoder = RowEncoder(columns)
    prev = conn.execute(f"SELECT hash FROM {table} WHERE seq = ?", (from_seq - 1,)).fetchone()
    previous = prev[0] if prev else GENESIS_HASH
    rows = conn.execute(f"SELECT {', '.join(columns)}, id FROM {table} WHERE seq >= ? "
                        "ORDER BY seq", (from_seq,)).fetchall()
    for row in rows:
        digest = encoder.chain_hash(previous, tuple(row)[:-1])
        conn.execute(f"UPDATE {table} SET prev_hash = ?, hash = ? WHERE id = ?",
                     (previous, digest, row[-1]))
        previous = digest
    return len(rows)


def reseal(conn: sqlcipher3.Connection, table: str, rowid: int) -> int:
    """Give the newest seal of a row the hash of the row as it now stands (store.seals'
    own digest) and rewrite the chain of seals from there on; returns that seal's seq."""
    columns = sorted(r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                     if r[1] not in SEALED[table].unsealed)
    values = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE rowid = ?",
                          (rowid,)).fetchone()
    seq = conn.execute("SELECT max(seq) FROM record_seals WHERE table_name = ? AND row_id = ?",
                       (table, rowid)).fetchone()[0]
    drop_triggers(conn, "record_seals")
    conn.execute("UPDATE record_seals SET row_hash = ? WHERE seq = ?",
                 (row_digest(columns, tuple(values)), seq))
    rewrite_chain(conn, "record_seals", seq)
    return int(seq)
