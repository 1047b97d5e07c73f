"""Schema 13: drug screens (one row per screen, one per substance result), each patient's
screen schedule (newest row wins), and the contact log of partner agencies (issue 17 item 3,
issue 18 item 3). Every table is append-only and sealed (store.seals): a screen or a
contact recorded in error is followed by a new one with a note, never changed."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

TABLES = ("drug_screens", "drug_screen_results", "screen_schedules", "agency_contacts")

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE drug_screens (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        taken_at TEXT NOT NULL,
        taken_day TEXT NOT NULL,
        sample TEXT NOT NULL CHECK (sample IN ('urine', 'oral_fluid')),
        kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'random')),
        supervised INTEGER NOT NULL CHECK (supervised IN (0, 1)),
        outcome TEXT NOT NULL CHECK (outcome IN ('tested', 'refused', 'spoiled', 'missed')),
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX drug_screens_patient ON drug_screens(patient_id, taken_day)",
    "CREATE INDEX drug_screens_day ON drug_screens(taken_day)",
    *no_change_triggers("drug_screens", "drug screens"),
    """CREATE TABLE drug_screen_results (
        id INTEGER PRIMARY KEY,
        screen_id INTEGER NOT NULL REFERENCES drug_screens(id),
        position INTEGER NOT NULL CHECK (position >= 0),
        substance TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('negative', 'positive', 'not_tested')),
        UNIQUE (screen_id, position),
        UNIQUE (screen_id, substance)
    ) STRICT""",
    *no_change_triggers("drug_screen_results", "drug screen results"),
    """CREATE TABLE screen_schedules (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        frequency TEXT NOT NULL CHECK (frequency IN ('none', 'weekly', 'random')),
        weekday INTEGER CHECK (weekday BETWEEN 0 AND 6),
        starts_on TEXT NOT NULL,
        set_at TEXT NOT NULL,
        set_by INTEGER NOT NULL REFERENCES users(id),
        set_by_name TEXT NOT NULL,
        CHECK ((frequency = 'weekly') = (weekday IS NOT NULL))
    ) STRICT""",
    "CREATE INDEX screen_schedules_patient ON screen_schedules(patient_id, id)",
    *no_change_triggers("screen_schedules", "screen schedules (a change is a new schedule)"),
    """CREATE TABLE agency_contacts (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        agency TEXT NOT NULL CHECK (agency IN ('housing', 'welfare', 'gp', 'bbv',
            'mental_health', 'justice', 'employment', 'family', 'other')),
        action TEXT NOT NULL CHECK (action IN ('referral', 'appointment', 'kept', 'missed',
            'outcome')),
        contact_day TEXT NOT NULL,
        at_time TEXT,
        at_clinic INTEGER NOT NULL CHECK (at_clinic IN (0, 1)),
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        CHECK (at_time IS NULL OR action = 'appointment')
    ) STRICT""",
    "CREATE INDEX agency_contacts_patient ON agency_contacts(patient_id, contact_day)",
    "CREATE INDEX agency_contacts_day ON agency_contacts(contact_day)",
    *no_change_triggers("agency_contacts", "partner-agency contacts"),
    *[seals.refuse_replacing(t) for t in TABLES],
]
