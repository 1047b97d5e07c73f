"""Evaluation figures (issue 18): the time to open the evaluation dashboard (Reports →
Evaluation: every figure read in one service call, the charts in view drawn by matplotlib
into Qt: the others are drawn as they are scrolled to) and to write the evaluation report
(PDF, nine charts as vector graphics), for a demo clinic of 20 patients whose treatment
episodes and outcome reviews span two years. Also: scrolling through every chart once.

Target: the dashboard opens in under 1 s, the PDF is written in under 5 s. matplotlib is
never imported at start-up: the Reports page has it imported in a background thread when a
reader first opens the page (evaluation_dashboard.prepare_charts), so the bench does that
first and waits for it, as a user choosing what to open would, and prints how long it took;
that time is not in the dashboard's. `--cold` leaves it out: the first dashboard then
imports matplotlib itself (as when the button is clicked before the import is done).

The demo writes two years of doses (and attendance) in bulk (services/demo_history), then
`--days` days through the real services day by day; `--history-days 0` leaves the bulk
history out (the episodes and reviews go back two years whatever it is). It prints the
demo's build time too.

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python \
        bench/bench_evaluation.py --days 60

`--reuse DIR` builds the demo in DIR the first time and opens it again on later runs (the
build takes minutes on a loaded machine); its key stays in the keyring it was built with,
so give every run the same keyring folder: XDG_DATA_HOME=DIR/keyring scripts/with-keyring.sh
Prints figures; asserts nothing (these machines are shared).
"""

import argparse
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hat_desktop.services import auth, evaluation
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD, build_demo
from hat_desktop.services.register_setup import open_register

NOW = datetime(2026, 3, 18, 14, 0, tzinfo=UTC)


def _drawn(app: Any, dashboard: Any) -> None:
    """Until every chart placed so far has been drawn (a canvas draws on the next turn of
    the event loop after it is shown)."""
    for _ in range(50):
        app.processEvents()
        if not any(getattr(c, "_draw_pending", False) for c in dashboard.canvases.values()):
            return


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--patients", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--history-days", type=int, default=730)
    parser.add_argument("--reuse", type=Path, default=None,
                        help="a folder for the demo, built there once and reused after")
    parser.add_argument("--cold", action="store_true",
                        help="no background import of matplotlib before the first dashboard")
    args = parser.parse_args()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from hat_desktop.gui.evaluation_dashboard import EvaluationDashboard, prepare_charts

    app = QApplication.instance() or QApplication([])
    base = args.reuse or Path(tempfile.mkdtemp(prefix="hat-bench-evaluation-"))
    print(_load(), "at the start")
    if (base / "data").exists():
        print(f"demo: reused from {base / 'data'} (built by an earlier run)")
    else:
        t0 = time.perf_counter()
        c0 = time.process_time()
        build_demo(base / "data", days=args.days, patient_count=args.patients, seed=5, now=NOW,
                   history_days=args.history_days)
        print(f"demo: {args.patients} patients, episodes over two years, {args.history_days} "
              f"days of doses in bulk then {args.days} through the services, built in "
              f"{time.perf_counter() - t0:.1f} s ({time.process_time() - c0:.1f} s of CPU)")
    reg = open_register(base / "data", clock=ManualClock(NOW))
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        first, last = evaluation.default_period(reg)
        if not args.cold:
            t0 = time.perf_counter()
            importing = prepare_charts()
            if importing is not None:
                importing.join()
            print(f"matplotlib imported in the background (Reports first shown): "
                  f"{time.perf_counter() - t0:.2f} s, not counted in the opens below")
        reads, cpu, opens, open_cpu = [], [], [], []
        for n in range(args.repeat):
            t0 = time.perf_counter()
            c0 = time.process_time()
            ev = evaluation.evaluation(reg, manager, first, last)
            reads.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            t0 = time.perf_counter()
            c0 = time.process_time()
            dashboard = EvaluationDashboard(reg, manager)
            dashboard.view.resize(1280, 720)
            dashboard.view.show()
            _drawn(app, dashboard)  # painted: the charts in view are drawn
            opens.append(time.perf_counter() - t0)
            open_cpu.append(time.process_time() - c0)
            label = ("first (imports matplotlib)" if args.cold else "first") if n == 0 \
                else f"again ({n + 1})"
            print(f"dashboard open at 1280x720, {label}: {opens[-1]:.2f} s ({open_cpu[-1]:.2f} s "
                  f"of CPU), {len(dashboard.canvases)} of {len(dashboard.slots)} charts drawn "
                  f"({_load()})")
            if n == args.repeat - 1:
                bar = dashboard.ui.chartArea.verticalScrollBar()
                t0 = time.perf_counter()
                while bar.value() < bar.maximum():
                    bar.setValue(bar.value() + bar.pageStep())
                    _drawn(app, dashboard)
                print(f"scrolling to the last chart: {time.perf_counter() - t0:.2f} s, "
                      f"{len(dashboard.canvases)} charts drawn")
            dashboard.view.close()
            dashboard.view.deleteLater()  # as the app does after the dialog: deleted, not
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # left for the next opens
            app.processEvents()
        print(f"figures read (one service call): median {statistics.median(reads):.3f} s "
              f"({statistics.median(cpu):.3f} s of CPU) for {len(ev.patients)} patients, "
              f"{ev.survival.episodes} episodes")
        again = statistics.median(opens[1:] or opens)
        again_cpu = statistics.median(open_cpu[1:] or open_cpu)
        print(f"dashboard open after the first: median {again:.2f} s ({again_cpu:.2f} s of "
              "CPU) (target < 1 s)")
        print(f"dashboard open, the first included: median {statistics.median(opens):.2f} s "
              f"({statistics.median(open_cpu):.2f} s of CPU)")
        out = Path(tempfile.mkdtemp(prefix="hat-bench-evaluation-reports-"))
        for n in range(2):
            t0 = time.perf_counter()
            path, _ = evaluation.save_report(reg, manager, first, last, out / f"report{n}.pdf")
            took = time.perf_counter() - t0
            print(f"evaluation report written in {took:.2f} s, {path.stat().st_size / 1024:.0f}"
                  f" KiB (target < 5 s) ({_load()})")
    finally:
        reg.close()


if __name__ == "__main__":
    main()
