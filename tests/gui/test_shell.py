"""Login, the main window, auto-lock, the Admin page and the witness dialog, as users use them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from hat_desktop.domain.roles import Role
from hat_desktop.gui.login_dialog import LoginDialog
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.witness_dialog import WitnessDialog
from hat_desktop.store import audit
from tests.conftest import MANAGER, PASSWORD
from tests.gui.conftest import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def test_login_refuses_a_wrong_password_then_lets_the_user_in(qtbot, reg) -> None:
    login = LoginDialog(reg)
    v = login.view
    qtbot.addWidget(v)
    assert v.clinicLabel.text() == "Teesside HAT Clinic"
    qtbot.keyClicks(v.userEdit, MANAGER)
    qtbot.keyClicks(v.passwordEdit, "not the password")
    qtbot.mouseClick(v.loginButton, LEFT)
    assert v.errorLabel.text() == "The user name or password is not right."
    assert login.user is None and v.passwordEdit.text() == ""
    qtbot.keyClicks(v.passwordEdit, PASSWORD)
    qtbot.keyClick(v.passwordEdit, Qt.Key.Key_Return)
    assert login.user is not None and login.user.username == MANAGER
    assert v.result() == QDialog.DialogCode.Accepted


def test_screen_locks_when_idle_and_unlocks_with_the_same_password(qtbot, reg, manager) -> None:
    window = MainWindow(reg, manager, idle_ms=150)
    qtbot.addWidget(window.view)
    window.show()
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    lock = window.lock_screen.view
    assert "Locked by Morag Manager (manager)" in lock.lockedByLabel.text()
    assert not window.view.navList.isEnabled()

    qtbot.keyClicks(lock.passwordEdit, "wrong password!")
    qtbot.mouseClick(lock.unlockButton, LEFT)
    assert lock.errorLabel.text() == "The user name or password is not right."
    assert window.locked

    qtbot.keyClicks(lock.passwordEdit, PASSWORD)
    qtbot.keyClick(lock.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked
    assert window.view.navList.isEnabled()
    actions = [e.action for e in audit.entries(reg.db, limit=10)]
    assert "screen_locked" in actions and "screen_unlocked" in actions
    window.close()


def test_lock_shortcut_and_logout_from_the_lock_screen(qtbot, reg, manager) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    window.view.activateWindow()
    window.view.actionLock.trigger()
    assert window.locked
    with qtbot.waitSignal(window.logged_out, timeout=2000):
        qtbot.mouseClick(window.lock_screen.view.logoutButton, LEFT)
    assert audit.entries(reg.db, limit=1)[0].action == "logout"


def test_manager_creates_a_nurse_and_a_pharmacist_on_the_admin_page(
    qtbot, reg, manager, message_boxes
) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.show()
    admin = window.go_to("Admin").view
    assert admin.usersTable.model().rowCount() == 1

    def fill_nurse(dialog) -> None:
        qtbot.keyClicks(dialog.usernameEdit, "nina")
        qtbot.keyClicks(dialog.fullNameEdit, "Nina Nurse")
        dialog.roleCombo.setCurrentIndex(dialog.roleCombo.findText("Nurse"))
        assert not dialog.gphcEdit.isVisible() and not dialog.licenceEdit.isVisible()
        qtbot.keyClicks(dialog.passwordEdit, "nurse-password-1")
        qtbot.keyClicks(dialog.confirmEdit, "nurse-password-1")
        qtbot.mouseClick(dialog.saveButton, LEFT)

    when_dialog_opens(fill_nurse)
    qtbot.mouseClick(admin.newUserButton, LEFT)
    assert admin.usersTable.model().rowCount() == 2

    errors: list[str] = []

    def fill_pharmacist(dialog) -> None:
        qtbot.keyClicks(dialog.usernameEdit, "phil")
        qtbot.keyClicks(dialog.fullNameEdit, "Phil Pharmacist")
        dialog.roleCombo.setCurrentIndex(dialog.roleCombo.findText("Pharmacist"))
        assert dialog.gphcEdit.isVisible()
        qtbot.keyClicks(dialog.passwordEdit, "pharm-password-1")
        qtbot.keyClicks(dialog.confirmEdit, "pharm-password-1")
        qtbot.mouseClick(dialog.saveButton, LEFT)
        errors.append(dialog.errorLabel.text())  # no GPhC number yet
        qtbot.keyClicks(dialog.gphcEdit, "2054321")
        qtbot.mouseClick(dialog.saveButton, LEFT)

    when_dialog_opens(fill_pharmacist)
    qtbot.mouseClick(admin.newUserButton, LEFT)
    assert errors == ["A pharmacist needs a GPhC registration number."]
    model = admin.usersTable.model()
    rows = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert rows == {MANAGER: "Manager", "nina": "Nurse", "phil": "Pharmacist"}
    window.close()


def test_admin_page_is_only_offered_to_managers(qtbot, reg, make_user) -> None:
    nurse = make_user(Role.NURSE, "nina")
    window = MainWindow(reg, nurse)
    qtbot.addWidget(window.view)
    titles = [window.view.navList.item(i).text() for i in range(window.view.navList.count())]
    assert titles == ["Today", "Patients", "Register", "Stock", "Reports"]
    window.close()


def test_witness_dialog_refuses_self_witnessing_and_accepts_a_colleague(
    qtbot, reg, make_user
) -> None:
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    make_user(Role.NURSE, "nora", "Nora Nurse")
    dialog = WitnessDialog(reg, nurse, "20 ampoules of diamorphine 100 mg received.")
    v = dialog.view
    qtbot.addWidget(v)
    assert v.summaryLabel.text() == "20 ampoules of diamorphine 100 mg received."
    qtbot.keyClicks(v.userEdit, "NINA")
    qtbot.keyClicks(v.passwordEdit, PASSWORD)
    qtbot.mouseClick(v.signButton, LEFT)
    assert v.errorLabel.text().startswith("You cannot witness your own entry")
    assert dialog.witness is None
    v.userEdit.clear()
    qtbot.keyClicks(v.userEdit, "nora")
    qtbot.keyClicks(v.passwordEdit, PASSWORD)
    qtbot.mouseClick(v.signButton, LEFT)
    assert dialog.witness is not None and dialog.witness.full_name == "Nora Nurse"


def test_verify_from_the_tools_menu_reports_an_intact_register(
    qtbot, reg, manager, message_boxes
) -> None:
    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    window.view.actionVerify.trigger()
    assert message_boxes.last.startswith("The register is intact:")
    assert message_boxes.last.endswith("Not compared with a backup: no backup folder is set "
                                       "and no backup was made.")
    assert audit.entries(reg.db, limit=1)[0].action == "verify"
    window.close()
