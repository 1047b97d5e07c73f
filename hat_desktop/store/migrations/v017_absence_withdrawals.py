"""Schema 17: an absence entered by mistake is withdrawn by a witnessed note.

The absence itself is never changed or removed: a row of ``absence_withdrawals`` (one per
absence) says it was entered by mistake, why, by whom and witnessed by whom. A withdrawn
absence covers no day: its days count as any others (missed if missed, towards the hold).
Append-only and sealed, like the correction of a mistaken withholding (schema 14)."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE absence_withdrawals (
        id INTEGER PRIMARY KEY,
        absence_id INTEGER NOT NULL UNIQUE REFERENCES absences(id),
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        witness_id INTEGER NOT NULL REFERENCES users(id),
        witness_name TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("absence_withdrawals", "withdrawals of absences"),
    seals.refuse_replacing("absence_withdrawals"),
]
