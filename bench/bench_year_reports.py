"""A year's reports: the time and the peak memory of every report over a period (the
Reports page's list: missed doses, attendance grid, holds, attendance record,
reconciliations, audit log; PDF and CSV) for a year's worth of a clinic's attendance, and
the size of each file.

The demo builder writes prescriptions of 120 days, so a year of 15 patients (15 x 365 x 2
= 10,950 patient-sessions) is stood in for by 119 days of 46 patients (10,948), reported
over 365 days (the period's limit) ending today. Run with `make bench` (needs a keyring;
the make target starts one), or alone:
    scripts/with-keyring.sh .venv/bin/python bench/bench_year_reports.py
Prints figures; asserts nothing (these machines are shared). The peak is Python's own
allocations while the report is made (tracemalloc, in a second run: it slows the first).
"""

import argparse
import gc
import resource
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hat_desktop.services import auth, report_catalogue
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD, build_demo
from hat_desktop.services.register_setup import open_register

NOW = datetime(2026, 3, 18, 14, 0, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=119)
    parser.add_argument("--patients", type=int, default=46)
    parser.add_argument("--period", type=int, default=365)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="hat-bench-year-"))
    t0 = time.perf_counter()
    build_demo(base / "data", days=args.days, patient_count=args.patients, seed=5, now=NOW)
    print(f"demo of {args.days} days, {args.patients} patients built in "
          f"{time.perf_counter() - t0:.1f} s")
    reg = open_register(base / "data", clock=ManualClock(NOW))
    last = NOW.date()
    first = last - timedelta(days=args.period - 1)
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        print(f"period {first} to {last} ({(last - first).days + 1} days)")
        for spec in report_catalogue.all_reports():
            if spec.one_day:
                continue
            gc.collect()
            t0 = time.perf_counter()
            data, rows = spec.render(reg, manager, first, last)
            took = time.perf_counter() - t0
            del data
            gc.collect()
            tracemalloc.start()
            data, _ = spec.render(reg, manager, first, last)
            _now, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") \
                if spec.fmt == "pdf" else 0
            extra = f", {pages} pages" if pages else ""
            print(f"{spec.title:34} {took:7.2f} s  peak {peak / 2**20:6.1f} MiB  "
                  f"{len(data) / 2**10:8.0f} KiB  {rows} rows{extra}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"the process's largest resident size: {rss:.0f} MiB")
    finally:
        reg.close()


if __name__ == "__main__":
    main()
