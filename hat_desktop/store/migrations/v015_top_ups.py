"""Schema 15: a top-up within a session — a second injection of a line after the first and
the clinic's minimum interval of observation — is a dose record of its own.

``attendance_events.top_up_line`` names the prescription line a top-up belongs to (NULL for
the session's dose itself, so every row written before keeps its seal). The database still
refuses a second dose in a session; it allows one top-up of each line beside it."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database

SQL: Sequence[str | Callable[[Database], None]] = [
    "ALTER TABLE attendance_events ADD COLUMN top_up_line INTEGER",
    "DROP INDEX attendance_one_dose",
    """CREATE UNIQUE INDEX attendance_one_dose ON attendance_events(patient_id, day, session)
        WHERE kind = 'dosed' AND top_up_line IS NULL""",
    """CREATE UNIQUE INDEX attendance_one_top_up
        ON attendance_events(patient_id, day, session, top_up_line)
        WHERE kind = 'dosed' AND top_up_line IS NOT NULL""",
    # The no-replace trigger is made from the unique keys: made again for the new ones.
    "DROP TRIGGER attendance_events_no_replace",
    seals.refuse_replacing("attendance_events"),
]
