"""Starting the GUI: open (or create) the register, log in, the main window.

The login window must come up fast (issue 14: within 1.5x a bare Qt window), so it comes
up before the register is opened (it opens it once it is on screen: login_dialog.py), and
this module imports only what that needs: the register's opening (keyring, SQLCipher,
migrations), the main window and its pages (with reportlab behind them), the first-run
wizard, the demo builder and the restore flow are imported when they are used
(bench/bench_startup.py measures it; tests/gui/test_app_start.py checks it)."""

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

# What the window needs of the rest of the program is imported before Qt: once PySide6 is
# loaded, every module imported after it has its source read (PySide6's __feature__ check,
# about a tenth more on each import).
# isort: split
from hat_desktop import APP_NAME
from hat_desktop.domain.errors import RegisterUnavailable
from hat_desktop.logging_setup import configure
from hat_desktop.services.clock import Clock, SystemClock
from hat_desktop.services.register_folder import RegisterLock, opens_unasked, register_exists

# isort: split
from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from hat_desktop.gui.login_dialog import LoginDialog
from hat_desktop.gui.messages import install_excepthook, run_service, show_error, show_info
from hat_desktop.gui.resources import icon, stylesheet

if TYPE_CHECKING:
    from hat_desktop.domain.accounts import User
    from hat_desktop.gui.main_window import MainWindow
    from hat_desktop.gui.restore_dialog import RestoreRequest
    from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)
# Changes that can change the banners: a discrepancy resolved; a hold lifted by a review, a
# dose or withholding, a status change (the banner is read again at once).
ALERT_EVENTS = frozenset({"reconciliation_changed", "attendance_changed", "patients_changed"})


def _qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log file, not the user's terminal."""
    quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
    level = logging.DEBUG if quiet else logging.WARNING
    logging.getLogger("qt").log(level, "%s", message)


def application() -> QApplication:
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("app.png"))
    app.setStyleSheet(stylesheet())
    return app


def open_unasked(data_dir: Path, clock: Clock, passphrase: str | None = None
                 ) -> "OpenRegister | None":
    """The register opened with nothing asked of the user (its key from the keyring, or its
    passphrase already given); None when they must be asked for a passphrase or the
    recovery key."""
    from hat_desktop.services.register_setup import KeyNotOnThisComputer, open_register

    if opens_unasked(data_dir, None):  # a keyring's key: read once, not looked for first
        try:
            return open_register(data_dir, clock=clock)
        except KeyNotOnThisComputer:
            return None
    if passphrase is not None:
        return open_register(data_dir, clock=clock, passphrase=lambda: passphrase)
    return None


def open_or_create(data_dir: Path, clock: Clock, recovery_key_file: str | None,
                   passphrase: str | None = None) -> "OpenRegister | None":
    """The open register, asking for whatever is needed; None if the user gave up."""
    if not register_exists(data_dir):
        from hat_desktop.gui.first_run import FirstRunWizard

        return FirstRunWizard(data_dir, clock).exec()
    from hat_desktop.services.register_setup import (
        how_to_open,
        open_register,
        read_recovery_key_file,
    )

    if recovery_key_file:
        key = read_recovery_key_file(Path(recovery_key_file))
        return open_register(data_dir, clock=clock, recovery_key=key)
    reg = open_unasked(data_dir, clock, passphrase)
    if reg is not None:
        return reg
    from hat_desktop.gui.open_register_dialog import OpenRegisterDialog

    return OpenRegisterDialog(data_dir, clock, how_to_open(data_dir)).exec()


class Session(QObject):
    """Login → main window → (logout, or a restore → login again) until the user quits.
    ``lock`` is the app's hold on the register, kept through a restore."""

    def __init__(self, reg: "OpenRegister", app: QApplication, *,
                 lock: RegisterLock | None = None,
                 passphrase: str | None = None) -> None:
        super().__init__()
        self.reg = reg
        self.app = app
        self.lock = lock
        self.passphrase = passphrase
        self.window: MainWindow | None = None

    def start(self, user: "User | None" = None) -> bool:
        """The main window for ``user`` (when the login window at start-up logged them in),
        else for whoever logs in now; False when they quit instead."""
        if user is None:
            user = LoginDialog(self.reg).exec()
        if user is None:
            return False
        from hat_desktop.gui.main_window import MainWindow  # after the login window (above)

        self.window = MainWindow(self.reg, user)
        self._show_alerts()
        self.window.events.changed.connect(self._on_event)
        self.window.logged_out.connect(self._logged_out)
        self.window.quit_requested.connect(self.app.quit)
        self.window.page_built.connect(self._page_built)  # the Admin page: when first visited
        for page in self.window.built_pages():
            self._page_built(page)
        self.window.fit_to_screen()
        self.window.show()
        return True

    def _page_built(self, page: object) -> None:
        """A page that asks for a backup to be restored (the Admin page) is heard from the
        moment it is built (the first time it is visited)."""
        from PySide6.QtCore import Qt  # its enums take 0.1 s to build: not before the login

        restore = getattr(page, "restore_requested", None)
        if restore is not None:
            restore.connect(self._restore, Qt.ConnectionType.QueuedConnection)

    def _show_alerts(self) -> None:
        """Missed sessions and holds, open stock discrepancies, reconciliations overdue."""
        window = self.window
        if window is None:
            return
        from hat_desktop.services import alerts

        window.set_alerts(run_service(lambda: alerts.banner_lines(self.reg, window.user),
                                      parent=window.view) or [])

    def _on_event(self, event: str, _payload: dict[str, Any]) -> None:
        if event in ALERT_EVENTS:  # a discrepancy resolved, a hold lifted: gone at once
            self._show_alerts()

    def _logged_out(self) -> None:
        self.window = None
        if not self.start():
            self.app.quit()

    def _restore(self, request: "RestoreRequest") -> None:
        from hat_desktop.gui.restore_dialog import RestoreDialog
        from hat_desktop.gui.restore_flow import not_restored_text, outcome_text, run_restore

        window = self.window
        if window is None:
            return
        window.idle.stop()

        def release() -> None:  # the backup verified and the manager signed in to it
            self.window = None
            window.close()
            self.reg.close()

        outcome = run_restore(window.view, self.reg, request, self.lock, release)
        if not outcome.released:
            window.idle.start()
            if outcome.needs_reason:  # asked again, with the reason to type
                again = RestoreDialog(self.reg, window.user, window.view, again=request,
                                      problem=outcome.problem or "").exec()
                if again is not None:
                    self._restore(again)
                return
            show_error(window.view, not_restored_text(outcome.problem), "Backup not restored")
            return
        if outcome.result is not None:
            show_info(None, outcome_text(outcome, request, self.reg), "Backup restored")
        else:
            show_error(None, outcome_text(outcome, request, self.reg), "Restore not finished")
        data_dir = self.reg.data_dir
        reopened = (run_service(lambda: open_or_create(data_dir, self.reg.clock, None,
                                                       self.passphrase))
                    if register_exists(data_dir) else None)
        if reopened is None:
            self.app.quit()
            return
        self.reg = reopened
        if not self.start():
            self.app.quit()


def run_gui(args: argparse.Namespace, data_dir: Path) -> int:
    # The log first: a fault from here on (a stylesheet missing from a damaged installation)
    # is logged, never a traceback on the terminal.
    configure(data_dir if data_dir.exists() and not args.demo else None, verbose=args.verbose)
    install_excepthook()
    app = application()
    if args.demo:
        from hat_desktop.gui.demo_mode import install_demo_titles, prepare_demo
        from hat_desktop.services.demo import DEMO_PASSPHRASE, discard_demo

        install_demo_titles(app)
        data_dir = prepare_demo()
        try:
            return _run(args, data_dir, app, DEMO_PASSPHRASE)
        finally:
            discard_demo(data_dir)
    return _run(args, data_dir, app)


def _run(args: argparse.Namespace, data_dir: Path, app: QApplication,
         passphrase: str | None = None) -> int:
    configure(data_dir if data_dir.exists() else None, verbose=args.verbose)
    clock = SystemClock()
    lock = RegisterLock(data_dir)
    app.setQuitOnLastWindowClosed(False)
    user: User | None = None
    try:
        lock.acquire()
        reg, user, quit_at_login = _open_at_login(args, data_dir, clock, app, passphrase)
        if reg is None and not quit_at_login:
            reg = _tidy_after_opening(
                open_or_create(data_dir, clock, args.recovery_key_file, passphrase), app,
                args.verbose)
    except RegisterUnavailable as exc:
        lock.release()
        show_error(None, str(exc), "The register cannot be opened")
        return 2
    if reg is None or quit_at_login:
        if reg is not None:
            reg.close()
        lock.release()
        return 0
    session = Session(reg, app, lock=lock, passphrase=passphrase)
    try:
        if not session.start(user):
            return 0
        return app.exec()
    finally:
        session.reg.close()
        lock.release()


def _open_at_login(args: argparse.Namespace, data_dir: Path, clock: Clock, app: QApplication,
                   passphrase: str | None) -> "tuple[OpenRegister | None, User | None, bool]":
    """The login window first, opening the register once it is on screen (#14), when the
    register opens without asking anything (else the register is opened first, as before):
    the register (None if it was not opened), who logged in, and whether the user quit."""
    if args.recovery_key_file or not register_exists(data_dir) \
            or not opens_unasked(data_dir, passphrase):
        return None, None, False
    login = LoginDialog(None, opening=lambda: _tidy_after_opening(
        open_unasked(data_dir, clock, passphrase), app, args.verbose))
    try:
        user = login.exec()  # raises what opening the register raised
    except BaseException:
        if login.reg is not None:
            login.reg.close()
        raise
    reg = login.reg
    if login.must_ask:  # the key is not in this computer's keyring: the recovery key, then
        return None, None, False
    return reg, user, user is None


def _tidy_after_opening(reg: "OpenRegister | None", app: QApplication,
                        verbose: bool) -> "OpenRegister | None":
    """Once the register is open (this run holds it): the log goes to its folder, and what
    a killed run left behind goes."""
    if reg is None:
        return None
    configure(reg.data_dir, verbose=verbose)
    from hat_desktop.services import exports, print_copies

    print_copies.remove_leftovers()  # patient data printed by a run that was killed
    exports.remove_partial_files()  # and half-written exports
    app.aboutToQuit.connect(print_copies.remove_all)
    return reg
