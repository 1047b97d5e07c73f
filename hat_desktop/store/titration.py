"""SQL for titration plan versions."""

import json
from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.times import from_db, to_db
from hat_desktop.domain.titration import StepUnit, TitrationInput, TitrationPlan
from hat_desktop.store.connection import Database


def _plan(r: Row) -> TitrationPlan:
    return TitrationPlan(
        id=r["id"], patient_id=r["patient_id"], version=r["version"],
        section_id=r["section_id"], start_date=date.fromisoformat(r["start_date"]),
        sessions=tuple(json.loads(r["sessions"])),
        doses=tuple(tuple(day) for day in json.loads(r["doses"])),
        start_mg=r["start_mg"], step_mg=r["step_mg"], step_unit=StepUnit(r["step_unit"]),
        target_mg=r["target_mg"], ceiling_mg=r["ceiling_mg"], top_up_mg=r["top_up_mg"],
        min_hours_between=r["min_hours_between"], notes=r["notes"],
        change_reason=r["change_reason"], stopped=bool(r["stopped"]),
        prescriber_id=r["prescriber_id"], prescriber_name=r["prescriber_name"],
        created_at=from_db(r["created_at"]), hold_review_id=r["hold_review_id"])


def insert(db: Database, patient_id: int, plan: TitrationInput, *,
           sessions: tuple[int, ...], doses: tuple[tuple[int, ...], ...], stopped: bool,
           prescriber_id: int, prescriber_name: str, now: datetime,
           hold_review_id: int | None = None) -> int:
    assert plan.start_date is not None and plan.section_id is not None
    version = int(db.scalar("SELECT coalesce(max(version), 0) + 1 FROM titration_plans "
                            "WHERE patient_id = ?", (patient_id,)))
    cur = db.execute(
        """INSERT INTO titration_plans (patient_id, version, section_id, start_date, sessions,
               doses, start_mg, step_mg, step_unit, target_mg, ceiling_mg, top_up_mg,
               min_hours_between, notes, change_reason, stopped, prescriber_id,
               prescriber_name, created_at, hold_review_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, version, plan.section_id, plan.start_date.isoformat(),
         json.dumps(list(sessions)), json.dumps([list(d) for d in doses]), plan.start_mg,
         plan.step_mg, str(plan.step_unit), plan.target_mg, plan.ceiling_mg, plan.top_up_mg,
         plan.min_hours_between, plan.notes, plan.change_reason, int(stopped), prescriber_id,
         prescriber_name, to_db(now), hold_review_id))
    return int(cur.lastrowid)


def versions(db: Database, patient_ids: list[int]) -> dict[int, list[TitrationPlan]]:
    """Every version of each patient's titration plans, oldest first."""
    found: dict[int, list[TitrationPlan]] = {pid: [] for pid in patient_ids}
    if not patient_ids:
        return found
    rows = db.all(f"SELECT * FROM titration_plans WHERE patient_id IN "
                  f"({', '.join('?' for _ in patient_ids)}) ORDER BY patient_id, version",
                  patient_ids)
    for r in rows:
        found[r["patient_id"]].append(_plan(r))
    return found
