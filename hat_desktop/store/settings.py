"""Key/value settings (JSON values) and the register's write-once identity."""

import json
from datetime import datetime
from typing import Any

from hat_desktop.domain.times import to_db
from hat_desktop.store.connection import Database


def all_settings(db: Database) -> dict[str, Any]:
    return {r["key"]: json.loads(r["value"]) for r in db.all("SELECT key, value FROM settings")}


def put(db: Database, key: str, value: Any, *, now: datetime, user_id: int | None) -> None:
    """Set one setting (a change is an UPDATE, which store.seals seals: the table refuses
    upserts, like every table, so that no row is ever replaced)."""
    values = (json.dumps(value, sort_keys=True), to_db(now), user_id, key)
    if db.scalar("SELECT 1 FROM settings WHERE key = ?", (key,)):
        db.execute("UPDATE settings SET value = ?, updated_at = ?, updated_by = ? WHERE key = ?",
                   values)
    else:
        db.execute("INSERT INTO settings (value, updated_at, updated_by, key) VALUES (?, ?, ?, ?)",
                   values)


def write_meta(db: Database, values: dict[str, str]) -> None:
    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(values.items()))


def read_meta(db: Database) -> dict[str, str]:
    """The register's identity; empty for a file without one (not a HAT register)."""
    if not db.has_table("meta"):
        return {}
    return {r["key"]: r["value"] for r in db.all("SELECT key, value FROM meta")}


def register_id(db: Database) -> str | None:
    """The id of the register in ``db`` (a register or a backup copy), if it has one."""
    return read_meta(db).get("register_id")
