"""Schema 9: absences (custody, hospital, dosed elsewhere, other) and their returns.

An absence is recorded once, with its first day and, when known, its last; an open-ended
one is ended by a row of ``absence_ends`` (one per absence). Both tables are append-only
(triggers refuse UPDATE, DELETE and any REPLACE) and sealed (store.seals.SEALED)."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE absences (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        reason TEXT NOT NULL CHECK (reason IN ('custody', 'hospital', 'dosed_elsewhere',
                                               'other')),
        first_day TEXT NOT NULL,
        last_day TEXT CHECK (last_day IS NULL OR last_day >= first_day),
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX absences_patient ON absences(patient_id, first_day)",
    *no_change_triggers("absences", "absences (a return is a new record)"),
    seals.refuse_replacing("absences"),
    """CREATE TABLE absence_ends (
        id INTEGER PRIMARY KEY,
        absence_id INTEGER NOT NULL UNIQUE REFERENCES absences(id),
        last_day TEXT NOT NULL,
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("absence_ends", "returns from absences"),
    seals.refuse_replacing("absence_ends"),
]
