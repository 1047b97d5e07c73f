"""Schema 14: a withholding recorded in error is corrected by a witnessed note.

The withholding itself is never changed or removed: a row of ``withholding_corrections``
(one per withholding) says it was recorded in error, why, by whom and witnessed by whom.
A corrected withholding is no longer the session's outcome (the patient may be dosed in
the window; with no dose, the session counts as missed). Append-only and sealed."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE withholding_corrections (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL UNIQUE REFERENCES attendance_events(id),
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        witness_id INTEGER NOT NULL REFERENCES users(id),
        witness_name TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("withholding_corrections", "corrections of withholdings"),
    seals.refuse_replacing("withholding_corrections"),
]
