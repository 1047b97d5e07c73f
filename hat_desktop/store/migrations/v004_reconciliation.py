"""Schema 4: reconciliations (blind counts, sign-off) and discrepancies."""

from hat_desktop.store.ledger import no_change_triggers

SQL: list[str] = [
    """CREATE TABLE reconciliations (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL UNIQUE,
        counted_at TEXT NOT NULL,
        counted_by INTEGER NOT NULL REFERENCES users(id),
        counted_by_name TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("reconciliations", "reconciliations"),
    """CREATE TABLE reconciliation_counts (
        id INTEGER PRIMARY KEY,
        reconciliation_id INTEGER NOT NULL REFERENCES reconciliations(id),
        section_id INTEGER NOT NULL REFERENCES register_sections(id),
        batch TEXT,
        expected INTEGER NOT NULL CHECK (expected >= 0),
        counted INTEGER NOT NULL CHECK (counted >= 0),
        UNIQUE (reconciliation_id, section_id, batch)
    ) STRICT""",
    *no_change_triggers("reconciliation_counts", "stock counts"),
    """CREATE TABLE reconciliation_signoffs (
        reconciliation_id INTEGER PRIMARY KEY REFERENCES reconciliations(id),
        signed_at TEXT NOT NULL,
        pharmacist_id INTEGER NOT NULL REFERENCES users(id),
        pharmacist_name TEXT NOT NULL,
        witness_id INTEGER NOT NULL REFERENCES users(id),
        witness_name TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("reconciliation_signoffs", "reconciliation sign-offs"),
    """CREATE TABLE discrepancies (
        id INTEGER PRIMARY KEY,
        reconciliation_id INTEGER NOT NULL REFERENCES reconciliations(id),
        section_id INTEGER NOT NULL REFERENCES register_sections(id),
        expected INTEGER NOT NULL,
        counted INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (reconciliation_id, section_id)
    ) STRICT""",
    *no_change_triggers("discrepancies", "discrepancies (they are resolved, never deleted)"),
    """CREATE TABLE discrepancy_notes (
        id INTEGER PRIMARY KEY,
        discrepancy_id INTEGER NOT NULL REFERENCES discrepancies(id),
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        by_name TEXT NOT NULL,
        note TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("discrepancy_notes", "investigation notes"),
    """CREATE TABLE discrepancy_resolutions (
        discrepancy_id INTEGER PRIMARY KEY REFERENCES discrepancies(id),
        resolution TEXT NOT NULL CHECK (resolution IN ('explained', 'unexplained')),
        resolved_at TEXT NOT NULL,
        resolved_by INTEGER NOT NULL REFERENCES users(id),
        resolved_by_name TEXT NOT NULL,
        explanation TEXT NOT NULL,
        correction_entry_id INTEGER REFERENCES register_entries(id),
        reported_to TEXT,
        reported_at TEXT,
        report_reference TEXT,
        CHECK (resolution = 'unexplained' OR correction_entry_id IS NOT NULL),
        CHECK (resolution = 'explained' OR (reported_to IS NOT NULL AND reported_at IS NOT NULL
                                            AND report_reference IS NOT NULL))
    ) STRICT""",
    *no_change_triggers("discrepancy_resolutions", "discrepancy resolutions"),
]
