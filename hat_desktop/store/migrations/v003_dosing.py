"""Schema 3: patients, prescriptions, session windows, attendance, hold reviews."""

from hat_desktop.store.ledger import no_change_triggers

SQL: list[str] = [
    """CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        clinic_number TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        address TEXT NOT NULL,
        nhs_number TEXT UNIQUE,
        alerts TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'discharged')),
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES users(id)
    ) STRICT""",
    """CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
        BEGIN SELECT RAISE(ABORT, 'patients are discharged, never deleted'); END""",
    """CREATE TRIGGER patients_number_fixed BEFORE UPDATE OF clinic_number ON patients
        BEGIN SELECT RAISE(ABORT, 'a clinic number never changes'); END""",
    """CREATE TABLE patient_status_changes (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'discharged')),
        changed_at TEXT NOT NULL,
        changed_by INTEGER NOT NULL REFERENCES users(id),
        reason TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX patient_status_changes_patient ON patient_status_changes(patient_id, id)",
    *no_change_triggers("patient_status_changes", "a patient's status history"),
    """CREATE TABLE patient_photos (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        image BLOB NOT NULL,
        added_at TEXT NOT NULL,
        added_by INTEGER NOT NULL REFERENCES users(id)
    ) STRICT""",
    "CREATE INDEX patient_photos_patient ON patient_photos(patient_id, id)",
    *no_change_triggers("patient_photos", "patient photos"),
    # Session windows in force from a date; the newest schedule starting on or before
    # a day applies to it. The first one holds the defaults.
    """CREATE TABLE session_schedules (
        id INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL,
        windows TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users(id)
    ) STRICT""",
    *no_change_triggers("session_schedules", "session schedules"),
    """INSERT INTO session_schedules (effective_from, windows, created_at)
        VALUES ('2000-01-01', '[["08:30", "11:00"], ["15:30", "18:00"]]',
                '2000-01-01T00:00:00.000000+00:00')""",
    """CREATE TABLE closure_days (
        day TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id)
    ) STRICT""",
    """CREATE TABLE prescriptions (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        version INTEGER NOT NULL,
        drug TEXT NOT NULL,
        dose_mg INTEGER NOT NULL CHECK (dose_mg > 0),
        sessions TEXT NOT NULL,
        daily_max_mg INTEGER CHECK (daily_max_mg IS NULL OR daily_max_mg > 0),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        prescriber_id INTEGER NOT NULL REFERENCES users(id),
        prescriber_name TEXT NOT NULL,
        prescriber_licence TEXT NOT NULL,
        notes TEXT NOT NULL,
        change_reason TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (patient_id, version)
    ) STRICT""",
    *no_change_triggers("prescriptions", "prescriptions (a change is a new version)"),
    """CREATE TABLE prescription_sections (
        prescription_id INTEGER NOT NULL REFERENCES prescriptions(id),
        section_id INTEGER NOT NULL REFERENCES register_sections(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (prescription_id, section_id)
    ) STRICT""",
    *no_change_triggers("prescription_sections", "prescriptions (a change is a new version)"),
    """CREATE TABLE attendance_events (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        day TEXT NOT NULL,
        session INTEGER NOT NULL CHECK (session BETWEEN 1 AND 3),
        kind TEXT NOT NULL
            CHECK (kind IN ('checked_in', 'check_in_cancelled', 'dosed', 'withheld', 'released')),
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        witness_id INTEGER REFERENCES users(id),
        prescription_id INTEGER REFERENCES prescriptions(id),
        mg_administered INTEGER,
        mg_wasted INTEGER,
        details TEXT NOT NULL
    ) STRICT""",
    # At most one outcome (a dose or a withholding) per patient and session: a second
    # dose in the same session is refused by the database as well as by the service.
    """CREATE UNIQUE INDEX attendance_one_outcome ON attendance_events(patient_id, day, session)
        WHERE kind IN ('dosed', 'withheld')""",
    "CREATE INDEX attendance_events_day ON attendance_events(day, session)",
    "CREATE INDEX attendance_events_patient ON attendance_events(patient_id, day)",
    """CREATE INDEX attendance_doses ON attendance_events(patient_id, day, at)
        WHERE kind = 'dosed'""",
    *no_change_triggers("attendance_events", "attendance records"),
    """CREATE TABLE attendance_entries (
        event_id INTEGER NOT NULL REFERENCES attendance_events(id),
        entry_id INTEGER NOT NULL REFERENCES register_entries(id),
        PRIMARY KEY (event_id, entry_id)
    ) STRICT""",
    "CREATE INDEX attendance_entries_entry ON attendance_entries(entry_id)",
    *no_change_triggers("attendance_entries", "attendance records"),
    """CREATE TABLE hold_reviews (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        held_from TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        reviewer_id INTEGER NOT NULL REFERENCES users(id),
        reviewer_name TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('resume', 'reduced', 'suspend', 'discharge')),
        notes TEXT NOT NULL,
        prescription_id INTEGER REFERENCES prescriptions(id)
    ) STRICT""",
    "CREATE INDEX hold_reviews_patient ON hold_reviews(patient_id, reviewed_at)",
    *no_change_triggers("hold_reviews", "hold reviews"),
]
