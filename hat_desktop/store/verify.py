"""Checking that the register is intact: encryption, structure, its triggers and indexes
(store.schema_check), chains, balances.

The page-level checks (every page's HMAC, SQLite's integrity check) run on a
second connection in a thread while this one walks the hash chains: SQLite
releases the GIL, so on two cores the two halves overlap.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlcipher3

from hat_desktop.domain.errors import HatError
from hat_desktop.store import ledger, schema_check, seals
from hat_desktop.store.audit import AUDIT_LOG
from hat_desktop.store.connection import Database
from hat_desktop.store.outcomes import LEDGERS as OUTCOME_LEDGERS
from hat_desktop.store.register import REGISTER_ENTRIES, iter_balance_rows

# progress(stage, done, total) -> False to stop early
Progress = Callable[[str, int, int], bool]
MAX_PROBLEMS = 50


@dataclass
class VerifyResult:
    problems: list[str] = field(default_factory=list)
    entries_checked: int = 0
    records_checked: int = 0  # rows of the sealed tables (store.seals)
    file_damaged: bool = False
    cancelled: bool = False
    compared_with: str | None = None  # the newest backup the chains were compared with
    backups_compared: int = 0
    backup_note: str = ""  # one sentence: what those comparisons found, or why there were none
    verdict_basis: str = ""  # what "intact" rests on: "it matches 14 backups, the newest …"

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    @property
    def verdict(self) -> str:
        """The last line: intact or not, and what that rests on — never a bare "intact"
        when no backup could be compared."""
        if self.cancelled:
            return "Verification was cancelled before it finished."
        if not self.ok:
            return f"The register is NOT intact: {len(self.problems)} problem(s) found."
        if self.backups_compared:
            return f"The register is intact; {self.verdict_basis}."
        return ("The register is intact as far as the file itself can show; "
                + (self.verdict_basis or "it was compared with no backup") + ".")


def _section_name(db: Database, section_id: object) -> str:
    code = db.scalar("SELECT code FROM register_sections WHERE id = ?", (section_id,))
    return f"Register section {code or f'#{section_id}'}"


def _ledgers() -> list[tuple[ledger.LedgerTable, Callable[[Database, object], str]]]:
    """Every hash chain: the register's sections, the audit log, the seals of every other
    clinical record."""
    return [
        (REGISTER_ENTRIES, _section_name),
        (AUDIT_LOG, lambda db, _value: "Audit log"),
        *((table, _whole_table(table.label)) for table in OUTCOME_LEDGERS),
        (seals.RECORD_SEALS, lambda db, _value: "The chain of clinical records"),
    ]


def _whole_table(label: str) -> Callable[[Database, object], str]:
    """How verify names a chain that is one whole table: 'Treatment episodes'."""
    return lambda _db, _value: label[:1].upper() + label[1:]


class _FileCheck(threading.Thread):
    """cipher_integrity_check and integrity_check on their own connection."""

    def __init__(self, db: Database) -> None:
        super().__init__(name="verify-file", daemon=True)
        self.db = db.open_another()
        self.problems: list[str] = []

    def run(self) -> None:
        try:
            for (message,) in self.db.iterate("PRAGMA cipher_integrity_check"):
                self.problems.append(f"The register file is damaged: {message}.")
            for (message,) in self.db.iterate("PRAGMA integrity_check"):
                if message != "ok":
                    self.problems.append(f"The register's structure is damaged: {message}.")
        except (sqlcipher3.DatabaseError, HatError) as exc:
            if "interrupt" not in str(exc):
                self.problems.append(_unreadable(exc))
        finally:
            self.db.close()

    def stop(self) -> None:
        self.db.interrupt()


def _unreadable(exc: Exception) -> str:
    """A part of the file that cannot be read, as a problem: the store's own sentence (a
    damaged file, a failing disk), or the driver's words for anything else."""
    return str(exc) if isinstance(exc, HatError) else f"The register file is damaged: {exc}."


def verify(db: Database, progress: Progress | None = None) -> VerifyResult:
    result = VerifyResult()
    chain_problems: list[str] = []

    def report(stage: str, done: int, total: int) -> bool:
        if progress is not None and not progress(stage, done, total):
            result.cancelled = True
            return False
        return True

    try:
        file_check = _FileCheck(db)
    except (sqlcipher3.DatabaseError, HatError) as exc:
        result.problems.append(_unreadable(exc))
        result.file_damaged = True
        return result
    file_check.start()
    try:
        _walk_chains(db, result, chain_problems, report)
    except (sqlcipher3.DatabaseError, HatError) as exc:
        chain_problems.append(_unreadable(exc))
    finally:
        if result.cancelled:
            file_check.stop()
        file_check.join()
    result.file_damaged = bool(file_check.problems)
    result.problems = file_check.problems + chain_problems[:MAX_PROBLEMS]
    return result


def _walk_chains(db: Database, result: VerifyResult, problems: list[str],
                 report: Callable[[str, int, int], bool]) -> None:
    schema_check.check(db, problems)  # the triggers and indexes, as the migrations made them
    for table, describe in _ledgers():
        if not db.has_table(table.name):  # a backup from before the table existed
            continue
        total = int(db.scalar(f"SELECT count(*) FROM {table.name}"))
        stage = f"Checking the {table.label}"
        if not report(stage, 0, total):
            return
        for done, broken in ledger.walk_chain(db, table):
            if broken is not None:
                where = describe(db, broken.chain_value)
                problems.append(f"{where}, entry {broken.entry_id}: {broken.problem}.")
            if done % 20000 == 0 and not report(stage, done, total):
                return
        _check_numbering(db, table, problems)
        result.entries_checked += total
        report(stage, total, total)
    _check_balances(db, problems, report)
    if report("Checking the clinical records against their seals", 0, 1):
        result.records_checked = seals.check(db, problems)
        report("Checking the clinical records against their seals", 1, 1)


def compare_with_copy(db: Database, copy: Database, copy_name: str) -> list[str]:
    """Every chain of an earlier copy (a backup) must still be in the register, entry
    for entry: its newest entry is there with the same hash (which pins every entry
    before it). This is what catches the newest entries removed, or an older copy of
    the register put back, which the register's own chains cannot show."""
    problems: list[str] = []
    for table, describe in _ledgers():
        if not copy.has_table(table.name):  # a copy older than the table has none of it
            continue
        for value, seq, entry_id, digest in ledger.chain_heads(copy, table):
            found = ledger.hash_at(db, table, value, seq)
            if found == digest:
                continue
            where = f"{describe(db, value)}, entry {entry_id}"
            problems.append(
                f"{where}: it is in {copy_name} but not in the register (entries were "
                "removed, or an older copy of the register was put back)." if found is None
                else f"{where}: it differs from {copy_name} (the register was changed or "
                "replaced).")
    return problems


def _check_numbering(db: Database, table: ledger.LedgerTable, problems: list[str]) -> None:
    """Entries are numbered 1, 2, 3... across the whole table (ledger.append), so a gap is
    an entry removed — even the newest of its own section, which no later entry of its
    chain links to."""
    row = db.one(f"SELECT count(*), coalesce(max(id), 0) FROM {table.name}")
    assert row is not None
    count, top = row
    if count == top:
        return
    expected = 1
    for (entry_id,) in db.iterate(f"SELECT id FROM {table.name} ORDER BY id"):
        if entry_id != expected:
            problems.append(f"The {table.label} has no entry {expected} (entries are numbered "
                            "without gaps): an entry is missing.")
            return
        expected += 1


def _check_balances(db: Database, problems: list[str],
                    report: Callable[[str, int, int], bool]) -> None:
    """Every running balance (the section's, and the entry's batch's) equals the one before
    it plus what came in minus what went out, and never drops below zero."""
    if not report("Checking the running balances", 0, 1):
        return
    current, expected = None, 0
    per_batch: dict[str | None, int] = {}
    for section_id, _seq, entry_id, q_in, q_out, balance, batch, batch_balance in \
            iter_balance_rows(db):
        if section_id != current:
            current, expected, per_batch = section_id, 0, {}
        expected += q_in - q_out
        if balance != expected or balance < 0:
            problems.append(
                f"{_section_name(db, section_id)}, entry {entry_id}: the running balance is "
                f"{balance} but the entries before it add up to {expected}."
            )
            expected = balance
        batch_expected = per_batch.get(batch, 0) + q_in - q_out
        if batch_balance != batch_expected or batch_balance < 0:
            problems.append(
                f"{_section_name(db, section_id)}, entry {entry_id}: the balance of batch "
                f"{batch or '(none)'} is {batch_balance} but its entries add up to "
                f"{batch_expected}."
            )
            batch_expected = batch_balance
        per_batch[batch] = batch_expected
    report("Checking the running balances", 1, 1)
