"""SQL for drug screens, their per-substance results and the screen schedules."""

from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.drug_screens import (
    Frequency,
    Sample,
    Screen,
    ScreenInput,
    ScreenKind,
    ScreenOutcome,
    ScreenSchedule,
    SubstanceResult,
)
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database


def insert_screen(db: Database, patient_id: int, screen: ScreenInput, day: date, *,
                  now: datetime, user_id: int, user_name: str) -> int:
    assert screen.taken_at is not None
    cur = db.execute(
        """INSERT INTO drug_screens (patient_id, taken_at, taken_day, sample, kind, supervised,
               outcome, note, recorded_at, recorded_by, recorded_by_name)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, to_db(screen.taken_at), day.isoformat(), str(screen.sample),
         str(screen.kind), int(screen.supervised), str(screen.outcome), screen.note,
         to_db(now), user_id, user_name))
    screen_id = int(cur.lastrowid)
    db.executemany(
        "INSERT INTO drug_screen_results (screen_id, position, substance, result) "
        "VALUES (?, ?, ?, ?)",
        [(screen_id, n, name, str(result)) for n, (name, result) in enumerate(screen.results)])
    return screen_id


def _screen(r: Row, results: list[tuple[str, SubstanceResult]]) -> Screen:
    return Screen(
        id=r["id"], patient_id=r["patient_id"], taken_at=from_db(r["taken_at"]),
        day=date.fromisoformat(r["taken_day"]), sample=Sample(r["sample"]),
        kind=ScreenKind(r["kind"]), supervised=bool(r["supervised"]),
        outcome=ScreenOutcome(r["outcome"]), results=tuple(results), note=r["note"],
        recorded_by_name=r["recorded_by_name"])


def screens(db: Database, *, patient_ids: list[int] | None = None,
            first: date | None = None, last: date | None = None) -> list[Screen]:
    """Screens, oldest first, of the given patients (every patient's when None) taken on
    clinic days from ``first`` to ``last`` (either end open when None)."""
    where: list[str] = ["1 = 1"]
    params: list[int | str] = []
    if patient_ids is not None:
        if not patient_ids:
            return []
        where.append(f"s.patient_id IN ({', '.join('?' for _ in patient_ids)})")
        params += patient_ids
    if first is not None:
        where.append("s.taken_day >= ?")
        params.append(first.isoformat())
    if last is not None:
        where.append("s.taken_day <= ?")
        params.append(last.isoformat())
    condition = " AND ".join(where)
    results: dict[int, list[tuple[str, SubstanceResult]]] = {}
    for r in db.iterate(
            f"""SELECT x.screen_id, x.substance, x.result FROM drug_screen_results x
                JOIN drug_screens s ON s.id = x.screen_id WHERE {condition}
                ORDER BY x.screen_id, x.position""", params):
        results.setdefault(r[0], []).append((r[1], SubstanceResult(r[2])))
    return [_screen(r, results.get(r["id"], []))
            for r in db.all(f"SELECT s.* FROM drug_screens s WHERE {condition} "
                            "ORDER BY s.taken_at, s.id", params)]


def insert_schedule(db: Database, patient_id: int, schedule: ScreenSchedule, *,
                    now: datetime, user_id: int, user_name: str) -> int:
    cur = db.execute(
        """INSERT INTO screen_schedules (patient_id, frequency, weekday, starts_on, set_at,
               set_by, set_by_name) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, str(schedule.frequency), schedule.weekday,
         schedule.starts_on.isoformat(), to_db(now), user_id, user_name))
    return int(cur.lastrowid)


def schedules(db: Database, patient_ids: list[int]) -> dict[int, ScreenSchedule | None]:
    """Each patient's newest schedule (None: never scheduled, or scheduled 'none')."""
    found: dict[int, ScreenSchedule | None] = {pid: None for pid in patient_ids}
    if not patient_ids:
        return found
    marks = ", ".join("?" for _ in patient_ids)
    for r in db.all(f"""SELECT * FROM screen_schedules WHERE id IN (
                           SELECT max(id) FROM screen_schedules WHERE patient_id IN ({marks})
                           GROUP BY patient_id)""", list(patient_ids)):
        frequency = Frequency(r["frequency"])
        found[r["patient_id"]] = None if frequency is Frequency.NONE else ScreenSchedule(
            frequency, r["weekday"], date.fromisoformat(r["starts_on"]))
    return found
