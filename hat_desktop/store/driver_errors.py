"""The one place where the database driver's errors become errors in the user's words.

SQLite reports what went wrong around it — a full disk, a damaged file, a file that
cannot be opened or written, another program holding the lock — with a result code.
Those become domain errors (domain/errors.py) that name the file and say what to do.
So does an index the app's SQL names (``INDEXED BY``) that is not there any more: removed
by someone holding the file and the key, it is damage to the register's structure, not a
fault in the program, and verify names it (store/schema_check). Anything else the driver
raises (a syntax error, a constraint or an append-only trigger refusing a change) is a
fault in the program, not in the clinic's surroundings: it passes through unchanged, to be
logged as one.
"""

import logging
import os
import shutil
from pathlib import Path

import sqlcipher3

from hat_desktop.domain.errors import (
    DiskFull,
    HatError,
    RegisterDamaged,
    RegisterUnavailable,
    StorageBusy,
    StorageFailed,
    StorageReadOnly,
    WrongKey,
)

log = logging.getLogger(__name__)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# SQLite's own wording of each code (sqlite3ErrStr). An error raised inside an SQL function
# such as sqlcipher_export reaches us as a generic SQLITE_ERROR carrying these words.
_WORDS = {
    "database or disk is full": SQLITE_FULL,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
    "unable to open database file": SQLITE_CANTOPEN,
    "attempt to write a readonly database": SQLITE_READONLY,
    "disk I/O error": SQLITE_IOERR,
    "database is locked": SQLITE_BUSY,
}


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error, if it carries one."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    if code & 0xFF == SQLITE_ERROR:
        return _WORDS.get(str(exc), SQLITE_ERROR)
    return code & 0xFF


# Less free space than this on the disk of a file SQLite could not open, read or write
# means the disk is full (SQLite then reports an I/O error or a file it cannot open, such
# as the shared-memory file it must grow, rather than SQLITE_FULL).
NEARLY_FULL = 256 * 1024


def disk_is_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (or its nearest existing folder) is full."""
    where = path
    while not where.exists() and where.parent != where:
        where = where.parent
    try:
        return shutil.disk_usage(where).free < NEARLY_FULL
    except OSError:
        return False


def disk_full(path: Path) -> DiskFull:
    return DiskFull(f"The disk holding {path} is full: nothing was written. Free some space "
                    "on it, then try again.")


def damaged(path: Path) -> RegisterDamaged:
    return RegisterDamaged(
        f"The register file {path} is damaged (its structure is broken or it is truncated); "
        "nothing was written. Restore the last good backup.")


def structure_damaged(path: Path, index: str) -> RegisterDamaged:
    return RegisterDamaged(
        f"The register {path} is damaged: its index {index}, part of its structure, is "
        "missing (it was removed outside HAT Desktop), so this cannot be done; nothing was "
        "written. Verify the register (Tools → Verify the register…, or `hat-desktop "
        "verify`), which names what is wrong, and tell the clinic manager.")


_NO_SUCH_INDEX = "no such index: "


def _made_by_the_app(index: str) -> bool:
    """Whether the migrations make ``index``: one that is gone was removed from the file; an
    index they never made, named by the app's SQL, is a fault in the program, logged as one."""
    from hat_desktop.store import migrations, schema_check

    return ("index", index) in schema_check.expected(migrations.LATEST)


def translate(exc: BaseException, path: Path, *, writing: Path | None = None
              ) -> HatError | None:
    """The domain error for a driver error caused by the surroundings, or None for one
    that is a fault in the program. ``path`` is the register being used; ``writing`` the
    other file being written, if any (a backup copy): a full or read-only disk is about
    that one, damage is about the register read."""
    code = result_code(exc)
    where = writing or path
    if code is None:
        return None
    if code == SQLITE_ERROR and str(exc).startswith(_NO_SUCH_INDEX) \
            and _made_by_the_app(str(exc).removeprefix(_NO_SUCH_INDEX)):
        index = str(exc).removeprefix(_NO_SUCH_INDEX)
        log.error("the register's index %s is missing: its structure was changed outside "
                  "HAT Desktop; the action was refused", index)
        return structure_damaged(path, index)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_NOTADB) and disk_is_full(where):
        error: HatError = disk_full(where)
    elif code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        error = damaged(path)
    elif code == SQLITE_FULL:
        error = disk_full(where)
    elif code == SQLITE_READONLY:
        error = StorageReadOnly(f"HAT Desktop may not write to {where} (the file or its "
                                "folder is read-only): nothing was written.")
    elif code in (SQLITE_CANTOPEN, SQLITE_PERM):
        error = _cannot_open(where)
    elif code == SQLITE_IOERR:
        error = StorageFailed(f"The disk holding {where} could not be read or written (a "
                              "failing disk, or a drive removed): nothing was written. Check "
                              "the disk, then try again.")
    elif code in (SQLITE_BUSY, SQLITE_LOCKED):
        error = StorageBusy(f"The register {path} is busy: another program is using it. "
                            "Nothing was written; try again in a moment.")
    else:
        return None
    log.error("%s: %s (%s)", type(error).__name__, getattr(exc, "sqlite_errorname", "?"),
              type(exc).__name__)
    return error


def _cannot_open(path: Path) -> RegisterUnavailable:
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):  # SQLite writes its journal beside
        return RegisterUnavailable(f"The file {path} cannot be opened: its folder {folder} is "
                                   "read-only, and HAT Desktop must be able to write there.")
    return RegisterUnavailable(f"The file {path} cannot be opened: its folder is missing, or "
                               "HAT Desktop may not use it.")


def key_does_not_open(conn: sqlcipher3.Connection, path: Path, key_source: str,
                      page_size: int) -> RegisterUnavailable:
    """Why a file whose first page does not decrypt cannot be opened: a wrong key (no page
    reads with it) or damage (most pages read, some do not). SQLCipher cannot tell the two
    apart from the first page alone, so every page's check is run (read-only)."""
    source = key_source[0].upper() + key_source[1:]
    noun = "the passphrase" if "passphrase" in key_source else "the key"
    try:
        failing = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
        total = path.stat().st_size // page_size
    except (sqlcipher3.Error, OSError):
        log.exception("checking the pages of an unopenable file failed")
        failing = total = 0
    if total > 1 and 0 < failing < total:
        log.error("%d of %d pages fail their check with a key that reads the others",
                  failing, total)
        return RegisterDamaged(
            f"The register file {path} is damaged: {failing} of its {total} pages fail their "
            "check, with a key that reads the others; nothing was written. Restore the last "
            "good backup.")
    if total > 1 and failing == total:
        return WrongKey(
            f"{source} does not open the register file {path}: it reads none of the file's "
            f"pages, so {noun} is wrong or the file is not a HAT register.")
    return WrongKey(  # one page, or the pages could not be checked: it cannot be told
        f"{source} does not open the register file {path}: the key is wrong, or the file is "
        "damaged or is not a HAT register.")
