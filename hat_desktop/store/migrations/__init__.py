"""Schema migrations keyed on PRAGMA user_version.

Each step brings the schema from version N-1 to N inside one transaction
(the user_version change included), so a crash leaves either the old or the
new schema, never half of one. Steps are appended, never edited once released.
A step is SQL statements, or a function of the open database where rows must be
written through Python (hash-chained rows, a secret drawn from the OS).
"""

import logging
from collections.abc import Callable, Sequence

from hat_desktop.domain.errors import RegisterUnavailable
from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.migrations import (
    v001_foundation,
    v002_register,
    v003_dosing,
    v004_reconciliation,
    v005_outcomes,
    v006_seals,
    v007_user_address,
    v008_witness_pins,
    v009_absences,
    v010_prescription_lines,
    v011_safety,
    v012_titration,
    v013_screens_contacts,
    v014_withholding_corrections,
    v015_top_ups,
    v016_batch_index,
    v017_absence_withdrawals,
    v018_patient_units_index,
)

log = logging.getLogger(__name__)


Statement = str | Callable[[Database], None]

# STEPS[i] migrates from version i to version i + 1.
STEPS: Sequence[tuple[str, Sequence[Statement]]] = (
    ("foundation: users, settings, audit log", v001_foundation.SQL),
    ("the controlled-drugs register", v002_register.SQL),
    ("patients, prescriptions, sessions, attendance, hold reviews", v003_dosing.SQL),
    ("reconciliations and discrepancies", v004_reconciliation.SQL),
    ("treatment episodes, outcome reviews, the pseudonym secret", v005_outcomes.STEPS),
    ("seals on every clinical record; no row ever replaced", v006_seals.SQL),
    ("a staff member's address (the prescriber's, on every administration)",
     v007_user_address.SQL),
    ("personal witness PINs; one dose (not one outcome) per session", v008_witness_pins.SQL),
    ("absences (custody, hospital, dosed elsewhere) and their returns", v009_absences.SQL),
    ("prescription lines: product, route, dose per session, take-home",
     v010_prescription_lines.SQL),
    ("post-dose readings, adverse events and their notes", v011_safety.SQL),
    ("titration plans, versioned like prescriptions", v012_titration.SQL),
    ("drug screens and their schedules; partner-agency contacts", v013_screens_contacts.SQL),
    ("a withholding recorded in error corrected by a witnessed note",
     v014_withholding_corrections.SQL),
    ("a top-up within a session: one more injection of a line, a record of its own",
     v015_top_ups.SQL),
    ("each batch's stock read from an index (the inflows index carries the expiry)",
     v016_batch_index.SQL),
    ("an absence entered by mistake withdrawn by a witnessed note",
     v017_absence_withdrawals.SQL),
    ("the units each patient took from the register read from an index",
     v018_patient_units_index.SQL),
)
LATEST = len(STEPS)


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def migrate(db: Database, target: int = LATEST) -> int:
    """Bring the register to ``target``; returns the version it started at."""
    start = schema_version(db)
    if start > LATEST:
        raise RegisterUnavailable(
            f"This register was written by a newer version of HAT Desktop (schema {start}; "
            f"this version knows up to {LATEST}). Install the newer version to open it."
        )
    for version in range(start + 1, target + 1):
        description, statements = STEPS[version - 1]
        log.info("migrating register schema to version %d (%s)", version, description)
        with db.transaction():
            for statement in statements:
                if isinstance(statement, str):
                    db.execute(statement)
                else:
                    statement(db)
            db.execute(f"PRAGMA user_version = {int(version)}")
    if target == LATEST:
        seals.install(db)  # from now on every write to a sealed table is sealed
    return start
