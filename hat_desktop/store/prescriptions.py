"""SQL for prescription versions and their lines."""

import json
from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.prescriptions import (
    Prescription,
    PrescriptionInput,
    PrescriptionLine,
    Route,
)
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database


def _line(r: Row) -> PrescriptionLine:
    return PrescriptionLine(
        position=r["position"], drug=r["drug"],
        section_ids=tuple(int(x) for x in json.loads(r["section_ids"])),
        route=Route(r["route"]),
        doses=tuple((int(s), int(mg)) for s, mg in json.loads(r["doses"])),
        take_home=bool(r["take_home"]), max_per_injection_mg=r["max_per_injection_mg"],
        groin_allowed=bool(r["groin_allowed"]), daily_max_mg=r["daily_max_mg"])


def _lines(db: Database, where: str, params: list[object]
           ) -> dict[int, tuple[PrescriptionLine, ...]]:
    found: dict[int, list[PrescriptionLine]] = {}
    for r in db.all(f"""SELECT l.* FROM prescription_lines l
                        JOIN prescriptions p ON p.id = l.prescription_id
                        WHERE {where} ORDER BY l.prescription_id, l.position""", params):
        found.setdefault(r["prescription_id"], []).append(_line(r))
    return {k: tuple(v) for k, v in found.items()}


def insert_lines(db: Database, rx_id: int, lines: tuple[PrescriptionLine, ...]) -> None:
    db.executemany(
        """INSERT INTO prescription_lines (prescription_id, position, drug, section_ids, route,
               doses, take_home, max_per_injection_mg, groin_allowed, daily_max_mg)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(rx_id, ln.position, ln.drug, json.dumps(list(ln.section_ids)), ln.route.value,
          json.dumps([list(d) for d in ln.doses]), int(ln.take_home), ln.max_per_injection_mg,
          int(ln.groin_allowed), ln.daily_max_mg) for ln in lines])


def _rx(r: Row, sections: tuple[int, ...], lines: tuple[PrescriptionLine, ...] = ()
        ) -> Prescription:
    return Prescription(
        id=r["id"], patient_id=r["patient_id"], version=r["version"], drug=r["drug"],
        dose_mg=r["dose_mg"], sessions=frozenset(json.loads(r["sessions"])),
        daily_max_mg=r["daily_max_mg"], start_date=date.fromisoformat(r["start_date"]),
        end_date=date.fromisoformat(r["end_date"]), prescriber_id=r["prescriber_id"],
        prescriber_name=r["prescriber_name"], prescriber_licence=r["prescriber_licence"],
        section_ids=sections, notes=r["notes"], change_reason=r["change_reason"],
        created_at=from_db(r["created_at"]), lines=lines,
    )


def insert(db: Database, patient_id: int, rx: PrescriptionInput, *, drug: str,
           prescriber_id: int, prescriber_name: str, prescriber_licence: str,
           now: datetime, lines: tuple[PrescriptionLine, ...]) -> int:
    """A version and its lines; ``drug``, ``rx.dose_mg`` and ``rx.sessions`` are the first
    line's drug, its largest dose and every line's sessions (what readers of the version
    before lines existed read)."""
    assert rx.start_date is not None and rx.end_date is not None
    version = int(db.scalar("SELECT coalesce(max(version), 0) + 1 FROM prescriptions "
                            "WHERE patient_id = ?", (patient_id,)))
    cur = db.execute(
        """INSERT INTO prescriptions (patient_id, version, drug, dose_mg, sessions, daily_max_mg,
               start_date, end_date, prescriber_id, prescriber_name, prescriber_licence, notes,
               change_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, version, drug, rx.dose_mg, json.dumps(sorted(rx.sessions)),
         rx.daily_max_mg, rx.start_date.isoformat(), rx.end_date.isoformat(), prescriber_id,
         prescriber_name, prescriber_licence, rx.notes, rx.change_reason or None, to_db(now)),
    )
    rx_id = int(cur.lastrowid)
    db.executemany(
        "INSERT INTO prescription_sections (prescription_id, section_id, position) "
        "VALUES (?, ?, ?)",
        [(rx_id, section_id, i) for i, section_id in enumerate(rx.section_ids)],
    )
    insert_lines(db, rx_id, lines)
    return rx_id


def versions(db: Database, patient_ids: list[int]) -> dict[int, list[Prescription]]:
    """Every version of each patient's prescriptions, oldest first."""
    found: dict[int, list[Prescription]] = {pid: [] for pid in patient_ids}
    if not patient_ids:
        return found
    marks = ", ".join("?" for _ in patient_ids)
    sections: dict[int, list[int]] = {}
    for r in db.all(
        f"""SELECT ps.prescription_id, ps.section_id FROM prescription_sections ps
            JOIN prescriptions p ON p.id = ps.prescription_id
            WHERE p.patient_id IN ({marks}) ORDER BY ps.prescription_id, ps.position""",
        patient_ids,
    ):
        sections.setdefault(r[0], []).append(r[1])
    lines = _lines(db, f"p.patient_id IN ({marks})", list(patient_ids))
    for r in db.all(f"SELECT * FROM prescriptions WHERE patient_id IN ({marks}) "
                    "ORDER BY patient_id, version", patient_ids):
        found[r["patient_id"]].append(_rx(r, tuple(sections.get(r["id"], [])),
                                          lines.get(r["id"], ())))
    return found


def by_id(db: Database, rx_id: int) -> Prescription | None:
    row = db.one("SELECT * FROM prescriptions WHERE id = ?", (rx_id,))
    if row is None:
        return None
    sections = tuple(r[0] for r in db.all(
        "SELECT section_id FROM prescription_sections WHERE prescription_id = ? "
        "ORDER BY position", (rx_id,)))
    return _rx(row, sections, _lines(db, "p.id = ?", [rx_id]).get(rx_id, ()))
