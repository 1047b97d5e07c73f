"""Schema 5: treatment episodes, their exits, outcome reviews (TOP), the pseudonym secret.

Each table is append-only and hash-chained (one chain per table): an exit is a new row,
never a change to the episode. Patients registered before this version get an episode
(start: their first prescription's start date, else the day they were registered;
referral not recorded), and an exit dated at their discharge if they are discharged. The
register gets its pseudonym secret for the evaluator's extract (32 random bytes from the
operating system, kept in ``meta``, which is write-once).
"""

import secrets
from typing import Any

from hat_desktop.store import ledger
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers

EPISODES = ledger.LedgerTable("treatment_episodes", None, "treatment episodes")
EXITS = ledger.LedgerTable("episode_exits", None, "treatment exits")

_DAYS = "BETWEEN 0 AND 28"
_ITEMS = f"""
        opioid_days INTEGER CHECK (opioid_days {_DAYS}),
        crack_days INTEGER CHECK (crack_days {_DAYS}),
        cocaine_days INTEGER CHECK (cocaine_days {_DAYS}),
        alcohol_days INTEGER CHECK (alcohol_days {_DAYS}),
        alcohol_units INTEGER CHECK (alcohol_units BETWEEN 0 AND 200),
        benzodiazepine_days INTEGER CHECK (benzodiazepine_days {_DAYS}),
        other_drug_days INTEGER CHECK (other_drug_days {_DAYS}),
        injecting_days INTEGER CHECK (injecting_days {_DAYS}),
        shared_equipment INTEGER CHECK (shared_equipment IN (0, 1)),
        shoplifting_days INTEGER CHECK (shoplifting_days {_DAYS}),
        drug_selling_days INTEGER CHECK (drug_selling_days {_DAYS}),
        other_theft_days INTEGER CHECK (other_theft_days {_DAYS}),
        violence_days INTEGER CHECK (violence_days {_DAYS}),
        psychological_health INTEGER CHECK (psychological_health BETWEEN 0 AND 20),
        physical_health INTEGER CHECK (physical_health BETWEEN 0 AND 20),
        quality_of_life INTEGER CHECK (quality_of_life BETWEEN 0 AND 20),
        work_days INTEGER CHECK (work_days {_DAYS}),
        education_days INTEGER CHECK (education_days {_DAYS}),
        housing TEXT CHECK (housing IN ('acute_problem', 'at_risk', 'settled')),"""

SQL: list[str] = [
    """CREATE TABLE treatment_episodes (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        number INTEGER NOT NULL CHECK (number >= 1),
        referral_source TEXT NOT NULL,
        referral_date TEXT,
        assessment_date TEXT,
        start_date TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('recorded', 'migrated')),
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (patient_id, number)
    ) STRICT""",
    *no_change_triggers("treatment_episodes", "treatment episodes (an exit is a new record)"),
    """CREATE TABLE episode_exits (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        episode_id INTEGER NOT NULL UNIQUE REFERENCES treatment_episodes(id),
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        exit_date TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('completed_to_oral', 'transferred',
            'left_against_advice', 'discharged_conduct', 'custody', 'moved_away', 'died',
            'other')),
        note TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT""",
    *no_change_triggers("episode_exits", "treatment exits"),
    f"""CREATE TABLE outcome_reviews (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        episode_id INTEGER NOT NULL REFERENCES treatment_episodes(id),
        stage TEXT NOT NULL CHECK (stage IN ('start', 'review', 'exit')),
        review_date TEXT NOT NULL,
        completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
        not_completed_reason TEXT
            CHECK (not_completed_reason IN ('declined', 'not_seen', 'unable', 'other')),
        note TEXT NOT NULL,{_ITEMS}
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK ((completed = 1) = (not_completed_reason IS NULL)),
        CHECK (completed = 0 OR (opioid_days IS NOT NULL AND housing IS NOT NULL
                                 AND quality_of_life IS NOT NULL))
    ) STRICT""",
    "CREATE INDEX outcome_reviews_patient ON outcome_reviews(patient_id, review_date)",
    """CREATE UNIQUE INDEX outcome_reviews_one_start_one_exit
        ON outcome_reviews(episode_id, stage) WHERE stage IN ('start', 'exit')""",
    *no_change_triggers("outcome_reviews", "outcome reviews"),
]


def _episodes_for_earlier_patients(db: Database) -> None:
    rows = db.all(
        """SELECT p.id, p.status, p.created_at, p.created_by, u.full_name,
                  (SELECT min(start_date) FROM prescriptions rx WHERE rx.patient_id = p.id)
           FROM patients p JOIN users u ON u.id = p.created_by ORDER BY p.id""")
    for pid, status, created_at, created_by, created_by_name, first_rx in rows:
        start = first_rx or created_at[:10]
        episode_id = ledger.append(db, EPISODES, {
            "patient_id": pid, "number": 1, "referral_source": "not_recorded",
            "referral_date": None, "assessment_date": None, "start_date": start,
            "origin": "migrated", "recorded_at": created_at, "recorded_by": created_by,
            "recorded_by_name": created_by_name})
        if status == "discharged":
            _exit_at_discharge(db, pid, episode_id, start)


def _exit_at_discharge(db: Database, pid: int, episode_id: int, start: str) -> None:
    change: Any = db.one(
        """SELECT c.changed_at, c.changed_by, u.full_name FROM patient_status_changes c
           JOIN users u ON u.id = c.changed_by WHERE c.patient_id = ?
           AND c.status = 'discharged' ORDER BY c.id DESC LIMIT 1""", (pid,))
    if change is None:
        return
    changed_at, changed_by, name = change
    ledger.append(db, EXITS, {
        "episode_id": episode_id, "patient_id": pid,
        "exit_date": max(changed_at[:10], start), "reason": "other",
        "note": "Discharged before treatment episodes were recorded.",
        "recorded_at": changed_at, "recorded_by": changed_by, "recorded_by_name": name})


def _pseudonym_secret(db: Database) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES ('pseudonym_secret', ?)",
                (secrets.token_hex(32),))


STEPS: list[Any] = [*SQL, _episodes_for_earlier_patients, _pseudonym_secret]
