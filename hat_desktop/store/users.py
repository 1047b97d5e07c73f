"""User accounts table."""

from datetime import datetime
from typing import Any

from sqlcipher3 import Row

from hat_desktop.domain.accounts import User
from hat_desktop.domain.roles import Role
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database

_EDITABLE = {
    "full_name",
    "role",
    "active",
    "home_office_licence",
    "professional_registration",
    "gphc_number",
    "address",
}


def _user(r: Row) -> User:
    return User(
        id=r["id"],
        username=r["username"],
        full_name=r["full_name"],
        role=Role(r["role"]),
        active=bool(r["active"]),
        home_office_licence=r["home_office_licence"],
        professional_registration=r["professional_registration"],
        gphc_number=r["gphc_number"],
        address=r["address"],
        failed_attempts=r["failed_attempts"],
        locked_until=from_db(r["locked_until"]) if r["locked_until"] else None,
    )


def insert(
    db: Database,
    *,
    username: str,
    full_name: str,
    role: Role,
    password_hash: str,
    now: datetime,
    home_office_licence: str | None = None,
    professional_registration: str | None = None,
    gphc_number: str | None = None,
    address: str | None = None,
) -> int:
    cur = db.execute(
        """INSERT INTO users (username, full_name, role, password_hash, home_office_licence,
               professional_registration, gphc_number, address, created_at,
               password_changed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            username,
            full_name,
            str(role),
            password_hash,
            home_office_licence,
            professional_registration,
            gphc_number,
            address,
            to_db(now),
            to_db(now),
        ),
    )
    return int(cur.lastrowid)


def by_id(db: Database, user_id: int) -> User | None:
    row = db.one("SELECT * FROM users WHERE id = ?", (user_id,))
    return _user(row) if row else None


def by_username(db: Database, username: str) -> User | None:
    row = db.one("SELECT * FROM users WHERE username = ?", (username,))
    return _user(row) if row else None


def password_hash(db: Database, user_id: int) -> str:
    return str(db.scalar("SELECT password_hash FROM users WHERE id = ?", (user_id,)))


def all_users(db: Database) -> list[User]:
    return [_user(r) for r in db.all("SELECT * FROM users ORDER BY active DESC, username")]


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM users"))


def update(db: Database, user_id: int, **fields: Any) -> None:
    unknown = set(fields) - _EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if not fields:
        return
    values = [str(v) if isinstance(v, Role) else v for v in fields.values()]
    values = [int(v) if isinstance(v, bool) else v for v in values]
    sets = ", ".join(f"{name} = ?" for name in fields)
    db.execute(f"UPDATE users SET {sets} WHERE id = ?", (*values, user_id))


def set_password_hash(db: Database, user_id: int, password_hash: str, now: datetime) -> None:
    db.execute(
        "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
        (password_hash, to_db(now), user_id),
    )


def set_failures(
    db: Database, user_id: int, failed_attempts: int, locked_until: datetime | None
) -> None:
    db.execute(
        "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
        (failed_attempts, to_db(locked_until) if locked_until else None, user_id),
    )
