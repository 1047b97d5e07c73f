"""A long GUI session for the quit test (tests/test_long_session.py), in its own process:

    python -m tests.long_session DATA_DIR SHEET BACKUP_DIR ROUNDS

Builds the test clinic, opens the main window as the manager, and works it for ROUNDS
rounds (every page visited, the patient's check-in screen opened and closed, a backup
run on the background thread, the screen locked and unlocked, the attendance and the
board read again), then quits the way the user does (File > Quit: the closing backup is
written) and lets the interpreter shut down. Prints DONE before it exits; an abort at
shutdown ("Fatal Python error: none_dealloc") shows as a non-zero exit and on stderr."""

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from hat_desktop.gui.app import application
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.services import auth, dosing
from hat_desktop.services import settings as settings_service
from hat_desktop.services.clock import ManualClock
from tests.world import START, TEST_HASHING, build_world


def pump() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def main(data_dir: Path, sheet: Path, backups: Path, rounds: int) -> int:
    app = application()
    auth.use_hashing(TEST_HASHING)  # the session is about Qt, not argon2
    QMessageBox.exec = lambda self: int(QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
    world = build_world(data_dir, ManualClock(START), sheet)
    reg = world.reg
    settings_service.change(reg, world.manager, backup_folder=str(backups))
    window = MainWindow(reg, world.manager)
    window.show()
    pump()
    quitting: list[bool] = []
    window.quit_requested.connect(lambda: quitting.append(True))
    titles = window.titles
    for n in range(rounds):
        for title in titles:
            window.go_to(title)
            pump()
        card = dosing.card(reg, world.manager, world.patient.id)
        assert card.patient.id == world.patient.id
        today = window.page("Today")
        today.activate()
        if n % 5 == 0:  # a backup on the background thread, its progress and its signals
            window.ui.actionBackup.trigger()
        pump()
        gc.collect()
    window.ui.actionQuit.trigger()
    for _ in range(200):
        pump()
        if quitting:
            break
    app.quit()
    del window
    gc.collect()
    print("DONE", flush=True)
    return 0 if quitting else 3


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])))
