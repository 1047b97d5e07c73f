"""SQL for attendance events (check-in, dose, withholding, release) and hold reviews."""

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlcipher3 import Row

from hat_desktop.domain.attendance import (
    AttendanceEvent,
    EventKind,
    HoldDecision,
    HoldReview,
    WithholdingCorrection,
)
from hat_desktop.domain.missed_doses import Outcome, OutcomeKind
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database

_SELECT = """SELECT e.*, (SELECT group_concat(entry_id) FROM attendance_entries ae
                         WHERE ae.event_id = e.id) AS entry_ids
             FROM attendance_events e"""


def _event(r: Row) -> AttendanceEvent:
    ids = tuple(int(x) for x in r["entry_ids"].split(",")) if r["entry_ids"] else ()
    return AttendanceEvent(
        id=r["id"], patient_id=r["patient_id"], day=date.fromisoformat(r["day"]),
        session=r["session"], kind=EventKind(r["kind"]), at=from_db(r["at"]),
        by_user=r["by_user"], witness_id=r["witness_id"], prescription_id=r["prescription_id"],
        mg_administered=r["mg_administered"], mg_wasted=r["mg_wasted"],
        details=json.loads(r["details"]), entry_ids=tuple(sorted(ids)),
        top_up_line=r["top_up_line"],
    )


def add_event(
    db: Database, *, patient_id: int, day: date, session: int, kind: EventKind, at: datetime,
    by_user: int, witness_id: int | None = None, prescription_id: int | None = None,
    mg_administered: int | None = None, mg_wasted: int | None = None,
    details: dict[str, Any] | None = None, entry_ids: tuple[int, ...] = (),
    top_up_line: int | None = None,
) -> int:
    cur = db.execute(
        """INSERT INTO attendance_events (patient_id, day, session, kind, at, by_user,
               witness_id, prescription_id, mg_administered, mg_wasted, details, top_up_line)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, day.isoformat(), session, str(kind), to_db(at), by_user, witness_id,
         prescription_id, mg_administered, mg_wasted,
         json.dumps(details or {}, sort_keys=True, ensure_ascii=False), top_up_line),
    )
    event_id = int(cur.lastrowid)
    db.executemany("INSERT INTO attendance_entries (event_id, entry_id) VALUES (?, ?)",
                   [(event_id, e) for e in entry_ids])
    return event_id


def events_between(db: Database, first: date, last: date,
                   patient_ids: list[int] | None = None) -> list[AttendanceEvent]:
    sql = f"{_SELECT} WHERE e.day BETWEEN ? AND ?"
    params: list[object] = [first.isoformat(), last.isoformat()]
    if patient_ids is not None:
        if not patient_ids:
            return []
        sql += f" AND e.patient_id IN ({', '.join('?' for _ in patient_ids)})"
        params.extend(patient_ids)
    return [_event(r) for r in db.all(sql + " ORDER BY e.id", params)]


def event_by_id(db: Database, event_id: int) -> AttendanceEvent | None:
    row = db.one(f"{_SELECT} WHERE e.id = ?", (event_id,))
    return _event(row) if row else None


_OUTCOME_KINDS = {k.value: k for k in OutcomeKind}  # as OutcomeKind(text), faster


def outcomes(db: Database, patient_ids: list[int], first: date, last: date
             ) -> dict[int, dict[tuple[date, int], Outcome]]:
    """Doses and withholdings per patient, keyed by (day, session); a session's top-ups
    add their mg to its dose."""
    found: dict[int, dict[tuple[date, int], Outcome]] = {pid: {} for pid in patient_ids}
    if not patient_ids:
        return found
    # One patient: their rows by the patient index. Several (the board, a report over
    # years): by the day index, whose rows lie together in the file; the patient index
    # would visit each page once per patient (3-4 times slower over a two-year history).
    patient = "patient_id" if len(patient_ids) == 1 else "+patient_id"
    rows = db.all(
        f"""SELECT patient_id, day, session, kind, at, coalesce(mg_administered, 0)
            FROM attendance_events e WHERE kind IN ('dosed', 'withheld') AND day BETWEEN ? AND ?
            AND NOT EXISTS (SELECT 1 FROM withholding_corrections c WHERE c.event_id = e.id)
            AND {patient} IN ({', '.join('?' for _ in patient_ids)}) ORDER BY e.id""",
        [first.isoformat(), last.isoformat(), *patient_ids],
    )
    days: dict[str, date] = {}  # each day's text read once (a day has many rows)
    for pid, day, session, kind, at, mg in rows:
        d = days.get(day) or days.setdefault(day, date.fromisoformat(day))
        mine = found[pid]
        before = mine.get((d, session))
        if before is not None and before.kind is OutcomeKind.DOSED and kind == "dosed":
            mine[(d, session)] = replace(before, mg=before.mg + mg)  # a top-up
            continue
        mine[(d, session)] = Outcome(d, session, _OUTCOME_KINDS[kind], from_db(at), mg)
    return found


def last_dose_days(db: Database, patient_ids: list[int], *, on_or_before: date
                   ) -> dict[int, date]:
    """Each patient's last day with a dose: one indexed look-up per patient."""
    found = {}
    for pid in patient_ids:
        day = db.scalar(
            "SELECT day FROM attendance_events WHERE patient_id = ? AND kind = 'dosed' "
            "AND day <= ? ORDER BY day DESC LIMIT 1", (pid, on_or_before.isoformat()))
        if day is not None:
            found[pid] = date.fromisoformat(day)
    return found


def recent_doses(db: Database, patient_id: int, limit: int = 3) -> list[AttendanceEvent]:
    rows = db.all(f"{_SELECT} WHERE e.patient_id = ? AND e.kind = 'dosed' "
                  "ORDER BY e.day DESC, e.at DESC LIMIT ?", (patient_id, limit))
    return [_event(r) for r in rows]


# --- corrections of withholdings recorded in error ------------------------------------------
def add_withholding_correction(db: Database, *, event_id: int, note: str, at: datetime,
                               by_user: int, by_name: str, witness_id: int,
                               witness_name: str) -> int:
    cur = db.execute(
        """INSERT INTO withholding_corrections (event_id, note, recorded_at, recorded_by,
               recorded_by_name, witness_id, witness_name) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (event_id, note, to_db(at), by_user, by_name, witness_id, witness_name))
    return int(cur.lastrowid)


def withholding_corrections(db: Database, event_ids: list[int]
                            ) -> dict[int, WithholdingCorrection]:
    """The correction of each of these withholdings that has one, by event id."""
    if not event_ids:
        return {}
    rows = db.all(
        f"""SELECT id, event_id, note, recorded_at, recorded_by, recorded_by_name, witness_name
            FROM withholding_corrections
            WHERE event_id IN ({', '.join('?' for _ in event_ids)})""", event_ids)
    return {int(r[1]): WithholdingCorrection(int(r[0]), int(r[1]), str(r[2]), from_db(r[3]),
                                             int(r[4]), str(r[5]), str(r[6])) for r in rows}


# --- hold reviews --------------------------------------------------------------------
def _review(r: Row) -> HoldReview:
    return HoldReview(
        id=r["id"], patient_id=r["patient_id"], held_from=from_db(r["held_from"]),
        reviewed_at=from_db(r["reviewed_at"]), reviewer_id=r["reviewer_id"],
        reviewer_name=r["reviewer_name"], decision=HoldDecision(r["decision"]),
        notes=r["notes"], prescription_id=r["prescription_id"],
    )


def add_review(db: Database, *, patient_id: int, held_from: datetime, reviewed_at: datetime,
               reviewer_id: int, reviewer_name: str, decision: HoldDecision, notes: str,
               prescription_id: int | None) -> int:
    cur = db.execute(
        """INSERT INTO hold_reviews (patient_id, held_from, reviewed_at, reviewer_id,
               reviewer_name, decision, notes, prescription_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, to_db(held_from), to_db(reviewed_at), reviewer_id, reviewer_name,
         str(decision), notes, prescription_id),
    )
    return int(cur.lastrowid)


def reviews(db: Database, patient_ids: list[int]) -> dict[int, list[HoldReview]]:
    found: dict[int, list[HoldReview]] = {pid: [] for pid in patient_ids}
    if not patient_ids:
        return found
    rows = db.all(f"SELECT * FROM hold_reviews WHERE patient_id IN "
                  f"({', '.join('?' for _ in patient_ids)}) ORDER BY reviewed_at",
                  patient_ids)
    for r in rows:
        found[r["patient_id"]].append(_review(r))
    return found
