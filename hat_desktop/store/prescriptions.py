"""SQL for prescription versions."""

import json
from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.prescriptions import Prescription, PrescriptionInput
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database


def _rx(r: Row, sections: tuple[int, ...]) -> Prescription:
    return Prescription(
        id=r["id"], patient_id=r["patient_id"], version=r["version"], drug=r["drug"],
        dose_mg=r["dose_mg"], sessions=frozenset(json.loads(r["sessions"])),
        daily_max_mg=r["daily_max_mg"], start_date=date.fromisoformat(r["start_date"]),
        end_date=date.fromisoformat(r["end_date"]), prescriber_id=r["prescriber_id"],
        prescriber_name=r["prescriber_name"], prescriber_licence=r["prescriber_licence"],
        section_ids=sections, notes=r["notes"], change_reason=r["change_reason"],
        created_at=from_db(r["created_at"]),
    )


def insert(db: Database, patient_id: int, rx: PrescriptionInput, *, drug: str,
           prescriber_id: int, prescriber_name: str, prescriber_licence: str,
           now: datetime) -> int:
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
    for r in db.all(f"SELECT * FROM prescriptions WHERE patient_id IN ({marks}) "
                    "ORDER BY patient_id, version", patient_ids):
        found[r["patient_id"]].append(_rx(r, tuple(sections.get(r["id"], []))))
    return found


def by_id(db: Database, rx_id: int) -> Prescription | None:
    row = db.one("SELECT * FROM prescriptions WHERE id = ?", (rx_id,))
    if row is None:
        return None
    sections = tuple(r[0] for r in db.all(
        "SELECT section_id FROM prescription_sections WHERE prescription_id = ? "
        "ORDER BY position", (rx_id,)))
    return _rx(row, sections)
