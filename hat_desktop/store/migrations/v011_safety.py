"""Schema 11: clinical safety records. The post-dose readings taken in observation and at
the release check (SpO2, respiratory rate, sedation, the injection site), adverse events
(what happened, naloxone, oxygen, ambulance, transfer, outcome, who responded, witnessed)
and the notes that correct or add to an event. All three are append-only and sealed."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE observation_readings (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        dose_event_id INTEGER NOT NULL REFERENCES attendance_events(id),
        at TEXT NOT NULL,
        spo2 INTEGER NOT NULL CHECK (spo2 BETWEEN 50 AND 100),
        resp_rate INTEGER NOT NULL CHECK (resp_rate BETWEEN 0 AND 60),
        sedation INTEGER NOT NULL CHECK (sedation BETWEEN 0 AND 3),
        site TEXT NOT NULL,
        beyond TEXT NOT NULL,
        released INTEGER NOT NULL CHECK (released IN (0, 1)),
        by_user INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX observation_readings_dose ON observation_readings(dose_event_id, at)",
    "CREATE INDEX observation_readings_at ON observation_readings(at)",
    *no_change_triggers("observation_readings", "observation readings"),
    seals.refuse_replacing("observation_readings"),
    """CREATE TABLE adverse_events (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        kind TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        dose_event_id INTEGER REFERENCES attendance_events(id),
        naloxone_micrograms INTEGER CHECK (naloxone_micrograms > 0),
        naloxone_route TEXT,
        naloxone_doses INTEGER,
        naloxone_batch TEXT,
        oxygen INTEGER NOT NULL CHECK (oxygen IN (0, 1)),
        rescue_breaths INTEGER NOT NULL CHECK (rescue_breaths IN (0, 1)),
        cpr INTEGER NOT NULL CHECK (cpr IN (0, 1)),
        ambulance INTEGER NOT NULL CHECK (ambulance IN (0, 1)),
        transfer INTEGER NOT NULL CHECK (transfer IN (0, 1)),
        outcome TEXT NOT NULL,
        account TEXT NOT NULL,
        responders TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        witness_id INTEGER NOT NULL REFERENCES users(id)
    ) STRICT""",
    "CREATE INDEX adverse_events_patient ON adverse_events(patient_id, recorded_at)",
    "CREATE INDEX adverse_events_occurred ON adverse_events(occurred_at)",
    *no_change_triggers("adverse_events", "adverse events"),
    seals.refuse_replacing("adverse_events"),
    """CREATE TABLE adverse_event_notes (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES adverse_events(id),
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        text TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX adverse_event_notes_event ON adverse_event_notes(event_id)",
    *no_change_triggers("adverse_event_notes", "notes on adverse events"),
    seals.refuse_replacing("adverse_event_notes"),
]
