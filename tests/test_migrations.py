"""Schema migrations (issue 2, item 4): from every earlier version, migrating to the newest
gives exactly the schema of a register made at the newest version, keeps what was already
written, and each step is one transaction — a step that fails leaves the version and the
schema as they were."""

from pathlib import Path

import pytest
import sqlcipher3

from hat_desktop.store import keys, migrations
from hat_desktop.store.connection import Database, create_database, open_database
from hat_desktop.store.migrations import LATEST, STEPS, migrate, schema_version

Schema = list[tuple[str, str, str, str]]


def schema(db: Database) -> Schema:
    """Every table, index, trigger and view as SQLite keeps it."""
    return [tuple(r) for r in db.all(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]


def new_db(path: Path) -> Database:
    return create_database(path, keys.new_raw_key())


@pytest.fixture(scope="module")
def newest(tmp_path_factory: pytest.TempPathFactory) -> Schema:
    db = new_db(tmp_path_factory.mktemp("newest") / "register.db")
    assert migrate(db) == 0
    assert schema_version(db) == LATEST
    found = schema(db)
    db.close()
    return found


def test_there_are_steps_and_the_newest_schema_has_the_ledger_tables(newest):
    assert LATEST == len(STEPS) >= 1
    names = {name for kind, name, _t, _s in newest if kind == "table"}
    assert {"meta", "users", "settings", "audit_log", "register_entries", "witness_pins"} <= names
    triggers = {name for kind, name, _t, _s in newest if kind == "trigger"}
    assert {"audit_log_no_update", "audit_log_no_delete", "meta_no_update", "meta_no_delete",
            "register_entries_no_update", "register_entries_no_delete"} <= triggers


@pytest.mark.parametrize("version", range(LATEST))
def test_from_every_earlier_version_to_the_newest(tmp_path, newest, version):
    db = new_db(tmp_path / "register.db")
    migrate(db, target=version)
    assert schema_version(db) == version
    assert schema(db) != newest
    assert migrate(db) == version
    assert schema_version(db) == LATEST
    assert schema(db) == newest
    db.close()


@pytest.mark.parametrize("version", range(1, LATEST))
def test_what_was_written_at_an_earlier_version_survives(tmp_path, version):
    key = keys.new_raw_key()
    path = tmp_path / "register.db"
    db = create_database(path, key)
    migrate(db, target=version)
    with db.transaction():
        db.execute("INSERT INTO meta (key, value) VALUES ('register_id', 'r-1')")
        db.execute("""INSERT INTO users (username, full_name, role, password_hash, created_at,
                      password_changed_at) VALUES ('ann', 'Ann Early', 'nurse', 'h', 't', 't')""")
    db.close()
    db = open_database(path, key, key_source="the test key")  # a later run of the app
    migrate(db)
    assert db.scalar("SELECT value FROM meta WHERE key = 'register_id'") == "r-1"
    assert tuple(db.one("SELECT username, full_name, role, active FROM users")) == (
        "ann", "Ann Early", "nurse", 1)
    db.close()


def test_migrating_an_up_to_date_register_changes_nothing(tmp_path, newest):
    db = new_db(tmp_path / "register.db")
    migrate(db)
    assert migrate(db) == LATEST
    assert schema(db) == newest
    db.close()


# --- one step, one transaction -------------------------------------------------------------------
def test_a_failing_extra_step_leaves_the_version_and_schema_unchanged(tmp_path, monkeypatch):
    db = new_db(tmp_path / "register.db")
    migrate(db)
    before = schema(db)
    broken = ("a broken step", [
        "CREATE TABLE half_done (x INTEGER) STRICT",
        "CREATE INDEX half_done_x ON half_done(x)",
        "ALTER TABLE users ADD COLUMN nickname TEXT",
        "CREATE TABLE oops (this is not SQL",
    ])
    monkeypatch.setattr(migrations, "STEPS", (*STEPS, broken))
    with pytest.raises(sqlcipher3.DatabaseError):
        migrate(db, target=LATEST + 1)
    assert schema_version(db) == LATEST
    assert schema(db) == before
    assert not db.in_transaction
    db.execute("SELECT count(*) FROM users").fetchone()  # the connection still works
    db.close()


def test_a_step_failing_half_way_keeps_every_earlier_step(tmp_path, monkeypatch):
    """Steps 1..LATEST-1 are committed one by one; the last, broken at its end, is not."""
    reference = new_db(tmp_path / "reference.db")
    migrate(reference, target=LATEST - 1)
    one_before = schema(reference)
    reference.close()

    description, statements = STEPS[-1]
    monkeypatch.setattr(migrations, "STEPS",
                        (*STEPS[:-1], (description, [*statements, "SELECT * FROM no_such"])))
    db = new_db(tmp_path / "register.db")
    with pytest.raises(sqlcipher3.DatabaseError, match="no_such"):
        migrate(db, target=LATEST)
    assert schema_version(db) == LATEST - 1
    assert schema(db) == one_before

    monkeypatch.setattr(migrations, "STEPS", STEPS)  # the good step, on a later run
    assert migrate(db, target=LATEST) == LATEST - 1
    assert schema_version(db) == LATEST
    db.close()


def test_the_version_is_only_set_by_the_step_that_reaches_it(tmp_path, monkeypatch):
    """A step whose last statement fails must not leave user_version half set either."""
    db = new_db(tmp_path / "register.db")
    migrate(db, target=1)
    description, statements = STEPS[1]
    monkeypatch.setattr(migrations, "STEPS",
                        (STEPS[0], (description, [*statements, "INSERT INTO nowhere VALUES (1)"]),
                         *STEPS[2:]))
    with pytest.raises(sqlcipher3.DatabaseError):
        migrate(db)
    assert schema_version(db) == 1
    db.close()


# --- schema 5: episodes for the patients already there, and the pseudonym secret ---------------
def test_patients_of_an_older_register_get_an_episode_and_the_register_a_secret(tmp_path):
    from hat_desktop.store import ledger
    from hat_desktop.store.outcomes import LEDGERS, episodes, pseudonym_secret

    db = new_db(tmp_path / "register.db")
    migrate(db, target=4)
    with db.transaction():
        db.execute("""INSERT INTO users (id, username, full_name, role, password_hash,
                      created_at, password_changed_at) VALUES
                      (1, 'ann', 'Ann Early', 'nurse', 'h', 't', 't')""")
        for pid, status, created in ((1, "active", "2025-05-01T09:00:00.000000+00:00"),
                                     (2, "discharged", "2025-06-02T09:00:00.000000+00:00"),
                                     (3, "active", "2025-07-03T09:00:00.000000+00:00")):
            db.execute("""INSERT INTO patients (id, clinic_number, full_name, date_of_birth,
                          address, status, created_at, created_by, updated_at, updated_by)
                          VALUES (?, ?, 'Pat', '1980-01-01', 'Here', ?, ?, 1, ?, 1)""",
                       (pid, f"HAT-000{pid}", status, created, created))
        db.execute("""INSERT INTO prescriptions (patient_id, version, drug, dose_mg, sessions,
                      start_date, end_date, prescriber_id, prescriber_name, prescriber_licence,
                      notes, created_at) VALUES (1, 1, 'Diamorphine', 180, '[1, 2]',
                      '2025-05-04', '2025-08-01', 1, 'Dr', 'HO-1', '', 't')""")
        db.execute("""INSERT INTO patient_status_changes (patient_id, status, changed_at,
                      changed_by, reason) VALUES (2, 'discharged',
                      '2025-09-30T15:00:00.000000+00:00', 1, 'Moved away')""")
    assert migrate(db) == 4
    found = episodes(db)
    assert [(e.start_date.isoformat(), e.referral_source.value) for p in (1, 2, 3)
            for e in found[p]] == [("2025-05-04", "not_recorded"), ("2025-06-02", "not_recorded"),
                                   ("2025-07-03", "not_recorded")]
    assert found[1][0].is_open and found[3][0].is_open
    ended = found[2][0].exit
    assert ended is not None and ended.exit_date.isoformat() == "2025-09-30"
    assert ended.reason.value == "other"
    for table in LEDGERS:
        assert all(broken is None for _n, broken in ledger.walk_chain(db, table))
    assert len(pseudonym_secret(db)) == 32
    db.close()


def test_every_register_gets_its_own_pseudonym_secret(tmp_path):
    from hat_desktop.store.outcomes import pseudonym_secret

    secrets = []
    for name in ("a.db", "b.db"):
        db = new_db(tmp_path / name)
        migrate(db)
        secrets.append(pseudonym_secret(db))
        db.close()
    assert secrets[0] != secrets[1]


# --- schema 10: each prescription version becomes one line -----------------------------------
def test_prescriptions_of_an_older_register_become_one_line_each(tmp_path):
    from hat_desktop.domain.prescriptions import Route
    from hat_desktop.store import prescriptions as rx_store
    from hat_desktop.store import seals

    db = new_db(tmp_path / "register.db")
    migrate(db, target=8)
    with db.transaction():
        db.execute("""INSERT INTO users (id, username, full_name, role, password_hash,
                      created_at, password_changed_at) VALUES
                      (1, 'drp', 'Dr P', 'prescriber', 'h', 't', 't')""")
        db.execute("""INSERT INTO patients (id, clinic_number, full_name, date_of_birth,
                      address, status, created_at, created_by, updated_at, updated_by)
                      VALUES (1, 'HAT-0001', 'Pat', '1980-01-01', 'Here', 'active',
                      '2025-05-01T09:00:00.000000+00:00', 1,
                      '2025-05-01T09:00:00.000000+00:00', 1)""")
        for sid, code, form, unit, mg in ((1, "DIAM100", "powder for solution for injection",
                                           "ampoule", 100),
                                          (2, "DIAM500", "powder for solution for injection",
                                           "ampoule", 500),
                                          (3, "METH1", "oral solution", "ml", 1)):
            db.execute("""INSERT INTO register_sections (id, code, drug, strength, form, unit,
                          mg_per_unit, created_at, created_by) VALUES (?, ?, ?, 's', ?, ?, ?,
                          't', 1)""",
                       (sid, code, "Methadone" if sid == 3 else "Diamorphine", form, unit, mg))
        for rx_id, drug, dose, sessions, daily, sections in (
                (1, "Diamorphine", 180, "[1, 2]", None, (1, 2)),
                (2, "Diamorphine", 200, "[1, 2, 3]", 500, (2, 1)),
                (3, "Methadone", 40, "[2]", None, (3,))):
            db.execute("""INSERT INTO prescriptions (id, patient_id, version, drug, dose_mg,
                          sessions, daily_max_mg, start_date, end_date, prescriber_id,
                          prescriber_name, prescriber_licence, notes, created_at)
                          VALUES (?, 1, ?, ?, ?, ?, ?, '2025-05-04', '2025-08-01', 1, 'Dr P',
                          'HO-1', '', '2025-05-04T09:00:00.000000+00:00')""",
                       (rx_id, rx_id, drug, dose, sessions, daily))
            for n, sid in enumerate(sections):
                db.execute("INSERT INTO prescription_sections VALUES (?, ?, ?)", (rx_id, sid, n))
    assert migrate(db) == 8
    v1, v2, v3 = rx_store.versions(db, [1])[1]
    assert [(ln.position, ln.drug, ln.section_ids, ln.route, ln.doses, ln.take_home,
             ln.daily_max_mg) for rx in (v1, v2, v3) for ln in rx.lines] == [
        (1, "Diamorphine", (1, 2), Route.IV, ((1, 180), (2, 180)), False, None),
        (1, "Diamorphine", (2, 1), Route.IV, ((1, 200), (2, 200), (3, 200)), False, 500),
        (1, "Methadone", (3,), Route.ORAL, ((2, 40),), False, None)]
    assert v2.daily_limit_mg == 500 and v1.daily_limit_mg == 360  # history reads as before
    assert v1.dose_mg == 180 and v1.sessions == {1, 2}
    problems: list[str] = []
    seals.check(db, problems)
    # The rows typed above are unsealed (written behind the app's back); the lines are not.
    assert problems and not [p for p in problems if "prescription_lines" in p]
    with pytest.raises(sqlcipher3.DatabaseError, match="never changed"):
        db.execute("UPDATE prescription_lines SET doses = '[[1, 900]]'")
    db.close()


def test_doses_of_an_older_register_keep_their_seals_and_a_top_up_fits_beside_one(tmp_path):
    """Schema 15: a dose written before it reads as no top-up, its seal's digest unchanged
    (the new column is NULL); a top-up of its line fits beside it, a second dose does not."""
    from hat_desktop.store import seals

    db = new_db(tmp_path / "register.db")
    migrate(db, target=14)
    with db.transaction():
        db.execute("""INSERT INTO users (id, username, full_name, role, password_hash,
                      created_at, password_changed_at) VALUES
                      (1, 'nina', 'Nina', 'nurse', 'h', 't', 't')""")
        db.execute("""INSERT INTO patients (id, clinic_number, full_name, date_of_birth,
                      address, status, created_at, created_by, updated_at, updated_by)
                      VALUES (1, 'HAT-0001', 'Pat', '1980-01-01', 'Here', 'active', 't', 1,
                      't', 1)""")
    dose = """INSERT INTO attendance_events (patient_id, day, session, kind, at, by_user,
              mg_administered, details{col}) VALUES (1, '2026-03-02', 1, 'dosed', ?, 1, ?,
              '{{}}'{val})"""
    with db.transaction():
        db.execute(dose.format(col="", val=""), ("2026-03-02T10:00:00+00:00", 100))
    table = seals.SEALED["attendance_events"]
    digest = seals.row_digest(seals.sealed_columns(db, table), tuple(db.one(
        f"SELECT {', '.join(seals.sealed_columns(db, table))} FROM attendance_events")))
    migrate(db)
    columns = seals.sealed_columns(db, table)
    assert "top_up_line" in columns
    assert seals.row_digest(columns, tuple(db.one(
        f"SELECT {', '.join(columns)} FROM attendance_events"))) == digest
    with db.transaction():
        db.execute(dose.format(col=", top_up_line", val=", 1"), ("2026-03-02T10:20:00+00:00", 80))
    for again in ((", top_up_line", ", 1"), ("", "")):  # a second top-up, a second dose
        with pytest.raises(sqlcipher3.IntegrityError), db.transaction():
            db.execute(dose.format(col=again[0], val=again[1]), ("2026-03-02T10:40:00+00:00", 1))
    db.close()


def test_an_older_registers_units_per_patient_are_read_from_the_schema_18_index(tmp_path):
    """Schema 18 indexes the entries that took units out by patient: an older register's
    administrations are in it once migrated, and the evaluation's sum per patient reads the
    index alone (not every entry's details) with the same figures as before."""
    from datetime import UTC, datetime

    from hat_desktop.store import register

    db = new_db(tmp_path / "register.db")
    migrate(db, target=17)
    with db.transaction():
        db.execute("""INSERT INTO users (id, username, full_name, role, password_hash,
                      created_at, password_changed_at) VALUES
                      (1, 'nina', 'Nina', 'nurse', 'h', 't', 't')""")
        db.execute("""INSERT INTO register_sections (id, code, drug, strength, form, unit,
                      mg_per_unit, created_at, created_by) VALUES
                      (1, 'DIAM100', 'Diamorphine', '100 mg', 'ampoule', 'ampoule', 100, 't', 1)""")
        for seq, kind, q_in, q_out, details in (
                (1, "receipt", 10, 0, '{"unit_price_pence": 420}'),
                (2, "administration", 0, 2, '{"patient_id": 7}'),
                (3, "administration", 0, 1, '{"patient_id": 7}'),
                (4, "administration", 0, 1, '{"patient_id": 8}'),
                (5, "correction", 0, 1, '{"patient_id": 8}')):
            db.execute("""INSERT INTO register_entries (section_id, seq, kind, occurred_at,
                          recorded_at, quantity_in, quantity_out, balance, batch_balance,
                          batch, entered_by, entered_by_name, details, prev_hash, hash)
                          VALUES (1, ?, ?, ?, 't', ?, ?, 0, 0, 'B1', 1, 'Nina', ?, '', '')""",
                       (seq, kind, f"2026-03-0{seq}T10:00:00+00:00", q_in, q_out, details))
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    before = register.units_out_per_patient(db, start, end)
    assert before == [(7, 1, "B1", 3), (8, 1, "B1", 1)]
    migrate(db)
    assert register.units_out_per_patient(db, start, end) == before
    assert register.priced_receipts(db) == [(1, "B1", 10, 420)]
    plan = " ".join(str(tuple(r)) for r in db.all(
        f"EXPLAIN QUERY PLAN {register.UNITS_OUT_SQL}", ("a", "b")))
    assert "USING INDEX register_entries_patient_units" in plan, plan
    db.close()
