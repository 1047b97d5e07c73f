"""Checking that the register is intact: encryption, structure, chains, balances."""

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlcipher3

from hat_desktop.store import ledger
from hat_desktop.store.audit import AUDIT_LOG
from hat_desktop.store.connection import Database

# progress(stage, done, total) -> False to stop early
Progress = Callable[[str, int, int], bool]
MAX_PROBLEMS = 50


@dataclass
class VerifyResult:
    problems: list[str] = field(default_factory=list)
    entries_checked: int = 0
    file_damaged: bool = False
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


def _ledgers() -> list[tuple[ledger.LedgerTable, Callable[[Database, object], str]]]:
    return [(AUDIT_LOG, lambda db, _value: "Audit log")]


def verify(db: Database, progress: Progress | None = None) -> VerifyResult:
    result = VerifyResult()

    def report(stage: str, done: int, total: int) -> bool:
        if progress is not None and not progress(stage, done, total):
            result.cancelled = True
            return False
        return True

    if not report("Checking the encryption of every page", 0, 1):
        return result
    try:
        for (message,) in db.iterate("PRAGMA cipher_integrity_check"):
            result.problems.append(f"The register file is damaged: {message}.")
        for (message,) in db.iterate("PRAGMA integrity_check"):
            if message != "ok":
                result.problems.append(f"The register's structure is damaged: {message}.")
    except sqlcipher3.DatabaseError as exc:
        result.problems.append(f"The register file is damaged: {exc}.")
    if result.problems:
        result.file_damaged = True
        return result

    for table, describe in _ledgers():
        total = int(db.scalar(f"SELECT count(*) FROM {table.name}"))
        stage = f"Checking the {table.label}"
        if not report(stage, 0, total):
            return result
        for done, broken in ledger.walk_chain(db, table):
            if broken is not None and len(result.problems) < MAX_PROBLEMS:
                where = describe(db, broken.chain_value)
                result.problems.append(f"{where}, entry {broken.entry_id}: {broken.problem}.")
            if done % 20000 == 0 and not report(stage, done, total):
                return result
        result.entries_checked += total
        report(stage, total, total)
    return result
