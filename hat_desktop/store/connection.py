"""Opening and creating the encrypted register (SQLCipher 4).

A data folder holds ``register.db`` (the SQLCipher database; ``register.db-journal``
beside it, empty between transactions) and ``register.json``, which names the register's
id and how its key is kept. It holds nothing else about the clinic: names and everything
else are inside the encrypted database.

Journal policy (no silent loss): a rollback journal (``journal_mode = TRUNCATE``) with
``synchronous = FULL``. When a transaction commits, every page it changed is in the main
file, whose pages SQLCipher authenticates, and fsynced there; the journal only ever holds
the page images of the one transaction in flight, so a damaged or deleted journal can cost
at most that unconfirmed transaction, never a confirmed entry. (In WAL mode confirmed
transactions live in the -wal file until a checkpoint, and SQLite silently ignores a WAL
from its first bad frame on: one flipped bit or a deleted -wal dropped confirmed entries
and the register still looked whole.)
"""

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from hat_desktop.domain.errors import RegisterDamaged, RegisterUnavailable
from hat_desktop.domain.register_keys import check_raw_key
from hat_desktop.store.driver_errors import (
    SQLITE_NOTADB,
    _cannot_open,
    damaged,
    disk_is_full,
    key_does_not_open,
    result_code,
    translate,
)
from hat_desktop.store.register_info import DB_FILE as DB_FILE
from hat_desktop.store.register_info import INFO_FILE as INFO_FILE
from hat_desktop.store.register_info import INFO_FORMAT as INFO_FORMAT
from hat_desktop.store.register_info import RegisterInfo as RegisterInfo
from hat_desktop.store.register_info import db_path as db_path
from hat_desktop.store.register_info import info_path as info_path
from hat_desktop.store.register_info import new_register_id as new_register_id
from hat_desktop.store.register_info import read_info as read_info
from hat_desktop.store.register_info import register_exists as register_exists
from hat_desktop.store.register_info import write_info as write_info

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

# SQLCipher writes its own error lines to stderr by default (e.g. on a wrong
# key); the user gets one clear sentence from us instead.
_quiet = sqlcipher3.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()

Params = Sequence[Any] | dict[str, Any]

# Prepared statements kept per connection. The driver's cache never lets go of the
# statements it met first: once full (128 by default, reached by the migrations' DDL
# alone), every statement not already in it is parsed again on each use, which made
# all later reads and writes two to three times slower. Room for the migrations and
# every statement the app issues.
STATEMENT_CACHE = 2048

# See the module docstring: every committed page is in the main file when COMMIT returns.
JOURNAL_MODE = "TRUNCATE"


def cipher_version() -> str:
    """The SQLCipher version the driver carries (self-test: 4.x is required)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


class Database:
    """One open register: the connection, transactions and after-commit hooks."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path, key: str, salt: bytes) -> None:
        self._conn = conn
        self.path = path
        self._key = key
        self._salt = salt
        self._depth = 0
        self._after_commit: list[Callable[[], None]] = []
        self._before_commit: list[Callable[[Database], None]] = []
        self._writing: Path | None = None
        # Run at the start of every write transaction (OpenRegister: the clock's check);
        # what it raises rolls the transaction back.
        self.before_write: Callable[[], None] | None = None

    def __repr__(self) -> str:  # never shows the key
        return f"<Database {self.path}>"

    # --- reading and writing -------------------------------------------------
    # Every call into the driver goes through one of these, so that a driver error caused
    # by the surroundings (a full disk, a damaged file...) reaches the services as the
    # domain error driver_errors gives it.
    def execute(self, sql: str, params: Params = ()) -> sqlcipher3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise

    def executemany(self, sql: str, rows: Sequence[Params]) -> sqlcipher3.Cursor:
        try:
            return self._conn.executemany(sql, rows)
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise

    def one(self, sql: str, params: Params = ()) -> sqlcipher3.Row | None:
        try:
            row: sqlcipher3.Row | None = self._conn.execute(sql, params).fetchone()
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise
        return row

    def all(self, sql: str, params: Params = ()) -> list[sqlcipher3.Row]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise

    def scalar(self, sql: str, params: Params = ()) -> Any:
        try:
            row = self._conn.execute(sql, params).fetchone()
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise
        return None if row is None else row[0]

    def iterate(
        self, sql: str, params: Params = (), batch: int = 5000
    ) -> Iterator[tuple[Any, ...]]:
        """Plain tuples (not Rows), for whole-table passes such as verify.

        The cursor is closed here, on the thread that iterates, however the loop ends: left
        to the garbage collector (an error's traceback holds this frame in a cycle) it was
        freed on whichever thread collected, while verify's file-check thread closed its
        connection, and the process died of a segmentation fault (seen in test_tamper)."""
        cur = self._conn.cursor()
        cur.row_factory = None
        try:
            cur.execute(sql, params)
            while rows := cur.fetchmany(batch):
                yield from rows
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise
        finally:
            cur.close()

    def has_table(self, name: str) -> bool:
        return bool(self.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    def _raise_domain_error(self, exc: sqlcipher3.Error) -> None:
        """Raise the domain error for ``exc`` (driver_errors); return when it is a fault in
        the program, which the caller then re-raises as it is."""
        error = translate(exc, self.path, writing=self._writing)
        if error is not None:
            raise error from exc

    @contextmanager
    def writing_to(self, other: Path) -> Iterator[None]:
        """Statements run inside write ``other`` (an attached copy): a full or read-only
        disk is reported as that file's."""
        self._writing = other
        try:
            yield
        finally:
            self._writing = None

    # --- transactions ---------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator["Database"]:
        """One service call = one transaction. Nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            if self.before_write is not None:
                self.before_write()
            yield self
            for guard in self._before_commit:
                guard(self)
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        hooks, self._after_commit = self._after_commit, []
        for hook in hooks:
            hook()

    def _rollback(self) -> None:
        """Undo the open transaction, if SQLite has not already (it rolls back by itself
        after some errors, such as a full disk); a failing rollback never hides the error
        that caused it."""
        self._after_commit.clear()
        if not self._conn.in_transaction:
            return
        try:
            self._conn.execute("ROLLBACK")
        except sqlcipher3.Error:
            log.exception("rolling back failed")

    def before_every_commit(self, guard: Callable[["Database"], None]) -> None:
        """Run ``guard`` at the end of every transaction, inside it, just before COMMIT (it
        may write; an exception rolls the whole transaction back). store.seals uses it."""
        if guard not in self._before_commit:
            self._before_commit.append(guard)

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once the current transaction has committed (never on rollback)."""
        if not self._depth:
            raise RuntimeError("after_commit outside a transaction")
        self._after_commit.append(hook)

    # --- key material for backups --------------------------------------------
    def attach_key_sql(self) -> str:
        """The KEY clause that gives a new file this register's key and salt.

        A copy written with it opens with the recovery key and, in passphrase
        mode, with the passphrase as well.
        """
        return f"x'{self._key}{self._salt.hex()}'"

    def open_another(self) -> "Database":
        """A second connection to the same register, for work on another thread."""
        try:
            conn = _connect(self.path, f"x'{self._key}'")
            _configure(conn)
        except sqlcipher3.Error as exc:
            self._raise_domain_error(exc)
            raise
        return Database(conn, self.path, self._key, self._salt)

    def recovery_key(self) -> str:
        """The raw key, for the manager's audited recovery-key export only."""
        return self._key

    def open_copy(self, path: Path) -> "Database":
        """Open another file encrypted with this register's key (a backup copy)."""
        return open_database(path, self._key, key_source="the register key")

    def read_copy(self, path: Path) -> "Database":
        """Open a backup copy made with this register's key to read it, never changing a
        byte of it (see open_database's ``read_only``)."""
        return open_database(path, self._key, key_source="the register key", read_only=True)

    def interrupt(self) -> None:
        """Stop the statement running on this connection (from another thread)."""
        self._conn.interrupt()

    def close(self) -> None:
        self._conn.close()


def _connect(path: Path, key_literal: str, *, read_only: bool = False
             ) -> sqlcipher3.Connection:
    where = f"{path.resolve().as_uri()}?immutable=1" if read_only else str(path)
    conn = sqlcipher3.connect(where, uri=read_only, isolation_level=None,
                              check_same_thread=False, cached_statements=STATEMENT_CACHE)
    conn.execute(f'PRAGMA key = "{key_literal}"')
    return conn


def _configure(conn: sqlcipher3.Connection, *, read_only: bool = False) -> None:
    conn.row_factory = sqlcipher3.Row
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files on disk
    if read_only:
        return
    mode = conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0]
    if str(mode).upper() != JOURNAL_MODE:  # an old WAL register still open elsewhere
        log.warning("the register stays in %s mode until no other program has it open", mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def check_register_file(path: Path) -> None:
    """Refuse files that cannot be a register before SQLCipher touches them."""
    if not path.exists():
        raise RegisterUnavailable(f"The register file {path} is missing.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_PLAIN_HEADER))
    except OSError as exc:
        raise RegisterUnavailable(
            f"The register file {path} cannot be read ({exc.strerror or exc})."
        ) from None
    if size == 0:
        raise RegisterDamaged(f"The register file {path} is empty: it is damaged.")
    if head == _SQLITE_PLAIN_HEADER:
        raise RegisterUnavailable(
            f"{path} is an unencrypted SQLite database, not an encrypted HAT register."
        )
    if size % PAGE_SIZE:
        raise RegisterDamaged(
            f"The register file {path} is damaged: it has been cut short (truncated)."
        )


def open_database(path: Path, key: str, *, key_source: str, read_only: bool = False
                  ) -> Database:
    """Open an existing register file. ``key_source`` names the key in messages,
    e.g. "the recovery key". ``read_only`` opens it immutable, to read a copy without
    changing a byte of it: no journal mode set, no locks, no journal files."""
    check_raw_key(key)
    check_register_file(path)
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # Refused now, not at the first entry: a register is written, and its journal is
        # made beside it (SQLite would open it read-only and fail at the first write).
        raise _cannot_open(path)
    with open(path, "rb") as fh:
        salt = fh.read(16)
    try:
        conn = _connect(path, f"x'{key}'", read_only=read_only)
    except sqlcipher3.Error as exc:
        raise translate(exc, path) or exc from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(conn, read_only=read_only)
    except sqlcipher3.Error as exc:
        error = (key_does_not_open(conn, path, key_source, PAGE_SIZE)
                 if result_code(exc) == SQLITE_NOTADB and not disk_is_full(path)
                 else translate(exc, path))
        conn.close()
        if error is None:
            log.exception("opening the register failed")
            error = damaged(path)
        raise error from None
    return Database(conn, path, key, salt)


def create_database(path: Path, key: str, salt: bytes | None = None) -> Database:
    """Create a new, empty encrypted file. With ``salt`` the file uses that salt
    (passphrase mode: the key was derived from the passphrase and this salt)."""
    check_raw_key(key)
    if path.exists():
        raise RegisterUnavailable(f"{path} already exists; a register is never overwritten.")
    literal = f"x'{key}{salt.hex()}'" if salt is not None else f"x'{key}'"
    path.touch(mode=0o600)  # readable by the clinic's account only
    try:
        conn = _connect(path, literal)
        conn.execute("PRAGMA page_size = 4096")
        _configure(conn)
        conn.execute("PRAGMA user_version = 0")  # page 1 (the salt) written now, not later
    except sqlcipher3.Error as exc:
        raise translate(exc, path) or exc from None
    with open(path, "rb") as fh:
        actual_salt = fh.read(16)
    if salt is not None and actual_salt != salt:
        conn.close()
        raise RuntimeError("SQLCipher did not keep the requested salt")
    return Database(conn, path, key, actual_salt)
