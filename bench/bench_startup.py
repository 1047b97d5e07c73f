"""Start-up: from launching `hat-desktop` to the login window on screen, beside a bare
PySide6 window (a QLabel shown by a three-line script) launched the same way on the same
machine, and from pressing Log in to the Today page on screen (issue 14, "Start-up":
the login window within 1.5x the bare window).

Each launch is a new Python process, run alternately (bare, app, bare, app…) so that
both see the same load; the child reports the moment its window has been shown and
painted, measured on the same clock as the launch. Prints medians; asserts nothing.

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python bench/bench_startup.py
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hat_desktop.services import auth
from hat_desktop.services.clock import SystemClock
from hat_desktop.services.register_setup import NewRegister, create_register

USER, PASSWORD = "bench-manager", "bench-password-1"

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv); label = QLabel("HAT Desktop"); label.show()
app.processEvents(); label.repaint(); print("SHOWN", time.time(), flush=True)
"""

# Runs the real program (hat_desktop.launcher.main) and reports, from inside it, when
# the login window is shown; then logs in and reports when the Today page is shown.
APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from hat_desktop.launcher import main

USER, PASSWORD = sys.argv[1], sys.argv[2]
marks = {}

def poll():
    app = QApplication.instance()
    dialog = app.activeModalWidget() if app else None
    if "login" not in marks and isinstance(dialog, QDialog) and dialog.isVisible():
        dialog.repaint()
        marks["login"] = time.time()
        ui = dialog.ui
        ui.userEdit.setText(USER)
        ui.passwordEdit.setText(PASSWORD)
        marks["click"] = time.time()
        ui.loginButton.click()
    window = next((w for w in (app.topLevelWidgets() if app else [])
                   if w.objectName() == "MainWindow" and w.isVisible()), None)
    if "login" in marks and window is not None:
        app.processEvents()
        window.repaint()
        marks["today"] = time.time()
        print("MARKS", marks["login"], marks["click"], marks["today"], flush=True)
        import os
        os._exit(0)  # measured: no closing backup, no clean-up
    QTimer.singleShot(2, poll)

_orig = QApplication.__init__
def patched(self, *a, **k):
    _orig(self, *a, **k)
    QTimer.singleShot(0, poll)
QApplication.__init__ = patched
sys.exit(main(sys.argv[3:]))
"""


def run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, timeout=300, check=False)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith(("SHOWN", "MARKS"))),
                None)
    if line is None:
        raise SystemExit(f"no window was reported:\n{out.stdout}\n{out.stderr[-2000:]}")
    return start, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed program has its bytecode compiled (pip does it at install, PyInstaller
    # at build): with PYTHONDONTWRITEBYTECODE set (as on some CI machines) every launch
    # would compile the package's source first, which the bare window never does. One
    # launch of each, not measured, leaves the bytecode as an installation would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    root = Path(tempfile.mkdtemp(prefix="hat-bench-start-"))
    data_dir = root / "data"
    auth.use_hashing(auth.PRODUCTION_HASHING)
    create_register(data_dir, NewRegister(
        clinic_name="Bench Clinic", clinic_address="1 Bench Road", admin_username=USER,
        admin_full_name="Bea Manager", admin_password=PASSWORD), root / "sheet.pdf",
        clock=SystemClock())[0].close()
    bare, login, today = [], [], []
    run(BARE, [], env)
    run(APP, [USER, PASSWORD, "--data-dir", str(data_dir)], env)  # the bytecode, as installed
    for _ in range(runs):
        start, line = run(BARE, [], env)
        bare.append(float(line.split()[1]) - start)
        start, line = run(APP, [USER, PASSWORD, "--data-dir", str(data_dir)], env)
        shown, click, done = (float(x) for x in line.split()[1:])
        login.append(shown - start)
        today.append(done - click)
    med = statistics.median
    figures = {"runs": runs, "bare_window_s": round(med(bare), 3),
               "login_window_s": round(med(login), 3),
               "ratio": round(med(login) / med(bare), 2),
               "login_to_today_s": round(med(today), 3)}
    print(f"launch -> bare QLabel window shown   median {med(bare):.3f} s  "
          f"(min {min(bare):.3f}, max {max(bare):.3f})")
    print(f"launch -> login window shown         median {med(login):.3f} s  "
          f"(min {min(login):.3f}, max {max(login):.3f})")
    print(f"ratio login window / bare window     {med(login) / med(bare):.2f}  (target <= 1.5)")
    print(f"Log in -> Today page shown           median {med(today):.3f} s  "
          f"(includes the password hash: production argon2id)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
