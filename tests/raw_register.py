"""The register's database file reached with the key in hand (from the keyring), as
someone holding the file and the key would: plain SQLCipher connections, triggers dropped,
snapshots that prove nothing was written, and a record of every statement the app runs
(Queries) that proves no query runs twice for one screen state."""

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

import keyring
import pytest
import sqlcipher3

from hat_desktop.store.connection import Database, db_path, read_info
from hat_desktop.store.keys import KEYRING_SERVICE


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


def raw_register(data_dir: Path) -> sqlcipher3.Connection:
    return raw_connect(db_path(data_dir), keyring_key(data_dir))


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
