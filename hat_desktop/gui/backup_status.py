"""The main window's backups: the "last good backup" age in the status bar, the
daily backup and the backup made when HAT Desktop closes.

The daily backup runs quietly on a worker thread, also while the screen is locked:
it shows nothing of the register, a locked clinic PC (overnight, over lunch) is
exactly when it would otherwise never happen, and the routine backup is the
clinic's, not the locked user's, so no password is needed. A failure is not a
message box (which could interrupt a dose, or sit on the lock screen) but a note
in the status bar, and the age there turns red after 24 hours."""

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.backup_jobs import BackupOutcome, backup_work, failure_text
from hat_desktop.gui.messages import apology_text, show_error
from hat_desktop.services import settings as settings_service
from hat_desktop.services.backup import BackupKind, backup_age_text, backup_due
from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000  # and once at login
NORMAL_NAME = "statusBackup"
WARNING_NAME = "statusBackupWarning"


class _DailyWorker(QObject):
    done = Signal(object)  # BackupOutcome

    def __init__(self, reg: OpenRegister, user: User) -> None:
        super().__init__()
        self.reg = reg
        self.user = user

    @Slot()
    def run(self) -> None:
        own: OpenRegister | None = None
        try:
            own = self.reg.for_background()
            outcome = backup_work(self.user, BackupKind.DAILY)(own, lambda *_: True)
        except Exception:
            log.exception("the daily backup failed")
            outcome = BackupOutcome(problem=apology_text())
        finally:
            if own is not None:
                own.close()
        self.done.emit(outcome)


class BackupStatus(QObject):
    """Owned by the main window for as long as it is open."""

    def __init__(self, reg: OpenRegister, user: User, window: QMainWindow,
                 check_ms: int = DAILY_CHECK_MS) -> None:
        super().__init__(window)
        self.reg = reg
        self.user = user
        self.window = window
        self.label = QLabel()
        self.label.setObjectName(NORMAL_NAME)
        self.label.setAccessibleName("Age of the last good backup")
        self.label.setToolTip("Red when the last good backup is more than 24 hours old, or "
                              "there is none.")
        window.statusBar().addPermanentWidget(self.label)
        self._thread: QThread | None = None
        self._worker: _DailyWorker | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check_daily)
        self._timer.start(check_ms)
        QTimer.singleShot(0, self.check_daily)
        self.refresh()

    @property
    def warning(self) -> bool:
        return self.label.objectName() == WARNING_NAME

    def refresh(self) -> None:
        try:
            text, warning = backup_age_text(self.reg)
        except Exception:
            log.exception("could not read the age of the last backup")
            return
        self.label.setText(text)
        name = WARNING_NAME if warning else NORMAL_NAME
        if self.label.objectName() != name:
            self.label.setObjectName(name)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)

    # --- the daily backup -----------------------------------------------------------
    @property
    def daily_running(self) -> bool:
        return self._thread is not None

    def check_daily(self) -> None:
        """Start the daily backup on a worker thread if one is due."""
        if self._closed or self._thread is not None:
            return
        try:
            due = backup_due(self.reg)
        except Exception:
            log.exception("could not tell whether a daily backup is due")
            return
        if not due:
            return
        thread = QThread()
        worker = _DailyWorker(self.reg, self.user)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(self._daily_done)
        self._thread, self._worker = thread, worker
        self.window.statusBar().showMessage("Making the daily backup…")
        thread.start()

    @Slot(object)
    def _daily_done(self, outcome: BackupOutcome) -> None:
        self._join()
        if self._closed:
            return
        bar = self.window.statusBar()
        if outcome.problem:
            bar.showMessage("Daily backup not made: " + failure_text(outcome.problem))
        else:
            bar.showMessage("Daily backup made and verified.", 10_000)
        self.refresh()

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread = self._worker = None

    # --- closing ------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop checking; wait for a daily backup that is under way."""
        self._closed = True
        self._timer.stop()
        self._join()

    def back_up_on_close(self, parent: QWidget) -> None:
        """The closing backup, with progress. A failure is shown, then closing goes on."""
        self.shutdown()
        try:
            folder = settings_service.current(self.reg).backup_folder
        except Exception:
            log.exception("could not read the backup folder setting")
            return
        if not folder:
            return
        outcome = run_with_progress(parent, "Backing up the register before closing…",
                                    self.reg, backup_work(self.user, BackupKind.ON_CLOSE),
                                    cancellable=False)
        if outcome is not None and outcome.problem:
            show_error(parent, "The closing backup was not made. "
                       + failure_text(outcome.problem) + "\n\nHAT Desktop will close now.",
                       "Backup not made")
