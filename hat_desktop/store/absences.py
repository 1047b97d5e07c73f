"""SQL for absences, their returns and their withdrawals (append-only, sealed tables)."""

from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.absences import Absence, AbsenceEnd, AbsenceReason, AbsenceWithdrawal
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database

_SELECT = """SELECT a.*, e.last_day AS end_last_day, e.note AS end_note,
                    e.recorded_at AS end_recorded_at, e.recorded_by_name AS end_recorded_by_name,
                    w.note AS w_note, w.recorded_at AS w_recorded_at,
                    w.recorded_by_name AS w_recorded_by_name, w.witness_name AS w_witness_name
             FROM absences a LEFT JOIN absence_ends e ON e.absence_id = a.id
                  LEFT JOIN absence_withdrawals w ON w.absence_id = a.id"""


def _absence(r: Row) -> Absence:
    end = None
    if r["end_last_day"] is not None:
        end = AbsenceEnd(date.fromisoformat(r["end_last_day"]), r["end_note"],
                         from_db(r["end_recorded_at"]), r["end_recorded_by_name"])
    withdrawal = None
    if r["w_recorded_at"] is not None:
        withdrawal = AbsenceWithdrawal(r["w_note"], from_db(r["w_recorded_at"]),
                                       r["w_recorded_by_name"], r["w_witness_name"])
    return Absence(
        id=r["id"], patient_id=r["patient_id"], reason=AbsenceReason(r["reason"]),
        first_day=date.fromisoformat(r["first_day"]),
        planned_last_day=date.fromisoformat(r["last_day"]) if r["last_day"] else None,
        note=r["note"], recorded_at=from_db(r["recorded_at"]),
        recorded_by_name=r["recorded_by_name"], end=end, withdrawal=withdrawal)


def add(db: Database, *, patient_id: int, reason: AbsenceReason, first_day: date,
        last_day: date | None, note: str, at: datetime, by_user: int, by_name: str) -> int:
    cur = db.execute(
        """INSERT INTO absences (patient_id, reason, first_day, last_day, note, recorded_at,
               recorded_by, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, str(reason), first_day.isoformat(),
         last_day.isoformat() if last_day else None, note, to_db(at), by_user, by_name))
    return int(cur.lastrowid)


def add_end(db: Database, *, absence_id: int, last_day: date, note: str, at: datetime,
            by_user: int, by_name: str) -> None:
    db.execute(
        """INSERT INTO absence_ends (absence_id, last_day, note, recorded_at, recorded_by,
               recorded_by_name) VALUES (?, ?, ?, ?, ?, ?)""",
        (absence_id, last_day.isoformat(), note, to_db(at), by_user, by_name))


def add_withdrawal(db: Database, *, absence_id: int, note: str, at: datetime, by_user: int,
                   by_name: str, witness_id: int, witness_name: str) -> None:
    db.execute(
        """INSERT INTO absence_withdrawals (absence_id, note, recorded_at, recorded_by,
               recorded_by_name, witness_id, witness_name) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (absence_id, note, to_db(at), by_user, by_name, witness_id, witness_name))


def by_id(db: Database, absence_id: int) -> Absence | None:
    row = db.one(f"{_SELECT} WHERE a.id = ?", (absence_id,))
    return _absence(row) if row else None


def for_patients(db: Database, patient_ids: list[int]) -> dict[int, list[Absence]]:
    """Each patient's absences, oldest first."""
    found: dict[int, list[Absence]] = {pid: [] for pid in patient_ids}
    if not patient_ids:
        return found
    rows = db.all(f"{_SELECT} WHERE a.patient_id IN ({', '.join('?' for _ in patient_ids)}) "
                  "ORDER BY a.first_day, a.id", patient_ids)
    for r in rows:
        found[r["patient_id"]].append(_absence(r))
    return found


def dose_days(db: Database, patient_id: int, first: date, last: date) -> list[date]:
    """The days from ``first`` to ``last`` on which the patient was given a dose."""
    return [date.fromisoformat(d) for (d,) in db.all(
        "SELECT DISTINCT day FROM attendance_events WHERE patient_id = ? AND kind = 'dosed' "
        "AND day BETWEEN ? AND ? ORDER BY day", (patient_id, first.isoformat(),
                                                  last.isoformat()))]
