"""Helpers for the Today board and check-in tests: the main window as a nurse sees it,
patients with a history (a hold, a missed yesterday), and reading the board."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hat_desktop.domain.patients import Patient
from hat_desktop.domain.register import EntryKind
from hat_desktop.gui.board_model import FIRST_SESSION_COLUMN, FLAG_COLUMN, PATIENT_COLUMN
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.scan_guard import ScanGuard
from hat_desktop.gui.today_page import TodayPage
from hat_desktop.services import dosing, observation, register, settings, witness_pin
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.dosing import DoseResult
from tests.world import NORMAL_READING, PASSWORD, World, back_then, dose_request

TAB = Qt.Key.Key_Tab
ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # the world's first day; GMT: clinic time is UTC


def at(days: int, hh: int, mm: int = 0) -> datetime:
    """``days`` after the world's first Monday, at hh:mm."""
    return MONDAY + timedelta(days=days, hours=hh, minutes=mm)


class KeyClock:
    """A ScanGuard's clock in a test: each key ``gap_s`` after the last (a scanner: a few
    ms; a person: a fifth of a second), whatever the load on the test machine."""

    def __init__(self, gap_s: float) -> None:
        self.gap_s = gap_s
        self.now = 0.0

    def __call__(self) -> float:
        self.now += self.gap_s
        return self.now


def open_today(qtbot, d: World, user=None) -> tuple[MainWindow, TodayPage]:
    window = MainWindow(d.reg, user or d.nurse)
    qtbot.addWidget(window.view)
    window.show()
    window.view.activateWindow()
    qtbot.waitUntil(window.view.isActiveWindow)
    page = window.page("Today")
    assert isinstance(page, TodayPage)
    return window, page


def patient_from_days_ago(d: World, clock: ManualClock, days: int, number: str,
                          name: str) -> Patient:
    """A patient whose prescription started ``days`` ago and who never came since."""
    now = clock.now()
    clock.set(now - timedelta(days=days))
    with back_then(d.reg):
        patient, _rx = d.add_patient(number, name)
    clock.set(now)
    return patient


def dose_given(d: World, opened: list[tuple[int, int]] | None = None) -> DoseResult:
    """The world's patient checked in and given 180 mg through the services (from two
    100 mg ampoules unless ``opened`` says), the second nurse witnessing."""
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    return dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, opened or [(d.diam100.id, 2)]))


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


# --- the check-in screen, driven from the keyboard -------------------------------------
def sign_as(qtbot, username: str, seen: list[str]):
    """The witness types their user name, Enter, their password, Enter."""

    def sign(dialog) -> None:
        try:
            seen.append(dialog.ui.summaryLabel.text())
            wait_focus(qtbot, dialog.ui.userEdit)
            type_text(qtbot, username)
            press(qtbot, ENTER)
            assert focused() is dialog.ui.passwordEdit
            type_text(qtbot, PASSWORD)
            press(qtbot, ENTER)
        finally:
            if dialog.isVisible():  # never leave a test blocked in a modal dialog
                seen.append(dialog.ui.errorLabel.text())
                dialog.reject()

    return sign


def scan(qtbot, window, text: str):
    """F2 from anywhere, then the scanner types the number and Enter."""
    window.ui.navList.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    page = window.page("Today")
    assert focused() is page.ui.scanEdit
    type_text(qtbot, text)
    press(qtbot, ENTER)
    return page


def scan_to(qtbot, window, number: str, button: str):
    """Scan a card; the check-in screen opens with the focus on ``button`` (its object
    name): (the Today page, the check-in's ui)."""
    page = scan(qtbot, window, number)
    ui = page.check_in.ui
    wait_focus(qtbot, getattr(ui, button))
    return page, ui


def close_check_in(qtbot, page) -> None:
    """Enter on a finished check-in's Close: back on the board, the focus in the scan
    field for the next card."""
    wait_focus(qtbot, page.check_in.ui.closeButton)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.check_in is None)
    wait_focus(qtbot, page.ui.scanEdit)


def open_release_check(qtbot, page):
    """The first patient in the observation queue opened with Enter: the check-in's ui,
    the focus on Release check…"""
    page.ui.observationTable.setFocus()
    page.ui.observationTable.setCurrentIndex(page.observation_model.index(0, 0))
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.check_in is not None)
    ui = page.check_in.ui
    wait_focus(qtbot, ui.releaseButton)
    return ui


def signed_by(qtbot, witness: str, key: Qt.Key = Qt.Key.Key_D,
              modifier: Qt.KeyboardModifier = CTRL) -> list[str]:
    """Press ``key`` (Ctrl+D, Record dose, unless told) with ``witness`` ready to sign
    when the witness dialog opens: what the dialog showed (its summary, then its error
    if it stayed open)."""
    seen: list[str] = []
    when_named_dialog_opens("WitnessDialog", sign_as(qtbot, witness, seen))
    press(qtbot, key, modifier)
    return seen


def refused_before_the_witness(qtbot, key: Qt.Key = Qt.Key.Key_D,
                               modifier: Qt.KeyboardModifier = CTRL) -> None:
    """Press ``key`` (Ctrl+D unless told): the screen must refuse without asking a witness
    to sign (the test fails if the witness dialog opens)."""
    watch = NoWitnessAsked()
    press(qtbot, key, modifier)
    watch.timer.stop()
    assert watch.opened == [], watch.opened


def administrations(d, section) -> list:
    return [e for e in register.entries(d.reg, d.manager, section.id)
            if e.entry.kind is EntryKind.ADMINISTRATION]


def tab_through(qtbot, count: int) -> list[str]:
    """The object names the focus visits, Tab after Tab."""
    names = []
    for _ in range(count):
        press(qtbot, TAB)
        widget = focused()
        names.append(widget.objectName() if widget is not None else "")
    return names


def start_dose(qtbot, window, number: str = "HAT-0001"):
    """Scan, confirm identity; the dose screen with the focus on the sedation score."""
    page = scan(qtbot, window, number)
    v = page.check_in.view
    ui = page.check_in.ui
    wait_focus(qtbot, ui.identityButton)
    press(qtbot, ENTER)
    assert focused() is ui.sedationCombo
    return page, v


def fill_dose(qtbot, v, *, ampoules: dict[str, str], mg: str | None = None,
              sedation: str = "0", alcohol: str = "0", site: str = "Arm, left") -> None:
    """From the sedation score to the record button, typed."""
    type_text(qtbot, sedation)
    press(qtbot, TAB)
    type_text(qtbot, alcohol)
    press(qtbot, TAB)
    press(qtbot, TAB)  # observation left empty (the path, Alt+G/Alt+W, is no Tab stop)
    for code in ("DIAM100", "DIAM500"):
        assert focused().objectName() == f"opened{code}"
        type_text(qtbot, ampoules.get(code, "0"))
        press(qtbot, TAB)
    if site:  # below the ampoules; Tab selects any site offered, typing replaces it
        assert focused() is v.ui.siteCombo
        type_text(qtbot, site)  # the combo finds the site as it is typed
        assert v.ui.siteCombo.currentText() == site
        press(qtbot, TAB)
    assert focused() is v.ui.mgSpin
    if mg is not None:
        type_text(qtbot, mg)  # the whole figure is selected on arrival: typing replaces it


def fill_top_up(qtbot, dialog, mg: int) -> None:
    """The top-up screen typed from its sedation score to the mg it offers: re-assessed
    settled, the site "Arm, right", one 100 mg ampoule and no 500 mg one; the mg offered
    (the dose left, up to what one ampoule holds) is ``mg``."""
    u = dialog.ui
    wait_focus(qtbot, u.sedationCombo)
    for text in ("0", "0", "Settled, asks for the rest"):
        type_text(qtbot, text)
        press(qtbot, TAB)
    type_text(qtbot, "Arm, r")
    press(qtbot, TAB)
    for ampoules in ("1", "0"):  # one 100 mg ampoule, no 500 mg one
        type_text(qtbot, ampoules)
        press(qtbot, TAB)
    assert focused() is u.mgSpin and u.mgSpin.value() == mg


def type_reading(qtbot, dialog, spo2: str = "97", rate: str = "14", sedation: str = "0"
                 ) -> None:
    """The release check's reading typed, Enter after each figure, the site left as it is:
    the focus ends on the note."""
    ui = dialog.ui
    wait_focus(qtbot, ui.spo2Edit)
    for text in (spo2, rate, sedation):
        type_text(qtbot, text)
        press(qtbot, ENTER)  # Enter moves on, as a fast typist expects
    assert ui.siteCombo.hasFocus()
    press(qtbot, TAB)
    assert focused() is ui.checkEdit


class NoWitnessAsked:
    """Fails the test if the witness dialog opens (it would block: close it at once)."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._check)
        self.timer.start(20)

    def _check(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "WitnessDialog" and widget.isVisible():
                self.opened.append(widget.windowTitle())
                widget.reject()


# --- the routine witnessed dose, key by key (#14.6; bench/bench_keystrokes.py prints it) ---
WITNESS_PIN = "204816"


class Keystrokes:
    """The keys each person presses (QTest.keyClick / keyClicks), counted one by one."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.counts = {"nurse": 0, "witness": 0, "scanner": 0}

    def key(self, who: str, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.counts[who] += 1
        press(self.qtbot, key, modifier)

    def text(self, who: str, text: str) -> None:
        self.counts[who] += len(text)
        type_text(self.qtbot, text)


def morning_dose_given(d: World, clock: ManualClock, site: str = "Arm, left") -> None:
    """HAT-0001 dosed at 10:00 in session 1 (into ``site``) and released; then the clock
    at 15:45, in session 2: a routine afternoon dose is due. Witnesses sign with their
    badge and PIN (the clinic's setting)."""
    settings.change(d.reg, d.manager, witness_pin=True)
    d.reg.forget_settings()
    witness_pin.set_pin(d.reg, d.nurse2, PASSWORD, WITNESS_PIN)
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)], site=site))
    clock.advance(timedelta(minutes=25))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert")
    clock.set(clock.now().replace(hour=15, minute=45))


def routine_dose_by_keys(qtbot, window) -> tuple[Keystrokes, dict[str, object]]:
    """The patient's card scanned at the Today page, then the routine afternoon dose from
    the keyboard: identity (Enter), sedation 0, breath alcohol 0, past the note, 2 ampoules
    opened, the site the rotation offers left as shown, Ctrl+D; the witness scans their
    badge and types their PIN. Returns the keys per person and what the screens showed."""
    page = scan(qtbot, window, "HAT-0001")  # the patient's card: the scanner's keys
    typed = Keystrokes(qtbot)
    typed.counts["scanner"] += len("HAT-0001") + 1
    ui = page.check_in.ui
    wait_focus(qtbot, ui.identityButton)
    seen: dict[str, object] = {}
    typed.key("nurse", ENTER)  # identity confirmed against the photo
    typed.text("nurse", "0")  # sedation score
    typed.key("nurse", TAB)
    typed.text("nurse", "0")  # breath alcohol
    typed.key("nurse", TAB)
    typed.key("nurse", TAB)  # past the observation note
    assert focused().objectName() == "openedDIAM100"
    typed.text("nurse", "2")  # ampoules opened; the dose (180 mg) comes from the prescription
    seen["site"] = ui.siteCombo.currentText()  # offered: seen on the screen, below
    seen["hint"] = ui.siteHintLabel.text() if ui.siteHintLabel.isVisible() else ""
    seen["screen"] = page.check_in.view.grab()  # what the nurse sees before Ctrl+D

    def witness(dialog) -> None:
        dialog.findChild(ScanGuard).clock = KeyClock(0.004)
        seen["summary"] = dialog.ui.summaryLabel.text()
        wait_focus(qtbot, dialog.ui.userEdit)
        type_text(qtbot, "nora")  # the badge: the scanner types the user name and Enter
        press(qtbot, ENTER)
        typed.counts["scanner"] += len("nora") + 1
        seen["badge"] = (dialog.ui.userEdit.text(), dialog.ui.passwordLabel.text(),
                         focused() is dialog.ui.passwordEdit)
        typed.text("witness", WITNESS_PIN)
        typed.key("witness", ENTER)

    when_named_dialog_opens("WitnessDialog", witness)
    typed.key("nurse", Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # record, witness
    seen["done"] = ui.stages.currentWidget() is ui.donePage
    seen["result"] = ui.resultLabel.text()
    return typed, seen
