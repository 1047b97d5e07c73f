"""Foundation figures: open time, verify time at 100k and 1M ledger entries, and the
cost of encryption (the same write workload on SQLCipher and on plain SQLite).

The write figures use the register's journal policy (store.connection: a rollback journal,
synchronous=FULL, every committed page in the main file when COMMIT returns) on both; the
last line prices the policy itself against plain SQLite in WAL mode (the earlier policy,
which could lose confirmed entries with its -wal file).

Run with `make bench` (needs a keyring; the make target starts one). Prints figures;
asserts nothing: these machines are shared, so compare ratios from one run.
Targets (issue 2): open < 0.3 s; verify 1M entries < 10 s; SQLCipher/SQLite <= 1.5x.
"""

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from hat_desktop.services import verify
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import NewRegister, create_register, open_register
from hat_desktop.store import audit
from hat_desktop.store.connection import STATEMENT_CACHE, Database, _configure
from hat_desktop.store.migrations import migrate

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def fill(reg: OpenRegister, entries: int, per_transaction: int = 5000) -> None:
    """Append ``entries`` audit-log entries (each hash-chained) in big transactions."""
    t = START
    done = 0
    while done < entries:
        with reg.db.transaction():
            for _ in range(min(per_transaction, entries - done)):
                t += timedelta(seconds=7)
                audit.record(reg.db, at=t, user_id=1, username="manager",
                             workstation="bench-pc", action="export", target="section:1",
                             details={"rows": done, "format": "pdf"})
                done += 1


def bench_open(data_dir: Path, clock: ManualClock, repeat: int = 7) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        reg = open_register(data_dir, clock=clock)
        reg.settings  # noqa: B018 - what the app reads first
        times.append(time.perf_counter() - t0)
        reg.close()
    return times


def write_workload(db: Database, commits: int, per_commit: int) -> float:
    t0 = time.perf_counter()
    t = START
    for _ in range(commits):
        with db.transaction():
            for _ in range(per_commit):
                t += timedelta(seconds=3)
                audit.record(db, at=t, user_id=None, username="nurse", workstation="bench-pc",
                             action="login", details={"ok": 1})
    return time.perf_counter() - t0


def plain_database(path: Path, journal_mode: str | None = None) -> Database:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              cached_statements=STATEMENT_CACHE)
    _configure(conn)  # same pragmas: the journal policy, synchronous=FULL
    if journal_mode:
        conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    db = Database(conn, path, "0" * 64, b"\0" * 16)
    migrate(db)
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="hat-bench-"))
    clock = ManualClock(START)
    spec = NewRegister("Bench Clinic", "manager", "Bench Manager", "bench-password-1")
    reg, manager, _ = create_register(tmp / "data", spec, tmp / "sheet.pdf", clock=clock)
    reg.close()

    opens = bench_open(tmp / "data", clock)
    print(f"open register (keyring key, {len(opens)} runs):"
          f" median {statistics.median(opens):.3f} s,"
          f" max {max(opens):.3f} s   [target < 0.3 s]")

    reg = open_register(tmp / "data", clock=clock)
    have = 3
    for size in sizes:
        t0 = time.perf_counter()
        fill(reg, size - have)
        have = size
        fill_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = verify.verify_register(reg, manager)
        verify_s = time.perf_counter() - t0
        assert result.ok, result.problems
        have += 1  # verify's own audit entry
        print(f"verify {result.entries_checked:>9,} ledger entries: {verify_s:6.2f} s "
              f"({result.entries_checked / verify_s:,.0f} entries/s; filled in {fill_s:.1f} s)"
              + ("   [target 1M < 10 s]" if size >= 1_000_000 else ""))
    reg.close()

    # Same schema, same appends, same pragmas; only the encryption differs.
    enc_reg, _, _ = create_register(tmp / "enc", spec, tmp / "sheet2.pdf", clock=clock)
    plain = plain_database(tmp / "plain.db")
    wal = plain_database(tmp / "plain-wal.db", "WAL")
    for label, commits, per in (("one entry per commit", 2000, 1), ("500 per commit", 40, 500)):
        enc_s = write_workload(enc_reg.db, commits, per)
        plain_s = write_workload(plain, commits, per)
        n = commits * per
        print(f"write {n:,} entries, {label}: SQLCipher {enc_s:.2f} s, SQLite {plain_s:.2f} s, "
              f"ratio {enc_s / plain_s:.2f}x   [target <= 1.5x]")
        if per == 1:
            wal_s = write_workload(wal, commits, per)
            print(f"  the journal policy's own price: SQLCipher {enc_s / commits * 1000:.2f} ms "
                  f"per commit vs plain SQLite in WAL mode {wal_s / commits * 1000:.2f} ms, "
                  f"ratio {enc_s / wal_s:.2f}x")
    enc_reg.close()
    plain.close()
    wal.close()


if __name__ == "__main__":
    main()
