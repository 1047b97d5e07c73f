"""Starting HAT Desktop as a person does: the register opens with the key from the
keyring, the login window comes up, the main window shows, and quitting ends the run;
print copies a killed run left behind are gone once the app has started."""

import argparse
import os
import subprocess
import sys
import tempfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from hat_desktop.gui import app as gui_app
from hat_desktop.services import print_copies
from hat_desktop.store.lock import RegisterLock
from tests.gui.conftest import when_dialog_opens
from tests.world import MANAGER, PASSWORD


def test_start_log_in_see_the_main_window_and_quit(qtbot, reg, data_dir, tmp_path,
                                                   monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = tmp_path / "hat-print-killedrun"
    left.mkdir(mode=0o700)
    (left / "register-DIAM100.pdf").write_bytes(b"%PDF- Sam Patient")
    reg.close()  # the app opens the register itself
    seen: list[str] = []

    def log_in(dialog) -> None:
        qtbot.keyClicks(dialog.ui.userEdit, MANAGER)
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
        QTimer.singleShot(0, look_and_quit)

    def look_and_quit() -> None:
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w.objectName() == "MainWindow")
        seen.append("leftover gone" if not left.exists() else "leftover still there")
        QApplication.instance().quit()

    when_dialog_opens(log_in)
    args = argparse.Namespace(recovery_key_file=None, verbose=False)
    status = gui_app._run(args, data_dir, QApplication.instance())

    assert status == 0
    assert len(seen) == 2 and "HAT Desktop" in seen[0], seen
    assert seen[1] == "leftover gone"
    lock = RegisterLock(data_dir)  # released: the next start is not refused
    lock.acquire()
    lock.release()
    print_copies.remove_all()


# Runs the real program to its login window and lists what it had imported by then.
LOGIN_PROBE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from hat_desktop.launcher import main

from hat_desktop.cli import COMMAND_MODULES

HEAVY = ("reportlab", "matplotlib", "pypdfium2", "hat_desktop.gui.main_window",
         "hat_desktop.gui.today_page", "hat_desktop.gui.register_page", "hat_desktop.reports",
         "hat_desktop.cli.common", *(f"hat_desktop.cli.{name}" for name in COMMAND_MODULES))
start = QApplication.__init__

def started(self, *args):
    start(self, *args)

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            loaded = sorted(m for m in sys.modules if m.startswith(HEAVY))
            print("LOGIN", dialog.windowTitle(), "|", " ".join(loaded), flush=True)
            os._exit(0)
        QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)

QApplication.__init__ = started
sys.exit(main(sys.argv[1:]))
"""


def test_the_login_window_comes_up_before_the_pages_and_reportlab_load(reg, data_dir):
    """Start-up: the login window needs neither the pages nor reportlab (nor the charts
    and PDF previews) nor the command line's machinery (cli/common.py and the commands):
    they load after the user has logged in, or when a command is given (the time is
    bench/bench_startup.py's to measure)."""
    reg.close()
    found = subprocess.run([sys.executable, "-c", LOGIN_PROBE, "--data-dir", str(data_dir)],
                           capture_output=True, text=True, timeout=120, check=False,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next((ln for ln in found.stdout.splitlines() if ln.startswith("LOGIN")), "")
    assert line, found.stderr[-2000:]
    title, loaded = line.removeprefix("LOGIN ").split(" | ")
    assert "log in" in title
    assert loaded.split() == []
