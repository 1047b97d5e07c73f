"""The CPU time of one command-line process (`python -m hat_desktop ...`): user + system
time of the child, as `time` reports it, for --version, --help, verify and
export register --format csv on a small demo clinic. The test suite starts ~100 of these
processes; each command should load only what it uses. Prints medians; asserts nothing.

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python bench/bench_cli.py
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hat_desktop.services.demo import DEMO_PASSWORD, DEMO_USERS


def _run(words: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """One child process: its CPU seconds (user + system) and wall-clock seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "hat_desktop", *words], env=env, cwd=cwd,
                         stdin=subprocess.DEVNULL, capture_output=True, text=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(words)} failed ({out.returncode}): {out.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    opts = parser.parse_args()
    env = dict(os.environ, HAT_USER=DEMO_USERS[0][0], HAT_PASSWORD=DEMO_PASSWORD)
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        root = Path(tmp)
        data = root / "data"
        _run(["--data-dir", str(data), "demo", "--days", "2", "--patients", "3",
              "--history-days", "0"], env, root)
        today = time.strftime("%Y-%m-%d")
        commands = {
            "--version": ["--version"],
            "--help": ["--help"],
            "verify": ["--data-dir", str(data), "verify"],
            "export register --format csv": [
                "--data-dir", str(data), "export", "register", "--section", "DIAM100",
                "--from", "2000-01-01", "--to", today, "--format", "csv",
                "--output", str(root / "register.csv"), "--overwrite"],
        }
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(opts.runs):  # interleaved, so that every command sees the same load
            for name, words in commands.items():
                figures[name].append(_run(words, env, root))
    print(f"CPU (user + system) and wall time of one `python -m hat_desktop` process, "
          f"median of {opts.runs}:")
    for name, runs in figures.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(f"  {name:<30} CPU {cpu * 1000:6.0f} ms   wall {wall * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
