"""Login, the main window, auto-lock, the Admin page and the witness dialog, as users use them."""

from datetime import timedelta

import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from hat_desktop.domain.roles import Role
from hat_desktop.gui.login_dialog import LoginDialog
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.witness_dialog import WitnessDialog
from hat_desktop.services import settings as settings_service
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from hat_desktop.store.connection import db_path
from tests.gui.conftest import when_dialog_opens
from tests.world import MANAGER, PASSWORD

LEFT = Qt.MouseButton.LeftButton


def test_login_refuses_a_wrong_password_then_lets_the_user_in(qtbot, reg) -> None:
    login = LoginDialog(reg)
    v = login.view
    ui = login.ui
    qtbot.addWidget(v)
    assert ui.clinicLabel.text() == "Teesside HAT Clinic"
    qtbot.keyClicks(ui.userEdit, MANAGER)
    qtbot.keyClicks(ui.passwordEdit, "not the password")
    qtbot.mouseClick(ui.loginButton, LEFT)
    assert ui.errorLabel.text() == "The user name or password is not right."
    assert login.user is None and ui.passwordEdit.text() == ""
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert login.user is not None and login.user.username == MANAGER
    assert v.result() == QDialog.DialogCode.Accepted


def test_screen_locks_when_idle_and_unlocks_with_the_same_password(qtbot, reg, manager) -> None:
    window = MainWindow(reg, manager, idle_ms=150)
    qtbot.addWidget(window.view)
    window.show()
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    ui = window.lock_screen.ui
    assert "Locked by Morag Manager (manager)" in ui.lockedByLabel.text()
    assert not window.ui.navList.isEnabled()

    qtbot.keyClicks(ui.passwordEdit, "wrong password!")
    qtbot.mouseClick(ui.unlockButton, LEFT)
    assert ui.errorLabel.text() == "The user name or password is not right."
    assert window.locked

    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked
    assert window.ui.navList.isEnabled()
    actions = [e.action for e in audit.entries(reg.db, limit=10)]
    assert "screen_locked" in actions and "screen_unlocked" in actions
    window.close()


def test_the_status_bar_clock_turns_with_the_minute(qtbot, reg, manager, clock) -> None:
    """#14.14: the clock lagged up to half a minute (a 30 s timer); it now ticks just after
    each minute turns."""
    clock.advance(timedelta(seconds=45))  # 10:00:45
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    status = window.view.findChild(QLabel, "statusClinicDay")
    assert status.text() == "Clinic day: Mon 02/03/2026 10:00 (Europe/London)"
    timer = window._clock_timer
    assert timer.isActive() and timer.isSingleShot() and 15_000 <= timer.interval() <= 15_100
    clock.advance(timedelta(seconds=15))  # the minute turns: the timer's moment
    timer.timeout.emit()
    assert status.text() == "Clinic day: Mon 02/03/2026 10:01 (Europe/London)"
    assert 60_000 <= timer.interval() <= 60_100  # and then at each whole minute
    window.close()
    assert not timer.isActive()


def test_lock_shortcut_and_logout_from_the_lock_screen(qtbot, reg, manager) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    window.view.activateWindow()
    window.ui.actionLock.trigger()
    assert window.locked
    with qtbot.waitSignal(window.logged_out, timeout=2000):
        qtbot.mouseClick(window.lock_screen.ui.logoutButton, LEFT)
    assert audit.entries(reg.db, limit=1)[0].action == "logout"


def test_manager_creates_a_nurse_and_a_pharmacist_on_the_admin_page(
    qtbot, reg, manager, message_boxes
) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    admin = window.go_to("Admin").ui
    assert admin.usersTable.model().rowCount() == 1

    def fill_nurse(dialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "nina")
        qtbot.keyClicks(dialog.ui.fullNameEdit, "Nina Nurse")
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Nurse"))
        assert not dialog.ui.gphcEdit.isVisible() and not dialog.ui.licenceEdit.isVisible()
        qtbot.keyClicks(dialog.ui.passwordEdit, "nurse-password-1")
        qtbot.keyClicks(dialog.ui.confirmEdit, "nurse-password-1")
        qtbot.mouseClick(dialog.ui.saveButton, LEFT)

    when_dialog_opens(fill_nurse)
    qtbot.mouseClick(admin.newUserButton, LEFT)
    assert admin.usersTable.model().rowCount() == 2

    errors: list[str] = []

    def fill_pharmacist(dialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "phil")
        qtbot.keyClicks(dialog.ui.fullNameEdit, "Phil Pharmacist")
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Pharmacist"))
        assert dialog.ui.gphcEdit.isVisible()
        qtbot.keyClicks(dialog.ui.passwordEdit, "pharm-password-1")
        qtbot.keyClicks(dialog.ui.confirmEdit, "pharm-password-1")
        qtbot.mouseClick(dialog.ui.saveButton, LEFT)
        errors.append(dialog.ui.errorLabel.text())  # no GPhC number yet
        qtbot.keyClicks(dialog.ui.gphcEdit, "2054321")
        qtbot.mouseClick(dialog.ui.saveButton, LEFT)

    when_dialog_opens(fill_pharmacist)
    qtbot.mouseClick(admin.newUserButton, LEFT)
    assert errors == ["A pharmacist needs a GPhC registration number."]
    model = admin.usersTable.model()
    rows = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert rows == {MANAGER: "Manager", "nina": "Nurse", "phil": "Pharmacist"}
    window.close()


def test_a_prescriber_account_needs_the_address_printed_in_the_register(
    qtbot, reg, manager, message_boxes
) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    admin = window.go_to("Admin").ui
    errors: list[str] = []

    def fill_prescriber(dialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.usernameEdit, "drpat")
        qtbot.keyClicks(ui.fullNameEdit, "Dr Pat Prescriber")
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Prescriber"))
        assert ui.addressEdit.isVisible() and ui.licenceEdit.isVisible()
        qtbot.keyClicks(ui.licenceEdit, "HO-123456")
        qtbot.keyClicks(ui.registrationEdit, "GMC 7654321")
        qtbot.keyClicks(ui.passwordEdit, "prescriber-pass-1")
        qtbot.keyClicks(ui.confirmEdit, "prescriber-pass-1")
        qtbot.mouseClick(ui.saveButton, LEFT)
        errors.append(ui.errorLabel.text())  # no address yet
        ui.addressEdit.setFocus()
        qtbot.keyClicks(ui.addressEdit, "Teesside HAT Clinic")
        qtbot.keyClick(ui.addressEdit, Qt.Key.Key_Return)
        qtbot.keyClicks(ui.addressEdit, "1 Albert Road, Middlesbrough TS1 1AA")
        qtbot.mouseClick(ui.saveButton, LEFT)

    when_dialog_opens(fill_prescriber)
    qtbot.mouseClick(admin.newUserButton, LEFT)
    assert errors == ["A prescriber needs a professional address: it is printed in the "
                      "register beside every dose they prescribed."]
    made = users_store.by_username(reg.db, "drpat")
    assert made is not None
    assert made.address == "Teesside HAT Clinic\n1 Albert Road, Middlesbrough TS1 1AA"
    window.close()


def test_admin_page_is_only_offered_to_managers(qtbot, reg, make_user) -> None:
    nurse = make_user(Role.NURSE, "nina")
    window = MainWindow(reg, nurse)
    qtbot.addWidget(window.view)
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == ["Today", "Patients", "Register", "Stock", "Reports"]
    window.close()


def test_witness_dialog_refuses_self_witnessing_and_accepts_a_colleague(
    qtbot, reg, make_user
) -> None:
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    make_user(Role.NURSE, "nora", "Nora Nurse")
    dialog = WitnessDialog(reg, nurse, "20 ampoules of diamorphine 100 mg received.")
    v = dialog.view
    ui = dialog.ui
    qtbot.addWidget(v)
    assert ui.summaryLabel.text() == "20 ampoules of diamorphine 100 mg received."
    qtbot.keyClicks(ui.userEdit, "NINA")
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.mouseClick(ui.signButton, LEFT)
    assert ui.errorLabel.text().startswith("You cannot witness your own entry")
    assert dialog.witness is None
    ui.userEdit.clear()
    qtbot.keyClicks(ui.userEdit, "nora")
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.mouseClick(ui.signButton, LEFT)
    assert dialog.witness is not None and dialog.witness.full_name == "Nora Nurse"


def test_verify_from_the_tools_menu_reports_an_intact_register(
    qtbot, reg, manager, message_boxes
) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.ui.actionVerify.trigger()
    assert message_boxes.last.startswith("Checked ")
    assert message_boxes.last.endswith(
        "Not compared with a backup: no backup folder is set and no backup was made.\n\n"
        "The register is intact as far as the file itself can show; it was compared with no "
        "backup, so an older copy put back, or its newest entries removed, would not show.")
    assert audit.entries(reg.db, limit=1)[0].action == "verify"
    window.close()


def test_a_register_held_by_another_program_is_said_in_plain_words_on_the_admin_page(
    qtbot, reg, manager, message_boxes
) -> None:
    """A driver error from the surroundings (here another program holding the register's
    write lock) reaches the screen as the store's sentence, and nothing is written."""
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    admin = window.go_to("Admin").ui
    admin.clinicNameEdit.clear()
    qtbot.keyClicks(admin.clinicNameEdit, "Teesside HAT Clinic, North")
    other = sqlcipher3.connect(str(db_path(reg.data_dir)), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{reg.db.recovery_key()}'\"")
    reg.db.execute("PRAGMA busy_timeout = 200")  # the app waits 5 s; the test need not
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(admin.saveSettingsButton, LEFT)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert admin.errorLabel.text() == (
        f"The register {db_path(reg.data_dir)} is busy: another program is using it. "
        "Nothing was written; try again in a moment.")
    assert settings_service.current(reg).clinic_name == "Teesside HAT Clinic"
    assert message_boxes.shown == []
    qtbot.mouseClick(admin.saveSettingsButton, LEFT)  # the other program has let go
    assert settings_service.current(reg).clinic_name == "Teesside HAT Clinic, North"
    window.close()


def test_a_user_deactivated_while_logged_in_is_signed_out_at_their_next_action(
        qtbot, world, message_boxes) -> None:
    from hat_desktop.services import users

    d = world
    window = MainWindow(d.reg, d.nurse)
    qtbot.addWidget(window.view)
    window.show()
    # The manager, at another workstation, deactivates the nurse.
    users.update_user(d.reg, d.manager, d.nurse.id,
                      users.UserDetails("Nina Nurse", Role.NURSE), active=False)
    assert window.view.isVisible()  # nothing happens until the nurse acts
    with qtbot.waitSignal(window.logged_out, timeout=3000):
        window.ui.navList.setCurrentRow(1)  # the nurse opens the Patients page
    assert not window.view.isVisible()
    assert message_boxes.shown == [(
        "Signed out", "Your account has been deactivated, so you are signed out; nothing was "
        "written. Ask a manager.")]


def test_a_user_locked_out_while_logged_in_is_signed_out_at_their_next_action(
        qtbot, world, message_boxes) -> None:
    from hat_desktop.domain.errors import Refused
    from hat_desktop.services import auth

    d = world
    window = MainWindow(d.reg, d.nurse)
    qtbot.addWidget(window.view)
    window.show()
    for _ in range(5):  # wrong passwords typed for the nurse in a witness box elsewhere
        try:
            auth.authenticate_witness(d.reg, d.pharmacist, "nina", "wrong password!")
        except Refused:
            pass
    with qtbot.waitSignal(window.logged_out, timeout=3000):
        window.ui.navList.setCurrentRow(2)  # the Register page
    assert not window.view.isVisible()
    assert message_boxes.texts == [
        "Your account is locked after too many wrong passwords, so you are signed out; "
        "nothing was written. A manager can unlock it."]


def test_with_the_pc_clock_set_back_the_login_says_to_correct_it(qtbot, reg) -> None:
    from datetime import timedelta

    start = reg.clock.now()
    reg.clock.set(start - timedelta(days=1))
    login = LoginDialog(reg)
    qtbot.addWidget(login.view)
    qtbot.keyClicks(login.ui.userEdit, MANAGER)
    qtbot.keyClicks(login.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
    assert login.user is None
    assert login.ui.errorLabel.text() == (
        "The PC's clock says 01/03/2026 10:00, earlier than the register's newest entry "
        "(02/03/2026 10:00): correct the PC's date and time, then try again; nothing was "
        "written.")
    reg.clock.set(start + timedelta(minutes=3))  # the clock put right
    qtbot.keyClicks(login.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
    assert login.user is not None and login.user.username == MANAGER
    assert [e.details["clock"][:10] for e in audit.entries(reg.db, actions=["clock_wrong"])] \
        == ["2026-03-01"]


def test_with_the_pc_clock_far_ahead_only_a_manager_confirms_the_date(qtbot, reg, make_user
                                                                      ) -> None:
    from datetime import timedelta

    make_user(Role.NURSE, "nina")
    reg.clock.set(reg.clock.now() + timedelta(days=9))
    login = LoginDialog(reg)
    qtbot.addWidget(login.view)
    login.view.show()
    ui = login.ui
    assert ui.clockLabel.isVisible()
    assert ui.clockLabel.text() == (
        "The PC's clock says 11/03/2026 10:00, more than a day after the register's newest "
        "entry (02/03/2026 10:00). If that date is right, a manager confirms it by logging in; "
        "if not, correct the PC's date and time. Nothing was written.")
    before = audit.entries(reg.db, limit=1)[0].id
    qtbot.keyClicks(ui.userEdit, "nina")
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert login.user is None and ui.clockLabel.isVisible()
    assert ui.errorLabel.text() == ("Only a manager can confirm the PC's date: ask one to log "
                                    "in, or correct the PC's date and time.")
    assert audit.entries(reg.db, limit=1)[0].id == before  # nothing written
    ui.userEdit.clear()
    qtbot.keyClicks(ui.userEdit, MANAGER)
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    assert login.user is not None and login.user.username == MANAGER
    assert not ui.clockLabel.isVisible()
    assert [e.action for e in audit.entries(reg.db, limit=3)][:2] == ["login", "clock_confirmed"]
