"""SQL for session schedules and closure days."""

from datetime import date, datetime

from hat_desktop.domain.sessions import Schedule, Window, windows_from_json, windows_to_json
from hat_desktop.domain.times import to_db
from hat_desktop.store.connection import Database


def schedules(db: Database) -> tuple[Schedule, ...]:
    rows = db.all("SELECT effective_from, windows FROM session_schedules "
                  "ORDER BY effective_from, id")
    return tuple(Schedule(date.fromisoformat(r[0]), windows_from_json(r[1])) for r in rows)


def add_schedule(db: Database, effective_from: date, windows: tuple[Window, ...], *,
                 now: datetime, user_id: int) -> None:
    db.execute("INSERT INTO session_schedules (effective_from, windows, created_at, created_by) "
               "VALUES (?, ?, ?, ?)",
               (effective_from.isoformat(), windows_to_json(windows), to_db(now), user_id))


def closures(db: Database) -> dict[date, str]:
    return {date.fromisoformat(r[0]): r[1]
            for r in db.all("SELECT day, reason FROM closure_days ORDER BY day")}


def add_closure(db: Database, day: date, reason: str, *, now: datetime, user_id: int) -> None:
    db.execute("INSERT INTO closure_days (day, reason, created_at, created_by) "
               "VALUES (?, ?, ?, ?)", (day.isoformat(), reason, to_db(now), user_id))


def remove_closure(db: Database, day: date) -> None:
    db.execute("DELETE FROM closure_days WHERE day = ?", (day.isoformat(),))
