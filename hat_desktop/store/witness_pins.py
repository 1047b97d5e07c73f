"""SQL for the personal witness PINs (hashes and their own lockout count)."""

from dataclasses import dataclass
from datetime import datetime

from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database


@dataclass(frozen=True)
class StoredPin:
    pin_hash: str
    set_at: datetime
    failed_attempts: int
    locked_until: datetime | None


def get(db: Database, user_id: int) -> StoredPin | None:
    r = db.one("SELECT * FROM witness_pins WHERE user_id = ?", (user_id,))
    if r is None:
        return None
    return StoredPin(r["pin_hash"], from_db(r["set_at"]), r["failed_attempts"],
                     from_db(r["locked_until"]) if r["locked_until"] else None)


def put(db: Database, user_id: int, pin_hash: str, *, now: datetime) -> None:
    """A new PIN, or a PIN replacing the old one (an update: rows are never replaced)."""
    if get(db, user_id) is None:
        db.execute("INSERT INTO witness_pins (user_id, pin_hash, set_at, failed_attempts, "
                   "locked_until) VALUES (?, ?, ?, 0, NULL)", (user_id, pin_hash, to_db(now)))
    else:
        db.execute("UPDATE witness_pins SET pin_hash = ?, set_at = ?, failed_attempts = 0, "
                   "locked_until = NULL WHERE user_id = ?", (pin_hash, to_db(now), user_id))


def set_failures(db: Database, user_id: int, attempts: int, locked_until: datetime | None
                 ) -> None:
    db.execute("UPDATE witness_pins SET failed_attempts = ?, locked_until = ? WHERE user_id = ?",
               (attempts, to_db(locked_until) if locked_until else None, user_id))
