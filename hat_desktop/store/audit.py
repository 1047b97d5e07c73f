"""The audit log: one hash chain of every significant action."""

import json
from collections.abc import Iterator
from datetime import datetime

from sqlcipher3 import Row

from hat_desktop.domain.audit import AuditEntry
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store import ledger
from hat_desktop.store.connection import Database

AUDIT_LOG = ledger.LedgerTable("audit_log", None, "audit log")


def record(
    db: Database,
    *,
    at: datetime,
    user_id: int | None,
    username: str | None,
    workstation: str,
    action: str,
    target: str | None = None,
    details: dict[str, object] | None = None,
) -> int:
    return ledger.append(
        db,
        AUDIT_LOG,
        {
            "at": to_db(at),
            "user_id": user_id,
            "username": username,
            "workstation": workstation,
            "action": str(action),
            "target": target,
            "details": json.dumps(details or {}, sort_keys=True, ensure_ascii=False),
        },
    )


def _entry(r: Row) -> AuditEntry:
    return AuditEntry(
        id=r["id"],
        at=from_db(r["at"]),
        user_id=r["user_id"],
        username=r["username"],
        workstation=r["workstation"],
        action=r["action"],
        target=r["target"],
        details=json.loads(r["details"]),
    )


def entries(
    db: Database,
    *,
    actions: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[AuditEntry]:
    """Newest first; ``until`` is exclusive."""
    where: list[str] = []
    params: list[object] = []
    if actions:
        where.append(f"action IN ({', '.join('?' for _ in actions)})")
        params.extend(actions)
    if since is not None:
        where.append("at >= ?")
        params.append(to_db(since))
    if until is not None:
        where.append("at < ?")
        params.append(to_db(until))
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [_entry(r) for r in db.all(sql, params)]


def iter_entries(db: Database, since: datetime, until: datetime) -> Iterator[AuditEntry]:
    """Every entry from ``since`` to ``until`` (exclusive), oldest first, streamed."""
    for id_, at, user_id, username, workstation, action, target, details in db.iterate(
            "SELECT id, at, user_id, username, workstation, action, target, details "
            "FROM audit_log WHERE at >= ? AND at < ? ORDER BY id",
            (to_db(since), to_db(until)), batch=2000):
        yield AuditEntry(id=id_, at=from_db(at), user_id=user_id, username=username,
                         workstation=workstation, action=action, target=target,
                         details=json.loads(details))


def details_for_target(db: Database, actions: list[str], target: str
                       ) -> list[tuple[datetime, dict[str, object]]]:
    """(when, details) of every audit entry of ``actions`` about ``target``, oldest first."""
    rows = db.all(
        f"SELECT at, details FROM audit_log WHERE target = ? AND action IN "
        f"({', '.join('?' for _ in actions)}) ORDER BY id", (target, *actions))
    return [(from_db(r["at"]), json.loads(r["details"])) for r in rows]


def newest_time(db: Database) -> datetime | None:
    """When the newest entry was made: the last of the audit log and of the register."""
    times = [db.scalar(f"SELECT {column} FROM {table} ORDER BY id DESC LIMIT 1")
             for table, column in (("audit_log", "at"), ("register_entries", "recorded_at"))
             if db.has_table(table)]
    found = [from_db(t) for t in times if t]
    return max(found) if found else None
