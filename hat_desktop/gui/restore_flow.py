"""Restoring a backup from the GUI.

The backup is copied, opened and verified, and the manager signed in against the
register in use (on its own connection: its lockout applies), on a worker thread while
the register in use stays open in the window. Only when that has all succeeded
does the worker ask the GUI thread to close the open register (the main window
and its connection); then services.restore keeps the old register aside and puts
the backup in its place, and the app reopens the register and returns to the
login window."""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import HatError, RegisterUnavailable
from hat_desktop.gui.messages import apology_text
from hat_desktop.gui.restore_dialog import RestoreRequest
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import RegisterLock
from hat_desktop.services.restore import RestoreResult, RollbackNeedsReason, restore

log = logging.getLogger(__name__)

RELEASE_WAIT_S = 120.0


@dataclass(frozen=True)
class RestoreOutcome:
    result: RestoreResult | None
    problem: str | None
    released: bool  # the open register was closed: the app must reopen it
    needs_reason: bool = False  # the backup rolls the register back: ask for the reason


class _Host(QObject):
    """Lives on the GUI thread: closes the open register when the worker asks, and
    collects the worker's outcome."""

    def __init__(self, release: Callable[[], None], dialog: QProgressDialog,
                 loop: QEventLoop) -> None:
        super().__init__()
        self._release = release
        self._dialog = dialog
        self._loop = loop
        self.ready = threading.Event()
        self.released = False
        self.result: RestoreResult | None = None
        self.problem: str | None = None
        self.needs_reason = False

    @Slot()
    def release_now(self) -> None:
        self.released = True  # from here on the app must reopen whatever is there
        try:
            self._dialog.setLabelText("Putting the backup in place…")
            self._release()
        except Exception:
            log.exception("closing the register for a restore failed")
        finally:
            self.ready.set()

    @Slot(object)
    def finished(self, result: RestoreResult) -> None:
        self.result = result
        self._loop.quit()

    @Slot(str)
    def failed(self, message: str) -> None:
        self.problem = message
        self._loop.quit()

    @Slot(str)
    def needs_a_reason(self, message: str) -> None:
        self.needs_reason = True
        self.failed(message)


class _Worker(QObject):
    release_needed = Signal()
    finished = Signal(object)
    failed = Signal(str)
    reason_needed = Signal(str)

    def __init__(self, reg: OpenRegister, request: RestoreRequest, lock: RegisterLock | None,
                 host: _Host) -> None:
        super().__init__()
        self.data_dir = reg.data_dir
        self.clock = reg.clock
        self.request = request
        self.lock = lock
        self.host = host

    def _sign_in(self, against: OpenRegister) -> User:
        """Runs inside services.restore once the backup has verified: against the register
        in use (its own connection, on this thread)."""
        return auth.login(against, self.request.username, self.request.password)

    def _release(self) -> None:
        """Runs inside services.restore once everything is checked: the GUI closes the
        register in use before it is moved aside."""
        self.release_needed.emit()
        if not self.host.ready.wait(RELEASE_WAIT_S):
            raise RegisterUnavailable("HAT Desktop could not close the open register in time, "
                                      "so the backup was not put in its place.")

    @Slot()
    def run(self) -> None:
        try:
            result = restore(self.data_dir, self.request.backup, clock=self.clock,
                             sign_in=self._sign_in, recovery_key=self.request.recovery_key,
                             lock=self.lock, reason=self.request.reason,
                             before_replace=self._release)
        except RollbackNeedsReason as exc:
            self.reason_needed.emit(str(exc))
        except HatError as exc:
            self.failed.emit(str(exc))
        except Exception:
            log.exception("restore failed")
            self.failed.emit(apology_text())
        else:
            self.finished.emit(result)


def run_restore(parent: QWidget | None, reg: OpenRegister, request: RestoreRequest,
                lock: RegisterLock | None, release: Callable[[], None]) -> RestoreOutcome:
    """Restore ``request`` while a progress dialog shows. ``release`` closes the open
    register (main window and connection); it is called on this thread, only after the
    backup verified and the manager signed in."""
    dialog = QProgressDialog("Opening and verifying the backup…", "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle("Restoring a backup")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    host = _Host(release, dialog, loop)
    worker = _Worker(reg, request, lock, host)
    thread = QThread()
    worker.moveToThread(thread)
    worker.release_needed.connect(host.release_now)
    worker.finished.connect(host.finished)
    worker.failed.connect(host.failed)
    worker.reason_needed.connect(host.needs_a_reason)
    thread.started.connect(worker.run)
    dialog.show()
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return RestoreOutcome(host.result, host.problem, host.released, host.needs_reason)


def not_restored_text(problem: str | None) -> str:
    return (f"The backup was not restored. {problem or ''}".rstrip()
            + "\n\nThe register in use is unchanged and still open.")


def outcome_text(outcome: RestoreOutcome, request: RestoreRequest, reg: OpenRegister) -> str:
    """What the manager reads once the open register was closed for the restore."""
    result = outcome.result
    if result is None:
        return (f"The restore did not finish. {outcome.problem or ''}".rstrip() + "\n\n"
                "Nothing was deleted: if the register in use had already been moved aside, "
                f"it is in a “replaced-…” folder in {reg.data_dir}.")
    text = (f"The register was restored from {request.backup} ({result.entries_checked} "
            "entries verified).")
    if result.rollback is not None:
        text += ("\n\nIt was rolled back to the backup; the restore and your reason are in "
                 "its audit log.")
    if result.signed_in_against_backup:
        text += "\n\nThe register in use did not open, so you signed in against the backup."
    if result.set_aside is not None:
        text += f"\n\nThe register it replaced is kept in {result.set_aside}."
    if not result.key_in_keyring:
        text += ("\n\nThis computer has no keyring: HAT Desktop will ask for the passphrase "
                 "or the recovery key when it opens the register.")
    return text + "\n\nLog in again to carry on."
