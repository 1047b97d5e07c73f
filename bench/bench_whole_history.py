"""Whole-history CSVs: the time and peak memory of the attendance, attendance-grid,
missed-dose and holds CSVs (written as their rows are made, through a temporary file,
as the Reports page and the commands write them) over periods of growing length. The
memory must stay flat as the period grows; the time grows with the rows.

A demo register is short (and a long one does not always build), so the history is made
longer by reading the same register as if later: opened with its clock a year, then three
years, after the demo's last day. Patients without a dose since are missed, then on hold,
until their prescriptions (120 days) end, so the rows grow less than the period; but every
day of every patient is walked by the rule engine, and the grid has a column per day and
session of the whole period. Run with a keyring:
    scripts/with-keyring.sh .venv/bin/python bench/bench_whole_history.py
    (--days 30 --patients 15 --seed 7 --later 365,1095 by default: the demo the tests build)
Prints figures; asserts nothing (these machines are shared). The peak is Python's own
allocations while the file is written (tracemalloc, in a second run: it slows the first).
"""

import argparse
import gc
import os
import resource
import shutil
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.services import attendance_export, attendance_reports, auth, report_catalogue
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD, build_demo
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import open_register

NOW = datetime(2026, 3, 18, 14, 0, tzinfo=UTC)
SPECS = (attendance_export.ATTENDANCE_CSV, attendance_reports.COHORT_GRID_CSV,
         attendance_reports.MISSED_DOSES_CSV, attendance_reports.HOLDS_CSV)


def _write(reg: OpenRegister, actor: User, spec: report_catalogue.ReportSpec, first: date,
           last: date, folder: Path, n: int) -> tuple[float, float, int, int]:
    """Seconds, peak MiB, rows and bytes of one streamed export (written twice: timed, then
    traced)."""
    days = [0]

    def progress(_stage: str, done: int, _total: int) -> bool:
        days[0] = done
        return True

    gc.collect()
    t0 = time.perf_counter()
    path, rows = report_catalogue.save(reg, actor, spec, first, last, folder / f"{n}a.csv",
                                       progress=progress)
    took = time.perf_counter() - t0
    size = path.stat().st_size
    gc.collect()
    tracemalloc.start()
    report_catalogue.save(reg, actor, spec, first, last, folder / f"{n}b.csv")
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return took, peak / 2**20, rows, size


def _run(data: Path, now: datetime, periods: list[int], folder: Path, counter: list[int]
         ) -> None:
    reg = open_register(data, clock=ManualClock(now))
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        last = now.date()
        for days in periods:
            first = last - timedelta(days=days - 1)
            print(f"-- {first} to {last}: {days} days ({days / 365.25:.1f} years)")
            for spec in SPECS:
                counter[0] += 1
                took, peak, rows, size = _write(reg, manager, spec, first, last, folder,
                                                counter[0])
                print(f"   {spec.title:32} {took:7.2f} s  peak {peak:6.2f} MiB  "
                      f"{size / 2**20:8.2f} MiB file  {rows:>8} rows")
    finally:
        reg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--patients", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--later", default="365,1095",
                        help="read it again these many days after the demo's last day")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="hat-bench-history-"))
    try:
        t0 = time.perf_counter()
        build_demo(base / "data", days=args.days, patient_count=args.patients,
                   seed=args.seed, now=NOW)
        print(f"demo of {args.days} days, {args.patients} patients built in "
              f"{time.perf_counter() - t0:.1f} s; load average "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        folder = base / "out"
        folder.mkdir()
        counter = [0]
        _run(base / "data", NOW, [args.days + 1], folder, counter)
        for later in (int(n) for n in args.later.split(",")):
            _run(base / "data", NOW + timedelta(days=later), [args.days + 1 + later], folder,
                 counter)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"the process's largest resident size: {rss:.0f} MiB; load average "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
