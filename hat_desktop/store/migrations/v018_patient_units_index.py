"""Schema 18: the units each patient took from the register read from an index.

The evaluation's costs sum, per patient, section and batch, the units that left the
register naming a patient (every administration). Each entry's patient is in its JSON
details, so that read went through every entry of the register, its full details
decrypted and parsed (two years of a 20-patient clinic: 19k entries, 12 MB). This index
holds the patient, section, batch, date and units of each entry that took units out
(corrections left out): the sum reads the index alone. Nothing is written: an index only."""

from collections.abc import Callable, Sequence

from hat_desktop.store.connection import Database

SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE INDEX register_entries_patient_units ON register_entries(
        json_extract(details, '$.patient_id'), section_id, batch, occurred_at, quantity_out)
        WHERE quantity_out > 0 AND kind != 'correction'""",
]
