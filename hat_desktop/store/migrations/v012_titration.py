"""Schema 12: titration plans, versioned like prescriptions (a change or a stop is a new
version, never an edit). Append-only (triggers refuse UPDATE, DELETE and any REPLACE) and
sealed (store.seals.SEALED)."""

from collections.abc import Callable, Sequence

from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE titration_plans (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        section_id INTEGER NOT NULL REFERENCES register_sections(id),
        start_date TEXT NOT NULL,
        sessions TEXT NOT NULL,
        doses TEXT NOT NULL,
        start_mg INTEGER NOT NULL CHECK (start_mg > 0),
        step_mg INTEGER NOT NULL CHECK (step_mg > 0),
        step_unit TEXT NOT NULL CHECK (step_unit IN ('day', 'session')),
        target_mg INTEGER NOT NULL CHECK (target_mg > start_mg),
        ceiling_mg INTEGER NOT NULL CHECK (ceiling_mg > 0),
        top_up_mg INTEGER NOT NULL CHECK (top_up_mg >= 0),
        min_hours_between INTEGER NOT NULL CHECK (min_hours_between BETWEEN 0 AND 12),
        notes TEXT NOT NULL,
        change_reason TEXT NOT NULL,
        stopped INTEGER NOT NULL CHECK (stopped IN (0, 1)),
        prescriber_id INTEGER NOT NULL REFERENCES users(id),
        prescriber_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        hold_review_id INTEGER REFERENCES hold_reviews(id),
        UNIQUE (patient_id, version)
    ) STRICT""",
    *no_change_triggers("titration_plans", "titration plans (a change is a new version)"),
    seals.refuse_replacing("titration_plans"),
]
