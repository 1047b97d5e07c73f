"""Every clinical record is tamper-evident (issue 13, item 2), and no row is ever replaced.

The attack suite: a register with a row in every table (a small demo clinic, plus a photo,
a patient status change and a closure day), reached with the key as someone holding the
file and the keyring would (tests/raw_register.py):

- with the triggers in place, every way of replacing or removing a row — UPDATE, DELETE,
  REPLACE, INSERT OR REPLACE, an upsert — is refused on every append-only table, and
  REPLACE / upserts on every table, and nothing is written;
- with the triggers dropped, the edit made on every sealed table (UPDATE, REPLACE,
  delete-and-reinsert, delete) is named by verify: table and row.
"""

from pathlib import Path

import pytest
import sqlcipher3

from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.roles import Role
from hat_desktop.services import auth, users
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import absences as absence_store
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import patients as patients_store
from hat_desktop.store import reconciliation as recon_store
from hat_desktop.store import sessions as sessions_store
from hat_desktop.store import witness_pins as pin_store
from hat_desktop.store.seals import CHAINED, SEALED
from hat_desktop.store.verify import verify
from tests.command_line import run_cli
from tests.demo_template import DEMO_NOW, DemoTemplate
from tests.raw_register import (
    drop_triggers,
    raw_register,
    schema,
    snapshot,
    table_names,
)
from tests.world import copy_register

NOW = DEMO_NOW

# An edit someone with the key might make to each table: (which row, column, new value).
EDITS: dict[str, tuple[str, str, str]] = {
    "meta": ("key = 'created_at'", "value", "'2020-01-01T00:00:00+00:00'"),
    "users": ("role = 'nurse'", "role", "'manager'"),  # a nurse made manager
    "settings": ("key = 'clinic_name'", "value", "'\"Another clinic\"'"),
    "register_sections": ("1", "strength", "strength || ' (edited)'"),
    "closed_days": ("1", "closed_at", "'2020-01-01T00:00:00.000000+00:00'"),
    "patients": ("1", "address", "'10 Other Street'"),
    "patient_status_changes": ("1", "reason", "reason || ' (edited)'"),
    "patient_photos": ("1", "image", "X'FFD8FF00'"),
    "session_schedules": ("1", "windows", "'[[\"08:00\", \"12:00\"]]'"),
    "closure_days": ("1", "reason", "'Edited reason'"),
    "prescriptions": ("1", "dose_mg", "dose_mg + 100"),  # the dose
    "prescription_sections": ("1", "position", "position + 7"),
    "prescription_lines": ("1", "doses", "'[[1, 900], [2, 900]]'"),
    "attendance_events": ("kind = 'dosed'", "mg_administered", "mg_administered + 50"),
    "attendance_entries": ("1", "entry_id", "entry_id + 100000"),
    "hold_reviews": ("1", "notes", "notes || ' (edited)'"),
    "reconciliations": ("1", "counted_by_name", "'Someone Else'"),
    "reconciliation_counts": ("1", "counted", "counted + 1"),
    "reconciliation_signoffs": ("1", "witness_name", "'Someone Else'"),
    "discrepancies": ("1", "counted", "counted + 1"),
    "discrepancy_notes": ("1", "note", "'Edited note'"),
    "discrepancy_resolutions": ("1", "explanation", "'Edited explanation'"),
    "witness_pins": ("1", "pin_hash", "'$argon2id$forged'"),  # a PIN of one's choosing
    "absences": ("1", "reason", "'hospital'"),  # custody days made to look like hospital
    "absence_ends": ("1", "last_day", "'2026-03-01'"),  # the return moved
    "absence_withdrawals": ("1", "witness_name", "'Someone Else'"),  # another witness
    # a reading made another (whatever row 1 holds: the demo's readings change with its data)
    "observation_readings": ("1", "spo2", "CASE spo2 WHEN 99 THEN 98 ELSE 99 END"),
    "adverse_events": ("1", "naloxone_doses", "1"),
    "adverse_event_notes": ("1", "text", "'Edited note'"),
    "titration_plans": ("1", "doses", "'[[500, 500]]'"),  # a day's doses raised
    "drug_screens": ("outcome = 'tested'", "outcome", "'refused'"),
    "drug_screen_results": ("result = 'positive'", "result", "'negative'"),  # a clean urine
    "screen_schedules": ("1", "starts_on", "'2030-01-01'"),
    "agency_contacts": ("1", "action", "'kept'"),
    "withholding_corrections": ("1", "event_id", "event_id + 1"),  # pinned on another record
}
# Tables whose rows change through the app (and are sealed at every change).
CHANGED_THROUGH_THE_APP = {"users", "settings", "patients", "register_sections", "closure_days",
                           "witness_pins"}
REMOVED_THROUGH_THE_APP = {"closure_days"}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, demo_template: DemoTemplate) -> Path:
    """A closed register with at least one row in every table: a copy of the run's demo
    clinic, with what the demo does not make."""
    data_dir = demo_template.copy_to(tmp_path_factory.mktemp("sealed") / "data")
    reg = open_register(data_dir, clock=ManualClock(NOW))
    try:
        with reg.db.transaction():
            patients_store.add_photo(reg.db, 1, b"\xff\xd8\xff\xe0photo", now=NOW, user_id=1)
            patients_store.set_status(reg.db, 4, PatientStatus.SUSPENDED, now=NOW, user_id=1,
                                      reason="Test suspension")
            sessions_store.add_closure(reg.db, NOW.date().replace(day=25), "Bank holiday",
                                       now=NOW, user_id=1)
            recon_store.add_note(reg.db, 1, "Checked the waste bin", now=NOW, user_id=1,
                                 user_name="Demo Manager")
            pin_store.put(reg.db, 2, "$argon2id$v=19$not-a-real-hash", now=NOW)
            withheld = reg.db.scalar("SELECT min(id) FROM attendance_events "
                                     "WHERE kind = 'withheld'")
            attendance_store.add_withholding_correction(
                reg.db, event_id=int(withheld), note="Recorded for the wrong patient", at=NOW,
                by_user=2, by_name="Demo Nurse", witness_id=3, witness_name="Demo Nurse Two")
            absence_store.add_withdrawal(
                reg.db, absence_id=int(reg.db.scalar("SELECT min(id) FROM absences")),
                note="Entered for the wrong patient", at=NOW, by_user=2, by_name="Demo Nurse",
                witness_id=3, witness_name="Demo Nurse Two")
        empty = [t for t in table_names(reg.db) if not reg.db.scalar(f"SELECT count(*) FROM {t}")]
        assert empty == [], f"tables with no row to attack: {empty}"
        result = verify(reg.db)
        assert result.ok, result.problems
    finally:
        reg.close()
    return data_dir


@pytest.fixture
def register_copy(filled: Path, tmp_path: Path) -> Path:
    return copy_register(filled, tmp_path / "data")


def test_every_table_is_a_ledger_or_sealed_and_every_sealed_table_is_attacked(filled):
    """A table added later must be chained: a ledger, or listed in store.seals.SEALED."""
    with raw_register(filled) as conn:
        tables = set(table_names(conn))
    assert tables == set(CHAINED) | set(SEALED)
    assert set(EDITS) == set(SEALED)


def _row(conn: sqlcipher3.Connection, table: str, where: str) -> int:
    rowid = conn.execute(f"SELECT min(rowid) FROM {table} WHERE {where}").fetchone()[0]
    assert rowid is not None, f"no row of {table} where {where}"
    return int(rowid)


def _columns(conn: sqlcipher3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _edited(columns: list[str], column: str, value: str) -> str:
    return ", ".join(value if c == column else c for c in columns)


def attempts(conn: sqlcipher3.Connection, table: str) -> dict[str, str]:
    """Every way of replacing or removing a row of ``table``, as SQL."""
    where, column, value = EDITS.get(table, ("1", _columns(conn, table)[-1], "NULL"))
    rowid = _row(conn, table, where)
    cols = _columns(conn, table)
    names, edited = ", ".join(cols), _edited(cols, column, value)
    same = f"SELECT rowid, {edited} FROM {table} WHERE rowid = {rowid}"
    found = {
        "REPLACE": f"REPLACE INTO {table} (rowid, {names}) {same}",
        "INSERT OR REPLACE": f"INSERT OR REPLACE INTO {table} (rowid, {names}) {same}",
        "upsert": (f"INSERT INTO {table} (rowid, {names}) {same} "
                   f"ON CONFLICT DO UPDATE SET {column} = excluded.{column}"),
        "upsert doing nothing": f"INSERT INTO {table} (rowid, {names}) {same} "
                                "ON CONFLICT DO NOTHING",
    }
    if table not in CHANGED_THROUGH_THE_APP:
        found["UPDATE"] = f"UPDATE {table} SET {column} = {value} WHERE rowid = {rowid}"
        found["UPDATE OR REPLACE"] = (f"UPDATE OR REPLACE {table} SET {column} = {value} "
                                      f"WHERE rowid = {rowid}")
    if table not in REMOVED_THROUGH_THE_APP:
        found["DELETE"] = f"DELETE FROM {table} WHERE rowid = {rowid}"
    return found


def test_every_way_of_replacing_or_removing_a_row_is_refused_on_every_table(register_copy):
    with raw_register(register_copy) as conn:
        before = snapshot(conn)
        tried, let_through = 0, []
        for table in table_names(conn):
            for form, sql in attempts(conn, table).items():
                tried += 1
                try:
                    conn.execute(sql)
                except sqlcipher3.IntegrityError as exc:
                    assert "never" in str(exc), f"{table} {form}: {exc}"
                else:
                    let_through.append(f"{table}: {form}")
        assert let_through == []
        assert snapshot(conn) == before
    assert tried >= 6 * len(SEALED)


def test_a_user_cannot_be_replaced_to_raise_their_role(register_copy):
    """The issue's example: a nurse made manager by INSERT OR REPLACE (which slipped past
    the no-delete trigger before) is refused; a direct UPDATE is what the seal catches."""
    with raw_register(register_copy) as conn:
        nurse = _row(conn, "users", "role = 'nurse'")
        cols = _columns(conn, "users")
        with pytest.raises(sqlcipher3.IntegrityError, match="never replaced"):
            conn.execute(f"INSERT OR REPLACE INTO users ({', '.join(cols)}) SELECT "
                         f"{_edited(cols, 'role', chr(39) + 'manager' + chr(39))} FROM users "
                         f"WHERE id = {nurse}")
        assert conn.execute("SELECT role FROM users WHERE id = ?", (nurse,)).fetchone()[0] == \
            "nurse"


def _attack(conn: sqlcipher3.Connection, table: str, form: str) -> int:
    """Make the edit of EDITS on ``table`` with its triggers dropped; returns the row."""
    where, column, value = EDITS[table]
    rowid = _row(conn, table, where)
    cols = _columns(conn, table)
    names, edited = ", ".join(cols), _edited(cols, column, value)
    drop_triggers(conn, table)
    if form == "UPDATE":
        conn.execute(f"UPDATE {table} SET {column} = {value} WHERE rowid = {rowid}")
    elif form == "REPLACE":
        conn.execute(f"REPLACE INTO {table} (rowid, {names}) SELECT rowid, {edited} "
                     f"FROM {table} WHERE rowid = {rowid}")
    elif form == "delete and reinsert":
        conn.execute(f"CREATE TEMP TABLE saved AS SELECT rowid AS saved_rowid, * FROM {table} "
                     f"WHERE rowid = {rowid}")
        conn.execute(f"DELETE FROM {table} WHERE rowid = {rowid}")
        conn.execute(f"INSERT INTO {table} (rowid, {names}) SELECT saved_rowid, {edited} "
                     "FROM saved")
        conn.execute("DROP TABLE temp.saved")
    else:
        assert form == "delete"
        conn.execute(f"DELETE FROM {table} WHERE rowid = {rowid}")
    return rowid


@pytest.mark.parametrize("form", ["UPDATE", "REPLACE", "delete and reinsert", "delete"])
def test_an_edit_with_the_key_to_any_clinical_record_is_named_by_verify(register_copy, form):
    with raw_register(register_copy) as conn:
        edited = {table: _attack(conn, table, form) for table in SEALED}
    reg = open_register(register_copy, clock=ManualClock(NOW))
    try:
        result = verify(reg.db)
    finally:
        reg.close()
    assert not result.ok
    word = "missing" if form == "delete" else "no longer matches its seal"
    unnamed = [f"{table} row {rowid}" for table, rowid in edited.items()
               if not any(f"(table {table}, row {rowid}): " in p and word in p
                          for p in result.problems)]
    assert unnamed == [], "\n".join(result.problems)
    assert len(result.problems) == len(SEALED), "\n".join(result.problems)


def test_a_nurse_made_manager_fails_the_verify_command(register_copy):
    with raw_register(register_copy) as conn:
        nurse = _attack(conn, "users", "UPDATE")
    out = run_cli(register_copy, "verify", user="demo-manager", password=DEMO_PASSWORD)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert (f"User account (table users, row {nurse}): it no longer matches its seal, so it "
            "was changed behind the app's back (with the key, outside HAT Desktop).") in text
    assert "NOT intact" in text and "Traceback" not in text


def test_a_row_added_behind_the_apps_back_has_no_seal(register_copy):
    with raw_register(register_copy) as conn:
        conn.execute("INSERT INTO discrepancy_notes (discrepancy_id, at, by_user, by_name, note) "
                     "SELECT discrepancy_id, at, by_user, by_name, 'Planted' "
                     "FROM discrepancy_notes LIMIT 1")
        planted = conn.execute("SELECT max(id) FROM discrepancy_notes").fetchone()[0]
    reg = open_register(register_copy, clock=ManualClock(NOW))
    try:
        result = verify(reg.db)
    finally:
        reg.close()
    assert result.problems == [
        f"Discrepancy note (table discrepancy_notes, row {planted}): it has no seal, so it was "
        "added behind the app's back (with the key, outside HAT Desktop)."]


def test_changes_made_through_the_app_are_sealed_as_a_history(register_copy):
    """A user's role change through the app: a chained event holding the new row, and the
    current row checked against it (verify passes)."""
    reg = open_register(register_copy, clock=ManualClock(NOW))
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        nurse = auth.login(reg, "demo-nurse", DEMO_PASSWORD)
        before = reg.db.scalar("SELECT count(*) FROM record_seals WHERE table_name = 'users' "
                               "AND row_id = ?", (nurse.id,))
        users.update_user(reg, manager, nurse.id, users.UserDetails(
            nurse.full_name, Role.PHARMACIST, gphc_number="2041999"), active=True)
        history = [r[0] for r in reg.db.all(
            "SELECT content FROM record_seals WHERE table_name = 'users' AND row_id = ? "
            "ORDER BY seq", (nurse.id,))]
        assert len(history) == before + 1
        assert '"role":"pharmacist"' in history[-1].replace(" ", "")
        assert '"gphc_number":"2041999"' in history[-1].replace(" ", "")
        assert verify(reg.db).ok
    finally:
        reg.close()


def test_the_schema_of_the_attacked_copy_is_what_was_attacked(register_copy, filled):
    """Not vacuous: the copies start as the sealed register, triggers and all."""
    with raw_register(filled) as a, raw_register(register_copy) as b:
        assert schema(a) == schema(b)
        names = {name for kind, name, _sql in schema(a) if kind == "trigger"}
    assert {f"{t}_no_replace" for t in (*SEALED, *CHAINED)} <= names
