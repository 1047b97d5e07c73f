"""Helpers for the Today board and check-in tests: the main window as a nurse sees it,
patients with a history (a hold, a missed yesterday), and reading the board."""

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hat_desktop.domain.patients import Patient
from hat_desktop.gui.board_model import FIRST_SESSION_COLUMN, FLAG_COLUMN, PATIENT_COLUMN
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.today_page import TodayPage
from hat_desktop.services.clock import ManualClock
from tests.dosing_fixtures import DosingClinic


def open_today(qtbot, d: DosingClinic, user=None) -> tuple[MainWindow, TodayPage]:
    window = MainWindow(d.clinic, user or d.nurse)
    qtbot.addWidget(window.view)
    window.show()
    window.view.activateWindow()
    qtbot.waitUntil(window.view.isActiveWindow)
    page = window.page("Today")
    assert isinstance(page, TodayPage)
    return window, page


def patient_from_days_ago(d: DosingClinic, clock: ManualClock, days: int, number: str,
                          name: str) -> Patient:
    """A patient whose prescription started ``days`` ago and who never came since."""
    now = clock.now()
    clock.set(now - timedelta(days=days))
    patient, _rx = d.add_patient(number, name)
    clock.set(now)
    return patient


def row_of(page: TodayPage, clinic_number: str) -> int:
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, PATIENT_COLUMN).data().startswith(clinic_number):
            return row
    raise AssertionError(f"{clinic_number} is not on the board")


def cell(page: TodayPage, clinic_number: str, session: int) -> str:
    row = row_of(page, clinic_number)
    return page.model.index(row, FIRST_SESSION_COLUMN + session - 1).data()


def flag(page: TodayPage, clinic_number: str) -> str:
    return page.model.index(row_of(page, clinic_number), FLAG_COLUMN).data()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def wait_focus(qtbot, widget: QWidget) -> None:
    """A new window takes the focus once the window system has activated it."""
    qtbot.waitUntil(lambda: focused() is widget, timeout=2000)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the keyboard focus, as a user would."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(widget, text)


def when_named_dialog_opens(name: str, action: Callable[[QWidget], None],
                            timeout_ms: int = 5000) -> None:
    """Run ``action(dialog)`` once the dialog whose objectName is ``name`` shows (its exec()
    blocks the test). If the action fails, the dialog is closed so the test cannot hang."""
    waited = [0]

    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == name and w.isVisible()), None)
        if dialog is not None:
            try:
                action(dialog)
            finally:
                if dialog.isVisible() and QApplication.activeModalWidget() is dialog:
                    dialog.reject()
            return
        waited[0] += 20
        if waited[0] > timeout_ms:
            raise AssertionError(f"the dialog {name} did not open")
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
