"""SQL for patients, their status history and photos."""

from datetime import date, datetime

from sqlcipher3 import Row

from hat_desktop.domain.missed_doses import StatusChange
from hat_desktop.domain.patients import Patient, PatientDetails, PatientStatus
from hat_desktop.domain.times import from_db, to_db
from hat_desktop.store.connection import Database

_SELECT = "SELECT p.* FROM patients p"


def _patient(r: Row) -> Patient:
    return Patient(
        id=r["id"], clinic_number=r["clinic_number"], full_name=r["full_name"],
        date_of_birth=date.fromisoformat(r["date_of_birth"]), address=r["address"],
        nhs_number=r["nhs_number"], alerts=r["alerts"], status=PatientStatus(r["status"]),
    )


def insert(db: Database, d: PatientDetails, *, now: datetime, user_id: int) -> int:
    assert d.date_of_birth is not None
    cur = db.execute(
        """INSERT INTO patients (clinic_number, full_name, date_of_birth, address, nhs_number,
               alerts, status, created_at, created_by, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)""",
        (d.clinic_number, d.full_name, d.date_of_birth.isoformat(), d.address,
         d.nhs_number or None, d.alerts, to_db(now), user_id, to_db(now), user_id),
    )
    return int(cur.lastrowid)


def update(db: Database, patient_id: int, d: PatientDetails, *, now: datetime,
           user_id: int) -> None:
    assert d.date_of_birth is not None
    db.execute(
        """UPDATE patients SET full_name = ?, date_of_birth = ?, address = ?, nhs_number = ?,
               alerts = ?, updated_at = ?, updated_by = ? WHERE id = ?""",
        (d.full_name, d.date_of_birth.isoformat(), d.address, d.nhs_number or None, d.alerts,
         to_db(now), user_id, patient_id),
    )


def set_status(db: Database, patient_id: int, status: PatientStatus, *, now: datetime,
               user_id: int, reason: str) -> None:
    db.execute("UPDATE patients SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?",
               (str(status), to_db(now), user_id, patient_id))
    db.execute(
        """INSERT INTO patient_status_changes (patient_id, status, changed_at, changed_by, reason)
           VALUES (?, ?, ?, ?, ?)""",
        (patient_id, str(status), to_db(now), user_id, reason),
    )


def by_id(db: Database, patient_id: int) -> Patient | None:
    row = db.one(f"{_SELECT} WHERE p.id = ?", (patient_id,))
    return _patient(row) if row else None


def by_clinic_number(db: Database, number: str) -> Patient | None:
    row = db.one(f"{_SELECT} WHERE p.clinic_number = ?", (number.strip().upper(),))
    return _patient(row) if row else None


def by_nhs_number(db: Database, nhs: str) -> Patient | None:
    row = db.one(f"{_SELECT} WHERE p.nhs_number = ?", (nhs,))
    return _patient(row) if row else None


def search(db: Database, text: str, *, statuses: tuple[PatientStatus, ...] | None = None,
           limit: int = 200) -> list[Patient]:
    """Patients whose clinic number or name contains ``text`` (any case)."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"%{escaped}%"
    sql = (f"{_SELECT} WHERE (p.clinic_number LIKE ? ESCAPE '\\' "
           "OR p.full_name LIKE ? ESCAPE '\\')")
    params: list[object] = [like, like]
    if statuses:
        sql += f" AND p.status IN ({', '.join('?' for _ in statuses)})"
        params.extend(str(s) for s in statuses)
    sql += " ORDER BY p.status = 'discharged', p.full_name LIMIT ?"
    params.append(limit)
    return [_patient(r) for r in db.all(sql, params)]


def all_patients(db: Database, statuses: tuple[PatientStatus, ...] | None = None
                 ) -> list[Patient]:
    return search(db, "", statuses=statuses, limit=100_000)


def status_history(db: Database, patient_ids: list[int]) -> dict[int, list[StatusChange]]:
    """Each patient's status changes, oldest first."""
    found: dict[int, list[StatusChange]] = {pid: [] for pid in patient_ids}
    if not patient_ids:
        return found
    rows = db.all(
        f"""SELECT patient_id, status, changed_at FROM patient_status_changes
            WHERE patient_id IN ({', '.join('?' for _ in patient_ids)}) ORDER BY id""",
        patient_ids,
    )
    for r in rows:
        found[r["patient_id"]].append(
            StatusChange(from_db(r["changed_at"]), PatientStatus(r["status"])))
    return found


def add_photo(db: Database, patient_id: int, image: bytes, *, now: datetime,
              user_id: int) -> None:
    db.execute("INSERT INTO patient_photos (patient_id, image, added_at, added_by) "
               "VALUES (?, ?, ?, ?)", (patient_id, image, to_db(now), user_id))


def photo(db: Database, patient_id: int) -> bytes | None:
    value = db.scalar("SELECT image FROM patient_photos WHERE patient_id = ? "
                      "ORDER BY id DESC LIMIT 1", (patient_id,))
    return bytes(value) if value is not None else None
