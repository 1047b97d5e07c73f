"""Evaluation extract figures: the time to write the evaluator's extract (episodes,
reviews, attendance, data dictionary) for a demo clinic, and the size of its files.

Run with `make bench` (needs a keyring; the make target starts one), or alone:
    scripts/with-keyring.sh .venv/bin/python bench/bench_evaluation_extract.py --days 120
Prints figures; asserts nothing (these machines are shared).
"""

import argparse
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from hat_desktop.services import auth, evaluation_extract
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD, build_demo
from hat_desktop.services.register_setup import open_register

NOW = datetime(2026, 3, 18, 14, 0, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--patients", type=int, default=20)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="hat-bench-extract-"))
    t0 = time.perf_counter()
    build_demo(base / "data", days=args.days, patient_count=args.patients, seed=5, now=NOW)
    print(f"demo of {args.days} days, {args.patients} patients built in "
          f"{time.perf_counter() - t0:.1f} s")
    reg = open_register(base / "data", clock=ManualClock(NOW))
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        for n, first in enumerate((date(2024, 1, 1), date(2025, 6, 1))):
            t0 = time.perf_counter()
            folder, rows = evaluation_extract.export_extract(
                reg, manager, first, NOW.date(), base / f"extract{n}")
            took = time.perf_counter() - t0
            size = sum(p.stat().st_size for p in folder.iterdir())
            print(f"extract {first} to {NOW.date()}: {rows} rows, {size / 1024:.0f} KiB "
                  f"in {took:.2f} s")
    finally:
        reg.close()


if __name__ == "__main__":
    main()
