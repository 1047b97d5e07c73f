"""The register's safeguards in its schema, checked: the triggers that refuse changing,
removing or replacing a row, and the indexes its look-ups name (a section's batches are read
``INDEXED BY register_entries_inflows``, schema 16: without it no dose can be recorded).

Someone holding the file and the key can drop, rewrite or add a trigger or an index without
touching a row, so no hash chain and no seal shows it. Verify compares them with what the
migrations make for the register's schema version, built once per version in memory."""

import functools
from pathlib import Path

import sqlcipher3

from hat_desktop.store import migrations
from hat_desktop.store.connection import Database

# (type, name) -> its SQL, whitespace made single spaces
Objects = dict[tuple[str, str], str]


def _objects(db: Database) -> Objects:
    return {(kind, name): " ".join((sql or "").split()) for kind, name, sql in db.all(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        "AND name NOT LIKE 'sqlite_autoindex_%'")}


@functools.cache
def expected(version: int) -> Objects:
    """The triggers and indexes the migrations make up to ``version``."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        made = Database(conn, Path(":memory:"), "", b"")
        migrations.migrate(made, version)
        return _objects(made)
    finally:
        conn.close()


def check(db: Database, problems: list[str]) -> None:
    """Each trigger and index missing, changed or added behind the app's back, named."""
    found = _objects(db)
    made = expected(migrations.schema_version(db))
    outside = "outside HAT Desktop (with the key)"
    for kind, name in sorted(made.keys() - found.keys()):
        problems.append(f"The register's {kind} {name} is missing: it was removed {outside}.")
    for kind, name in sorted(made.keys() & found.keys()):
        if made[kind, name] != found[kind, name]:
            problems.append(f"The register's {kind} {name} is not the one HAT Desktop made: "
                            f"it was changed {outside}.")
    for kind, name in sorted(found.keys() - made.keys()):
        problems.append(f"The register has a {kind} HAT Desktop never made ({name}): it was "
                        f"added {outside}.")
