"""Schema 2: the controlled-drugs register (sections and append-only entries)."""

from hat_desktop.store.ledger import no_change_triggers

_KINDS = ("'opening', 'receipt', 'administration', 'destruction', 'return', 'correction',"
          " 'stock_check'")

SQL: list[str] = [
    """CREATE TABLE register_sections (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        drug TEXT NOT NULL,
        strength TEXT NOT NULL,
        form TEXT NOT NULL,
        unit TEXT NOT NULL,
        mg_per_unit INTEGER NOT NULL CHECK (mg_per_unit > 0),
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        closed_at TEXT,
        closed_by INTEGER REFERENCES users(id),
        closed_reason TEXT
    ) STRICT""",
    # A section is never deleted; what it is never changes; once closed it stays closed.
    """CREATE TRIGGER register_sections_no_delete BEFORE DELETE ON register_sections
        BEGIN SELECT RAISE(ABORT, 'register sections are closed, never deleted'); END""",
    """CREATE TRIGGER register_sections_fixed
        BEFORE UPDATE OF id, code, drug, strength, form, unit, mg_per_unit, created_at, created_by
        ON register_sections
        BEGIN SELECT RAISE(ABORT, 'a register section''s product never changes'); END""",
    """CREATE TRIGGER register_sections_stay_closed BEFORE UPDATE ON register_sections
        WHEN OLD.closed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a closed register section stays closed'); END""",
    f"""CREATE TABLE register_entries (
        id INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES register_sections(id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
        occurred_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        quantity_in INTEGER NOT NULL CHECK (quantity_in >= 0),
        quantity_out INTEGER NOT NULL CHECK (quantity_out >= 0),
        balance INTEGER NOT NULL CHECK (balance >= 0),
        batch_balance INTEGER NOT NULL CHECK (batch_balance >= 0),
        corrects_entry_id INTEGER REFERENCES register_entries(id),
        late_reason TEXT,
        batch TEXT,
        expiry TEXT,
        entered_by INTEGER NOT NULL REFERENCES users(id),
        entered_by_name TEXT NOT NULL,
        witness_id INTEGER REFERENCES users(id),
        witness_name TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (section_id, seq)
    ) STRICT""",
    "CREATE INDEX register_entries_occurred ON register_entries(section_id, occurred_at)",
    "CREATE INDEX register_entries_corrects ON register_entries(corrects_entry_id)",
    # The running balance of each batch, like the section's: the batch's last entry holds it.
    "CREATE INDEX register_entries_batch ON register_entries(section_id, batch, seq)",
    """CREATE INDEX register_entries_inflows ON register_entries(section_id, batch)
        WHERE kind IN ('opening', 'receipt')""",
    *no_change_triggers("register_entries", "the controlled-drugs register"),
    # A clinic day closed after its reconciliation: later entries dated on it are late entries.
    """CREATE TABLE closed_days (
        day TEXT PRIMARY KEY,
        closed_at TEXT NOT NULL,
        closed_by INTEGER NOT NULL REFERENCES users(id)
    ) STRICT""",
    *no_change_triggers("closed_days", "closed clinic days"),
]
