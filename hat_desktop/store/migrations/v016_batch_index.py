"""Schema 16: each batch's stock read from an index, however long the section's history.

The list of a section's batches (every dose chooses its batch from it) grouped every
receipt of the section; at a million entries that was seconds per dose. The index of the
inflows (openings and receipts) now carries the expiry too, so the batches are found by
skipping from one batch to the next in the index and each one's expiry is one look-up; the
balance of each is still its newest entry's (hash-chained and re-added by verify). Nothing
is written: an index only."""

from collections.abc import Callable, Sequence

from hat_desktop.store.connection import Database

SQL: Sequence[str | Callable[[Database], None]] = [
    "DROP INDEX register_entries_inflows",
    """CREATE INDEX register_entries_inflows ON register_entries(section_id, batch, expiry)
        WHERE kind IN ('opening', 'receipt')""",
]
