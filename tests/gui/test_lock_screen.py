"""The lock screen belongs to the user (issue 14.2, 14.7): cards scanned at it are never
tried as passwords and cannot lock anyone out; it shows the clinic, the time and the
number of release checks due — never a patient's name (the alert banner, which names
patients, goes while it is locked); the count is in the window title too."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from hat_desktop.services import dosing, observation
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from tests.gui.dosing_screens import KeyClock, open_today, press, type_text
from tests.world import NORMAL_READING, PASSWORD, dose_request

ENTER = Qt.Key.Key_Return



def visible_strings(root: QWidget) -> list[str]:
    """Every text a person could read in the window now."""
    found = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit) and widget.echoMode() == QLineEdit.EchoMode.Normal:
            found.append(widget.text())
    return found


def test_the_lock_screen_shows_the_clinic_the_time_and_a_count_only(qtbot, world, clock) -> None:
    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    window, page = open_today(qtbot, d)
    window.set_alerts(["On hold until a prescriber reviews them: HAT-0001 Sam Patient."])
    assert window.ui.alertBanner.isVisible()
    assert "release check" not in window.view.windowTitle()
    clock.advance(timedelta(minutes=21))  # 10:21: the release check is due
    window.ui.actionLock.trigger()
    assert window.locked
    ui = window.lock_screen.ui
    assert ui.clinicLabel.text() == "Teesside HAT Clinic"
    assert ui.clockLabel.text() == "Monday 02/03/2026 10:21"
    assert ui.dueLabel.text() == "1 release check is due."
    assert window.view.windowTitle() == "HAT Desktop — Teesside HAT Clinic — 1 release check due"
    shown = " ".join(visible_strings(window.view))
    assert "Sam" not in shown and "Patient" not in shown and "HAT-0001" not in shown
    assert not window.ui.alertBanner.isVisible()
    # Unlocked: the banner is back; released: the count goes.
    window.lock_screen.scans.clock = KeyClock(0.2)  # typed by a person
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClick(ui.passwordEdit, ENTER)
    assert not window.locked and window.ui.alertBanner.isVisible()
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert, left")
    qtbot.waitUntil(lambda: "release check" not in window.view.windowTitle(), timeout=2000)
    window.ui.actionLock.trigger()
    assert ui.dueLabel.text() == "No release check is due."
    window.close()


def test_cards_scanned_at_the_lock_screen_never_count_as_passwords(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    window.ui.actionLock.trigger()
    ui = window.lock_screen.ui
    qtbot.waitUntil(lambda: ui.passwordEdit.hasFocus(), timeout=2000)
    failures_before = len(audit.entries(d.reg.db, actions=["login_failed"]))
    guard = window.lock_screen.scans
    guard.clock = KeyClock(0.004)  # the scanner
    for _ in range(7):  # more scans than the lockout allows wrong passwords
        type_text(qtbot, "HAT-0001")  # a scanner: the number and Enter, a fast burst
        press(qtbot, ENTER)
        assert ui.passwordEdit.text() == ""
        assert ui.noticeLabel.text() == ("A card was scanned. The screen is locked: type your "
                                         "password to unlock it first, then scan again.")
        assert not ui.errorLabel.isVisible()
    assert "HAT-0001" not in " ".join(visible_strings(window.view))
    nurse = users_store.by_id(d.reg.db, d.nurse.id)
    assert nurse is not None and nurse.failed_attempts == 0 and nurse.locked_until is None
    assert len(audit.entries(d.reg.db, actions=["login_failed"])) == failures_before
    # A password typed wrong still counts, and the right one unlocks.
    guard.clock = KeyClock(0.2)  # a person
    type_text(qtbot, "not my password")
    press(qtbot, ENTER)
    assert ui.errorLabel.text() == "The user name or password is not right."
    nurse = users_store.by_id(d.reg.db, d.nurse.id)
    assert nurse is not None and nurse.failed_attempts == 1
    type_text(qtbot, PASSWORD)
    press(qtbot, ENTER)
    assert not window.locked
    window.close()
