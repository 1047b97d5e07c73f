"""SQL for the partner-agency contact log."""

from datetime import date, datetime, time

from sqlcipher3 import Row

from hat_desktop.domain.agency_contacts import AgencyKind, Contact, ContactAction, ContactInput
from hat_desktop.domain.times import to_db
from hat_desktop.store.connection import Database


def insert(db: Database, patient_id: int, contact: ContactInput, *, now: datetime,
           user_id: int, user_name: str) -> int:
    assert contact.agency is not None and contact.action is not None
    assert contact.day is not None
    cur = db.execute(
        """INSERT INTO agency_contacts (patient_id, agency, action, contact_day, at_time,
               at_clinic, note, recorded_at, recorded_by, recorded_by_name)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (patient_id, str(contact.agency), str(contact.action), contact.day.isoformat(),
         contact.at.strftime("%H:%M") if contact.at is not None else None,
         int(contact.at_clinic), contact.note, to_db(now), user_id, user_name))
    return int(cur.lastrowid)


def _contact(r: Row) -> Contact:
    return Contact(
        id=r["id"], patient_id=r["patient_id"], agency=AgencyKind(r["agency"]),
        action=ContactAction(r["action"]), day=date.fromisoformat(r["contact_day"]),
        at=time.fromisoformat(r["at_time"]) if r["at_time"] else None,
        at_clinic=bool(r["at_clinic"]), note=r["note"], recorded_by_name=r["recorded_by_name"])


def contacts(db: Database, *, patient_ids: list[int] | None = None,
             first: date | None = None, last: date | None = None) -> list[Contact]:
    """Contacts, oldest first, of the given patients (every patient's when None) dated from
    ``first`` to ``last`` (either end open when None)."""
    where: list[str] = ["1 = 1"]
    params: list[int | str] = []
    if patient_ids is not None:
        if not patient_ids:
            return []
        where.append(f"patient_id IN ({', '.join('?' for _ in patient_ids)})")
        params += patient_ids
    if first is not None:
        where.append("contact_day >= ?")
        params.append(first.isoformat())
    if last is not None:
        where.append("contact_day <= ?")
        params.append(last.isoformat())
    return [_contact(r) for r in db.all(
        f"SELECT * FROM agency_contacts WHERE {' AND '.join(where)} "
        "ORDER BY contact_day, id", params)]
