"""Starting HAT Desktop as a person does: the login window comes up, the register opens
behind it with the key from the keyring, the main window shows, and quitting ends the run;
print copies a killed run left behind are gone once the register is open. A register that
cannot be opened, or is open in another run, says so instead of the login window; an
empty folder starts the set-up wizard."""

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QListWidget, QWidget

from hat_desktop.domain.errors import RegisterUnavailable
from hat_desktop.gui import app as gui_app
from hat_desktop.services import print_copies
from hat_desktop.services.clock import SystemClock
from hat_desktop.services.register_setup import create_register, open_register
from hat_desktop.store import keys
from hat_desktop.store.lock import RegisterLock
from tests.gui.conftest import when_dialog_opens
from tests.world import MANAGER, PASSWORD, WORKSTATION, new_register


def type_into_window(window: QWidget, keys: list[str | Qt.Key]) -> None:
    """Keystrokes as the window system delivers them: queued for the window, reaching
    whichever field has the focus when Qt gets to them (here: once the register is open)."""
    handle = window.windowHandle()
    for key in keys:
        if isinstance(key, Qt.Key):
            code, text = key, ""
        else:
            code, text = Qt.Key(ord(key.upper())) if key.isalpha() else Qt.Key.Key_unknown, key
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(handle, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier,
                                                     text))


def poll(step: Callable[[], bool], what: str, timeout_ms: int = 10_000) -> None:
    """Call ``step`` every 20 ms until it returns True; after ``timeout_ms`` close every
    dialog (so the start under test returns) and fail."""
    left = [timeout_ms]

    def again() -> None:
        if step():
            return
        left[0] -= 20
        if left[0] < 0:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            QApplication.instance().quit()
            raise AssertionError(f"timed out waiting for {what}")
        QTimer.singleShot(20, again)

    QTimer.singleShot(0, again)


def when_shown(name: str, action: Callable[[QWidget], None]) -> None:
    """Run ``action(window)`` once a top-level window called ``name`` is on screen."""

    def step() -> bool:
        window = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == name and w.isVisible()), None)
        if window is not None:
            action(window)
        return window is not None

    poll(step, f"the {name} window")


def test_the_login_window_comes_up_first_and_opens_the_register_behind_it(
        qtbot, reg, data_dir, tmp_path, monkeypatch):
    """Start-up (#14): the login window is on screen before the register is opened
    ("Opening the register…", Log in not offered); what the user types meanwhile reaches
    the fields, the password never shows; they log in and see Today. Print copies a killed
    run left behind are gone once the register is open. The keyring is read once."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = tmp_path / "hat-print-killedrun"
    left.mkdir(mode=0o700)
    (left / "register-DIAM100.pdf").write_bytes(b"%PDF- Sam Patient")
    reg.close()  # the app opens the register itself
    seen: list[object] = []
    real_open = gui_app.open_unasked
    reads: list[str] = []
    real_read = keys.load_from_keyring

    def read_key(register_id: str) -> str | None:
        reads.append(register_id)
        return real_read(register_id)

    monkeypatch.setattr(keys, "load_from_keyring", read_key)

    def opening(*args: object) -> object:
        login = QApplication.activeModalWidget()
        ui = login.ui
        seen.append((login.objectName(), login.isVisible(), ui.clinicLabel.text(),
                     ui.loginButton.isEnabled(), left.exists()))
        # the user types while the register opens (the GUI thread is busy opening it)
        type_into_window(login, [*MANAGER, Qt.Key.Key_Return, *PASSWORD])
        poll(lambda: typed(login), "what was typed to arrive")
        return real_open(*args)

    def typed(login: QWidget) -> bool:
        ui = login.ui
        if ui.passwordEdit.text() != PASSWORD:
            return False
        shown = [w.text() for w in login.findChildren(QLabel)]
        seen.append((ui.userEdit.text(), ui.passwordEdit.echoMode(), ui.clinicLabel.text(),
                     ui.loginButton.isEnabled(), left.exists(),
                     any(PASSWORD in text for text in shown)))
        qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
        poll(look_and_quit, "the main window")
        return True

    def look_and_quit() -> bool:
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and w.objectName() == "MainWindow"]
        if not windows:
            return False
        nav = windows[0].findChild(QListWidget, "navList")
        seen.append((windows[0].windowTitle(), nav.currentItem().text()))
        QApplication.instance().quit()
        return True

    monkeypatch.setattr(gui_app, "open_unasked", opening)
    args = argparse.Namespace(recovery_key_file=None, verbose=False)
    status = gui_app._run(args, data_dir, QApplication.instance())

    assert status == 0
    assert seen[0] == ("LoginDialog", True, "Opening the register…", False, True), seen
    assert seen[1] == (MANAGER, QLineEdit.EchoMode.Password, "Teesside HAT Clinic", True, False,
                       False), seen
    assert "HAT Desktop" in seen[2][0] and seen[2][1] == "Today", seen
    assert len(reads) == 1  # the key read from the keyring once, to open the register
    lock = RegisterLock(data_dir)  # released: the next start is not refused
    lock.acquire()
    lock.release()
    print_copies.remove_all()


def test_a_register_that_cannot_be_opened_says_why_instead_of_the_login_window(
        qtbot, reg, data_dir, monkeypatch):
    """The register file damaged: the login window, up while it opened, closes, and the
    message is the one the service gives (as before the login window came first); the run
    ends (status 2) and releases the register."""
    reg.close()
    path = data_dir / "register.db"
    path.write_bytes(path.read_bytes()[:5000])  # cut short
    with pytest.raises(RegisterUnavailable) as direct:
        open_register(data_dir, clock=SystemClock())
    shown: list[tuple[str, str, list[str]]] = []

    def error_box(parent: QWidget | None, message: str, title: str = "Not done") -> None:
        shown.append((title, message, [w.objectName() for w in QApplication.topLevelWidgets()
                                       if w.isVisible()]))

    monkeypatch.setattr(gui_app, "show_error", error_box)
    args = argparse.Namespace(recovery_key_file=None, verbose=False)
    status = gui_app._run(args, data_dir, QApplication.instance())

    assert status == 2
    assert shown == [("The register cannot be opened", str(direct.value), [])]
    assert "damaged" in str(direct.value)
    lock = RegisterLock(data_dir)
    lock.acquire()
    lock.release()


def test_a_register_open_in_another_run_or_none_at_all_never_shows_the_login_window(
        qtbot, reg, data_dir, tmp_path, monkeypatch):
    """Another run holds the register: its message, no login window. An empty folder: the
    set-up wizard, no login window (a look at the folder decides, before any window)."""
    reg.close()
    shown: list[tuple[str, list[str]]] = []

    def error_box(parent: QWidget | None, message: str, title: str = "Not done") -> None:
        shown.append((message, [w.objectName() for w in QApplication.topLevelWidgets()
                                if w.isVisible()]))

    monkeypatch.setattr(gui_app, "show_error", error_box)
    other = RegisterLock(data_dir)
    other.acquire()
    args = argparse.Namespace(recovery_key_file=None, verbose=False)
    try:
        assert gui_app._run(args, data_dir, QApplication.instance()) == 2
    finally:
        other.release()
    assert len(shown) == 1 and shown[0][1] == [], shown
    assert shown[0][0].startswith("HAT Desktop is already open on this register"), shown

    windows: list[str] = []

    def cancel(dialog: QWidget) -> None:
        windows.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible())
        dialog.reject()

    when_dialog_opens(cancel)
    assert gui_app._run(args, tmp_path / "empty", QApplication.instance()) == 0
    assert windows == ["FirstRunWizard"], windows


def test_a_key_not_in_this_keyring_asks_for_the_recovery_key_then_the_login(
        qtbot, data_dir, sheet_path, clock):
    """A register whose key this computer's keyring does not hold (a new computer): the
    login window, up while it looked, closes; the recovery key is asked for (no login window
    beside it); with it the register opens and the login window comes back, ready."""
    reg, _manager, recovery_key = create_register(data_dir, new_register(), sheet_path,
                                                  clock=clock, workstation=WORKSTATION)
    reg.close()
    keys.delete_from_keyring(reg.register_id)
    seen: list[object] = []

    def recovery(dialog: QWidget) -> None:
        seen.append([w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()])
        qtbot.keyClicks(dialog.ui.secretEdit, recovery_key)
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
        when_shown("LoginDialog", login)

    def login(dialog: QWidget) -> None:
        ui = dialog.ui
        seen.append((dialog.objectName(), ui.clinicLabel.text(), ui.loginButton.isEnabled()))
        qtbot.mouseClick(ui.quitButton, Qt.MouseButton.LeftButton)

    when_shown("OpenRegisterDialog", recovery)
    args = argparse.Namespace(recovery_key_file=None, verbose=False)
    assert gui_app._run(args, data_dir, QApplication.instance()) == 0
    assert seen == [["OpenRegisterDialog"], ("LoginDialog", "Teesside HAT Clinic", True)], seen
    assert keys.load_from_keyring(reg.register_id) is not None  # kept for the next start
    keys.delete_from_keyring(reg.register_id)


# Runs the real program to its login window and lists what it had imported by the time
# the window was first painted (when it starts opening the register).
LOGIN_PROBE = """
import os, sys
from hat_desktop.launcher import main  # first, as the hat-desktop command imports it
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from hat_desktop.cli import COMMAND_MODULES

HEAVY = ("reportlab", "matplotlib", "pypdfium2", "hat_desktop.gui.main_window",
         "hat_desktop.gui.today_page", "hat_desktop.gui.register_page", "hat_desktop.reports",
         "hat_desktop.cli.common", *(f"hat_desktop.cli.{name}" for name in COMMAND_MODULES),
         "keyring", "secretstorage", "sqlcipher3", "argon2", "hat_desktop.services.auth",
         "hat_desktop.store.migrations", "importlib.metadata", "logging.handlers",
         "platformdirs", "uuid", "socket", "dataclasses", "hat_desktop.domain.accounts")

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QDialog) \\
                and watched.isWindow():
            loaded = sorted(m for m in sys.modules if m.startswith(HEAVY))
            print("LOGIN", watched.windowTitle(), "|", " ".join(loaded), flush=True)
            os._exit(0)
        return False

start = QApplication.__init__
painted = Painted()

def started(self, *args):
    start(self, *args)
    self.installEventFilter(painted)

QApplication.__init__ = started
sys.exit(main(sys.argv[1:]))
"""


def test_the_login_window_comes_up_before_the_register_opens_and_the_pages_load(
        reg, data_dir):
    """Start-up: the login window is painted before the register is opened (no keyring,
    SQLCipher, argon2 or migrations loaded yet, nor importlib.metadata) and needs neither the
    pages nor reportlab (nor the charts and PDF previews) nor the command line's machinery
    (cli/common.py and the commands): they load behind it, after the user has logged in, or
    when a command is given; nor logging.handlers, platformdirs (a data folder is given),
    uuid, socket, dataclasses or the user accounts (the time is bench/bench_startup.py's to
    measure)."""
    reg.close()
    found = subprocess.run([sys.executable, "-c", LOGIN_PROBE, "--data-dir", str(data_dir)],
                           capture_output=True, text=True, timeout=120, check=False,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next((ln for ln in found.stdout.splitlines() if ln.startswith("LOGIN")), "")
    assert line, found.stderr[-2000:]
    title, loaded = line.removeprefix("LOGIN ").split(" | ")
    assert "log in" in title
    assert loaded.split() == []


# Runs the real program, logs in at its login window, and lists what it had imported by the
# time the main window was shown.
TODAY_PROBE = """
import os, sys
from hat_desktop.launcher import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget

USER, PASSWORD = sys.argv[1:3]
HEAVY = ("reportlab", "matplotlib", "pypdfium2", "PIL", "importlib.metadata",
         "hat_desktop.reports", "hat_desktop.services.demo", "hat_desktop.services.verify",
         "hat_desktop.gui.patients_page", "hat_desktop.gui.register_page",
         "hat_desktop.gui.stock_page", "hat_desktop.gui.reports_page",
         "hat_desktop.gui.admin_page", "hat_desktop.gui.audit_log_dialog")

def poll():
    app = QApplication.instance()
    login = next((w for w in app.topLevelWidgets()
                  if w.objectName() == "LoginDialog" and w.isVisible()), None)
    if login is not None and login.ui.loginButton.isEnabled() and not login.ui.userEdit.text():
        login.ui.userEdit.setText(USER)
        login.ui.passwordEdit.setText(PASSWORD)
        login.ui.loginButton.click()
    window = next((w for w in app.topLevelWidgets()
                   if w.objectName() == "MainWindow" and w.isVisible()), None)
    if window is not None:
        loaded = sorted(m for m in sys.modules if m.startswith(HEAVY))
        print("TODAY", window.findChild(QListWidget, "navList").currentItem().text(), "|",
              " ".join(loaded), flush=True)
        os._exit(0)
    QTimer.singleShot(10, poll)

QTimer.singleShot(0, poll)
sys.exit(main(sys.argv[3:]))
"""


def test_logging_in_shows_the_today_page_without_loading_the_other_pages(reg, data_dir):
    """Login -> Today page: the other pages are built (and their modules loaded) when first
    visited, the menus' dialogs (the audit log, verify) when opened; reportlab, the charts,
    the demo builder, Pillow and the package's metadata are not loaded for the Today page
    (bench/bench_startup.py measures the time)."""
    reg.close()
    found = subprocess.run([sys.executable, "-c", TODAY_PROBE, MANAGER, PASSWORD, "--data-dir",
                            str(data_dir)], capture_output=True, text=True, timeout=120,
                           check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next((ln for ln in found.stdout.splitlines() if ln.startswith("TODAY")), "")
    assert line, found.stderr[-2000:]
    page, loaded = line.removeprefix("TODAY ").split(" | ")
    assert page == "Today"
    assert loaded.split() == []


# Runs the real program with its stylesheet missing (a damaged installation): the fault
# comes before any window; message boxes say what they would show instead of waiting.
BROKEN_START = """
import sys
from hat_desktop.launcher import main
import hat_desktop.gui.resources as resources
from PySide6.QtWidgets import QMessageBox

installed = resources.asset

def asset(*parts):
    if parts[-1] == "style.qss":
        raise FileNotFoundError("asset not found: resources/style.qss")
    return installed(*parts)

resources.asset = asset
QMessageBox.exec = lambda box: print("BOX", box.windowTitle(), "|", box.text(), flush=True) or 0
sys.exit(main(sys.argv[1:]))
"""


def test_a_fault_before_the_login_window_is_logged_and_never_reaches_the_terminal(
        reg, data_dir):
    """The log is set up before anything of the window (#14 keeps it that way): a start that
    fails before the login window leaves its traceback in the register's log file, the user
    sees the apology that points there, and the terminal gets no traceback."""
    reg.close()
    out = subprocess.run([sys.executable, "-c", BROKEN_START, "--data-dir", str(data_dir)],
                         capture_output=True, text=True, timeout=120, check=False,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    log_file = data_dir / "logs" / "hat-desktop.log"
    assert out.returncode != 0
    assert "Traceback" not in out.stderr + out.stdout, out.stderr
    assert "BOX Unexpected problem | Sorry, HAT Desktop met an unexpected problem" in out.stdout
    assert str(log_file) in out.stdout
    logged = log_file.read_text(encoding="utf-8")
    assert "unhandled exception" in logged
    assert "FileNotFoundError: asset not found: resources/style.qss" in logged
