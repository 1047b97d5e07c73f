"""Starting HAT Desktop as a person does: the register opens with the key from the
keyring, the login window comes up, the main window shows, and quitting ends the run;
print copies a killed run left behind are gone once the app has started."""

import argparse
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
