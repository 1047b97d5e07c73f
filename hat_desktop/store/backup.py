"""Encrypted copies of the register: written with sqlcipher_export under the same key
and salt, so a copy opens with the recovery key (and, in passphrase mode, the passphrase)."""

from pathlib import Path

from hat_desktop.store.connection import Database


def export_copy(db: Database, target: Path) -> None:
    """Write a complete encrypted copy of ``db`` to ``target``: a new, empty file (made
    private by store.files), never one that holds anything."""
    if target.is_symlink() or (target.exists() and target.stat().st_size):
        raise FileExistsError(target)
    version = int(db.scalar("PRAGMA user_version"))
    path = str(target).replace("'", "''")
    with db.writing_to(target):
        db.execute(f"ATTACH DATABASE '{path}' AS backup KEY \"{db.attach_key_sql()}\"")
        try:
            db.execute("SELECT sqlcipher_export('backup')")
            db.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            db.execute("DETACH DATABASE backup")

