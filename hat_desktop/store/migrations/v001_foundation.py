"""Schema 1: register identity, users, settings, the audit log."""

from hat_desktop.store.ledger import no_change_triggers

SQL: list[str] = [
    # Written once at creation: the register's id and whether it is a demo.
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("meta", "the register's identity"),
    """CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL
            CHECK (role IN ('nurse', 'pharmacist', 'prescriber', 'manager', 'inspector')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        home_office_licence TEXT,
        professional_registration TEXT,
        gphc_number TEXT,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL
    ) STRICT""",
    # Users are never deleted (register entries name them); they are deactivated.
    """CREATE TRIGGER users_no_delete BEFORE DELETE ON users
        BEGIN SELECT RAISE(ABORT, 'user accounts are deactivated, never deleted'); END""",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id)
    ) STRICT""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        username TEXT,
        workstation TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX audit_log_at ON audit_log(at)",
    "CREATE INDEX audit_log_action ON audit_log(action, at)",
    *no_change_triggers("audit_log", "the audit log"),
]
