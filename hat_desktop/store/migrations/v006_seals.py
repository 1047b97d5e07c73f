"""Schema 6: every clinical record tamper-evident, and no row ever replaced (issue 13).

The chain of seals (store.seals) for every table that is not a ledger itself, every row
already written sealed as it stands, and on every table a trigger that refuses REPLACE,
INSERT OR REPLACE and upserts (which never fire the no-update / no-delete triggers).
Settings are changed, never deleted, like users and sections.
"""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers


def _refuse_replacing_everywhere(db: Database) -> None:
    for (table,) in db.all("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        seals.refuse_replacing(str(table))(db)


SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE record_seals (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        row_hash TEXT,
        content TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX record_seals_row ON record_seals(table_name, row_id, seq)",
    *no_change_triggers("record_seals", "the seals of the clinical records"),
    """CREATE TRIGGER settings_no_delete BEFORE DELETE ON settings
        BEGIN SELECT RAISE(ABORT, 'settings are changed, never deleted'); END""",
    _refuse_replacing_everywhere,
    seals.seal_everything,
]
