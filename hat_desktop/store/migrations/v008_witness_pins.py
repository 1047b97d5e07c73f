"""Schema 8: personal witness PINs (a staff badge plus a PIN of 6+ digits signs as
witness, when the clinic allows it). One row per user: the argon2id hash of the PIN and
its own count of wrong tries, apart from the password's. Never deleted (a PIN is
replaced by a new one); the changes are in the audit log.

And re-assessment: a withholding no longer ends the session (the patient may be assessed
again later in the window), so the database keeps one DOSE per patient and session,
not one outcome."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE witness_pins (
        user_id INTEGER PRIMARY KEY REFERENCES users(id),
        pin_hash TEXT NOT NULL,
        set_at TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
    ) STRICT""",
    """CREATE TRIGGER witness_pins_no_delete BEFORE DELETE ON witness_pins
        BEGIN SELECT RAISE(ABORT, 'witness PINs are replaced, never deleted'); END""",
    seals.refuse_replacing("witness_pins"),
    "DROP INDEX attendance_one_outcome",
    """CREATE UNIQUE INDEX attendance_one_dose ON attendance_events(patient_id, day, session)
        WHERE kind = 'dosed'""",
    # The no-replace trigger is made from the unique keys: made again for the new one.
    "DROP TRIGGER attendance_events_no_replace",
    seals.refuse_replacing("attendance_events"),
]
