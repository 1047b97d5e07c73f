"""The main window: navigation between pages, status bar, auto-lock, verify.

Logging in shows the Today page: it is built then, and every other page the first time it
is visited (its module imported then too), as are the menus' dialogs: a nurse logs in many
times a day, and what she does not open is not made to wait for
(bench/bench_startup.py measures it)."""

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget

import hat_desktop
from hat_desktop import APP_NAME
from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import HatError
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.backup_status import BackupStatus
from hat_desktop.gui.demo_mode import MARK as DEMO_MARK
from hat_desktop.gui.forms.ui_main_window import Ui_MainWindow
from hat_desktop.gui.idle import IdleWatcher
from hat_desktop.gui.lock_screen import LockScreen
from hat_desktop.gui.messages import run_service, session_notices, show_error, show_info
from hat_desktop.gui.page_context import PageContext, QtEvents
from hat_desktop.gui.password_dialog import PasswordDialog
from hat_desktop.gui.resources import icon
from hat_desktop.gui.scrolling import scrolled
from hat_desktop.gui.today_page import TodayPage
from hat_desktop.services import adverse_events, auth, observation, users, witness_pin
from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)


class Page(Protocol):
    title: str
    view: QWidget

    def activate(self) -> None: ...


PageFactory = Callable[[PageContext, QWidget], Page]


def _today(ctx: PageContext, parent: QWidget) -> Page:
    return TodayPage(ctx, parent)


def _patients(ctx: PageContext, parent: QWidget) -> Page:
    from hat_desktop.gui.patients_page import PatientsPage

    return PatientsPage(ctx, parent)


def _register(ctx: PageContext, parent: QWidget) -> Page:
    from hat_desktop.gui.register_page import RegisterPage

    return RegisterPage(ctx, parent)


def _stock(ctx: PageContext, parent: QWidget) -> Page:
    from hat_desktop.gui.stock_page import StockPage

    return StockPage(ctx, parent)


def _reports(ctx: PageContext, parent: QWidget) -> Page:
    from hat_desktop.gui.reports_page import ReportsPage

    return ReportsPage(ctx, parent)


def _admin(ctx: PageContext, parent: QWidget) -> Page:
    from hat_desktop.gui.admin_page import AdminPage

    return AdminPage(ctx, parent)


def default_pages() -> list[tuple[str, PageFactory, Action | None]]:
    """(title, factory, the action a user's role must allow to see it, or None for
    everyone), in navigation order. Who may do what is domain/roles.py's table."""
    return [
        ("Today", _today, None),
        ("Patients", _patients, None),
        ("Register", _register, None),
        ("Stock", _stock, None),
        ("Reports", _reports, None),
        ("Admin", _admin, Action.MANAGE_USERS),
    ]


class MainWindow(QObject):
    """Controller of ui/main_window.ui. Emits ``logged_out`` when the user logs out,
    ``quit_requested`` when they quit, and ``page_built`` with each page as it is built
    (the first page at once, the others when first visited)."""

    logged_out = Signal()
    quit_requested = Signal()
    page_built = Signal(object)

    def __init__(self, reg: OpenRegister, user: User, *, idle_ms: int | None = None,
                 pages: list[tuple[str, PageFactory, Action | None]] | None = None
                 ) -> None:
        super().__init__()
        self.reg = reg
        self.user = user
        self.view = QMainWindow()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self.view)
        v = self.view
        ui = self.ui
        v.setWindowIcon(icon("app.png"))
        self.due_checks = 0  # release checks due now: in the title and on the lock screen
        self._alerts_shown = False  # the alert banner, while the screen is locked
        self.sounds = 0  # times a release check falling due was sounded
        self._show_title()
        v.installEventFilter(self)
        self.events = QtEvents(reg, self)
        self.ctx = PageContext(reg, user, self.events)
        self.titles: list[str] = []  # the pages this user is offered, in navigation order
        self._factories: list[PageFactory] = []
        self._built: dict[int, tuple[Page, QWidget]] = {}  # by row: the page, its scroll area
        for title, factory, needed in (pages if pages is not None else default_pages()):
            if needed is not None and not allowed(user.role, needed):
                continue
            self.titles.append(title)
            self._factories.append(factory)
            ui.navList.addItem(title)
        ui.navList.currentRowChanged.connect(self._show_page)
        if reg.demo:
            ui.demoBanner.show()
        self.lock_screen = LockScreen(reg, user, ui.lockArea)
        ui.lockLayout.addWidget(self.lock_screen.view)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.logout_requested.connect(self.logout)
        self._status_user = QLabel(f"Logged in: {user.display}")
        self._status_user.setObjectName("statusUser")
        self._status_day = QLabel()
        self._status_day.setObjectName("statusClinicDay")
        ui.statusbar.addPermanentWidget(self._status_user)
        ui.statusbar.addPermanentWidget(self._status_day)
        self.backups = BackupStatus(reg, user, v)
        self._clock_timer = QTimer(self)  # at each whole minute: the clock never lags
        self._clock_timer.setSingleShot(True)
        self._clock_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._clock_timer.timeout.connect(self._tick)
        self._tick()
        ui.actionLock.triggered.connect(self.lock)
        ui.actionLogout.triggered.connect(self.logout)
        ui.actionQuit.triggered.connect(self._quit)
        ui.actionChangePassword.triggered.connect(self._change_password)
        ui.actionWitnessPin.setVisible(allowed(user.role, Action.WITNESS))
        ui.actionWitnessPin.triggered.connect(self.set_witness_pin)
        ui.actionVerify.triggered.connect(self.verify)
        ui.actionBackup.setVisible(allowed(user.role, Action.BACKUP))
        ui.actionBackup.triggered.connect(self._back_up_now)
        ui.actionAudit.setVisible(allowed(user.role, Action.VIEW_AUDIT))
        ui.actionAudit.triggered.connect(self._audit_log)
        ui.actionAbout.triggered.connect(self._about)
        for row in range(ui.navList.count()):
            if row < 9:
                ui.navList.item(row).setToolTip(f"Alt+{row + 1}")
        self._nav_shortcuts()
        self.idle = IdleWatcher(idle_ms or reg.settings.lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.events.changed.connect(self._on_event)
        session_notices.signed_out.connect(self._signed_out, Qt.ConnectionType.QueuedConnection)
        self._open = True
        ui.navList.setCurrentRow(0)
        self.idle.start()

    # --- pages -------------------------------------------------------------------
    def _nav_shortcuts(self) -> None:
        for row in range(min(self.ui.navList.count(), 9)):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(f"Alt+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.ui.navList.setCurrentRow(r))
            self.view.addAction(action)

    def _build(self, row: int) -> Page:
        """The page at ``row`` of the navigation, built the first time it is asked for."""
        if row not in self._built:
            page = self._factories[row](self.ctx, self.ui.pages)
            area = scrolled(page.view, self.ui.pages)
            self.ui.pages.addWidget(area)
            self._built[row] = (page, area)
            self.page_built.emit(page)
        return self._built[row][0]

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.titles):
            page = self._build(row)
            self.ui.pages.setCurrentWidget(self._built[row][1])
            run_service(page.activate, parent=self.view)

    def built_pages(self) -> list[Page]:
        """The pages built so far (shown at least once, or asked for), in navigation order."""
        return [self._built[row][0] for row in sorted(self._built)]

    @property
    def current_page(self) -> Page:
        shown = self.ui.pages.currentWidget()
        return next(page for page, area in self._built.values() if area is shown)

    def page(self, title: str) -> Page:
        """The page called ``title``, built if it was not yet (it is not shown)."""
        return self._build(self.titles.index(title))

    def go_to(self, title: str) -> Page:
        row = self.titles.index(title)
        self.ui.navList.setCurrentRow(row)
        return self._build(row)

    def set_alerts(self, lines: list[str]) -> None:
        banner = self.ui.alertBanner
        banner.setText("\n".join(lines))
        banner.setVisible(bool(lines) and not self.locked)  # it names patients

    def _show_title(self) -> None:
        due = self.due_checks
        self.view.setWindowTitle(
            f"{APP_NAME} — {self.reg.settings.clinic_name}"
            + (f" — {due} release check{'s' if due > 1 else ''} due" if due else "")
            + (f" — {DEMO_MARK}" if self.reg.demo else ""))

    # --- status and events -----------------------------------------------------------
    def _tick(self) -> None:
        now = self.reg.now().astimezone(self.reg.tz)
        self._status_day.setText(
            f"Clinic day: {now.strftime('%a %d/%m/%Y %H:%M')} ({self.reg.settings.timezone})"
        )
        self.backups.refresh()
        self._refresh_due()
        # the next tick just after the minute turns (the clock shows minutes); close() stops it
        left_ms = (60 - now.second) * 1000 - now.microsecond // 1000
        self._clock_timer.start(left_ms + 20)

    def _refresh_due(self) -> None:
        """The count of release checks due, in the title and on the lock screen."""
        before = self.due_checks
        try:
            self.due_checks = observation.due_count(self.reg, self.user)
            held = adverse_events.held_after_event_count(self.reg, self.user)
        except HatError:  # a user no longer allowed: the next action says so
            self.due_checks = held = 0
        if self.due_checks > before and self.reg.settings.release_sound:
            self.sounds += 1  # a release check fell due: heard even on the lock screen
            QApplication.beep()
        self._show_title()
        now = self.reg.now().astimezone(self.reg.tz)
        self.lock_screen.show_state(self.reg.settings.clinic_name,
                                    now.strftime("%A %d/%m/%Y %H:%M"), self.due_checks, held)

    def _on_event(self, event: str, payload: dict[str, Any]) -> None:
        if event == "settings_changed":
            self.reg.forget_settings()
            self.idle.set_interval(self.reg.settings.lock_minutes * 60_000)
            self._tick()
        elif event == "backup_done":
            self.backups.refresh()
        elif event == "attendance_changed":
            self._refresh_due()

    # --- locking ------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.ui.screens.currentWidget() is self.ui.lockArea

    @staticmethod
    def _cancel_dialogs() -> int:
        cancelled = 0
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (QDialog, QMessageBox)) and widget.isVisible():
                widget.reject()
                cancelled += 1
        return cancelled

    def lock(self) -> None:
        if self.locked:
            return
        cancelled = self._cancel_dialogs()
        self.ui.screens.setCurrentWidget(self.ui.lockArea)
        self._alerts_shown = self.ui.alertBanner.isVisible()
        self.ui.alertBanner.hide()  # it names patients
        self._refresh_due()
        self.view.menuBar().setEnabled(False)
        self.ui.navList.setEnabled(False)
        self.lock_screen.prepare(cancelled)
        self.idle.stop()
        run_service(lambda: auth.screen_locked(self.reg, self.user), parent=self.view)
        log.info("screen locked for user #%d", self.user.id)

    def _unlocked(self) -> None:
        self.ui.screens.setCurrentWidget(self.ui.workArea)
        self.ui.alertBanner.setVisible(self._alerts_shown)
        self.view.menuBar().setEnabled(True)
        self.ui.navList.setEnabled(True)
        self.idle.start()

    def _signed_out(self, message: str) -> None:
        """The user was deactivated or locked out since logging in: an action of theirs was
        refused; open dialogs close, they read why, and the login screen returns."""
        if not self._open:
            return
        self._cancel_dialogs()
        log.warning("user #%d signed out: account deactivated or locked", self.user.id)
        self.close()
        show_error(None, message, "Signed out")
        self.logged_out.emit()

    # --- actions ------------------------------------------------------------------
    def logout(self) -> None:
        run_service(lambda: auth.logout(self.reg, self.user), parent=self.view)
        self.close()
        self.logged_out.emit()

    def _quit(self) -> None:
        self.idle.stop()
        self.backups.back_up_on_close(self.view)
        self.close()
        self.quit_requested.emit()

    def _stop_listening(self) -> None:
        if self._open:
            self._open = False
            session_notices.signed_out.disconnect(self._signed_out)

    def close(self) -> None:
        self._stop_listening()
        self.idle.shutdown()
        self._clock_timer.stop()
        self.backups.shutdown()
        self.events.detach()
        self.view.removeEventFilter(self)
        self.view.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.Close:
            self.view.removeEventFilter(self)
            self._stop_listening()
            self.idle.shutdown()
            self._clock_timer.stop()
            self.backups.back_up_on_close(self.view)
            self.events.detach()
            self.quit_requested.emit()
        return False

    def _change_password(self) -> None:
        dialog = PasswordDialog(
            "Change the password you log in with. It needs at least 10 characters.",
            lambda current, new: users.change_own_password(self.reg, self.user, current, new),
            ask_current=True, parent=self.view,
        )
        if dialog.exec():
            show_info(self.view, "Your password was changed.")

    def set_witness_pin(self) -> None:
        dialog = PasswordDialog(
            "Set the PIN you sign as witness with, after scanning your staff badge: 6 to 12 "
            "digits, known to you only. Type your password first.",
            lambda current, pin: witness_pin.set_pin(self.reg, self.user, current, pin),
            ask_current=True, parent=self.view, secret="PIN")
        if dialog.exec():
            note = ("" if self.reg.settings.witness_pin else " The clinic does not take badges "
                    "and PINs yet: a manager turns them on in Sessions and thresholds.")
            show_info(self.view, "Your witness PIN was set." + note)

    def verify(self) -> None:
        from hat_desktop.services import verify as verify_service  # its anchors: when asked

        result = run_with_progress(
            self.view, "Verifying the register…", self.reg,
            lambda reg, progress: verify_service.verify_register(reg, self.user, progress),
        )
        if result is None:
            return
        if result.cancelled:
            show_info(self.view, "Verification was cancelled before it finished.", "Cancelled")
        elif result.ok:
            show_info(self.view, f"Checked {result.entries_checked} entries and "
                      f"{result.records_checked} clinical records: encryption, hash chains, "
                      "seals and running balances all agree.\n\n"
                      + "\n\n".join([result.backup_note, result.verdict]).strip(),
                      "Register intact")
        else:
            show_error(self.view, "\n".join([*result.problems, result.backup_note, "",
                                             result.verdict]).strip(), "Register damaged")

    def _back_up_now(self) -> None:
        from hat_desktop.gui.backup_jobs import back_up_now  # loaded by the status bar already

        back_up_now(self.view, self.reg, self.user)
        self._tick()

    def _audit_log(self) -> None:
        from hat_desktop.gui.audit_log_dialog import AuditLogDialog  # with reportlab behind it

        AuditLogDialog(self.reg, self.user, self.view).exec()

    def _about(self) -> None:
        version = hat_desktop.__version__  # the package's metadata, read when asked for
        show_info(self.view, f"{APP_NAME} {version}\n\nThe controlled-drugs register and "
                  "supervised dosing record of a Heroin Assisted Treatment clinic.", "About")

    def fit_to_screen(self) -> None:
        """No larger than the screen it opens on (a 1366×768 clinic PC), never smaller
        than it needs to be."""
        available = self.view.screen().availableGeometry().size()
        self.view.resize(self.view.size().boundedTo(available))

    def show(self) -> None:
        self.view.show()
