"""Start-up: from launching `hat-desktop` to the login window on screen, beside a bare
PySide6 window (a QLabel shown by a three-line script) launched the same way on the same
machine; from launching to the login window usable (the register opened behind it, Log in
offered); from pressing Log in to the Today page on screen (issue 14, "Start-up": the
login window within 1.5x the bare window); the screen then locked, from pressing Unlock to
the Today page on screen again (what a nurse waits for after each auto-lock); and, logged
out, from pressing Log in again to the Today page (the next user at the same running app).

Each launch is a new Python process, run alternately (bare, app, bare, app…) so that
both see the same load; the child reports the moment its window has been shown and
painted, measured on the same clock as the launch. The app's child types the user name
and password as soon as the login window is painted (while the register opens: nothing
typed may be lost) and clicks Log in once it is offered; once the Today page is shown it
locks the screen and unlocks it with the same password, then logs out and in again. Prints
medians (the ratio also launch by launch); asserts nothing.

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python bench/bench_startup.py

The children are `python -c` with this interpreter: they import hat_desktop from the current
folder first, then PYTHONPATH, then the installed package. With the development venv's
editable install (pip install -e) every Python start, the bare window's too, first runs
that install's import finder (a .pth file: pathlib, urllib, ipaddress...); an installed
wheel or bundle has none. To measure as installed, run it with an interpreter whose
site-packages holds no editable finder (e.g. a venv whose .pth file names the development
venv's site-packages: a path a .pth adds has its own .pth files left unrun).
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

# Runs the real program (hat_desktop.launcher.main) and reports, from inside it, when the
# login window has first been painted (it opens the register after that), types the user
# name and password at once (as a quick user would, while the register opens), reports
# when Log in is enabled (the register is open) and clicks it, then reports when the
# Today page is shown; then locks the screen (the menu's Lock, as the idle timer does),
# types the password on the lock screen, clicks Unlock and reports when the Today page is
# back on screen (the board brought up to date as it is shown again); then logs out (the
# menu's Log out), logs in again at the login window that comes up, and reports when the
# new main window's Today page is shown.
# The watch changes nothing of what the program loads, nor when: it takes the window's
# place in the launcher, imports the window's module first (as the launcher's own opener
# does: Qt loads with it) and only then Qt's classes for itself, and it watches the first
# dialog run for its first paint. (Not a filter on the whole application: that would give
# every object receiving an event a Python wrapper, building Qt types and enums the program
# never builds; nor PySide6 imported before the program imports it: PySide6 reads the
# source of every module imported after it, which would tax the program's own imports.)
APP = """
import os, sys, time
from hat_desktop import launcher  # first, as the hat-desktop command imports it

USER, PASSWORD = sys.argv[1], sys.argv[2]
marks = {}

def watched_open(args, data_dir):
    import hat_desktop.gui.app  # what launcher's opener imports first (Qt with it)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QStackedWidget
    from hat_desktop.gui.form_dialog import DialogView

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if "painted" not in marks and event.type() == QEvent.Type.Paint:
                marks["painted"] = watched
                QTimer.singleShot(0, shown)  # runs once this paint is done, before what it started
            return False

    def shown():
        marks["login"] = time.time()
        dialog = marks["painted"]
        dialog.ui.userEdit.setText(USER)
        dialog.ui.passwordEdit.setText(PASSWORD)
        poll()

    def poll():
        app = QApplication.instance()
        dialog = marks["painted"]  # deleted once logged in: not touched after the click
        if "click" not in marks and dialog.ui.loginButton.isEnabled():
            marks["ready"] = marks["click"] = time.time()
            dialog.ui.loginButton.click()
            if dialog.ui.errorLabel.isVisible():  # the typed name or password did not arrive
                print("REFUSED", dialog.ui.errorLabel.text(), flush=True)
                os._exit(1)
        window = next((w for w in app.topLevelWidgets()
                       if w.objectName() == "MainWindow" and w.isVisible()), None)
        if window is not None:
            app.processEvents()
            window.repaint()
            marks["today"] = time.time()
            QTimer.singleShot(0, lambda: lock_and_unlock(window))
            return
        QTimer.singleShot(2, poll)

    def lock_and_unlock(window):
        app = QApplication.instance()
        screens = window.findChild(QStackedWidget, "screens")
        window.findChild(QAction, "actionLock").trigger()
        app.processEvents()
        lock_area = screens.currentWidget()
        if lock_area.objectName() != "lockArea":
            print("NOT LOCKED", flush=True)
            os._exit(1)
        lock_area.findChild(QLineEdit, "passwordEdit").setText(PASSWORD)
        unlock = lock_area.findChild(QPushButton, "unlockButton")
        app.processEvents()
        window.repaint()
        marks["unlock"] = time.time()
        unlock.click()
        app.processEvents()  # what showing the Today page again set off (its board read)
        window.repaint()
        marks["unlocked"] = time.time()
        if screens.currentWidget().objectName() != "workArea":
            print("NOT UNLOCKED", flush=True)
            os._exit(1)
        QTimer.singleShot(0, lambda: log_out_and_in(window))

    def log_out_and_in(window):
        app = QApplication.instance()
        QTimer.singleShot(2, log_in_again)
        window.findChild(QAction, "actionLogout").trigger()  # back once logged in again
        again = next((w for w in app.topLevelWidgets()
                      if w.objectName() == "MainWindow" and w.isVisible()), None)
        if again is None or again is window:
            print("NOT LOGGED IN AGAIN", flush=True)
            os._exit(1)
        app.processEvents()
        again.repaint()
        marks["again"] = time.time()
        print("MARKS", marks["login"], marks["ready"], marks["click"], marks["today"],
              marks["unlock"], marks["unlocked"], marks["click_again"], marks["again"],
              flush=True)
        os._exit(0)  # measured: no closing backup, no clean-up

    def log_in_again():
        app = QApplication.instance()
        login = next((w for w in app.topLevelWidgets()
                      if w.objectName() == "LoginDialog" and w.isVisible()), None)
        if login is None or not login.ui.loginButton.isEnabled():
            QTimer.singleShot(2, log_in_again)
            return
        login.ui.userEdit.setText(USER)
        login.ui.passwordEdit.setText(PASSWORD)
        app.processEvents()
        login.repaint()
        marks["click_again"] = time.time()
        login.ui.loginButton.click()

    first_paint = FirstPaint()
    run_dialog = DialogView.exec

    def exec_watched(view):
        if "painted" not in marks:
            view.installEventFilter(first_paint)
        return run_dialog(view)

    DialogView.exec = exec_watched
    return launcher._open_window(args, data_dir)

launcher.WINDOW = launcher.Window(open=watched_open, self_test=launcher.WINDOW.self_test)
sys.exit(launcher.main(sys.argv[3:]))
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
    bare, login, ready, today, unlocked, again = [], [], [], [], [], []
    run(BARE, [], env)
    run(APP, [USER, PASSWORD, "--data-dir", str(data_dir)], env)  # the bytecode, as installed
    for _ in range(runs):
        start, line = run(BARE, [], env)
        bare.append(float(line.split()[1]) - start)
        start, line = run(APP, [USER, PASSWORD, "--data-dir", str(data_dir)], env)
        shown, opened, click, done, unlock, back, click2, done2 = (
            float(x) for x in line.split()[1:])
        login.append(shown - start)
        ready.append(opened - start)
        today.append(done - click)
        unlocked.append(back - unlock)
        again.append(done2 - click2)
    med = statistics.median
    figures = {"runs": runs, "bare_window_s": round(med(bare), 3),
               "login_window_s": round(med(login), 3),
               "ratio": round(med(login) / med(bare), 2),
               "ratio_run_by_run": round(med([a / b for a, b in zip(login, bare, strict=True)]), 2),
               "login_ready_s": round(med(ready), 3),
               "login_to_today_s": round(med(today), 3),
               "unlock_to_today_s": round(med(unlocked), 3),
               "login_again_to_today_s": round(med(again), 3)}
    print(f"launch -> bare QLabel window shown   median {med(bare):.3f} s  "
          f"(min {min(bare):.3f}, max {max(bare):.3f})")
    print(f"launch -> login window shown         median {med(login):.3f} s  "
          f"(min {min(login):.3f}, max {max(login):.3f})")
    print(f"ratio login window / bare window     {med(login) / med(bare):.2f}  (target <= 1.5)")
    # each launch beside the bare one just before it: steadier on a machine others load
    print(f"  the same, launch by launch (median) {figures['ratio_run_by_run']:.2f}")
    print(f"launch -> register open, Log in enabled  median {med(ready):.3f} s  "
          f"(min {min(ready):.3f}, max {max(ready):.3f})")
    print(f"Log in -> Today page shown           median {med(today):.3f} s  "
          f"(min {min(today):.3f}, max {max(today):.3f}; includes the password hash: "
          f"production argon2id)")
    print(f"Unlock -> Today page shown again     median {med(unlocked):.3f} s  "
          f"(min {min(unlocked):.3f}, max {max(unlocked):.3f}; the same hash)")
    print(f"Log out, Log in again -> Today page  median {med(again):.3f} s  "
          f"(min {min(again):.3f}, max {max(again):.3f}; the same hash)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
